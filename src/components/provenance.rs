//! Where a datum comes from: its quote in its sentence, or the formula and the quotes of its
//! inputs for a derived value.

use super::context::use_lang;
use super::source_quote::SourceQuote;
use charts::compiled::Provenance;
use charts::i18n::Msg;
use leptos::prelude::*;

/// A datum's provenance.
#[component]
pub fn ProvenanceView(provenance: Provenance) -> impl IntoView {
    let lang = use_lang();
    match provenance {
        Provenance::Quote(quote) => view! { <SourceQuote quote /> }.into_any(),
        Provenance::Formula { text, input_quotes } => view! {
            <p class="formula">
                {move || Msg::Formula.text(lang.get())}
                {move || lang.get().choose("：", ": ")}
                <span class="formula-text">{text}</span>
            </p>
            <p class="formula-inputs">{move || Msg::ComputedFrom.text(lang.get())}</p>
            {input_quotes.into_iter().map(|quote| view! { <SourceQuote quote /> }).collect_view()}
        }
        .into_any(),
    }
}
