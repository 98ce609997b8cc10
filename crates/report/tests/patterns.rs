//! The schemas' `pattern`s, honoured by the app's own matcher (`report::pattern`): every one
//! compiles, each matches as the `regex` crate does on generated texts, syntax beyond the
//! matcher's subset is refused, the ids' rules are the schema's patterns, and a report
//! breaking a pattern is refused where it breaks it, in the words of its field.

use proptest::prelude::*;
use proptest::sample::{select, Index};
use proptest::test_runner::TestRunner;
use report::ids::{self, IdShape};
use report::pattern::Pattern;
use report::schema::Check;
use report::Lang;
use report::{validate, DataError, Problem, ORIGINAL_TEXT, REPORT_JSON};
use serde::de::DeserializeSeed;
use serde_json::{json, Value};
use std::cell::Cell;

#[path = "../../../tests/common/mod.rs"]
mod common;

const REPORT_SCHEMA: &str = include_str!("../src/report.schema.json");
const VOCABULARY_SCHEMA: &str = include_str!("../src/vocabulary.schema.json");

/// The formula's pattern and the formula variables', the two without words of their own.
const FORMULA: &str = r"^[a-z0-9.+\-*/() ]+$";
const VARIABLE: &str = "^[a-z]$";

/// Every `pattern` of a schema, with where it is (a JSON pointer to its place).
fn patterns_of(schema: &str) -> Vec<(String, String)> {
    fn walk(value: &Value, at: String, found: &mut Vec<(String, String)>) {
        match value {
            Value::Object(map) => {
                if let Some(pattern) = map.get("pattern").and_then(Value::as_str) {
                    found.push((at.clone(), pattern.to_string()));
                }
                for (key, value) in map {
                    walk(value, format!("{at}/{key}"), found);
                }
            }
            Value::Array(items) => {
                for (index, item) in items.iter().enumerate() {
                    walk(item, format!("{at}/{index}"), found);
                }
            }
            _ => {}
        }
    }
    let mut found = Vec::new();
    walk(
        &serde_json::from_str(schema).unwrap(),
        String::new(),
        &mut found,
    );
    found
}

/// The distinct patterns of both schemas.
fn every_pattern() -> Vec<String> {
    let mut all: Vec<String> = [REPORT_SCHEMA, VOCABULARY_SCHEMA]
        .into_iter()
        .flat_map(patterns_of)
        .map(|(_, pattern)| pattern)
        .collect();
    all.sort();
    all.dedup();
    all
}

#[test]
fn every_pattern_of_both_schemas_compiles() {
    for schema in [REPORT_SCHEMA, VOCABULARY_SCHEMA] {
        let found = patterns_of(schema);
        assert!(found.len() >= 2, "{found:#?}");
        for (at, pattern) in found {
            if let Err(e) = Pattern::new(&pattern) {
                panic!("{at}: {e}");
            }
        }
    }
    assert_eq!(every_pattern().len(), 10, "{:#?}", every_pattern());
}

/// Syntax the schemas do not use is refused when compiled, never read some other way than
/// other validators read it; a schema holding it stops every check.
#[test]
fn syntax_beyond_the_subset_is_refused() {
    for pattern in [
        ".",
        r"\d",
        r"\w",
        r"\b",
        r"\u0041",
        "[^a]",
        "(?:a)",
        "(?=a)",
        "a{2,}",
        "a{,2}",
        "a{",
        "a{x}",
        "a{3,2}",
        "a{101}",
        "a*?",
        "a+*",
        "*a",
        "^*",
        "$?",
        "[b-a]",
        "[]",
        "[a",
        "[[a]]",
        "(a",
        "a)",
        "]",
        "}",
        r"a\",
        // Past the DFA's size: 2^13 states.
        "(a|b)*a(a|b){12}",
    ] {
        assert!(Pattern::new(pattern).is_err(), "{pattern} compiled");
    }
    let schema = json!({"type": "object", "properties": {"x": {"pattern": r"^\d+$"}}}).to_string();
    let checked = std::panic::catch_unwind(|| Check(&schema).deserialize(&json!({})));
    assert!(checked.is_err(), "a schema with an unread pattern was used");
}

