//! A link to another view: a real `href` (open in new tab, copy link) that navigates in place
//! on a plain click, keeping the rest of the view state.

use super::context::use_view_state;
use crate::state::View;
use leptos::prelude::*;

/// A link to `view`; marked `aria-current="page"` when it is the current view.
#[component]
pub fn ViewLink(
    /// The target view.
    view: View,
    /// The link's content.
    children: Children,
    /// CSS class.
    #[prop(optional)]
    class: Option<&'static str>,
    /// `data-testid` of the link.
    #[prop(optional)]
    testid: Option<&'static str>,
) -> impl IntoView {
    let state = use_view_state();
    let href = move || {
        let mut target = state.get();
        target.view = view;
        format!("?{}", target.to_query())
    };
    let on_click = move |event: leptos::ev::MouseEvent| {
        let modified = event.ctrl_key() || event.meta_key() || event.shift_key() || event.alt_key();
        // The authoring view is in another wasm: its link loads the page (see `public/boot.js`).
        if !modified && event.button() == 0 && view != View::Edit {
            event.prevent_default();
            state.update(|s| s.view = view);
        }
    };
    view! {
        <a
            href=href
            class=class
            data-testid=testid
            data-view=view.code()
            aria-current=move || (state.with(|s| s.view) == view).then_some("page")
            on:click=on_click
        >
            {children()}
        </a>
    }
}
