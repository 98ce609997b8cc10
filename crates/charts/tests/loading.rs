//! Opening other report files: the fictional test county, the new-report template, and broken
//! files, each rejected with located problems in the reader's language.

use report::Lang;
use report::{DataError, REPORT_JSON};
use serde_json::{json, Value};

const FICTIONAL: &str = include_str!("../../../tests/fixtures/fictional-county.json");
const TEMPLATE: &str = include_str!("../../../public/new-report/report-template.jsonc");

fn problems(json: &str) -> Vec<DataError> {
    report::open(json).expect_err("a broken file must not load")
}

fn has(errors: &[DataError], location: &str, needle: &str) -> bool {
    errors
        .iter()
        .any(|e| e.location == location && e.problem.text(Lang::En).contains(needle))
}

#[test]
fn the_fictional_county_loads_with_its_own_text() {
    let report = report::open(FICTIONAL).unwrap_or_else(|e| panic!("{e:#?}"));
    assert_eq!(report.meta.id, "qingshan-county-test-2024-06-30");
    let text = report.original_text.as_deref().unwrap();
    assert!(text.starts_with("本文为测试用虚构数据"));
    assert!(report.pairings.is_empty());
}

#[test]
fn the_fictional_countys_quotes_are_checked_against_its_own_text() {
    let mut root: Value = serde_json::from_str(FICTIONAL).unwrap();
    root["figures"][0]["source"] = json!("这句话不在原文里");
    let errors = problems(&root.to_string());
    assert!(
        errors
            .iter()
            .any(|e| e.location.ends_with(".source") && e.to_string().contains("verbatim")),
        "{errors:#?}"
    );
}

#[test]
fn the_commented_template_loads() {
    let report = report::open(TEMPLATE).unwrap_or_else(|e| panic!("{e:#?}"));
    assert!(
        report.figures.iter().all(|f| f.value == 0.0),
        "no made-up numbers in the template"
    );
}

#[test]
fn a_truncated_file_says_where_it_ends() {
    let mut end = FICTIONAL.len() / 3;
    while !FICTIONAL.is_char_boundary(end) {
        end -= 1;
    }
    let errors = problems(&FICTIONAL[..end]);
    assert_eq!(errors.len(), 1);
    assert!(errors[0]
        .to_string()
        .starts_with("(file): the file ends early, at line"));
    assert!(errors[0].problem.text(Lang::Zh).contains("意外结束"));
}

#[test]
fn wrong_types_and_missing_fields_are_all_listed() {
    let mut root: Value = serde_json::from_str(REPORT_JSON).unwrap();
    root["figures"][12]["value"] = json!("一千万");
    root["figures"][3].as_object_mut().unwrap().remove("theme");
    root["meta"]["title"] = json!(7);
    let errors = problems(&root.to_string());
    assert!(has(
        &errors,
        "figures[12].value",
        "expected a number, found \"一千万\""
    ));
    assert!(has(&errors, "figures[3].theme", "missing"));
    assert!(has(&errors, "meta.title", "expected an object, found 7"));
    let zh = errors[0].problem.text(Lang::Zh);
    assert!(!zh.is_ascii(), "the problem reads in Chinese too: {zh}");
}

#[test]
fn duplicate_ids_are_located() {
    let mut root: Value = serde_json::from_str(FICTIONAL).unwrap();
    root["figures"][2]["id"] = root["figures"][1]["id"].clone();
    let errors = problems(&root.to_string());
    assert!(has(&errors, "figures[2].id", "used twice"), "{errors:#?}");
}

#[test]
fn a_fifty_megabyte_file_is_refused_before_parsing() {
    let huge = format!("{{\"padding\":\"{}\"}}", "x".repeat(50 * 1024 * 1024));
    let errors = problems(&huge);
    assert_eq!(errors.len(), 1);
    assert!(errors[0]
        .to_string()
        .contains("too large (50.0 MiB); the limit is 32 MiB"));
}

#[test]
fn a_file_just_over_the_limit_says_by_how_much() {
    let limit = report::validate::MAX_BYTES;
    let over = format!(
        "{{\"padding\":\"{}\"}}",
        "x".repeat(limit as usize - 14 + 10)
    );
    assert_eq!(over.len() as u64, limit + 10);
    let errors = problems(&over);
    assert_eq!(
        errors[0].to_string(),
        "(file): the file is too large (33,554,442 bytes); the limit is 33,554,432 bytes (32 MiB)"
    );
    assert_eq!(
        errors[0].problem.text(Lang::Zh),
        "文件太大（33,554,442 字节），上限为 33,554,432 字节 (32 MiB)"
    );
    let size = |bytes: u64| report::Problem::TooLarge { bytes, limit }.text(Lang::En);
    // 40,008,578 bytes are 38.2 MiB, which used to be labelled MB.
    assert_eq!(
        size(40_008_578),
        "the file is too large (38.2 MiB); the limit is 32 MiB"
    );
}

#[test]
fn an_empty_file_is_said_to_be_empty() {
    for empty in ["", "  \n", "\u{feff}", "// only a comment\n"] {
        let errors = problems(empty);
        assert_eq!(errors.len(), 1, "{empty:?}: {errors:#?}");
        assert_eq!(
            errors[0].to_string(),
            "(file): the file is empty: there is nothing in it"
        );
        assert_eq!(errors[0].problem.text(Lang::Zh), "文件是空的：里面没有内容");
    }
    assert!(report::validate::read_unchecked("")
        .is_err_and(|e| e.problem == report::Problem::EmptyFile));
}