/// Matches as in a regex engine: anywhere unless anchored, classes, groups, alternatives,
/// counts.
#[test]
fn patterns_search_as_json_schema_says() {
    let matches = |pattern: &str, text: &str| Pattern::new(pattern).unwrap().is_match(text);
    assert!(matches("^https?://", "https://example.org/报告"));
    assert!(!matches("^https?://", " https://example.org"));
    assert!(matches("b+", "abba"), "unanchored: found inside");
    assert!(!matches("^b", "abba"));
    assert!(matches("a$", "cba") && !matches("a$", "abc"));
    assert!(matches("^(ab|c){2}$", "abc") && !matches("^(ab|c){2}$", "abcab"));
    assert!(matches("^x{0,2}$", "") && !matches("^x{0,2}$", "xxx"));
    assert!(matches("^[+-]$", "-") && matches(r"^[a\-]$", "-") && !matches("^[a-c]$", "-"));
    assert!(matches("^(a*)*$", &"a".repeat(10_000)), "no blow-up");
    assert!(matches("", "anything") && matches("^$", ""));
}

/// A character for generated texts: one of the pattern's, or one it must tell apart.
fn alphabet(pattern: &str) -> Vec<char> {
    let mut chars: Vec<char> = pattern
        .chars()
        .chain("az09_-./:+TZ Aé字\n\t".chars())
        .collect();
    chars.sort();
    chars.dedup();
    chars
}

/// Texts near `pattern`: texts it matches (made from it without its anchors) edited a
/// little, and runs of its own characters.
fn near(pattern: &str) -> BoxedStrategy<String> {
    let core = pattern.strip_prefix('^').unwrap_or(pattern);
    let core = core.strip_suffix('$').unwrap_or(core);
    let letter = select(alphabet(pattern));
    let edit = (any::<Index>(), 0..3u8, letter.clone());
    let edited = (
        proptest::string::string_regex(core).unwrap(),
        proptest::collection::vec(edit, 0..3),
    )
        .prop_map(|(text, edits)| {
            let mut chars: Vec<char> = text.chars().collect();
            for (index, kind, c) in edits {
                let at = index.index(chars.len() + 1);
                match kind {
                    0 => chars.insert(at, c),
                    _ if at == chars.len() => {}
                    1 => drop(chars.remove(at)),
                    _ => chars[at] = c,
                }
            }
            chars.into_iter().collect()
        });
    let random = proptest::collection::vec(letter, 0..24).prop_map(String::from_iter);
    prop_oneof![3 => edited, 1 => random].boxed()
}

#[test]
fn every_pattern_matches_as_the_regex_crate_does() {
    for pattern in every_pattern() {
        let ours = Pattern::new(&pattern).unwrap();
        let reference = regex::Regex::new(&pattern).unwrap();
        let (matched, refused) = (Cell::new(0), Cell::new(0));
        TestRunner::new(common::generated(3_000))
            .run(&near(&pattern), |text| {
                let expected = reference.is_match(&text);
                prop_assert_eq!(
                    ours.is_match(&text),
                    expected,
                    "{:?} on {:?}",
                    pattern,
                    text
                );
                let seen = if expected { &matched } else { &refused };
                seen.set(seen.get() + 1);
                Ok(())
            })
            .unwrap_or_else(|e| panic!("{e}"));
        // Both sides of each pattern are tried.
        assert!(
            matched.get() > 300 && refused.get() > 300,
            "{pattern}: {} matched, {} refused",
            matched.get(),
            refused.get()
        );
    }
}

