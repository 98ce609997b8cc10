//! What a quote states: a figure's value, unit, measure word and qualifier must be one reading
//! of a number phrase of its quote, read by [`phrase`] as the editor's proposals are, so no
//! value is shown beside a sentence that does not say it.
//!
//! The quote is read in its sentence of the report's text when the text is known: a yearly or
//! per-person amount, and a forecast (预计, a project not yet built), may come from the
//! sentence. A qualifier of the number's own words (余, 多, 以上, 约, 左右) or of the quote's
//! (预计, 可实现) is never dropped; a stronger one may be added.

use super::model::{Figure, Qualifier, Unit, UnitClass};
use super::phrase::{self, Phrase};
use super::problem::{Problem, Reading};
use std::ops::Range;

/// The largest whole number a double holds exactly: a count or an amount in yuan beyond it
/// cannot be the number a report printed.
const MAX_WHOLE: f64 = 9_007_199_254_740_992.0;

/// Whether values in `unit` are whole numbers: people, things and yuan are counted.
pub fn counts_whole(unit: Unit) -> bool {
    !matches!(
        unit,
        Unit::M2
            | Unit::Km2
            | Unit::Kw
            | Unit::Percent
            | Unit::Multiple
            | Unit::Ton
            | Unit::Mu
            | Unit::Kwh
    )
}

/// The problem with a value as a number, if any: not finite, negative, or not whole where the
/// unit counts.
pub fn value_problems(value: f64, unit: Unit) -> Option<Problem> {
    if !value.is_finite() {
        Some(Problem::NotFinite)
    } else if value < 0.0 {
        Some(Problem::Negative)
    } else if counts_whole(unit) && (value.fract() != 0.0 || value > MAX_WHOLE) {
        Some(Problem::NotWhole {
            unit: unit.code().to_string(),
        })
    } else {
        None
    }
}

/// Where a quote stands: the report's text and the quote's byte range in it, or the quote
/// alone when the text is not known.
#[derive(Clone, Copy)]
pub struct Quoted<'a> {
    /// The text the quote is read in.
    pub text: &'a str,
    /// The quote's byte range in `text`.
    pub range: (usize, usize),
}

