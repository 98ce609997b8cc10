//! The Chinese / English switch.

use super::context::use_view_state;
use charts::i18n::Msg;
use leptos::prelude::*;
use report::Lang;

/// Buttons for each language; the current one is pressed.
#[component]
pub fn LangSwitch() -> impl IntoView {
    let state = use_view_state();
    let lang = move || state.with(|s| s.lang);
    let button = move |option: Lang| {
        // Each button names its language in that language.
        let name = option.choose("中文", "English");
        view! {
            <button
                type="button"
                data-lang=option.code()
                lang=option.html_lang()
                aria-pressed=move || (lang() == option).to_string()
                on:click=move |_| state.update(|s| s.lang = option)
            >
                {name}
            </button>
        }
    };
    view! {
        <div class="lang-switch" role="group" aria-label=move || Msg::Language.text(lang())>
            {Lang::ALL.into_iter().map(button).collect_view()}
        </div>
    }
}
