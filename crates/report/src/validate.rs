//! Loading and validating a report: every problem is located (`figures[3] (coop_funds_total).source`)
//! and explained, so a broken data file never becomes a blank page.

use super::formula;
use super::ids::{is_chart_id, is_id};
use super::migrate::Migrated;
use super::model::{ChartKind, Figure, PairingKind, Qualifier, Report, Unit, UnitClass};
use super::problem::{DataError, Problem};
use super::schema;
use super::stated::{self, Quoted};
use super::template::{self, Field, Piece};
use super::vocabulary;
use serde::de::DeserializeSeed;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::marker::PhantomData;

/// The largest report file the app opens.
pub const MAX_BYTES: u64 = 32 * 1024 * 1024;

/// At most this many problems are listed; the rest are counted.
const MAX_LISTED: usize = 100;

fn problem(location: impl Into<String>, problem: Problem) -> DataError {
    DataError::new(location, problem)
}

/// Parses and validates a report file.
///
/// Full-line `//` comments are allowed (the template uses them). Quotes are checked against the
/// file's own `original_text`, or else against `fallback_text` (the bundled report keeps its
/// text in a separate file); with neither, quotes are only checked to be non-empty. Returns
/// every problem found, not just the first.
pub fn load(json: &str, fallback_text: Option<&str>) -> Result<Report, Vec<DataError>> {
    let mut report = read(json)?;
    let errors = validate(&report, report.original_text.as_deref().or(fallback_text));
    if !errors.is_empty() {
        return Err(listed(errors));
    }
    if report.original_text.is_none() {
        report.original_text = fallback_text.map(str::to_string);
    }
    Ok(report)
}

/// Parses a report file of this or an older format into the current one, checking its shape.
///
/// The file is parsed twice, first checking its shape, then building the report, and never
/// held as a JSON tree: for a large report the tree takes several times the text, and held
/// with the text it set the peak memory of loading.
fn read(json: &str) -> Result<Report, Vec<DataError>> {
    if json.len() as u64 > MAX_BYTES {
        return Err(vec![problem(
            "(file)",
            Problem::TooLarge {
                bytes: json.len() as u64,
                limit: MAX_BYTES,
            },
        )]);
    }
    let json = without_comment_lines(json.trim_start_matches('\u{feff}'));
    if json.trim().is_empty() {
        return Err(vec![problem("(file)", Problem::EmptyFile)]);
    }
    let mut refused = None;
    let errors = parse(&json, schema::REPORT, &mut refused).map_err(|e| {
        let not_json = Problem::NotJson {
            line: e.line(),
            column: e.column(),
            truncated: e.is_eof(),
        };
        vec![problem("(file)", beyond_limits(&e).unwrap_or(not_json))]
    })?;
    if let Some(error) = refused {
        return Err(vec![error]);
    }
    if !errors.is_empty() {
        return Err(listed(errors));
    }
    read_unchecked(&json).map_err(|e| vec![e])
}

/// Parses a file of this or an older format into the current one without checking its shape
/// or rules: a draft in the authoring view is unfinished by nature (empty titles, no figures
/// yet), and the editor lists its problems by [`load`]ing it as written.
pub fn read_unchecked(json: &str) -> Result<Report, DataError> {
    let json = without_comment_lines(json.trim_start_matches('\u{feff}'));
    if json.trim().is_empty() {
        return Err(problem("(file)", Problem::EmptyFile));
    }
    let mut refused = None;
    let read = parse(&json, PhantomData::<Report>, &mut refused);
    if let Some(error) = refused {
        return Err(error);
    }
    read.map_err(|e| {
        let unreadable = Problem::Unreadable {
            detail: e.to_string(),
        };
        problem("(file)", beyond_limits(&e).unwrap_or(unreadable))
    })
}

/// At most `MAX_LISTED` problems, and a count of the rest.
fn listed(mut errors: Vec<DataError>) -> Vec<DataError> {
    if errors.len() > MAX_LISTED {
        let count = errors.len() - MAX_LISTED;
        errors.truncate(MAX_LISTED);
        errors.push(problem("…", Problem::More { count }));
    }
    errors
}

