//! The main navigation between views.

use super::context::use_lang;
use super::view_link::ViewLink;
use crate::i18n::{messages, Msg};
use crate::state::View;
use leptos::prelude::*;

/// Views listed in the navigation (the source text is linked from the overview).
const NAV_VIEWS: [View; 6] = [
    View::Overview,
    View::Funds,
    View::Projects,
    View::Training,
    View::Sales,
    View::Outcomes,
];

/// Links to every view; the current one is marked.
#[component]
pub fn SiteNav() -> impl IntoView {
    let lang = use_lang();
    let link = move |view: View| {
        view! {
            <li>
                <ViewLink view>{move || messages::view(view, lang.get())}</ViewLink>
            </li>
        }
    };
    view! {
        <nav class="site-nav" aria-label=move || Msg::Navigation.text(lang.get())>
            <ul>{NAV_VIEWS.into_iter().map(link).collect_view()}</ul>
        </nav>
    }
}
