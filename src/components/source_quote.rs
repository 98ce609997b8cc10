//! A quote shown in its sentence of the original report, the quote itself highlighted.

use super::context::use_report;
use leptos::prelude::*;
use report::query::sentence_around;

/// The sentence of the original text containing `quote`, with `quote` marked.
#[component]
pub fn SourceQuote(
    /// The verbatim fragment.
    quote: String,
    /// `id` of the element, for `aria-controls`.
    #[prop(optional)]
    id: Option<String>,
    /// Hidden until revealed.
    #[prop(optional, into)]
    hidden: Signal<bool>,
) -> impl IntoView {
    let report = use_report();
    let text = report.original_text.as_deref().unwrap_or_default();
    let (before, marked, after) = match sentence_around(text, &quote) {
        Some(range) => {
            let start = text[range.clone()].find(&quote).unwrap_or(0) + range.start;
            let end = start + quote.len();
            (
                text[range.start..start].to_string(),
                quote,
                text[end..range.end].to_string(),
            )
        }
        None => (String::new(), quote, String::new()),
    };
    view! {
        <blockquote class="figure-source" lang="zh-CN" id=id hidden=move || hidden.get()>
            {before}
            <mark>{marked}</mark>
            {after}
        </blockquote>
    }
}
