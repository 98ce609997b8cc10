//! Any report of the format is shown in full: for the bundled report and three fictional ones
//! (one with no chart descriptions, one with a district paired with two banners), in both
//! languages, every figure is drawn by exactly one chart and appears in its table and drawing;
//! no theme page is empty while the report has figures of its theme; no text of one report
//! appears in another's charts. Broken chart descriptions are located, in both languages.
//! And `src/` names no report: what is particular to one lives in its data file.

use aid_impact::state::View;
use charts::compile;
use charts::compiled::MAX_DRAWN;
use charts::compiled::{CompiledChart, Layout};
use charts::i18n::format;
use charts::i18n::money::MoneyUnit;
use charts::render;
use report::Lang;
use report::{Report, Theme};
use serde_json::{json, Value};
use std::collections::BTreeMap;

const FIXTURES: [&str; 4] = [
    "fictional-county.json",
    "fictional-generic.json",
    "fictional-district-pairing.json",
    "fictional-two-banners.json",
];

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/tests/fixtures/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

/// Every report we test with, by name.
fn reports() -> Vec<(String, Report)> {
    let mut reports = vec![("bundled".to_string(), report::bundled().unwrap())];
    for name in FIXTURES {
        let report = report::open(&fixture(name)).unwrap_or_else(|e| panic!("{name}: {e:#?}"));
        reports.push((name.to_string(), report));
    }
    reports
}

/// The figures a chart draws: its bar items, and the counts of the pairings it draws as dots.
fn drawn_figures(compiled: &CompiledChart) -> Vec<String> {
    match &compiled.layout {
        Layout::Bars(_) => compiled.data.iter().map(|d| d.key.clone()).collect(),
        Layout::Pairings(rows) => rows.iter().flat_map(|r| r.counts.clone()).collect(),
        Layout::Timeline(_) => Vec::new(),
    }
}

#[test]
fn every_figure_of_every_report_is_drawn_by_exactly_one_chart() {
    for (name, report) in reports() {
        for lang in Lang::ALL {
            let mut drawn_by: BTreeMap<String, String> = BTreeMap::new();
            let charts = compile::charts(&report);
            let mut ids: Vec<&str> = charts.iter().map(|c| c.id.as_str()).collect();
            ids.sort_unstable();
            ids.dedup();
            assert_eq!(ids.len(), charts.len(), "{name}: chart ids are unique");
            for chart in &charts {
                let compiled = compile::chart(&report, chart, lang, MoneyUnit::Auto);
                let svg = render::render(&compiled, 768, lang).svg;
                let table: String = charts::export::chart_csv(&compiled, lang);
                for id in drawn_figures(&compiled) {
                    if let Some(other) = drawn_by.insert(id.clone(), chart.id.clone()) {
                        panic!("{name}: {id} is drawn by {other} and {}", chart.id);
                    }
                    let figure = report.figure(&id).unwrap();
                    let shown = format::figure_value(figure, lang, MoneyUnit::Auto);
                    let shown = charts::export::escape_xml(&shown);
                    let counted = matches!(compiled.layout, Layout::Pairings(_));
                    assert!(
                        counted || svg.contains(&shown),
                        "{name} {lang:?}: {id} ({shown}) not in the drawing of {}",
                        chart.id
                    );
                    assert!(
                        counted || table.contains(&format!("\"{id}\"")),
                        "{name}: {id} not in the table of {}",
                        chart.id
                    );
                }
            }
            for figure in &report.figures {
                assert!(
                    drawn_by.contains_key(&figure.id),
                    "{name}: {} is in no chart",
                    figure.id
                );
            }
        }
    }
}

#[test]
fn a_theme_page_has_charts_when_the_report_has_figures_of_its_theme() {
    for (name, report) in reports() {
        let charts = compile::charts(&report);
        for theme in [
            Theme::Funds,
            Theme::Projects,
            Theme::Training,
            Theme::Sales,
            Theme::Outcomes,
        ] {
            let view = View::of_theme(theme);
            let has_figures = report
                .figures
                .iter()
                .any(|f| View::of_theme(f.theme) == view);
            let drawn = charts.iter().any(|chart| {
                View::of_theme(chart.theme) == view
                    && !compile::chart(&report, chart, Lang::Zh, MoneyUnit::Auto)
                        .data
                        .is_empty()
            });
            assert!(!has_figures || drawn, "{name}: {view:?} page empty");
        }
    }
}

