//! What the chart compiler makes for the renderer: a [`CompiledChart`], its items
//! ([`Datum`]) and how each kind lays them out ([`Layout`]), and the words every kind's items
//! are made of ([`Texts`], [`figure_datum`]). Apart from the compiler (`compile`) and the kinds
//! (`kinds`), which both build on it.

use crate::i18n::money::MoneyUnit;
use crate::i18n::{format, messages, Msg};
use report::{template, ChartDescription, Figure, Lang, Qualifier, Report, Status, Theme};

/// What every kind needs to word its items: the report, the language and the money unit.
pub(crate) struct Texts<'a> {
    pub(crate) report: &'a Report,
    pub(crate) lang: Lang,
    pub(crate) money: MoneyUnit,
}

impl Texts<'_> {
    /// A description's text in the reader's language, its placeholders filled from the report.
    pub(crate) fn fill(&self, text: &report::Localized) -> String {
        let template = self.lang.pick(text);
        template::fill(template, |placeholder| {
            let figure = self.report.figure(placeholder.figure)?;
            Some(match placeholder.field {
                // With its qualifier spelled out: a summary never states a projected,
                // capacity or derived value as a plain fact.
                template::Field::Value => self.datum(figure).value_with_qualifier(self.lang),
                template::Field::Period => period_text(figure.period.as_deref(), self.lang),
                template::Field::Since => format::date(figure.period_start()?, self.lang),
            })
        })
        .unwrap_or_else(|| template.to_string())
    }

    /// The figure as an item of a chart.
    pub(crate) fn datum(&self, figure: &Figure) -> Datum {
        figure_datum(self.report, figure, self.lang, self.money)
    }

    /// The description's summary, or one listing every item.
    pub(crate) fn summary(&self, chart: &ChartDescription, title: &str, data: &[Datum]) -> String {
        match &chart.summary {
            Some(summary) => self.fill(summary),
            None => list_summary(title, data, self.lang),
        }
    }

    /// The description's note followed by what the kind itself has to say.
    pub(crate) fn note(
        &self,
        chart: &ChartDescription,
        own: impl IntoIterator<Item = Option<String>>,
    ) -> Option<String> {
        std::iter::once(chart.note.as_ref().map(|note| self.fill(note)))
            .chain(own)
            .flatten()
            .reduce(|a, b| format!("{a}{}{b}", self.lang.choose("", " ")))
    }
}

/// A chart, ready to render: its data items and how they are laid out.
#[derive(Clone, Debug, PartialEq)]
pub struct CompiledChart {
    /// Which chart: its stable id.
    pub id: String,
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
    /// The value as text, with unit and "at least" or "about" mark.
    pub value_text: String,
    /// How the report qualifies it.
    pub qualifier: Qualifier,
    /// When it applies, as text.
    pub period_text: String,
    /// Where it comes from.
    pub provenance: Provenance,
    /// The theme, which picks the colour.
    pub theme: Theme,
    /// The label of the figure it is a part of ("of which"), which its table row names.
    pub whole: Option<String>,
}

impl Datum {
    /// The value text with the qualifier spelled out when it is not a plain "+" or 约/about
    /// (which the value text carries): `6.5亿元/年（预计）`, `约1200人次`.
    pub fn value_with_qualifier(&self, lang: Lang) -> String {
        match (self.qualifier, messages::qualifier(self.qualifier, lang)) {
            (Qualifier::Exact | Qualifier::AtLeast | Qualifier::Approximate, _) | (_, None) => {
                self.value_text.clone()
            }
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
        /// The formula, with its variables replaced by their labels: `「资金总额」 − 「其中区级资金」`.
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
    /// Indexes into [`CompiledChart::data`].
    pub items: Vec<usize>,
}

/// One event of the timeline.
#[derive(Clone, Debug, PartialEq)]
pub struct TimelineEntry {
    /// Index into [`CompiledChart::data`].
    pub item: usize,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `None` when the report gives no date.
    pub date: Option<String>,
    /// Done, under way, expected or signed.
    pub status: Status,
}

/// One pairing.
#[derive(Clone, Debug, PartialEq)]
pub struct PairingRow {
    /// Index into [`CompiledChart::data`].
    pub item: usize,
    /// The figures holding the two sides' counts, drawn as the row's dots.
    pub counts: Vec<String>,
    /// Organisations on the aiding side.
    pub from_number: u32,
    /// Organisations on the aided side.
    pub to_number: u32,
}

/// Builds a [`Datum`] from a figure.
pub fn figure_datum(report: &Report, figure: &Figure, lang: Lang, money: MoneyUnit) -> Datum {
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
        value_text: format::figure_value(figure, lang, money),
        qualifier: figure.qualifier,
        period_text: period_text(figure.period.as_deref(), lang),
        provenance,
        theme: figure.theme,
        whole: figure
            .part_of
            .as_deref()
            .and_then(|id| report.figure(id))
            .map(|whole| lang.pick(&whole.label).to_string()),
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

/// Charts of one row per item (timeline, pairings) draw at most this many and say how many
/// more the table holds, so a very large report stays readable and fast.
pub const MAX_DRAWN: usize = 30;

/// Summaries list at most this many items, then say how many more there are.
const MAX_SUMMARISED: usize = 12;

/// The note of a chart drawing only the first [`MAX_DRAWN`] of `total` items.
pub fn undrawn_note(total: usize, lang: Lang) -> Option<String> {
    (total > MAX_DRAWN).then(|| format::undrawn(MAX_DRAWN, total - MAX_DRAWN, lang))
}

/// "Title: A 1.065亿元; B 3077.6万元 (derived)." — every item, with its qualifier (the first
/// dozen, then how many more).
pub fn list_summary(title: &str, data: &[Datum], lang: Lang) -> String {
    let items: Vec<String> = data
        .iter()
        .take(MAX_SUMMARISED)
        .map(|d| {
            let label = report::file_text::on_screen(&d.label);
            format!("{label} {}", d.value_with_qualifier(lang))
        })
        .collect();
    format::list_summary(
        title,
        &items,
        data.len().saturating_sub(MAX_SUMMARISED),
        lang,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variables_are_replaced_as_whole_words() {
        assert_eq!(
            replace_variable("a / (1 + b / 100)", "b", "增长"),
            "a / (1 + 「增长」 / 100)"
        );
        assert_eq!(replace_variable("ab - a", "a", "X"), "ab - 「X」");
    }
}
