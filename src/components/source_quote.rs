//! A quote shown in its sentence of the original report, the quote itself highlighted.

use crate::data::{query::sentence_around, ORIGINAL_TEXT};
use leptos::prelude::*;

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
    let (before, marked, after) = match sentence_around(ORIGINAL_TEXT, &quote) {
        Some(range) => {
            let start = ORIGINAL_TEXT[range.clone()].find(&quote).unwrap_or(0) + range.start;
            let end = start + quote.len();
            (
                &ORIGINAL_TEXT[range.start..start],
                quote,
                &ORIGINAL_TEXT[end..range.end],
            )
        }
        None => ("", quote, ""),
    };
    view! {
        <blockquote class="figure-source" lang="zh-CN" id=id hidden=move || hidden.get()>
            {before}
            <mark>{marked}</mark>
            {after}
        </blockquote>
    }
}
