//! Bars: panels of horizontal bars, one unit and one scale per panel, so magnitudes are never
//! mixed. A panel of parts ("of which") is drawn end to end on its whole's scale.

use super::{BarPanel, ChartDescription, ChartSpec, Layout, Texts};

/// Compiles a bars description.
pub(super) fn compile(chart: &ChartDescription, texts: &Texts) -> ChartSpec {
    let mut data = Vec::new();
    let mut panels = Vec::new();
    for panel in &chart.panels {
        let start = data.len();
        let whole = panel
            .of
            .as_deref()
            .and_then(|whole| data.iter().position(|d: &super::Datum| d.key == whole));
        data.extend(
            panel
                .figures
                .iter()
                .filter_map(|id| texts.report.figure(id))
                .map(|figure| texts.datum(figure)),
        );
        if data.len() > start {
            panels.push(BarPanel {
                title: texts.fill(&panel.title),
                stacked: panel.of.is_some(),
                whole,
                items: (start..data.len()).collect(),
            });
        }
    }
    let title = texts.fill(&chart.title);
    let summary = texts.summary(chart, &title, &data);
    ChartSpec {
        id: chart.id.clone(),
        title,
        note: texts.note(chart, []),
        summary,
        data,
        layout: Layout::Bars(panels),
    }
}
