//! The industrial park's scale: firms, sales capacity and planned area.

use super::{bars_chart, project_name, t, ChartId, ChartSpec};
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
                false,
                &["park_pharma_firms", "park_large_firms"],
            ),
            (
                t(
                    lang,
                    "年销售收入能力（元/年）",
                    "Sales capacity (yuan a year)",
                ),
                false,
                &["park_sales_capacity"],
            ),
            (
                t(lang, "规划面积（平方公里）", "Planned area (km²)"),
                false,
                &["park_area"],
            ),
        ],
    )
}
