//! The footer: where the figures come from and how they are marked.

use super::context::{use_lang, use_report};
use crate::i18n::{format, Msg};
use leptos::prelude::*;

/// The site footer.
#[component]
pub fn SiteFooter() -> impl IntoView {
    let lang = use_lang();
    let report = use_report();
    let source = move || {
        let lang = lang.get();
        let meta = &report.meta;
        let date = meta
            .published
            .get(..10)
            .map(|d| format::date(d, lang))
            .unwrap_or_default();
        format!(
            "{}{} · {} · {date}",
            Msg::FooterSource.text(lang),
            lang.pick(&meta.publisher),
            lang.pick(&meta.title)
        )
    };
    view! {
        <footer class="site-footer">
            <p>{source}</p>
            <p>{move || Msg::FooterHonesty.text(lang.get())}</p>
        </footer>
    }
}
