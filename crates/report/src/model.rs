//! The serde model of `report.json`. See `report.schema.json` for the documented format.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The version of the report format this app reads and writes.
pub const SCHEMA_VERSION: u32 = 4;

/// A text in both languages of the app.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Localized {
    /// Chinese (Simplified).
    pub zh: String,
    /// English.
    pub en: String,
}

/// A whole report: metadata, figures and the non-numeric structure.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// Path of the JSON Schema, kept so a round trip writes the same file.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// The format's version; older files are migrated to [`SCHEMA_VERSION`] on load.
    pub schema_version: u32,
    /// Title, publisher, dates.
    pub meta: Meta,
    /// Every quantitative statement of the report.
    pub figures: Vec<Figure>,
    /// Projects with their dated events.
    pub projects: Vec<Project>,
    /// Who is paired with whom.
    pub pairings: Vec<Pairing>,
    /// The figures shown as headline cards, in order; the app picks them when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub headline: Option<Vec<String>>,
    /// The report's own chart descriptions; figures none of them draws get generated charts.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub charts: Vec<ChartDescription>,
    /// The report's full text, against which every quote is checked; optional in a file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original_text: Option<String>,
    /// Positions of figures by id, built on first look-up (large reports look up often).
    #[serde(skip)]
    pub(crate) figure_index: FigureIndex,
}

/// A cache of figure positions by id. A stale entry (after the list was edited) is detected
/// by `Report::figure`, which then searches the list, so the cache never changes an answer;
/// it is ignored by equality.
#[derive(Clone, Debug, Default)]
pub(crate) struct FigureIndex(
    pub(crate) std::sync::OnceLock<std::collections::HashMap<String, usize>>,
);

impl PartialEq for FigureIndex {
    fn eq(&self, _: &FigureIndex) -> bool {
        true
    }
}

/// The report's metadata.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    /// Stable id of the report, used in file names.
    pub id: String,
    /// The report's title.
    pub title: Localized,
    /// Who published it.
    pub publisher: Localized,
    /// Publication date (`2023-05-25`), or date and time, RFC 3339
    /// (`2023-05-25T15:58:00+08:00`), as the report gives it.
    pub published: String,
    /// The level of government whose report it is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<Level>,
    /// The address where the publisher published it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_url: Option<String>,
    /// The assisted place(s): banners, counties, provinces.
    pub region: Vec<Place>,
    /// The assisting partner(s): districts, development areas, provinces.
    pub partner: Vec<Place>,
}

/// A place a report is about or from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Place {
    /// Stable id, `snake_case`, named by figures' `place`.
    pub id: String,
    /// Its name in both languages.
    pub name: Localized,
    /// What kind of place it is.
    pub kind: PlaceKind,
    /// Its official administrative division code (GB/T 2260, 6 digits: `110115`), where it
    /// has one; a development area has none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
}

/// Kinds of place.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PlaceKind {
    /// A banner (旗), Inner Mongolia's county.
    Banner,
    /// A county (县) or county-level city.
    County,
    /// A city district (区).
    District,
    /// An economic or technological development area (开发区).
    DevelopmentArea,
    /// A prefecture-level city (市).
    City,
    /// A league (盟), Inner Mongolia's prefecture.
    League,
    /// A province, autonomous region or municipality (省、自治区、直辖市).
    Province,
    /// A township (乡、镇、苏木).
    Township,
    /// Anything else (a group of counties, a whole programme).
    Other,
}

impl PlaceKind {
    /// The kind a Chinese place name's ending says (白河旗 → banner), for a file that names
    /// places without kinds and for the editor's proposal; `Other` when the ending says none.
    pub fn of_name(zh: &str) -> PlaceKind {
        const ENDINGS: [(&str, PlaceKind); 12] = [
            ("开发区", PlaceKind::DevelopmentArea),
            ("開發區", PlaceKind::DevelopmentArea),
            ("自治区", PlaceKind::Province),
            ("自治區", PlaceKind::Province),
            ("旗", PlaceKind::Banner),
            ("县", PlaceKind::County),
            ("縣", PlaceKind::County),
            ("区", PlaceKind::District),
            ("區", PlaceKind::District),
            ("盟", PlaceKind::League),
            ("省", PlaceKind::Province),
            ("市", PlaceKind::City),
        ];
        let name = bare_name(zh);
        ENDINGS
            .iter()
            .find(|(ending, _)| name.ends_with(ending))
            .map_or(PlaceKind::Other, |(_, kind)| *kind)
    }
}

