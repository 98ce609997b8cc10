//! Pairings: who is paired with whom, each pairing a row, one dot per organisation on each
//! side. A description may name the pairings shown (all by default).

use super::{
    period_text, undrawn_note, ChartDescription, CompiledChart, Datum, Layout, PairingRow,
    Provenance, Texts, MAX_DRAWN,
};
use crate::i18n::Msg;
use report::{Qualifier, Theme};

/// Compiles a pairings description.
pub(super) fn compile(chart: &ChartDescription, texts: &Texts) -> CompiledChart {
    let (report, lang) = (texts.report, texts.lang);
    let shown = |pairing: &str| {
        chart
            .pairings
            .as_ref()
            .is_none_or(|ids| ids.iter().any(|id| id == pairing))
    };
    let mut data = Vec::new();
    let mut rows = Vec::new();
    for pairing in report.pairings.iter().filter(|p| shown(&p.id)) {
        let index = data.len();
        let count = |id: &Option<String>| id.as_deref().and_then(|id| report.figure(id));
        let (from, to) = (count(&pairing.from_count), count(&pairing.to_count));
        let period = from.or(to).and_then(|f| f.period.as_deref());
        // A count the report gives as "at least" (20余所) keeps its "+", an approximate one
        // (约20所) its 约 / "about".
        let side = |number: u32, figure: Option<&report::Figure>| match figure.map(|f| f.qualifier)
        {
            Some(Qualifier::AtLeast) => format!("{number}+"),
            Some(Qualifier::Approximate) => format!("{}{number}", lang.choose("约", "about ")),
            _ => number.to_string(),
        };
        let has = |qualifier| {
            [from, to]
                .into_iter()
                .flatten()
                .any(|f| f.qualifier == qualifier)
        };
        rows.push(PairingRow {
            item: index,
            counts: [&pairing.from_count, &pairing.to_count]
                .into_iter()
                .flatten()
                .cloned()
                .collect(),
            from_number: pairing.from_number,
            to_number: pairing.to_number,
        });
        data.push(Datum {
            key: pairing.id.clone(),
            label: format!("{} → {}", lang.pick(&pairing.from), lang.pick(&pairing.to)),
            value: Some(f64::from(pairing.to_number)),
            value_text: format!(
                "{} → {}",
                side(pairing.from_number, from),
                side(pairing.to_number, to)
            ),
            qualifier: if has(Qualifier::AtLeast) {
                Qualifier::AtLeast
            } else if has(Qualifier::Approximate) {
                Qualifier::Approximate
            } else {
                Qualifier::Exact
            },
            period_text: period_text(period, lang),
            provenance: Provenance::Quote(pairing.source.clone()),
            theme: Theme::Cooperation,
            whole: None,
        });
    }
    let title = texts.fill(&chart.title);
    let note = texts.note(
        chart,
        [
            Some(Msg::EachDotIsOne.text(lang).to_string()),
            undrawn_note(rows.len(), lang),
        ],
    );
    rows.truncate(MAX_DRAWN);
    let summary = texts.summary(chart, &title, &data);
    CompiledChart {
        id: chart.id.clone(),
        title,
        note,
        summary,
        data,
        layout: Layout::Pairings(rows),
    }
}
