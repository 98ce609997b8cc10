//! The light / dark / system colour choice.

use super::context::use_view_state;
use crate::i18n::pages;
use crate::state::ColorScheme;
use charts::i18n::Msg;
use leptos::prelude::*;

/// A select of colour schemes (light, dark, the system's).
#[component]
pub fn ColorSchemeSelect() -> impl IntoView {
    let state = use_view_state();
    let lang = move || state.with(|s| s.lang);
    let options = move || {
        let current = state.with(|s| s.color_scheme);
        ColorScheme::ALL
            .into_iter()
            .map(|scheme| {
                view! {
                    <option value=scheme.code() selected=scheme == current>
                        {pages::color_scheme(scheme, lang())}
                    </option>
                }
            })
            .collect_view()
    };
    view! {
        <label class="theme-select">
            <span>{move || Msg::ColorScheme.text(lang())}</span>
            <select
                data-testid="theme-select"
                prop:value=move || state.with(|s| s.color_scheme.code())
                on:change=move |event| {
                    if let Some(scheme) = ColorScheme::from_code(&event_target_value(&event)) {
                        state.update(|s| s.color_scheme = scheme);
                    }
                }
            >
                {options}
            </select>
        </label>
    }
}
