//! Charts for whatever no description draws, so every figure, event and pairing of any report
//! is shown: per theme, figures grouped by comparable unit (money with money, people with
//! people, counts with counts; per-capita amounts and percentages apart), one panel per unit;
//! the remaining events on a timeline, the remaining pairings as pairings. Their ids come from
//! the theme and the kind of unit (`funds-money`), so links to them survive a new edition of
//! the report; one taken by a description gets a number (`funds-money-2`). Their note says the
//! app grouped the figures: the report does not say how they relate.

use super::{ChartDescription, ChartKind};
use crate::data::{Localized, PanelDescription, Report, Theme, Unit, UnitClass};
use crate::i18n::{format, messages, Lang, Msg};
use std::collections::HashSet;

/// The pages' themes in reading order; a chart is placed by its theme.
const THEME_ORDER: [Theme; 6] = [
    Theme::Funds,
    Theme::Projects,
    Theme::Training,
    Theme::Cooperation,
    Theme::Sales,
    Theme::Outcomes,
];

/// The report's described charts and generated ones, in reading order.
pub fn charts(report: &Report) -> Vec<ChartDescription> {
    let mut charts = report.charts.clone();
    let mut taken: HashSet<String> = charts.iter().map(|c| c.id.clone()).collect();
    let mut id = |wanted: String| {
        let mut id = wanted.clone();
        let mut n = 2;
        while !taken.insert(id.clone()) {
            id = format!("{wanted}-{n}");
            n += 1;
        }
        id
    };
    let drawn = drawn_figures(report);
    for theme in THEME_ORDER {
        for class in UnitClass::ALL {
            let figures: Vec<_> = report
                .figures
                .iter()
                .filter(|f| f.theme == theme && f.unit.class() == class)
                .filter(|f| !drawn.contains(f.id.as_str()))
                .collect();
            if figures.is_empty() {
                continue;
            }
            let mut units: Vec<Unit> = Vec::new();
            for figure in &figures {
                if !units.contains(&figure.unit) {
                    units.push(figure.unit);
                }
            }
            let panels = units
                .into_iter()
                .map(|unit| PanelDescription {
                    title: both(|lang| messages::unit_heading(unit, lang).to_string()),
                    figures: figures
                        .iter()
                        .filter(|f| f.unit == unit)
                        .map(|f| f.id.clone())
                        .collect(),
                    of: None,
                })
                .collect();
            charts.push(ChartDescription {
                note: Some(both(|lang| Msg::GeneratedNote.text(lang).to_string())),
                panels,
                ..made(
                    id(format!("{}-{}", theme.code(), class.code())),
                    page_theme(theme),
                    ChartKind::Bars,
                    both(|lang| format::generated_title(theme, class, lang)),
                )
            });
        }
    }
    let (timelined, paired) = drawn_structure(report);
    let projects: Vec<String> = report
        .projects
        .iter()
        .filter(|p| !p.events.is_empty() && !timelined.contains(p.id.as_str()))
        .map(|p| p.id.clone())
        .collect();
    if !projects.is_empty() {
        charts.push(ChartDescription {
            projects: Some(projects),
            ..made(
                id("projects-timeline".into()),
                Theme::Projects,
                ChartKind::Timeline,
                both(|lang| Msg::TimelineTitle.text(lang).to_string()),
            )
        });
    }
    let pairings: Vec<String> = report
        .pairings
        .iter()
        .filter(|p| !paired.contains(p.id.as_str()))
        .map(|p| p.id.clone())
        .collect();
    if !pairings.is_empty() {
        charts.push(ChartDescription {
            pairings: Some(pairings),
            ..made(
                id("training-pairings".into()),
                Theme::Training,
                ChartKind::Pairings,
                both(|lang| Msg::PairingsTitle.text(lang).to_string()),
            )
        });
    }
    // By page; within a page the report's own charts first (a stable sort keeps file order).
    charts.sort_by_key(|chart| {
        THEME_ORDER
            .iter()
            .position(|t| *t == page_theme(chart.theme))
    });
    charts
}

/// Figures drawn otherwise than by a generated bars chart: in a described panel, or as the
/// counts of a pairing (every pairing is drawn, by a description or a generated chart).
fn drawn_figures(report: &Report) -> HashSet<&str> {
    let in_panels = report
        .charts
        .iter()
        .flat_map(|c| &c.panels)
        .flat_map(|p| &p.figures)
        .map(String::as_str);
    let counted = report
        .pairings
        .iter()
        .flat_map(|p| [&p.from_count, &p.to_count])
        .flatten()
        .map(String::as_str);
    in_panels.chain(counted).collect()
}

/// Projects whose events, and pairings, a description draws.
fn drawn_structure(report: &Report) -> (HashSet<&str>, HashSet<&str>) {
    let mut projects = HashSet::new();
    let mut pairings = HashSet::new();
    for chart in &report.charts {
        match chart.kind {
            ChartKind::Timeline => projects.extend(match &chart.projects {
                Some(ids) => ids.iter().map(String::as_str).collect::<Vec<_>>(),
                None => report.projects.iter().map(|p| p.id.as_str()).collect(),
            }),
            ChartKind::Pairings => pairings.extend(match &chart.pairings {
                Some(ids) => ids.iter().map(String::as_str).collect::<Vec<_>>(),
                None => report.pairings.iter().map(|p| p.id.as_str()).collect(),
            }),
            ChartKind::Bars => {}
        }
    }
    (projects, pairings)
}

/// The page a theme's charts are on: pairing counts go with training and exchange.
pub fn page_theme(theme: Theme) -> Theme {
    match theme {
        Theme::Cooperation => Theme::Training,
        theme => theme,
    }
}

/// A generated chart with only its identity and title; the caller says what it draws.
fn made(id: String, theme: Theme, kind: ChartKind, title: Localized) -> ChartDescription {
    ChartDescription {
        id,
        theme,
        kind,
        title,
        note: None,
        summary: None,
        panels: Vec::new(),
        projects: None,
        pairings: None,
    }
}

/// A text in both languages from a function of the language.
fn both(text: impl Fn(Lang) -> String) -> Localized {
    Localized {
        zh: text(Lang::Zh),
        en: text(Lang::En),
    }
}
