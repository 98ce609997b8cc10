//! The editor's choice of headline figures and grouping of figures into charts, as pure edits
//! of a report's `headline` and `charts`, so what the officer sees is what the file says.
//!
//! Grouping starts from the charts the app would draw ([`generated::charts`]); the first
//! change writes every bars chart into the file's descriptions, so each chart keeps the id it
//! was shown with whatever moves later (embeds and links of a published file keep working) and
//! a new chart gets an id no chart has. A part (`part_of`) moves with its whole and only to
//! its whole's chart; a chart holds either amounts (totals, parts, counts) or averages, rates
//! and changes, never both.

use charts::compile::generated;
use charts::i18n::{format, messages, Msg};
use report::Lang;
use report::{vocabulary, vocabulary::IndicatorKind};
use report::{
    ChartDescription, ChartKind, Figure, Localized, PanelDescription, Report, Unit, UnitClass,
};

/// What kind of quantity a figure is, for what may share a chart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Measure {
    /// A total, a part or a count: amounts that add up.
    Amount,
    /// An average per county, person or household.
    Average,
    /// A rate, share or percent.
    Rate,
    /// A change against a base (growth).
    Change,
}

impl Measure {
    /// The figure's kind: its indicator's, else what its unit says (amounts per person are
    /// averages, percentages rates, multiples changes).
    pub fn of(figure: &Figure) -> Measure {
        let kind = figure.indicator.as_deref().and_then(vocabulary::get);
        match kind.map(|indicator| indicator.kind) {
            Some(IndicatorKind::Total | IndicatorKind::Part | IndicatorKind::Count) => {
                Measure::Amount
            }
            Some(IndicatorKind::Average) => Measure::Average,
            Some(IndicatorKind::Rate) => Measure::Rate,
            Some(IndicatorKind::Change) => Measure::Change,
            None => match figure.unit.class() {
                UnitClass::PerCapita => Measure::Average,
                UnitClass::Percent if figure.unit == Unit::Multiple => Measure::Change,
                UnitClass::Percent => Measure::Rate,
                _ => Measure::Amount,
            },
        }
    }

    fn is_amount(self) -> bool {
        self == Measure::Amount
    }
}

/// Where a figure is moved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    /// Into the chart with this id.
    Chart(String),
    /// Into a chart of its own, made for it.
    New,
}

/// Why a change is refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// No bars chart draws this figure (a pairing's count is drawn by its pairing).
    NotInAChart,
    /// No chart has this id.
    NoSuchChart,
    /// The figure is a part of `whole`, which is drawn in another chart.
    PartStaysWithWhole {
        /// The whole's id.
        whole: String,
    },
    /// The figure is of kind `moved`, the chart holds figures of kind `there`.
    KindsMixed {
        /// The moved figure's kind.
        moved: Measure,
        /// The kind already in the chart that it cannot join.
        there: Measure,
    },
    /// A title needs both languages.
    TitleNeeded,
}

/// The charts the file draws as it is: its descriptions and the app's for the rest, in
/// reading order.
pub fn charts(report: &Report) -> Vec<ChartDescription> {
    generated::charts(report)
}

/// Whether the chart `id` is one of the file's own descriptions (not made by the app).
pub fn is_described(report: &Report, id: &str) -> bool {
    report.charts.iter().any(|chart| chart.id == id)
}