#[test]
fn no_text_of_one_report_appears_in_anothers_charts() {
    let reports = reports();
    // Words only one report uses: its regions' and partners' names.
    let names = |report: &Report| -> Vec<String> {
        report
            .meta
            .region
            .iter()
            .chain(&report.meta.partner)
            .flat_map(|place| [place.name.zh.clone(), place.name.en.clone()])
            .collect()
    };
    for (name, report) in &reports {
        for lang in Lang::ALL {
            let text: String = compile::charts(report)
                .iter()
                .map(|chart| {
                    let compiled = compile::chart(report, chart, lang, MoneyUnit::Auto);
                    format!(
                        "{} {} {:?}",
                        compiled.title, compiled.summary, compiled.note
                    )
                })
                .collect();
            for (other_name, other) in &reports {
                if other_name == name {
                    continue;
                }
                for word in names(other) {
                    assert!(
                        !text.contains(&word),
                        "{name} {lang:?}: \"{word}\" of {other_name} in {text}"
                    );
                }
            }
        }
    }
}

#[test]
/// Embeds name these ids: the bundled report keeps every one, and the app adds none.
fn the_bundled_report_keeps_its_chart_ids() {
    let report = report::bundled().unwrap();
    let ids: Vec<String> = compile::charts(&report).into_iter().map(|c| c.id).collect();
    assert_eq!(
        ids,
        [
            "funds-by-source",
            "funds-named-investments",
            "funds-per-unit",
            "projects-timeline",
            "projects-breeding-farm",
            "projects-wind-power",
            "projects-industrial-park",
            "projects-counts",
            "training-by-group",
            "training-pairings",
            "sales-and-markets",
            "outcomes-income",
            "outcomes-growth",
            "outcomes-investment",
        ]
    );
}

#[test]
fn a_report_without_descriptions_gets_generated_charts_with_stable_ids() {
    let report = report::open(&fixture("fictional-generic.json")).unwrap();
    assert!(report.charts.is_empty() && report.headline.is_none());
    let charts = compile::charts(&report);
    assert!(charts.len() >= 5, "{charts:?}");
    for chart in &charts {
        let page = View::of_theme(chart.theme);
        assert!(
            chart.id.starts_with(page.code()),
            "{} is on the {page:?} page",
            chart.id
        );
    }
    // Next year's edition, its figures in another order: the charts keep their ids.
    let mut reordered = report.clone();
    reordered.figures.reverse();
    let sorted = |charts: Vec<report::ChartDescription>| {
        let mut ids: Vec<String> = charts.into_iter().map(|c| c.id).collect();
        ids.sort();
        ids
    };
    assert_eq!(sorted(compile::charts(&reordered)), sorted(charts.clone()));
    // Headline: the first reported figures of each theme.
    let headline = report.headline();
    assert!(!headline.is_empty() && headline.len() <= 10);
    assert!(headline
        .iter()
        .all(|f| f.qualifier != report::Qualifier::Derived));
}

#[test]
fn a_district_paired_with_two_banners_reads_as_such() {
    let report = report::open(&fixture("fictional-district-pairing.json")).unwrap();
    assert_eq!(report.meta.region.len(), 2);
    let places = format::places(&report.meta.region, Lang::Zh);
    assert!(places.contains('、'), "{places}");
    assert!(report
        .pairings
        .iter()
        .any(|p| p.kind == report::PairingKind::District));
    let headline: Vec<&str> = report.headline().iter().map(|f| f.id.as_str()).collect();
    assert_eq!(
        headline,
        report
            .headline
            .as_ref()
            .unwrap()
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>()
    );
}

/// Loads the bundled file after `edit`; expects a problem at `location` in both languages.
fn expect_problem(edit: impl FnOnce(&mut Value), location: &str, zh: &str, en: &str) {
    let mut root: Value = serde_json::from_str(report::REPORT_JSON).unwrap();
    edit(&mut root);
    let errors = report::validate::load(&root.to_string(), Some(report::ORIGINAL_TEXT))
        .expect_err("a broken description must not load");
    let found = errors.iter().find(|e| e.location == location);
    let Some(error) = found else {
        panic!("expected a problem at {location}, got {errors:#?}");
    };
    assert!(error.problem.text(Lang::Zh).contains(zh), "{error:?}");
    assert!(error.problem.text(Lang::En).contains(en), "{error:?}");
}

