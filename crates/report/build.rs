//! Embeds compact copies of the bundled report, the vocabulary and the schema (descriptions
//! stripped: the interpreter checks shape only, and readers get the documented schema from the
//! new-report kit), so the first download carries no whitespace or documentation.

use serde_json::Value;
use std::path::Path;

fn main() {
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for (source, target, strip) in [
        ("src/report.schema.json", "report.schema.min.json", true),
        ("src/report.json", "report.min.json", false),
        ("src/vocabulary.json", "vocabulary.min.json", false),
    ] {
        println!("cargo::rerun-if-changed={source}");
        let text = std::fs::read_to_string(source).expect("bundled data file");
        let mut value: Value = serde_json::from_str(&text).expect("bundled data is JSON");
        if strip {
            strip_descriptions(&mut value);
        }
        std::fs::write(Path::new(&out).join(target), value.to_string()).expect("OUT_DIR writable");
    }
}

/// Removes every `description` (and `$comment`) of a schema, keeping what it checks.
fn strip_descriptions(value: &mut Value) {
    match value {
        Value::Object(map) => {
            // Documentation is a string; a property named "description" would be an object.
            map.retain(|key, v| !(v.is_string() && (key == "description" || key == "$comment")));
            map.values_mut().for_each(strip_descriptions);
        }
        Value::Array(items) => items.iter_mut().for_each(strip_descriptions),
        _ => {}
    }
}
