//! Who is paired with whom: each pairing a row, one dot per organisation on each side.

use super::{
    list_summary, period_text, t, undrawn_note, ChartId, ChartSpec, Datum, Layout, PairingRow,
    Provenance, MAX_DRAWN,
};
use crate::data::{Qualifier, Report, Theme};
use crate::state::ViewState;

/// Builds the chart.
pub fn spec(report: &Report, state: &ViewState) -> ChartSpec {
    let lang = state.lang;
    let mut data = Vec::new();
    let mut rows = Vec::new();
    for (index, pairing) in report.pairings.iter().enumerate() {
        let period = pairing
            .from_count
            .as_deref()
            .and_then(|id| report.figure(id))
            .and_then(|f| f.period.as_deref());
        rows.push(PairingRow {
            item: index,
            from_number: pairing.from_number,
            to_number: pairing.to_number,
        });
        data.push(Datum {
            key: pairing.id.clone(),
            label: format!("{} → {}", lang.pick(&pairing.from), lang.pick(&pairing.to)),
            value: Some(f64::from(pairing.to_number)),
            value_text: format!("{} → {}", pairing.from_number, pairing.to_number),
            qualifier: Qualifier::Exact,
            period_text: period_text(period, lang),
            provenance: Provenance::Quote(pairing.source.clone()),
            theme: Theme::Cooperation,
        });
    }
    let title = t(
        lang,
        "结对帮扶：谁与谁结对",
        "Pairings: who is paired with whom",
    );
    let dots = t(
        lang,
        "每个圆点代表一个单位。",
        "Each dot is one organisation.",
    );
    let note = Some(match undrawn_note(rows.len(), lang) {
        Some(more) => format!("{dots}{}{more}", lang.choose("", " ")),
        None => dots,
    });
    rows.truncate(MAX_DRAWN);
    let summary = list_summary(&title, &data, lang);
    ChartSpec {
        id: ChartId::TrainingPairings,
        title,
        note,
        summary,
        data,
        layout: Layout::Pairings(rows),
    }
}
