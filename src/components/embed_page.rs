//! A chart or the headline figures alone, for an iframe in another site: no site chrome, a
//! source line and a link to the full report. (`public/prerender.js` posts the page height to
//! the host, for the pre-rendered page and the app alike.)

use super::chart_card::ChartCard;
use super::context::{use_charts, use_lang, use_report, use_view_state};
use super::headline_figures::HeadlineFigures;
use crate::state::{Embed, View};
use charts::i18n::{format, Msg};
use leptos::prelude::*;

/// The embedded page.
#[component]
pub fn EmbedPage(embed: Embed) -> impl IntoView {
    let lang = use_lang();
    let report = use_report();
    let state = use_view_state();
    let chart = match &embed {
        Embed::Chart(id) => Some(use_charts().iter().find(|c| &c.id == id).cloned()),
        Embed::Overview => None,
    };
    let code = embed.code().to_string();
    let is_overview = embed == Embed::Overview;
    let target_chart = chart.clone().flatten();
    let full_report = move || {
        let mut target = state.get();
        target.embed = None;
        match &target_chart {
            Some(chart) => {
                target.view = View::of_theme(chart.theme);
                target.chart = Some(chart.id.clone());
            }
            None => target.view = View::Overview,
        }
        format!("?{}", target.to_query())
    };
    let content = match chart {
        Some(Some(chart)) => view! { <ChartCard chart level=2 /> }.into_any(),
        Some(None) => view! {
            <p class="no-data-note" data-testid="no-such-chart">{move || Msg::NoSuchChart.text(lang.get())}</p>
        }
        .into_any(),
        None => view! { <HeadlineFigures /> }.into_any(),
    };
    view! {
        <main id="main" class="embed" data-embed=code>
            {content}
            <p class="embed-source">
                {move || {
                    // A chart card carries its own source line; the headline cards do not.
                    is_overview
                        .then(|| format!("{}{} · ", Msg::ChartSource.text(lang.get()), format::citation(&report.meta, lang.get())))
                }}
                <a href=full_report target="_blank" rel="noopener" data-testid="open-full-report">
                    {move || Msg::OpenFullReport.text(lang.get())}
                </a>
            </p>
        </main>
    }
}
