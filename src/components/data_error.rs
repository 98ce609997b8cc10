//! Shown instead of the app when the data file fails validation: every problem, located.

use super::problem_list::ProblemList;
use charts::i18n::Msg;
use leptos::prelude::*;
use report::DataError;
use report::Lang;

/// A readable list of the data file's problems.
#[component]
pub fn DataErrorPage(errors: Vec<DataError>, lang: Lang) -> impl IntoView {
    view! {
        <main id="main" class="data-error" role="alert">
            <h1>{Msg::DataErrorTitle.text(lang)}</h1>
            <p>{Msg::DataErrorHelp.text(lang)}</p>
            <ProblemList errors lang />
        </main>
    }
}
