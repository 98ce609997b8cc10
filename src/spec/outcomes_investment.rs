//! Fixed-asset investment (2021 derived, 2022 reported), the demonstration villages' added
//! collective income, and the people reached.

use super::{bars_chart, t, ChartId, ChartSpec, PanelKind};
use crate::data::Report;
use crate::state::ViewState;

/// Builds the chart.
pub fn spec(report: &Report, state: &ViewState) -> ChartSpec {
    let lang = state.lang;
    bars_chart(
        ChartId::OutcomesInvestment,
        report,
        state,
        t(lang, "投资与收益", "Investment and returns"),
        None,
        vec![
            (
                t(lang, "固定资产投资（元）", "Fixed-asset investment (yuan)"),
                PanelKind::Bars,
                &[
                    "fixed_asset_investment_2021_implied",
                    "fixed_asset_investment_2022",
                ],
            ),
            (
                t(
                    lang,
                    "示范村集体经济增收（元）",
                    "Added collective income, demonstration villages (yuan)",
                ),
                PanelKind::Bars,
                &["demo_villages_collective_income"],
            ),
            (
                t(
                    lang,
                    "惠及农牧民群众（人）",
                    "Farmers and herders benefiting (persons)",
                ),
                PanelKind::Bars,
                &["beneficiaries"],
            ),
        ],
    )
}
