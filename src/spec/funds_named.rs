//! The investments the report names by amount; not a full breakdown of the funds.

use super::{bars_chart, t, ChartId, ChartSpec, PanelKind};
use crate::data::Report;
use crate::state::ViewState;

/// Builds the chart.
pub fn spec(report: &Report, state: &ViewState) -> ChartSpec {
    let lang = state.lang;
    bars_chart(
        ChartId::FundsNamed,
        report,
        state,
        t(lang, "报告点名的投入与捐赠", "Investments and donations the report names"),
        Some(t(
            lang,
            "仅为报告中列出金额的几项，并非资金的完整分项；汽修设备由企业和基金会捐赠。",
            "Only the amounts the report names, not a full breakdown of the funds; the car-repair equipment was donated by an enterprise and a foundation.",
        )),
        vec![(
            t(lang, "金额（元）", "Amount (yuan)"),
            PanelKind::Bars,
            &[
                "demo_villages_investment",
                "school_donation_amount",
                "hospital_equipment_investment",
                "subdistrict_donation",
            ],
        )],
    )
}
