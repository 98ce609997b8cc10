//! How the editor's proposals do on a finished report: its stated figures are replayed in file
//! order as an officer makes them, each by selecting its quote in the text (and, when the quote
//! holds several numbers, choosing the figure's), through the same [`propose_figure`] the
//! editor's form calls, against a draft holding the report's details and the figures made so
//! far. Each field the proposal got wrong is one correction: the card counts the proposals that
//! were right and the officer's actions.

use super::draft::{propose_figure, FigureFields};
use report::{Figure, Report};
use std::ops::Range;

/// The fields of the figure form an officer confirms or corrects, in the form's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Value,
    Unit,
    Counter,
    Qualifier,
    Period,
    Theme,
    Indicator,
    PartOf,
    Place,
}

impl Field {
    /// Every field, in the form's order.
    pub const ALL: [Field; 9] = [
        Field::Value,
        Field::Unit,
        Field::Counter,
        Field::Qualifier,
        Field::Period,
        Field::Theme,
        Field::Indicator,
        Field::PartOf,
        Field::Place,
    ];

    /// Its name in the card.
    pub fn name(self) -> &'static str {
        match self {
            Field::Value => "value",
            Field::Unit => "unit",
            Field::Counter => "measure word",
            Field::Qualifier => "qualifier",
            Field::Period => "period",
            Field::Theme => "theme",
            Field::Indicator => "indicator",
            Field::PartOf => "part of",
            Field::Place => "place",
        }
    }

    /// The field as the form shows it.
    pub fn shown(self, fields: &FigureFields) -> String {
        match self {
            Field::Value => fields.value.clone(),
            Field::Unit => fields.unit.clone(),
            Field::Counter => fields.counter.clone(),
            Field::Qualifier => fields.qualifier.clone(),
            Field::Period => fields.period.clone(),
            Field::Theme => fields.theme.clone(),
            Field::Indicator => fields.indicator.clone(),
            Field::PartOf => fields.part_of.clone(),
            Field::Place => fields.place.join(", "),
        }
    }

    /// Whether the proposal's field says what the finished figure says: the same number, the
    /// same places in any order, else the same text.
    fn agrees(self, proposed: &FigureFields, made: &FigureFields) -> bool {
        match self {
            Field::Value => proposed.value.parse::<f64>().ok() == made.value.parse::<f64>().ok(),
            Field::Place => {
                let sorted = |fields: &FigureFields| {
                    let mut places = fields.place.clone();
                    places.sort();
                    places
                };
                sorted(proposed) == sorted(made)
            }
            _ => self.shown(proposed) == self.shown(made),
        }
    }
}

/// One figure replayed.
#[derive(Clone, Debug, PartialEq)]
pub struct FigureTrial {
    /// The finished figure's id.
    pub id: String,
    /// The fields the proposal got wrong, in the form's order.
    pub wrong: Vec<Field>,
    /// Whether the officer had to choose the figure's number among the quote's.
    pub chose_number: bool,
    /// What the form proposed.
    pub proposed: FigureFields,
}

impl FigureTrial {
    /// What the officer did for it: select the quote, choose the number if needed, correct
    /// each wrong field, add it.
    pub fn actions(&self) -> usize {
        2 + usize::from(self.chose_number) + self.wrong.len()
    }
}

/// The report's card: every stated figure replayed. Derived figures have no quote to select
/// and are not counted.
#[derive(Clone, Debug, PartialEq)]
pub struct ReportCard {
    pub trials: Vec<FigureTrial>,
}

impl ReportCard {
    /// How many proposals of `field` were right.
    pub fn right(&self, field: Field) -> usize {
        self.trials
            .iter()
            .filter(|t| !t.wrong.contains(&field))
            .count()
    }

    /// All actions, for every figure.
    pub fn actions(&self) -> usize {
        self.trials.iter().map(FigureTrial::actions).sum()
    }
}

/// Replays `report`'s stated figures; `None` when it has no text to select in.
pub fn replay(report: &Report) -> Option<ReportCard> {
    let text = report.original_text.as_deref()?;
    let mut draft = report.clone();
    draft.figures.clear();
    draft.headline = None;
    draft.charts.clear();
    let mut trials = Vec::new();
    for figure in &report.figures {
        let Some(quote) = figure.source.as_deref() else {
            continue;
        };
        let Some(at) = text.find(quote) else {
            continue;
        };
        let selection = at..at + quote.len();
        let first = propose_figure(&draft, selection.clone(), None);
        let number = number_of(figure, &first.phrases);
        let chose_number = number
            .as_ref()
            .is_some_and(|(index, _)| *index != first.chosen);
        let proposal = match number {
            Some((_, range)) if chose_number => propose_figure(&draft, selection, Some(range)),
            _ => first,
        };
        let made = FigureFields::of(figure);
        let wrong = Field::ALL
            .into_iter()
            .filter(|field| !field.agrees(&proposal.fields, &made))
            .collect();
        trials.push(FigureTrial {
            id: figure.id.clone(),
            wrong,
            chose_number,
            proposed: proposal.fields,
        });
        draft.figures.push(figure.clone());
    }
    Some(ReportCard { trials })
}

/// The number of the quote an officer would choose for `figure`: the first read with its
/// value (and unit, where one has both).
fn number_of(figure: &Figure, phrases: &[report::phrase::Phrase]) -> Option<(usize, Range<usize>)> {
    let same = |p: &&report::phrase::Phrase| p.value == figure.value;
    phrases
        .iter()
        .enumerate()
        .find(|(_, p)| same(p) && p.unit == figure.unit)
        .or_else(|| phrases.iter().enumerate().find(|(_, p)| same(p)))
        .map(|(index, p)| (index, p.range.clone()))
}