/// Reads the whole of `json` with `seed`, as the current format (an older file is migrated as
/// it is parsed; a newer one is put in `refused`).
fn parse<'de, S: DeserializeSeed<'de>>(
    json: &'de str,
    seed: S,
    refused: &mut Option<DataError>,
) -> serde_json::Result<S::Value> {
    let mut file = serde_json::Deserializer::from_str(json);
    let value = seed.deserialize(Migrated::new(&mut file, refused))?;
    file.end()?;
    Ok(value)
}

/// The levels of lists and objects serde_json follows (its fixed recursion limit, 128, counts
/// the level it refuses).
pub const MAX_DEPTH: usize = 127;

/// Valid JSON that the parser still refuses, named as such rather than as "not valid JSON":
/// a number too large for a double, nesting deeper than `MAX_DEPTH`, or an escape of half a
/// character (`\ud800` without its pair), which no text can hold. serde_json tells them apart
/// only in its message.
fn beyond_limits(e: &serde_json::Error) -> Option<Problem> {
    let (line, column) = (e.line(), e.column());
    let message = e.to_string();
    if message.starts_with("lone leading surrogate")
        || message.starts_with("unexpected end of hex escape")
    {
        Some(Problem::LoneSurrogate { line, column })
    } else if message.starts_with("number out of range") {
        Some(Problem::NumberTooLarge { line, column })
    } else if message.starts_with("recursion limit exceeded") {
        Some(Problem::TooDeep {
            line,
            column,
            limit: MAX_DEPTH,
        })
    } else {
        None
    }
}

