//! Every value checked against its quote (`report::stated`): the bundled report and every fixture
//! pass, and a hostile copy per rule is refused with a located message, in both languages, that
//! names the figure's side and the quote's.

use report::Lang;
use report::{DataError, Figure, Qualifier};
use serde_json::{json, Value};

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/../../tests/fixtures/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

const FIXTURES: [&str; 5] = [
    "fictional-county.json",
    "fictional-district-pairing.json",
    "fictional-generic.json",
    "fictional-traditional.json",
    "fictional-two-banners.json",
];

#[test]
fn every_stored_figure_is_stated_by_its_quote() {
    let bundled = report::bundled().expect("the bundled report passes");
    let mut quoted = bundled
        .figures
        .iter()
        .filter(|f| f.source.is_some())
        .count();
    for name in FIXTURES {
        let report = report::open(&fixture(name)).unwrap_or_else(|e| panic!("{name}: {e:#?}"));
        quoted += report.figures.iter().filter(|f| f.source.is_some()).count();
    }
    assert_eq!(quoted, 55 + 22 + 13 + 16 + 17 + 15);
}

/// Opens `name` after `edit`; expects the problem at `location`, its message holding `zh` and
/// `en` in the two languages.
fn refused(name: &str, edit: impl FnOnce(&mut Value), location: &str, zh: &str, en: &str) {
    let mut root: Value = serde_json::from_str(&fixture(name)).unwrap();
    edit(&mut root);
    let errors: Vec<DataError> = report::open(&root.to_string()).expect_err(location);
    let Some(error) = errors.iter().find(|e| e.location == location) else {
        panic!("expected a problem at {location}, got {errors:#?}");
    };
    let (in_zh, in_en) = (error.problem.text(Lang::Zh), error.problem.text(Lang::En));
    assert!(in_zh.contains(zh), "{in_zh}");
    assert!(in_en.contains(en), "{in_en}");
}

const DISTRICT: &str = "fictional-district-pairing.json";
const COUNTY: &str = "fictional-county.json";
const GENERIC: &str = "fictional-generic.json";

#[test]
fn a_value_its_quote_does_not_state_is_refused() {
    // 2.36亿元 given ten times its value.
    refused(
        DISTRICT,
        |r| r["figures"][0]["value"] = json!(2_360_000_000u64),
        "figures[0] (dist_fiscal_aid_2024).value",
        "值为 2360000000 yuan，但引文写的是“2.36亿元”，即 236000000 yuan",
        "is 2360000000 yuan, but its quote states 2.36亿元 = 236000000 yuan",
    );
    // A number of the quote that is not this figure's (240 persons needs 240人, and 3期 is 3
    // sessions).
    refused(
        COUNTY,
        |r| r["figures"][4]["source"] = json!("惠及全县农民群众8万余人"),
        "figures[4] (projects_total).value",
        "值为 33 count",
        "is 33 count, but its quote states 8万余人 = 80000 person",
    );
    // A quote with no number.
    refused(
        COUNTY,
        |r| r["figures"][4]["source"] = json!("实施项目"),
        "figures[4] (projects_total).value",
        "未写任何数字",
        "its quote states no number",
    );
}

#[test]
fn a_unit_or_measure_word_its_quote_does_not_state_is_refused() {
    refused(
        COUNTY,
        |r| r["figures"][16]["unit"] = json!("person"),
        "figures[16] (farm_ewes).unit",
        "单位为 person",
        "is in person, but its quote states 1500只 = 1500 head",
    );
    // 45家 kept as 家, never shown as 45个.
    refused(
        GENERIC,
        |r| {
            r["figures"][12].as_object_mut().unwrap().remove("counter");
        },
        "figures[12] (gen_online_outlets_2023).counter",
        "量词是“家”",
        "counts this number in \"家\"",
    );
    refused(
        GENERIC,
        |r| r["figures"][12]["counter"] = json!("个"),
        "figures[12] (gen_online_outlets_2023).counter",
        "量词为“个”",
        "the measure word is \"个\"",
    );
}

#[test]
fn a_dropped_qualifier_is_refused_and_a_stronger_one_accepted() {
    // 8万余人 stored as exact.
    refused(
        COUNTY,
        |r| r["figures"][6]["qualifier"] = json!("exact"),
        "figures[6] (beneficiaries).qualifier",
        "不能去掉",
        "is exact, but the quote says \"8万余人\" (at_least), which is never dropped",
    );
    // at least is not about.
    refused(
        COUNTY,
        |r| r["figures"][6]["qualifier"] = json!("approximate"),
        "figures[6] (beneficiaries).qualifier",
        "at_least",
        "(at_least)",
    );
    // 每年可实现…4.2亿元: projected by its sentence (the warehouse is not built), never exact.
    refused(
        COUNTY,
        |r| r["figures"][19]["qualifier"] = json!("exact"),
        "figures[19] (warehouse_cold_chain_trade).qualifier",
        "“4.2亿元”（capacity）",
        "(capacity)",
    );
    // A stronger caveat may be added: a signed wind base stored as projected opens.
    let mut root: Value = serde_json::from_str(&fixture(COUNTY)).unwrap();
    root["figures"][21]["qualifier"] = json!("projected");
    let report = report::open(&root.to_string()).unwrap();
    assert_eq!(report.figures[21].qualifier, Qualifier::Projected);
}

#[test]
fn values_are_finite_non_negative_and_whole_where_counted() {
    for (value, en) in [
        (json!(-5e15), "at least 0"),
        (json!(214.5), "values in person must be whole numbers"),
        (json!(1e300), "values in person must be whole numbers"),
    ] {
        refused(
            GENERIC,
            |r| r["figures"][14]["value"] = value,
            "figures[14] (gen_cadres_seconded).value",
            "",
            en,
        );
    }
    refused(
        GENERIC,
        |r| r["figures"][14]["value"] = json!(30),
        "figures[14] (gen_cadres_seconded).value",
        "“3名”，即 3 person",
        "states 3名 = 3 person",
    );
}

#[test]
fn a_pairing_number_its_quote_does_not_count_is_refused() {
    // 3个乡镇与两旗3个苏木: with its count figures gone, the numbers are still checked.
    refused(
        DISTRICT,
        |r| {
            let pairing = r["pairings"][1].as_object_mut().unwrap();
            pairing.insert("from_count".into(), Value::Null);
            pairing.insert("to_count".into(), Value::Null);
            pairing.insert("from_number".into(), json!(4));
        },
        "pairings[1] (dist_township_pair).from_number",
        "数量为 4",
        "is 4, but its quote states 3个 = 3 count",
    );
    // Named organisations count none: one to two named communities opens.
    let report = report::open(&fixture(GENERIC)).unwrap();
    assert_eq!(report.pairings[1].to_number, 2);
}

/// Drafts are checked by the same rule: a figure made from a selection that states another
/// number cannot be added.
#[test]
fn a_draft_figure_is_checked_against_the_draft_text() {
    let mut report = report::open(&fixture(GENERIC)).unwrap();
    let text = report.original_text.clone().unwrap();
    let mut stale: Figure = report.figures[12].clone();
    stale.id = "stale".into();
    stale.source = Some("吸纳当地群众就业300多人".into());
    report.figures.push(stale);
    let errors = report::validate::validate(&report, Some(&text));
    assert!(
        errors
            .iter()
            .any(|e| e.location == "figures[17] (stale).value"
                && e.problem.text(Lang::En).contains("300多人 = 300 person")),
        "{errors:#?}"
    );
}
