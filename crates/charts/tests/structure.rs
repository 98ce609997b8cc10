//! Structure a file states drives what readers see: parts drawn inside their whole, averages,
//! rates and changes apart from totals, one indicator family per chart, the headline made of
//! the vocabulary's headline indicators, and reports compared by what their figures measure.

use charts::compile::generated;
use report::compare::{compare, unmatched};
use report::{vocabulary, vocabulary::IndicatorKind};
use report::{ChartDescription, ChartKind, Figure, Report};

fn structure() -> Report {
    report::open(include_str!(
        "../../../tests/fixtures/fictional-structure.json"
    ))
    .unwrap_or_else(|e| panic!("{e:#?}"))
}

fn chart<'a>(charts: &'a [ChartDescription], id: &str) -> &'a ChartDescription {
    let ids: Vec<&str> = charts.iter().map(|c| c.id.as_str()).collect();
    charts
        .iter()
        .find(|c| c.id == id)
        .unwrap_or_else(|| panic!("no chart {id} among {ids:?}"))
}

fn kind(report: &Report, id: &str) -> IndicatorKind {
    let figure = report.figure(id).unwrap();
    vocabulary::get(figure.indicator.as_deref().unwrap())
        .unwrap()
        .kind
}

#[test]
fn parts_are_drawn_inside_their_whole_never_as_its_peers() {
    let report = structure();
    let charts = generated::charts(&report);
    let funds = chart(&charts, "funds-aid-funds");
    assert_eq!(funds.panels.len(), 2, "{funds:#?}");
    assert_eq!(funds.panels[0].figures, ["fiscal_aid_2024"]);
    assert_eq!(funds.panels[0].of, None);
    assert_eq!(
        funds.panels[1].figures,
        [
            "county_pooled_funds_2024",
            "revitalization_project_funds_2024"
        ]
    );
    assert_eq!(funds.panels[1].of.as_deref(), Some("fiscal_aid_2024"));
    let employment = chart(&charts, "outcomes-employment");
    assert_eq!(
        employment.panels[1].of.as_deref(),
        Some("workers_employed_2024")
    );
    // Wherever a part is drawn, it is in a panel of its whole's parts.
    for chart in &charts {
        for panel in &chart.panels {
            for id in &panel.figures {
                let figure = report.figure(id).unwrap();
                assert_eq!(figure.part_of, panel.of, "{} in {}", id, chart.id);
            }
        }
    }
}

#[test]
fn averages_rates_and_changes_never_share_a_chart_with_totals() {
    let report = structure();
    let charts = generated::charts(&report);
    for chart in charts.iter().filter(|c| c.kind == ChartKind::Bars) {
        let summable: Vec<bool> = chart
            .panels
            .iter()
            .flat_map(|p| &p.figures)
            .map(|id| kind(&report, id).is_summable())
            .collect();
        assert!(
            summable.iter().all(|s| *s) || summable.iter().all(|s| !*s),
            "{} mixes totals with averages, rates or changes",
            chart.id
        );
    }
    assert_eq!(
        chart(&charts, "funds-average").panels[0].figures,
        ["aid_funds_per_township_2024"]
    );
    let changes = chart(&charts, "outcomes-change");
    assert_eq!(changes.panels[0].figures, ["income_growth_2024"]);
    // Two averages of one family (incomes) share a panel; the sales growth is on its page.
    let averages = chart(&charts, "outcomes-average");
    assert_eq!(
        averages.panels[0].figures,
        ["income_per_capita_2024", "income_formerly_poor_2024"]
    );
    assert_eq!(
        chart(&charts, "sales-change").panels[0].figures,
        ["consumption_growth_2024"]
    );
}

#[test]
fn each_indicator_family_has_its_own_chart() {
    let report = structure();
    let charts = generated::charts(&report);
    // Investment ten times the aid funds never squeezes them on one axis.
    let investment = chart(&charts, "funds-enterprise-investment");
    assert_eq!(investment.panels.len(), 1);
    assert_eq!(investment.panels[0].figures, ["enterprise_investment_2024"]);
    assert!(!chart(&charts, "funds-aid-funds").panels.iter().any(|p| p
        .figures
        .contains(&"enterprise_investment_2024".to_string())));
    // Every figure is drawn exactly once.
    let mut drawn: Vec<&str> = charts
        .iter()
        .flat_map(|c| &c.panels)
        .flat_map(|p| &p.figures)
        .map(String::as_str)
        .collect();
    drawn.sort();
    let mut all: Vec<&str> = report.figures.iter().map(|f| f.id.as_str()).collect();
    all.sort();
    assert_eq!(drawn, all);
}

