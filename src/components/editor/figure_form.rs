//! The form that makes the selected fragment into a figure: value, unit, qualifier, period and
//! theme proposed from the fragment and its sentence, the indicator its words name, the whole
//! a part word (其中) makes it part of and the places it names, for the officer to confirm or
//! correct.
//! The quote is the fragment itself, so it is verbatim by construction. Each new fragment
//! brings its own proposal in every field (`authoring::draft::propose_figure`), and a figure is
//! added only when the app's checks find no problem at it (`authoring::draft::figure_problems`).

use super::super::context::use_lang;
use super::edit_field::{
    english_missing, project_choices, theme_choices, unit_choices, whole_choices, SelectField,
    TextField,
};
use super::indicator_field::IndicatorField;
use super::place_choice::PlaceChoice;
use crate::state::draft::{Editing, Editor};
use authoring::draft::{self, FigureFields, FigureProposal};
use authoring::suggest;
use authoring::{i18n as editor, i18n::EditMsg};
use charts::i18n::messages;
use leptos::prelude::*;
use report::phrase::Phrase;
use report::{DataError, Figure, Localized, Qualifier, Theme, Unit};
use std::ops::Range;

/// The fields of the form, as typed.
#[derive(Clone, Copy)]
struct Fields {
    value: RwSignal<String>,
    unit: RwSignal<String>,
    counter: RwSignal<String>,
    qualifier: RwSignal<String>,
    period: RwSignal<String>,
    theme: RwSignal<String>,
    project: RwSignal<String>,
    indicator: RwSignal<String>,
    part_of: RwSignal<String>,
    place: RwSignal<Vec<String>>,
    id: RwSignal<String>,
    label_zh: RwSignal<String>,
    label_en: RwSignal<String>,
}

impl Fields {
    fn new() -> Fields {
        let shown = FigureFields::default();
        let field = |text: &String| RwSignal::new(text.clone());
        Fields {
            value: field(&shown.value),
            unit: field(&shown.unit),
            counter: field(&shown.counter),
            qualifier: field(&shown.qualifier),
            period: field(&shown.period),
            theme: field(&shown.theme),
            project: field(&shown.project),
            indicator: field(&shown.indicator),
            part_of: field(&shown.part_of),
            place: RwSignal::new(shown.place.clone()),
            id: field(&shown.id),
            label_zh: field(&shown.label_zh),
            label_en: field(&shown.label_en),
        }
    }

    /// Shows `shown` in every field: nothing typed before survives.
    fn show(self, shown: &FigureFields) {
        let pairs = [
            (self.value, &shown.value),
            (self.unit, &shown.unit),
            (self.counter, &shown.counter),
            (self.qualifier, &shown.qualifier),
            (self.period, &shown.period),
            (self.theme, &shown.theme),
            (self.project, &shown.project),
            (self.indicator, &shown.indicator),
            (self.part_of, &shown.part_of),
            (self.id, &shown.id),
            (self.label_zh, &shown.label_zh),
            (self.label_en, &shown.label_en),
        ];
        for (field, text) in pairs {
            field.set(text.clone());
        }
        self.place.set(shown.place.clone());
    }

    /// What the fields hold (tracked, for what is derived from them).
    fn get(self) -> FigureFields {
        FigureFields {
            value: self.value.get(),
            unit: self.unit.get(),
            counter: self.counter.get(),
            qualifier: self.qualifier.get(),
            period: self.period.get(),
            theme: self.theme.get(),
            project: self.project.get(),
            indicator: self.indicator.get(),
            part_of: self.part_of.get(),
            place: self.place.get(),
            id: self.id.get(),
            label_zh: self.label_zh.get(),
            label_en: self.label_en.get(),
        }
    }
}

/// An optional text: `None` when blank.
fn given(text: String) -> Option<String> {
    let text = text.trim().to_string();
    (!text.is_empty()).then_some(text)
}

/// Why a figure was not added.
#[derive(Clone, Debug, PartialEq)]
enum Refusal {
    /// A field the form checks itself.
    Form(EditMsg),
    /// What the app's checks find at the figure, located.
    Problems(Vec<DataError>),
}

