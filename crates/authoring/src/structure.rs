//! What the authoring view proposes for a figure's place in its report: the whole it is a part
//! of (其中, 含, 包括 after a total) and the aided places it is stated for (those its words
//! name). Each is a proposal the officer confirms or changes in the form.

use report::model::bare_name;
use report::phrase;
use report::script;
use report::{vocabulary, Figure, Place, Unit, UnitClass};
use std::ops::Range;

/// Words that make the figures after them parts of one before them.
const PART_WORDS: [&str; 5] = ["其中", "包括", "包含", "含有", "含"];

/// The id of the figure of `figures` that the number at `number` in `text` is a part of, in
/// `unit`: a part word (其中, 含, 包括, 包含, 含有) stands before the number in its sentence, and
/// the whole is the figure of that unit stated last before the word, in the same sentence or
/// the one before it in its paragraph, and no semicolon between the word and the number.
/// Without such a word nothing is proposed: figures side by side are peers, and an average or
/// a rate has no parts.
pub fn whole_of<'a>(
    text: &str,
    number: Range<usize>,
    unit: Unit,
    figures: &'a [Figure],
) -> Option<&'a str> {
    if !adds_up(unit) {
        return None;
    }
    let folded = script::simplified(text);
    let sentence = phrase::sentence(&folded, number.clone());
    let before = folded.get(sentence.start..number.start)?;
    let word = sentence.start + PART_WORDS.iter().filter_map(|w| before.rfind(w)).max()?;
    // A semicolon after the word ends what it governs: 其中A 1.1亿元；实施项目70个.
    if folded[word..number.start].contains(['；', ';']) {
        return None;
    }
    let from = previous_sentence(&folded, sentence.start).unwrap_or(sentence.start);
    figures
        .iter()
        .filter(|f| f.unit == unit && f.derivation.is_none())
        .filter(|f| {
            f.indicator
                .as_deref()
                .and_then(vocabulary::get)
                .is_none_or(|i| i.kind.is_summable())
        })
        .filter_map(|f| {
            let at = stated_at(text, f)
                .filter(|at| (from..word).contains(at))
                .max()?;
            Some((at, f.id.as_str()))
        })
        .max()
        .map(|(_, id)| id)
}

/// Whether figures in `unit` can have parts (amounts, people, counts, not per-person amounts
/// or percentages).
fn adds_up(unit: Unit) -> bool {
    !matches!(unit.class(), UnitClass::PerCapita | UnitClass::Percent)
}

/// The start of the sentence before the one starting at `start`, when both are in one
/// paragraph.
fn previous_sentence(text: &str, start: usize) -> Option<usize> {
    let (at, mark) = text[..start].char_indices().next_back()?;
    (mark != '\n' && mark != '\r').then(|| phrase::sentence(text, at..at).start)
}

/// Where in `text` the number of `figure` stands: in every place its quote occurs, the number
/// phrase that reads its value.
fn stated_at<'t>(text: &'t str, figure: &'t Figure) -> impl Iterator<Item = usize> + 't {
    let quote = figure.source.as_deref().unwrap_or_default();
    text.match_indices(quote)
        .filter(|_| !quote.is_empty())
        .flat_map(move |(at, _)| {
            phrase::read(text, at..at + quote.len())
                .into_iter()
                .filter(|p| p.value == figure.value && p.unit == figure.unit)
                .map(|p| p.range.start)
        })
}

/// The ids of the places of `regions` the figure whose number is at `number` is stated for,
/// when the report covers two or more (a figure of a report on one place has none): those the
/// words nearest before the number name, going back to the previous number or clause, then
/// to earlier ones, up to the paragraph's start, so a paragraph on one banner gives its
/// figures that banner and 为白河旗、红山旗投入 gives both. Only aided places are looked for:
/// the helping district named as the subject (东坪区对口帮扶…) is not a figure's place.
pub fn places_of(text: &str, number: Range<usize>, regions: &[Place]) -> Vec<String> {
    if regions.len() < 2 {
        return Vec::new();
    }
    let folded = script::simplified(text);
    let names: Vec<(String, &str)> = regions
        .iter()
        .map(|p| {
            (
                script::simplified(bare_name(&p.name.zh)).into_owned(),
                p.id.as_str(),
            )
        })
        .filter(|(name, _)| !name.is_empty())
        .collect();
    let start = number.start.min(folded.len());
    let paragraph = folded[..start].rfind(['\n', '\r']).map_or(0, |i| i + 1);
    // Clauses end at punctuation, and at a number: its words are its own.
    let mut ends: Vec<usize> = folded[paragraph..start]
        .char_indices()
        .filter(|(_, c)| "，,；;。！？!?：:".contains(*c))
        .map(|(i, c)| paragraph + i + c.len_utf8())
        .chain(
            phrase::find_all(&folded[paragraph..start])
                .into_iter()
                .map(|p| paragraph + p.range.end),
        )
        .collect();
    ends.push(paragraph);
    ends.sort_unstable();
    ends.dedup();
    let mut to = start;
    for &from in ends.iter().rev() {
        let words = &folded[from..to];
        let named: Vec<String> = names
            .iter()
            .filter(|(name, _)| words.contains(name.as_str()))
            .map(|(_, id)| id.to_string())
            .collect();
        if !named.is_empty() {
            return named;
        }
        to = from;
    }
    Vec::new()
}
