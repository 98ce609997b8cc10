//! The report's details: id, title, publisher, publication time, aided regions and partners.
//! Saved together as one undoable step; undo and redo bring the fields back in step.

use super::super::context::use_lang;
use super::edit_field::{english_missing, TextField, TextPair};
use super::place_fields::{Place, PlaceFields};
use crate::data::Meta;
use crate::i18n::editor::EditMsg;
use crate::state::draft::{self, Editor};
use leptos::prelude::*;

/// The details form.
#[component]
pub fn DraftMeta() -> impl IntoView {
    let lang = use_lang();
    let editor = expect_context::<Editor>();
    let id = RwSignal::new(String::new());
    let published = RwSignal::new(String::new());
    let (title, publisher) = (TextPair::default(), TextPair::default());
    let (regions, partners) = (
        RwSignal::new(vec![TextPair::default()]),
        RwSignal::new(vec![TextPair::default()]),
    );
    let meta = Memo::new(move |_| editor.draft.with(|r| r.meta.clone()));
    // The places' fields belong to the form, not to one run of the effect that fills them, so
    // they live until the form does.
    let form = Owner::current();
    let fields_of = move |places: &[crate::data::Place]| {
        let names: Vec<_> = places.iter().map(|p| p.name.clone()).collect();
        match &form {
            Some(form) => form.with(|| TextPair::list(&names)),
            None => TextPair::list(&names),
        }
    };
    Effect::new(move |_| {
        if let Some(meta) = meta.get() {
            id.set(meta.id.clone());
            published.set(meta.published.clone());
            title.show(Some(&meta.title));
            publisher.show(Some(&meta.publisher));
            regions.set(fields_of(&meta.region));
            partners.set(fields_of(&meta.partner));
        }
    });
    let save = move |_| {
        let (region, partner) = (TextPair::read_list(regions), TextPair::read_list(partners));
        editor.draft.apply(|r| {
            let (region, partner) = draft::places(region, partner, &r.meta);
            r.meta = Meta {
                id: id.get_untracked().trim().to_string(),
                title: title.read(),
                publisher: publisher.read(),
                published: published.get_untracked().trim().to_string(),
                region,
                partner,
                ..r.meta.clone()
            };
        });
    };
    view! {
        <details class="edit-panel" data-testid="draft-meta" open=move || meta.with(|m| m.as_ref().is_some_and(|m| m.id.is_empty()))>
            <summary>
                <h2>{move || EditMsg::Details.text(lang.get())}</h2>
            </summary>
            <form class="item-form" on:submit=move |ev| ev.prevent_default()>
                <TextField label=EditMsg::ReportId value=id field="meta-id" hint=EditMsg::ReportIdHint />
                <TextField label=EditMsg::TitleZh value=title.zh field="title-zh" lang_of_text="zh-CN" />
                <TextField label=EditMsg::TitleEn value=title.en field="title-en" lang_of_text="en" missing=english_missing(title.zh, title.en) />
                <TextField label=EditMsg::PublisherZh value=publisher.zh field="publisher-zh" lang_of_text="zh-CN" />
                <TextField label=EditMsg::PublisherEn value=publisher.en field="publisher-en" lang_of_text="en" missing=english_missing(publisher.zh, publisher.en) />
                <TextField label=EditMsg::PublishedField value=published field="published" hint=EditMsg::PublishedHint />
                <PlaceFields places=regions place=Place::Region />
                <PlaceFields places=partners place=Place::Partner />
                <div class="form-actions">
                    <button type="submit" data-action="save-meta" on:click=save>
                        {move || EditMsg::SaveDetails.text(lang.get())}
                    </button>
                </div>
            </form>
        </details>
    }
    .into_any()
}
