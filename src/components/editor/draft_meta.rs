//! The report's details: id, title, publisher, publication date (and time, where the page gives
//! one), level, the publisher's address of it, aided regions and partners.
//! Saved together as one undoable step; undo and redo bring the fields back in step.

use super::super::context::use_lang;
use super::edit_field::{english_missing, SelectField, TextField, TextPair};
use super::place_fields::{Place, PlaceFields, PlaceRow};
use crate::state::draft::Editor;
use authoring::draft;
use authoring::{i18n as editor, i18n::EditMsg};
use leptos::prelude::*;
use report::{Level, Meta};

/// The details form.
#[component]
pub fn DraftMeta() -> impl IntoView {
    let lang = use_lang();
    let editor = expect_context::<Editor>();
    let id = RwSignal::new(String::new());
    let published = RwSignal::new(String::new());
    let level = RwSignal::new(String::new());
    let source_url = RwSignal::new(String::new());
    let levels = Signal::derive(move || {
        let none = (String::new(), EditMsg::NoLevel.text(lang.get()).to_string());
        let named = Level::ALL.iter().map(|l| {
            (
                l.code().to_string(),
                editor::level(*l, lang.get()).to_string(),
            )
        });
        std::iter::once(none).chain(named).collect()
    });
    let (title, publisher) = (TextPair::default(), TextPair::default());
    let (regions, partners) = (
        RwSignal::new(PlaceRow::list(&[])),
        RwSignal::new(PlaceRow::list(&[])),
    );
    let meta = Memo::new(move |_| editor.draft.with(|r| r.meta.clone()));
    // The places' fields belong to the form, not to one run of the effect that fills them, so
    // they live until the form does.
    let form = Owner::current();
    let fields_of = move |places: &[report::Place]| match &form {
        Some(form) => form.with(|| PlaceRow::list(places)),
        None => PlaceRow::list(places),
    };
    Effect::new(move |_| {
        if let Some(meta) = meta.get() {
            id.set(meta.id.clone());
            published.set(meta.published.clone());
            level.set(meta.level.map(|l| l.code().to_string()).unwrap_or_default());
            source_url.set(meta.source_url.clone().unwrap_or_default());
            title.show(Some(&meta.title));
            publisher.show(Some(&meta.publisher));
            regions.set(fields_of(&meta.region));
            partners.set(fields_of(&meta.partner));
        }
    });
    let save = move |_| {
        let (region, partner) = (PlaceRow::read_list(regions), PlaceRow::read_list(partners));
        let url = source_url.get_untracked().trim().to_string();
        editor.draft.apply(|r| {
            let (region, partner) = draft::places(region, partner, &r.meta);
            r.meta = Meta {
                id: id.get_untracked().trim().to_string(),
                title: title.read(),
                publisher: publisher.read(),
                published: published.get_untracked().trim().to_string(),
                level: Level::from_code(&level.get_untracked()),
                source_url: (!url.is_empty()).then_some(url),
                region,
                partner,
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
                <SelectField label=EditMsg::LevelField value=level field="level" options=levels />
                <TextField label=EditMsg::SourceUrl value=source_url field="source-url" hint=EditMsg::SourceUrlHint inputmode="url" />
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
