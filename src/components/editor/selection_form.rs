//! The selected fragment of the text, with its ends adjustable by keyboard, and the form that
//! makes it into an item of the draft: a figure, a project's event, or a pairing.

use super::super::context::use_lang;
use super::event_form::EventForm;
use super::figure_form::FigureForm;
use super::pairing_form::PairingForm;
use crate::state::draft::{Editing, Editor};
use authoring::i18n::EditMsg;
use authoring::suggest;
use leptos::prelude::*;

/// What the fragment becomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ItemKind {
    Figure,
    Event,
    Pairing,
}

/// Moves one end of `range` by one character of `text` (`forward` or back), keeping it
/// non-empty.
fn nudge(
    text: &str,
    range: &std::ops::Range<usize>,
    end: bool,
    forward: bool,
) -> std::ops::Range<usize> {
    let step = |at: usize| {
        if forward {
            text[at..].chars().next().map_or(at, |c| at + c.len_utf8())
        } else {
            text[..at]
                .chars()
                .next_back()
                .map_or(at, |c| at - c.len_utf8())
        }
    };
    let (start, stop) = if end {
        (range.start, step(range.end))
    } else {
        (step(range.start), range.end)
    };
    if start < stop {
        start..stop
    } else {
        range.clone()
    }
}

/// The fragment and its form.
#[component]
pub fn SelectionForm() -> impl IntoView {
    let lang = use_lang();
    let editor = expect_context::<Editor>();
    let kind = RwSignal::new(ItemKind::Figure);
    // An item opened for correction brings its own kind of form.
    Effect::new(move |_| match editor.editing.get() {
        Some(Editing::Figure(_)) => kind.set(ItemKind::Figure),
        Some(Editing::Event(..)) => kind.set(ItemKind::Event),
        Some(Editing::Pairing(_)) => kind.set(ItemKind::Pairing),
        None => {}
    });
    let text = move || editor.text();
    // The quote: the selection without the spaces and punctuation at its ends.
    let quote = Memo::new(move |_| {
        let selection = editor.selection.get()?;
        editor
            .draft
            .with(|r| {
                suggest::quote_range(r.original_text.as_deref().unwrap_or_default(), selection)
            })
            .flatten()
    });
    let move_end = move |end: bool, forward: bool| {
        if let Some(range) = quote.get_untracked() {
            editor
                .selection
                .set(Some(nudge(&text(), &range, end, forward)));
        }
    };
    let kinds = [
        (ItemKind::Figure, EditMsg::MakeFigure, "figure"),
        (ItemKind::Event, EditMsg::MakeEvent, "event"),
        (ItemKind::Pairing, EditMsg::MakePairing, "pairing"),
    ];
    view! {
        <section class="edit-panel selection-form" aria-labelledby="selection-heading" data-testid="selection-form">
            <h2 id="selection-heading">{move || EditMsg::Selection.text(lang.get())}</h2>
            {move || match quote.get() {
                None => view! { <p class="note">{move || EditMsg::SelectHint.text(lang.get())}</p> }.into_any(),
                Some(range) => {
                    let fragment = text()[range].to_string();
                    view! {
                        <blockquote class="quote" lang="zh-CN" data-testid="quote">{fragment}</blockquote>
                        <div class="quote-ends" role="group" aria-label=move || EditMsg::QuoteEnds.text(lang.get())>
                            <button type="button" data-action="start-back" on:click=move |_| move_end(false, false)>
                                {move || EditMsg::StartBack.text(lang.get())}
                            </button>
                            <button type="button" data-action="start-forward" on:click=move |_| move_end(false, true)>
                                {move || EditMsg::StartForward.text(lang.get())}
                            </button>
                            <button type="button" data-action="end-back" on:click=move |_| move_end(true, false)>
                                {move || EditMsg::EndBack.text(lang.get())}
                            </button>
                            <button type="button" data-action="end-forward" on:click=move |_| move_end(true, true)>
                                {move || EditMsg::EndForward.text(lang.get())}
                            </button>
                        </div>
                        <fieldset class="item-kind">
                            <legend>{move || EditMsg::MakeInto.text(lang.get())}</legend>
                            {kinds
                                .into_iter()
                                .map(|(choice, label, code)| {
                                    view! {
                                        <label>
                                            <input
                                                type="radio"
                                                name="item-kind"
                                                value=code
                                                prop:checked=move || kind.get() == choice
                                                on:change=move |_| kind.set(choice)
                                            />
                                            {move || label.text(lang.get())}
                                        </label>
                                    }
                                })
                                .collect_view()}
                        </fieldset>
                    }
                    .into_any()
                }
            }}
            {move || match kind.get() {
                ItemKind::Figure => view! { <FigureForm quote /> }.into_any(),
                ItemKind::Event => view! { <EventForm quote /> }.into_any(),
                ItemKind::Pairing => view! { <PairingForm quote /> }.into_any(),
            }}
        </section>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::nudge;

    #[test]
    fn ends_move_by_whole_characters_and_never_cross() {
        let text = "资金8640万元";
        let range = 6..text.len();
        assert_eq!(&text[nudge(text, &range, false, false)], "金8640万元");
        assert_eq!(&text[nudge(text, &range, true, false)], "8640万");
        assert_eq!(nudge(text, &(0..3), true, false), 0..3);
        assert_eq!(nudge(text, &range, true, true), range);
    }
}
