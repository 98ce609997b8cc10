//! Consumption-assistance sales, the cloud warehouse's projected trade, the park's capacity,
//! new sales and jobs. Reported, projected and capacity figures are drawn differently.

use super::{bars_chart, t, ChartId, ChartSpec};
use crate::data::Report;
use crate::state::ViewState;

/// Builds the chart.
pub fn spec(report: &Report, state: &ViewState) -> ChartSpec {
    let lang = state.lang;
    bars_chart(
        ChartId::SalesMarkets,
        report,
        state,
        t(lang, "消费帮扶与市场", "Consumption assistance and markets"),
        Some(t(
            lang,
            "云仓交易额为建成后的预计值，产业园为可实现的产能，均非已实现的销售额。",
            "The cloud warehouse's trade is projected for after completion and the park's figure is a capacity: neither is achieved sales.",
        )),
        vec![
            (
                t(lang, "每年销售与交易额（元/年）", "Sales and trade per year (yuan)"),
                false,
                &["sales_consumption_annual", "warehouse_cold_chain_trade", "warehouse_cross_region_trade", "park_sales_capacity"],
            ),
            (t(lang, "线上线下新增销售额（元）", "New online and offline sales (yuan)"), false, &["sales_new_online_offline"]),
            (t(lang, "新增岗位（个）", "New jobs"), false, &["sales_jobs"]),
        ],
    )
}
