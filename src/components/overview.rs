//! The overview page: the report's identity and its headline figures.

use super::chart_card::ChartCard;
use super::context::{use_lang, use_report};
use super::figure_card::FigureCard;
use super::view_link::ViewLink;
use crate::i18n::{format, messages, Msg};
use crate::spec::ChartId;
use crate::state::View;
use leptos::prelude::*;

/// Figures shown as headline cards, in order. Ids a report lacks are skipped.
pub const HEADLINE_FIGURES: [&str; 10] = [
    "aid_funds_total",
    "aid_funds_eda",
    "projects_total",
    "beneficiaries",
    "income_per_capita_2022",
    "income_growth_2022",
    "income_lifted_2022",
    "fixed_asset_investment_2022",
    "fixed_asset_growth_2022",
    "sales_consumption_annual",
];

/// One small chart per theme, each linking to its view.
const THEME_CHARTS: [ChartId; 5] = [
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
    let byline = move || {
        let lang = lang.get();
        let date = meta
            .published
            .get(..10)
            .map(|d| format::date(d, lang))
            .unwrap_or_default();
        let time = meta.published_time().unwrap_or_default();
        format!(
            "{} · {} {date} {time}",
            lang.pick(&meta.publisher),
            Msg::Published.text(lang)
        )
    };
    let cards = HEADLINE_FIGURES
        .iter()
        .filter_map(|id| report.figure(id).cloned())
        .map(|figure| view! { <FigureCard figure /> })
        .collect_view();
    view! {
        <section class="report-head">
            <h1>{move || lang.get().pick(&title).to_string()}</h1>
            <p class="report-meta" data-testid="report-meta">{byline}</p>
            <ViewLink view=View::Source testid="source-link" class="source-link">
                {move || Msg::ReadSource.text(lang.get())}
            </ViewLink>
        </section>
        <section class="headline" aria-labelledby="headline-heading">
            <h2 id="headline-heading">{move || Msg::HeadlineFigures.text(lang.get())}</h2>
            <div class="figure-grid">{cards}</div>
        </section>
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
                                        format!(
                                            "{}：{} →",
                                            Msg::SeeView.text(lang.get()),
                                            messages::view(target, lang.get()),
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
