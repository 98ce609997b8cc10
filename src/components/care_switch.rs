//! The care-mode switch (关怀版): larger text and targets, more spacing, stronger contrast, one
//! column, and read-aloud buttons. It is `?care=on` in the address, so links keep it.

use super::context::use_view_state;
use charts::i18n::Msg;
use leptos::prelude::*;

/// A toggle button; pressed in care mode.
#[component]
pub fn CareSwitch() -> impl IntoView {
    let state = use_view_state();
    let lang = move || state.with(|s| s.lang);
    let care = move || state.with(|s| s.care);
    view! {
        <button
            type="button"
            class="tool care-switch"
            data-action="care-mode"
            aria-pressed=move || care().to_string()
            on:click=move |_| state.update(|s| s.care = !s.care)
        >
            {move || Msg::CareMode.text(lang())}
        </button>
    }
}
