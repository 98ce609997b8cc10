//! Shown instead of the app when the data file fails validation: every problem, located.

use crate::data::DataError;
use crate::i18n::{Lang, Msg};
use leptos::prelude::*;

/// A readable list of the data file's problems.
#[component]
pub fn DataErrorPage(errors: Vec<DataError>, lang: Lang) -> impl IntoView {
    view! {
        <main id="main" class="data-error" role="alert">
            <h1>{Msg::DataErrorTitle.text(lang)}</h1>
            <p>{Msg::DataErrorHelp.text(lang)}</p>
            <ul>
                {errors
                    .into_iter()
                    .map(|error| {
                        view! {
                            <li>
                                <code>{error.location}</code>
                                " "
                                {error.problem.text(lang)}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </main>
    }
}
