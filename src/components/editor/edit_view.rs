//! The authoring view (`?view=edit`): a report's text becomes a checked report file by
//! selecting its numbers. The text on one side, the forms and the live result on the other.

use super::super::context::use_lang;
use super::chart_grouping::ChartGrouping;
use super::derived_form::DerivedForm;
use super::draft_items::DraftItems;
use super::draft_keeping::DraftKeeping;
use super::draft_meta::DraftMeta;
use super::draft_preview::DraftPreview;
use super::draft_start::DraftStart;
use super::draft_text::DraftText;
use super::draft_toolbar::DraftToolbar;
use super::headline_chooser::HeadlineChooser;
use super::selection_form::SelectionForm;
use crate::state::draft::Editor;
use authoring::i18n::EditMsg;
use leptos::prelude::*;

/// The authoring view.
#[component]
pub fn EditView() -> impl IntoView {
    let lang = use_lang();
    let editor = Editor::kept();
    provide_context(editor);
    let started = Memo::new(move |_| editor.draft.history.with(Option::is_some));
    view! {
        <section class="edit-view" data-view="edit">
            <div class="view-head">
                <h1>{move || EditMsg::Title.text(lang.get())}</h1>
                <Show when=move || started.get()>
                    <DraftToolbar />
                </Show>
            </div>
            <DraftKeeping />
            <Show when=move || started.get() fallback=|| view! { <DraftStart /> }>
                <p class="note">{move || EditMsg::Help.text(lang.get())}</p>
                {move || {
                    editor
                        .read_in
                        .get()
                        .map(|encoding| {
                            view! {
                                <p class="note" role="status" data-testid="draft-encoding">
                                    {move || EditMsg::ReadIn.text(lang.get())}
                                    {encoding.name()}
                                </p>
                            }
                        })
                }}
                <div class="edit-grid">
                    <DraftText />
                    <div class="edit-side">
                        <SelectionForm />
                        <DerivedForm />
                        <DraftMeta />
                        <DraftItems />
                    </div>
                </div>
                <div class="edit-structure">
                    <HeadlineChooser />
                    <ChartGrouping />
                </div>
                <DraftPreview />
            </Show>
        </section>
    }
    .into_any()
}
