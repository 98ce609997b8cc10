//! A warning in the share and embed dialogs when the report came from the reader's device:
//! a link cannot carry a local file.

use super::context::use_lang;
use super::library::{use_library, Origin};
use crate::i18n::Msg;
use leptos::prelude::*;

/// The warning, or nothing when the report on screen can be linked to.
#[component]
pub fn FileOriginNote() -> impl IntoView {
    let lang = use_lang();
    let from_file = use_library()
        .main
        .with_untracked(|l| matches!(l.origin, Origin::File(_)));
    from_file.then(|| {
        view! {
            <p class="note warning" data-testid="file-not-shareable">
                {move || Msg::FileNotShareable.text(lang.get())}
            </p>
        }
    })
}
