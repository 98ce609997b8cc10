//! The bundled report loads, every quote is verbatim, every number of the report is covered,
//! and a broken data file is reported with its location.

use aid_impact::data::{self, formula, validate, Qualifier, ORIGINAL_TEXT, REPORT_JSON};
use aid_impact::i18n::Lang;
use serde_json::{json, Value};
use std::collections::BTreeMap;

#[test]
fn the_bundled_report_loads_and_validates() {
    let report = data::bundled().unwrap_or_else(|errors| panic!("{errors:#?}"));
    assert_eq!(report.meta.title.zh, "巴林右旗京蒙协作助力乡村振兴纪实");
    assert_eq!(report.meta.published_date(), Some((2023, 5, 25)));
    assert!(
        report.figures.len() >= 55,
        "only {} figures",
        report.figures.len()
    );
}

#[test]
fn the_bundled_text_is_the_shared_source() {
    // CI and developers have `shared/` beside the checkout; elsewhere the check is skipped.
    let shared = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/source/report-2023-05-25.zh.txt"
    );
    if let Ok(text) = std::fs::read_to_string(shared) {
        assert_eq!(text, ORIGINAL_TEXT, "src/data/ copy differs from {shared}");
    }
}

#[test]
fn headline_figures_hold_the_reported_values() {
    let report = data::bundled().unwrap();
    let expect = [
        ("aid_funds_total", 106_500_000.0, Qualifier::Exact),
        ("aid_funds_eda", 30_776_000.0, Qualifier::Exact),
        ("projects_total", 39.0, Qualifier::Exact),
        ("beneficiaries", 100_000.0, Qualifier::AtLeast),
        ("income_per_capita_2022", 15_291.0, Qualifier::Exact),
        ("income_growth_2022", 7.5, Qualifier::Exact),
        ("income_lifted_2022", 20_156.0, Qualifier::Exact),
        (
            "fixed_asset_investment_2022",
            2_540_000_000.0,
            Qualifier::Exact,
        ),
        (
            "sales_consumption_annual",
            100_000_000.0,
            Qualifier::AtLeast,
        ),
        (
            "warehouse_cold_chain_trade",
            650_000_000.0,
            Qualifier::Projected,
        ),
        ("park_sales_capacity", 2_500_000_000.0, Qualifier::Capacity),
        ("aid_funds_other_beijing", 75_724_000.0, Qualifier::Derived),
    ];
    for (id, value, qualifier) in expect {
        let figure = report.figure(id).unwrap_or_else(|| panic!("missing {id}"));
        assert_eq!((figure.value, figure.qualifier), (value, qualifier), "{id}");
    }
}

#[test]
fn derived_figures_recompute_from_their_inputs() {
    let report = data::bundled().unwrap();
    let derived: Vec<_> = report
        .figures
        .iter()
        .filter(|f| f.qualifier == Qualifier::Derived)
        .collect();
    assert!(derived.len() >= 4);
    for figure in derived {
        let derivation = figure.derivation.as_ref().unwrap();
        let vars: BTreeMap<String, f64> = derivation
            .inputs
            .iter()
            .map(|(name, id)| (name.clone(), report.figure(id).unwrap().value))
            .collect();
        let value = validate::round_derived(
            formula::evaluate(&derivation.formula, &vars).unwrap(),
            figure.unit,
        );
        assert_eq!(value, figure.value, "{}", figure.id);
    }
}

/// Every number written in the report's body is covered by some quote of the data file.
#[test]
fn every_number_of_the_report_is_in_the_data() {
    let root: Value = serde_json::from_str(REPORT_JSON).unwrap();
    let mut quotes = Vec::new();
    collect_sources(&root, &mut quotes);
    let body = ORIGINAL_TEXT
        .split_once("15:58")
        .map_or(ORIGINAL_TEXT, |(_, body)| body);
    let found = numbers(body);
    assert!(found.len() > 60, "the number scanner found only {found:?}");
    let mut missing = Vec::new();
    for (offset, number) in found {
        let covered = quotes.iter().any(|q| {
            let mut start = 0;
            while let Some(i) = body[start..].find(q.as_str()) {
                let at = start + i;
                if at <= offset && offset + number.len() <= at + q.len() {
                    return true;
                }
                start = at + 1;
                while !body.is_char_boundary(start) {
                    start += 1;
                }
            }
            false
        });
        if !covered {
            missing.push(number);
        }
    }
    assert!(
        missing.is_empty(),
        "numbers of the report not quoted by any figure: {missing:?}"
    );
}

