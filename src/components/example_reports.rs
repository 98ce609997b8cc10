//! The example reports hosted beside the app, each a real link (`?data=reports/…`, to share or
//! open in a new tab) that opens it in place on a plain click.

use super::context::{use_lang, use_view_state};
use crate::examples::EXAMPLES;
use crate::state::{View, ViewState};
use charts::i18n::format;
use leptos::prelude::*;

/// The list; a click on one calls `opened` after the report is asked for.
#[component]
pub fn ExampleReports(
    /// Called when an example is opened in place (the dialog closes).
    opened: Callback<()>,
) -> impl IntoView {
    let lang = use_lang();
    let state = use_view_state();
    let target = move |path: &str| {
        let mut target: ViewState = state.get();
        target.data = Some(path.to_string());
        target.view = View::Overview;
        target.chart = None;
        target.item = None;
        target
    };
    EXAMPLES
        .iter()
        .map(|example| {
            let href = move || format!("?{}", target(example.path).to_query());
            let on_click = move |event: leptos::ev::MouseEvent| {
                let modified =
                    event.ctrl_key() || event.meta_key() || event.shift_key() || event.alt_key();
                if !modified && event.button() == 0 {
                    event.prevent_default();
                    state.set(target(example.path));
                    opened.run(());
                }
            };
            let title = move || lang.get().choose(example.title[0], example.title[1]);
            let published_by = move || {
                let lang = lang.get();
                let publisher = lang.choose(example.publisher[0], example.publisher[1]);
                format::published_by(publisher, example.published, lang)
            };
            view! {
                <li>
                    <a href=href on:click=on_click data-example=example.path>{title}</a>
                    <span class="note">{published_by}</span>
                </li>
            }
        })
        .collect_view()
}
