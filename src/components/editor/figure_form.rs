//! The form that makes the selected fragment into a figure: value, unit, qualifier, period and
//! theme proposed from the fragment and its sentence, for the officer to confirm or correct.
//! The quote is the fragment itself, so it is verbatim by construction.

use super::super::context::{use_lang, use_report};
use super::edit_field::{
    english_missing, project_choices, theme_choices, unit_choices, SelectField, TextField,
};
use crate::data::phrase::Phrase;
use crate::data::{suggest, Figure, Localized, Qualifier, Theme, Unit};
use crate::i18n::editor::EditMsg;
use crate::i18n::{format, messages};
use crate::state::draft::{Editing, Editor};
use crate::state::MoneyUnit;
use leptos::prelude::*;
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
    id: RwSignal<String>,
    label_zh: RwSignal<String>,
    label_en: RwSignal<String>,
}

impl Fields {
    fn new() -> Fields {
        let empty = || RwSignal::new(String::new());
        Fields {
            value: empty(),
            unit: RwSignal::new(Unit::Count.code().into()),
            counter: empty(),
            qualifier: RwSignal::new(Qualifier::Exact.code().into()),
            period: empty(),
            theme: RwSignal::new(Theme::Projects.code().into()),
            project: empty(),
            id: empty(),
            label_zh: empty(),
            label_en: empty(),
        }
    }

    /// Fills the number's fields from a phrase read in the text.
    fn take_phrase(self, phrase: &Phrase) {
        self.value.set(phrase.value.to_string());
        self.unit.set(phrase.unit.code().into());
        self.counter.set(phrase.counter.clone().unwrap_or_default());
        self.qualifier.set(phrase.qualifier.code().into());
    }

    /// Empties the fields a new figure must fill, after one is added.
    fn clear(self) {
        for field in [
            self.value,
            self.counter,
            self.period,
            self.id,
            self.label_zh,
            self.label_en,
        ] {
            field.set(String::new());
        }
    }

    /// Shows a figure of the draft for correction.
    fn load(self, figure: &Figure) {
        self.value.set(figure.value.to_string());
        self.unit.set(figure.unit.code().into());
        self.counter.set(figure.counter.clone().unwrap_or_default());
        self.qualifier.set(figure.qualifier.code().into());
        self.period.set(figure.period.clone().unwrap_or_default());
        self.theme.set(figure.theme.code().into());
        self.project.set(figure.project.clone().unwrap_or_default());
        self.id.set(figure.id.clone());
        self.label_zh.set(figure.label.zh.clone());
        self.label_en.set(figure.label.en.clone());
    }
}

/// An optional text: `None` when blank.
fn given(text: String) -> Option<String> {
    let text = text.trim().to_string();
    (!text.is_empty()).then_some(text)
}

