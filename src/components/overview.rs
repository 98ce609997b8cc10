//! The overview page: the report's identity and its headline figures.

use super::chart_card::ChartCard;
use super::context::{use_lang, use_report};
use super::headline_figures::HeadlineFigures;
use super::view_link::ViewLink;
use crate::i18n::{format, messages, Msg};
use crate::spec::ChartId;
use crate::state::View;
use leptos::prelude::*;

/// One small chart per theme, each linking to its view.
pub const THEME_CHARTS: [ChartId; 5] = [
    ChartId::FundsBySource,
    ChartId::ProjectsTimeline,
    ChartId::TrainingByGroup,
    ChartId::SalesMarkets,
    ChartId::OutcomesIncome,
];

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
            <h1>{move || lang.get().pick(&title).to_string()}</h1>
            <p class="report-meta" data-testid="report-meta">{byline}</p>
            <ViewLink view=View::Source testid="source-link" class="source-link">
                {move || Msg::ReadSource.text(lang.get())}
            </ViewLink>
        </section>
        <HeadlineFigures />
        <section class="themes" aria-labelledby="themes-heading">
            <h2 id="themes-heading">{move || Msg::ThemesHeading.text(lang.get())}</h2>
            <div class="theme-grid">
                {THEME_CHARTS
                    .into_iter()
                    .map(|id| {
                        let target = id.view();
                        view! {
                            <div class="theme-tile">
                                <ChartCard id compact=true />
                                <ViewLink view=target class="see-view">
                                    {move || {
                                        let lang = lang.get();
                                        format!(
                                            "{}{}{} →",
                                            Msg::SeeView.text(lang),
                                            lang.choose("：", ": "),
                                            messages::view(target, lang),
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
