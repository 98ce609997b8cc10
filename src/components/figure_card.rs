//! A headline-figure card: value with its qualifier, label, period, and the source on demand.

use super::context::{use_lang, use_view_state};
use super::read_aloud::ReadAloud;
use super::source_quote::SourceQuote;
use charts::compiled;
use charts::i18n::{format, messages, Msg};
use leptos::prelude::*;
use report::Figure;

/// One figure as a card.
#[component]
pub fn FigureCard(figure: Figure) -> impl IntoView {
    let lang = use_lang();
    let open = RwSignal::new(false);
    let source_id = format!("source-{}", figure.id);
    let qualifier = figure.qualifier;
    let period = figure.period.clone();
    let meta = move || {
        let lang = lang.get();
        format::labelled(
            Msg::Period,
            &compiled::period_text(period.as_deref(), lang),
            lang,
        )
    };
    let label = figure.label.clone();
    let value_figure = figure.clone();
    let state = use_view_state();
    let care = Memo::new(move |_| state.with(|s| s.care));
    // What care mode reads aloud: the label, the value with its qualifier, the period.
    let spoken = {
        let (label, figure, meta) = (label.clone(), figure.clone(), meta.clone());
        Signal::derive(move || {
            let lang = lang.get();
            let qualifier = messages::qualifier(figure.qualifier, lang)
                .map(|q| format!("{}{q}", lang.choose("，", ", ")))
                .unwrap_or_default();
            format!(
                "{}{}{}{qualifier}{}{}",
                lang.pick(&label),
                lang.choose("：", ": "),
                format::figure_value(&figure, lang, charts::i18n::money::MoneyUnit::Auto),
                lang.choose("。", ". "),
                meta()
            )
        })
    };
    let what = {
        let label = label.clone();
        Signal::derive(move || lang.get().pick(&label).to_string())
    };
    let provenance = match (&figure.source, &figure.derivation) {
        (Some(quote), _) => view! {
            <SourceQuote quote=quote.clone() id=source_id.clone() hidden=Signal::derive(move || !open.get()) />
        }
        .into_any(),
        (None, Some(derivation)) => {
            let formula = derivation.formula.clone();
            view! {
                <p class="figure-source" id=source_id.clone() hidden=move || !open.get()>
                    {move || Msg::Formula.text(lang.get())}
                    ": "
                    <code>{formula.clone()}</code>
                </p>
            }
            .into_any()
        }
        (None, None) => ().into_any(),
    };
    view! {
        <article class="figure-card" data-figure-id=figure.id.clone() data-qualifier=qualifier.code()>
            <h3 class="figure-label">{move || report::file_text::on_screen(lang.get().pick(&label)).into_owned()}</h3>
            <p class="figure-value">{move || format::figure_value(&value_figure, lang.get(), charts::i18n::money::MoneyUnit::Auto)}</p>
            <p class="figure-meta">
                {move || {
                    messages::qualifier(qualifier, lang.get())
                        .map(|badge| view! { <span class="qualifier-badge">{badge}</span> })
                }}
                <span class="figure-period">{meta}</span>
            </p>
            <button
                type="button"
                class="figure-source-toggle"
                aria-expanded=move || open.get().to_string()
                aria-controls=source_id.clone()
                on:click=move |_| open.update(|o| *o = !*o)
            >
                {move || { if open.get() { Msg::HideSource } else { Msg::ShowSource }.text(lang.get()) }}
            </button>
            {provenance}
            <Show when=move || care.get()>
                <ReadAloud text=spoken what />
            </Show>
        </article>
    }
}
