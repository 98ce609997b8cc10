//! The draft's headline figures and charts, described and generated, drawn by the same cards
//! readers see: the draft becomes the report on screen for the cards below this component.

use super::super::chart_card::ChartCard;
use super::super::context::{ChartsContext, ReportContext};
use super::super::headline_figures::HeadlineFigures;
use leptos::prelude::*;
use report::Report;
use std::sync::Arc;

/// The draft's headline cards and chart cards.
#[component]
pub fn DraftCharts(
    /// The draft.
    report: Arc<Report>,
) -> impl IntoView {
    let charts = Arc::new(charts::compile::charts(&report));
    provide_context(ChartsContext(charts.clone()));
    provide_context(ReportContext(report));
    view! {
        <div data-testid="draft-headline">
            <HeadlineFigures />
        </div>
        <div class="chart-list" data-testid="draft-chart-list">
            {charts.iter().cloned().map(|chart| view! { <ChartCard chart level=3 /> }).collect_view()}
        </div>
    }
    .into_any()
}
