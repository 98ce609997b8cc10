//! The example reports of `public/reports/` (hosted as `dist/reports/`): real published
//! reports made with the editor. Each passes every check the app runs on a file, names where it
//! was published, and the Open dialog lists exactly them. The README's report card (how many of
//! the editor's proposals were right, replayed by `authoring::report_card`) is the one these files
//! give today: run with `UPDATE_REPORT_CARD=1` to write it after a change.

use aid_impact::examples::EXAMPLES;
use authoring::{
    report_card,
    report_card::{Field, ReportCard},
};
use report::{validate, Report, ORIGINAL_TEXT};
use std::path::{Path, PathBuf};

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/public/reports");
const README: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/README.md");
const CARD_START: &str = "<!-- report-card: written by tests/examples.rs -->";
const CARD_END: &str = "<!-- /report-card -->";

fn files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(DIR)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files
}

fn load(path: &Path) -> Report {
    let json = std::fs::read_to_string(path).unwrap();
    validate::load(&json, None).unwrap_or_else(|errors| panic!("{}: {errors:#?}", path.display()))
}

#[test]
fn every_example_passes_the_checks_and_names_its_source() {
    let files = files();
    assert!(!files.is_empty(), "the example reports");
    for path in &files {
        let report = load(path);
        let name = path.display();
        let text = report.original_text.as_deref().unwrap_or_default();
        assert!(
            text.chars().count() > 200,
            "{name}: its text is in the file"
        );
        assert_ne!(
            text, ORIGINAL_TEXT,
            "{name}: another report than the bundled one"
        );
        let meta = &report.meta;
        assert!(meta.level.is_some(), "{name}: level");
        assert!(
            meta.source_url
                .as_deref()
                .is_some_and(|url| url.starts_with("http")),
            "{name}: the address it was published at"
        );
        for text in [&meta.title, &meta.publisher] {
            assert!(
                !text.zh.is_empty() && !text.en.is_empty(),
                "{name}: {text:?}"
            );
        }
        assert!(!report.figures.is_empty(), "{name}: figures");
        for figure in &report.figures {
            assert!(
                figure.source.is_some() || figure.derivation.is_some(),
                "{name} {}: a quote or a formula",
                figure.id
            );
            assert!(!figure.label.en.is_empty(), "{name} {}: English", figure.id);
        }
    }
}

#[test]
fn the_open_dialog_lists_every_example_and_no_other() {
    let hosted: Vec<String> = files()
        .iter()
        .map(|p| format!("reports/{}", p.file_name().unwrap().to_str().unwrap()))
        .collect();
    let mut listed: Vec<String> = EXAMPLES.iter().map(|e| e.path.to_string()).collect();
    listed.sort();
    assert_eq!(listed, hosted);
    for example in EXAMPLES {
        let report = load(&Path::new(DIR).join(example.path.trim_start_matches("reports/")));
        assert_eq!(example.title, [report.meta.title.zh, report.meta.title.en]);
        assert_eq!(example.published, report.meta.published);
    }
    let dates: Vec<&str> = EXAMPLES.iter().map(|e| e.published).collect();
    assert!(dates.windows(2).all(|w| w[0] <= w[1]), "by date: {dates:?}");
}

/// The card as a Markdown table: a row per report, then all of them.
fn card_table() -> String {
    let mut rows = Vec::new();
    let mut all = ReportCard { trials: Vec::new() };
    for path in files() {
        let report = load(&path);
        let card = report_card::replay(&report).expect("every example has its text");
        rows.push(row(
            &format!("`{}`", path.file_name().unwrap().to_str().unwrap()),
            &card,
        ));
        all.trials.extend(card.trials);
    }
    rows.push(row("all", &all));
    let fields: Vec<&str> = Field::ALL.iter().map(|f| f.name()).collect();
    format!(
        "| report | figures | {} | actions per figure |\n|---|---|{}---|\n{}\n",
        fields.join(" | "),
        "---|".repeat(fields.len()),
        rows.join("\n")
    )
}

