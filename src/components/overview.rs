//! The overview page: the report's identity and its headline figures.

use super::chart_card::ChartCard;
use super::context::{use_charts, use_lang, use_report};
use super::headline_figures::HeadlineFigures;
use super::view_link::ViewLink;
use crate::i18n::pages;
use crate::state::View;
use charts::compile;
use charts::i18n::{format, Msg};
use leptos::prelude::*;
use report::file_text;

/// The overview page.
#[component]
pub fn Overview() -> impl IntoView {
    let lang = use_lang();
    let report = use_report();
    let meta = report.meta.clone();
    let title = meta.title.clone();
    let byline = move || format::byline(&meta, lang.get());
    view! {
        <section class="report-head">
            <h1>{move || file_text::on_screen(lang.get().pick(&title)).into_owned()}</h1>
            <p class="report-meta" data-testid="report-meta">{byline}</p>
            <ViewLink view=View::Source testid="source-link" class="source-link">
                {move || Msg::ReadSource.text(lang.get())}
            </ViewLink>
        </section>
        <HeadlineFigures />
        <section class="themes" aria-labelledby="themes-heading">
            <h2 id="themes-heading">{move || Msg::ThemesHeading.text(lang.get())}</h2>
            <div class="theme-grid">
                {compile::overview_charts(&use_charts())
                    .into_iter()
                    .map(|chart| {
                        let target = View::of_theme(chart.theme);
                        let chart = chart.clone();
                        view! {
                            <div class="theme-tile">
                                <ChartCard chart compact=true />
                                <ViewLink view=target class="see-view">
                                    {move || {
                                        let lang = lang.get();
                                        format!(
                                            "{}{}{} →",
                                            Msg::SeeView.text(lang),
                                            lang.choose("：", ": "),
                                            pages::view(target, lang),
                                        )
                                    }}
                                </ViewLink>
                            </div>
                        }
                    })
                    .collect_view()}
            </div>
        </section>
    }
}
