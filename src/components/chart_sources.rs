//! A chart's sources: each item's quote in its sentence, then the whole original text with
//! those sentences highlighted.

use super::context::{use_lang, use_report};
use super::heading::Heading;
use super::original_text::OriginalText;
use super::pager::{page_bounds, Pager};
use super::provenance::ProvenanceView;
use charts::compiled::{CompiledChart, Provenance};
use charts::i18n::Msg;
use leptos::prelude::*;

/// The Source tab of a chart.
#[component]
pub fn ChartSources(
    /// The chart's data.
    #[prop(into)]
    compiled: Signal<CompiledChart>,
    /// The level of the quotes' heading: one under the chart's title.
    level: u8,
) -> impl IntoView {
    let lang = use_lang();
    let page = RwSignal::new(0);
    let has_text = use_report().original_text.is_some();
    move || {
        let data = compiled.with(|s| s.data.clone());
        let mut quotes: Vec<String> = data
            .iter()
            .flat_map(|d| match &d.provenance {
                Provenance::Quote(q) => vec![q.clone()],
                Provenance::Formula { input_quotes, .. } => input_quotes.clone(),
            })
            .collect();
        quotes.sort_unstable();
        quotes.dedup();
        let total = data.len();
        let (start, end) = page_bounds(total, page.get());
        let items = data
            .into_iter()
            .skip(start)
            .take(end - start)
            .map(|datum| {
                view! {
                    <li>
                        <p class="source-item">{datum.label}</p>
                        <ProvenanceView provenance=datum.provenance />
                    </li>
                }
            })
            .collect_view();
        view! {
            <Heading level>{Msg::QuotesHeading.text(lang.get())}</Heading>
            <ul class="source-list">{items}</ul>
            <Pager total page />
            {has_text
                .then(|| {
                    view! {
                        <details class="highlighted-original">
                            <summary>{Msg::HighlightedOriginal.text(lang.get())}</summary>
                            <OriginalText quotes />
                        </details>
                    }
                })}
        }
    }
}
