//! The report being made in the authoring view (`?view=edit`): its history for undo and redo,
//! the figure the form proposes for a selection and the checks of one figure. The draft is an
//! ordinary [`Report`]: what is downloaded is what was validated. The app keeps it in the
//! browser's storage (`state::draft` of the app).

use crate::{structure, suggest};
use charts::i18n::format;
use charts::i18n::money::MoneyUnit;
use report::Lang;
use report::{phrase, phrase::Phrase};
use report::{
    validate, vocabulary, DataError, Figure, Localized, Meta, Place, PlaceKind, Problem, Qualifier,
    Report, Theme, Unit,
};
use std::ops::Range;

/// How many steps back undo reaches.
const HISTORY: usize = 200;

/// The longest text a draft starts from, in characters: about 50 pages, several times a
/// county's yearly report. Starting a draft from a text this long took 0.9 s in Chromium on a
/// 2-core machine (20,000 characters: 0.4 s); the time grows with the text.
pub const MAX_TEXT_CHARS: usize = 100_000;

/// A report with its undo and redo steps.
#[derive(Clone, Debug, PartialEq)]
pub struct History {
    past: Vec<Report>,
    present: Report,
    future: Vec<Report>,
}

impl History {
    /// A history starting at `report`, with nothing to undo.
    pub fn new(report: Report) -> History {
        History {
            past: Vec::new(),
            present: report,
            future: Vec::new(),
        }
    }

    /// The report as it is now.
    pub fn present(&self) -> &Report {
        &self.present
    }

    /// Applies `change` as one undoable step; a change that changes nothing is not a step.
    pub fn apply(&mut self, change: impl FnOnce(&mut Report)) {
        let mut next = self.present.clone();
        change(&mut next);
        if next == self.present {
            return;
        }
        self.past.push(std::mem::replace(&mut self.present, next));
        if self.past.len() > HISTORY {
            self.past.remove(0);
        }
        self.future.clear();
    }

    /// Whether there is a step to undo.
    pub fn can_undo(&self) -> bool {
        !self.past.is_empty()
    }

    /// Whether there is an undone step to redo.
    pub fn can_redo(&self) -> bool {
        !self.future.is_empty()
    }

    /// Goes one step back.
    pub fn undo(&mut self) {
        if let Some(previous) = self.past.pop() {
            self.future
                .push(std::mem::replace(&mut self.present, previous));
        }
    }

    /// Goes one undone step forward again.
    pub fn redo(&mut self) {
        if let Some(next) = self.future.pop() {
            self.past.push(std::mem::replace(&mut self.present, next));
        }
    }
}

/// A place with no name yet, for the form's first fields.
fn unnamed_place(id: &str) -> Place {
    Place {
        id: id.into(),
        name: Localized {
            zh: String::new(),
            en: String::new(),
        },
        kind: PlaceKind::Other,
        code: None,
    }
}

/// A place as the details form gives it: its id is the draft's to keep or make.
#[derive(Clone, Debug, PartialEq)]
pub struct NamedPlace {
    /// Its name in both languages.
    pub name: Localized,
    /// Its kind, as chosen.
    pub kind: PlaceKind,
    /// Its administrative code, if given.
    pub code: Option<String>,
}

/// The regions and partners named in the details form: a place keeps its id while its name is
/// only corrected (figures name it), a new name gets one from its English name.
pub fn places(
    region: Vec<NamedPlace>,
    partner: Vec<NamedPlace>,
    meta: &Meta,
) -> (Vec<Place>, Vec<Place>) {
    let mut taken: Vec<String> = Vec::new();
    let mut named = |names: Vec<NamedPlace>, before: &[Place], fallback: &str| -> Vec<Place> {
        names
            .into_iter()
            .enumerate()
            .map(|(index, place)| {
                let kept = before
                    .get(index)
                    .filter(|p| p.name.zh == place.name.zh || p.name.en == place.name.en)
                    .map(|p| p.id.clone())
                    .filter(|id| !taken.contains(id));
                let id = kept.unwrap_or_else(|| {
                    report::migrate::new_place_id(&place.name.en, fallback, &taken)
                });
                taken.push(id.clone());
                Place {
                    id,
                    name: place.name,
                    kind: place.kind,
                    code: place.code,
                }
            })
            .collect()
    };
    let region = named(region, &meta.region, "region");
    let partner = named(partner, &meta.partner, "partner");
    (region, partner)
}

