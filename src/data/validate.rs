//! Loading and validating a report: every problem is located (`figures[3] (aid_funds_eda).source`)
//! and explained, so a broken data file never becomes a blank page.

use super::formula;
use super::model::{Figure, Qualifier, Report, Unit};
use serde::de::DeserializeOwned;
use serde_json::Value;
use std::collections::{BTreeMap, HashSet};
use std::fmt;

/// One problem found in a data file.
#[derive(Clone, Debug, PartialEq)]
pub struct DataError {
    /// Where: `figures[12] (income_growth_2022).source`.
    pub location: String,
    /// What is wrong, in plain words.
    pub message: String,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.location, self.message)
    }
}

fn problem(location: impl Into<String>, message: impl Into<String>) -> DataError {
    DataError {
        location: location.into(),
        message: message.into(),
    }
}

/// Parses and validates a report against its original text.
///
/// Returns every problem found, not just the first.
pub fn load(json: &str, original_text: &str) -> Result<Report, Vec<DataError>> {
    let root: Value = serde_json::from_str(json)
        .map_err(|e| vec![problem("(file)", format!("not valid JSON: {e}"))])?;
    let report = deserialize_located(&root)?;
    let errors = validate(&report, original_text);
    if errors.is_empty() {
        Ok(report)
    } else {
        Err(errors)
    }
}

/// Deserializes the report list by list, so a type error names the item it is in.
fn deserialize_located(root: &Value) -> Result<Report, Vec<DataError>> {
    let mut errors = Vec::new();
    let Some(object) = root.as_object() else {
        return Err(vec![problem(
            "(file)",
            "expected a JSON object at the top level",
        )]);
    };
    for key in ["meta", "figures", "projects", "pairings"] {
        if !object.contains_key(key) {
            errors.push(problem(key, "missing"));
        }
    }
    for key in ["figures", "projects", "pairings"] {
        if let Some(items) = object.get(key) {
            check_items(key, items, &mut errors);
        }
    }
    if let Some(meta) = object.get("meta") {
        if let Err(e) = serde_json::from_value::<super::model::Meta>(meta.clone()) {
            errors.push(problem("meta", e.to_string()));
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    serde_json::from_value(root.clone()).map_err(|e| vec![problem("(file)", e.to_string())])
}

/// Deserializes each item of a top-level list on its own, so an error names the item.
fn check_items(key: &str, items: &Value, errors: &mut Vec<DataError>) {
    let Some(list) = items.as_array() else {
        errors.push(problem(key, "expected a list"));
        return;
    };
    for (index, item) in list.iter().enumerate() {
        let result = match key {
            "figures" => try_item::<super::model::Figure>(item),
            "projects" => try_item::<super::model::Project>(item),
            _ => try_item::<super::model::Pairing>(item),
        };
        if let Err(message) = result {
            errors.push(problem(item_location(key, index, item), message));
        }
    }
}

fn try_item<T: DeserializeOwned>(item: &Value) -> Result<(), String> {
    serde_json::from_value::<T>(item.clone())
        .map(drop)
        .map_err(|e| e.to_string())
}

fn item_location(list: &str, index: usize, item: &Value) -> String {
    match item.get("id").and_then(Value::as_str) {
        Some(id) => format!("{list}[{index}] ({id})"),
        None => format!("{list}[{index}]"),
    }
}

/// Checks the rules serde cannot: ids, references, verbatim quotes, derived values.
pub fn validate(report: &Report, original_text: &str) -> Vec<DataError> {
    let mut errors = Vec::new();
    if report.meta.published_date().is_none() {
        errors.push(problem(
            "meta.published",
            "expected a date like 2023-05-25T15:58:00+08:00",
        ));
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
            original_text,
            &project_ids,
            &figures,
            &mut errors,
        );
    }
    for (index, project) in report.projects.iter().enumerate() {
        for (event_index, event) in project.events.iter().enumerate() {
            let at = format!("projects[{index}] ({}).events[{event_index}]", project.id);
            check_quote(
                &event.source,
                &format!("{at}.source"),
                original_text,
                &mut errors,
            );
            if let Some(date) = &event.date {
                if !is_period(date) {
                    errors.push(problem(
                        format!("{at}.date"),
                        format!("\"{date}\" is not a date like 2022 or 2022-08"),
                    ));
                }
            }
        }
    }
    for (index, pairing) in report.pairings.iter().enumerate() {
        let at = format!("pairings[{index}] ({})", pairing.id);
        check_quote(
            &pairing.source,
            &format!("{at}.source"),
            original_text,
            &mut errors,
        );
        for (field, count, number) in [
            ("from_count", &pairing.from_count, pairing.from_number),
            ("to_count", &pairing.to_count, pairing.to_number),
        ] {
            let Some(id) = count else { continue };
            match figures.get(id.as_str()) {
                None => errors.push(problem(
                    format!("{at}.{field}"),
                    format!("no figure has the id \"{id}\""),
                )),
                Some(f) if f.value != f64::from(number) => errors.push(problem(
                    format!("{at}.{field}"),
                    format!(
                        "figure \"{id}\" is {} but the pairing says {number}",
                        f.value
                    ),
                )),
                Some(_) => {}
            }
        }
    }
    errors
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
            let valid = !id.is_empty()
                && id
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
            if !valid {
                errors.push(problem(
                    format!("{list}[{index}].id"),
                    format!("\"{id}\" must be snake_case: a-z, 0-9 and _"),
                ));
            }
            if !seen.insert(id) {
                errors.push(problem(
                    format!("{list}[{index}].id"),
                    format!("the id \"{id}\" is used twice"),
                ));
            }
        }
    }
}

