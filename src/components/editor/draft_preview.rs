//! The live result: every problem the validator finds in the draft, located as when a file is
//! opened, and the draft's charts as readers will see them.

use super::super::context::use_lang;
use super::super::problem_list::ProblemList;
use super::draft_charts::DraftCharts;
use crate::state::draft::Editor;
use authoring::i18n::EditMsg;
use leptos::prelude::*;
use report::validate;
use std::sync::Arc;

/// Problems and charts of the draft.
#[component]
pub fn DraftPreview() -> impl IntoView {
    let lang = use_lang();
    let editor = expect_context::<Editor>();
    // The draft as it would be downloaded, opened as the app opens a file: the same checks
    // and the same located messages.
    let problems = Memo::new(move |_| {
        editor
            .draft
            .with(|r| validate::load(&r.to_json(), None).err())
            .flatten()
            .unwrap_or_default()
    });
    let report = Memo::new(move |_| editor.draft.with(|r| Arc::new(r.clone())));
    view! {
        <section class="edit-panel" aria-labelledby="problems-heading" data-testid="draft-problems">
            <h2 id="problems-heading">{move || EditMsg::Problems.text(lang.get())}</h2>
            <p role="status" data-testid="problem-count">
                {move || {
                    let count = problems.with(Vec::len);
                    if count == 0 {
                        EditMsg::NoProblems.text(lang.get()).to_string()
                    } else {
                        format!("{}{count}", EditMsg::ProblemCount.text(lang.get()))
                    }
                }}
            </p>
            {move || view! { <ProblemList errors=problems.get() lang /> }}
        </section>
        <section class="edit-panel draft-charts" aria-labelledby="draft-charts-heading">
            <h2 id="draft-charts-heading">{move || EditMsg::Charts.text(lang.get())}</h2>
            {move || report.get().map(|report| view! { <DraftCharts report /> })}
        </section>
    }
    .into_any()
}
