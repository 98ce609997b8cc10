//! Downloads of every figure of the report, with qualifiers and sources.

use super::context::{use_lang, use_report};
use crate::export::download;
use charts::export;
use charts::i18n::Msg;
use leptos::prelude::*;

/// Links to download the whole report as CSV and JSON.
#[component]
pub fn DataDownloads() -> impl IntoView {
    let lang = use_lang();
    let report = use_report();
    let csv = {
        let report = report.clone();
        move |_| {
            let name = export::file_name(&report.meta, "figures", lang.get_untracked(), "csv");
            download::save_text(
                &export::report_csv(&report),
                &name,
                "text/csv;charset=utf-8",
            );
        }
    };
    let json = move |_| {
        let name = format!("{}-report.json", export::file_stem(&report.meta));
        download::save_text(&report.to_json(), &name, "application/json");
    };
    view! {
        <p class="data-downloads">
            {move || Msg::DownloadAll.text(lang.get())}
            <button type="button" class="tool" data-action="download-report-csv" on:click=csv>"CSV"</button>
            <button type="button" class="tool" data-action="download-report-json" on:click=json>"JSON"</button>
        </p>
    }
}