/// The field of a figure a problem's location names: `figures[3] (id).value` → `value`,
/// `figures[3].id` → `id`.
fn field_of(location: &str) -> &str {
    let rest = location.split_once(']').map_or(location, |(_, rest)| rest);
    let rest = match rest.strip_prefix(" (") {
        Some(named) => named.rsplit_once(')').map_or(named, |(_, rest)| rest),
        None => rest,
    };
    rest.trim_start_matches('.')
        .split(['.', '['])
        .next()
        .unwrap_or_default()
}

/// The figure form.
#[component]
pub fn FigureForm(
    /// The quoted fragment, as byte offsets into the draft's text.
    quote: Memo<Option<Range<usize>>>,
) -> impl IntoView {
    let lang = use_lang();
    let editor = expect_context::<Editor>();
    let fields = Fields::new();
    let phrases = RwSignal::new(Vec::<Phrase>::new());
    let indicators = RwSignal::new(Vec::<String>::new());
    let chosen = RwSignal::new(0usize);
    // The last proposal: the fields still as proposed are re-proposed when another number of
    // the fragment is chosen, those the officer changed stay.
    let proposed = RwSignal::new(FigureFields::default());
    let error = RwSignal::new(None::<Refusal>);
    let text = move || editor.text();
    let editing = move || match editor.editing.get() {
        Some(Editing::Figure(index)) => Some(index),
        _ => None,
    };

    // What the fragment at `range` proposes with `number` (one of its number phrases), from
    // the draft as it is.
    let propose = move |range: Range<usize>, number: Option<Range<usize>>| -> FigureProposal {
        editor
            .draft
            .with_untracked(|r| draft::propose_figure(r, range, number))
            .unwrap_or_default()
    };
    // A figure opened for correction fills the form once; the indicators its words name are
    // listed first again.
    Effect::new(move |_| {
        if let Some(index) = editing() {
            if let Some(Some(figure)) = editor.draft.with(|r| r.figures.get(index).cloned()) {
                fields.show(&FigureFields::of(&figure));
                let named = quote.get_untracked().map(|range| {
                    let first = propose(range.clone(), None);
                    let number = first.phrases.iter().find(|p| p.value == figure.value);
                    propose(range, number.map(|p| p.range.clone())).indicators
                });
                indicators.set(named.unwrap_or_default());
                phrases.set(Vec::new());
                error.set(None);
            }
        }
    });
    // Each new fragment, or number taken in the text, brings its own proposal in every field;
    // no fragment empties them. Not while a figure is corrected: its fields stay.
    Effect::new(move |_| {
        let range = quote.get();
        let number = editor.number.get();
        if editor.editing.get_untracked().is_some() {
            return;
        }
        let proposal = range
            .map(|range| propose(range, number))
            .unwrap_or_default();
        error.set(None);
        fields.show(&proposal.fields);
        proposed.set(proposal.fields);
        chosen.set(proposal.chosen);
        indicators.set(proposal.indicators);
        phrases.set(proposal.phrases);
    });
    // A new figure's id follows its indicator, period and places while it is still the one
    // they made; an id typed by hand, or a corrected figure's (links may name it), stays.
    Effect::new(move |made: Option<String>| {
        let shown = fields.get();
        let used = editor
            .draft
            .with_untracked(|r| draft::used_ids(r, None))
            .unwrap_or_default();
        let now = draft::auto_id(&shown, &used);
        let follows = made.is_some_and(|made| made == shown.id && made != now);
        if follows && editor.editing.get_untracked().is_none() {
            fields.id.set(now.clone());
        }
        now
    });

    // Choosing another number of the fragment re-proposes what depends on it.
    let choose_phrase = move |index: usize| {
        chosen.set(index);
        let Some(range) = quote.get_untracked() else {
            return;
        };
        let number = phrases.with_untracked(|p| p.get(index).map(|p| p.range.clone()));
        let proposal = propose(range, number);
        indicators.set(proposal.indicators);
        let next = proposal.fields;
        let typed = untrack(|| fields.get());
        fields.show(&draft::rechoose(&typed, &proposed.get_untracked(), &next));
        proposed.set(next);
        error.set(None);
    };
    let no_number =
        move || editing().is_none() && quote.with(Option::is_some) && phrases.with(Vec::is_empty);
    // Whether the last refusal names `field`, to mark it.
    let refused = move |field: &'static str| {
        Signal::derive(move || {
            error.with(|e| match e {
                Some(Refusal::Problems(problems)) => {
                    problems.iter().any(|p| field_of(&p.location) == field)
                }
                _ => false,
            })
        })
    };
    let hedge = move || phrases.with(|p| p.get(chosen.get()).and_then(|p| p.hedge.clone()));
    let qualifier_options = Signal::derive(move || {
        Qualifier::ALL
            .iter()
            .filter(|q| **q != Qualifier::Derived)
            .map(|q| {
                let name =
                    messages::qualifier(*q, lang.get()).unwrap_or(EditMsg::Exact.text(lang.get()));
                (q.code().to_string(), name.to_string())
            })
            .collect()
    });
    // What the value reads as, with the report's measure word, so the officer checks it
    // against the text.
    let read_back = move || fields.get().read_back(lang.get());
    let editing_signal = Signal::derive(editing);
    let save = move |_| {
        let Some(range) = quote.get_untracked() else {
            return;
        };
        let value = fields.value.get_untracked().trim().parse::<f64>();
        let Some(value) = value.ok().filter(|v| v.is_finite() && *v >= 0.0) else {
            error.set(Some(Refusal::Form(EditMsg::ValueNotANumber)));
            return;
        };
        let (Some(unit), Some(qualifier), Some(theme)) = (
            Unit::from_code(&fields.unit.get_untracked()),
            Qualifier::from_code(&fields.qualifier.get_untracked()),
            Theme::from_code(&fields.theme.get_untracked()),
        ) else {
            return;
        };
        let label = Localized {
            zh: fields.label_zh.get_untracked().trim().to_string(),
            en: fields.label_en.get_untracked().trim().to_string(),
        };
        let index = editing();
        let taken = editor
            .draft
            .with_untracked(|r| draft::used_ids(r, index))
            .unwrap_or_default();
        let id = given(fields.id.get_untracked()).unwrap_or_else(|| {
            let taken: Vec<&str> = taken.iter().map(String::as_str).collect();
            suggest::new_id(&label.en, theme.code(), &taken)
        });
        if taken.contains(&id) {
            error.set(Some(Refusal::Form(EditMsg::IdTaken)));
            return;
        }
        let figure = Figure {
            id,
            value,
            unit,
            counter: given(fields.counter.get_untracked()),
            qualifier,
            period: given(fields.period.get_untracked()),
            theme,
            indicator: given(fields.indicator.get_untracked()),
            part_of: given(fields.part_of.get_untracked()),
            place: fields.place.get_untracked(),
            project: given(fields.project.get_untracked()),
            label,
            source: Some(text()[range].to_string()),
            derivation: None,
        };
        // The app's own checks, on the draft with this figure in it: a figure they find a
        // problem at (a value the quote does not state, a measure word not in it, a bad id or
        // period) is not added, and the problems are said in the form.
        let problems = editor
            .draft
            .with_untracked(|r| draft::figure_problems(r, index, figure.clone()))
            .unwrap_or_default();
        if !problems.is_empty() {
            error.set(Some(Refusal::Problems(problems)));
            return;
        }
        editor.draft.apply(|r| match index {
            Some(index) if index < r.figures.len() => r.figures[index] = figure,
            _ => r.figures.push(figure),
        });
        editor.select(None, None);
    };
    let cancel = move |_| editor.select(None, None);
    let show_error = move || {
        error.get().map(|refusal| match refusal {
            Refusal::Form(message) => {
                view! { <p class="form-error" role="alert">{move || message.text(lang.get())}</p> }
                    .into_any()
            }
            Refusal::Problems(problems) => {
                let items = problems
                    .into_iter()
                    .map(|problem| {
                        let field = field_of(&problem.location).to_string();
                        let said = move || {
                            let lang = lang.get();
                            let place = editor::figure_field(&field, lang)
                                .map_or_else(|| problem.location.clone(), str::to_string);
                            format!(
                                "{place}{}{}",
                                lang.choose("：", ": "),
                                problem.problem.text(lang)
                            )
                        };
                        view! { <li>{said}</li> }
                    })
                    .collect_view();
                view! {
                    <div class="form-error" role="alert" data-testid="figure-refused">
                        <p>{move || EditMsg::FigureRefused.text(lang.get())}</p>
                        <ul>{items}</ul>
                    </div>
                }
                .into_any()
            }
        })
    };

    view! {
        <form class="item-form" data-testid="figure-form" on:submit=move |ev| ev.prevent_default()>
            <Show when=move || phrases.with(|p| p.len() > 1)>
                <fieldset class="phrase-choice">
                    <legend>{move || EditMsg::WhichNumber.text(lang.get())}</legend>
                    {move || {
                        let text = text();
                        phrases
                            .get()
                            .into_iter()
                            .enumerate()
                            .map(|(index, phrase)| {
                                let words = text.get(phrase.range.clone()).unwrap_or_default().to_string();
                                view! {
                                    <label>
                                        <input
                                            type="radio"
                                            name="phrase"
                                            data-phrase=index
                                            prop:checked=move || chosen.get() == index
                                            on:change=move |_| choose_phrase(index)
                                        />
                                        <span lang="zh-CN">{words}</span>
                                    </label>
                                }
                            })
                            .collect_view()
                    }}
                </fieldset>
            </Show>
            <TextField label=EditMsg::Value value=fields.value field="value" inputmode="decimal" missing=refused("value") />
            <Show when=no_number>
                <p class="note warning" role="status" data-testid="no-number">
                    {move || EditMsg::NoNumber.text(lang.get())}
                </p>
            </Show>
            <p class="read-back" aria-live="polite" data-testid="read-back">
                {move || read_back().map(|text| format!("{}{text}", EditMsg::ReadsAs.text(lang.get())))}
            </p>
            {move || {
                hedge()
                    .map(|word| {
                        view! {
                            <p class="warning" role="note" data-testid="hedge">
                                <span lang="zh-CN">{word}</span>
                                {move || EditMsg::Hedge.text(lang.get())}
                            </p>
                        }
                    })
            }}
            <SelectField label=EditMsg::Unit value=fields.unit field="unit" options=unit_choices(lang) />
            <TextField label=EditMsg::Counter value=fields.counter field="counter" hint=EditMsg::CounterHint lang_of_text="zh-CN" missing=refused("counter") />
            <SelectField label=EditMsg::Qualifier value=fields.qualifier field="qualifier" options=qualifier_options />
            <IndicatorField value=fields.indicator unit=fields.unit proposed=indicators />
            <SelectField label=EditMsg::PartOf value=fields.part_of field="part-of" options=whole_choices(editor, lang, fields.unit, editing_signal) />
            <PlaceChoice value=fields.place />
            <TextField label=EditMsg::PeriodField value=fields.period field="period" hint=EditMsg::PeriodHint missing=refused("period") />
            <SelectField label=EditMsg::Theme value=fields.theme field="theme" options=theme_choices(lang) />
            <SelectField label=EditMsg::Project value=fields.project field="project" options=project_choices(editor, lang, EditMsg::NoProject) />
            <TextField label=EditMsg::Id value=fields.id field="id" hint=EditMsg::FigureIdHint missing=refused("id") />
            <TextField label=EditMsg::LabelZh value=fields.label_zh field="label-zh" lang_of_text="zh-CN" missing=refused("label") />
            <TextField
                label=EditMsg::LabelEn
                value=fields.label_en
                field="label-en"
                lang_of_text="en"
                missing=english_missing(fields.label_zh, fields.label_en)
            />
            {show_error}
            <div class="form-actions">
                <button
                    type="submit"
                    data-action="save-figure"
                    disabled=move || quote.get().is_none() || fields.value.with(|v| v.trim().is_empty())
                    on:click=save
                >
                    {move || if editing().is_some() { EditMsg::SaveFigure } else { EditMsg::AddFigure }.text(lang.get())}
                </button>
                <Show when=move || editing().is_some()>
                    <button type="button" data-action="cancel" on:click=cancel>
                        {move || EditMsg::Cancel.text(lang.get())}
                    </button>
                </Show>
            </div>
        </form>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::field_of;

    #[test]
    fn problems_name_their_field() {
        assert_eq!(field_of("figures[7] (funds_total).value"), "value");
        assert_eq!(field_of("figures[7].id"), "id");
        assert_eq!(field_of("figures[7] (a).derivation.formula"), "derivation");
        assert_eq!(field_of("figures[7] (a)"), "");
    }
}
