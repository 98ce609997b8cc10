//! Derived context: aid funds per project and per beneficiary. Separate panels, since the two
//! differ by three orders of magnitude.

use super::{bars_chart, t, ChartId, ChartSpec, PanelKind};
use crate::data::Report;
use crate::state::ViewState;

/// Builds the chart.
pub fn spec(report: &Report, state: &ViewState) -> ChartSpec {
    let lang = state.lang;
    bars_chart(
        ChartId::FundsPerUnit,
        report,
        state,
        t(lang, "平均每个项目、每位受益群众的资金（推算）", "Funds per project and per beneficiary (derived)"),
        Some(t(
            lang,
            "由报告数字推算的平均值，不是报告给出的数字。受益人数为“10万余人”，故人均资金为上限。",
            "Averages we computed from the report's figures, not figures the report gives. Beneficiaries are “100,000+”, so the amount per beneficiary is an upper bound.",
        )),
        vec![
            (t(lang, "每个项目（元）", "Per project (yuan)"), PanelKind::Bars, &["funds_per_project"]),
            (t(lang, "每位受益群众（元，至多）", "Per beneficiary (yuan, at most)"), PanelKind::Bars, &["funds_per_beneficiary_at_most"]),
        ],
    )
}