/// A Chinese place name without a note in brackets after it (北京市东坪区（虚构） → 北京市东坪区):
/// the name as the report's sentences write it, and whose ending says its kind.
pub fn bare_name(zh: &str) -> &str {
    let name = zh.trim();
    match name.strip_suffix(['）', ')']) {
        Some(rest) => rest
            .rfind(['（', '('])
            .map_or(name, |at| rest[..at].trim_end()),
        None => name,
    }
}

/// The level of government a report comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// A banner or county on itself.
    County,
    /// An eastern district on the places it helps.
    District,
    /// A city or league.
    City,
    /// A province or autonomous region, or a municipality such as Beijing.
    Province,
    /// The ministry or the State Council: the programme as a whole.
    National,
}

impl Meta {
    /// The publication date as `(year, month, day)`, if `published` starts with `YYYY-MM-DD`.
    pub fn published_date(&self) -> Option<(u16, u8, u8)> {
        parse_date(self.published.get(..10)?)
    }

    /// The publication time of day as `HH:MM`, if present.
    pub fn published_time(&self) -> Option<&str> {
        let time = self.published.get(11..16)?;
        let ok = time.as_bytes()[2] == b':' && time.bytes().filter(u8::is_ascii_digit).count() == 4;
        ok.then_some(time)
    }
}

fn parse_date(s: &str) -> Option<(u16, u8, u8)> {
    let mut parts = s.split('-');
    let year = parts.next()?.parse().ok()?;
    let month = parts.next()?.parse().ok()?;
    let day = parts.next()?.parse().ok()?;
    ((1..=12).contains(&month) && (1..=31).contains(&day)).then_some((year, month, day))
}

/// One figure stated in (or derived from) the report.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    /// Stable id, `snake_case`.
    pub id: String,
    /// The value in canonical units (yuan as an integer, persons, m², kW, percent as written).
    #[serde(serialize_with = "whole_as_integer")]
    pub value: f64,
    /// The canonical unit of `value`.
    pub unit: Unit,
    /// The Chinese measure word the report writes after the number (家, 所, 次) where it is not
    /// the unit's usual one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub counter: Option<String>,
    /// How the report qualifies the value.
    pub qualifier: Qualifier,
    /// When it applies: `2022`, `2022-08`, `2021/2023-05-25`, or `../2023-05` up to a date from a
    /// start not given; `None` when the report is silent.
    pub period: Option<String>,
    /// The theme it belongs to.
    pub theme: Theme,
    /// What it measures: an indicator of the vocabulary (`vocabulary.json`), the same in every
    /// report, so figures of several reports and years line up.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub indicator: Option<String>,
    /// The figure whose total this one is a part of ("of which", 其中).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part_of: Option<String>,
    /// The places it is stated for (ids of `meta.region` or `meta.partner`), when the report
    /// covers several; every one it names when stated for them together.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub place: Vec<String>,
    /// The project it belongs to, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project: Option<String>,
    /// Short label in both languages.
    pub label: Localized,
    /// The verbatim fragment of the report that states it; absent only on derived figures.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// How a derived figure is computed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub derivation: Option<Derivation>,
}

impl Figure {
    /// The start of the figure's period (2021 of `2021/2023-05-25`); `None` when the report
    /// does not give one: no period, or one with an open start (`../2023-05`).
    pub fn period_start(&self) -> Option<&str> {
        let start = self.period.as_deref()?.split('/').next()?;
        (start != "..").then_some(start)
    }
}

/// Writes a whole value as a JSON integer (30700000, not 30700000.0), as the format's files
/// and the officer write it; other values as they are.
fn whole_as_integer<S: serde::Serializer>(value: &f64, serializer: S) -> Result<S::Ok, S::Error> {
    const EXACT: f64 = 9_007_199_254_740_992.0;
    if value.fract() == 0.0 && value.abs() <= EXACT {
        serializer.serialize_i64(*value as i64)
    } else {
        serializer.serialize_f64(*value)
    }
}