/// Moves `figure`, with its parts, into `to`; the id of the chart it is now in.
pub fn move_figure(report: &mut Report, figure: &str, to: &Target) -> Result<String, Refusal> {
    let mut all = charts(report);
    let from = chart_of(&all, figure).ok_or(Refusal::NotInAChart)?;
    let moved = report.figure(figure).ok_or(Refusal::NotInAChart)?.clone();
    let group = with_parts(report, &all, &moved.id);
    let target = match to {
        Target::Chart(id) => {
            let at = all
                .iter()
                .position(|c| c.id == *id && c.kind == ChartKind::Bars)
                .ok_or(Refusal::NoSuchChart)?;
            check_joins(report, &all, at, &moved, &group)?;
            if at == from {
                return Ok(id.clone());
            }
            at
        }
        Target::New => {
            if let Some(whole) = drawn_whole(report, &all, &moved) {
                return Err(Refusal::PartStaysWithWhole { whole });
            }
            let chart = new_chart(&all, &moved);
            all.insert(from + 1, chart);
            from + 1
        }
    };
    for chart in &mut all {
        if draws_any(chart, &group) {
            take_out(chart, &group);
            chart.summary = None;
        }
    }
    put_in(report, &mut all[target], &moved, &group);
    all[target].summary = None;
    settle(&mut all[target]);
    let id = all[target].id.clone();
    keep(report, all);
    Ok(id)
}

/// Whether `figure` may be moved into the chart `to` (for the form to say why not before the
/// officer tries).
pub fn check_move(report: &Report, figure: &str, to: &Target) -> Result<(), Refusal> {
    move_figure(&mut report.clone(), figure, to).map(|_| ())
}

/// Renames the chart `id`.
pub fn rename_chart(report: &mut Report, id: &str, title: Localized) -> Result<(), Refusal> {
    if title.zh.trim().is_empty() || title.en.trim().is_empty() {
        return Err(Refusal::TitleNeeded);
    }
    let mut all = charts(report);
    let chart = all
        .iter_mut()
        .find(|c| c.id == id)
        .ok_or(Refusal::NoSuchChart)?;
    chart.title = Localized {
        zh: title.zh.trim().into(),
        en: title.en.trim().into(),
    };
    settle(chart);
    // A renamed timeline or pairings chart of the app's becomes the file's own.
    let adopted =
        (chart.kind != ChartKind::Bars && !is_described(report, id)).then(|| chart.clone());
    keep(report, all);
    report.charts.extend(adopted);
    Ok(())
}

/// Removes the file's chart `id`: its figures go back to the charts the app makes for what no
/// description draws. The other charts are written into the file first, so none of them takes
/// another id.
pub fn remove_chart(report: &mut Report, id: &str) {
    if !is_described(report, id) {
        return;
    }
    let mut all = charts(report);
    all.retain(|chart| chart.id != id);
    keep(report, all);
}

/// Forgets a figure removed from the draft: it leaves the headline and every chart.
pub fn forget_figure(report: &mut Report, id: &str) {
    if let Some(headline) = &mut report.headline {
        headline.retain(|h| h != id);
    }
    let gone = [id.to_string()];
    for chart in &mut report.charts {
        take_out(chart, &gone);
    }
    report
        .charts
        .retain(|chart| chart.kind != ChartKind::Bars || !chart.panels.is_empty());
}

/// The chart (index into `all`) whose panels draw `figure`.
fn chart_of(all: &[ChartDescription], figure: &str) -> Option<usize> {
    all.iter()
        .position(|chart| draws_any(chart, &[figure.to_string()]))
}

fn draws_any(chart: &ChartDescription, ids: &[String]) -> bool {
    chart
        .panels
        .iter()
        .any(|panel| panel.figures.iter().any(|f| ids.contains(f)))
}

/// `figure` and the parts drawn in bars charts that are its, directly or through a part.
fn with_parts(report: &Report, all: &[ChartDescription], figure: &str) -> Vec<String> {
    let mut group = vec![figure.to_string()];
    let mut at = 0;
    while at < group.len() {
        let whole = group[at].clone();
        for part in report
            .figures
            .iter()
            .filter(|f| f.part_of.as_deref() == Some(whole.as_str()))
        {
            if !group.contains(&part.id) && chart_of(all, &part.id).is_some() {
                group.push(part.id.clone());
            }
        }
        at += 1;
    }
    group
}

/// The whole of `figure`, when it is a part and its whole is drawn in a bars chart.
fn drawn_whole(report: &Report, all: &[ChartDescription], figure: &Figure) -> Option<String> {
    let whole = figure.part_of.as_deref()?;
    report.figure(whole)?;
    chart_of(all, whole).map(|_| whole.to_string())
}

