//! What happened to the last report opened: "Opening …", the encoding a file that is not UTF-8
//! was read in, or every problem that kept it out.

use super::context::use_lang;
use super::problem_list::ProblemList;
use crate::state::reports::{use_reports, LoadStatus};
use charts::i18n::{format, Msg};
use leptos::prelude::*;
use report::file_text;

/// The status of opening a report, above the page's content.
#[component]
pub fn LoadStatusBanner() -> impl IntoView {
    let lang = use_lang();
    let reports = use_reports();
    move || {
        match reports.status.get() {
        LoadStatus::Idle => ().into_any(),
        LoadStatus::Loading(name) => view! {
            <p class="load-status" role="status">
                {move || Msg::Loading.text(lang.get())} " " <code>{file_text::named(&name)}</code> "…"
            </p>
        }
        .into_any(),
        LoadStatus::Decoded { name, encoding } => view! {
            <section class="load-status" role="status" data-testid="load-encoding">
                <p>{move || format::read_as(&file_text::named(&name), encoding, lang.get())}</p>
                <button type="button" class="tool" on:click=move |_| reports.status.set(LoadStatus::Idle)>
                    {move || Msg::Dismiss.text(lang.get())}
                </button>
            </section>
        }
        .into_any(),
        LoadStatus::Failed { name, errors } => view! {
            <section class="load-error" role="alert" data-testid="load-error">
                <h2>{move || Msg::LoadFailed.text(lang.get())} " " <code>{file_text::named(&name)}</code></h2>
                <p>{move || Msg::LoadFailedHelp.text(lang.get())}</p>
                <ProblemList errors lang />
                <button type="button" class="tool" on:click=move |_| reports.status.set(LoadStatus::Idle)>
                    {move || Msg::Dismiss.text(lang.get())}
                </button>
            </section>
        }
        .into_any(),
    }
    }
}
