//! Chart specifications: one file per chart, each a pure `fn(&Report, &ViewState) -> ChartSpec`.
//! [`ChartId`] is the exhaustive registry; `render` turns a spec into SVG.

mod funds_by_source;
mod funds_named;
mod funds_per_unit;
mod outcomes_growth;
mod outcomes_income;
mod outcomes_investment;
mod projects_breeding_farm;
mod projects_park;
mod projects_timeline;
mod projects_wind;
mod sales_markets;
mod training_by_group;
mod training_pairings;

use crate::data::{Figure, Qualifier, Report, Status, Theme};
use crate::i18n::{format, messages, Lang, Msg};
use crate::state::{View, ViewState};

/// Every chart of the app. Its code is the stable `data-chart-id`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChartId {
    /// Where the aid funds came from: the Development Area's share and the rest.
    FundsBySource,
    /// The investments the report names.
    FundsNamed,
    /// Funds per project and per beneficiary (derived context).
    FundsPerUnit,
    /// Projects on a timeline with their status.
    ProjectsTimeline,
    /// The breeding farm's inputs and results.
    ProjectsBreedingFarm,
    /// Wind power connected vs signed.
    ProjectsWind,
    /// The industrial park's scale.
    ProjectsPark,
    /// People trained or exchanged, by group.
    TrainingByGroup,
    /// Who is paired with whom.
    TrainingPairings,
    /// Consumption-assistance sales, trade and jobs.
    SalesMarkets,
    /// 2022 per-capita net incomes.
    OutcomesIncome,
    /// Growth rates of 2022.
    OutcomesGrowth,
    /// Fixed-asset investment, 2021 (derived) and 2022.
    OutcomesInvestment,
}

impl ChartId {
    /// Every chart, in reading order.
    pub const ALL: [ChartId; 13] = [
        ChartId::FundsBySource,
        ChartId::FundsNamed,
        ChartId::FundsPerUnit,
        ChartId::ProjectsTimeline,
        ChartId::ProjectsBreedingFarm,
        ChartId::ProjectsWind,
        ChartId::ProjectsPark,
        ChartId::TrainingByGroup,
        ChartId::TrainingPairings,
        ChartId::SalesMarkets,
        ChartId::OutcomesIncome,
        ChartId::OutcomesGrowth,
        ChartId::OutcomesInvestment,
    ];

    /// The stable id used in `data-chart-id`, URLs and file names.
    pub fn code(self) -> &'static str {
        match self {
            ChartId::FundsBySource => "funds-by-source",
            ChartId::FundsNamed => "funds-named-investments",
            ChartId::FundsPerUnit => "funds-per-unit",
            ChartId::ProjectsTimeline => "projects-timeline",
            ChartId::ProjectsBreedingFarm => "projects-breeding-farm",
            ChartId::ProjectsWind => "projects-wind-power",
            ChartId::ProjectsPark => "projects-industrial-park",
            ChartId::TrainingByGroup => "training-by-group",
            ChartId::TrainingPairings => "training-pairings",
            ChartId::SalesMarkets => "sales-and-markets",
            ChartId::OutcomesIncome => "outcomes-income",
            ChartId::OutcomesGrowth => "outcomes-growth",
            ChartId::OutcomesInvestment => "outcomes-investment",
        }
    }

    /// Parses a chart code.
    pub fn from_code(code: &str) -> Option<ChartId> {
        ChartId::ALL.into_iter().find(|c| c.code() == code)
    }

    /// The view the chart belongs to.
    pub fn view(self) -> View {
        match self {
            ChartId::FundsBySource | ChartId::FundsNamed | ChartId::FundsPerUnit => View::Funds,
            ChartId::ProjectsTimeline
            | ChartId::ProjectsBreedingFarm
            | ChartId::ProjectsWind
            | ChartId::ProjectsPark => View::Projects,
            ChartId::TrainingByGroup | ChartId::TrainingPairings => View::Training,
            ChartId::SalesMarkets => View::Sales,
            ChartId::OutcomesIncome | ChartId::OutcomesGrowth | ChartId::OutcomesInvestment => {
                View::Outcomes
            }
        }
    }

    /// The charts of a view, in order.
    pub fn of_view(view: View) -> impl Iterator<Item = ChartId> {
        ChartId::ALL.into_iter().filter(move |c| c.view() == view)
    }

    /// Builds the chart's spec.
    pub fn spec(self, report: &Report, state: &ViewState) -> ChartSpec {
        match self {
            ChartId::FundsBySource => funds_by_source::spec(report, state),
            ChartId::FundsNamed => funds_named::spec(report, state),
            ChartId::FundsPerUnit => funds_per_unit::spec(report, state),
            ChartId::ProjectsTimeline => projects_timeline::spec(report, state),
            ChartId::ProjectsBreedingFarm => projects_breeding_farm::spec(report, state),
            ChartId::ProjectsWind => projects_wind::spec(report, state),
            ChartId::ProjectsPark => projects_park::spec(report, state),
            ChartId::TrainingByGroup => training_by_group::spec(report, state),
            ChartId::TrainingPairings => training_pairings::spec(report, state),
            ChartId::SalesMarkets => sales_markets::spec(report, state),
            ChartId::OutcomesIncome => outcomes_income::spec(report, state),
            ChartId::OutcomesGrowth => outcomes_growth::spec(report, state),
            ChartId::OutcomesInvestment => outcomes_investment::spec(report, state),
        }
    }
}

