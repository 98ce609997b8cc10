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
