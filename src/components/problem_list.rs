//! The problems of a data file, each with its location, in the reader's language.

use leptos::prelude::*;
use report::Lang;
use report::{file_text, DataError};

/// A list of located problems.
#[component]
pub fn ProblemList(
    /// The problems.
    errors: Vec<DataError>,
    /// The language to explain them in.
    #[prop(into)]
    lang: Signal<Lang>,
) -> impl IntoView {
    let items = errors
        .into_iter()
        .map(|error| {
            view! {
                <li>
                    <code>{file_text::visible(&error.location).into_owned()}</code>
                    " "
                    {move || error.problem.text(lang.get())}
                </li>
            }
        })
        .collect_view();
    view! { <ul>{items}</ul> }
}