/// Blanks lines whose first non-blank characters are `//`, keeping line numbers. A JSON string
/// cannot span lines, so this never touches data.
fn without_comment_lines(json: &str) -> std::borrow::Cow<'_, str> {
    if !json.lines().any(|line| line.trim_start().starts_with("//")) {
        return json.into();
    }
    json.lines()
        .map(|line| {
            if line.trim_start().starts_with("//") {
                ""
            } else {
                line
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
        .into()
}

/// Checks the rules the shape cannot: ids, references, verbatim quotes, derived values.
pub fn validate(report: &Report, original_text: Option<&str>) -> Vec<DataError> {
    let mut errors = Vec::new();
    let mut quotes = Quotes {
        text: original_text,
        found: HashMap::new(),
    };
    if !is_published(&report.meta.published) {
        errors.push(problem("meta.published", Problem::BadPublished));
    }
    if let Some(url) = &report.meta.source_url {
        if !(url.starts_with("https://") || url.starts_with("http://")) {
            errors.push(problem("meta.source_url", Problem::BadSourceUrl));
        }
    }
    let places = check_places(&report.meta, &mut errors);
    let id = &report.meta.id;
    let id_ok = id
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.is_empty()
        && !id.starts_with('-');
    if !id_ok {
        errors.push(problem("meta.id", Problem::BadReportId { id: id.clone() }));
    }
    check_unique_ids(report, &mut errors);
    let project_ids: HashSet<&str> = report.projects.iter().map(|p| p.id.as_str()).collect();
    let figures: BTreeMap<&str, &Figure> =
        report.figures.iter().map(|f| (f.id.as_str(), f)).collect();
    for (index, figure) in report.figures.iter().enumerate() {
        let at = format!("figures[{index}] ({})", figure.id);
        check_figure(
            figure,
            &at,
            &mut quotes,
            &project_ids,
            &figures,
            &mut errors,
        );
        check_structure(figure, &at, &figures, &places, &mut errors);
    }
    let mut event_keys = HashSet::new();
    for (index, project) in report.projects.iter().enumerate() {
        for (event_index, event) in project.events.iter().enumerate() {
            let at = format!("projects[{index}] ({}).events[{event_index}]", project.id);
            if let Some(id) = &event.id {
                if !is_id(id) {
                    errors.push(problem(
                        format!("{at}.id"),
                        Problem::BadId { id: id.clone() },
                    ));
                }
                if !event_keys.insert(id.as_str()) {
                    errors.push(problem(
                        format!("{at}.id"),
                        Problem::DuplicateId { id: id.clone() },
                    ));
                }
            }
            quotes.check(&event.source, &format!("{at}.source"), &mut errors);
            if let Some(date) = &event.date {
                if !is_period(date) || date.contains('/') {
                    errors.push(problem(
                        format!("{at}.date"),
                        Problem::BadDate { text: date.clone() },
                    ));
                }
            }
        }
    }
    for (index, pairing) in report.pairings.iter().enumerate() {
        let at = format!("pairings[{index}] ({})", pairing.id);
        let quoted = quotes.check(&pairing.source, &format!("{at}.source"), &mut errors);
        if pairing.kind == PairingKind::Other && pairing.kind_label.is_none() {
            errors.push(problem(
                format!("{at}.kind_label"),
                Problem::KindLabelNeeded,
            ));
        }
        for (field, count, number) in [
            ("from_count", &pairing.from_count, pairing.from_number),
            ("to_count", &pairing.to_count, pairing.to_number),
        ] {
            let Some(id) = count else {
                // A number no figure states is still one its quote states, if it counts.
                if let Some(stated) = quoted.and_then(|q| stated::check_pairing_number(number, q)) {
                    errors.push(problem(
                        format!("{at}.{}", field.replace("count", "number")),
                        stated,
                    ));
                }
                continue;
            };
            match figures.get(id.as_str()) {
                None => errors.push(problem(
                    format!("{at}.{field}"),
                    Problem::NoSuchFigure { id: id.clone() },
                )),
                Some(f) if f.value != f64::from(number) => errors.push(problem(
                    format!("{at}.{field}"),
                    Problem::CountMismatch {
                        id: id.clone(),
                        figure_value: f.value,
                        number,
                    },
                )),
                Some(_) => {}
            }
        }
    }
    let mut headline = HashSet::new();
    for (index, id) in report.headline.iter().flatten().enumerate() {
        if !headline.insert(id.as_str()) {
            errors.push(problem(
                format!("headline[{index}]"),
                Problem::DuplicateId { id: id.clone() },
            ));
        }
        if !figures.contains_key(id.as_str()) {
            errors.push(problem(
                format!("headline[{index}]"),
                Problem::NoSuchFigure { id: id.clone() },
            ));
        }
    }
    check_charts(report, &figures, &project_ids, &mut errors);
    errors
}

/// The publication date, `YYYY-MM-DD`, alone or followed by an RFC 3339 time with its offset
/// (`T15:58:00+08:00`, seconds optional).
fn is_published(text: &str) -> bool {
    let Some((date, time)) = text.get(..10).map(|date| (date, &text[10..])) else {
        return false;
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let clock = |s: &str| {
        let parts: Vec<&str> = s.split(':').collect();
        matches!(parts.as_slice(), [h, m] | [h, m, _] if h.len() == 2 && m.len() == 2)
            && parts.iter().all(|p| p.len() == 2 && digits(p))
    };
    let time_ok = match time.strip_prefix('T') {
        None => time.is_empty(),
        Some(rest) => match rest.strip_suffix('Z') {
            Some(clock_part) => clock(clock_part),
            None => {
                rest.len() > 6 && {
                    let (clock_part, offset) = rest.split_at(rest.len() - 6);
                    clock(clock_part)
                        && offset.starts_with(['+', '-'])
                        && offset.as_bytes()[3] == b':'
                        && digits(&offset[1..3])
                        && digits(&offset[4..])
                }
            }
        },
    };
    // A day, not a period that happens to be ten characters long (`../2023-05`).
    date.len() == 10
        && date.bytes().take(4).all(|b| b.is_ascii_digit())
        && is_period(date)
        && time_ok
}

/// The regions' and partners' ids (snake_case, unique among both lists) and codes; returns
/// the ids figures may name.
fn check_places<'a>(meta: &'a crate::Meta, errors: &mut Vec<DataError>) -> HashSet<&'a str> {
    let mut ids = HashSet::new();
    for (list, places) in [("region", &meta.region), ("partner", &meta.partner)] {
        for (index, place) in places.iter().enumerate() {
            let at = format!("meta.{list}[{index}]");
            if !is_id(&place.id) {
                errors.push(problem(
                    format!("{at}.id"),
                    Problem::BadId {
                        id: place.id.clone(),
                    },
                ));
            }
            if !ids.insert(place.id.as_str()) {
                errors.push(problem(
                    format!("{at}.id"),
                    Problem::DuplicateId {
                        id: place.id.clone(),
                    },
                ));
            }
            if let Some(code) = &place.code {
                if code.len() != 6 || !code.bytes().all(|b| b.is_ascii_digit()) {
                    errors.push(problem(
                        format!("{at}.code"),
                        Problem::BadPlaceCode { code: code.clone() },
                    ));
                }
            }
        }
    }
    ids
}

/// Whether a figure adds up with others: not an average, a rate or a change, by its
/// indicator's kind or else by its unit.
fn is_summable(figure: &Figure) -> bool {
    match figure.indicator.as_deref().and_then(vocabulary::get) {
        Some(indicator) => indicator.kind.is_summable(),
        None => matches!(
            figure.unit.class(),
            UnitClass::Money
                | UnitClass::People
                | UnitClass::Counts
                | UnitClass::Area
                | UnitClass::Power
                | UnitClass::Weight
                | UnitClass::Land
                | UnitClass::Energy
        ),
    }
}

/// A figure's indicator (known, and measured in the figure's unit), its whole (an existing
/// figure of its unit, both adding up, not itself through a chain, not smaller than the part
/// when both are exact, of the indicator the part's indicator is a part of) and its places.
fn check_structure(
    figure: &Figure,
    at: &str,
    figures: &BTreeMap<&str, &Figure>,
    places: &HashSet<&str>,
    errors: &mut Vec<DataError>,
) {
    let indicator = figure.indicator.as_deref().and_then(vocabulary::get);
    if let Some(id) = &figure.indicator {
        match indicator {
            None => errors.push(problem(
                format!("{at}.indicator"),
                Problem::NoSuchIndicator { id: id.clone() },
            )),
            Some(indicator) if !indicator.units.contains(&figure.unit) => errors.push(problem(
                format!("{at}.unit"),
                Problem::UnitNotIndicators {
                    indicator: id.clone(),
                    unit: figure.unit.code().to_string(),
                    expected: indicator
                        .units
                        .iter()
                        .map(|u| u.code().to_string())
                        .collect(),
                },
            )),
            Some(_) => {}
        }
    }
    if let Some(whole_id) = &figure.part_of {
        let located = |p: Problem| problem(format!("{at}.part_of"), p);
        match figures.get(whole_id.as_str()) {
            None => errors.push(located(Problem::NoSuchFigure {
                id: whole_id.clone(),
            })),
            Some(whole) => {
                // Follow the chain of wholes: it must end without coming back.
                let mut seen = HashSet::from([figure.id.as_str()]);
                let mut next = Some(*whole);
                while let Some(current) = next {
                    if !seen.insert(current.id.as_str()) {
                        errors.push(located(Problem::PartOfItself));
                        break;
                    }
                    next = current
                        .part_of
                        .as_deref()
                        .and_then(|id| figures.get(id).copied());
                }
                if whole.unit != figure.unit {
                    errors.push(located(Problem::PartUnitDiffers {
                        whole: whole_id.clone(),
                        unit: figure.unit.code().to_string(),
                        expected: whole.unit.code().to_string(),
                    }));
                }
                for side in [figure, *whole] {
                    if !is_summable(side) {
                        errors.push(located(Problem::PartNotSummable {
                            id: side.id.clone(),
                        }));
                    }
                }
                let stated_exactly = |f: &Figure| matches!(f.qualifier, Qualifier::Exact);
                if stated_exactly(whole)
                    && figure.qualifier != Qualifier::Approximate
                    && figure.value > whole.value
                {
                    errors.push(problem(
                        format!("{at}.value"),
                        Problem::PartExceedsWhole {
                            whole: whole_id.clone(),
                            value: figure.value,
                            whole_value: whole.value,
                        },
                    ));
                }
                let expected = indicator.and_then(|i| i.part_of.as_deref());
                if let (Some(expected), Some(found)) = (expected, whole.indicator.as_deref()) {
                    if expected != found {
                        errors.push(located(Problem::PartOfOtherIndicator {
                            whole: whole_id.clone(),
                            expected: expected.to_string(),
                            found: found.to_string(),
                        }));
                    }
                }
            }
        }
    }
    for (index, place) in figure.place.iter().enumerate() {
        if !places.contains(place.as_str()) {
            errors.push(problem(
                format!("{at}.place[{index}]"),
                Problem::NoSuchPlace { id: place.clone() },
            ));
        }
    }
}

/// Chart descriptions: unique ids, existing references, one unit per panel, parts after their
/// whole, each figure drawn once, templates that can be filled.
fn check_charts(
    report: &Report,
    figures: &BTreeMap<&str, &Figure>,
    project_ids: &HashSet<&str>,
    errors: &mut Vec<DataError>,
) {
    let pairing_ids: HashSet<&str> = report.pairings.iter().map(|p| p.id.as_str()).collect();
    let mut chart_ids = HashSet::new();
    let mut drawn_by: BTreeMap<&str, &str> = BTreeMap::new();
    let mut structure_drawn_by: BTreeMap<String, String> = BTreeMap::new();
    // Every pairing is drawn (by a description or a generated chart), its counts as dots.
    let counted: BTreeMap<&str, &str> = report
        .pairings
        .iter()
        .flat_map(|p| [&p.from_count, &p.to_count].map(|c| (c, p.id.as_str())))
        .filter_map(|(count, pairing)| Some((count.as_deref()?, pairing)))
        .collect();
    for (index, chart) in report.charts.iter().enumerate() {
        let at = format!("charts[{index}] ({})", chart.id);
        if !is_chart_id(&chart.id) {
            errors.push(problem(
                format!("charts[{index}].id"),
                Problem::BadChartId {
                    id: chart.id.clone(),
                },
            ));
        }
        if !chart_ids.insert(chart.id.as_str()) {
            errors.push(problem(
                format!("charts[{index}].id"),
                Problem::DuplicateId {
                    id: chart.id.clone(),
                },
            ));
        }
        let texts = [("title", Some(&chart.title)), ("note", chart.note.as_ref())];
        let texts = texts
            .into_iter()
            .chain([("summary", chart.summary.as_ref())]);
        for (field, text) in texts {
            for (lang, template) in text
                .into_iter()
                .flat_map(|t| [("zh", &t.zh), ("en", &t.en)])
            {
                check_template(template, figures, &format!("{at}.{field}.{lang}"), errors);
            }
        }
        if chart.kind == ChartKind::Bars && chart.panels.is_empty() {
            errors.push(problem(format!("{at}.panels"), Problem::PanelsNeeded));
        }
        let unused = [
            (
                "panels",
                chart.kind != ChartKind::Bars && !chart.panels.is_empty(),
            ),
            (
                "projects",
                chart.kind != ChartKind::Timeline && chart.projects.is_some(),
            ),
            (
                "pairings",
                chart.kind != ChartKind::Pairings && chart.pairings.is_some(),
            ),
        ];
        for (field, wrong) in unused {
            if wrong {
                errors.push(problem(
                    format!("{at}.{field}"),
                    Problem::NotForKind {
                        field: field.to_string(),
                    },
                ));
            }
        }
        // Projects and pairings are drawn by one chart each, as figures are.
        let structure = match chart.kind {
            ChartKind::Timeline => Some(("projects", chart.projects_drawn(report))),
            ChartKind::Pairings => Some(("pairings", chart.pairings_drawn(report))),
            ChartKind::Bars => None,
        };
        if let Some((list, ids)) = structure {
            for (i, id) in ids.iter().enumerate() {
                if let Some(other) = structure_drawn_by.insert(id.to_string(), chart.id.clone()) {
                    errors.push(problem(
                        format!("{at}.{list}[{i}]"),
                        Problem::DrawnTwice {
                            id: id.to_string(),
                            chart: other,
                        },
                    ));
                }
            }
        }
        let mut drawn_here: Vec<&str> = Vec::new();
        for (panel_index, panel) in chart.panels.iter().enumerate() {
            let at = format!("{at}.panels[{panel_index}]");
            if let Some(whole) = &panel.of {
                if !drawn_here.contains(&whole.as_str()) {
                    errors.push(problem(
                        format!("{at}.of"),
                        Problem::WholeNotDrawnBefore { id: whole.clone() },
                    ));
                }
                // Parts of an exact whole cannot exceed it (at-least parts may not be summed).
                let parts: Option<f64> = panel
                    .figures
                    .iter()
                    .map(|id| figures.get(id.as_str()))
                    .map(|f| f.filter(|f| f.qualifier.is_summable()).map(|f| f.value))
                    .sum();
                let exact_whole = figures
                    .get(whole.as_str())
                    .filter(|w| w.qualifier == Qualifier::Exact);
                if let (Some(parts), Some(whole_figure)) = (parts, exact_whole) {
                    if parts > whole_figure.value * (1.0 + 1e-9) {
                        errors.push(problem(
                            format!("{at}.of"),
                            Problem::PartsExceedWhole { id: whole.clone() },
                        ));
                    }
                }
            }
            let expected = panel
                .of
                .iter()
                .chain(&panel.figures)
                .find_map(|id| figures.get(id.as_str()))
                .map(|f| f.unit);
            for (figure_index, id) in panel.figures.iter().enumerate() {
                let at = format!("{at}.figures[{figure_index}]");
                let Some(figure) = figures.get(id.as_str()) else {
                    errors.push(problem(at, Problem::NoSuchFigure { id: id.clone() }));
                    continue;
                };
                if let Some(expected) = expected.filter(|u| *u != figure.unit) {
                    errors.push(problem(
                        at.clone(),
                        Problem::UnitsMixed {
                            id: id.clone(),
                            unit: figure.unit.code().to_string(),
                            expected: expected.code().to_string(),
                        },
                    ));
                }
                if let Some(pairing) = counted.get(id.as_str()) {
                    errors.push(problem(
                        at.clone(),
                        Problem::CountOfPairing {
                            id: id.clone(),
                            pairing: pairing.to_string(),
                        },
                    ));
                }
                if let Some(other) = drawn_by.insert(id.as_str(), chart.id.as_str()) {
                    drawn_by.insert(id.as_str(), other);
                    errors.push(problem(
                        at,
                        Problem::DrawnTwice {
                            id: id.clone(),
                            chart: other.to_string(),
                        },
                    ));
                }
                drawn_here.push(id.as_str());
            }
        }
        for (list, ids, known, missing) in [
            (
                "projects",
                &chart.projects,
                project_ids,
                (|id| Problem::NoSuchProject { id }) as fn(String) -> Problem,
            ),
            ("pairings", &chart.pairings, &pairing_ids, |id| {
                Problem::NoSuchPairing { id }
            }),
        ] {
            for (i, id) in ids.iter().flatten().enumerate() {
                if !known.contains(id.as_str()) {
                    errors.push(problem(format!("{at}.{list}[{i}]"), missing(id.clone())));
                }
            }
        }
    }
}

/// Every `{…}` of a chart text names an existing figure's value, period or start.
fn check_template(
    template: &str,
    figures: &BTreeMap<&str, &Figure>,
    at: &str,
    errors: &mut Vec<DataError>,
) {
    for piece in template::pieces(template) {
        let bad = match piece {
            Piece::Text(_) => None,
            Piece::Invalid(text) => Some(text),
            Piece::Placeholder(p) => match figures.get(p.figure) {
                None => Some(p.figure),
                Some(figure) if p.field == Field::Since && figure.period_start().is_none() => {
                    errors.push(problem(
                        at,
                        Problem::NoPeriod {
                            id: figure.id.clone(),
                        },
                    ));
                    None
                }
                Some(_) => None,
            },
        };
        if let Some(text) = bad {
            errors.push(problem(
                at,
                Problem::BadPlaceholder {
                    text: text.to_string(),
                },
            ));
        }
    }
}

fn check_unique_ids(report: &Report, errors: &mut Vec<DataError>) {
    let lists: [(&str, Vec<&str>); 3] = [
        (
            "figures",
            report.figures.iter().map(|f| f.id.as_str()).collect(),
        ),
        (
            "projects",
            report.projects.iter().map(|p| p.id.as_str()).collect(),
        ),
        (
            "pairings",
            report.pairings.iter().map(|p| p.id.as_str()).collect(),
        ),
    ];
    for (list, ids) in lists {
        let mut seen = HashSet::new();
        for (index, id) in ids.into_iter().enumerate() {
            if !is_id(id) {
                errors.push(problem(
                    format!("{list}[{index}].id"),
                    Problem::BadId { id: id.to_string() },
                ));
            }
            if !seen.insert(id) {
                errors.push(problem(
                    format!("{list}[{index}].id"),
                    Problem::DuplicateId { id: id.to_string() },
                ));
            }
        }
    }
}

fn check_figure<'a>(
    figure: &'a Figure,
    at: &str,
    quotes: &mut Quotes<'a>,
    project_ids: &HashSet<&str>,
    figures: &BTreeMap<&str, &Figure>,
    errors: &mut Vec<DataError>,
) {
    let value_problem = stated::value_problems(figure.value, figure.unit);
    let value_ok = value_problem.is_none();
    if let Some(value_problem) = value_problem {
        errors.push(problem(format!("{at}.value"), value_problem));
    }
    if figure.label.zh.trim().is_empty() || figure.label.en.trim().is_empty() {
        errors.push(problem(format!("{at}.label"), Problem::NeedsBothLabels));
    }
    if let Some(period) = &figure.period {
        if !is_period(period) {
            errors.push(problem(
                format!("{at}.period"),
                Problem::BadPeriod {
                    text: period.clone(),
                },
            ));
        }
    }
    if let Some(project) = &figure.project {
        if !project_ids.contains(project.as_str()) {
            errors.push(problem(
                format!("{at}.project"),
                Problem::NoSuchProject {
                    id: project.clone(),
                },
            ));
        }
    }
    match (figure.qualifier, &figure.source, &figure.derivation) {
        (Qualifier::Derived, None, Some(derivation)) => check_derivation(
            figure,
            &derivation.formula,
            &derivation.inputs,
            at,
            figures,
            errors,
        ),
        (Qualifier::Derived, Some(_), _) => {
            errors.push(problem(format!("{at}.source"), Problem::DerivedHasQuote))
        }
        (Qualifier::Derived, None, None) => errors.push(problem(
            format!("{at}.derivation"),
            Problem::DerivedNeedsFormula,
        )),
        (_, _, Some(_)) => errors.push(problem(
            format!("{at}.derivation"),
            Problem::FormulaOnlyForDerived,
        )),
        (_, None, None) => errors.push(problem(format!("{at}.source"), Problem::MissingQuote)),
        (_, Some(source), None) => {
            let quoted = quotes.check(source, &format!("{at}.source"), errors);
            // The value, unit, measure word and qualifier must be what the quote states.
            if let Some((field, stated)) = quoted
                .filter(|_| value_ok)
                .and_then(|q| stated::check(figure, q))
            {
                errors.push(problem(format!("{at}.{field}"), stated));
            }
            return;
        }
    }
    // A derived figure has no quote for its measure word to be in.
    if let Some(counter) = &figure.counter {
        errors.push(problem(
            format!("{at}.counter"),
            Problem::CounterNotInQuote {
                counter: counter.clone(),
            },
        ));
    }
}