/// An empty report around `text`: the officer fills in the rest.
pub fn blank(text: String) -> Report {
    let empty = || Localized {
        zh: String::new(),
        en: String::new(),
    };
    let mut report = Report::new(Meta {
        id: String::new(),
        title: empty(),
        publisher: empty(),
        published: String::new(),
        level: None,
        source_url: None,
        region: vec![unnamed_place("region")],
        partner: vec![unnamed_place("partner")],
    });
    report.original_text = Some(text);
    report
}

/// The figure form's fields, as typed: what a selection proposes, or a figure of the draft
/// opened for correction.
#[derive(Clone, Debug, PartialEq)]
pub struct FigureFields {
    /// The value, in canonical units.
    pub value: String,
    /// The unit's code.
    pub unit: String,
    /// The measure word, or empty.
    pub counter: String,
    /// The qualifier's code.
    pub qualifier: String,
    /// The period, or empty.
    pub period: String,
    /// The theme's code.
    pub theme: String,
    /// The project's id, or empty.
    pub project: String,
    /// The indicator's id, or empty for none.
    pub indicator: String,
    /// The id of the figure it is a part of, or empty.
    pub part_of: String,
    /// The ids of the places it is stated for.
    pub place: Vec<String>,
    /// The id, or empty (one is made from the English label).
    pub id: String,
    /// The Chinese label.
    pub label_zh: String,
    /// The English label.
    pub label_en: String,
}

/// What a fragment proposing nothing leaves in the form: no value, no words, the first
/// choices.
impl Default for FigureFields {
    fn default() -> FigureFields {
        FigureFields {
            value: String::new(),
            unit: Unit::Count.code().into(),
            counter: String::new(),
            qualifier: Qualifier::Exact.code().into(),
            period: String::new(),
            theme: Theme::Projects.code().into(),
            project: String::new(),
            indicator: String::new(),
            part_of: String::new(),
            place: Vec::new(),
            id: String::new(),
            label_zh: String::new(),
            label_en: String::new(),
        }
    }
}

impl FigureFields {
    /// A figure of the draft, shown for correction.
    pub fn of(figure: &Figure) -> FigureFields {
        FigureFields {
            value: figure.value.to_string(),
            unit: figure.unit.code().into(),
            counter: figure.counter.clone().unwrap_or_default(),
            qualifier: figure.qualifier.code().into(),
            period: figure.period.clone().unwrap_or_default(),
            theme: figure.theme.code().into(),
            project: figure.project.clone().unwrap_or_default(),
            indicator: figure.indicator.clone().unwrap_or_default(),
            part_of: figure.part_of.clone().unwrap_or_default(),
            place: figure.place.clone(),
            id: figure.id.clone(),
            label_zh: figure.label.zh.clone(),
            label_en: figure.label.en.clone(),
        }
    }

    /// The value as the app will show it, with the measure word the report writes (120家, not
    /// 120个); `None` while the value is not a number.
    pub fn read_back(&self, lang: Lang) -> Option<String> {
        let value: f64 = self
            .value
            .trim()
            .parse()
            .ok()
            .filter(|v: &f64| v.is_finite())?;
        let counter = self.counter.trim();
        let figure = Figure {
            id: String::new(),
            value,
            unit: Unit::from_code(&self.unit)?,
            counter: (!counter.is_empty()).then(|| counter.to_string()),
            qualifier: Qualifier::from_code(&self.qualifier)?,
            period: None,
            theme: Theme::Projects,
            indicator: None,
            part_of: None,
            place: Vec::new(),
            project: None,
            label: Localized {
                zh: String::new(),
                en: String::new(),
            },
            source: None,
            derivation: None,
        };
        Some(format::figure_value(&figure, lang, MoneyUnit::Auto))
    }
}