#[test]
fn generated_chart_ids_stay_when_figures_are_added_moved_or_removed() {
    let report = structure();
    let ids = |report: &Report| -> Vec<String> {
        let mut ids: Vec<String> = generated::charts(report)
            .into_iter()
            .map(|c| c.id)
            .collect();
        ids.sort();
        ids
    };
    let before = ids(&report);
    let mut shuffled = report.clone();
    shuffled.figures.reverse();
    assert_eq!(ids(&shuffled), before);
    // Removing the only figure of one chart removes that chart and no other id changes.
    let mut fewer = report.clone();
    fewer
        .figures
        .retain(|f| f.id != "enterprise_investment_2024");
    let mut expected = before.clone();
    expected.retain(|id| id != "funds-enterprise-investment");
    assert_eq!(ids(&fewer), expected);
}

#[test]
fn a_part_whose_whole_a_description_draws_is_drawn_with_its_whole() {
    let mut report = structure();
    report.charts.push(ChartDescription {
        id: "funds-described".into(),
        theme: report::Theme::Funds,
        kind: ChartKind::Bars,
        title: report::Localized {
            zh: "资金".into(),
            en: "Funds".into(),
        },
        note: None,
        summary: None,
        panels: vec![report::PanelDescription {
            title: report::Localized {
                zh: "金额".into(),
                en: "Amount".into(),
            },
            figures: vec!["fiscal_aid_2024".into()],
            of: None,
        }],
        projects: None,
        pairings: None,
    });
    let charts = generated::charts(&report);
    let funds = chart(&charts, "funds-aid-funds");
    assert_eq!(funds.panels[0].figures, ["fiscal_aid_2024"]);
    assert_eq!(funds.panels[1].of.as_deref(), Some("fiscal_aid_2024"));
}

#[test]
fn a_file_without_headline_shows_the_vocabularys_headline_indicators_never_a_part() {
    let report = structure();
    let ids: Vec<&str> = report.headline().iter().map(|f| f.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "fiscal_aid_2024",
            "aid_projects_2024",
            "persons_trained_2024",
            "consumption_sales_2024",
            "workers_employed_2024"
        ]
    );
    // Of one indicator stated twice (a year and a larger total), the total is shown.
    let mut two = report.clone();
    let mut earlier = two.figure("fiscal_aid_2024").unwrap().clone();
    earlier.id = "fiscal_aid_since_2021".into();
    earlier.value = 200_000_000.0;
    earlier.period = Some("2021/2024".into());
    two.figures.push(earlier);
    assert_eq!(two.headline()[0].id, "fiscal_aid_since_2021");
    // A file naming no headline indicator falls back to each theme's first figures that are
    // not parts.
    let mut plain = report.clone();
    for figure in &mut plain.figures {
        figure.indicator = None;
    }
    let fallback: Vec<&Figure> = plain.headline();
    assert!(!fallback.is_empty());
    assert!(fallback.iter().all(|f| f.part_of.is_none()));
}

#[test]
fn reports_compare_by_indicator_places_and_kind_of_period_then_by_id() {
    let earlier = structure();
    let mut later = earlier.clone();
    later.meta.published = "2025-12-31".into();
    for figure in &mut later.figures {
        // Another edition names its figures otherwise.
        figure.id = format!("{}_next", figure.id);
        figure.part_of = figure.part_of.as_ref().map(|w| format!("{w}_next"));
        figure.value *= 2.0;
    }
    let rows = compare(&earlier, &later);
    assert_eq!(rows.len(), earlier.figures.len());
    assert!(rows
        .iter()
        .all(|r| r.after.id == format!("{}_next", r.before.id)));
    assert_eq!(unmatched(&earlier, &later), (0, 0));

    // A span is not compared with a year, nor a figure for other places.
    let spans = {
        let mut spans = later.clone();
        spans.figures[0].period = Some("2021/2024".into());
        spans
    };
    assert!(!compare(&earlier, &spans)
        .iter()
        .any(|r| r.before.id == "fiscal_aid_2024"));
    let elsewhere = {
        let mut elsewhere = later.clone();
        elsewhere.meta.region[0].name.zh = "另一县（虚构）".into();
        elsewhere
    };
    assert!(compare(&earlier, &elsewhere).is_empty());

    // Figures naming no indicator still match by id.
    let mut plain = earlier.clone();
    for figure in &mut plain.figures {
        figure.indicator = None;
    }
    assert_eq!(compare(&plain, &plain).len(), plain.figures.len());
    assert_eq!(compare(&plain, &later).len(), 0);
}
