//! The key to a chart's encoding: which qualifiers, statuses or sides its marks show, as the
//! chart's kind draws them (`charts::kinds::legend`).

use super::context::use_lang;
use charts::compiled::CompiledChart;
use charts::i18n::Msg;
use charts::kinds;
use leptos::prelude::*;

/// The legend of a chart.
#[component]
pub fn ChartLegend(
    /// The chart, compiled.
    #[prop(into)]
    compiled: Signal<CompiledChart>,
) -> impl IntoView {
    let lang = use_lang();
    move || {
        let lang = lang.get();
        let items = compiled
            .with(|compiled| kinds::legend(compiled, lang))
            .into_iter()
            .map(|entry| {
                view! {
                    <li>
                        <span class="swatch" inner_html=entry.swatch></span>
                        {entry.text}
                    </li>
                }
            })
            .collect_view();
        view! {
            <div class="chart-legend">
                <span class="legend-title">{Msg::Legend.text(lang)}</span>
                <ul>{items}</ul>
            </div>
        }
    }
}