/// The formula of a derived figure.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Derivation {
    /// An arithmetic expression over the variables in `inputs` (`a - b`, `b / a * 100`).
    pub formula: String,
    /// Variable name → id of the input figure.
    pub inputs: BTreeMap<String, String>,
}

/// Canonical units.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// Chinese yuan (integer).
    Yuan,
    /// Yuan each year.
    YuanPerYear,
    /// Yuan per person (per-capita income).
    YuanPerPerson,
    /// Persons.
    Person,
    /// Person-times (人次).
    PersonTime,
    /// A plain count (projects, firms, schools).
    Count,
    /// Animals (只).
    Head,
    /// Sets of equipment (台套).
    Set,
    /// Visits (次).
    Visit,
    /// Square metres.
    M2,
    /// Square kilometres.
    Km2,
    /// Kilowatts.
    Kw,
    /// Percent, as written (7.5 means 7.5 %).
    Percent,
    /// Jobs (岗位).
    Job,
    /// Categories of items (类).
    Item,
    /// Training sessions (期 / 次).
    Session,
    /// Yuan each month (月均, 每月, 元/月).
    YuanPerMonth,
    /// A multiple (倍) of another amount.
    Multiple,
    /// Tonnes (吨): produce sold or shipped.
    Ton,
    /// Mu (亩, 1/15 of a hectare): farmland and orchards, as reports count them.
    Mu,
    /// Kilowatt-hours (千瓦时): energy generated.
    Kwh,
}

impl Unit {
    /// The kind of unit, for grouping comparable figures.
    pub fn class(self) -> UnitClass {
        match self {
            Unit::Yuan | Unit::YuanPerYear => UnitClass::Money,
            // A monthly amount is a wage or an income, not a total: it is drawn with amounts
            // per person.
            Unit::YuanPerPerson | Unit::YuanPerMonth => UnitClass::PerCapita,
            Unit::Person | Unit::PersonTime => UnitClass::People,
            Unit::Count
            | Unit::Head
            | Unit::Set
            | Unit::Visit
            | Unit::Job
            | Unit::Item
            | Unit::Session => UnitClass::Counts,
            Unit::Percent | Unit::Multiple => UnitClass::Percent,
            Unit::M2 | Unit::Km2 => UnitClass::Area,
            Unit::Kw => UnitClass::Power,
            Unit::Ton => UnitClass::Weight,
            // Not drawn with square metres: 1 mu is 666.7 m², and a value is shown as stated.
            Unit::Mu => UnitClass::Land,
            Unit::Kwh => UnitClass::Energy,
        }
    }

    /// Whether values in this unit are amounts of money.
    pub fn is_money(self) -> bool {
        matches!(
            self,
            Unit::Yuan | Unit::YuanPerYear | Unit::YuanPerPerson | Unit::YuanPerMonth
        )
    }
}

/// Units that can be compared with each other, and so share a generated chart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnitClass {
    /// Totals of money.
    Money,
    /// Money per person.
    PerCapita,
    /// People and person-times.
    People,
    /// Counts of things.
    Counts,
    /// Percentages.
    Percent,
    /// Areas.
    Area,
    /// Power capacity.
    Power,
    /// Weights.
    Weight,
    /// Land in mu.
    Land,
    /// Energy generated.
    Energy,
}

impl UnitClass {
    /// Every class, in the order its charts come on a page.
    pub const ALL: [UnitClass; 10] = [
        UnitClass::Money,
        UnitClass::PerCapita,
        UnitClass::People,
        UnitClass::Counts,
        UnitClass::Weight,
        UnitClass::Area,
        UnitClass::Land,
        UnitClass::Power,
        UnitClass::Energy,
        UnitClass::Percent,
    ];

    /// The code in generated chart ids.
    pub fn code(self) -> &'static str {
        match self {
            UnitClass::Money => "money",
            UnitClass::PerCapita => "per-capita",
            UnitClass::People => "people",
            UnitClass::Counts => "counts",
            UnitClass::Percent => "percent",
            UnitClass::Area => "area",
            UnitClass::Power => "power",
            UnitClass::Weight => "weight",
            UnitClass::Land => "land",
            UnitClass::Energy => "energy",
        }
    }
}

