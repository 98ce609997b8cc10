//! The headline figures as a grid of cards.

use super::context::{use_lang, use_report};
use super::figure_card::FigureCard;
use charts::i18n::Msg;
use leptos::prelude::*;

/// The headline section.
#[component]
pub fn HeadlineFigures() -> impl IntoView {
    let lang = use_lang();
    let report = use_report();
    let figures: Vec<_> = report.headline().into_iter().cloned().collect();
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
