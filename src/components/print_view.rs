//! Every view in order on one page, laid out for A4: title, publisher and date, the headline
//! figures, then each theme's charts with their source lines.

use super::chart_card::ChartCard;
use super::context::{charts_of_view, use_lang, use_report};
use super::headline_figures::HeadlineFigures;
use crate::i18n::pages;
use crate::state::View;
use charts::i18n::{format, Msg};
use leptos::prelude::*;

/// The printable report.
#[component]
pub fn PrintView() -> impl IntoView {
    let lang = use_lang();
    let report = use_report();
    let title = report.meta.title.clone();
    let citation = move || format::citation(&report.meta, lang.get());
    let print = move |_| {
        let _ = window().print();
    };
    view! {
        <article class="print-view">
            <div class="print-actions">
                <button type="button" class="print-button" on:click=print>
                    {move || Msg::PrintNow.text(lang.get())}
                </button>
            </div>
            <h1>{move || lang.get().pick(&title).to_string()}</h1>
            <p class="report-meta">{citation}</p>
            <HeadlineFigures />
            {View::THEMES
                .into_iter()
                .map(|view| {
                    view! {
                        <section class="print-section" data-view=view.code()>
                            <h2>{move || pages::view(view, lang.get())}</h2>
                            {charts_of_view(view).into_iter().map(|chart| view! { <ChartCard chart /> }).collect_view()}
                        </section>
                    }
                })
                .collect_view()}
        </article>
    }
}
