//! A file picker that opens a report file into the main or the second slot.

use super::context::use_lang;
use crate::state::reports::{use_reports, Slot};
use charts::i18n::Msg;
use leptos::prelude::*;

/// A labelled `<input type=file>` for report files.
#[component]
pub fn ReportFileInput(
    /// Which report the file becomes.
    target: Slot,
    /// The label.
    label: Msg,
) -> impl IntoView {
    let lang = use_lang();
    let reports = use_reports();
    let on_change = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        if let Some(file) = input.files().and_then(|files| files.get(0)) {
            reports.open_file(file, target);
        }
        input.set_value("");
    };
    let testid = match target {
        Slot::Main => "open-file",
        Slot::Second => "compare-file",
    };
    view! {
        <label class="file-input">
            <span>{move || label.text(lang.get())}</span>
            <input type="file" accept=".json,.jsonc,application/json" data-testid=testid on:change=on_change />
        </label>
    }
}