fn check_figure(
    figure: &Figure,
    at: &str,
    original_text: &str,
    project_ids: &HashSet<&str>,
    figures: &BTreeMap<&str, &Figure>,
    errors: &mut Vec<DataError>,
) {
    if !figure.value.is_finite() {
        errors.push(problem(format!("{at}.value"), "expected a finite number"));
    }
    if figure.unit == Unit::Yuan && figure.value.fract() != 0.0 {
        errors.push(problem(
            format!("{at}.value"),
            "amounts in yuan must be whole numbers",
        ));
    }
    if figure.label.zh.trim().is_empty() || figure.label.en.trim().is_empty() {
        errors.push(problem(
            format!("{at}.label"),
            "needs a Chinese and an English label",
        ));
    }
    if let Some(period) = &figure.period {
        if !is_period(period) {
            errors.push(problem(
                format!("{at}.period"),
                format!("\"{period}\" is not a period like 2022, 2022-08 or 2021/2023-05-25"),
            ));
        }
    }
    if let Some(project) = &figure.project {
        if !project_ids.contains(project.as_str()) {
            errors.push(problem(
                format!("{at}.project"),
                format!("no project has the id \"{project}\""),
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
        (Qualifier::Derived, Some(_), _) => errors.push(problem(
            format!("{at}.source"),
            "a derived figure has no quote: it is computed, not reported",
        )),
        (Qualifier::Derived, None, None) => errors.push(problem(
            format!("{at}.derivation"),
            "a derived figure needs its formula and inputs",
        )),
        (_, _, Some(_)) => errors.push(problem(
            format!("{at}.derivation"),
            "only figures with the qualifier \"derived\" have a formula",
        )),
        (_, None, None) => errors.push(problem(
            format!("{at}.source"),
            "missing: quote the sentence that states it",
        )),
        (_, Some(source), None) => {
            check_quote(source, &format!("{at}.source"), original_text, errors)
        }
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
                format!("no figure has the id \"{id}\""),
            )),
            Some(input) if input.qualifier == Qualifier::Derived => errors.push(problem(
                format!("{at}.derivation.inputs.{name}"),
                format!("\"{id}\" is derived itself; derive from reported figures only"),
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
        Err(message) => errors.push(problem(format!("{at}.derivation.formula"), message)),
        Ok(computed) => {
            let expected = round_derived(computed, figure.unit);
            if (expected - figure.value).abs() > 1e-9 * expected.abs().max(1.0) {
                errors.push(problem(
                    format!("{at}.value"),
                    format!("is {} but the formula gives {expected}", figure.value),
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

fn check_quote(quote: &str, at: &str, original_text: &str, errors: &mut Vec<DataError>) {
    if quote.trim().is_empty() {
        errors.push(problem(at, "empty quote"));
    } else if !original_text.contains(quote) {
        errors.push(problem(
            at,
            format!("\"{quote}\" does not appear verbatim in the report's text"),
        ));
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
        Some((start, end)) => is_date(start) && is_date(end) && start <= end,
        None => is_date(text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods() {
        for ok in ["2022", "2022-08", "2023-05-25", "2021/2023-05-25"] {
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
        ] {
            assert!(!is_period(bad), "{bad}");
        }
    }

    #[test]
    fn derived_rounding() {
        assert_eq!(round_derived(28.8976, Unit::Percent), 28.9);
        assert_eq!(round_derived(2730769.23, Unit::Yuan), 2730769.0);
    }
}