/// A chart, ready to render: its data items and how they are laid out.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartSpec {
    /// Which chart.
    pub id: ChartId,
    /// Title in the reader's language.
    pub title: String,
    /// A caveat shown under the title, if any.
    pub note: Option<String>,
    /// One sentence describing the data, used as the accessible description.
    pub summary: String,
    /// The interactive items, in reading (and keyboard) order.
    pub data: Vec<Datum>,
    /// How the items are drawn.
    pub layout: Layout,
}

/// One interactive item of a chart, with everything its tooltip and table row show.
#[derive(Clone, Debug, PartialEq)]
pub struct Datum {
    /// The figure, event or pairing id.
    pub key: String,
    /// What it is.
    pub label: String,
    /// The value to draw, in canonical units; `None` for items without a magnitude.
    pub value: Option<f64>,
    /// The value as text, with unit and "at least" mark.
    pub value_text: String,
    /// How the report qualifies it.
    pub qualifier: Qualifier,
    /// When it applies, as text.
    pub period_text: String,
    /// Where it comes from.
    pub provenance: Provenance,
    /// The theme, which picks the colour.
    pub theme: Theme,
}

impl Datum {
    /// The value text with the qualifier spelled out when it is not a plain "+":
    /// `6.5亿元/年（预计）`.
    pub fn value_with_qualifier(&self, lang: Lang) -> String {
        match (self.qualifier, messages::qualifier(self.qualifier, lang)) {
            (Qualifier::Exact | Qualifier::AtLeast, _) | (_, None) => self.value_text.clone(),
            (_, Some(word)) => lang.choose(
                format!("{}（{word}）", self.value_text),
                format!("{} ({word})", self.value_text),
            ),
        }
    }

    /// The verbatim quote, if the item is reported rather than derived.
    pub fn quote(&self) -> Option<&str> {
        match &self.provenance {
            Provenance::Quote(quote) => Some(quote),
            Provenance::Formula { .. } => None,
        }
    }
}

/// Where a datum comes from.
#[derive(Clone, Debug, PartialEq)]
pub enum Provenance {
    /// A verbatim fragment of the report.
    Quote(String),
    /// A derivation from reported figures.
    Formula {
        /// The formula, with its variables replaced by their labels: `资金总额 − 经开区资金`.
        text: String,
        /// The quotes of the inputs.
        input_quotes: Vec<String>,
    },
}

impl Provenance {
    /// The quote, or "计算方法：formula", as one line of text (tables and CSV).
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Provenance::Quote(quote) => quote.clone(),
            Provenance::Formula { text, .. } => format::labelled(Msg::Formula, text, lang),
        }
    }
}