#[test]
fn broken_chart_descriptions_are_located_in_both_languages() {
    expect_problem(
        |r| r["charts"][0]["panels"][0]["figures"][0] = json!("no_such_figure"),
        "charts[0] (funds-by-source).panels[0].figures[0]",
        "no_such_figure",
        "no figure has the id \"no_such_figure\"",
    );
    expect_problem(
        |r| r["charts"][0]["kind"] = json!("pie"),
        "charts[0].kind",
        "pie",
        "\"pie\" is not allowed",
    );
    expect_problem(
        |r| r["charts"][1]["panels"][0]["figures"][1] = json!("beneficiaries"),
        "charts[1] (funds-named-investments).panels[0].figures[1]",
        "单位",
        "cannot share a scale",
    );
    expect_problem(
        |r| r["charts"][2]["id"] = json!("funds-by-source"),
        "charts[2].id",
        "重复",
        "used twice",
    );
    expect_problem(
        |r| r["charts"][2]["panels"][0]["figures"][0] = json!("aid_funds_total"),
        "charts[2] (funds-per-unit).panels[0].figures[0]",
        "funds-by-source",
        "already drawn by the chart \"funds-by-source\"",
    );
    expect_problem(
        |r| r["charts"][0]["summary"]["en"] = json!("Total {aid_funds_totl}."),
        "charts[0] (funds-by-source).summary.en",
        "aid_funds_totl",
        "not a figure placeholder",
    );
    expect_problem(
        |r| r["charts"][0]["panels"][1]["of"] = json!("beneficiaries"),
        "charts[0] (funds-by-source).panels[1].of",
        "beneficiaries",
        "earlier panel",
    );
    expect_problem(
        |r| r["charts"][1]["panels"][0]["figures"] = json!(["pair_schools_eda"]),
        "charts[1] (funds-named-investments).panels[0].figures[0]",
        "schools",
        "counts the pairing \"schools\"",
    );
    expect_problem(
        |r| r["charts"][0]["id"] = json!("Funds by source"),
        "charts[0].id",
        "图表编号",
        "must be lower-case letters",
    );
    expect_problem(
        |r| r["charts"][3]["panels"] = r["charts"][0]["panels"].clone(),
        "charts[3] (projects-timeline).panels",
        "panels",
        "does not use \"panels\"",
    );
    expect_problem(
        |r| r["charts"][5]["title"]["en"] = json!("Since {wind_signed.since}"),
        "charts[5] (projects-wind-power).title.en",
        "wind_signed",
        "has no period",
    );
    expect_problem(
        |r| {
            let timeline = r["charts"][3].clone();
            r["charts"][8] = json!({"id": "second-timeline", "theme": "projects",
                "kind": "timeline", "title": timeline["title"], "projects": ["wind_power"]});
        },
        "charts[8] (second-timeline).projects[0]",
        "projects-timeline",
        "already drawn by the chart \"projects-timeline\"",
    );
    expect_problem(
        |r| {
            r["charts"][0]["panels"][1]["figures"] = json!([
                "aid_funds_eda",
                "aid_funds_other_beijing",
                "subdistrict_donation"
            ])
        },
        "charts[0] (funds-by-source).panels[1].of",
        "aid_funds_total",
        "add up to more than",
    );
    expect_problem(
        |r| r["headline"][1] = r["headline"][0].clone(),
        "headline[1]",
        "重复",
        "used twice",
    );
    expect_problem(
        |r| r["headline"][0] = json!("nothing"),
        "headline[0]",
        "nothing",
        "no figure has the id",
    );
    expect_problem(
        |r| r["schema_version"] = json!(5),
        "schema_version",
        "第5版",
        "version 5",
    );
}