/// The schema's pattern for a place in it.
fn pattern_at(schema: &str, pointer: &str) -> String {
    let schema: Value = serde_json::from_str(schema).unwrap();
    let pattern = schema.pointer(&format!("{pointer}/pattern"));
    pattern
        .and_then(Value::as_str)
        .unwrap_or_else(|| panic!("{pointer}"))
        .to_string()
}

/// Each id rule of `ids` is its fields' pattern in the schemas, with a length and the
/// reserved ids on top: the two never disagree about an id's form, and one the pattern
/// passes is refused by `validate` only for being too long or reserved.
#[test]
fn the_id_rules_are_the_schemas_patterns() {
    let ids: &[(&str, &[&str], IdShape)] = &[
        (
            REPORT_SCHEMA,
            &[
                "/$defs/figure/properties/id",
                "/$defs/place/properties/id",
                "/$defs/project/properties/id",
                "/$defs/event/properties/id",
                "/$defs/pairing/properties/id",
                "/$defs/figure/properties/part_of",
                "/$defs/panel/properties/figures/items",
                "/properties/headline/items",
            ],
            ids::ID,
        ),
        (
            REPORT_SCHEMA,
            &["/$defs/chart/properties/id"],
            ids::CHART_ID,
        ),
        (
            VOCABULARY_SCHEMA,
            &["/$defs/indicator/properties/id"],
            ids::ID,
        ),
    ];
    let id = prop_oneof![
        proptest::collection::vec(select(alphabet("aA09_-")), 0..8).prop_map(String::from_iter),
        "[a-z][a-z0-9_-]{60,66}",
        Just(ids::OVERVIEW.to_string()),
    ];
    for (schema, pointers, shape) in ids {
        for pointer in *pointers {
            let pattern = Pattern::new(&pattern_at(schema, pointer)).unwrap();
            TestRunner::new(common::generated(2_000))
                .run(&id, |id| {
                    let schema_passes = pattern.is_match(&id)
                        && id.len() <= shape.max
                        && !shape.reserved.contains(&id.as_str());
                    prop_assert_eq!(shape.accepts(&id), schema_passes, "{} {:?}", pointer, id);
                    Ok(())
                })
                .unwrap_or_else(|e| panic!("{e}"));
        }
    }
}

/// Every pattern of the report format but the formula's is named in its field's words
/// (an id, a period, a date, a code, an address), not by the pattern.
#[test]
fn each_report_pattern_has_its_fields_words() {
    for (at, pattern) in patterns_of(REPORT_SCHEMA) {
        let schema = json!({ "pattern": pattern }).to_string();
        let problems = Check(&schema).deserialize(&json!("!")).unwrap();
        let [DataError { problem, .. }] = &problems[..] else {
            panic!("{at}: {problems:#?}")
        };
        let generic = matches!(problem, Problem::Unmatched { .. });
        assert_eq!(
            generic,
            [FORMULA, VARIABLE].contains(&pattern.as_str()),
            "{at}: {problem:?}"
        );
    }
}

/// The problems of the bundled report after `edit`.
fn problems_after(edit: impl FnOnce(&mut Value)) -> Vec<DataError> {
    let mut root: Value = serde_json::from_str(REPORT_JSON).unwrap();
    edit(&mut root);
    validate::load(&root.to_string(), Some(ORIGINAL_TEXT)).expect_err("broken data must not load")
}

/// The only problem of the bundled report after `edit`, which must be at `location`.
fn only_problem(edit: impl FnOnce(&mut Value), location: &str) -> Problem {
    match &problems_after(edit)[..] {
        [error] if error.location == location => error.problem.clone(),
        errors => panic!("expected one problem at {location}, got {errors:#?}"),
    }
}

