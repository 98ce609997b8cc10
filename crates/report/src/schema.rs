//! Checks a report file against `report.schema.json` itself, so the schema stays the one
//! description of the format. It interprets the keywords that describe shape — `type`,
//! `required`, `properties`, `additionalProperties`, `propertyNames`, `items`, `enum` and
//! `const` (of texts, numbers, booleans and null: the schema has no others), `minLength`,
//! `minItems`, `minProperties`, `minimum`, `pattern` (by [`super::pattern`], compiled once per
//! check), `$ref` — and leaves the conditional rules (`allOf`/`if`) to `validate`, which
//! explains them in fuller words. A text failing a pattern is named in the words `validate`
//! has for the field where it has them (an id, a period, a date), not by the pattern.
//!
//! The check runs as the file is parsed ([`Check`] is a serde seed), keeping only the path to
//! the place it is at: a large report is never held as a JSON tree, which takes several times
//! its text.

use super::file_text;
use super::pattern::Pattern;
use super::problem::DataError;
use super::problem::{Found, JsonType, Problem};
use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};
use std::borrow::Cow;
use std::collections::BTreeSet;
use std::fmt::{self, Write};

/// The report format (`report.schema.json`, published in full beside the app), without its
/// descriptions: only what it checks (see `build.rs`).
pub const SCHEMA_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/report.schema.min.json"));

/// Reading a file with this seed gives every shape problem of it against the schema it holds
/// (the text of a JSON Schema), located by path (`figures[12].value`), in the order a walk of
/// its JSON tree would find them (serde_json's objects sort their keys), whatever the order in
/// the file: a place's own problems before its members', members by key or index.
pub struct Check<'s>(pub &'s str);

/// The check of a report file.
pub const REPORT: Check<'static> = Check(SCHEMA_JSON);

impl<'de> DeserializeSeed<'de> for Check<'_> {
    type Value = Vec<DataError>;

    fn deserialize<D: Deserializer<'de>>(self, file: D) -> Result<Vec<DataError>, D::Error> {
        let schema: Value = serde_json::from_str(self.0).expect("a schema is JSON");
        let empty = Map::new();
        let defs = schema
            .get("$defs")
            .and_then(Value::as_object)
            .unwrap_or(&empty);
        let mut checker = Checker {
            defs,
            patterns: compiled(&schema),
            path: Vec::new(),
            errors: Vec::new(),
        };
        Place {
            checker: &mut checker,
            schema: &schema,
        }
        .deserialize(file)?;
        // Stable: a place's own problems keep the order they were found in.
        checker.errors.sort_by(|(a, _), (b, _)| a.cmp(b));
        Ok(checker.errors.into_iter().map(|(_, error)| error).collect())
    }
}

/// One step into the file. The order is a JSON tree's: list items by index, object members by
/// key; a path sorts before the paths inside it.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Step<'de> {
    Index(usize),
    Key(Cow<'de, str>),
}

