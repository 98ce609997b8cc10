//! Charts for whatever no description draws, so every figure, event and pairing of any report
//! is shown. Figures that name an indicator are grouped by its family (aid funds with aid
//! funds, enterprise investment apart), one panel per unit; averages, rates and changes, which
//! do not add up, get a chart of their own per kind, a panel per family; parts ("of which")
//! are drawn inside their whole, in its chart. Figures without an indicator are grouped by
//! comparable unit as before. The remaining events go on a timeline, the remaining pairings
//! on a pairings chart. Ids come from the theme and the group (`funds-aid-funds`,
//! `outcomes-average`, `funds-money`), never from positions, so links and embeds survive a new
//! edition of the report or a regrouping; one taken by a description gets a number
//! (`funds-money-2`). Their note says the app grouped the figures.

use crate::i18n::{format, messages, Msg};
use report::Lang;
use report::{
    vocabulary,
    vocabulary::{Indicator, IndicatorKind},
};
use report::{ChartDescription, ChartKind};
use report::{Figure, Localized, PanelDescription, Report, Theme, Unit, UnitClass};
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
        for (group, figures) in groups(report, theme, &drawn) {
            charts.push(ChartDescription {
                note: Some(both(|lang| group.note(lang).to_string())),
                panels: group.panels(report, &figures),
                ..made(
                    id(format!("{}-{}", theme.code(), group.code())),
                    theme.page(),
                    ChartKind::Bars,
                    both(|lang| group.title(theme, &figures, lang)),
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
    charts.sort_by_key(|chart| THEME_ORDER.iter().position(|t| *t == chart.theme.page()));
    charts
}

/// What a generated bars chart gathers: figures that may share its panels.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Group<'a> {
    /// Totals, parts and counts of one indicator family.
    Family(&'a str),
    /// Averages, rates or changes, which never stand among totals.
    Kind(IndicatorKind),
    /// Figures naming no indicator, of one comparable unit.
    Class(UnitClass),
}

impl Group<'_> {
    /// The group's part of the chart id.
    fn code(&self) -> String {
        match self {
            Group::Family(family) => family.replace('_', "-"),
            Group::Kind(kind) => kind.code().to_string(),
            Group::Class(class) => class.code().to_string(),
        }
    }

    /// Where its chart comes on a page: families (in the order the file names them), then
    /// averages, rates and changes, then figures without an indicator by unit, as ever.
    fn rank(&self) -> (u8, usize) {
        match self {
            Group::Family(_) => (0, 0),
            Group::Kind(kind) => (1, *kind as usize),
            Group::Class(class) => (
                2,
                UnitClass::ALL.iter().position(|c| c == class).unwrap_or(0),
            ),
        }
    }

    fn title(&self, theme: Theme, figures: &[&Figure], lang: Lang) -> String {
        match self {
            Group::Family(_) => {
                let mut names: Vec<&str> = Vec::new();
                let totals = figures
                    .iter()
                    .filter_map(|f| indicator(f))
                    .filter(|i| i.kind != IndicatorKind::Part);
                for name in totals.map(|i| lang.pick(&i.name)) {
                    if !names.contains(&name) {
                        names.push(name);
                    }
                }
                if names.is_empty() {
                    names.extend(
                        figures
                            .iter()
                            .find_map(|f| indicator(f))
                            .map(|i| lang.pick(&i.name)),
                    );
                }
                format::generated_family_title(theme, &names, lang)
            }
            Group::Kind(kind) => format::generated_kind_title(theme, *kind, lang),
            Group::Class(class) => format::generated_title(theme, *class, lang),
        }
    }

    fn note(&self, lang: Lang) -> &'static str {
        match self {
            Group::Family(_) => Msg::GeneratedFamilyNote.text(lang),
            Group::Kind(_) => Msg::GeneratedKindNote.text(lang),
            Group::Class(_) => Msg::GeneratedNote.text(lang),
        }
    }

    /// One panel per unit of the wholes (per family and unit for averages, rates and
    /// changes), then for each whole with parts a panel of its parts on its scale.
    fn panels(&self, report: &Report, figures: &[&Figure]) -> Vec<PanelDescription> {
        let in_chart: HashSet<&str> = figures.iter().map(|f| f.id.as_str()).collect();
        let is_root = |f: &Figure| f.part_of.as_deref().is_none_or(|w| !in_chart.contains(w));
        let mut keys: Vec<(&str, Unit)> = Vec::new();
        for figure in figures.iter().filter(|f| is_root(f)) {
            let family = match self {
                Group::Kind(_) => indicator(figure).map_or("", |i| i.family.as_str()),
                _ => "",
            };
            if !keys.contains(&(family, figure.unit)) {
                keys.push((family, figure.unit));
            }
        }
        let mut panels: Vec<PanelDescription> = keys
            .into_iter()
            .map(|(family, unit)| PanelDescription {
                title: both(|lang| {
                    let heading = messages::unit_heading(unit, lang);
                    match report_family_name(figures, family, lang) {
                        Some(name) => format!("{name} · {heading}"),
                        None => heading.to_string(),
                    }
                }),
                figures: figures
                    .iter()
                    .filter(|f| is_root(f) && f.unit == unit)
                    .filter(|f| {
                        family.is_empty() || indicator(f).is_some_and(|i| i.family == family)
                    })
                    .map(|f| f.id.clone())
                    .collect(),
                of: None,
            })
            .collect();
        // Wholes in drawing order, each followed (breadth first) by the parts it has here.
        let mut wholes: Vec<String> = panels.iter().flat_map(|p| p.figures.clone()).collect();
        let mut next = 0;
        while next < wholes.len() {
            let whole = wholes[next].clone();
            next += 1;
            let parts: Vec<String> = figures
                .iter()
                .filter(|f| f.part_of.as_deref() == Some(whole.as_str()))
                .map(|f| f.id.clone())
                .collect();
            if parts.is_empty() {
                continue;
            }
            let label = report.figure(&whole).map(|w| w.label.clone());
            panels.push(PanelDescription {
                title: both(|lang| {
                    format::parts_heading(label.as_ref().map_or("", |l| lang.pick(l)), lang)
                }),
                figures: parts.clone(),
                of: Some(whole),
            });
            wholes.extend(parts);
        }
        panels
    }
}

/// The name of `family`'s whole among `figures`, for a panel of averages, rates or changes.
fn report_family_name<'a>(figures: &[&Figure], family: &str, lang: Lang) -> Option<&'a str> {
    if family.is_empty() {
        return None;
    }
    figures
        .iter()
        .filter_map(|f| indicator(f))
        .find(|i| i.family == family)
        .map(|i| lang.pick(&i.name))
}

/// The vocabulary's indicator a figure names, if any.
fn indicator(figure: &Figure) -> Option<&'static Indicator> {
    figure.indicator.as_deref().and_then(vocabulary::get)
}

