//! Two reports side by side: the figures both have, earlier report first, with the change
//! between them. Figures match by what they measure — the same indicator of the vocabulary,
//! unit, places and kind of period (a year with a year, a span with a span) — so two counties'
//! files or two editions with different ids line up; figures naming no indicator match by id.

use super::model::{Figure, Place, Qualifier, Report, Unit};
use std::collections::{BTreeSet, HashMap, HashSet};

/// One figure id present in both reports.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison<'a> {
    /// The figure in the earlier report.
    pub before: &'a Figure,
    /// The figure in the later report.
    pub after: &'a Figure,
    /// What changed.
    pub change: Change,
}

/// The change from `before` to `after`, a derived figure: `after − before`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Change {
    /// The same unit: the difference, and the relative change in percent when `before` is not
    /// zero and the unit is not itself a percentage.
    Difference {
        /// `after − before`, in the figures' unit (percentage points for percentages).
        value: f64,
        /// `(after − before) / before × 100`.
        percent: Option<f64>,
    },
    /// The reports measure it in different units; no change is computed.
    UnitsDiffer,
}

impl Comparison<'_> {
    /// Whether the change is only indicative: either value is qualified (see [`is_indicative`]).
    pub fn indicative(&self) -> bool {
        is_indicative(self.before.qualifier) || is_indicative(self.after.qualifier)
    }
}

/// Whether a change from or to a value so qualified is only indicative: the value is a lower
/// bound, an expectation, a capacity or the report's own approximation, not a stated amount.
pub fn is_indicative(qualifier: Qualifier) -> bool {
    match qualifier {
        Qualifier::Exact | Qualifier::Derived => false,
        Qualifier::AtLeast
        | Qualifier::Projected
        | Qualifier::Capacity
        | Qualifier::Approximate => true,
    }
}

/// The two reports in publication order (the first argument first when published the same day).
pub fn in_order<'a>(first: &'a Report, second: &'a Report) -> (&'a Report, &'a Report) {
    if second.meta.published < first.meta.published {
        (second, first)
    } else {
        (first, second)
    }
}

/// Every figure both reports have, in the earlier report's order.
pub fn compare<'a>(earlier: &'a Report, later: &'a Report) -> Vec<Comparison<'a>> {
    pairs(earlier, later)
        .into_iter()
        .map(|(before, after)| Comparison {
            before,
            after,
            change: change(before, after),
        })
        .collect()
}

/// How many figures only one of the two reports has: `(only earlier, only later)`.
pub fn unmatched(earlier: &Report, later: &Report) -> (usize, usize) {
    let matched = pairs(earlier, later).len();
    (
        earlier.figures.len() - matched,
        later.figures.len() - matched,
    )
}

/// The matched figures, each figure in at most one pair: first by indicator (the later
/// report's first figure of the same indicator, unit, places and kind of period not yet
/// taken), then the rest by id.
fn pairs<'a>(earlier: &'a Report, later: &'a Report) -> Vec<(&'a Figure, &'a Figure)> {
    let mut taken: HashSet<&str> = HashSet::new();
    let mut matched: HashMap<&str, &Figure> = HashMap::new();
    for before in &earlier.figures {
        let Some(indicator) = before.indicator.as_deref() else {
            continue;
        };
        let found = later.figures.iter().find(|after| {
            after.indicator.as_deref() == Some(indicator)
                && after.unit == before.unit
                && places(earlier, before) == places(later, after)
                && period_kind(before) == period_kind(after)
                && !taken.contains(after.id.as_str())
        });
        if let Some(after) = found {
            taken.insert(after.id.as_str());
            matched.insert(before.id.as_str(), after);
        }
    }
    let later_by_id: HashMap<&str, &Figure> =
        later.figures.iter().map(|f| (f.id.as_str(), f)).collect();
    earlier
        .figures
        .iter()
        .filter_map(|before| {
            if let Some(after) = matched.get(before.id.as_str()) {
                return Some((before, *after));
            }
            let after = *later_by_id.get(before.id.as_str())?;
            // A figure matched by indicator, or naming another indicator, is not this one.
            let other_indicator = before.indicator.is_some()
                && after.indicator.is_some()
                && before.indicator != after.indicator;
            (!other_indicator && taken.insert(after.id.as_str())).then_some((before, after))
        })
        .collect()
}

