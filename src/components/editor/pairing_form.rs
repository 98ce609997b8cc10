//! The form that makes the selected fragment into a pairing: who is paired with whom, and how
//! many on each side, proposed from the numbers in the fragment.

use super::super::context::use_lang;
use super::edit_field::{choices, english_missing, figure_choices, SelectField, TextField};
use crate::state::draft::{Editing, Editor};
use authoring::{i18n as editor, i18n::EditMsg};
use leptos::prelude::*;
use report::{phrase, Localized, Pairing, PairingKind};
use std::ops::Range;

/// The pairing form.
#[component]
pub fn PairingForm(
    /// The quoted fragment, as byte offsets into the draft's text.
    quote: Memo<Option<Range<usize>>>,
) -> impl IntoView {
    let lang = use_lang();
    let editor = expect_context::<Editor>();
    let field = || RwSignal::new(String::new());
    let (id, from_zh, from_en, to_zh, to_en) = (field(), field(), field(), field(), field());
    let (from_number, to_number, from_count, to_count) = (field(), field(), field(), field());
    let kind = RwSignal::new(PairingKind::Other.code().to_string());
    let (kind_zh, kind_en) = (field(), field());
    let error = RwSignal::new(None::<EditMsg>);
    let text = move || editor.text();
    let editing = move || match editor.editing.get() {
        Some(Editing::Pairing(index)) => Some(index),
        _ => None,
    };
    Effect::new(move |_| {
        let Some(index) = editing() else {
            return;
        };
        if let Some(Some(p)) = editor.draft.with(|r| r.pairings.get(index).cloned()) {
            id.set(p.id);
            from_zh.set(p.from.zh);
            from_en.set(p.from.en);
            to_zh.set(p.to.zh);
            to_en.set(p.to.en);
            from_number.set(p.from_number.to_string());
            to_number.set(p.to_number.to_string());
            from_count.set(p.from_count.unwrap_or_default());
            to_count.set(p.to_count.unwrap_or_default());
            kind.set(p.kind.code().into());
            let label = p.kind_label.unwrap_or(Localized {
                zh: String::new(),
                en: String::new(),
            });
            kind_zh.set(label.zh);
            kind_en.set(label.en);
        }
    });
    // Each new fragment brings its own proposal in every field (nothing of the last one
    // survives), and no fragment empties them; not while a pairing is corrected.
    Effect::new(move |_| {
        let range = quote.get();
        if editor.editing.get_untracked().is_some() {
            return;
        }
        let counts: Vec<String> = range
            .and_then(|range| {
                editor.draft.with_untracked(|r| {
                    let text = r.original_text.as_deref().unwrap_or_default();
                    phrase::read(text, range)
                        .into_iter()
                        .map(|p| p.value.to_string())
                        .collect()
                })
            })
            .unwrap_or_default();
        for field in [
            id, from_zh, from_en, to_zh, to_en, from_count, to_count, kind_zh, kind_en,
        ] {
            field.set(String::new());
        }
        kind.set(PairingKind::Other.code().into());
        from_number.set(counts.first().cloned().unwrap_or_default());
        to_number.set(
            counts
                .get(1)
                .or(counts.first())
                .cloned()
                .unwrap_or_default(),
        );
        error.set(None);
    });
    let kind_options = choices(
        &PairingKind::ALL,
        PairingKind::code,
        editor::pairing_kind,
        lang,
    );
    let save = move |_| {
        let Some(range) = quote.get_untracked() else {
            return;
        };
        let given = |field: RwSignal<String>| field.get_untracked().trim().to_string();
        let numbers = (
            given(from_number).parse::<u32>(),
            given(to_number).parse::<u32>(),
        );
        let (Ok(from_n), Ok(to_n)) = numbers else {
            error.set(Some(EditMsg::CountNotWhole));
            return;
        };
        let index = editing();
        let pairing_id = given(id);
        let taken = editor
            .draft
            .with(|r| {
                r.pairings
                    .iter()
                    .enumerate()
                    .any(|(i, p)| Some(i) != index && p.id == pairing_id)
            })
            .unwrap_or(false);
        if pairing_id.is_empty() || taken {
            error.set(Some(if taken {
                EditMsg::IdTaken
            } else {
                EditMsg::IdNeeded
            }));
            return;
        }
        let kind = PairingKind::from_code(&kind.get_untracked()).unwrap_or(PairingKind::Other);
        let optional = |field| Some(given(field)).filter(|t| !t.is_empty());
        let pairing = Pairing {
            id: pairing_id,
            from: Localized {
                zh: given(from_zh),
                en: given(from_en),
            },
            to: Localized {
                zh: given(to_zh),
                en: given(to_en),
            },
            from_count: optional(from_count),
            to_count: optional(to_count),
            from_number: from_n,
            to_number: to_n,
            kind,
            kind_label: (kind == PairingKind::Other).then(|| Localized {
                zh: given(kind_zh),
                en: given(kind_en),
            }),
            source: text()[range].to_string(),
        };
        editor.draft.apply(|r| match index {
            Some(index) if index < r.pairings.len() => r.pairings[index] = pairing,
            _ => r.pairings.push(pairing),
        });
        error.set(None);
        editor.select(None, None);
    };
    view! {
        <form class="item-form" data-testid="pairing-form" on:submit=move |ev| ev.prevent_default()>
            <TextField label=EditMsg::PairingId value=id field="pairing-id" hint=EditMsg::IdHint />
            <TextField label=EditMsg::FromZh value=from_zh field="from-zh" lang_of_text="zh-CN" />
            <TextField label=EditMsg::FromEn value=from_en field="from-en" lang_of_text="en" missing=english_missing(from_zh, from_en) />
            <TextField label=EditMsg::FromNumber value=from_number field="from-number" inputmode="numeric" />
            <SelectField label=EditMsg::FromCount value=from_count field="from-count" options=figure_choices(editor, lang, false) />
            <TextField label=EditMsg::ToZh value=to_zh field="to-zh" lang_of_text="zh-CN" />
            <TextField label=EditMsg::ToEn value=to_en field="to-en" lang_of_text="en" missing=english_missing(to_zh, to_en) />
            <TextField label=EditMsg::ToNumber value=to_number field="to-number" inputmode="numeric" />
            <SelectField label=EditMsg::ToCount value=to_count field="to-count" options=figure_choices(editor, lang, false) />
            <SelectField label=EditMsg::PairingKindField value=kind field="pairing-kind" options=kind_options />
            <Show when=move || kind.with(|k| k == PairingKind::Other.code())>
                <TextField label=EditMsg::KindLabelZh value=kind_zh field="kind-zh" lang_of_text="zh-CN" />
                <TextField label=EditMsg::KindLabelEn value=kind_en field="kind-en" lang_of_text="en" missing=english_missing(kind_zh, kind_en) />
            </Show>
            {move || error.get().map(|e| view! { <p class="form-error" role="alert">{move || e.text(lang.get())}</p> })}
            <div class="form-actions">
                <button type="submit" data-action="save-pairing" disabled=move || quote.get().is_none() on:click=save>
                    {move || if editing().is_some() { EditMsg::SavePairing } else { EditMsg::AddPairing }.text(lang.get())}
                </button>
            </div>
        </form>
    }
    .into_any()
}
