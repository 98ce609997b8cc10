//! Undo, redo, download and start over. Undo and redo also answer Ctrl+Z and Ctrl+Shift+Z
//! (⌘ on a Mac) outside text fields, where the browser's own undo belongs to the field.
//! Download waits for every English text, and says which are missing.

use super::super::context::use_lang;
use crate::export::download;
use crate::state::draft::Editor;
use authoring::i18n::EditMsg;
use authoring::suggest;
use leptos::prelude::*;

/// The toolbar.
#[component]
pub fn DraftToolbar() -> impl IntoView {
    let lang = use_lang();
    let editor = expect_context::<Editor>();
    let history = editor.draft.history;
    let can_undo = move || history.with(|h| h.as_ref().is_some_and(|h| h.can_undo()));
    let can_redo = move || history.with(|h| h.as_ref().is_some_and(|h| h.can_redo()));
    let undo = move || history.update(|h| h.iter_mut().for_each(|h| h.undo()));
    let redo = move || history.update(|h| h.iter_mut().for_each(|h| h.redo()));
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        let in_field = ev
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            .is_some_and(|e| matches!(e.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"));
        if in_field || !(ev.ctrl_key() || ev.meta_key()) {
            return;
        }
        match (ev.key().to_lowercase().as_str(), ev.shift_key()) {
            ("z", false) => undo(),
            ("z", true) | ("y", false) => redo(),
            _ => return,
        }
        ev.prevent_default();
    });
    on_cleanup(move || keys.remove());
    let missing = Memo::new(move |_| editor.draft.with(suggest::untranslated).unwrap_or_default());
    let save = move |_| {
        editor.draft.with(|r| download::save_report(r, ""));
    };
    let confirming = RwSignal::new(false);
    let discard = move |_| {
        if confirming.get_untracked() {
            editor.draft.discard();
            editor.select(None, None);
            editor.read_in.set(None);
        }
        confirming.update(|c| *c = !*c);
    };
    view! {
        <div class="draft-toolbar" role="toolbar" aria-label=move || EditMsg::Toolbar.text(lang.get())>
            <button type="button" data-action="undo" disabled=move || !can_undo() on:click=move |_| undo()>
                {move || EditMsg::Undo.text(lang.get())}
            </button>
            <button type="button" data-action="redo" disabled=move || !can_redo() on:click=move |_| redo()>
                {move || EditMsg::Redo.text(lang.get())}
            </button>
            <button
                type="button"
                data-action="download-draft"
                disabled=move || missing.with(|m| !m.is_empty())
                aria-describedby="draft-missing"
                on:click=save
            >
                {move || EditMsg::Download.text(lang.get())}
            </button>
            <button type="button" data-action="discard" on:click=discard>
                {move || if confirming.get() { EditMsg::DiscardConfirm } else { EditMsg::Discard }.text(lang.get())}
            </button>
            <p id="draft-missing" class="note" data-testid="missing-english">
                {move || {
                    let count = missing.with(Vec::len);
                    if count == 0 {
                        EditMsg::EnglishComplete.text(lang.get()).to_string()
                    } else {
                        format!("{}{count}", EditMsg::EnglishMissing.text(lang.get()))
                    }
                }}
            </p>
        </div>
    }
    .into_any()
}
