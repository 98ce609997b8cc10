//! Bars: panels of horizontal bars, one unit and one scale per panel, so magnitudes are never
//! mixed. A panel of parts ("of which") is drawn end to end on its whole's scale. A crowded
//! chart (a generated one for a very large report) draws its first [`MAX_DRAWN`] items and
//! says how many more the table holds.

use super::{undrawn_note, BarPanel, ChartDescription, CompiledChart, Layout, Texts, MAX_DRAWN};

/// Compiles a bars description.
pub(super) fn compile(chart: &ChartDescription, texts: &Texts) -> CompiledChart {
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
    let note = texts.note(chart, [undrawn_note(data.len(), texts.lang)]);
    for panel in &mut panels {
        let all = panel.items.len();
        panel.items.retain(|&item| item < MAX_DRAWN);
        if panel.items.len() < all {
            // Parts not drawn are not "what the report does not break down".
            panel.whole = None;
        }
    }
    panels.retain(|panel| !panel.items.is_empty());
    CompiledChart {
        id: chart.id.clone(),
        title,
        note,
        summary,
        data,
        layout: Layout::Bars(panels),
    }
}