/// The fields after another number of the fragment is chosen in the form: the number's own
/// fields (value, unit, measure word, qualifier) are `next`'s, and every other field is
/// `next`'s where `typed` still shows the last proposal (`before`), else what was typed.
pub fn rechoose(typed: &FigureFields, before: &FigureFields, next: &FigureFields) -> FigureFields {
    fn keep<T: PartialEq + Clone>(typed: &T, before: &T, next: &T) -> T {
        if typed == before { next } else { typed }.clone()
    }
    FigureFields {
        value: next.value.clone(),
        unit: next.unit.clone(),
        counter: next.counter.clone(),
        qualifier: next.qualifier.clone(),
        period: keep(&typed.period, &before.period, &next.period),
        theme: keep(&typed.theme, &before.theme, &next.theme),
        project: keep(&typed.project, &before.project, &next.project),
        indicator: keep(&typed.indicator, &before.indicator, &next.indicator),
        part_of: keep(&typed.part_of, &before.part_of, &next.part_of),
        place: keep(&typed.place, &before.place, &next.place),
        id: keep(&typed.id, &before.id, &next.id),
        label_zh: keep(&typed.label_zh, &before.label_zh, &next.label_zh),
        label_en: keep(&typed.label_en, &before.label_en, &next.label_en),
    }
}

/// What a selection proposes for a figure: the fields, the numbers of the fragment to choose
/// among, and the one chosen.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FigureProposal {
    /// The fields, as that selection alone proposes them.
    pub fields: FigureFields,
    /// The indicators the fragment's words name, best first (the first is in the fields).
    pub indicators: Vec<String>,
    /// The numbers read in the fragment, in order.
    pub phrases: Vec<Phrase>,
    /// Which of them the fields are made from.
    pub chosen: usize,
}

/// The figure `selection` (byte offsets into the draft's text) proposes, from that selection
/// alone: nothing of an earlier one survives, and a fragment without a number proposes no
/// value. `number` is the number phrase chosen in the text (a marked number taken with its
/// clause, or one of the fragment's numbers chosen in the form): the fields are made from it,
/// else from the fragment's first number. The indicator is the one the words name, the whole
/// a figure of the draft a part word (其中) follows, the places those named before it; the id
/// is the indicator's, unused in the draft.
pub fn propose_figure(
    draft: &Report,
    selection: Range<usize>,
    number: Option<Range<usize>>,
) -> FigureProposal {
    let text = draft.original_text.as_deref().unwrap_or_default();
    let published = draft.meta.published_date();
    let Some(suggestion) = suggest::suggest(text, selection, published) else {
        return FigureProposal::default();
    };
    let quote = suggestion.quote.clone();
    let chosen = number
        .and_then(|number| {
            suggestion
                .phrases
                .iter()
                .position(|p| p.range.start < number.end && number.start < p.range.end)
        })
        .unwrap_or(0);
    let mut fields = FigureFields {
        period: suggestion.period.clone().unwrap_or_default(),
        theme: suggestion.theme.code().into(),
        ..FigureFields::default()
    };
    let mut indicators = Vec::new();
    if let Some(phrase) = suggestion.phrases.get(chosen) {
        fields.value = phrase.value.to_string();
        fields.unit = phrase.unit.code().into();
        fields.counter = phrase.counter.clone().unwrap_or_default();
        fields.qualifier = phrase.qualifier.code().into();
        if chosen > 0 {
            // A later number of the fragment has its own clause's period.
            fields.period = published
                .and_then(|day| phrase::period(text, phrase.range.clone(), day))
                .unwrap_or_default();
        }
        // The label: the words between the number before it (or the quote's start) and it.
        let from = match chosen {
            0 => quote.start,
            _ => suggestion.phrases[chosen - 1].range.end.max(quote.start),
        };
        fields.label_zh = suggest::quote_range(text, from..phrase.range.start.max(from))
            .map(|r| text[r].to_string())
            .unwrap_or_default();
        fields.part_of =
            structure::whole_of(text, phrase.range.clone(), phrase.unit, &draft.figures)
                .unwrap_or_default()
                .to_string();
        let whole = draft.figure(&fields.part_of);
        let named = suggest::indicators(text, quote.clone(), phrase);
        indicators = suggest::with_whole(named, whole.and_then(|w| w.indicator.as_deref()))
            .into_iter()
            .map(|i| i.id.clone())
            .collect();
        fields.indicator = indicators.first().cloned().unwrap_or_default();
        let indicator = vocabulary::get(&fields.indicator);
        fields.theme = suggest::proposed_theme(text, quote, phrase, indicator)
            .code()
            .into();
        // A part the sentence gives no period is of its whole's.
        if fields.period.is_empty() {
            if let Some(period) = whole.and_then(|w| w.period.clone()) {
                fields.period = period;
            }
        }
        fields.place = structure::places_of(text, phrase.range.clone(), &draft.meta.region);
        fields.id = auto_id(&fields, &used_ids(draft, None));
    }
    FigureProposal {
        fields,
        indicators,
        phrases: suggestion.phrases,
        chosen,
    }
}

