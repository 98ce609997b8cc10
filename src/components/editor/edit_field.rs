//! The labelled fields of the authoring view's forms: a text field and a choice, each bound to
//! a signal, so the forms read as lists of what they ask; and the choices they share.

use super::super::context::use_lang;
use crate::state::draft::Editor;
use authoring::i18n::EditMsg;
use charts::i18n::money::MoneyUnit;
use charts::i18n::{format, messages};
use leptos::prelude::*;
use report::Lang;
use report::{Localized, Qualifier, Theme, Unit};

/// A Chinese and an English field for one text.
#[derive(Clone, Copy, Default)]
pub struct TextPair {
    /// The Chinese text.
    pub zh: RwSignal<String>,
    /// The English text.
    pub en: RwSignal<String>,
}

impl TextPair {
    /// Shows `text` (or nothing) in the fields.
    pub fn show(self, text: Option<&Localized>) {
        self.zh.set(text.map(|t| t.zh.clone()).unwrap_or_default());
        self.en.set(text.map(|t| t.en.clone()).unwrap_or_default());
    }

    /// The texts, trimmed.
    pub fn read(self) -> Localized {
        Localized {
            zh: self.zh.get_untracked().trim().to_string(),
            en: self.en.get_untracked().trim().to_string(),
        }
    }
}

/// A labelled text field; `hint` (if any) is read with it.
#[component]
pub fn TextField(
    /// What is asked.
    label: EditMsg,
    /// The value shown and edited.
    value: RwSignal<String>,
    /// `data-field`, for tests and styles.
    #[prop(into)]
    field: String,
    /// The place of this field among fields of the same label (2, 3, …), said after the label.
    #[prop(default = None)]
    ordinal: Option<usize>,
    /// A note under the field.
    #[prop(optional)]
    hint: Option<EditMsg>,
    /// The field's `lang` (a Chinese or English label).
    #[prop(optional)]
    lang_of_text: Option<&'static str>,
    /// Marks the field as still needed.
    #[prop(optional, into)]
    missing: Option<Signal<bool>>,
    /// `inputmode` for a phone's keyboard.
    #[prop(optional)]
    inputmode: Option<&'static str>,
) -> impl IntoView {
    let lang = use_lang();
    let id = format!("edit-{field}");
    let hint_id = format!("{id}-hint");
    let missing = missing.unwrap_or_else(|| Signal::derive(|| false));
    view! {
        <div class="edit-field" class:missing=move || missing.get()>
            <label for=id.clone()>
                {move || label.text(lang.get())}
                {ordinal.map(|n| format!(" {n}"))}
            </label>
            <input
                id=id
                type="text"
                data-field=field
                lang=lang_of_text
                inputmode=inputmode
                aria-invalid=move || missing.get().then_some("true")
                aria-describedby=hint.map(|_| hint_id.clone())
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
            />
            {hint.map(|hint| view! { <small id=hint_id>{move || hint.text(lang.get())}</small> })}
        </div>
    }
    .into_any()
}

/// A labelled choice among `options` (value code, label).
#[component]
pub fn SelectField(
    /// What is asked.
    label: EditMsg,
    /// The chosen code.
    value: RwSignal<String>,
    /// `data-field`, for tests and styles.
    #[prop(into)]
    field: String,
    /// The choices as (code, label), relabelled when the language changes.
    #[prop(into)]
    options: Signal<Vec<(String, String)>>,
    /// The place of this choice among choices of the same label (2, 3, …), said after the
    /// label.
    #[prop(default = None)]
    ordinal: Option<usize>,
) -> impl IntoView {
    let lang = use_lang();
    let id = format!("edit-{field}");
    view! {
        <div class="edit-field">
            <label for=id.clone()>
                {move || label.text(lang.get())}
                {ordinal.map(|n| format!(" {n}"))}
            </label>
            <select
                id=id
                data-field=field
                prop:value=move || value.get()
                on:change=move |ev| value.set(event_target_value(&ev))
            >
                {move || {
                    let chosen = value.get();
                    options
                        .get()
                        .into_iter()
                        .map(|(code, text)| {
                            let selected = code == chosen;
                            view! { <option value=code selected=selected>{text}</option> }
                        })
                        .collect_view()
                }}
            </select>
        </div>
    }
    .into_any()
}

