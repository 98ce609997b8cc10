//! Checks a parsed file against `report.schema.json` itself, so the schema stays the one
//! description of the format. It interprets the keywords that describe shape — `type`,
//! `required`, `properties`, `additionalProperties`, `items`, `enum`, `const`, `minLength`,
//! `minItems`, `minProperties`, `minimum`, `$ref` — and leaves patterns and the conditional
//! rules (`allOf`/`if`) to `validate`, which explains them in fuller words.

use super::problem::{Found, JsonType, Problem};
use super::validate::DataError;
use serde_json::{Map, Value};

/// The report format (`report.schema.json`, published in full beside the app), without its
/// descriptions: only what it checks (see `build.rs`).
pub const SCHEMA_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/report.schema.min.json"));

/// Every shape problem of `root`, located by path (`figures[12].value`).
pub fn check(root: &Value) -> Vec<DataError> {
    let schema: Value = serde_json::from_str(SCHEMA_JSON).expect("the bundled schema is JSON");
    let empty = Map::new();
    let defs = schema
        .get("$defs")
        .and_then(Value::as_object)
        .unwrap_or(&empty);
    let mut checker = Checker {
        defs,
        errors: Vec::new(),
    };
    checker.check(&schema, root, "");
    checker.errors
}

struct Checker<'a> {
    defs: &'a Map<String, Value>,
    errors: Vec<DataError>,
}

impl Checker<'_> {
    fn report(&mut self, path: &str, problem: Problem) {
        let location = if path.is_empty() { "(file)" } else { path };
        self.errors.push(DataError::new(location, problem));
    }

    fn check(&mut self, schema: &Value, value: &Value, path: &str) {
        if let Some(target) = schema.get("$ref").and_then(Value::as_str) {
            if let Some(def) = target
                .strip_prefix("#/$defs/")
                .and_then(|name| self.defs.get(name))
            {
                self.check(def, value, path);
            }
            return;
        }
        if let Some(expected) = types(schema) {
            if !expected.iter().any(|t| has_type(value, *t)) {
                self.report(
                    path,
                    Problem::WrongType {
                        expected,
                        found: Found::of(value),
                    },
                );
                return;
            }
        }
        let allowed: Option<Vec<&Value>> = schema
            .get("enum")
            .and_then(Value::as_array)
            .map(|list| list.iter().collect())
            .or_else(|| schema.get("const").map(|c| vec![c]));
        if let Some(allowed) = allowed {
            if !allowed.contains(&value) {
                let allowed = allowed
                    .iter()
                    .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_string))
                    .collect();
                self.report(
                    path,
                    Problem::NotAllowed {
                        found: Found::of(value),
                        allowed,
                    },
                );
            }
        }
        let minimum = |key: &str| schema.get(key).and_then(Value::as_u64).unwrap_or(0) as usize;
        match value {
            Value::String(text) if text.chars().count() < minimum("minLength") => {
                self.report(path, Problem::Empty)
            }
            Value::Number(n) => {
                if let (Some(min), Some(n)) =
                    (schema.get("minimum").and_then(Value::as_f64), n.as_f64())
                {
                    if n < min {
                        self.report(path, Problem::TooSmall { minimum: min });
                    }
                }
            }
            Value::Array(items) => {
                if items.len() < minimum("minItems") {
                    self.report(path, Problem::Empty);
                }
                if let Some(item_schema) = schema.get("items") {
                    for (index, item) in items.iter().enumerate() {
                        self.check(item_schema, item, &format!("{path}[{index}]"));
                    }
                }
            }
            Value::Object(object) => {
                self.check_object(schema, object, path, minimum("minProperties"))
            }
            _ => {}
        }
    }

    fn check_object(
        &mut self,
        schema: &Value,
        object: &Map<String, Value>,
        path: &str,
        min_properties: usize,
    ) {
        let join = |key: &str| {
            if path.is_empty() {
                key.to_string()
            } else {
                format!("{path}.{key}")
            }
        };
        if object.len() < min_properties {
            self.report(path, Problem::Empty);
        }
        for key in schema
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
        {
            if !object.contains_key(key) {
                self.report(&join(key), Problem::Missing);
            }
        }
        let properties = schema.get("properties").and_then(Value::as_object);
        for (key, item) in object {
            match (
                properties.and_then(|p| p.get(key)),
                schema.get("additionalProperties"),
            ) {
                (Some(property), _) => self.check(property, item, &join(key)),
                (None, Some(Value::Bool(false))) => self.report(&join(key), Problem::Unknown),
                (None, Some(extra @ Value::Object(_))) => self.check(extra, item, &join(key)),
                (None, _) => {}
            }
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

fn has_type(value: &Value, expected: JsonType) -> bool {
    match expected {
        JsonType::Text => value.is_string(),
        JsonType::Number => value.is_number(),
        JsonType::Integer => value
            .as_f64()
            .is_some_and(|n| n.fract() == 0.0 && n.is_finite()),
        JsonType::Boolean => value.is_boolean(),
        JsonType::Null => value.is_null(),
        JsonType::List => value.is_array(),
        JsonType::Object => value.is_object(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn problems(root: Value) -> Vec<(String, Problem)> {
        check(&root)
            .into_iter()
            .map(|e| (e.location, e.problem))
            .collect()
    }

    #[test]
    fn the_bundled_report_has_the_right_shape() {
        let root: Value = serde_json::from_str(super::super::REPORT_JSON).unwrap();
        assert_eq!(problems(root), vec![]);
    }

    #[test]
    fn shape_problems_are_located() {
        let mut root: Value = serde_json::from_str(super::super::REPORT_JSON).unwrap();
        root["figures"][12]["value"] = json!("一千万");
        root["figures"][3]["unit"] = json!("dollars");
        root["figures"][4].as_object_mut().unwrap().remove("label");
        root["projects"][0]["colour"] = json!("red");
        let found = problems(root);
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
}
