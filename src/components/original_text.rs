//! The report's original text as paragraphs, with chosen sentences highlighted.

use super::context::use_report;
use leptos::prelude::*;
use report::query::highlight_sentences;

/// The original text; sentences containing any of `quotes` are marked. Empty when the report
/// file does not include its text.
#[component]
pub fn OriginalText(
    /// Quotes whose sentences are highlighted.
    #[prop(optional)]
    quotes: Vec<String>,
    /// `data-testid` of the article.
    #[prop(optional)]
    testid: Option<&'static str>,
) -> impl IntoView {
    let report = use_report();
    let paragraphs = report
        .original_text
        .as_deref()
        .unwrap_or_default()
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .map(|line| {
            let quotes: Vec<&str> = quotes
                .iter()
                .map(String::as_str)
                .filter(|q| line.contains(q))
                .collect();
            let runs = highlight_sentences(line, &quotes)
                .into_iter()
                .map(|(run, marked)| {
                    if marked {
                        view! { <mark>{run}</mark> }.into_any()
                    } else {
                        run.into_any()
                    }
                })
                .collect_view();
            view! { <p>{runs}</p> }
        })
        .collect_view();
    view! {
        <article class="original-text" lang="zh-CN" data-testid=testid>
            {paragraphs}
        </article>
    }
}
