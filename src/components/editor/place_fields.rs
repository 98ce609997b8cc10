//! The aided regions or the partners of a report: a Chinese and an English field for each, the
//! first always shown, more added for a report on several banners or by several districts.

use super::super::context::use_lang;
use super::edit_field::{english_missing, TextField, TextPair};
use crate::i18n::editor::EditMsg;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Which list of places.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// The aided regions (`meta.region`).
    Region,
    /// The partners (`meta.partner`).
    Partner,
}

impl Place {
    /// The Chinese and English labels, the add and remove buttons, and the fields'
    /// `data-field` stem.
    fn texts(self) -> (EditMsg, EditMsg, EditMsg, EditMsg, &'static str) {
        match self {
            Place::Region => (
                EditMsg::RegionZh,
                EditMsg::RegionEn,
                EditMsg::AddRegion,
                EditMsg::RemoveRegion,
                "region",
            ),
            Place::Partner => (
                EditMsg::PartnerZh,
                EditMsg::PartnerEn,
                EditMsg::AddPartner,
                EditMsg::RemovePartner,
                "partner",
            ),
        }
    }
}

/// The fields of every place in `places`, with buttons to add one and remove an added one.
/// Fields are `region-zh`, `region-en`, then `region-zh-2`, `region-en-2`, …
#[component]
pub fn PlaceFields(places: RwSignal<Vec<TextPair>>, place: Place) -> impl IntoView {
    let lang = use_lang();
    let (zh_label, en_label, add_label, remove_label, stem) = place.texts();
    let rows = move || {
        places
            .get()
            .into_iter()
            .enumerate()
            .map(|(index, pair)| {
                let ordinal = (index > 0).then_some(index + 1);
                let suffix = ordinal.map(|n| format!("-{n}")).unwrap_or_default();
                let remove = move |_| {
                    places.update(|list| {
                        list.remove(index);
                    });
                    // The pressed button is gone with its row: focus goes to the add button.
                    focus_later(format!("[data-action=\"add-{stem}\"]"));
                };
                view! {
                    <TextField label=zh_label value=pair.zh field=format!("{stem}-zh{suffix}") ordinal=ordinal lang_of_text="zh-CN" />
                    <TextField label=en_label value=pair.en field=format!("{stem}-en{suffix}") ordinal=ordinal lang_of_text="en" missing=english_missing(pair.zh, pair.en) />
                    {ordinal.map(|n| view! {
                        <div class="form-actions">
                            <button type="button" data-action=format!("remove-{stem}-{n}") on:click=remove>
                                {move || format!("{} {n}", remove_label.text(lang.get()))}
                            </button>
                        </div>
                    })}
                }
            })
            .collect_view()
    };
    let add = move |_| {
        places.update(|list| list.push(TextPair::default()));
        // Into the new place's first field.
        let n = places.with_untracked(Vec::len);
        focus_later(format!("[data-field=\"{stem}-zh-{n}\"]"));
    };
    view! {
        {rows}
        <div class="form-actions">
            <button type="button" data-action=format!("add-{stem}") on:click=add>
                {move || add_label.text(lang.get())}
            </button>
        </div>
    }
}

/// Focuses the element `selector` finds once the list has been drawn again.
fn focus_later(selector: String) {
    request_animation_frame(move || {
        if let Some(element) = document()
            .query_selector(&selector)
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = element.focus();
        }
    });
}