#[test]
fn an_invisible_character_in_an_id_is_named() {
    let mut root: Value = serde_json::from_str(FICTIONAL).unwrap();
    root["figures"][0]["id"] = json!("funds\u{200b}total");
    let errors = problems(&root.to_string());
    let said: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert!(
        said.iter().any(|e| e.contains("funds⟨U+200B⟩total")),
        "{said:#?}"
    );
    assert!(said.iter().all(|e| !e.contains('\u{200b}')), "{said:#?}");
}

#[test]
fn an_id_a_link_could_not_carry_is_refused() {
    let mut root: Value = serde_json::from_str(FICTIONAL).unwrap();
    root["figures"][0]["id"] = json!("a".repeat(65));
    let errors = problems(&root.to_string());
    assert!(
        has(&errors, "figures[0].id", "at most 64 characters"),
        "{errors:#?}"
    );
    root["figures"][0]["id"] = json!("a".repeat(64));
    assert!(problems(&root.to_string())
        .iter()
        .all(|e| e.location != "figures[0].id"));
}

#[test]
fn a_refused_report_path_is_named_shortened() {
    let path = format!("{}.json", "x".repeat(100_000));
    let problem = report::Problem::PathRefused { path };
    for lang in [Lang::Zh, Lang::En] {
        let text = problem.text(lang);
        assert!(text.chars().count() < 300, "{}", text.len());
        assert!(text.contains("xxx…xxx"), "{text}");
    }
}

#[test]
fn many_problems_are_capped_and_counted() {
    let mut root: Value = serde_json::from_str(REPORT_JSON).unwrap();
    for figure in root["figures"].as_array_mut().unwrap() {
        figure["value"] = json!("?");
        figure["unit"] = json!("?");
    }
    let errors = problems(&root.to_string());
    assert_eq!(errors.len(), 101);
    assert!(errors[100].to_string().contains("more problems not listed"));
}

#[test]
fn markup_in_labels_is_data_not_an_error() {
    let mut root: Value = serde_json::from_str(FICTIONAL).unwrap();
    root["figures"][0]["label"]["en"] =
        json!("<img src=x onerror=alert(1)></svg><script>alert(2)</script>");
    let report = report::open(&root.to_string()).unwrap();
    assert!(report.figures[0].label.en.contains("<script>"));
}

#[test]
fn crowded_charts_draw_the_first_thirty_and_say_how_many_more() {
    use charts::compile;
    use charts::compiled::{Layout, MAX_DRAWN};
    use charts::i18n::money::MoneyUnit;
    use charts::render::render;
    let mut root: Value = serde_json::from_str(REPORT_JSON).unwrap();
    let copies = |list: &Value| -> Vec<Value> {
        (1..=100)
            .flat_map(|k| {
                list.as_array().unwrap().iter().map(move |item| {
                    let mut item = item.clone();
                    item["id"] = json!(format!("{}_x{k}", item["id"].as_str().unwrap()));
                    for count in ["from_count", "to_count"] {
                        if item.get(count).is_some() {
                            item[count] = Value::Null;
                        }
                    }
                    for event in item
                        .get_mut("events")
                        .and_then(Value::as_array_mut)
                        .into_iter()
                        .flatten()
                    {
                        event["id"] = json!(format!("{}_x{k}", event["id"].as_str().unwrap()));
                    }
                    item
                })
            })
            .collect()
    };
    root["projects"] = Value::Array(copies(&root["projects"]));
    root["pairings"] = Value::Array(copies(&root["pairings"]));
    for figure in root["figures"].as_array_mut().unwrap() {
        figure.as_object_mut().unwrap().remove("project");
    }
    let report = report::validate::load(&root.to_string(), Some(report::ORIGINAL_TEXT))
        .unwrap_or_else(|e| panic!("{:#?}", &e[..3.min(e.len())]));
    let charts = compile::charts(&report);
    for (chart, items) in [
        (
            "projects-timeline",
            report.projects.iter().map(|p| p.events.len()).sum(),
        ),
        ("training-pairings", report.pairings.len()),
    ] {
        let chart = charts.iter().find(|c| c.id == chart).unwrap();
        let compiled = compile::chart(&report, chart, Lang::Zh, MoneyUnit::Auto);
        assert_eq!(compiled.data.len(), items, "the table keeps every item");
        let drawn = match &compiled.layout {
            Layout::Timeline(entries) => entries.len(),
            Layout::Pairings(rows) => rows.len(),
            Layout::Bars(_) => unreachable!(),
        };
        assert_eq!(drawn, MAX_DRAWN);
        let more = (items - MAX_DRAWN).to_string();
        assert!(
            compiled.note.as_deref().unwrap().contains(&more),
            "{:?}",
            compiled.note
        );
        assert!(compiled.summary.contains(&format!("另有{}项", items - 12)));
        assert!(compiled.summary.chars().count() < 1500);
        let rendered = render(&compiled, 640, Lang::Zh);
        let mut drawn_items: Vec<usize> = rendered.hits.iter().map(|h| h.item).collect();
        drawn_items.sort_unstable();
        drawn_items.dedup();
        assert_eq!(
            drawn_items,
            (0..MAX_DRAWN).collect::<Vec<_>>(),
            "the first thirty, and only those, are interactive"
        );
    }
}
