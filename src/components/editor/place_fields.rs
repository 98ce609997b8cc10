//! The aided regions or the partners of a report: for each a Chinese and an English name, its
//! kind (proposed by the name's ending: 旗 a banner) and its administrative code where it has
//! one; the first always shown, more added for a report on several banners or by several
//! districts.

use super::super::context::use_lang;
use super::edit_field::{choices, english_missing, SelectField, TextField, TextPair};
use authoring::draft::NamedPlace;
use authoring::{i18n as editor, i18n::EditMsg};
use leptos::prelude::*;
use report::PlaceKind;
use wasm_bindgen::JsCast;

/// The fields of one place.
#[derive(Clone, Copy)]
pub struct PlaceRow {
    /// Its name.
    pub name: TextPair,
    /// Its kind's code.
    pub kind: RwSignal<String>,
    /// Its administrative code, or empty.
    pub code: RwSignal<String>,
}

impl PlaceRow {
    /// Fields showing `place`, or empty ones of the kind an empty name says.
    fn new(place: Option<&report::Place>) -> PlaceRow {
        let name = TextPair::default();
        name.show(place.map(|p| &p.name));
        let kind = place.map_or(PlaceKind::of_name(""), |p| p.kind);
        PlaceRow {
            name,
            kind: RwSignal::new(kind.code().to_string()),
            code: RwSignal::new(place.and_then(|p| p.code.clone()).unwrap_or_default()),
        }
    }

    /// A row for each place of `places`, and one empty row if there is none.
    pub fn list(places: &[report::Place]) -> Vec<PlaceRow> {
        if places.is_empty() {
            return vec![PlaceRow::new(None)];
        }
        places.iter().map(|p| PlaceRow::new(Some(p))).collect()
    }

    /// The places of `rows`, leaving out rows without a name.
    pub fn read_list(rows: RwSignal<Vec<PlaceRow>>) -> Vec<NamedPlace> {
        rows.get_untracked()
            .into_iter()
            .map(|row| NamedPlace {
                name: row.name.read(),
                kind: PlaceKind::from_code(&row.kind.get_untracked()).unwrap_or(PlaceKind::Other),
                code: Some(row.code.get_untracked().trim().to_string()).filter(|c| !c.is_empty()),
            })
            .filter(|place| !(place.name.zh.is_empty() && place.name.en.is_empty()))
            .collect()
    }
}

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
    /// `data-field` stem (`region-zh`, `region-kind`, `region-code` …).
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
/// Fields are `region-zh`, `region-en`, `region-kind`, `region-code`, then `region-zh-2`, …
#[component]
pub fn PlaceFields(places: RwSignal<Vec<PlaceRow>>, place: Place) -> impl IntoView {
    let lang = use_lang();
    let (zh_label, en_label, add_label, remove_label, stem) = place.texts();
    let kinds = choices(&PlaceKind::ALL, PlaceKind::code, editor::place_kind, lang);
    let rows = move || {
        places
            .get()
            .into_iter()
            .enumerate()
            .map(|(index, row)| {
                let pair = row.name;
                // The kind follows the Chinese name's ending while it is still the one the
                // ending said; one chosen by hand stays.
                Effect::new(move |said: Option<String>| {
                    let now = PlaceKind::of_name(&pair.zh.get()).code().to_string();
                    if said.is_some_and(|said| said != now && row.kind.get_untracked() == said) {
                        row.kind.set(now.clone());
                    }
                    now
                });
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
                    <SelectField label=EditMsg::PlaceKindField value=row.kind field=format!("{stem}-kind{suffix}") options=kinds ordinal=ordinal />
                    <TextField label=EditMsg::PlaceCode value=row.code field=format!("{stem}-code{suffix}") ordinal=ordinal hint=EditMsg::PlaceCodeHint inputmode="numeric" />
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
        places.update(|list| list.push(PlaceRow::new(None)));
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
