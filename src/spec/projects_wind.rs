//! Wind power: the base signed and the project connected to the grid, two facts the report
//! states separately (it does not say the one is part of the other).

use super::{bars_chart, t, ChartId, ChartSpec, PanelKind};
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
            "风电：签约基地与并网项目",
            "Wind power: a base signed, a project connected",
        ),
        Some(t(
            lang,
            "报告分别陈述两者，未说明并网项目是否属于签约基地。",
            "The report states the two separately; it does not say whether the connected project is part of the signed base.",
        )),
        vec![(
            t(lang, "装机容量（千瓦）", "Capacity (kW)"),
            PanelKind::Bars,
            &["wind_signed", "wind_connected"],
        )],
    );
    let shown = |id: &str| {
        report
            .figure(id)
            .map(|f| (format::figure_value(f, lang, state.money), f.period.clone()))
    };
    if let (Some((signed, _)), Some((connected, Some(year)))) =
        (shown("wind_signed"), shown("wind_connected"))
    {
        let year = format::period(&year, lang);
        chart.summary = lang.choose(
            format!("签订了{signed}风电基地项目；{connected}风电项目已于{year}全容量并网。"),
            format!("A {signed} wind power base was signed, and a {connected} wind project was fully connected to the grid in {year}."),
        );
    }
    chart
}