fn check_derivation(
    figure: &Figure,
    formula_text: &str,
    inputs: &BTreeMap<String, String>,
    at: &str,
    figures: &BTreeMap<&str, &Figure>,
    errors: &mut Vec<DataError>,
) {
    let mut vars = BTreeMap::new();
    for (name, id) in inputs {
        match figures.get(id.as_str()) {
            None => errors.push(problem(
                format!("{at}.derivation.inputs.{name}"),
                Problem::NoSuchFigure { id: id.clone() },
            )),
            Some(input) if input.qualifier == Qualifier::Derived => errors.push(problem(
                format!("{at}.derivation.inputs.{name}"),
                Problem::InputIsDerived { id: id.clone() },
            )),
            Some(input) => {
                vars.insert(name.clone(), input.value);
            }
        }
    }
    if vars.len() != inputs.len() {
        return;
    }
    match formula::evaluate(formula_text, &vars) {
        Err(detail) => errors.push(problem(
            format!("{at}.derivation.formula"),
            Problem::Formula { detail },
        )),
        Ok(computed) => {
            let expected = round_derived(computed, figure.unit);
            if (expected - figure.value).abs() > 1e-9 * expected.abs().max(1.0) {
                errors.push(problem(
                    format!("{at}.value"),
                    Problem::FormulaMismatch {
                        value: figure.value,
                        computed: expected,
                    },
                ));
            }
        }
    }
}

