//! The projects on a time line, from the 2019 poverty exit to the cloud warehouse's expected
//! opening, each event with its status; events the report does not date come last.

use super::{
    list_summary, t, undrawn_note, ChartId, ChartSpec, Datum, Layout, Provenance, TimelineEntry,
    MAX_DRAWN,
};
use crate::data::{Qualifier, Report, Status, Theme};
use crate::i18n::{format, messages, Msg};
use crate::state::ViewState;

/// Builds the chart.
pub fn spec(report: &Report, state: &ViewState) -> ChartSpec {
    let lang = state.lang;
    let mut events: Vec<_> = report.events().collect();
    // Dated events in date order, then undated ones in file order (stable sort).
    events.sort_by(|(_, a, _), (_, b, _)| match (&a.date, &b.date) {
        (Some(x), Some(y)) => x.cmp(y),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    });
    let mut data = Vec::new();
    let mut entries = Vec::new();
    for (index, (project, event, key)) in events.into_iter().enumerate() {
        let date_text = event.date.as_deref().map_or_else(
            || Msg::DateNotStated.text(lang).to_string(),
            |d| format::date(d, lang),
        );
        let status = messages::status(event.status, lang);
        entries.push(TimelineEntry {
            item: index,
            date: event.date.clone(),
            status: event.status,
        });
        data.push(Datum {
            key,
            label: format!(
                "{}{}{}",
                lang.pick(&project.name),
                lang.choose("：", ": "),
                lang.pick(&event.label)
            ),
            value: None,
            value_text: format!("{date_text} · {status}"),
            qualifier: if event.status == Status::Expected {
                Qualifier::Projected
            } else {
                Qualifier::Exact
            },
            period_text: date_text,
            provenance: Provenance::Quote(event.source.clone()),
            theme: Theme::Projects,
        });
    }
    let title = t(lang, "项目时间线", "Project timeline");
    let summary = list_summary(&title, &data, lang);
    let note = undrawn_note(entries.len(), lang);
    entries.truncate(MAX_DRAWN);
    ChartSpec {
        id: ChartId::ProjectsTimeline,
        title,
        note,
        summary,
        data,
        layout: Layout::Timeline(entries),
    }
}
