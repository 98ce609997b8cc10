//! The headline chooser: which figures the overview shows first, and in what order. It starts
//! from the app's proposal; buttons add, remove and move them (no dragging), and the button
//! pressed keeps the focus on its figure.

use super::super::context::use_lang;
use crate::state::draft::Editor;
use authoring::grouping;
use authoring::i18n::{action_on, ChartsMsg};
use charts::i18n::format;
use charts::i18n::money::MoneyUnit;
use leptos::prelude::*;
use report::Lang;
use report::Report;

/// A figure as the lists name it: its label and value.
fn named(report: &Report, id: &str, lang: Lang) -> Option<(String, String)> {
    let figure = report.figure(id)?;
    let label = lang.pick(&figure.label).to_string();
    let value = format::figure_value(figure, lang, MoneyUnit::Auto);
    Some((label, value))
}

/// After the list is drawn again, focus `figure`'s `action` button, or its other move button
/// when that one is now disabled (at the top or the bottom).
fn refocus(figure: String, action: &'static str) {
    request_animation_frame(move || {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        for action in [action, "headline-up", "headline-down", "headline-add"] {
            let selector = format!(
                "[data-testid=\"headline-chooser\"] [data-figure=\"{figure}\"] [data-action=\"{action}\"]:not([disabled]), [data-testid=\"headline-chooser\"] [data-action=\"{action}\"]:not([data-figure] *)"
            );
            if let Some(element) = document
                .query_selector(&selector)
                .ok()
                .flatten()
                .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
            {
                let _ = element.focus();
                return;
            }
        }
    });
}

/// The headline chooser.
#[component]
pub fn HeadlineChooser() -> impl IntoView {
    let lang = use_lang();
    let editor = expect_context::<Editor>();
    let chosen = Memo::new(move |_| editor.draft.with(|r| r.headline.is_some()).unwrap_or(false));
    let rows = move || {
        let lang = lang.get();
        editor
            .draft
            .with(|r| {
                grouping::headline(r)
                    .into_iter()
                    .filter_map(|id| named(r, &id, lang).map(|name| (id, name)))
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    };
    let addable = move || {
        let lang = lang.get();
        editor
            .draft
            .with(|r| {
                let shown = grouping::headline(r);
                r.figures
                    .iter()
                    .filter(|f| !shown.contains(&f.id))
                    .filter_map(|f| {
                        named(r, &f.id, lang).map(|(l, v)| (f.id.clone(), format!("{l} · {v}")))
                    })
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    };
    let to_add = RwSignal::new(String::new());
    let change = move |figure: String, action: &'static str| {
        editor.draft.apply(|r| match action {
            "headline-up" => grouping::move_in_headline(r, &figure, true),
            "headline-down" => grouping::move_in_headline(r, &figure, false),
            "headline-remove" => grouping::remove_from_headline(r, &figure),
            _ => grouping::add_to_headline(r, &figure),
        });
        refocus(figure, action);
    };
    view! {
        <section class="edit-panel" aria-labelledby="headline-chooser-heading" data-testid="headline-chooser">
            <h2 id="headline-chooser-heading">{move || ChartsMsg::HeadlineTitle.text(lang.get())}</h2>
            <p class="note">{move || ChartsMsg::HeadlineHelp.text(lang.get())}</p>
            <p class="note" role="status" data-testid="headline-state">
                {move || if chosen.get() { ChartsMsg::HeadlineChosen } else { ChartsMsg::HeadlineProposed }.text(lang.get())}
            </p>
            {move || {
                let rows = rows();
                let last = rows.len().saturating_sub(1);
                if rows.is_empty() {
                    return view! { <p class="note">{ChartsMsg::HeadlineEmpty.text(lang.get())}</p> }.into_any();
                }
                view! {
                    <ol class="draft-items headline-list">
                        {rows
                            .into_iter()
                            .enumerate()
                            .map(|(index, (id, (label, value)))| {
                                let lang = lang.get();
                                let button = |action: &'static str, msg: ChartsMsg, disabled: bool| {
                                    let figure = id.clone();
                                    view! {
                                        <button
                                            type="button"
                                            data-action=action
                                            disabled=disabled
                                            aria-label=action_on(msg, &label, lang)
                                            on:click=move |_| change(figure.clone(), action)
                                        >
                                            {msg.text(lang)}
                                        </button>
                                    }
                                };
                                view! {
                                    <li data-figure=id.clone()>
                                        <span>{format!("{} · {}", label, value)}</span>
                                        <span class="row-actions">
                                            {button("headline-up", ChartsMsg::MoveUp, index == 0)}
                                            {button("headline-down", ChartsMsg::MoveDown, index == last)}
                                            {button("headline-remove", ChartsMsg::RemoveFromHeadline, false)}
                                        </span>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ol>
                }
                .into_any()
            }}
            <div class="edit-field headline-add">
                <label for="headline-add">{move || ChartsMsg::FigureToAdd.text(lang.get())}</label>
                <select
                    id="headline-add"
                    data-field="headline-add"
                    prop:value=move || to_add.get()
                    on:change=move |ev| to_add.set(event_target_value(&ev))
                >
                    <option value="">{move || ChartsMsg::ChooseFigure.text(lang.get())}</option>
                    {move || {
                        addable()
                            .into_iter()
                            .map(|(id, text)| view! { <option value=id.clone() selected=to_add.get_untracked() == id>{text}</option> })
                            .collect_view()
                    }}
                </select>
            </div>
            <div class="edit-actions">
                <button
                    type="button"
                    data-action="headline-add"
                    on:click=move |_| {
                        let figure = to_add.get_untracked();
                        if !figure.is_empty() {
                            to_add.set(String::new());
                            change(figure, "headline-add");
                        }
                    }
                >
                    {move || ChartsMsg::AddToHeadline.text(lang.get())}
                </button>
                <Show when=move || chosen.get()>
                    <button
                        type="button"
                        data-action="headline-propose"
                        on:click=move |_| editor.draft.apply(grouping::propose_headline)
                    >
                        {move || ChartsMsg::UseProposal.text(lang.get())}
                    </button>
                </Show>
            </div>
        </section>
    }
    .into_any()
}