/// Rounds a derived value as stored: percent to one decimal, everything else to a whole number.
pub fn round_derived(value: f64, unit: Unit) -> f64 {
    match unit {
        Unit::Percent => (value * 10.0).round() / 10.0,
        _ => value.round(),
    }
}

/// Checks quotes against the original text, each distinct quote once (large reports repeat
/// them), and says where each stands, for reading what it states.
struct Quotes<'a> {
    text: Option<&'a str>,
    /// Each quote found, with its first byte offset in `text` (0 without a text).
    found: HashMap<&'a str, usize>,
}

impl<'a> Quotes<'a> {
    /// Checks `quote`; where it stands when it is found (in the text, or alone without one).
    fn check(
        &mut self,
        quote: &'a str,
        at: &str,
        errors: &mut Vec<DataError>,
    ) -> Option<Quoted<'a>> {
        if quote.trim().is_empty() {
            errors.push(problem(at, Problem::EmptyQuote));
            return None;
        }
        let start = match self.found.get(quote) {
            Some(&start) => start,
            None => {
                let start = match self.text {
                    Some(text) => match text.find(quote) {
                        Some(start) => start,
                        None => {
                            errors.push(problem(
                                at,
                                Problem::QuoteNotInText {
                                    quote: quote.to_string(),
                                },
                            ));
                            return None;
                        }
                    },
                    None => 0,
                };
                self.found.insert(quote, start);
                start
            }
        };
        Some(match self.text {
            Some(text) => Quoted::in_text(text, start..start + quote.len()),
            None => Quoted::alone(quote),
        })
    }
}

