//! Per-capita net income in 2022 of all farmers and herders and of people lifted out of
//! poverty, with the 2021 level implied by the growth rate (derived).

use super::{bars_chart, t, ChartId, ChartSpec, PanelKind};
use crate::data::Report;
use crate::state::ViewState;

/// Builds the chart.
pub fn spec(report: &Report, state: &ViewState) -> ChartSpec {
    let lang = state.lang;
    bars_chart(
        ChartId::OutcomesIncome,
        report,
        state,
        t(lang, "农牧民人均纯收入", "Net income per capita"),
        Some(t(
            lang,
            "2021年数值由2022年收入与增长率推算，报告未直接给出。",
            "The 2021 value is derived from the 2022 income and its growth rate; the report does not state it.",
        )),
        vec![(
            t(lang, "人均纯收入（元）", "Per capita (yuan)"),
            PanelKind::Bars,
            &["income_per_capita_2021_implied", "income_per_capita_2022", "income_lifted_2022"],
        )],
    )
}