/// How a chart's items are drawn.
#[derive(Clone, Debug, PartialEq)]
pub enum Layout {
    /// Panels of horizontal bars, one unit per panel so magnitudes are never mixed.
    Bars(Vec<BarPanel>),
    /// Dated events on a vertical time line; undated ones after it.
    Timeline(Vec<TimelineEntry>),
    /// Pairings, each a row of dots: one dot per organisation on each side.
    Pairings(Vec<PairingRow>),
}

/// A panel of bars sharing one unit and one scale.
#[derive(Clone, Debug, PartialEq)]
pub struct BarPanel {
    /// The panel's heading (names the unit).
    pub title: String,
    /// Whether the bars are parts of one whole ("of which"), drawn end to end.
    pub stacked: bool,
    /// The item (in an earlier panel) the parts belong to: they are drawn on its scale, and
    /// what the report does not break down is left as a faint track, never as a peer.
    pub whole: Option<usize>,
    /// Indexes into [`ChartSpec::data`].
    pub items: Vec<usize>,
}

/// How a panel's figures are drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PanelKind<'a> {
    /// Bars side by side on one scale.
    Bars,
    /// Parts of the figure with this id ("of which"), end to end on its scale.
    PartsOf(&'a str),
}

/// One event of the timeline.
#[derive(Clone, Debug, PartialEq)]
pub struct TimelineEntry {
    /// Index into [`ChartSpec::data`].
    pub item: usize,
    /// `YYYY` or `YYYY-MM`, `None` when the report gives no date.
    pub date: Option<String>,
    /// Done, under way, expected or signed.
    pub status: Status,
}

/// One pairing.
#[derive(Clone, Debug, PartialEq)]
pub struct PairingRow {
    /// Index into [`ChartSpec::data`].
    pub item: usize,
    /// Organisations on the aiding side.
    pub from_number: u32,
    /// Organisations on the aided side.
    pub to_number: u32,
}

/// Builds a [`Datum`] from a figure.
pub fn figure_datum(report: &Report, figure: &Figure, state: &ViewState) -> Datum {
    let lang = state.lang;
    let provenance = match (&figure.source, &figure.derivation) {
        (Some(quote), _) => Provenance::Quote(quote.clone()),
        (None, Some(derivation)) => {
            let mut text = derivation.formula.clone();
            let mut input_quotes = Vec::new();
            for (name, id) in &derivation.inputs {
                if let Some(input) = report.figure(id) {
                    text = replace_variable(&text, name, lang.pick(&input.label));
                    input_quotes.extend(input.source.clone());
                }
            }
            Provenance::Formula {
                text: text.replace(" - ", " − ").replace(" * ", " × "),
                input_quotes,
            }
        }
        (None, None) => Provenance::Formula {
            text: String::new(),
            input_quotes: Vec::new(),
        },
    };
    Datum {
        key: figure.id.clone(),
        label: lang.pick(&figure.label).to_string(),
        value: Some(figure.value),
        value_text: format::figure_value(figure, lang, state.money),
        qualifier: figure.qualifier,
        period_text: period_text(figure.period.as_deref(), lang),
        provenance,
        theme: figure.theme,
    }
}

