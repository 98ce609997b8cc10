//! The footer: where the figures come from, how they are marked, and the print version.

use super::context::{use_lang, use_report};
use super::data_downloads::DataDownloads;
use super::view_link::ViewLink;
use crate::state::View;
use charts::i18n::{format, Msg};
use leptos::prelude::*;

/// The site footer.
#[component]
pub fn SiteFooter() -> impl IntoView {
    let lang = use_lang();
    let report = use_report();
    let source = move || {
        let lang = lang.get();
        format!(
            "{}{}",
            Msg::FooterSource.text(lang),
            format::citation(&report.meta, lang)
        )
    };
    view! {
        <footer class="site-footer">
            <p>{source}</p>
            <p>{move || Msg::FooterHonesty.text(lang.get())}</p>
            <DataDownloads />
            <p>
                <ViewLink view=View::Print class="print-link">
                    {move || Msg::PrintReport.text(lang.get())}
                </ViewLink>
                " · "
                <ViewLink view=View::Edit class="edit-link">
                    {move || Msg::MakeInEditor.text(lang.get())}
                </ViewLink>
            </p>
        </footer>
    }
}