/// How the report qualifies a value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// Stated as is.
    Exact,
    /// 余 / 多 / 以上: the true value is at least this.
    AtLeast,
    /// 约 / 近 / 左右 / 大约 / 上下 / 将近 / 接近: about this, as the report writes it; the
    /// true value may be a little more or less. Shown as written, marked 约 / about. Also 不足
    /// / 以下 (at most), which the format cannot say otherwise.
    Approximate,
    /// 预计: expected, not yet achieved.
    Projected,
    /// 可实现: what it can achieve, not what it achieved.
    Capacity,
    /// Computed by us from other figures; never shown as if reported.
    Derived,
}

/// Themes of the app's views.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Theme {
    /// Aid funds and named investments.
    Funds,
    /// Projects and their scale.
    Projects,
    /// Training and cadre exchange.
    Training,
    /// Consumption-assistance sales and markets.
    Sales,
    /// Incomes and investment results.
    Outcomes,
    /// Pairings of organisations.
    Cooperation,
}

/// Status of a project or an event.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Completed.
    Done,
    /// In progress.
    UnderWay,
    /// Expected in the future.
    Expected,
    /// Agreed or signed, not yet built.
    Signed,
}

/// A project with its dated events.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Project {
    /// Stable id.
    pub id: String,
    /// Name in both languages.
    pub name: Localized,
    /// Overall status.
    pub status: Status,
    /// Dated events, in order.
    pub events: Vec<Event>,
}

/// One step of a project.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    /// Stable id, so links to the event survive events added before it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `None` when the report gives no date.
    pub date: Option<String>,
    /// Status of this step.
    pub status: Status,
    /// What happened.
    pub label: Localized,
    /// The verbatim fragment of the report that states it.
    pub source: String,
}

/// Kinds of pairing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PairingKind {
    /// Subdistrict to subdistricts.
    Subdistrict,
    /// School to school.
    School,
    /// Hospital to hospital.
    Hospital,
    /// Community to community.
    Community,
    /// Enterprises to villages.
    EnterpriseVillage,
    /// Social organisations to villages.
    OrganisationVillage,
    /// Districts (区) to banners or counties.
    District,
    /// Counties (县).
    County,
    /// Banners (旗).
    Banner,
    /// Townships (乡镇、苏木).
    Township,
    /// Anything else, named by the pairing's `kind_label`.
    Other,
}

/// Who is paired with whom, and how many on each side.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pairing {
    /// Stable id.
    pub id: String,
    /// The aiding side.
    pub from: Localized,
    /// The aided side.
    pub to: Localized,
    /// Figure holding the aiding side's count, if the report states it as a number.
    pub from_count: Option<String>,
    /// Figure holding the aided side's count, if the report states it as a number.
    pub to_count: Option<String>,
    /// How many organisations on the aiding side.
    pub from_number: u32,
    /// How many organisations on the aided side.
    pub to_number: u32,
    /// The kind of pairing.
    pub kind: PairingKind,
    /// The kind in words, for [`PairingKind::Other`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind_label: Option<Localized>,
    /// The verbatim fragment of the report that states it.
    pub source: String,
}

/// How a described chart is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChartKind {
    /// Panels of horizontal bars, one unit and scale per panel.
    Bars,
    /// Projects' dated events on a time line.
    Timeline,
    /// Who is paired with whom.
    Pairings,
}

/// A chart, as a report file describes it (or as the app makes it for figures no description
/// draws): what it draws and its texts. `compile::compile` turns it into what `render` draws.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChartDescription {
    /// Stable id, used in links and embeds.
    pub id: String,
    /// The page it is on.
    pub theme: Theme,
    /// How it is drawn.
    pub kind: ChartKind,
    /// Title; its placeholders (`{figure_id}`, `.period`, `.since`) are filled in.
    pub title: Localized,
    /// A caveat under the title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Localized>,
    /// The accessible summary, a template over figures; a list of the items when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<Localized>,
    /// For bars: the panels, top to bottom.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub panels: Vec<PanelDescription>,
    /// For a timeline: the projects shown (all when absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub projects: Option<Vec<String>>,
    /// For pairings: the pairings shown (all when absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pairings: Option<Vec<String>>,
}

