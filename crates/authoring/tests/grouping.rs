//! The editor's headline and chart grouping (`authoring::grouping`): moves start from the charts
//! the app makes and write them into the file; chart ids never change when figures move and a
//! new chart gets one no chart has; parts follow their whole; averages, rates and changes are
//! refused among totals; the result is always a file the app opens, every figure drawn once.

use authoring::{
    grouping,
    grouping::{Measure, Refusal, Target},
};
use charts::compile::generated;
use report::{validate, ChartKind, Localized, Report};
use std::collections::BTreeMap;

fn fixture() -> Report {
    let json = std::fs::read_to_string(format!(
        "{}/../../tests/fixtures/fictional-charts.json",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    validate::load(&json, None).unwrap()
}

/// Figure id → the id of the bars chart drawing it; each figure is drawn once.
fn drawn(report: &Report) -> BTreeMap<String, String> {
    let mut drawn = BTreeMap::new();
    for chart in grouping::charts(report) {
        for id in chart.panels.iter().flat_map(|p| &p.figures) {
            let before = drawn.insert(id.clone(), chart.id.clone());
            assert_eq!(before, None, "{id} drawn twice");
        }
    }
    drawn
}

/// The report is one the app opens, with every figure drawn.
fn opens(report: &Report) {
    assert_eq!(
        validate::validate(report, report.original_text.as_deref()),
        []
    );
    let drawn = drawn(report);
    for figure in &report.figures {
        assert!(drawn.contains_key(&figure.id), "{} not drawn", figure.id);
    }
}

fn chart_of(report: &Report, figure: &str) -> String {
    drawn(report)[figure].clone()
}

#[test]
fn grouping_starts_from_the_generated_charts() {
    let report = fixture();
    assert!(report.charts.is_empty());
    assert_eq!(grouping::charts(&report), generated::charts(&report));
    opens(&report);
}

#[test]
fn a_moved_figure_is_in_its_new_chart_and_every_chart_is_written_into_the_file() {
    let mut report = fixture();
    let before = grouping::charts(&report);
    let id = grouping::move_figure(&mut report, "persons_trained", &Target::New).unwrap();
    assert_eq!(chart_of(&report, "persons_trained"), id);
    assert!(!before.iter().any(|c| c.id == id), "{id} is new");
    assert!(grouping::is_described(&report, &id));
    // Every bars chart is now the file's, under the id it was shown with.
    for chart in before.iter().filter(|c| c.kind == ChartKind::Bars) {
        let still = chart
            .panels
            .iter()
            .flat_map(|p| &p.figures)
            .any(|f| f != "persons_trained");
        assert_eq!(
            grouping::is_described(&report, &chart.id),
            still,
            "{}",
            chart.id
        );
    }
    // Into another chart: the sessions join the trained persons, in a panel of their unit.
    let to = Target::Chart(id.clone());
    assert_eq!(
        grouping::move_figure(&mut report, "training_sessions", &to),
        Ok(id.clone())
    );
    let chart = grouping::charts(&report)
        .into_iter()
        .find(|c| c.id == id)
        .unwrap();
    let panels: Vec<&[String]> = chart.panels.iter().map(|p| p.figures.as_slice()).collect();
    assert_eq!(panels, [["persons_trained"], ["training_sessions"]]);
    opens(&report);
}

#[test]
fn chart_ids_stay_when_figures_move_and_new_ones_are_unique() {
    let mut report = fixture();
    let funds = chart_of(&report, "funds_total");
    let income = chart_of(&report, "income_per_capita");
    let first = grouping::move_figure(&mut report, "income_growth", &Target::New).unwrap();
    let second = grouping::move_figure(&mut report, "persons_trained", &Target::New).unwrap();
    assert_ne!(first, second);
    // Moves in and out change no id.
    let to_first = Target::Chart(first.clone());
    grouping::move_figure(&mut report, "income_per_capita", &to_first).unwrap();
    let to_income = Target::Chart(income.clone());
    assert_eq!(
        grouping::move_figure(&mut report, "income_growth", &to_income),
        Err(Refusal::NoSuchChart)
    );
    grouping::move_figure(&mut report, "income_growth", &Target::Chart(first.clone())).unwrap();
    assert_eq!(chart_of(&report, "income_growth"), first);
    assert_eq!(chart_of(&report, "income_per_capita"), first);
    assert_eq!(chart_of(&report, "funds_total"), funds);
    assert_eq!(chart_of(&report, "persons_trained"), second);
    // A figure alone in its chart moved to a new one: a new id, never the one it leaves.
    let third = grouping::move_figure(&mut report, "persons_trained", &Target::New).unwrap();
    assert_ne!(third, second);
    let ids: Vec<String> = grouping::charts(&report)
        .into_iter()
        .map(|c| c.id)
        .collect();
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), ids.len());
    // A renamed chart keeps its id.
    let title = Localized {
        zh: "收入".into(),
        en: "Income".into(),
    };
    grouping::rename_chart(&mut report, &first, title.clone()).unwrap();
    let chart = grouping::charts(&report)
        .into_iter()
        .find(|c| c.id == first)
        .unwrap();
    assert_eq!(chart.title, title);
    opens(&report);
}

