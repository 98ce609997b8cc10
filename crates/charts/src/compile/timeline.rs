//! Timeline: the projects' events on a time line, each with its status; events the report does
//! not date come last. A description may name the projects shown (all by default).

use super::{
    undrawn_note, ChartDescription, CompiledChart, Datum, Layout, Provenance, Texts, TimelineEntry,
    MAX_DRAWN,
};
use crate::i18n::{format, messages, Msg};
use report::{Qualifier, Status, Theme};

/// Compiles a timeline description.
pub(super) fn compile(chart: &ChartDescription, texts: &Texts) -> CompiledChart {
    let lang = texts.lang;
    let shown = |project: &str| {
        chart
            .projects
            .as_ref()
            .is_none_or(|ids| ids.iter().any(|id| id == project))
    };
    let mut events: Vec<_> = texts
        .report
        .events()
        .filter(|(project, ..)| shown(&project.id))
        .collect();
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
            whole: None,
        });
    }
    let title = texts.fill(&chart.title);
    let summary = texts.summary(chart, &title, &data);
    let note = texts.note(chart, [undrawn_note(entries.len(), lang)]);
    entries.truncate(MAX_DRAWN);
    CompiledChart {
        id: chart.id.clone(),
        title,
        note,
        summary,
        data,
        layout: Layout::Timeline(entries),
    }
}
