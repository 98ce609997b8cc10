//! Long lists a page at a time: "Previous", "Next" and "51–100 of 9,000". Nothing is shown for
//! a list that fits on one page.

use super::context::use_lang;
use charts::i18n::{format, Msg};
use leptos::prelude::*;

/// Rows per page.
pub const PAGE_SIZE: usize = 50;

/// The `start..end` rows of `page` (0-based) in a list of `total`, the page clamped to the last.
pub fn page_bounds(total: usize, page: usize) -> (usize, usize) {
    let last = total.saturating_sub(1) / PAGE_SIZE;
    let start = page.min(last) * PAGE_SIZE;
    (start, (start + PAGE_SIZE).min(total))
}

/// Page buttons for a list of `total` rows.
#[component]
pub fn Pager(
    /// How many rows the list has.
    total: usize,
    /// The page shown, 0-based.
    page: RwSignal<usize>,
) -> impl IntoView {
    let lang = use_lang();
    (total > PAGE_SIZE).then(|| {
        let bounds = move || page_bounds(total, page.get());
        let status = move || {
            let (start, end) = bounds();
            format::page_status(start, end, total, lang.get())
        };
        view! {
            <nav class="pager" aria-label=move || Msg::Pages.text(lang.get())>
                <button
                    type="button"
                    class="tool"
                    data-action="previous-page"
                    disabled=move || bounds().0 == 0
                    on:click=move |_| page.update(|p| *p = p.saturating_sub(1))
                >
                    {move || Msg::PreviousPage.text(lang.get())}
                </button>
                <span class="pager-status" aria-live="polite">{status}</span>
                <button
                    type="button"
                    class="tool"
                    data-action="next-page"
                    disabled=move || bounds().1 >= total
                    on:click=move |_| page.update(|p| *p = (*p + 1).min(total.saturating_sub(1) / PAGE_SIZE))
                >
                    {move || Msg::NextPage.text(lang.get())}
                </button>
            </nav>
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_cover_every_row_once_and_clamp() {
        assert_eq!(page_bounds(0, 0), (0, 0));
        assert_eq!(page_bounds(10, 0), (0, 10));
        assert_eq!(page_bounds(120, 1), (50, 100));
        assert_eq!(page_bounds(120, 2), (100, 120));
        assert_eq!(page_bounds(120, 9), (100, 120));
        assert_eq!(page_bounds(100, 2), (50, 100));
    }
}
