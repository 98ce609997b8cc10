//! A chart or the headline figures alone, for an iframe in another site: no site chrome, a
//! source line, a link to the full report, and the page height posted to the host.

use super::chart_card::ChartCard;
use super::context::{use_lang, use_report, use_view_state};
use super::headline_figures::HeadlineFigures;
use crate::embed;
use crate::i18n::{format, Msg};
use crate::state::{Embed, View};
use leptos::prelude::*;
use send_wrapper::SendWrapper;

/// The embedded page.
#[component]
pub fn EmbedPage(embed: Embed) -> impl IntoView {
    let lang = use_lang();
    let report = use_report();
    let state = use_view_state();
    Effect::new(move |_| {
        if let Some(watch) = embed::watch_height(embed.code()) {
            let held = SendWrapper::new(watch);
            on_cleanup(move || held.stop());
        }
    });
    let full_report = move || {
        let mut target = state.get();
        target.embed = None;
        match embed {
            Embed::Chart(chart) => {
                target.view = chart.view();
                target.chart = Some(chart);
            }
            Embed::Overview => target.view = View::Overview,
        }
        format!("?{}", target.to_query())
    };
    let content = match embed {
        Embed::Chart(id) => view! { <ChartCard id level=2 /> }.into_any(),
        Embed::Overview => view! { <HeadlineFigures /> }.into_any(),
    };
    view! {
        <main id="main" class="embed" data-embed=embed.code()>
            {content}
            <p class="embed-source">
                {move || {
                    // A chart card carries its own source line; the headline cards do not.
                    matches!(embed, Embed::Overview)
                        .then(|| format!("{}{} · ", Msg::ChartSource.text(lang.get()), format::citation(&report.meta, lang.get())))
                }}
                <a href=full_report target="_blank" rel="noopener" data-testid="open-full-report">
                    {move || Msg::OpenFullReport.text(lang.get())}
                </a>
            </p>
        </main>
    }
}
