//! Nothing a reader types into the address, and no number in a data file, can break the app:
//! thousands of generated cases for the query parser, the number formatter and the validator.

use aid_impact::state::ViewState;
use charts::i18n::format;
use charts::i18n::money::MoneyUnit;
use report::Lang;
use report::{validate, Qualifier, Unit, ORIGINAL_TEXT, REPORT_JSON};
use serde_json::Value;

mod common;
use proptest::prelude::*;

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

/// A query string of pieces that matter, any character and long runs.
fn query_string() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        any::<char>().prop_map(String::from),
        (0..300usize).prop_map(|n| "a".repeat(n)),
        proptest::sample::select(&PIECES[..]).prop_map(str::to_string),
        proptest::sample::select(&PIECES[..]).prop_map(str::to_string),
    ];
    proptest::collection::vec(piece, 0..12).prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(common::generated(20_000))]

    #[test]
    fn any_query_string_gives_a_valid_state_that_round_trips(query in query_string()) {
        let state = ViewState::from_query(&query);
        let written = state.to_query();
        prop_assert_eq!(ViewState::from_query(&written), state);
        prop_assert!(
            written
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"=&_-".contains(&b)),
            "{:?}",
            written
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

proptest! {
    #![proptest_config(common::generated(20_000))]

    #[test]
    fn any_number_formats_as_readable_text(
        value in prop_oneof![
            any::<f64>(),
            proptest::sample::select(vec![
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
            ]),
        ],
        unit in proptest::sample::select(&UNITS[..]),
        qualifier in proptest::sample::select(&QUALIFIERS[..]),
        money in proptest::sample::select(&MoneyUnit::ALL[..]),
    ) {
        for lang in Lang::ALL {
            let text = format::value(value, unit, qualifier, lang, money);
            prop_assert!(!text.is_empty() && text.len() < 400, "{:e}: {:?}", value, text);
            prop_assert!(
                !text.contains("NaN") && !text.contains("inf"),
                "{:e}: {:?}",
                value,
                text
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
    let mut runner = proptest::test_runner::TestRunner::new(common::generated(3000));
    let cases = (0..paths.len(), 0..replacements.len());
    let outcome = runner.run(&cases, |(path, replacement)| {
        let mut broken = original.clone();
        let slot = paths[path].iter().fold(&mut broken, |v, key| match key {
            Key::Field(k) => &mut v[k.as_str()],
            Key::Index(i) => &mut v[*i],
        });
        *slot = replacements[replacement].clone();
        // Either a located error list or (if the new value happens to be valid) a report.
        if let Err(errors) = validate::load(&broken.to_string(), Some(ORIGINAL_TEXT)) {
            prop_assert!(errors
                .iter()
                .all(|e| !e.location.is_empty() && !e.problem.text(Lang::En).is_empty()));
        }
        Ok(())
    });
    if let Err(failure) = outcome {
        panic!("{failure}");
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