/// Whether `moved` (with `group`, its parts) may join `chart`.
fn check_joins(
    report: &Report,
    all: &[ChartDescription],
    at: usize,
    moved: &Figure,
    group: &[String],
) -> Result<(), Refusal> {
    let chart = &all[at];
    if let Some(whole) = drawn_whole(report, all, moved) {
        if !draws_any(chart, std::slice::from_ref(&whole)) {
            return Err(Refusal::PartStaysWithWhole { whole });
        }
    }
    let kind = Measure::of(moved);
    let there = chart
        .panels
        .iter()
        .flat_map(|panel| &panel.figures)
        .filter(|id| !group.contains(id))
        .filter_map(|id| report.figure(id))
        .map(Measure::of)
        .find(|there| there.is_amount() != kind.is_amount());
    match there {
        Some(there) => Err(Refusal::KindsMixed { moved: kind, there }),
        None => Ok(()),
    }
}

/// A chart made for `figure`: on its page, titled by its label, with an id no chart has.
fn new_chart(all: &[ChartDescription], figure: &Figure) -> ChartDescription {
    let theme = figure.theme.page();
    let mut stem = format!("{}-{}", theme.code(), figure.id.replace('_', "-"));
    stem.truncate(58);
    let stem = stem.trim_end_matches('-').to_string();
    let mut id = stem.clone();
    let mut n = 2;
    while all.iter().any(|chart| chart.id == id) {
        id = format!("{stem}-{n}");
        n += 1;
    }
    ChartDescription {
        id,
        theme,
        kind: ChartKind::Bars,
        title: figure.label.clone(),
        note: None,
        summary: None,
        panels: Vec::new(),
        projects: None,
        pairings: None,
    }
}

/// Takes `ids` out of `chart`'s panels; panels left empty go, and a panel whose whole left
/// draws its figures as they are.
fn take_out(chart: &mut ChartDescription, ids: &[String]) {
    for panel in &mut chart.panels {
        panel.figures.retain(|f| !ids.contains(f));
        if panel.of.as_ref().is_some_and(|whole| ids.contains(whole)) {
            panel.of = None;
        }
    }
    chart.panels.retain(|panel| !panel.figures.is_empty());
}

/// Puts `figure` and its parts (`group`) into `chart`: a figure into the first panel of its
/// unit, a part into its whole's panel of parts right after the whole's.
fn put_in(report: &Report, chart: &mut ChartDescription, figure: &Figure, group: &[String]) {
    let whole = figure
        .part_of
        .as_deref()
        .filter(|whole| draws_any(chart, &[whole.to_string()]));
    place(report, chart, figure, whole);
    for id in &group[1..] {
        if let Some(part) = report.figure(id) {
            place(report, chart, part, part.part_of.as_deref());
        }
    }
}

/// Places one figure: among the parts of `whole` when it has one of its unit in `chart`.
fn place(report: &Report, chart: &mut ChartDescription, figure: &Figure, whole: Option<&str>) {
    let same_unit = |id: &String| report.figure(id).map(|f| f.unit) == Some(figure.unit);
    let whole_at = whole.and_then(|whole| {
        let whole_figure = report.figure(whole).filter(|w| w.unit == figure.unit)?;
        let at = chart
            .panels
            .iter()
            .position(|p| p.figures.contains(&whole_figure.id))?;
        Some((whole_figure.id.clone(), at))
    });
    match whole_at {
        Some((whole, at)) => {
            let label = report.figure(&whole).map(|w| w.label.clone());
            if let Some(panel) = chart
                .panels
                .iter_mut()
                .find(|p| p.of.as_deref() == Some(whole.as_str()))
            {
                panel.figures.push(figure.id.clone());
                return;
            }
            chart.panels.insert(
                at + 1,
                PanelDescription {
                    title: both(|lang| {
                        format::parts_heading(label.as_ref().map_or("", |l| lang.pick(l)), lang)
                    }),
                    figures: vec![figure.id.clone()],
                    of: Some(whole),
                },
            );
        }
        None => {
            let panel = chart
                .panels
                .iter_mut()
                .find(|p| p.of.is_none() && p.figures.first().is_some_and(same_unit));
            match panel {
                Some(panel) => panel.figures.push(figure.id.clone()),
                None => chart.panels.push(PanelDescription {
                    title: both(|lang| messages::unit_heading(figure.unit, lang).to_string()),
                    figures: vec![figure.id.clone()],
                    of: None,
                }),
            }
        }
    }
}

