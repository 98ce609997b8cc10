//! The original report text, as published, so every quote can be read in context.

use super::context::use_lang;
use super::original_text::OriginalText;
use super::view_link::ViewLink;
use crate::i18n::Msg;
use crate::state::View;
use leptos::prelude::*;

/// File name of the original text in `dist/`.
const ORIGINAL_FILE: &str = "report-2023-05-25.zh.txt";

/// The source view.
#[component]
pub fn SourceView() -> impl IntoView {
    let lang = use_lang();
    view! {
        <section class="source-view">
            <ViewLink view=View::Overview class="back-link">
                {move || Msg::BackToOverview.text(lang.get())}
            </ViewLink>
            <h1>{move || Msg::OriginalText.text(lang.get())}</h1>
            <p class="note">{move || Msg::OriginalTextNote.text(lang.get())}</p>
            <p>
                <a href=ORIGINAL_FILE download=ORIGINAL_FILE>
                    {move || Msg::DownloadOriginal.text(lang.get())}
                </a>
            </p>
            <OriginalText testid="source-text" />
        </section>
    }
}