/// The places a figure is stated for, by code where the file gives one, else by Chinese name
/// (ids are each file's own); a figure naming none is for the whole region of its report.
fn places(report: &Report, figure: &Figure) -> BTreeSet<String> {
    let meta = &report.meta;
    let all = meta.region.iter().chain(&meta.partner);
    let key = |place: &Place| place.code.clone().unwrap_or_else(|| place.name.zh.clone());
    if figure.place.is_empty() {
        return meta.region.iter().map(key).collect();
    }
    all.filter(|p| figure.place.contains(&p.id))
        .map(key)
        .collect()
}

/// The kind of a figure's period: a year, a month, a day, a span, or none given.
fn period_kind(figure: &Figure) -> (usize, bool) {
    match figure.period.as_deref() {
        None => (0, false),
        Some(period) => match period.split_once('/') {
            Some(_) => (0, true),
            None => (period.len(), false),
        },
    }
}

fn change(before: &Figure, after: &Figure) -> Change {
    if before.unit != after.unit {
        return Change::UnitsDiffer;
    }
    let value = after.value - before.value;
    let percent =
        (before.unit != Unit::Percent && before.value != 0.0).then(|| value / before.value * 100.0);
    Change::Difference { value, percent }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bundled;

    #[test]
    fn a_report_compared_with_itself_has_no_change() {
        let report = bundled().unwrap();
        let rows = compare(&report, &report);
        assert_eq!(rows.len(), report.figures.len());
        let row = |id: &str| rows.iter().find(|r| r.before.id == id).unwrap().change;
        assert_eq!(
            row("aid_funds_total"),
            Change::Difference {
                value: 0.0,
                percent: Some(0.0)
            }
        );
        // A percentage changes in points, never by a percentage of itself.
        assert_eq!(
            row("income_growth_2022"),
            Change::Difference {
                value: 0.0,
                percent: None
            }
        );
        assert_eq!(unmatched(&report, &report), (0, 0));
    }

    #[test]
    fn changes_are_after_minus_before_and_percentages_change_in_points() {
        let before = bundled().unwrap();
        let mut after = before.clone();
        after.meta.published = "2024-05-25T00:00:00+08:00".into();
        after.figures.retain(|f| f.id != "wind_signed");
        for figure in &mut after.figures {
            match figure.id.as_str() {
                "aid_funds_total" => figure.value = 127_800_000.0,
                "income_growth_2022" => figure.value = 6.0,
                "projects_total" => figure.unit = Unit::Item,
                _ => {}
            }
        }
        let (earlier, later) = in_order(&after, &before);
        assert_eq!(earlier.meta.published, before.meta.published);
        let rows = compare(earlier, later);
        let row = |id: &str| rows.iter().find(|r| r.before.id == id).map(|r| r.change);
        assert_eq!(
            row("aid_funds_total"),
            Some(Change::Difference {
                value: 21_300_000.0,
                percent: Some(20.0)
            })
        );
        let growth = before.figure("income_growth_2022").unwrap().value;
        assert_eq!(
            row("income_growth_2022"),
            Some(Change::Difference {
                value: 6.0 - growth,
                percent: None
            })
        );
        assert_eq!(row("projects_total"), Some(Change::UnitsDiffer));
        assert_eq!(row("wind_signed"), None);
        assert_eq!(unmatched(earlier, later), (1, 0));
    }

    #[test]
    fn a_change_from_or_to_an_approximate_value_is_indicative() {
        let before = bundled().unwrap();
        let mut after = before.clone();
        let total = after.figures.iter_mut().find(|f| f.id == "aid_funds_total");
        total.unwrap().qualifier = Qualifier::Approximate;
        let rows = compare(&before, &after);
        let row = |id: &str| rows.iter().find(|r| r.before.id == id).unwrap();
        assert!(row("aid_funds_total").indicative());
        assert!(compare(&after, &before)
            .iter()
            .any(|r| r.before.id == "aid_funds_total" && r.indicative()));
        // Exact and derived on both sides: a change as computed; "at least" stays indicative.
        assert!(!row("aid_funds_eda").indicative());
        assert!(!row("aid_funds_other_beijing").indicative());
        assert!(row("beneficiaries").indicative());
        for qualifier in Qualifier::ALL {
            assert_eq!(
                is_indicative(qualifier),
                !matches!(qualifier, Qualifier::Exact | Qualifier::Derived),
                "{qualifier:?}"
            );
        }
    }
}