/// A chart the officer has grouped or named: the app's note that it grouped the figures
/// itself no longer holds.
fn settle(chart: &mut ChartDescription) {
    let generated_note = both(|lang| Msg::GeneratedNote.text(lang).to_string());
    if chart.note.as_ref() == Some(&generated_note) {
        chart.note = None;
    }
}

/// Writes `all`'s bars charts into the file's descriptions, with its own timelines and
/// pairings charts (the app's stay the app's: they take every project and pairing not drawn).
/// Ids of figures the draft no longer has (one whose id was corrected) are left out.
fn keep(report: &mut Report, all: Vec<ChartDescription>) {
    let own: Vec<String> = report.charts.iter().map(|c| c.id.clone()).collect();
    let known: Vec<String> = report.figures.iter().map(|f| f.id.clone()).collect();
    report.charts = all
        .into_iter()
        .filter(|chart| chart.kind == ChartKind::Bars || own.contains(&chart.id))
        .map(|mut chart| {
            take_out_unknown(&mut chart, &known);
            chart
        })
        .filter(|chart| chart.kind != ChartKind::Bars || !chart.panels.is_empty())
        .collect();
}

fn take_out_unknown(chart: &mut ChartDescription, known: &[String]) {
    for panel in &mut chart.panels {
        panel.figures.retain(|f| known.contains(f));
    }
    chart.panels.retain(|panel| !panel.figures.is_empty());
}

/// A text in both languages from a function of the language.
fn both(text: impl Fn(Lang) -> String) -> Localized {
    Localized {
        zh: text(Lang::Zh),
        en: text(Lang::En),
    }
}

/// The headline the file shows without its own list: the app's proposal.
pub fn proposed_headline(report: &Report) -> Vec<String> {
    let mut without = report.clone();
    without.headline = None;
    ids(without.headline())
}

/// The headline figures the file shows now, in order.
pub fn headline(report: &Report) -> Vec<String> {
    ids(report.headline())
}

fn ids(figures: Vec<&Figure>) -> Vec<String> {
    figures.into_iter().map(|f| f.id.clone()).collect()
}

/// Adds `figure` at the end of the headline (the proposal becomes the file's list).
pub fn add_to_headline(report: &mut Report, figure: &str) {
    let mut list = headline(report);
    if report.figure(figure).is_some() && !list.iter().any(|id| id == figure) {
        list.push(figure.to_string());
    }
    report.headline = Some(list);
}

/// Takes `figure` out of the headline.
pub fn remove_from_headline(report: &mut Report, figure: &str) {
    let mut list = headline(report);
    list.retain(|id| id != figure);
    report.headline = Some(list);
}

/// Moves `figure` one place earlier (`up`) or later in the headline.
pub fn move_in_headline(report: &mut Report, figure: &str, up: bool) {
    let mut list = headline(report);
    if let Some(at) = list.iter().position(|id| id == figure) {
        let other = if up { at.checked_sub(1) } else { Some(at + 1) };
        if let Some(other) = other.filter(|&o| o < list.len()) {
            list.swap(at, other);
        }
    }
    report.headline = Some(list);
}

/// Back to the app's proposal: the file names no headline.
pub fn propose_headline(report: &mut Report) {
    report.headline = None;
}
