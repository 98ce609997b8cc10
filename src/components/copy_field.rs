//! A read-only text (a link or embed code) with a copy button; if the clipboard is refused the
//! text is selected for copying by hand.

use super::context::use_lang;
use crate::export::download;
use charts::i18n::Msg;
use leptos::html::Textarea;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// The text, selectable, and a button that copies it.
#[component]
pub fn CopyField(
    /// The text to copy.
    #[prop(into)]
    text: Signal<String>,
    /// Label of the field.
    label: Msg,
    /// Label of the button.
    button: Msg,
    /// Rows of the field.
    #[prop(default = 2)]
    rows: u32,
) -> impl IntoView {
    let lang = use_lang();
    let field = NodeRef::<Textarea>::new();
    let status = RwSignal::new(None::<Msg>);
    let copy = move |_| {
        let value = text.get_untracked();
        spawn_local(async move {
            let copied = download::copy_text(&value).await;
            if !copied {
                if let Some(field) = field.get_untracked() {
                    field.select();
                }
            }
            status.set(Some(if copied { Msg::Copied } else { Msg::CopyByHand }));
        });
    };
    view! {
        <label class="copy-field">
            <span>{move || label.text(lang.get())}</span>
            <textarea
                node_ref=field
                readonly=true
                rows=rows
                prop:value=move || text.get()
                on:focus=move |_| {
                    if let Some(field) = field.get_untracked() {
                        field.select();
                    }
                }
            ></textarea>
        </label>
        <div class="copy-row">
            <button type="button" class="copy-button" on:click=copy>{move || button.text(lang.get())}</button>
            <span class="copy-status" role="status">{move || status.get().map(|m| m.text(lang.get()))}</span>
        </div>
    }
}