/// The figure form.
#[component]
pub fn FigureForm(
    /// The quoted fragment, as byte offsets into the draft's text.
    quote: Memo<Option<Range<usize>>>,
) -> impl IntoView {
    let lang = use_lang();
    let known = use_report();
    let editor = expect_context::<Editor>();
    let fields = Fields::new();
    let phrases = RwSignal::new(Vec::<Phrase>::new());
    let chosen = RwSignal::new(0usize);
    let error = RwSignal::new(None::<EditMsg>);
    let text = move || editor.text();
    let editing = move || match editor.editing.get() {
        Some(Editing::Figure(index)) => Some(index),
        _ => None,
    };

    // A figure opened for correction fills the form once.
    Effect::new(move |_| {
        if let Some(index) = editing() {
            if let Some(Some(figure)) = editor.draft.with(|r| r.figures.get(index).cloned()) {
                fields.load(&figure);
                phrases.set(Vec::new());
                error.set(None);
            }
        }
    });
    // A new fragment brings its proposal (not while a figure is corrected: its fields stay).
    let known_for_effect = known.clone();
    Effect::new(move |_| {
        let Some(range) = quote.get() else {
            return;
        };
        if editor.editing.get_untracked().is_some() {
            return;
        }
        let text = text();
        let published = editor.draft.with(|r| r.meta.published_date()).flatten();
        let Some(proposal) = suggest::suggest(&text, range.clone(), published) else {
            return;
        };
        error.set(None);
        chosen.set(0);
        fields
            .period
            .set(proposal.period.clone().unwrap_or_default());
        fields.theme.set(proposal.theme.code().into());
        fields.project.set(String::new());
        fields.label_en.set(String::new());
        let first = proposal.phrases.first().cloned();
        if let Some(phrase) = &first {
            fields.take_phrase(phrase);
            let before = suggest::quote_range(&text, proposal.quote.start..phrase.range.start);
            fields
                .label_zh
                .set(before.map(|r| text[r].to_string()).unwrap_or_default());
            let used: Vec<String> = editor
                .draft
                .with(|r| r.figures.iter().map(|f| f.id.clone()).collect())
                .unwrap_or_default();
            let best = suggest::known_ids(&known_for_effect, phrase.unit, &text, range)
                .into_iter()
                .find(|(f, score)| *score >= 2 && !used.contains(&f.id))
                .map(|(f, _)| f.id.clone());
            fields.id.set(best.unwrap_or_default());
        }
        phrases.set(proposal.phrases);
    });

    // Choosing another number of the fragment re-proposes what depends on it.
    let choose_phrase = move |index: usize| {
        chosen.set(index);
        let Some(range) = quote.get_untracked() else {
            return;
        };
        phrases.with_untracked(|p| {
            if let Some(phrase) = p.get(index) {
                fields.take_phrase(phrase);
                let theme = suggest::theme_of(&text(), range, Some(phrase));
                fields.theme.set(theme.code().into());
            }
        });
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
    // What the value reads as, so the officer checks it against the text.
    let read_back = move || {
        let value: f64 = fields.value.get().trim().parse().ok()?;
        let unit = Unit::from_code(&fields.unit.get())?;
        let qualifier = Qualifier::from_code(&fields.qualifier.get())?;
        value
            .is_finite()
            .then(|| format::value(value, unit, qualifier, lang.get(), MoneyUnit::Auto))
    };
    // The meaning of a known id, shown beside the id field.
    let known_for_meaning = known.clone();
    let meaning = move || {
        let id = fields.id.get();
        known_for_meaning
            .figure(&id)
            .map(|f| lang.get().pick(&f.label).to_string())
    };
    let known_for_list = known.clone();
    let known_list = move || {
        let unit = Unit::from_code(&fields.unit.get());
        known_for_list
            .figures
            .iter()
            .filter(|f| Some(f.unit) == unit)
            .map(|f| {
                let label = lang.get().pick(&f.label).to_string();
                view! { <option value=f.id.clone() label=label></option> }
            })
            .collect_view()
    };

    let save = move |_| {
        let Some(range) = quote.get_untracked() else {
            return;
        };
        let value = fields.value.get_untracked().trim().parse::<f64>();
        let Some(value) = value.ok().filter(|v| v.is_finite() && *v >= 0.0) else {
            error.set(Some(EditMsg::ValueNotANumber));
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
        let taken: Vec<String> = editor
            .draft
            .with(|r| {
                r.figures
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| Some(*i) != index)
                    .map(|(_, f)| f.id.clone())
                    .collect()
            })
            .unwrap_or_default();
        let id = given(fields.id.get_untracked()).unwrap_or_else(|| {
            let taken: Vec<&str> = taken.iter().map(String::as_str).collect();
            suggest::new_id(&label.en, theme.code(), &taken)
        });
        if taken.contains(&id) {
            error.set(Some(EditMsg::IdTaken));
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
            project: given(fields.project.get_untracked()),
            label,
            source: Some(text()[range].to_string()),
            derivation: None,
        };
        editor.draft.apply(|r| match index {
            Some(index) if index < r.figures.len() => r.figures[index] = figure,
            _ => r.figures.push(figure),
        });
        error.set(None);
        fields.clear();
        phrases.set(Vec::new());
        editor.editing.set(None);
        editor.selection.set(None);
    };
    let cancel = move |_| {
        editor.editing.set(None);
        editor.selection.set(None);
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
            <TextField label=EditMsg::Value value=fields.value field="value" inputmode="decimal" />
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
            <TextField label=EditMsg::Counter value=fields.counter field="counter" hint=EditMsg::CounterHint lang_of_text="zh-CN" />
            <SelectField label=EditMsg::Qualifier value=fields.qualifier field="qualifier" options=qualifier_options />
            <TextField label=EditMsg::PeriodField value=fields.period field="period" hint=EditMsg::PeriodHint />
            <SelectField label=EditMsg::Theme value=fields.theme field="theme" options=theme_choices(lang) />
            <SelectField label=EditMsg::Project value=fields.project field="project" options=project_choices(editor, lang, EditMsg::NoProject) />
            <div class="edit-field">
                <label for="edit-id">{move || EditMsg::Id.text(lang.get())}</label>
                <input
                    id="edit-id"
                    type="text"
                    data-field="id"
                    list="known-ids"
                    aria-describedby="edit-id-hint"
                    prop:value=move || fields.id.get()
                    on:input=move |ev| fields.id.set(event_target_value(&ev))
                />
                <datalist id="known-ids">{known_list}</datalist>
                <small id="edit-id-hint" data-testid="id-meaning">
                    {move || match meaning() {
                        Some(label) => format!("{}{label}", EditMsg::KnownId.text(lang.get())),
                        None => EditMsg::IdHint.text(lang.get()).to_string(),
                    }}
                </small>
            </div>
            <TextField label=EditMsg::LabelZh value=fields.label_zh field="label-zh" lang_of_text="zh-CN" />
            <TextField
                label=EditMsg::LabelEn
                value=fields.label_en
                field="label-en"
                lang_of_text="en"
                missing=english_missing(fields.label_zh, fields.label_en)
            />
            {move || error.get().map(|e| view! { <p class="form-error" role="alert">{move || e.text(lang.get())}</p> })}
            <div class="form-actions">
                <button type="submit" data-action="save-figure" disabled=move || quote.get().is_none() on:click=save>
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