#[test]
fn parts_move_with_their_whole_and_stay_with_it() {
    let mut report = fixture();
    let id = grouping::move_figure(&mut report, "funds_total", &Target::New).unwrap();
    let chart = grouping::charts(&report)
        .into_iter()
        .find(|c| c.id == id)
        .unwrap();
    assert_eq!(chart.panels.len(), 2);
    assert_eq!(chart.panels[0].figures, ["funds_total"]);
    assert_eq!(chart.panels[1].figures, ["funds_district"]);
    assert_eq!(chart.panels[1].of.as_deref(), Some("funds_total"));
    opens(&report);
    // A part alone goes nowhere but its whole's chart.
    let whole = Refusal::PartStaysWithWhole {
        whole: "funds_total".into(),
    };
    let unchanged = report.clone();
    assert_eq!(
        grouping::move_figure(&mut report, "funds_district", &Target::New),
        Err(whole.clone())
    );
    let other = Target::Chart(chart_of(&report, "projects_total"));
    assert_eq!(
        grouping::move_figure(&mut report, "funds_district", &other),
        Err(whole)
    );
    assert_eq!(report, unchanged);
    assert_eq!(
        grouping::move_figure(&mut report, "funds_district", &Target::Chart(id.clone())),
        Ok(id)
    );
    assert_eq!(report, unchanged);
    // Into another chart: the whole gets a panel of its unit, its parts the panel after it.
    let projects = grouping::move_figure(&mut report, "projects_total", &Target::New).unwrap();
    grouping::move_figure(&mut report, "funds_total", &Target::Chart(projects.clone())).unwrap();
    let chart = grouping::charts(&report)
        .into_iter()
        .find(|c| c.id == projects)
        .unwrap();
    let panels: Vec<(&[String], Option<&str>)> = chart
        .panels
        .iter()
        .map(|p| (p.figures.as_slice(), p.of.as_deref()))
        .collect();
    assert_eq!(
        panels,
        [
            (&["projects_total".to_string()][..], None),
            (
                &["projects_industry".to_string()][..],
                Some("projects_total")
            ),
            (&["funds_total".to_string()][..], None),
            (&["funds_district".to_string()][..], Some("funds_total")),
        ]
    );
    opens(&report);
}

#[test]
fn averages_rates_and_changes_are_refused_among_totals() {
    let mut report = fixture();
    let unchanged = report.clone();
    let funds = Target::Chart(chart_of(&report, "funds_total"));
    assert_eq!(
        grouping::move_figure(&mut report, "income_per_capita", &funds),
        Err(Refusal::KindsMixed {
            moved: Measure::Average,
            there: Measure::Amount
        })
    );
    assert_eq!(
        grouping::check_move(&report, "income_growth", &funds),
        Err(Refusal::KindsMixed {
            moved: Measure::Rate,
            there: Measure::Amount
        })
    );
    let income = Target::Chart(chart_of(&report, "income_per_capita"));
    assert_eq!(
        grouping::move_figure(&mut report, "persons_trained", &income),
        Err(Refusal::KindsMixed {
            moved: Measure::Amount,
            there: Measure::Average
        })
    );
    assert_eq!(report, unchanged);
    // Averages and rates may share a chart (each on its own panel and scale).
    assert!(grouping::move_figure(&mut report, "income_growth", &income).is_ok());
    opens(&report);
}