/// The fictional county written as version 1 files were (no version, one region and one
/// partner as names, no indicators or parts) opens as the current format.
#[test]
fn version_one_files_still_open() {
    let mut root: Value = serde_json::from_str(&fixture("fictional-county.json")).unwrap();
    root.as_object_mut().unwrap().remove("schema_version");
    for key in ["region", "partner"] {
        let name = root["meta"][key][0]["name"].take();
        root["meta"][key] = name;
    }
    root["meta"].as_object_mut().unwrap().remove("level");
    for figure in root["figures"].as_array_mut().unwrap() {
        let figure = figure.as_object_mut().unwrap();
        figure.remove("indicator");
        figure.remove("part_of");
    }
    let report = report::open(&root.to_string()).unwrap_or_else(|e| panic!("{e:#?}"));
    assert_eq!(report.schema_version, report::SCHEMA_VERSION);
    assert_eq!(report.meta.region.len(), 1);
    assert_eq!(report.meta.region[0].id, "qingshan_county_fictional");
    assert_eq!(report.meta.region[0].kind, report::PlaceKind::County);
}

/// What is particular to a report lives in its data file: `src/` names none of the bundled
/// report's places, bodies or projects outside that file and its text.
#[test]
fn src_names_no_report() {
    const NAMES: [&str; 12] = [
        "巴林",
        "Bairin",
        "bairin",
        "经开区",
        "经济技术开发区",
        "EDA",
        "云仓",
        "罕山",
        "Hanshan",
        "赤峰",
        "荣华",
        "华能",
    ];
    let mut offenders = Vec::new();
    let mut stack = vec![std::path::PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/src"
    ))];
    while let Some(path) = stack.pop() {
        if path.is_dir() {
            stack.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
            continue;
        }
        let file = path.file_name().unwrap().to_string_lossy().to_string();
        if file == "report.json" || file.starts_with("report-") {
            continue; // The bundled report's data and text.
        }
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        for (number, line) in text.lines().enumerate() {
            // Figure ids of the bundled report (`pair_schools_bairin`) are data keys in tests.
            let words: Vec<&str> = line
                .split(|c: char| !(c.is_alphanumeric() || c == '_'))
                .collect();
            for name in NAMES {
                let named = if name.is_ascii() {
                    words.contains(&name)
                        || words
                            .iter()
                            .any(|w| w.starts_with(name) && !w.contains('_'))
                } else {
                    line.contains(name)
                };
                if named {
                    offenders.push(format!("{}:{}: {name}", path.display(), number + 1));
                }
            }
        }
    }
    assert!(offenders.is_empty(), "{offenders:#?}");
}

/// A very large report stays readable: a generated chart draws its first thirty items and
/// says how many more its table holds.
#[test]
fn crowded_generated_charts_draw_thirty_and_say_how_many_more() {
    let mut root: Value = serde_json::from_str(&fixture("fictional-generic.json")).unwrap();
    let figures: Vec<Value> = root["figures"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["qualifier"] != "derived")
        .cloned()
        .collect();
    let copies: Vec<Value> = (1..=40)
        .flat_map(|k| {
            figures.iter().map(move |f| {
                let mut f = f.clone();
                f["id"] = json!(format!("{}_x{k}", f["id"].as_str().unwrap()));
                f
            })
        })
        .collect();
    root["figures"] = Value::Array(copies);
    root["pairings"] = json!([]);
    let report = report::open(&root.to_string()).unwrap_or_else(|e| panic!("{e:#?}"));
    for chart in compile::charts(&report) {
        let compiled = compile::chart(&report, &chart, Lang::En, MoneyUnit::Auto);
        let Layout::Bars(panels) = &compiled.layout else {
            continue;
        };
        let drawn: usize = panels.iter().map(|p| p.items.len()).sum();
        assert!(drawn <= MAX_DRAWN, "{}: {drawn} drawn", chart.id);
        if compiled.data.len() > MAX_DRAWN {
            let more = (compiled.data.len() - MAX_DRAWN).to_string();
            assert!(
                compiled.note.as_deref().is_some_and(|n| n.contains(&more)),
                "{}: {:?}",
                chart.id,
                compiled.note
            );
        }
        let rendered = render::render(&compiled, 640, Lang::En);
        assert!(rendered.hits.iter().all(|h| h.item < MAX_DRAWN));
    }
}

#[test]
fn every_view_has_charts_and_every_chart_a_view() {
    let report = report::bundled().unwrap();
    let charts = compile::charts(&report);
    for view in [
        View::Funds,
        View::Projects,
        View::Training,
        View::Sales,
        View::Outcomes,
    ] {
        assert!(
            charts.iter().any(|c| View::of_theme(c.theme) == view),
            "{view:?}"
        );
    }
}
