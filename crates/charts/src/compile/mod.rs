//! The chart compiler. A chart is data: a [`ChartDescription`] from the report file (what
//! Vega-Lite calls the spec), or one made by [`generated`] for what no description draws.
//! [`chart`] turns a description and its report into a [`CompiledChart`] for `render`, through
//! its kind's own file in `kinds/`. A compiled chart depends on the report, the language and
//! the money unit only.

pub mod generated;

use crate::compiled::{CompiledChart, Texts};
use crate::i18n::money::MoneyUnit;
use crate::kinds;
use report::{ChartDescription, Lang, Report};

/// Every chart of `report`, described and generated, in reading order: by page, the report's
/// own before the generated ones.
pub fn charts(report: &Report) -> Vec<ChartDescription> {
    generated::charts(report)
}

/// The overview's small charts: the first chart of each page.
pub fn overview_charts(charts: &[ChartDescription]) -> Vec<&ChartDescription> {
    let mut seen = Vec::new();
    charts
        .iter()
        .filter(|chart| {
            let page = chart.theme.page();
            let first = !seen.contains(&page);
            seen.push(page);
            first
        })
        .collect()
}

/// Builds what `render` draws for `chart`.
pub fn chart(
    report: &Report,
    chart: &ChartDescription,
    lang: Lang,
    money: MoneyUnit,
) -> CompiledChart {
    let texts = Texts {
        report,
        lang,
        money,
    };
    kinds::compile(chart, &texts)
}
