//! The light / dark / system colour choice.

use super::context::use_view_state;
use crate::i18n::pages;
use crate::state::ColorTheme;
use charts::i18n::Msg;
use leptos::prelude::*;

/// A select of colour themes.
#[component]
pub fn ThemeSelect() -> impl IntoView {
    let state = use_view_state();
    let lang = move || state.with(|s| s.lang);
    let options = move || {
        let current = state.with(|s| s.theme);
        ColorTheme::ALL
            .into_iter()
            .map(|theme| {
                view! {
                    <option value=theme.code() selected=theme == current>
                        {pages::color_theme(theme, lang())}
                    </option>
                }
            })
            .collect_view()
    };
    view! {
        <label class="theme-select">
            <span>{move || Msg::ColorTheme.text(lang())}</span>
            <select
                data-testid="theme-select"
                prop:value=move || state.with(|s| s.theme.code())
                on:change=move |event| {
                    if let Some(theme) = ColorTheme::from_code(&event_target_value(&event)) {
                        state.update(|s| s.theme = theme);
                    }
                }
            >
                {options}
            </select>
        </label>
    }
}
