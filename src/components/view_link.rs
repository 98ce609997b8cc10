//! A link to another view state: a real `href` (open in new tab, copy link) that navigates in
//! place on a plain click.

use super::context::use_view_state;
use crate::state::ViewState;
use leptos::prelude::*;

/// A link whose target is the current view state changed by `change`.
#[component]
pub fn ViewLink(
    /// Turns the current state into the target state.
    change: fn(&mut ViewState),
    /// The link's content.
    children: Children,
    /// Extra attributes for tests and styling.
    #[prop(optional, into)]
    class: Option<&'static str>,
    /// `data-testid` of the link.
    #[prop(optional, into)]
    testid: Option<&'static str>,
) -> impl IntoView {
    let state = use_view_state();
    let target = move || {
        let mut next = state.get();
        change(&mut next);
        next
    };
    let href = move || format!("?{}", target().to_query());
    let on_click = move |event: leptos::ev::MouseEvent| {
        let modified = event.ctrl_key() || event.meta_key() || event.shift_key() || event.alt_key();
        if !modified && event.button() == 0 {
            event.prevent_default();
            state.set(target());
        }
    };
    view! {
        <a href=href class=class data-testid=testid on:click=on_click>
            {children()}
        </a>
    }
}