fn row(name: &str, card: &ReportCard) -> String {
    let n = card.trials.len();
    let cells: Vec<String> = Field::ALL
        .iter()
        .map(|f| format!("{}/{n}", card.right(*f)))
        .collect();
    let actions = card.actions() as f64 / n.max(1) as f64;
    format!("| {name} | {n} | {} | {actions:.1} |", cells.join(" | "))
}

#[test]
fn the_readme_holds_the_current_report_card() {
    let readme = std::fs::read_to_string(README).unwrap();
    let start = readme.find(CARD_START).expect("the README's report card") + CARD_START.len();
    let end = readme[start..].find(CARD_END).expect("its end") + start;
    let table = format!("\n{}", card_table());
    if std::env::var_os("UPDATE_REPORT_CARD").is_some() {
        let updated = format!("{}{table}{}", &readme[..start], &readme[end..]);
        std::fs::write(README, updated).unwrap();
    } else {
        assert_eq!(
            readme[start..end],
            table,
            "the proposals changed: UPDATE_REPORT_CARD=1 cargo test --test examples"
        );
    }
}

/// The card counts what an officer corrects: a field made otherwise than proposed is wrong, a
/// second number of a quote is chosen, and everything else was right.
#[test]
fn the_card_counts_each_correction_and_choice_of_number() {
    let json = include_str!("fixtures/fictional-two-banners.json");
    let report = validate::load(json, None).unwrap();
    let before = report_card::replay(&report).unwrap();
    let mut changed = report.clone();
    let figure = &mut changed.figures[1];
    assert_eq!(figure.id, "aid_projects_2024");
    figure.period = None;
    let after = report_card::replay(&changed).unwrap();
    assert_eq!(after.right(Field::Period) + 1, before.right(Field::Period));
    assert_eq!(after.actions(), before.actions() + 1);
    let trial = &after.trials[1];
    assert_eq!(trial.wrong, vec![Field::Period]);
    assert_eq!(trial.proposed.period, "2024");
    assert!(!trial.chose_number);

    // The same quote with two numbers, the figure being the second: the officer chooses it.
    let mut two = report.clone();
    let text = two.original_text.clone().unwrap();
    let quote = "全年投入财政帮扶资金3.2亿元";
    let at = text.find(quote).unwrap();
    let longer = &text[at..text[at..].find('个').unwrap() + at + '个'.len_utf8()];
    assert!(longer.ends_with("实施帮扶项目120个"), "{longer}");
    two.figures[1].source = Some(longer.to_string());
    let chosen = report_card::replay(&two).unwrap();
    assert!(chosen.trials[1].chose_number);
    assert_eq!(chosen.trials[1].proposed.value, "120");
    assert_eq!(chosen.actions(), before.actions() + 1);
}

/// A generated chart of a family holding several measures names each of them (schools and
/// hospitals paired), not the first alone; beyond three, the first two and "more".
#[test]
fn a_generated_chart_of_several_measures_names_them_all() {
    let report = load(&Path::new(DIR).join("neimenggu-2024-beijiang.json"));
    let charts = charts::compile::generated::charts(&report);
    let pairings = charts
        .iter()
        .find(|c| {
            c.panels
                .iter()
                .any(|p| p.figures.iter().any(|f| f == "paired_hospitals"))
        })
        .expect("the chart of pairings");
    assert_eq!(pairings.title.zh, "结对协作 · 结对学校、结对医院");
    assert_eq!(
        pairings.title.en,
        "Pairings: Paired schools and paired hospitals"
    );
    use charts::i18n::format::generated_family_title;
    use report::Lang;
    use report::Theme;
    let four = [
        "Paired schools",
        "Paired hospitals",
        "Paired villages",
        "Paired towns",
    ];
    assert_eq!(
        generated_family_title(Theme::Cooperation, &four, Lang::En),
        "Pairings: Paired schools, paired hospitals and more"
    );
    let four = ["结对学校", "结对医院", "结对村", "结对乡镇"];
    assert_eq!(
        generated_family_title(Theme::Cooperation, &four, Lang::Zh),
        "结对协作 · 结对学校、结对医院等"
    );
}