fn collect_sources(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, v) in map {
                match (key.as_str(), v) {
                    ("source", Value::String(s)) => out.push(s.clone()),
                    _ => collect_sources(v, out),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|v| collect_sources(v, out)),
        _ => {}
    }
}

fn numbers(text: &str) -> Vec<(usize, &str)> {
    let mut found = Vec::new();
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        let part = c.is_ascii_digit() || (c == '.' && start.is_some());
        match (part, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                found.push((s, text[s..i].trim_end_matches('.')));
                start = None;
            }
            _ => {}
        }
    }
    found
}

/// Loads the bundled JSON after `edit`, expecting a problem at `location` whose message contains `needle`.
fn expect_problem(edit: impl FnOnce(&mut Value), location: &str, needle: &str) {
    let mut root: Value = serde_json::from_str(REPORT_JSON).unwrap();
    edit(&mut root);
    let errors = validate::load(&root.to_string(), Some(ORIGINAL_TEXT))
        .expect_err("broken data must not load");
    assert!(
        errors
            .iter()
            .any(|e| e.location == location && e.problem.text(Lang::En).contains(needle)),
        "expected {location}: …{needle}…, got {errors:#?}"
    );
}

#[test]
fn broken_data_is_reported_with_its_location() {
    expect_problem(
        |r| r["figures"][1]["source"] = json!("经开区资金9999万元"),
        "figures[1] (aid_funds_eda).source",
        "verbatim",
    );
    expect_problem(
        |r| r["figures"][1]["id"] = json!("aid_funds_total"),
        "figures[1].id",
        "used twice",
    );
    expect_problem(
        |r| r["figures"][1]["unit"] = json!("dollars"),
        "figures[1].unit",
        "\"dollars\" is not allowed; use one of: yuan,",
    );
    expect_problem(
        |r| r["figures"][1]["value"] = json!("一千万"),
        "figures[1].value",
        "expected a number, found \"一千万\"",
    );
    expect_problem(
        |r| r["figures"][1]["qualifier"] = json!("about"),
        "figures[1].qualifier",
        "\"about\" is not allowed",
    );
    expect_problem(
        |r| r["figures"][2]["value"] = json!(1),
        "figures[2] (aid_funds_other_beijing).value",
        "formula gives 75724000",
    );
    expect_problem(
        |r| r["figures"][1]["period"] = json!("last year"),
        "figures[1] (aid_funds_eda).period",
        "not a period",
    );
    expect_problem(
        |r| r["figures"][1]["project"] = json!("moon_base"),
        "figures[1] (aid_funds_eda).project",
        "moon_base",
    );
    expect_problem(
        |r| {
            r["figures"][1]
                .as_object_mut()
                .unwrap()
                .remove("source")
                .map(drop)
                .unwrap_or(())
        },
        "figures[1] (aid_funds_eda).source",
        "missing",
    );
    expect_problem(
        |r| r["pairings"][1]["to_number"] = json!(5),
        "pairings[1] (schools).to_count",
        "says 5",
    );
    expect_problem(
        |r| {
            r.as_object_mut()
                .unwrap()
                .remove("figures")
                .map(drop)
                .unwrap_or(())
        },
        "figures",
        "missing",
    );
}

#[test]
fn truncated_json_is_a_clear_error() {
    let errors =
        validate::load(&REPORT_JSON[..REPORT_JSON.len() / 2], Some(ORIGINAL_TEXT)).unwrap_err();
    assert_eq!(errors.len(), 1);
    assert!(
        errors[0]
            .to_string()
            .starts_with("(file): the file ends early, at line"),
        "{:?}",
        errors[0]
    );
}
