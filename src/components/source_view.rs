//! The original report text, as published, so every quote can be read in context.

use super::context::{use_lang, use_report};
use super::original_text::OriginalText;
use super::view_link::ViewLink;
use crate::export::download;
use crate::state::View;
use charts::i18n::Msg;
use leptos::prelude::*;

/// The source view.
#[component]
pub fn SourceView() -> impl IntoView {
    let lang = use_lang();
    let report = use_report();
    let body = match report.original_text.clone() {
        Some(text) => {
            let file_name = format!("{}.txt", report.meta.id);
            let save = move |_| download::save_text(&text, &file_name, "text/plain;charset=utf-8");
            view! {
                <p class="note">{move || Msg::OriginalTextNote.text(lang.get())}</p>
                <p>
                    <button type="button" data-action="download-original" on:click=save>
                        {move || Msg::DownloadOriginal.text(lang.get())}
                    </button>
                </p>
                <OriginalText testid="source-text" />
            }
            .into_any()
        }
        None => view! {
            <p class="no-data-note" data-testid="no-original-text">
                {move || Msg::NoOriginalText.text(lang.get())}
            </p>
        }
        .into_any(),
    };
    // Checked to be a web address when the file was read; opened only by a reader's click.
    let address = report.meta.source_url.clone().map(|url| {
        view! {
            <p class="source-address" data-testid="source-address">
                {move || Msg::PublishedAt.text(lang.get())}
                <a href=url.clone() rel="external noopener noreferrer" target="_blank">{url.clone()}</a>
            </p>
        }
    });
    view! {
        <section class="source-view">
            <ViewLink view=View::Overview class="back-link">
                {move || Msg::BackToOverview.text(lang.get())}
            </ViewLink>
            <h1>{move || Msg::OriginalText.text(lang.get())}</h1>
            {address}
            {body}
        </section>
    }
}
