//! The vocabulary of indicators (`vocabulary.json`, documented by `vocabulary.schema.json` in
//! the new-report kit): what a figure measures, the same in every report of the programme, so
//! figures of many reports can be compared, summed like with like, and drawn with their kin.
//! A figure names its indicator by id; the indicator says its unit, its kind (a total, a part
//! of another, an average, a rate, a change) and the words reports use for it.

use super::{Localized, Theme, Unit};
use serde::Deserialize;
use std::sync::OnceLock;

/// The vocabulary as shipped, without whitespace (see `build.rs`).
pub const VOCABULARY_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/vocabulary.min.json"));

/// What kind of quantity an indicator is: only totals, parts and counts add up, and only
/// figures of one kind share a panel.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IndicatorKind {
    /// An amount or number of people over a period (aid funds, persons trained).
    Total,
    /// A part of another indicator's total (the formerly poor among workers employed).
    Part,
    /// A count of things (projects, parks, villages paired).
    Count,
    /// An average per county, per person or per household (funds per county, income per person).
    Average,
    /// A rate or a percent (a share, a coverage).
    Rate,
    /// A change against a base year (income growth, an increase in percent).
    Change,
}

impl IndicatorKind {
    /// Its name in the vocabulary file, also the part of generated chart ids that gather it.
    pub fn code(self) -> &'static str {
        match self {
            IndicatorKind::Total => "total",
            IndicatorKind::Part => "part",
            IndicatorKind::Count => "count",
            IndicatorKind::Average => "average",
            IndicatorKind::Rate => "rate",
            IndicatorKind::Change => "change",
        }
    }

    /// Whether figures of this kind add up across places and parts.
    pub fn is_summable(self) -> bool {
        matches!(
            self,
            IndicatorKind::Total | IndicatorKind::Part | IndicatorKind::Count
        )
    }
}

/// One indicator of the vocabulary.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    /// Stable id, `snake_case`, named by figures' `indicator`.
    pub id: String,
    /// Its name in both languages.
    pub name: Localized,
    /// One line saying what it counts and what it does not.
    pub definition: Localized,
    /// The units a figure of it may have; the first is the usual one.
    pub units: Vec<Unit>,
    /// What kind of quantity it is.
    pub kind: IndicatorKind,
    /// The indicator whose total this one is a part of.
    #[serde(default)]
    pub part_of: Option<String>,
    /// Indicators of one family share a panel in generated charts; others do not.
    pub family: String,
    /// The page it belongs on.
    pub theme: Theme,
    /// Its place among the headline figures a file without `headline` shows (1 first).
    #[serde(default)]
    pub headline: Option<u8>,
    /// Chinese words that name it in reports, strongest first.
    pub words: Vec<String>,
}

#[derive(Deserialize)]
struct File {
    indicators: Vec<Indicator>,
}

/// Every indicator, in the vocabulary's order.
pub fn all() -> &'static [Indicator] {
    static ALL: OnceLock<Vec<Indicator>> = OnceLock::new();
    ALL.get_or_init(|| {
        serde_json::from_str::<File>(VOCABULARY_JSON)
            .map(|file| file.indicators)
            // A test reads the shipped file: it parses.
            .unwrap_or_default()
    })
}

/// The indicator with `id`.
pub fn get(id: &str) -> Option<&'static Indicator> {
    all().iter().find(|indicator| indicator.id == id)
}

/// The headline indicators, in headline order.
pub fn headline() -> Vec<&'static Indicator> {
    let mut list: Vec<_> = all().iter().filter(|i| i.headline.is_some()).collect();
    list.sort_by_key(|i| i.headline);
    list
}

/// A way a vocabulary breaks its own rules; the shipped one has none (a test checks).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Flaw {
    /// An id that is not `snake_case`.
    BadId { id: String },
    /// Two indicators with one id.
    DuplicateId { id: String },
    /// An indicator with no unit or no word.
    Empty { id: String },
    /// A part without `part_of`, or `part_of` on another kind.
    PartOfMismatch { id: String },
    /// `part_of` names no indicator, one that does not add up, or itself through a chain.
    BadWhole { id: String, whole: String },
    /// A part and its whole share no unit.
    UnitNotShared { id: String, whole: String },
    /// Two indicators at one headline place.
    HeadlineTaken { id: String, rank: u8 },
    /// A word not in Simplified characters (the reader searches folded text).
    NotSimplified { id: String, word: String },
    /// One word claimed by two indicators of a unit, neither a part of the other.
    WordShared { word: String, ids: [String; 2] },
    /// One family mixing a quantity that adds up with one that does not, or two kinds that
    /// do not: they would share a panel.
    FamilyMixesKinds { family: String, ids: [String; 2] },
}

