//! A heading whose level is given by where it is used, so the page outline never skips a level
//! (a chart card's title is an `h2` on a theme page, an `h3` under the overview's `h2`).

use leptos::prelude::*;

/// `<h2>`…`<h4>` by `level` (clamped to that range), with an optional id and class.
#[component]
pub fn Heading(
    /// 2, 3 or 4.
    level: u8,
    /// The element's id.
    #[prop(optional, into)]
    id: Option<String>,
    /// The element's class.
    #[prop(optional, into)]
    class: Option<String>,
    children: Children,
) -> impl IntoView {
    match level {
        0..=2 => view! { <h2 id=id class=class>{children()}</h2> }.into_any(),
        3 => view! { <h3 id=id class=class>{children()}</h3> }.into_any(),
        _ => view! { <h4 id=id class=class>{children()}</h4> }.into_any(),
    }
}
