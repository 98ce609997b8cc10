//! A theme's page: its heading, the unit choice and all its charts.

use super::chart_card::ChartCard;
use super::context::{charts_of_view, use_lang};
use super::unit_select::UnitSelect;
use crate::i18n::pages;
use crate::state::View;
use charts::i18n::Msg;
use leptos::prelude::*;

/// The page of one theme view.
#[component]
pub fn ThemeView(view: View) -> impl IntoView {
    let lang = use_lang();
    let charts = charts_of_view(view);
    let body = if !charts.is_empty() {
        charts
            .into_iter()
            .map(|chart| view! { <ChartCard chart level=2 /> })
            .collect_view()
            .into_any()
    } else {
        view! {
            <p class="no-data-note" data-testid="view-no-data">
                {move || Msg::NoViewData.text(lang.get())}
            </p>
        }
        .into_any()
    };
    view! {
        <section class="theme-view" data-view=view.code()>
            <div class="view-head">
                <h1>{move || pages::view(view, lang.get())}</h1>
                <UnitSelect />
            </div>
            <div class="chart-list">
                {body}
            </div>
        </section>
    }
}