/// The figure's whole of wholes: a part goes where its total goes.
fn root<'a>(report: &'a Report, figure: &'a Figure) -> &'a Figure {
    let mut current = figure;
    // A file's parts form no cycle (the checks refuse one); the bound only guards the loop.
    for _ in 0..report.figures.len() {
        match current.part_of.as_deref().and_then(|id| report.figure(id)) {
            Some(whole) => current = whole,
            None => break,
        }
    }
    current
}

/// The group a figure's chart is made by.
fn group_of(figure: &Figure) -> Group<'static> {
    match indicator(figure) {
        Some(i) if i.kind.is_summable() => Group::Family(&i.family),
        Some(i) => Group::Kind(i.kind),
        None => Group::Class(figure.unit.class()),
    }
}

/// The figures of `theme` no description draws, by group, in page order (see
/// [`Group::rank`]). A part whose whole a description draws
/// brings its whole along, so it is never drawn as a peer.
fn groups<'a>(
    report: &'a Report,
    theme: Theme,
    drawn: &HashSet<&str>,
) -> Vec<(Group<'static>, Vec<&'a Figure>)> {
    let mut groups: Vec<(Group<'static>, Vec<&Figure>)> = Vec::new();
    let mut placed: HashSet<&str> = HashSet::new();
    for figure in report
        .figures
        .iter()
        .filter(|f| !drawn.contains(f.id.as_str()))
    {
        let root = root(report, figure);
        if root.theme != theme {
            continue;
        }
        let group = group_of(root);
        let members = match groups.iter_mut().find(|(g, _)| *g == group) {
            Some((_, members)) => members,
            None => {
                groups.push((group, Vec::new()));
                &mut groups.last_mut().expect("just pushed").1
            }
        };
        // The chain up to the root, root first, each once.
        let mut chain = vec![figure];
        while let Some(whole) = chain
            .last()
            .and_then(|f| f.part_of.as_deref())
            .and_then(|id| report.figure(id))
        {
            if chain.len() > report.figures.len() {
                break;
            }
            chain.push(whole);
        }
        for member in chain.into_iter().rev() {
            if placed.insert(member.id.as_str()) {
                members.push(member);
            }
        }
    }
    groups.sort_by_key(|(group, _)| group.rank());
    groups
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
            ChartKind::Timeline => projects.extend(chart.projects_drawn(report)),
            ChartKind::Pairings => pairings.extend(chart.pairings_drawn(report)),
            ChartKind::Bars => {}
        }
    }
    (projects, pairings)
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
