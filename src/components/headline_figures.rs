//! The headline figures as a grid of cards.

use super::context::{use_lang, use_report};
use super::figure_card::FigureCard;
use crate::i18n::Msg;
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

/// The headline section.
#[component]
pub fn HeadlineFigures() -> impl IntoView {
    let lang = use_lang();
    let report = use_report();
    let figures: Vec<_> = HEADLINE_FIGURES
        .iter()
        .filter_map(|id| report.figure(id).cloned())
        .collect();
    let cards = if figures.is_empty() {
        view! { <p class="no-data-note">{move || Msg::NoViewData.text(lang.get())}</p> }.into_any()
    } else {
        figures
            .into_iter()
            .map(|figure| view! { <FigureCard figure /> })
            .collect_view()
            .into_any()
    };
    view! {
        <section class="headline" aria-labelledby="headline-heading">
            <h2 id="headline-heading">{move || Msg::HeadlineFigures.text(lang.get())}</h2>
            <div class="figure-grid">{cards}</div>
        </section>
    }
}