/// Every flaw of `indicators`, in their order.
pub fn check(indicators: &[Indicator]) -> Vec<Flaw> {
    use std::collections::{HashMap, HashSet};
    let mut flaws = Vec::new();
    let by_id: HashMap<&str, &Indicator> = indicators.iter().map(|i| (i.id.as_str(), i)).collect();
    // The wholes above an indicator, nearest first, and whether the chain comes back.
    let wholes = |indicator: &'_ Indicator| -> (Vec<String>, bool) {
        let mut seen = vec![indicator.id.as_str()];
        let mut next = indicator.part_of.as_deref();
        while let Some(id) = next.filter(|id| !seen.contains(id)) {
            seen.push(id);
            next = by_id.get(id).and_then(|i| i.part_of.as_deref());
        }
        let looped = next.is_some();
        (seen[1..].iter().map(|id| id.to_string()).collect(), looped)
    };
    let mut ids = HashSet::new();
    let mut headlines = HashMap::new();
    let mut families: HashMap<&str, &Indicator> = HashMap::new();
    for (index, indicator) in indicators.iter().enumerate() {
        let id = || indicator.id.clone();
        if !super::ids::is_id(&indicator.id) {
            flaws.push(Flaw::BadId { id: id() });
        }
        if !ids.insert(indicator.id.as_str()) {
            flaws.push(Flaw::DuplicateId { id: id() });
        }
        if indicator.units.is_empty() || indicator.words.is_empty() {
            flaws.push(Flaw::Empty { id: id() });
        }
        if (indicator.kind == IndicatorKind::Part) != indicator.part_of.is_some() {
            flaws.push(Flaw::PartOfMismatch { id: id() });
        }
        if let Some(whole_id) = &indicator.part_of {
            let whole = by_id.get(whole_id.as_str());
            let looped = wholes(indicator).1;
            match whole {
                Some(whole) if whole.kind.is_summable() && !looped => {
                    if !indicator.units.iter().any(|u| whole.units.contains(u)) {
                        flaws.push(Flaw::UnitNotShared {
                            id: id(),
                            whole: whole_id.clone(),
                        });
                    }
                }
                _ => flaws.push(Flaw::BadWhole {
                    id: id(),
                    whole: whole_id.clone(),
                }),
            }
        }
        if let Some(rank) = indicator.headline {
            if headlines.insert(rank, &indicator.id).is_some() {
                flaws.push(Flaw::HeadlineTaken { id: id(), rank });
            }
        }
        for word in &indicator.words {
            if super::script::simplified(word) != word.as_str() {
                flaws.push(Flaw::NotSimplified {
                    id: id(),
                    word: word.clone(),
                });
            }
        }
        let related = |other: &Indicator| {
            wholes(indicator).0.contains(&other.id) || wholes(other).0.contains(&indicator.id)
        };
        for other in &indicators[..index] {
            let shares_unit = indicator.units.iter().any(|u| other.units.contains(u));
            if !shares_unit || related(other) {
                continue;
            }
            if let Some(word) = indicator.words.iter().find(|w| other.words.contains(w)) {
                flaws.push(Flaw::WordShared {
                    word: word.clone(),
                    ids: [other.id.clone(), id()],
                });
            }
        }
        match families.get(indicator.family.as_str()) {
            None => {
                families.insert(&indicator.family, indicator);
            }
            Some(first) => {
                let panel = |i: &Indicator| (!i.kind.is_summable()).then_some(i.kind);
                if panel(first) != panel(indicator) {
                    flaws.push(Flaw::FamilyMixesKinds {
                        family: indicator.family.clone(),
                        ids: [first.id.clone(), id()],
                    });
                }
            }
        }
    }
    flaws
}
