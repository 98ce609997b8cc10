//! Wind power: capacity connected to the grid against the capacity signed.

use super::{bars_chart, t, ChartId, ChartSpec};
use crate::data::Report;
use crate::i18n::format;
use crate::state::ViewState;

/// Builds the chart.
pub fn spec(report: &Report, state: &ViewState) -> ChartSpec {
    let lang = state.lang;
    let mut chart = bars_chart(
        ChartId::ProjectsWind,
        report,
        state,
        t(
            lang,
            "风电：已并网与已签约",
            "Wind power: connected vs signed",
        ),
        None,
        vec![(
            t(lang, "装机容量（千瓦）", "Capacity (kW)"),
            false,
            &["wind_signed", "wind_connected"],
        )],
    );
    let value = |id: &str| {
        report
            .figure(id)
            .map(|f| format::figure_value(f, lang, state.money))
    };
    if let (Some(signed), Some(connected), Some(share)) = (
        value("wind_signed"),
        value("wind_connected"),
        value("wind_connected_share"),
    ) {
        chart.summary = lang.choose(
            format!("已签约{signed}风电基地项目，其中{connected}已于2022年全容量并网，约占{share}（推算）。"),
            format!("A {signed} wind power base was signed; {connected} of it was fully connected to the grid in 2022, about {share} (derived)."),
        );
    }
    chart
}