/// Replaces whole-word occurrences of the variable `name` in `formula` by `「label」`.
fn replace_variable(formula: &str, name: &str, label: &str) -> String {
    let mut out = String::new();
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        if word == name {
            out.push_str(&format!("「{label}」"));
        } else {
            out.push_str(word);
        }
        word.clear();
    };
    for c in formula.chars() {
        if c.is_ascii_alphanumeric() || c == '_' {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}

/// A period for reading, or "not stated".
pub fn period_text(period: Option<&str>, lang: Lang) -> String {
    period.map_or_else(
        || Msg::PeriodNotStated.text(lang).to_string(),
        |p| format::period(p, lang),
    )
}

/// A bar panel of the given figures, skipping ids the report lacks. Returns the panel and adds
/// its items to `data`.
pub fn bar_panel(
    report: &Report,
    state: &ViewState,
    data: &mut Vec<Datum>,
    title: String,
    kind: PanelKind,
    ids: &[&str],
) -> Option<BarPanel> {
    let start = data.len();
    let whole = match kind {
        PanelKind::Bars => None,
        PanelKind::PartsOf(whole) => data.iter().position(|d| d.key == whole),
    };
    data.extend(
        ids.iter()
            .filter_map(|id| report.figure(id))
            .map(|f| figure_datum(report, f, state)),
    );
    (data.len() > start).then(|| BarPanel {
        title,
        stacked: kind != PanelKind::Bars,
        whole,
        items: (start..data.len()).collect(),
    })
}

/// A chart of bar panels, with a summary listing every item. `panels` are
/// `(title, kind, figure ids)`.
pub fn bars_chart(
    id: ChartId,
    report: &Report,
    state: &ViewState,
    title: String,
    note: Option<String>,
    panels: Vec<(String, PanelKind, &[&str])>,
) -> ChartSpec {
    let mut data = Vec::new();
    let panels: Vec<BarPanel> = panels
        .into_iter()
        .filter_map(|(panel_title, kind, ids)| {
            bar_panel(report, state, &mut data, panel_title, kind, ids)
        })
        .collect();
    let summary = list_summary(&title, &data, state.lang);
    ChartSpec {
        id,
        title,
        note,
        summary,
        data,
        layout: Layout::Bars(panels),
    }
}

/// Charts of one row per item (timeline, pairings) draw at most this many and say how many
/// more the table holds, so a very large report stays readable and fast.
pub const MAX_DRAWN: usize = 30;

/// Summaries list at most this many items, then say how many more there are.
const MAX_SUMMARISED: usize = 12;

/// "另有N项未绘出，见表格。" for a chart drawing only the first [`MAX_DRAWN`] of `total` items.
pub fn undrawn_note(total: usize, lang: Lang) -> Option<String> {
    (total > MAX_DRAWN).then(|| {
        let more = total - MAX_DRAWN;
        lang.choose(
            format!("仅绘出前{MAX_DRAWN}项，另有{more}项见表格。"),
            format!("Only the first {MAX_DRAWN} are drawn; {more} more are in the table."),
        )
    })
}

/// "Title: A 1.065亿元; B 3077.6万元 (derived)." — every item, with its qualifier (the first
/// dozen, then how many more).
pub fn list_summary(title: &str, data: &[Datum], lang: Lang) -> String {
    let mut items: Vec<String> = data
        .iter()
        .take(MAX_SUMMARISED)
        .map(|d| format!("{} {}", d.label, d.value_with_qualifier(lang)))
        .collect();
    if data.len() > MAX_SUMMARISED {
        let more = data.len() - MAX_SUMMARISED;
        items.push(lang.choose(format!("另有{more}项"), format!("and {more} more")));
    }
    if items.is_empty() {
        return format!(
            "{title}{}",
            lang.choose(
                "：报告中没有相关数据。",
                ": the report has no data for this."
            )
        );
    }
    lang.choose(
        format!("{title}：{}。", items.join("；")),
        format!("{title}: {}.", items.join("; ")),
    )
}

/// A project's name from the report, or `fallback` (zh, en) when the report has no such project.
pub fn project_name(report: &Report, id: &str, lang: Lang, fallback: (&str, &str)) -> String {
    report.projects.iter().find(|p| p.id == id).map_or_else(
        || lang.choose(fallback.0, fallback.1).to_string(),
        |p| lang.pick(&p.name).to_string(),
    )
}

/// Shorthand for a text in both languages.
pub fn t(lang: Lang, zh: &str, en: &str) -> String {
    lang.choose(zh, en).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chart_codes_round_trip_and_are_unique() {
        for chart in ChartId::ALL {
            assert_eq!(ChartId::from_code(chart.code()), Some(chart));
        }
        let mut codes: Vec<_> = ChartId::ALL.iter().map(|c| c.code()).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), ChartId::ALL.len());
    }

    #[test]
    fn variables_are_replaced_as_whole_words() {
        assert_eq!(
            replace_variable("a / (1 + b / 100)", "b", "增长"),
            "a / (1 + 「增长」 / 100)"
        );
        assert_eq!(replace_variable("ab - a", "a", "X"), "ab - 「X」");
    }
}
