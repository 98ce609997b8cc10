//! The industrial park's scale: firms (of which those above designated size), sales capacity
//! and planned area.

use super::{bars_chart, project_name, t, ChartId, ChartSpec, PanelKind};
use crate::data::Report;
use crate::state::ViewState;

/// Builds the chart.
pub fn spec(report: &Report, state: &ViewState) -> ChartSpec {
    let lang = state.lang;
    let name = project_name(
        report,
        "industrial_park",
        lang,
        ("产业园", "Industrial park"),
    );
    bars_chart(
        ChartId::ProjectsPark,
        report,
        state,
        lang.choose(format!("{name}规模"), format!("{name}: scale")),
        None,
        vec![
            (
                t(lang, "入驻企业（家）", "Firms (count)"),
                PanelKind::Bars,
                &["park_pharma_firms"],
            ),
            (
                t(lang, "其中（家）", "Of which (count)"),
                PanelKind::PartsOf("park_pharma_firms"),
                &["park_large_firms"],
            ),
            (
                t(
                    lang,
                    "年销售收入能力（元/年）",
                    "Sales capacity (yuan a year)",
                ),
                PanelKind::Bars,
                &["park_sales_capacity"],
            ),
            (
                t(lang, "规划面积（平方公里）", "Planned area (km²)"),
                PanelKind::Bars,
                &["park_area"],
            ),
        ],
    )
}