/// Every value of a file-format enum (`ALL`, with its `code`), for a choice, named in `lang`.
pub fn choices<T: Copy + Send + Sync + 'static>(
    all: &'static [T],
    code: fn(T) -> &'static str,
    name: fn(T, Lang) -> &'static str,
    lang: Signal<Lang>,
) -> Signal<Vec<(String, String)>> {
    Signal::derive(move || {
        all.iter()
            .map(|v| (code(*v).to_string(), name(*v, lang.get()).to_string()))
            .collect()
    })
}

/// The units, for a choice, named in `lang`.
pub fn unit_choices(lang: Signal<Lang>) -> Signal<Vec<(String, String)>> {
    choices(&Unit::ALL, Unit::code, messages::unit_heading, lang)
}

/// The themes, for a choice, named in `lang`.
pub fn theme_choices(lang: Signal<Lang>) -> Signal<Vec<(String, String)>> {
    choices(&Theme::ALL, Theme::code, messages::theme, lang)
}

/// The draft's projects, for a choice, after a first choice (`first`, with the empty code):
/// none, or a new project.
pub fn project_choices(
    editor: Editor,
    lang: Signal<Lang>,
    first: EditMsg,
) -> Signal<Vec<(String, String)>> {
    Signal::derive(move || {
        let first = (String::new(), first.text(lang.get()).to_string());
        let projects = editor
            .draft
            .with(|r| {
                r.projects
                    .iter()
                    .map(|p| (p.id.clone(), lang.get().pick(&p.name).to_string()))
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default();
        std::iter::once(first).chain(projects).collect()
    })
}

/// Whether an English text is still needed: its Chinese is written and it is not, the same
/// rule as the download's (`authoring::suggest::untranslated`).
pub fn english_missing(zh: RwSignal<String>, en: RwSignal<String>) -> Signal<bool> {
    Signal::derive(move || !zh.with(|t| t.trim().is_empty()) && en.with(|t| t.trim().is_empty()))
}

/// The draft's figures, for a choice, as `id · label · value`, after "none": all of them, or
/// only reported ones (a derived figure's inputs must be reported).
pub fn figure_choices(
    editor: Editor,
    lang: Signal<Lang>,
    reported_only: bool,
) -> Signal<Vec<(String, String)>> {
    figures_where(editor, lang, EditMsg::NoFigure, move |_, f| {
        !reported_only || f.qualifier != Qualifier::Derived
    })
}

/// The figures a figure in `unit` can be a part of, for a choice, after "not a part": the
/// draft's reported figures of that unit, but the one at `except` (the figure corrected).
pub fn whole_choices(
    editor: Editor,
    lang: Signal<Lang>,
    unit: RwSignal<String>,
    except: Signal<Option<usize>>,
) -> Signal<Vec<(String, String)>> {
    figures_where(editor, lang, EditMsg::NotAPart, move |index, f| {
        Some(index) != except.get()
            && f.qualifier != Qualifier::Derived
            && unit.with(|u| u == f.unit.code())
    })
}

/// The draft's figures that `keep` (given each one's place and itself) keeps, for a choice, as
/// `id · label · value`, after `none` (the empty code).
fn figures_where(
    editor: Editor,
    lang: Signal<Lang>,
    none: EditMsg,
    keep: impl Fn(usize, &report::Figure) -> bool + Send + Sync + 'static,
) -> Signal<Vec<(String, String)>> {
    Signal::derive(move || {
        let none = (String::new(), none.text(lang.get()).to_string());
        let figures = editor
            .draft
            .with(|r| {
                r.figures
                    .iter()
                    .enumerate()
                    .filter(|(index, f)| keep(*index, f))
                    .map(|(_, f)| {
                        let value = format::figure_value(f, lang.get(), MoneyUnit::Auto);
                        (
                            f.id.clone(),
                            format!("{} · {} · {value}", f.id, lang.get().pick(&f.label)),
                        )
                    })
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default();
        std::iter::once(none).chain(figures).collect()
    })
}
