//! The draft's charts, described and generated, drawn by the same cards readers see: the
//! draft becomes the report on screen for the cards below this component.

use super::super::chart_card::ChartCard;
use super::super::context::{ChartsContext, ReportContext};
use crate::data::Report;
use leptos::prelude::*;
use std::sync::Arc;

/// The draft's chart cards.
#[component]
pub fn DraftCharts(
    /// The draft.
    report: Arc<Report>,
) -> impl IntoView {
    let charts = Arc::new(crate::spec::charts(&report));
    provide_context(ChartsContext(charts.clone()));
    provide_context(ReportContext(report));
    view! {
        <div class="chart-list" data-testid="draft-chart-list">
            {charts.iter().cloned().map(|chart| view! { <ChartCard chart level=3 /> }).collect_view()}
        </div>
    }
    .into_any()
}
