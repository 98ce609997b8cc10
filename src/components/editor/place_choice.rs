//! The figure form's places: in a report on two or more aided places, a checkbox for each, so
//! a figure says whose it is (both for one of them together). A report on one place shows
//! none, and its figures name no place.

use super::super::context::use_lang;
use crate::state::draft::Editor;
use authoring::i18n::EditMsg;
use leptos::prelude::*;

/// The place checkboxes, bound to `value` (place ids, in the report's order).
#[component]
pub fn PlaceChoice(
    /// The ids of the places ticked.
    value: RwSignal<Vec<String>>,
) -> impl IntoView {
    let lang = use_lang();
    let editor = expect_context::<Editor>();
    let regions = Memo::new(move |_| {
        editor
            .draft
            .with(|r| r.meta.region.clone())
            .unwrap_or_default()
    });
    let boxes = move || {
        let order: Vec<String> = regions.with(|r| r.iter().map(|p| p.id.clone()).collect());
        regions
            .get()
            .into_iter()
            .map(|place| {
                let id = place.id.clone();
                let ticked = {
                    let id = id.clone();
                    move || value.with(|v| v.contains(&id))
                };
                let order = order.clone();
                let toggle = move |ev: leptos::ev::Event| {
                    let on = event_target_checked(&ev);
                    value.update(|v| {
                        v.retain(|p| *p != id);
                        if on {
                            v.push(id.clone());
                        }
                        // Report order, the places of other lists after them.
                        v.sort_by_key(|p| order.iter().position(|o| o == p).unwrap_or(usize::MAX));
                    });
                };
                let name = move || lang.get().pick(&place.name).to_string();
                view! {
                    <label>
                        <input
                            type="checkbox"
                            name="place"
                            value=place.id.clone()
                            prop:checked=ticked
                            on:change=toggle
                        />
                        <span>{name}</span>
                    </label>
                }
            })
            .collect_view()
    };
    view! {
        <Show when=move || regions.with(|r| r.len() > 1)>
            <fieldset class="phrase-choice" data-testid="figure-places" aria-describedby="figure-places-hint">
                <legend>{move || EditMsg::Places.text(lang.get())}</legend>
                {boxes}
                <small id="figure-places-hint">{move || EditMsg::PlacesHint.text(lang.get())}</small>
            </fieldset>
        </Show>
    }
}