#[test]
fn a_figure_is_measured_by_its_indicator_or_its_unit() {
    let report = fixture();
    let measure = |id: &str| Measure::of(report.figure(id).unwrap());
    assert_eq!(measure("funds_total"), Measure::Amount);
    assert_eq!(measure("funds_district"), Measure::Amount);
    assert_eq!(measure("income_per_capita"), Measure::Average);
    assert_eq!(measure("income_growth"), Measure::Rate);
}

#[test]
fn a_removed_chart_gives_its_figures_back_and_a_title_needs_both_languages() {
    let mut report = fixture();
    let id = grouping::move_figure(&mut report, "persons_trained", &Target::New).unwrap();
    let half = Localized {
        zh: "培训".into(),
        en: " ".into(),
    };
    assert_eq!(
        grouping::rename_chart(&mut report, &id, half),
        Err(Refusal::TitleNeeded)
    );
    grouping::remove_chart(&mut report, &id);
    assert!(!grouping::is_described(&report, &id));
    assert_ne!(chart_of(&report, "persons_trained"), id);
    opens(&report);
    // A figure added later is in a chart the app makes; removing another chart, whose figures
    // go back to the app, leaves it where it is, under its id.
    let mut later = report.figure("funds_district").unwrap().clone();
    later.id = "funds_later".into();
    later.part_of = None;
    report.figures.push(later);
    let funds = chart_of(&report, "funds_total");
    let kept = chart_of(&report, "funds_later");
    assert_ne!(funds, kept);
    grouping::remove_chart(&mut report, &funds);
    assert_eq!(chart_of(&report, "funds_later"), kept);
    assert_ne!(chart_of(&report, "funds_total"), kept);
    opens(&report);
}

#[test]
fn the_headline_starts_from_the_proposal_and_follows_the_officer() {
    let mut report = fixture();
    let proposed = grouping::proposed_headline(&report);
    assert!(!proposed.is_empty());
    assert_eq!(grouping::headline(&report), proposed);
    grouping::add_to_headline(&mut report, "income_growth");
    let mut expected = proposed.clone();
    if !expected.contains(&"income_growth".to_string()) {
        expected.push("income_growth".into());
    }
    assert_eq!(report.headline.as_ref(), Some(&expected));
    grouping::move_in_headline(&mut report, "income_growth", true);
    let list = report.headline.clone().unwrap();
    let at = list.iter().position(|id| id == "income_growth").unwrap();
    assert_eq!(at, expected.len().saturating_sub(2));
    grouping::move_in_headline(&mut report, &list[0], true);
    assert_eq!(report.headline.as_ref(), Some(&list));
    grouping::remove_from_headline(&mut report, "income_growth");
    assert!(!report
        .headline
        .as_ref()
        .unwrap()
        .contains(&"income_growth".to_string()));
    opens(&report);
    grouping::propose_headline(&mut report);
    assert_eq!(report.headline, None);
}

#[test]
fn a_figure_removed_from_the_draft_leaves_the_headline_and_the_charts() {
    let mut report = fixture();
    grouping::add_to_headline(&mut report, "persons_trained");
    let id = grouping::move_figure(&mut report, "persons_trained", &Target::New).unwrap();
    report.figures.retain(|f| f.id != "persons_trained");
    grouping::forget_figure(&mut report, "persons_trained");
    assert!(!report
        .headline
        .as_ref()
        .unwrap()
        .contains(&"persons_trained".to_string()));
    assert!(!grouping::is_described(&report, &id));
    opens(&report);
}

#[test]
fn an_id_the_draft_no_longer_has_leaves_the_charts_at_the_next_change() {
    let mut report = fixture();
    let id = grouping::move_figure(&mut report, "persons_trained", &Target::New).unwrap();
    grouping::move_figure(&mut report, "training_sessions", &Target::Chart(id.clone())).unwrap();
    // The figure form corrects an id: the chart still names the old one.
    let figure = report
        .figures
        .iter_mut()
        .find(|f| f.id == "training_sessions")
        .unwrap();
    figure.id = "sessions".into();
    assert_ne!(
        validate::validate(&report, report.original_text.as_deref()),
        []
    );
    grouping::move_figure(&mut report, "income_growth", &Target::New).unwrap();
    opens(&report);
    assert_ne!(chart_of(&report, "sessions"), id);
}
