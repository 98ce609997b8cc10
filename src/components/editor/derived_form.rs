//! The small formula editor: a figure derived from two of the draft's reported figures, its
//! value computed and rounded as stored files round it, and marked derived.

use super::super::context::use_lang;
use super::edit_field::{
    english_missing, figure_choices, project_choices, theme_choices, unit_choices, SelectField,
    TextField,
};
use crate::state::draft::Editor;
use authoring::i18n::EditMsg;
use authoring::suggest;
use charts::i18n::format;
use charts::i18n::money::MoneyUnit;
use leptos::prelude::*;
use report::{formula, validate, Derivation, Figure, Localized, Qualifier, Theme, Unit};
use std::collections::BTreeMap;

/// Formulas offered ready-made: a difference, a share, a ratio, last year's value from this
/// year's and its growth.
const FORMULAS: [&str; 4] = ["a - b", "b / a * 100", "a / b", "a / (1 + b / 100)"];

/// The derived-figure form.
#[component]
pub fn DerivedForm() -> impl IntoView {
    let lang = use_lang();
    let editor = expect_context::<Editor>();
    let field = || RwSignal::new(String::new());
    let (a, b, id, label_zh, label_en, period) =
        (field(), field(), field(), field(), field(), field());
    let project = field();
    let formula_text = RwSignal::new(FORMULAS[0].to_string());
    let unit = RwSignal::new(Unit::Yuan.code().to_string());
    let theme = RwSignal::new(Theme::Funds.code().to_string());
    let error = RwSignal::new(None::<EditMsg>);
    // Choosing `a` proposes its unit, theme and period for the result.
    Effect::new(move |_| {
        let chosen = a.get();
        if let Some(Some(figure)) = editor.draft.with(|r| r.figure(&chosen).cloned()) {
            unit.set(figure.unit.code().into());
            theme.set(figure.theme.code().into());
            period.set(figure.period.unwrap_or_default());
            project.set(figure.project.unwrap_or_default());
        }
    });
    let inputs = move || {
        let mut inputs = BTreeMap::new();
        for (name, field) in [("a", a), ("b", b)] {
            let chosen = field.get();
            if formula::variables(&formula_text.get()).is_ok_and(|v| v.iter().any(|v| v == name)) {
                inputs.insert(name.to_string(), chosen);
            }
        }
        inputs
    };
    // The value, computed and rounded; `None` while the formula or its inputs are incomplete.
    let computed = Memo::new(move |_| {
        let unit = Unit::from_code(&unit.get())?;
        let values: BTreeMap<String, f64> = editor
            .draft
            .with(|r| {
                inputs()
                    .into_iter()
                    .filter_map(|(name, id)| r.figure(&id).map(|f| (name, f.value)))
                    .collect()
            })
            .unwrap_or_default();
        let value = formula::evaluate(&formula_text.get(), &values).ok()?;
        value
            .is_finite()
            .then(|| validate::round_derived(value, unit))
    });
    let formula_options = Signal::derive(move || {
        FORMULAS
            .iter()
            .map(|f| (f.to_string(), f.to_string()))
            .collect()
    });
    let save = move |_| {
        let (Some(value), Some(unit), Some(theme)) = (
            computed.get_untracked(),
            Unit::from_code(&unit.get_untracked()),
            Theme::from_code(&theme.get_untracked()),
        ) else {
            error.set(Some(EditMsg::FormulaIncomplete));
            return;
        };
        let given = |field: RwSignal<String>| field.get_untracked().trim().to_string();
        let label = Localized {
            zh: given(label_zh),
            en: given(label_en),
        };
        let taken: Vec<String> = editor
            .draft
            .with(|r| r.figures.iter().map(|f| f.id.clone()).collect())
            .unwrap_or_default();
        let mut figure_id = given(id);
        if figure_id.is_empty() {
            let taken: Vec<&str> = taken.iter().map(String::as_str).collect();
            figure_id = suggest::new_id(&label.en, theme.code(), &taken);
        }
        if taken.contains(&figure_id) {
            error.set(Some(EditMsg::IdTaken));
            return;
        }
        let figure = Figure {
            id: figure_id,
            value,
            unit,
            counter: None,
            qualifier: Qualifier::Derived,
            period: Some(given(period)).filter(|p| !p.is_empty()),
            theme,
            indicator: None,
            part_of: None,
            place: Vec::new(),
            project: Some(given(project)).filter(|p| !p.is_empty()),
            label,
            source: None,
            derivation: Some(Derivation {
                formula: formula_text.get_untracked().trim().to_string(),
                inputs: inputs(),
            }),
        };
        editor.draft.apply(|r| r.figures.push(figure));
        error.set(None);
        id.set(String::new());
        label_zh.set(String::new());
        label_en.set(String::new());
    };
    view! {
        <details class="edit-panel" data-testid="derived-form">
            <summary>
                <h2>{move || EditMsg::Derived.text(lang.get())}</h2>
            </summary>
            <p class="note">{move || EditMsg::DerivedHelp.text(lang.get())}</p>
            <form class="item-form" on:submit=move |ev| ev.prevent_default()>
                <SelectField label=EditMsg::InputA value=a field="input-a" options=figure_choices(editor, lang, true) />
                <SelectField label=EditMsg::InputB value=b field="input-b" options=figure_choices(editor, lang, true) />
                <SelectField label=EditMsg::FormulaPreset value=formula_text field="formula-preset" options=formula_options />
                <TextField label=EditMsg::FormulaField value=formula_text field="formula" hint=EditMsg::FormulaHint />
                <SelectField label=EditMsg::Unit value=unit field="derived-unit" options=unit_choices(lang) />
                <p class="read-back" aria-live="polite" data-testid="derived-value">
                    {move || {
                        let unit = Unit::from_code(&unit.get());
                        match (computed.get(), unit) {
                            (Some(value), Some(unit)) => format!(
                                "{}{}",
                                EditMsg::ReadsAs.text(lang.get()),
                                format::value(value, unit, Qualifier::Derived, lang.get(), MoneyUnit::Auto)
                            ),
                            _ => EditMsg::FormulaIncomplete.text(lang.get()).to_string(),
                        }
                    }}
                </p>
                <TextField label=EditMsg::PeriodField value=period field="derived-period" hint=EditMsg::PeriodHint />
                <SelectField label=EditMsg::Theme value=theme field="derived-theme" options=theme_choices(lang) />
                <SelectField label=EditMsg::Project value=project field="derived-project" options=project_choices(editor, lang, EditMsg::NoProject) />
                <TextField label=EditMsg::Id value=id field="derived-id" hint=EditMsg::IdHint />
                <TextField label=EditMsg::LabelZh value=label_zh field="derived-label-zh" lang_of_text="zh-CN" />
                <TextField
                    label=EditMsg::LabelEn
                    value=label_en
                    field="derived-label-en"
                    lang_of_text="en"
                    missing=english_missing(label_zh, label_en)
                />
                {move || error.get().map(|e| view! { <p class="form-error" role="alert">{move || e.text(lang.get())}</p> })}
                <div class="form-actions">
                    <button type="submit" data-action="save-derived" on:click=save>
                        {move || EditMsg::AddDerived.text(lang.get())}
                    </button>
                </div>
            </form>
        </details>
    }
    .into_any()
}
