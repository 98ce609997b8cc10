//! A theme's page: its heading, the unit choice and all its charts.

use super::chart_card::ChartCard;
use super::context::use_lang;
use super::unit_select::UnitSelect;
use crate::i18n::messages;
use crate::spec::ChartId;
use crate::state::View;
use leptos::prelude::*;

/// The page of one theme view.
#[component]
pub fn ThemeView(view: View) -> impl IntoView {
    let lang = use_lang();
    view! {
        <section class="theme-view" data-view=view.code()>
            <div class="view-head">
                <h1>{move || messages::view(view, lang.get())}</h1>
                <UnitSelect />
            </div>
            <div class="chart-list">
                {ChartId::of_view(view).map(|id| view! { <ChartCard id /> }).collect_view()}
            </div>
        </section>
    }
}
