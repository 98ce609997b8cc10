//! The figure form's choice of indicator: what the figure counts, from the vocabulary shared by
//! every report. The indicators the text's words name come first, then the others measured in
//! the figure's unit; the chosen one's definition is shown under it, so the officer reads what
//! it counts before keeping it.

use super::super::context::use_lang;
use authoring::i18n::EditMsg;
use leptos::prelude::*;
use report::{vocabulary, Unit};

/// The indicator choice, bound to `value` (an indicator id, empty for none).
#[component]
pub fn IndicatorField(
    /// The chosen indicator's id.
    value: RwSignal<String>,
    /// The figure's unit code: only indicators measured in it are offered.
    unit: RwSignal<String>,
    /// The ids the text's words name, best first.
    proposed: RwSignal<Vec<String>>,
) -> impl IntoView {
    let lang = use_lang();
    let option = move |indicator: &vocabulary::Indicator, chosen: &str| {
        let name = lang.get().pick(&indicator.name).to_string();
        let selected = indicator.id == chosen;
        view! { <option value=indicator.id.clone() selected=selected>{name}</option> }
    };
    let groups = move || {
        let unit = Unit::from_code(&unit.get());
        let chosen = value.get();
        let proposed = proposed.get();
        let in_unit = |i: &&vocabulary::Indicator| unit.is_some_and(|u| i.units.contains(&u));
        let first: Vec<&vocabulary::Indicator> = proposed
            .iter()
            .filter_map(|id| vocabulary::get(id))
            .filter(in_unit)
            .collect();
        // The rest of the unit's, and the chosen one even when the unit no longer fits it (the
        // checks then say so).
        let rest: Vec<&vocabulary::Indicator> = vocabulary::all()
            .iter()
            .filter(|i| !first.iter().any(|f| f.id == i.id))
            .filter(|i| in_unit(i) || i.id == chosen)
            .collect();
        let group = |label: EditMsg, list: Vec<&vocabulary::Indicator>| {
            (!list.is_empty()).then(|| {
                let options = list.iter().map(|i| option(i, &chosen)).collect_view();
                view! { <optgroup label=label.text(lang.get())>{options}</optgroup> }
            })
        };
        view! {
            <option value="" selected=chosen.is_empty()>{EditMsg::NoIndicator.text(lang.get())}</option>
            {group(EditMsg::IndicatorsProposed, first)}
            {group(EditMsg::IndicatorsOther, rest)}
        }
    };
    let definition = move || {
        let lang = lang.get();
        value.with(|id| match vocabulary::get(id) {
            Some(indicator) => lang.pick(&indicator.definition).to_string(),
            None => EditMsg::IndicatorHint.text(lang).to_string(),
        })
    };
    view! {
        <div class="edit-field">
            <label for="edit-indicator">{move || EditMsg::Indicator.text(lang.get())}</label>
            <select
                id="edit-indicator"
                data-field="indicator"
                aria-describedby="edit-indicator-definition"
                prop:value=move || value.get()
                on:change=move |ev| value.set(event_target_value(&ev))
            >
                {groups}
            </select>
            <small id="edit-indicator-definition" data-testid="indicator-definition">
                {definition}
            </small>
        </div>
    }
    .into_any()
}