/// The ids of the draft's figures, but the one at `index` (a figure being corrected).
pub fn used_ids(draft: &Report, index: Option<usize>) -> Vec<String> {
    draft
        .figures
        .iter()
        .enumerate()
        .filter(|(i, _)| Some(*i) != index)
        .map(|(_, f)| f.id.clone())
        .collect()
}

/// The id `fields` propose: their indicator's, with the period's year and the places as far
/// as needed to be unused; empty without an indicator (the form then makes one from the
/// English label).
pub fn auto_id(fields: &FigureFields, used: &[String]) -> String {
    if fields.indicator.is_empty() {
        return String::new();
    }
    let taken: Vec<&str> = used.iter().map(String::as_str).collect();
    let period = Some(fields.period.trim()).filter(|p| !p.is_empty());
    suggest::indicator_id(&fields.indicator, period, &fields.place, &taken)
}

/// The problems the validator finds at `figure` once it is in `report`: in place of the
/// figure at `index` (one corrected), or after the others (a new one). The form refuses to
/// add a figure with any, so what is added is a figure the app opens. A missing English label
/// is not among them: the officer writes the Chinese, and the download waits for the English.
pub fn figure_problems(report: &Report, index: Option<usize>, figure: Figure) -> Vec<DataError> {
    let mut candidate = report.clone();
    let at = match index {
        Some(index) if index < candidate.figures.len() => {
            candidate.figures[index] = figure;
            index
        }
        _ => {
            candidate.figures.push(figure);
            candidate.figures.len() - 1
        }
    };
    let english_later = {
        let label = &candidate.figures[at].label;
        !label.zh.trim().is_empty() && label.en.trim().is_empty()
    };
    // `figures[3]`, `figures[3].id`, `figures[3] (id).value`, never `figures[31]`.
    let stem = format!("figures[{at}]");
    let is_here = |location: &str| {
        location
            .strip_prefix(&stem)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('.') || rest.starts_with(" ("))
    };
    validate::validate(&candidate, candidate.original_text.as_deref())
        .into_iter()
        .filter(|e| is_here(&e.location))
        .filter(|e| !(english_later && e.problem == Problem::NeedsBothLabels))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use report::SCHEMA_VERSION;

    fn with_id(id: &str) -> Report {
        let mut report = blank("文".into());
        report.meta.id = id.into();
        report
    }

    #[test]
    fn undo_and_redo_walk_the_steps() {
        let mut history = History::new(with_id("a"));
        history.apply(|r| r.meta.id = "b".into());
        history.apply(|r| r.meta.id = "c".into());
        history.undo();
        assert_eq!(history.present().meta.id, "b");
        history.undo();
        assert_eq!(history.present().meta.id, "a");
        assert!(!history.can_undo());
        history.undo();
        assert_eq!(history.present().meta.id, "a");
        history.redo();
        history.redo();
        assert_eq!(history.present().meta.id, "c");
        assert!(!history.can_redo());
    }

    #[test]
    fn a_new_step_drops_the_undone_ones_and_no_change_is_no_step() {
        let mut history = History::new(with_id("a"));
        history.apply(|r| r.meta.id = "b".into());
        history.undo();
        history.apply(|r| r.meta.id = "c".into());
        assert!(!history.can_redo());
        history.apply(|r| r.meta.id = "c".into());
        history.undo();
        assert_eq!(history.present().meta.id, "a");
    }

    #[test]
    fn a_draft_reads_back_as_kept_even_unfinished() {
        let mut report = blank("2022年，投入资金100万元。".into());
        report.meta.region.push(Place {
            name: Localized {
                zh: "二".into(),
                en: String::new(),
            },
            ..unnamed_place("region_2")
        });
        let kept = report.to_json();
        assert_eq!(report::validate::read_unchecked(&kept), Ok(report));
    }

    #[test]
    fn a_draft_kept_in_version_3_reads_back_in_version_4() {
        let kept = r#"{"schema_version":3,"meta":{"id":"","title":{"zh":"","en":""},
            "publisher":{"zh":"","en":""},"published":"2024-06-30",
            "region":[{"zh":"白河旗","en":"Baihe Banner"},{"zh":"","en":""}],
            "partner":[{"zh":"东坪区","en":""}]},
            "figures":[],"projects":[],"pairings":[],"original_text":"文"}"#;
        let report = report::validate::read_unchecked(kept).unwrap();
        assert_eq!(report.schema_version, SCHEMA_VERSION);
        let meta = &report.meta;
        let places: Vec<(&str, PlaceKind)> = meta
            .region
            .iter()
            .chain(&meta.partner)
            .map(|p| (p.id.as_str(), p.kind))
            .collect();
        assert_eq!(
            places,
            [
                ("baihe_banner", PlaceKind::Banner),
                ("region", PlaceKind::Other),
                ("partner", PlaceKind::District)
            ]
        );
        let again = report.to_json();
        assert_eq!(report::validate::read_unchecked(&again), Ok(report));
    }

    #[test]
    fn places_keep_their_ids_while_named_and_take_the_kinds_and_codes_given() {
        let given = |zh: &str, en: &str, kind, code: Option<&str>| NamedPlace {
            name: Localized {
                zh: zh.into(),
                en: en.into(),
            },
            kind,
            code: code.map(String::from),
        };
        let meta = blank(String::new()).meta;
        let (region, partner) = places(
            vec![
                given("白河旗", "Baihe Banner", PlaceKind::Banner, Some("159901")),
                given("红山旗", "Baihe Banner", PlaceKind::Banner, None),
            ],
            vec![given("东坪区", "", PlaceKind::District, None)],
            &meta,
        );
        let ids: Vec<&str> = region
            .iter()
            .chain(&partner)
            .map(|p| p.id.as_str())
            .collect();
        assert_eq!(ids, ["baihe_banner", "baihe_banner_2", "partner"]);
        assert_eq!(region[0].code.as_deref(), Some("159901"));
        // A corrected name keeps the id figures name; the kind chosen by hand stays.
        let meta = Meta {
            region: region.clone(),
            ..meta
        };
        let (again, _) = places(
            vec![given(
                "白河旗",
                "Baihe Banner (fictional)",
                PlaceKind::Other,
                None,
            )],
            Vec::new(),
            &meta,
        );
        assert_eq!(again[0].id, "baihe_banner");
        assert_eq!(
            (again[0].kind, again[0].code.as_deref()),
            (PlaceKind::Other, None)
        );
    }

    /// A draft around `text`, published on 30 June 2024.
    fn draft_of(text: &str) -> Report {
        let mut report = blank(text.into());
        report.meta.published = "2024-06-30T10:00:00+08:00".into();
        report
    }

    fn propose(text: &str, fragment: &str, number: Option<&str>) -> FigureProposal {
        let at = text.find(fragment).unwrap();
        let number = number.map(|n| {
            let n_at = at + fragment.find(n).unwrap();
            n_at..n_at + n.len()
        });
        propose_figure(&draft_of(text), at..at + fragment.len(), number)
    }

    #[test]
    fn a_fragment_without_a_number_proposes_no_value() {
        let text = "2022年，引导120家企业投资，积极开展合作。";
        let first = propose(text, "引导120家企业投资", None);
        assert_eq!(
            (first.fields.value.as_str(), first.fields.counter.as_str()),
            ("120", "家")
        );
        assert_eq!(first.fields.label_zh, "引导");
        let none = propose(text, "积极开展合作", None);
        assert!(none.phrases.is_empty());
        assert_eq!(
            FigureFields {
                period: String::new(),
                theme: String::new(),
                ..none.fields.clone()
            },
            FigureFields {
                period: String::new(),
                theme: String::new(),
                ..FigureFields::default()
            }
        );
        assert_eq!(FigureProposal::default().fields.value, "");
    }

    #[test]
    fn the_number_taken_in_the_text_is_the_one_proposed() {
        let text = "2023年，投入资金1500万元实施项目9个。";
        let clause = "投入资金1500万元实施项目9个";
        let first = propose(text, clause, None);
        assert_eq!((first.chosen, first.fields.value.as_str()), (0, "15000000"));
        assert_eq!(first.fields.unit, Unit::Yuan.code());
        let taken = propose(text, clause, Some("9个"));
        assert_eq!(taken.chosen, 1);
        assert_eq!(taken.fields.value, "9");
        assert_eq!(taken.fields.unit, Unit::Count.code());
        assert_eq!(taken.fields.label_zh, "实施项目");
        assert_eq!(taken.fields.period, "2023");
        assert_ne!(taken.fields.id, first.fields.id);
        // A number that is not the fragment's: its first.
        assert_eq!(propose(text, "实施项目9个", Some("9个")).fields.value, "9");
    }

    #[test]
    fn the_indicator_whole_places_and_id_come_from_the_words_and_the_draft() {
        let text = "东坪区对口帮扶白河旗、红山旗。2024年，白河旗投入财政帮扶资金1.2亿元，其中产业帮扶资金8000万元。";
        let mut draft = draft_of(text);
        draft.meta.region = ["baihe", "hongshan"]
            .map(|id| Place {
                name: Localized {
                    zh: format!("{}旗", if id == "baihe" { "白河" } else { "红山" }),
                    en: String::new(),
                },
                ..unnamed_place(id)
            })
            .to_vec();
        let total = propose_figure(&draft, 0..text.find("，其中").unwrap(), None);
        assert_eq!(total.fields.indicator, "fiscal_aid_funds");
        assert_eq!(total.indicators[0], "fiscal_aid_funds");
        assert_eq!(total.fields.place, ["baihe"]);
        assert_eq!(total.fields.part_of, "");
        assert_eq!(total.fields.id, "fiscal_aid_funds");
        let mut figure = figure("fiscal_aid_funds", "白河旗投入财政帮扶资金1.2亿元", None);
        (figure.value, figure.unit) = (120_000_000.0, Unit::Yuan);
        draft.figures.push(figure);
        let part = propose(text, "其中产业帮扶资金8000万元", None);
        assert_eq!(
            part.fields.part_of, "",
            "a draft without the whole proposes none"
        );
        let at = text.find("其中").unwrap();
        let part = propose_figure(&draft, at..text.len(), None);
        assert_eq!(part.fields.part_of, "fiscal_aid_funds");
        assert_eq!(part.fields.place, ["baihe"]);
        // The indicator's id is taken: the year makes it unique.
        assert_eq!(part.fields.indicator, "fiscal_aid_funds");
        assert_eq!(part.fields.id, "fiscal_aid_funds_2024");
    }

    #[test]
    fn another_number_chosen_keeps_what_was_typed() {
        let before = FigureFields {
            value: "3".into(),
            label_zh: "举办培训".into(),
            id: "sessions".into(),
            ..FigureFields::default()
        };
        let typed = FigureFields {
            value: "4".into(),
            label_zh: "培训班".into(),
            ..before.clone()
        };
        let next = FigureFields {
            value: "240".into(),
            unit: Unit::Person.code().into(),
            label_zh: "培训".into(),
            id: "trainees".into(),
            ..FigureFields::default()
        };
        let shown = rechoose(&typed, &before, &next);
        assert_eq!(shown.value, "240");
        assert_eq!(shown.unit, Unit::Person.code());
        assert_eq!(shown.label_zh, "培训班");
        assert_eq!(shown.id, "trainees");
    }

    #[test]
    fn the_value_reads_back_with_the_reports_measure_word() {
        let fields = FigureFields {
            value: "120".into(),
            counter: "家".into(),
            ..FigureFields::default()
        };
        assert_eq!(fields.read_back(Lang::Zh).as_deref(), Some("120家"));
        let without = FigureFields {
            counter: " ".into(),
            ..fields.clone()
        };
        assert_eq!(without.read_back(Lang::Zh).as_deref(), Some("120个"));
        let money = FigureFields {
            value: "236000000".into(),
            unit: Unit::Yuan.code().into(),
            ..FigureFields::default()
        };
        assert_eq!(money.read_back(Lang::Zh).as_deref(), Some("2.36亿元"));
        assert_eq!(FigureFields::default().read_back(Lang::Zh), None);
    }

    fn figure(id: &str, source: &str, counter: Option<&str>) -> Figure {
        Figure {
            id: id.into(),
            value: 120.0,
            unit: Unit::Count,
            counter: counter.map(String::from),
            qualifier: Qualifier::Exact,
            period: Some("2022".into()),
            theme: Theme::Projects,
            indicator: None,
            part_of: None,
            place: Vec::new(),
            project: None,
            label: Localized {
                zh: "企业".into(),
                en: "Enterprises".into(),
            },
            source: Some(source.into()),
            derivation: None,
        }
    }

    #[test]
    fn a_figure_is_checked_as_the_app_checks_a_file() {
        let text = "2022年，引导120家企业投资。";
        let mut report = draft_of(text);
        let quote = "引导120家企业投资";
        assert_eq!(
            figure_problems(&report, None, figure("firms", quote, Some("家"))),
            []
        );
        // A measure word the quote does not write, at the new figure.
        let problems = figure_problems(&report, None, figure("firms", quote, Some("所")));
        let at: Vec<&str> = problems.iter().map(|p| p.location.as_str()).collect();
        assert_eq!(at, ["figures[0] (firms).counter"]);
        // A bad id; a label without Chinese; the English may come later.
        let mut bad = figure("Firms", quote, Some("家"));
        bad.label.zh.clear();
        let problems = figure_problems(&report, None, bad);
        let at: Vec<&str> = problems.iter().map(|p| p.location.as_str()).collect();
        assert_eq!(at, ["figures[0].id", "figures[0] (Firms).label"]);
        let mut later = figure("firms", quote, Some("家"));
        later.label.en.clear();
        assert_eq!(figure_problems(&report, None, later), []);
        // Problems elsewhere in the draft are not the new figure's: not figures[1], nor
        // figures[10] for figures[1].
        for n in 0..11 {
            report
                .figures
                .push(figure(&format!("f{n}"), quote, Some("所")));
        }
        let mine = figure_problems(&report, None, figure("firms", quote, Some("家")));
        assert_eq!(mine, []);
        let corrected = figure_problems(&report, Some(1), figure("f1", quote, Some("家")));
        assert_eq!(corrected, []);
        let corrected = figure_problems(&report, Some(1), figure("f1", quote, Some("个")));
        assert_eq!(corrected.len(), 1);
        assert_eq!(corrected[0].location, "figures[1] (f1).counter");
    }

    #[test]
    fn history_is_bounded() {
        let mut history = History::new(with_id("x"));
        for n in 0..HISTORY + 50 {
            history.apply(|r| r.meta.id = format!("x{n}"));
        }
        let mut steps = 0;
        while history.can_undo() {
            history.undo();
            steps += 1;
        }
        assert_eq!(steps, HISTORY);
    }
}
