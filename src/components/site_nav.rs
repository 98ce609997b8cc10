//! The main navigation between views.

use super::context::use_lang;
use super::view_link::ViewLink;
use crate::i18n::pages;
use crate::state::View;
use charts::i18n::Msg;
use leptos::prelude::*;

/// Links to every view; the current one is marked.
#[component]
pub fn SiteNav() -> impl IntoView {
    let lang = use_lang();
    let link = move |view: View| {
        view! {
            <li>
                <ViewLink view>{move || pages::view(view, lang.get())}</ViewLink>
            </li>
        }
    };
    view! {
        <nav class="site-nav" aria-label=move || Msg::Navigation.text(lang.get())>
            <ul>{View::NAV.into_iter().map(link).collect_view()}</ul>
        </nav>
    }
}