/// One panel of a bars chart: figures of one unit on one scale.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PanelDescription {
    /// Heading, naming what is counted and the unit.
    pub title: Localized,
    /// The figures drawn, top to bottom.
    pub figures: Vec<String>,
    /// The figure these are parts of ("of which"), drawn in an earlier panel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub of: Option<String>,
}

use crate::codes;

codes!(Unit {
    Yuan => "yuan",
    YuanPerYear => "yuan_per_year",
    YuanPerPerson => "yuan_per_person",
    Person => "person",
    PersonTime => "person_time",
    Count => "count",
    Head => "head",
    Set => "set",
    Visit => "visit",
    M2 => "m2",
    Km2 => "km2",
    Kw => "kw",
    Percent => "percent",
    Job => "job",
    Item => "item",
    Session => "session",
    YuanPerMonth => "yuan_per_month",
    Multiple => "multiple",
    Ton => "ton",
    Mu => "mu",
    Kwh => "kwh",
});

codes!(Qualifier {
    Exact => "exact",
    AtLeast => "at_least",
    Approximate => "approximate",
    Projected => "projected",
    Capacity => "capacity",
    Derived => "derived",
});

codes!(Theme {
    Funds => "funds",
    Projects => "projects",
    Training => "training",
    Sales => "sales",
    Outcomes => "outcomes",
    Cooperation => "cooperation",
});

codes!(PlaceKind {
    Banner => "banner",
    County => "county",
    District => "district",
    DevelopmentArea => "development_area",
    City => "city",
    League => "league",
    Province => "province",
    Township => "township",
    Other => "other",
});

codes!(Level {
    County => "county",
    District => "district",
    City => "city",
    Province => "province",
    National => "national",
});

codes!(Status {
    Done => "done",
    UnderWay => "under_way",
    Expected => "expected",
    Signed => "signed",
});

codes!(PairingKind {
    Subdistrict => "subdistrict",
    School => "school",
    Hospital => "hospital",
    Community => "community",
    EnterpriseVillage => "enterprise_village",
    OrganisationVillage => "organisation_village",
    District => "district",
    County => "county",
    Banner => "banner",
    Township => "township",
    Other => "other",
});

#[cfg(test)]
mod tests {
    use super::*;

    fn serde_name<T: Serialize>(value: T) -> String {
        serde_json::to_value(value)
            .unwrap()
            .as_str()
            .unwrap()
            .to_string()
    }

    #[test]
    fn whole_values_are_written_as_integers() {
        let figure = |value: f64| {
            let json = serde_json::to_string(&Figure {
                id: "a".into(),
                value,
                unit: Unit::Yuan,
                counter: None,
                qualifier: Qualifier::Exact,
                period: None,
                theme: Theme::Funds,
                indicator: None,
                part_of: None,
                place: Vec::new(),
                project: None,
                label: Localized {
                    zh: "甲".into(),
                    en: "A".into(),
                },
                source: Some("甲".into()),
                derivation: None,
            })
            .unwrap();
            json.split("\"value\":")
                .nth(1)
                .unwrap()
                .split(',')
                .next()
                .unwrap()
                .to_string()
        };
        assert_eq!(figure(30_700_000.0), "30700000");
        assert_eq!(figure(-0.0), "0");
        assert_eq!(figure(7.5), "7.5");
        assert_eq!(figure(1e300), "1e+300");
    }

    #[test]
    fn codes_are_the_file_names() {
        let names: Vec<(String, &str)> = Unit::ALL
            .iter()
            .map(|v| (serde_name(v), v.code()))
            .chain(Qualifier::ALL.iter().map(|v| (serde_name(v), v.code())))
            .chain(Theme::ALL.iter().map(|v| (serde_name(v), v.code())))
            .chain(Status::ALL.iter().map(|v| (serde_name(v), v.code())))
            .chain(PairingKind::ALL.iter().map(|v| (serde_name(v), v.code())))
            .chain(PlaceKind::ALL.iter().map(|v| (serde_name(v), v.code())))
            .chain(Level::ALL.iter().map(|v| (serde_name(v), v.code())))
            .collect();
        for (name, code) in names {
            assert_eq!(name, code);
        }
        assert_eq!(Unit::from_code("person_time"), Some(Unit::PersonTime));
        assert_eq!(Theme::from_code("nope"), None);
    }
}
