//! Older report files read as the current format: each step turns version N into N + 1 on the
//! parsed JSON, before the shape is checked, so the schema only describes the current version.

use super::model::SCHEMA_VERSION;
use super::problem::Problem;
use super::validate::DataError;
use serde_json::Value;

/// Brings `root` to [`SCHEMA_VERSION`]. A file without `schema_version` is version 1; a file
/// of a newer version than this app reads is refused, not guessed at.
pub fn migrate(root: &mut Value) -> Result<(), DataError> {
    let Some(object) = root.as_object_mut() else {
        return Ok(()); // The shape check says what is wrong.
    };
    let version = match object.get("schema_version") {
        None => 1,
        Some(Value::Number(n)) => match n.as_u64() {
            Some(version) => version,
            None => return Ok(()),
        },
        Some(_) => return Ok(()),
    };
    if version > u64::from(SCHEMA_VERSION) {
        return Err(DataError::new(
            "schema_version",
            Problem::NewerFormat {
                version,
                supported: SCHEMA_VERSION,
            },
        ));
    }
    if version < 2 {
        one_to_two(object);
    }
    Ok(())
}

/// Version 2 lets a report name several regions and partners: single texts become lists.
fn one_to_two(root: &mut serde_json::Map<String, Value>) {
    if let Some(meta) = root.get_mut("meta").and_then(Value::as_object_mut) {
        for key in ["region", "partner"] {
            if let Some(place) = meta.get_mut(key).filter(|v| v.is_object()) {
                *place = Value::Array(vec![place.take()]);
            }
        }
    }
    root.insert("schema_version".into(), Value::from(2));
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn version_one_names_one_region_and_partner() {
        let mut root = json!({
            "meta": {"region": {"zh": "甲旗", "en": "A"}, "partner": {"zh": "乙区", "en": "B"}}
        });
        migrate(&mut root).unwrap();
        assert_eq!(root["schema_version"], 2);
        assert_eq!(root["meta"]["region"], json!([{"zh": "甲旗", "en": "A"}]));
        assert_eq!(root["meta"]["partner"][0]["en"], "B");
        // Migrating again changes nothing.
        let once = root.clone();
        migrate(&mut root).unwrap();
        assert_eq!(root, once);
    }

    #[test]
    fn a_newer_file_is_refused() {
        let mut root = json!({"schema_version": 99});
        let error = migrate(&mut root).unwrap_err();
        assert_eq!(error.location, "schema_version");
    }
}
