//! The growth rates the report gives for 2022.

use super::{bars_chart, t, ChartId, ChartSpec, PanelKind};
use crate::data::Report;
use crate::state::ViewState;

/// Builds the chart.
pub fn spec(report: &Report, state: &ViewState) -> ChartSpec {
    let lang = state.lang;
    bars_chart(
        ChartId::OutcomesGrowth,
        report,
        state,
        t(lang, "2022年同比增长", "Growth in 2022, year on year"),
        None,
        vec![(
            t(lang, "增长率（%）", "Growth (%)"),
            PanelKind::Bars,
            &["income_growth_2022", "fixed_asset_growth_2022"],
        )],
    )
}
