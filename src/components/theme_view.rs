//! A theme's page: its heading, the unit choice and all its charts.

use super::chart_card::ChartCard;
use super::context::{use_lang, use_report};
use super::unit_select::UnitSelect;
use crate::i18n::{messages, Msg};
use crate::spec::ChartId;
use crate::state::{View, ViewState};
use leptos::prelude::*;

/// The page of one theme view.
#[component]
pub fn ThemeView(view: View) -> impl IntoView {
    let lang = use_lang();
    let report = use_report();
    let has_data =
        ChartId::of_view(view).any(|id| !id.spec(&report, &ViewState::default()).data.is_empty());
    let body = if has_data {
        ChartId::of_view(view)
            .map(|id| view! { <ChartCard id level=2 /> })
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
                <h1>{move || messages::view(view, lang.get())}</h1>
                <UnitSelect />
            </div>
            <div class="chart-list">
                {body}
            </div>
        </section>
    }
}