impl<'a> Quoted<'a> {
    /// A quote found in `text` at `range`.
    pub fn in_text(text: &'a str, range: Range<usize>) -> Quoted<'a> {
        Quoted {
            text,
            range: (range.start, range.end),
        }
    }

    /// A quote read without its sentence.
    pub fn alone(quote: &'a str) -> Quoted<'a> {
        Quoted {
            text: quote,
            range: (0, quote.len()),
        }
    }

    fn range(&self) -> Range<usize> {
        self.range.0..self.range.1
    }

    /// The number phrases the quote states: read in their sentence, each with its number and
    /// measure word inside the quote.
    pub fn phrases(&self) -> Vec<Phrase> {
        let range = self.range();
        phrase::read(self.text, range.clone())
            .into_iter()
            .filter(|p| range.start <= p.stated.start && p.stated.end <= range.end)
            .collect()
    }

    /// The qualifier of the phrase's own words and of the quote's, without the rest of the
    /// sentence: the quote (widened to the phrase's own 约, 以上…) read alone.
    fn own_qualifier(&self, phrase: &Phrase) -> Qualifier {
        let range = self.range();
        let start = range.start.min(phrase.range.start);
        let end = range.end.max(phrase.range.end);
        let offset = phrase.stated.start - start;
        phrase::find_all(&self.text[start..end])
            .into_iter()
            .find(|p| p.stated.start == offset)
            .map_or(phrase.qualifier, |p| p.qualifier)
    }

    /// The phrases as a message shows them: as printed, with their reading.
    fn readings(&self, phrases: &[Phrase]) -> Vec<Reading> {
        phrases
            .iter()
            .map(|p| Reading {
                text: self.text[p.range.clone()].to_string(),
                value: p.value,
                unit: p.unit.code().to_string(),
            })
            .collect()
    }
}

/// How strong a caveat a qualifier is: a figure may carry a stronger one than its words, never
/// a weaker one (at least and about are of a kind each).
fn strength(qualifier: Qualifier) -> u8 {
    match qualifier {
        Qualifier::Exact => 0,
        Qualifier::AtLeast | Qualifier::Approximate => 1,
        Qualifier::Capacity => 2,
        Qualifier::Projected | Qualifier::Derived => 3,
    }
}

fn same_value(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

/// Whether a phrase read in `unit` may be stored in `stored`: the same unit; money read with
/// its sentence (yearly, per person, per month); or counts of things, whose measure word the
/// counter keeps.
fn units_agree(read: Unit, stored: Unit) -> bool {
    read == stored
        || (read.is_money() && stored.is_money())
        || (read.class() == UnitClass::Counts && stored.class() == UnitClass::Counts)
}

/// The problem with a quoted figure, located by its field, when it is not one reading of a
/// number phrase of its quote: `(field, problem)`, `None` when it is.
pub fn check(figure: &Figure, quoted: Quoted) -> Option<(&'static str, Problem)> {
    let phrases = quoted.phrases();
    let readings = || quoted.readings(&phrases);
    let valued: Vec<&Phrase> = phrases
        .iter()
        .filter(|p| same_value(p.value, figure.value))
        .collect();
    if valued.is_empty() {
        return Some((
            "value",
            Problem::ValueNotStated {
                value: figure.value,
                unit: figure.unit.code().to_string(),
                stated: readings(),
            },
        ));
    }
    let united: Vec<&Phrase> = valued
        .iter()
        .copied()
        .filter(|p| units_agree(p.unit, figure.unit))
        .collect();
    if united.is_empty() {
        return Some((
            "unit",
            Problem::UnitNotStated {
                unit: figure.unit.code().to_string(),
                stated: quoted.readings(&valued.into_iter().cloned().collect::<Vec<_>>()),
            },
        ));
    }
    // The measure word as shown: the counter, or the unit's usual word. A word the reader
    // marks as a counter (家, 所, 项) must be kept; a counter must be the phrase's word.
    let worded: Vec<&Phrase> = united
        .iter()
        .copied()
        .filter(|p| match (&figure.counter, &p.counter) {
            (Some(counter), _) => *counter == p.word,
            (None, read) => read.is_none(),
        })
        .collect();
    let Some(first) = worded.first() else {
        let words: Vec<String> = united.iter().map(|p| p.word.clone()).collect();
        return Some((
            "counter",
            Problem::CounterNotStated {
                counter: figure.counter.clone(),
                words,
            },
        ));
    };
    let allowed = |p: &Phrase| {
        let own = quoted.own_qualifier(p);
        figure.qualifier == own
            || figure.qualifier == p.qualifier
            || (strength(figure.qualifier) > strength(own)
                && figure.qualifier != Qualifier::Derived)
    };
    if worded.iter().any(|p| allowed(p)) {
        return None;
    }
    let own = quoted.own_qualifier(first);
    Some((
        "qualifier",
        Problem::QualifierDropped {
            qualifier: figure.qualifier.code().to_string(),
            stated: own.code().to_string(),
            phrase: quoted.text[first.range.clone()].to_string(),
        },
    ))
}

/// The problem with a pairing's number of organisations on one side, stated by no figure: when
/// its quote counts things, the number must be one of them (a pairing of named organisations,
/// 北京某医院结对帮扶某医院, counts none and is one to one or as many as it names).
pub fn check_pairing_number(number: u32, quoted: Quoted) -> Option<Problem> {
    let counts: Vec<Phrase> = quoted
        .phrases()
        .into_iter()
        .filter(|p| p.unit.class() == UnitClass::Counts)
        .collect();
    let stated = number <= 1
        || counts.is_empty()
        || counts.iter().any(|p| same_value(p.value, number.into()));
    (!stated).then(|| Problem::PairingNumberNotStated {
        number,
        stated: quoted.readings(&counts),
    })
}
