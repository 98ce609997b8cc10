//! Dropping a report file anywhere on the page opens it (as the second report on the compare
//! view); an overlay says so while a file is dragged over.

use super::context::{use_lang, use_view_state};
use crate::state::reports::{use_reports, Slot};
use crate::state::View;
use charts::i18n::Msg;
use leptos::prelude::*;

/// Listens for dropped files on the whole window.
#[component]
pub fn FileDrop() -> impl IntoView {
    let lang = use_lang();
    let reports = use_reports();
    let state = use_view_state();
    let dragging = RwSignal::new(false);
    let carries_files = |ev: &web_sys::DragEvent| {
        ev.data_transfer()
            .is_some_and(|t| t.types().includes(&"Files".into(), 0))
    };
    let over = window_event_listener(leptos::ev::dragover, move |ev| {
        if carries_files(&ev) {
            ev.prevent_default();
            dragging.set(true);
        }
    });
    let leave = window_event_listener(leptos::ev::dragleave, move |ev| {
        if ev.related_target().is_none() {
            dragging.set(false);
        }
    });
    let drop = window_event_listener(leptos::ev::drop, move |ev| {
        dragging.set(false);
        let Some(file) = ev
            .data_transfer()
            .and_then(|t| t.files())
            .and_then(|files| files.get(0))
        else {
            return;
        };
        ev.prevent_default();
        let slot = if state.with_untracked(|s| s.view) == View::Compare {
            Slot::Second
        } else {
            Slot::Main
        };
        reports.open_file(file, slot);
    });
    on_cleanup(move || {
        over.remove();
        leave.remove();
        drop.remove();
    });
    view! {
        <Show when=move || dragging.get()>
            <div class="drop-overlay" aria-hidden="true">
                <p>{move || Msg::DropHere.text(lang.get())}</p>
            </div>
        </Show>
    }
}