struct Checker<'s, 'de> {
    defs: &'s Map<String, Value>,
    /// Every `pattern` of the schema, with its text.
    patterns: Vec<(&'s str, Pattern)>,
    /// Where the place being checked is.
    path: Vec<Step<'de>>,
    /// Each problem with the path it is listed by: its place's, or for a missing member its
    /// object's (found at the object's end, listed before the members, as a walk finds it).
    errors: Vec<(Vec<Step<'de>>, DataError)>,
}

impl Checker<'_, '_> {
    /// Whether `text` matches the schema's `pattern` (compiled with the schema).
    fn matches(&self, pattern: &str, text: &str) -> bool {
        let compiled = self.patterns.iter().find(|(p, _)| *p == pattern);
        compiled.is_some_and(|(_, compiled)| compiled.is_match(text))
    }

    /// A problem of the current place, or of its member `member` (missing).
    fn report(&mut self, member: Option<&str>, problem: Problem) {
        let mut location = String::new();
        for step in &self.path {
            match step {
                Step::Index(index) => {
                    let _ = write!(location, "[{index}]");
                }
                Step::Key(key) => {
                    if !location.is_empty() {
                        location.push('.');
                    }
                    location.push_str(key);
                }
            }
        }
        if let Some(key) = member {
            if !location.is_empty() {
                location.push('.');
            }
            location.push_str(key);
        }
        if location.is_empty() {
            location.push_str("(file)");
        }
        self.errors
            .push((self.path.clone(), DataError::new(location, problem)));
    }
}

/// Every `pattern` of `schema`, compiled. A pattern the matcher does not read panics here,
/// stopping every check: the first test finds it, and no text passes it unchecked.
fn compiled(schema: &Value) -> Vec<(&str, Pattern)> {
    fn walk<'s>(schema: &'s Value, patterns: &mut Vec<(&'s str, Pattern)>) {
        match schema {
            Value::Object(map) => {
                // A property named "pattern" would be an object.
                let pattern = map.get("pattern").and_then(Value::as_str);
                if let Some(pattern) = pattern.filter(|p| !patterns.iter().any(|(q, _)| p == q)) {
                    let compiled = Pattern::new(pattern).unwrap_or_else(|e| panic!("{e}"));
                    patterns.push((pattern, compiled));
                }
                map.values().for_each(|value| walk(value, patterns));
            }
            Value::Array(items) => items.iter().for_each(|item| walk(item, patterns)),
            _ => {}
        }
    }
    let mut patterns = Vec::new();
    walk(schema, &mut patterns);
    patterns
}

/// A text that fails `pattern`. The report format's patterns are named in the words
/// `validate` has for the same fields, which say what the field takes; any other is quoted.
fn unmatched(pattern: &str, text: &str) -> Problem {
    let named = file_text::shortened(text).into_owned();
    match pattern {
        "^[a-z][a-z0-9_]*$" => Problem::BadId { id: named },
        "^[a-z][a-z0-9-]*$" => Problem::BadChartId { id: named },
        "^[a-z0-9][a-z0-9-]*$" => Problem::BadReportId { id: named },
        "^[0-9]{6}$" => Problem::BadPlaceCode { code: named },
        "^https?://" => Problem::BadSourceUrl,
        "^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2})?(Z|[+-][0-9]{2}:[0-9]{2}))?$" => {
            Problem::BadPublished
        }
        r"^([0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?(/[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)?|\.\./[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)$" => {
            Problem::BadPeriod { text: named }
        }
        "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$" => Problem::BadDate { text: named },
        _ => Problem::Unmatched {
            found: Found::text(text),
            pattern: pattern.to_string(),
        },
    }
}

/// Follows `$ref`s; `None` when one names no definition (then anything goes).
fn resolve<'s>(defs: &'s Map<String, Value>, mut schema: &'s Value) -> Option<&'s Value> {
    while let Some(target) = schema.get("$ref").and_then(Value::as_str) {
        schema = target
            .strip_prefix("#/$defs/")
            .and_then(|name| defs.get(name))?;
    }
    Some(schema)
}

/// A place in the file and the schema it must match.
struct Place<'c, 's, 'de> {
    checker: &'c mut Checker<'s, 'de>,
    schema: &'s Value,
}

impl<'de> DeserializeSeed<'de> for Place<'_, '_, 'de> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, file: D) -> Result<(), D::Error> {
        match resolve(self.checker.defs, self.schema) {
            Some(schema) => file.deserialize_any(Place { schema, ..self }),
            None => file.deserialize_ignored_any(IgnoredAny).map(drop),
        }
    }
}

impl Place<'_, '_, '_> {
    fn minimum(&self, key: &str) -> usize {
        self.schema.get(key).and_then(Value::as_u64).unwrap_or(0) as usize
    }

    /// The checks of every place: type, then `enum`/`const`. False when the type is wrong
    /// (nothing inside is checked then).
    fn fits(&mut self, seen: &Seen) -> bool {
        if let Some(expected) = types(self.schema) {
            if !expected.iter().any(|t| seen.is(*t)) {
                let found = seen.found();
                self.checker
                    .report(None, Problem::WrongType { expected, found });
                return false;
            }
        }
        let allowed: Option<Vec<&Value>> = self
            .schema
            .get("enum")
            .and_then(Value::as_array)
            .map(|list| list.iter().collect())
            .or_else(|| self.schema.get("const").map(|c| vec![c]));
        if let Some(allowed) = allowed {
            if !allowed.iter().any(|value| seen.is_value(value)) {
                let allowed = allowed
                    .iter()
                    .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_string))
                    .collect();
                let found = seen.found();
                self.checker
                    .report(None, Problem::NotAllowed { found, allowed });
            }
        }
        true
    }

    fn scalar(mut self, seen: Seen) {
        if !self.fits(&seen) {
            return;
        }
        match seen {
            Seen::Text(text) if text.chars().count() < self.minimum("minLength") => {
                self.checker.report(None, Problem::Empty)
            }
            Seen::Text(text) => {
                if let Some(pattern) = self.schema.get("pattern").and_then(Value::as_str) {
                    if !self.checker.matches(pattern, text) {
                        self.checker.report(None, unmatched(pattern, text));
                    }
                }
            }
            Seen::Number(n) => {
                if let (Some(min), Some(n)) = (
                    self.schema.get("minimum").and_then(Value::as_f64),
                    n.as_f64(),
                ) {
                    if n < min {
                        self.checker
                            .report(None, Problem::TooSmall { minimum: min });
                    }
                }
            }
            _ => {}
        }
    }
}