/// `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or two of those joined by `/`.
fn is_period(text: &str) -> bool {
    let is_date = |part: &str| {
        let pieces: Vec<&str> = part.split('-').collect();
        let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
        match pieces.as_slice() {
            [y] => digits(y, 4),
            [y, m] => {
                digits(y, 4) && digits(m, 2) && (1..=12).contains(&m.parse::<u8>().unwrap_or(0))
            }
            [y, m, d] => {
                digits(y, 4)
                    && digits(m, 2)
                    && digits(d, 2)
                    && (1..=12).contains(&m.parse::<u8>().unwrap_or(0))
                    && (1..=31).contains(&d.parse::<u8>().unwrap_or(0))
            }
            _ => false,
        }
    };
    match text.split_once('/') {
        Some(("..", end)) => is_date(end),
        Some((start, end)) => is_date(start) && is_date(end) && start <= end,
        None => is_date(text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The editor checks a draft without the schema: its publication rule is the schema's
    /// pattern, with a month and a day in range.
    #[test]
    fn publication_dates() {
        for ok in [
            "2023-05-25",
            "2023-05-25T15:58:00+08:00",
            "2023-05-25T15:58Z",
        ] {
            assert!(is_published(ok), "{ok}");
        }
        for bad in [
            "../2023-05",
            "2023-05",
            "2023-05-32",
            "2023-05-25T15",
            "2023-05-25 15:58",
        ] {
            assert!(!is_published(bad), "{bad}");
        }
    }

    #[test]
    fn periods() {
        for ok in [
            "2022",
            "2022-08",
            "2023-05-25",
            "2021/2023-05-25",
            "../2023-05",
        ] {
            assert!(is_period(ok), "{ok}");
        }
        for bad in [
            "22",
            "2022-13",
            "2022-8",
            "2023/2021",
            "2021/",
            "soon",
            "2022-02-32",
            "../",
            "2022/..",
            "../../2022",
        ] {
            assert!(!is_period(bad), "{bad}");
        }
    }

    #[test]
    fn derived_rounding() {
        assert_eq!(round_derived(28.8976, Unit::Percent), 28.9);
        assert_eq!(round_derived(2730769.23, Unit::Yuan), 2730769.0);
    }

    /// Migrated as it is parsed (its `meta` handed on last), a version-1 file loads as the
    /// same file in version 2.
    #[test]
    fn a_version_one_file_loads_as_its_version_two_form() {
        use crate::{ORIGINAL_TEXT, REPORT_JSON};
        let mut root: serde_json::Value = serde_json::from_str(REPORT_JSON).unwrap();
        root.as_object_mut().unwrap().remove("schema_version");
        for key in ["region", "partner"] {
            let places = root["meta"][key].as_array_mut().unwrap();
            assert_eq!(places.len(), 1, "version 1 names one");
            root["meta"][key] = places[0].take();
        }
        let version_one = load(&root.to_string(), Some(ORIGINAL_TEXT));
        assert_eq!(version_one, load(REPORT_JSON, Some(ORIGINAL_TEXT)));
    }

    /// Parsed straight into the report, a key given twice in one object is refused, with its
    /// line and column, not settled silently for one of the values.
    #[test]
    fn a_repeated_key_is_refused() {
        let json = crate::REPORT_JSON.replacen("\"value\":", "\"value\":0,\"value\":", 1);
        let errors = load(&json, None).unwrap_err();
        assert!(
            matches!(&errors[..], [DataError { problem: Problem::Unreadable { detail }, .. }]
                if detail.contains("duplicate field `value` at line 1")),
            "{errors:#?}"
        );
    }
}
