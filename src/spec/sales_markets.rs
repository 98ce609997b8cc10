//! Consumption-assistance sales, the cloud warehouse's projected trade, new sales and jobs.
//! Reported and projected figures are drawn differently. The industrial park's sales capacity
//! (firms' revenue, a different kind of money) is in the park's chart, not on this axis.

use super::{bars_chart, t, ChartId, ChartSpec, PanelKind};
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
            "云仓交易额为建成后的预计值，并非已实现的销售额。",
            "The cloud warehouse's trade is projected for after its completion: it is not achieved sales.",
        )),
        vec![
            (
                t(lang, "每年销售与交易额（元/年）", "Sales and trade per year (yuan)"),
                PanelKind::Bars,
                &["sales_consumption_annual", "warehouse_cold_chain_trade", "warehouse_cross_region_trade"],
            ),
            (t(lang, "线上线下新增销售额（元）", "New online and offline sales (yuan)"), PanelKind::Bars, &["sales_new_online_offline"]),
            (t(lang, "新增岗位（个）", "New jobs"), PanelKind::Bars, &["sales_jobs"]),
        ],
    )
}
