//! A warning in the share and embed dialogs when the report came from the reader's device:
//! a link cannot carry a local file.

use super::context::{use_lang, use_view_state};
use crate::state::reports::{use_reports, Loaded, Origin};
use crate::state::View;
use charts::i18n::Msg;
use leptos::prelude::*;

/// The warning, or nothing when the report on screen can be linked to.
#[component]
pub fn FileOriginNote() -> impl IntoView {
    let lang = use_lang();
    let reports = use_reports();
    let is_file = |loaded: &Loaded| matches!(loaded.origin, Origin::File(_));
    let comparing = use_view_state().with_untracked(|s| s.view == View::Compare);
    let from_file = reports.main.with_untracked(is_file)
        || (comparing
            && reports
                .second
                .with_untracked(|l| l.as_ref().is_some_and(is_file)));
    from_file.then(|| {
        view! {
            <p class="note warning" data-testid="file-not-shareable">
                {move || Msg::FileNotShareable.text(lang.get())}
            </p>
        }
    })
}