impl<'de> Visitor<'de> for Place<'_, '_, 'de> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("JSON")
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<(), E> {
        self.scalar(Seen::Boolean(v));
        Ok(())
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<(), E> {
        self.scalar(Seen::Number(v.into()));
        Ok(())
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<(), E> {
        self.scalar(Seen::Number(v.into()));
        Ok(())
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<(), E> {
        // Never `Null`: JSON has no NaN or infinity.
        self.scalar(Number::from_f64(v).map_or(Seen::Null, Seen::Number));
        Ok(())
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<(), E> {
        self.scalar(Seen::Text(v));
        Ok(())
    }

    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        self.scalar(Seen::Null);
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(mut self, mut items: A) -> Result<(), A::Error> {
        if !self.fits(&Seen::List) {
            while items.next_element::<IgnoredAny>()?.is_some() {}
            return Ok(());
        }
        let item_schema = self.schema.get("items");
        let mut count = 0;
        loop {
            self.checker.path.push(Step::Index(count));
            let more = match item_schema {
                Some(schema) => items
                    .next_element_seed(Place {
                        checker: &mut *self.checker,
                        schema,
                    })?
                    .is_some(),
                None => items.next_element::<IgnoredAny>()?.is_some(),
            };
            self.checker.path.pop();
            if !more {
                break;
            }
            count += 1;
        }
        if count < self.minimum("minItems") {
            self.checker.report(None, Problem::Empty);
        }
        Ok(())
    }

    fn visit_map<A: MapAccess<'de>>(mut self, mut members: A) -> Result<(), A::Error> {
        if !self.fits(&Seen::Object) {
            while members.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
            return Ok(());
        }
        let properties = self.schema.get("properties").and_then(Value::as_object);
        let mut keys = BTreeSet::new();
        let names = self
            .schema
            .get("propertyNames")
            .and_then(|names| resolve(self.checker.defs, names));
        while let Some(key) = members.next_key_seed(Key)? {
            self.checker.path.push(Step::Key(key.clone()));
            if let Some(schema) = names {
                Place {
                    checker: &mut *self.checker,
                    schema,
                }
                .scalar(Seen::Text(&key));
            }
            let schema = match (
                properties.and_then(|p| p.get(key.as_ref())),
                self.schema.get("additionalProperties"),
            ) {
                (Some(property), _) => Some(property),
                (None, Some(Value::Bool(false))) => {
                    self.checker.report(None, Problem::Unknown);
                    None
                }
                (None, Some(extra @ Value::Object(_))) => Some(extra),
                (None, _) => None,
            };
            match schema {
                Some(schema) => members.next_value_seed(Place {
                    checker: &mut *self.checker,
                    schema,
                })?,
                None => drop(members.next_value::<IgnoredAny>()?),
            }
            self.checker.path.pop();
            keys.insert(key);
        }
        if keys.len() < self.minimum("minProperties") {
            self.checker.report(None, Problem::Empty);
        }
        for key in self
            .schema
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
        {
            if !keys.contains(key) {
                self.checker.report(Some(key), Problem::Missing);
            }
        }
        Ok(())
    }
}

/// An object's key, borrowed from the text where it has no escapes.
struct Key;

impl<'de> DeserializeSeed<'de> for Key {
    type Value = Cow<'de, str>;

    fn deserialize<D: Deserializer<'de>>(self, file: D) -> Result<Cow<'de, str>, D::Error> {
        file.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for Key {
    type Value = Cow<'de, str>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a key")
    }

    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Cow<'de, str>, E> {
        Ok(Cow::Borrowed(v))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Cow<'de, str>, E> {
        Ok(Cow::Owned(v.to_string()))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Cow<'de, str>, E> {
        Ok(Cow::Owned(v))
    }
}

/// What the file has at a place, as far as the checks look.
enum Seen<'v> {
    Text(&'v str),
    Number(Number),
    Boolean(bool),
    Null,
    List,
    Object,
}

impl Seen<'_> {
    fn is(&self, expected: JsonType) -> bool {
        match (self, expected) {
            (Seen::Text(_), JsonType::Text)
            | (Seen::Number(_), JsonType::Number)
            | (Seen::Boolean(_), JsonType::Boolean)
            | (Seen::Null, JsonType::Null)
            | (Seen::List, JsonType::List)
            | (Seen::Object, JsonType::Object) => true,
            (Seen::Number(n), JsonType::Integer) => n
                .as_f64()
                .is_some_and(|n| n.fract() == 0.0 && n.is_finite()),
            _ => false,
        }
    }

    /// Equal to an `enum` or `const` value (which are never lists or objects).
    fn is_value(&self, value: &Value) -> bool {
        match (self, value) {
            (Seen::Text(text), Value::String(allowed)) => text == allowed,
            (Seen::Number(n), Value::Number(allowed)) => n == allowed,
            (Seen::Boolean(b), Value::Bool(allowed)) => b == allowed,
            (Seen::Null, Value::Null) => true,
            _ => false,
        }
    }

    fn found(&self) -> Found {
        match self {
            Seen::Text(text) => Found::text(text),
            Seen::Number(n) => Found::Number(n.to_string()),
            Seen::Boolean(b) => Found::Boolean(*b),
            Seen::Null => Found::Null,
            Seen::List => Found::List,
            Seen::Object => Found::Object,
        }
    }
}

/// The schema's `type`, as a list.
fn types(schema: &Value) -> Option<Vec<JsonType>> {
    match schema.get("type")? {
        Value::String(name) => Some(JsonType::from_schema(name).into_iter().collect()),
        Value::Array(names) => Some(
            names
                .iter()
                .filter_map(Value::as_str)
                .filter_map(JsonType::from_schema)
                .collect(),
        ),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn problems<'de>(file: impl Deserializer<'de>) -> Vec<(String, Problem)> {
        REPORT
            .deserialize(file)
            .unwrap_or_else(|_| panic!("JSON"))
            .into_iter()
            .map(|e| (e.location, e.problem))
            .collect()
    }

    #[test]
    fn the_bundled_report_has_the_right_shape() {
        let root: Value = serde_json::from_str(super::super::REPORT_JSON).unwrap();
        assert_eq!(problems(&root), vec![]);
    }

    #[test]
    fn shape_problems_are_located() {
        let mut root: Value = serde_json::from_str(super::super::REPORT_JSON).unwrap();
        root["figures"][12]["value"] = json!("一千万");
        root["figures"][3]["unit"] = json!("dollars");
        root["figures"][4].as_object_mut().unwrap().remove("label");
        root["projects"][0]["colour"] = json!("red");
        let found = problems(&root);
        assert!(found.contains(&(
            "figures[12].value".into(),
            Problem::WrongType {
                expected: vec![JsonType::Number],
                found: Found::Text("一千万".into())
            }
        )));
        assert!(found.iter().any(|(at, p)| at == "figures[3].unit"
            && matches!(p, Problem::NotAllowed { allowed, .. } if allowed.contains(&"yuan".to_string()))));
        assert!(found.contains(&("figures[4].label".into(), Problem::Missing)));
        assert!(found.contains(&("projects[0].colour".into(), Problem::Unknown)));
        assert_eq!(found.len(), 4, "{found:#?}");
    }

    /// Checked as it is parsed, a file's problems are listed as its tree's are, whatever the
    /// order of its keys: a place's own (a missing member found only at the object's end)
    /// before its members', members by key.
    #[test]
    fn problems_are_listed_in_tree_order() {
        let text = r#"{"meta": 7, "figures": [{"value": "x", "unit": "dollars", "id": "a"}],
            "schema_version": 2}"#;
        let parsed = problems(&mut serde_json::Deserializer::from_str(text));
        let tree: Value = serde_json::from_str(text).unwrap();
        assert_eq!(parsed, problems(&tree));
        let at = |location: &str| {
            parsed
                .iter()
                .position(|(at, _)| at == location)
                .unwrap_or_else(|| panic!("{location}: {parsed:#?}"))
        };
        assert!(at("projects") < at("figures[0].label"));
        assert!(at("figures[0].label") < at("figures[0].unit"));
        assert!(at("figures[0].unit") < at("figures[0].value"));
        assert!(at("figures[0].value") < at("meta"));
    }

    /// `Seen::is_value` compares texts, numbers, booleans and null only.
    #[test]
    fn enum_and_const_values_are_scalars() {
        fn walk(schema: &Value) {
            match schema {
                Value::Object(map) => {
                    let allowed = map.get("enum").and_then(Value::as_array).into_iter();
                    for value in allowed.flatten().chain(map.get("const")) {
                        assert!(!value.is_array() && !value.is_object(), "{value}");
                    }
                    map.values().for_each(walk);
                }
                Value::Array(items) => items.iter().for_each(walk),
                _ => {}
            }
        }
        walk(&serde_json::from_str(SCHEMA_JSON).unwrap());
    }
}
