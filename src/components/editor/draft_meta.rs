//! The report's details: id, title, publisher, publication time, region and partner. Saved
//! together as one undoable step; undo and redo bring the fields back in step.

use super::super::context::use_lang;
use super::edit_field::{english_missing, TextField};
use crate::data::{Localized, Meta};
use crate::i18n::editor::EditMsg;
use crate::state::draft::Editor;
use leptos::prelude::*;

/// A Chinese and an English field for one text.
#[derive(Clone, Copy)]
struct Pair {
    zh: RwSignal<String>,
    en: RwSignal<String>,
}

impl Pair {
    fn new() -> Pair {
        Pair {
            zh: RwSignal::new(String::new()),
            en: RwSignal::new(String::new()),
        }
    }

    fn show(self, text: Option<&Localized>) {
        self.zh.set(text.map(|t| t.zh.clone()).unwrap_or_default());
        self.en.set(text.map(|t| t.en.clone()).unwrap_or_default());
    }

    fn read(self) -> Localized {
        Localized {
            zh: self.zh.get_untracked().trim().to_string(),
            en: self.en.get_untracked().trim().to_string(),
        }
    }
}

/// The details form.
#[component]
pub fn DraftMeta() -> impl IntoView {
    let lang = use_lang();
    let editor = expect_context::<Editor>();
    let id = RwSignal::new(String::new());
    let published = RwSignal::new(String::new());
    let (title, publisher, region, partner) = (Pair::new(), Pair::new(), Pair::new(), Pair::new());
    let meta = Memo::new(move |_| editor.draft.with(|r| r.meta.clone()));
    Effect::new(move |_| {
        if let Some(meta) = meta.get() {
            id.set(meta.id.clone());
            published.set(meta.published.clone());
            title.show(Some(&meta.title));
            publisher.show(Some(&meta.publisher));
            region.show(meta.region.first());
            partner.show(meta.partner.first());
        }
    });
    let save = move |_| {
        editor.draft.apply(|r| {
            // Places after the first (a report on several banners) are kept as they are.
            let mut regions = r.meta.region.clone();
            let mut partners = r.meta.partner.clone();
            let first = |list: &mut Vec<Localized>, pair: Pair| match list.first_mut() {
                Some(place) => *place = pair.read(),
                None => list.push(pair.read()),
            };
            first(&mut regions, region);
            first(&mut partners, partner);
            r.meta = Meta {
                id: id.get_untracked().trim().to_string(),
                title: title.read(),
                publisher: publisher.read(),
                published: published.get_untracked().trim().to_string(),
                region: regions,
                partner: partners,
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
                <TextField label=EditMsg::RegionZh value=region.zh field="region-zh" lang_of_text="zh-CN" />
                <TextField label=EditMsg::RegionEn value=region.en field="region-en" lang_of_text="en" missing=english_missing(region.zh, region.en) />
                <TextField label=EditMsg::PartnerZh value=partner.zh field="partner-zh" lang_of_text="zh-CN" />
                <TextField label=EditMsg::PartnerEn value=partner.en field="partner-en" lang_of_text="en" missing=english_missing(partner.zh, partner.en) />
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