#[test]
fn a_text_breaking_a_pattern_is_refused_where_it_is() {
    assert_eq!(
        only_problem(
            |r| r["figures"][2]["period"] = json!("last year"),
            "figures[2].period"
        ),
        Problem::BadPeriod {
            text: "last year".into()
        }
    );
    assert_eq!(
        only_problem(
            |r| r["projects"][4]["events"][1]["date"] = json!("2022-8"),
            "projects[4].events[1].date"
        ),
        Problem::BadDate {
            text: "2022-8".into()
        }
    );
    assert_eq!(
        only_problem(|r| r["figures"][0]["id"] = json!("Aid"), "figures[0].id"),
        Problem::BadId { id: "Aid".into() }
    );
    // A reference of the wrong form is said to be one, not looked up.
    assert_eq!(
        only_problem(|r| r["headline"][0] = json!("Aid funds"), "headline[0]"),
        Problem::BadId {
            id: "Aid funds".into()
        }
    );
    assert_eq!(
        only_problem(
            |r| r["charts"][0]["id"] = json!("funds_by_source"),
            "charts[0].id"
        ),
        Problem::BadChartId {
            id: "funds_by_source".into()
        }
    );
    // Texts that only the pattern refuses: a period for a date of publication, a tab in a
    // formula (the formula reader skips any white space).
    assert_eq!(
        only_problem(
            |r| r["meta"]["published"] = json!("../2023-05"),
            "meta.published"
        ),
        Problem::BadPublished
    );
    let formula = only_problem(
        |r| r["figures"][3]["derivation"]["formula"] = json!("a\t- b"),
        "figures[3].derivation.formula",
    );
    assert!(matches!(formula, Problem::Unmatched { ref pattern, .. } if pattern == FORMULA));
    assert_eq!(
        formula.text(Lang::En),
        r#""a	- b" is not written as the format asks: it must match ^[a-z0-9.+\-*/() ]+$"#
    );
    assert_eq!(
        formula.text(Lang::Zh),
        r#""a	- b"的写法不符合格式：应符合 ^[a-z0-9.+\-*/() ]+$"#
    );
    // The names of a formula's variables, by `propertyNames`.
    let variable = only_problem(
        |r| {
            let inputs = r["figures"][3]["derivation"]["inputs"]
                .as_object_mut()
                .unwrap();
            let input = inputs.remove("b").unwrap();
            inputs.insert("bb".into(), input);
        },
        "figures[3].derivation.inputs.bb",
    );
    assert!(matches!(variable, Problem::Unmatched { ref pattern, .. } if pattern == VARIABLE));
}

/// A text that passes the pattern but not `validate`'s fuller rule is refused by that rule,
/// once, located with its figure's id.
#[test]
fn the_fuller_rules_follow_the_pattern() {
    assert_eq!(
        only_problem(
            |r| r["figures"][2]["period"] = json!("2022-13"),
            "figures[2] (aid_funds_eda).period"
        ),
        Problem::BadPeriod {
            text: "2022-13".into()
        }
    );
    let long = "a".repeat(ids::MAX_LEN + 1);
    let problems = problems_after(|r| r["figures"][0]["id"] = json!(long));
    let at_id: Vec<_> = problems
        .iter()
        .filter(|e| e.location == "figures[0].id")
        .collect();
    assert!(
        matches!(
            at_id[..],
            [DataError {
                problem: Problem::BadId { .. },
                ..
            }]
        ),
        "{problems:#?}"
    );
}

/// A value breaking a pattern is named, never repeated at length, and its invisible
/// characters are shown.
#[test]
fn a_long_or_hidden_value_is_named_safely() {
    let long = format!("A{}", "字".repeat(100_000));
    let problem = only_problem(|r| r["figures"][0]["id"] = json!(long), "figures[0].id");
    let formula = only_problem(
        |r| r["figures"][3]["derivation"]["formula"] = json!(format!("a\u{202E}{long}")),
        "figures[3].derivation.formula",
    );
    for problem in [problem, formula] {
        for lang in [Lang::Zh, Lang::En] {
            let text = problem.text(lang);
            assert!(text.chars().count() < 300, "{text}");
            assert!(text.contains('…') && !text.contains('\u{202E}'), "{text}");
        }
    }
}
