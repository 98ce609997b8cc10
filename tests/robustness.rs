//! Nothing a reader types into the address, and no number in a data file, can break the app:
//! thousands of generated cases for the query parser, the number formatter and the validator.

use aid_impact::data::{validate, Qualifier, Unit, ORIGINAL_TEXT, REPORT_JSON};
use aid_impact::i18n::money::MoneyUnit;
use aid_impact::i18n::{format, Lang};
use aid_impact::state::ViewState;
use serde_json::Value;

mod common;
use common::Rng;

const PIECES: [&str; 27] = [
    "lang",
    "view",
    "unit",
    "theme",
    "chart",
    "tab",
    "item",
    "embed",
    "care",
    "on",
    "off",
    "=",
    "&",
    "en",
    "zh",
    "funds",
    "wan",
    "funds-by-source",
    "table",
    "aid_funds_eda",
    "%3Cscript%3E",
    "\u{0}",
    "语言",
    "?",
    "==",
    "&&",
    "overview",
];

#[test]
fn any_query_string_gives_a_valid_state_that_round_trips() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for case in 0..20_000 {
        let mut query = String::new();
        for _ in 0..rng.below(12) {
            match rng.below(4) {
                0 => query.push(char::from_u32(rng.below(0x3000) as u32).unwrap_or('x')),
                1 => query.push_str(&"a".repeat(rng.below(300))),
                _ => query.push_str(rng.pick::<&str>(&PIECES)),
            }
        }
        let state = ViewState::from_query(&query);
        let written = state.to_query();
        assert_eq!(
            ViewState::from_query(&written),
            state,
            "case {case}: {query:?}"
        );
        assert!(
            written
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"=&_-".contains(&b)),
            "case {case}: {written:?}"
        );
    }
}

const UNITS: [Unit; 6] = [
    Unit::Yuan,
    Unit::YuanPerYear,
    Unit::Person,
    Unit::Percent,
    Unit::Kw,
    Unit::Count,
];
const QUALIFIERS: [Qualifier; 3] = [Qualifier::Exact, Qualifier::AtLeast, Qualifier::Derived];

#[test]
fn any_number_formats_as_readable_text() {
    let mut rng = Rng(42);
    let special = [
        f64::NAN,
        f64::INFINITY,
        f64::NEG_INFINITY,
        -0.0,
        1e300,
        -1e300,
        f64::MIN_POSITIVE,
        5e-324,
        1e15,
        999_999_999_999_999.9,
    ];
    let randoms = (0..20_000).map(|_| f64::from_bits(rng.next()));
    let mut rng = Rng(7);
    for value in special.into_iter().chain(randoms) {
        for lang in Lang::ALL {
            let unit = *rng.pick(&UNITS);
            let qualifier = *rng.pick(&QUALIFIERS);
            let money = *rng.pick(&MoneyUnit::ALL);
            let text = format::value(value, unit, qualifier, lang, money);
            assert!(!text.is_empty() && text.len() < 400, "{value:e}: {text:?}");
            assert!(
                !text.contains("NaN") && !text.contains("inf"),
                "{value:e}: {text:?}"
            );
        }
    }
}

/// Every way of breaking one field of the real file is reported, never a panic.
#[test]
fn any_single_broken_field_is_reported_not_panicked() {
    let original: Value = serde_json::from_str(REPORT_JSON).unwrap();
    let replacements = [
        Value::Null,
        Value::from(-1),
        Value::from("一千万"),
        Value::from(1e308),
        Value::Bool(true),
        Value::Array(vec![]),
        serde_json::json!({"x": 1}),
    ];
    let mut paths = Vec::new();
    collect_paths(&original, &mut Vec::new(), &mut paths);
    assert!(paths.len() > 900, "{} fields", paths.len());
    let mut rng = Rng(1234);
    for _ in 0..3000 {
        let path = rng.pick(&paths).clone();
        let mut broken = original.clone();
        let slot = path.iter().fold(&mut broken, |v, key| match key {
            Key::Field(k) => &mut v[k.as_str()],
            Key::Index(i) => &mut v[*i],
        });
        *slot = rng.pick(&replacements).clone();
        if broken == original {
            continue;
        }
        // Either a located error list or (if the new value happens to be valid) a report.
        if let Err(errors) = validate::load(&broken.to_string(), Some(ORIGINAL_TEXT)) {
            assert!(errors
                .iter()
                .all(|e| !e.location.is_empty() && !e.problem.text(Lang::En).is_empty()));
        }
    }
}

#[derive(Clone)]
enum Key {
    Field(String),
    Index(usize),
}

fn collect_paths(value: &Value, prefix: &mut Vec<Key>, out: &mut Vec<Vec<Key>>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                prefix.push(Key::Field(k.clone()));
                out.push(prefix.clone());
                collect_paths(v, prefix, out);
                prefix.pop();
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                prefix.push(Key::Index(i));
                out.push(prefix.clone());
                collect_paths(v, prefix, out);
                prefix.pop();
            }
        }
        _ => {}
    }
}
