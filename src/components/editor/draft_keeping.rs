//! What became of the draft's copy in this browser, when it is not the usual: a kept draft that
//! could not be read back (set aside, with a download), a draft the browser refused to keep
//! (said at once, with a download), another tab's change to it (with the choice of which to
//! keep).

use super::super::context::use_lang;
use crate::export::download;
use crate::state::draft::{Editor, Keeping};
use authoring::i18n::EditMsg;
use leptos::prelude::*;

/// The notices about the draft's copy in this browser.
#[component]
pub fn DraftKeeping() -> impl IntoView {
    let lang = use_lang();
    let draft = expect_context::<Editor>().draft;
    let download_aside = move |_| {
        if let Some(aside) = draft.aside.get_untracked() {
            download::save_text(&aside.text, "draft-unreadable.json", "application/json");
        }
    };
    // Both notices about the copy in this browser offer the draft as it is.
    let download_as_it_is = move || {
        view! {
            <button
                type="button"
                data-action="download-as-it-is"
                on:click=move |_| {
                    draft.with_untracked(|r| download::save_report(r, "-draft"));
                }
            >
                {move || EditMsg::DownloadAsItIs.text(lang.get())}
            </button>
        }
    };
    let started = move || draft.history.with(Option::is_some);
    view! {
        {move || {
            draft
                .aside
                .get()
                .map(|aside| {
                    view! {
                        <section class="load-error" role="alert" data-testid="draft-aside">
                            <h2>{move || EditMsg::AsideTitle.text(lang.get())}</h2>
                            <p>
                                {move || EditMsg::AsideHelp.text(lang.get())} " "
                                {move || aside.problem.problem.text(lang.get())}
                            </p>
                            <p class="notice-actions">
                                <button type="button" data-action="download-aside" on:click=download_aside>
                                    {move || EditMsg::AsideDownload.text(lang.get())}
                                </button>
                                <button type="button" data-action="delete-aside" on:click=move |_| draft.drop_aside()>
                                    {move || EditMsg::AsideDelete.text(lang.get())}
                                </button>
                            </p>
                        </section>
                    }
                })
        }}
        <Show when=move || started() && draft.keeping.get() == Keeping::NotSaved>
            <section class="load-error" role="alert" data-testid="draft-not-saved">
                <p>{move || EditMsg::NotSaved.text(lang.get())}</p>
                <p class="notice-actions">
                    {download_as_it_is()}
                </p>
            </section>
        </Show>
        <Show when=move || draft.keeping.get() == Keeping::ChangedElsewhere>
            <section class="load-error" role="alert" data-testid="draft-changed-elsewhere">
                <p>{move || EditMsg::ChangedElsewhere.text(lang.get())}</p>
                <p class="notice-actions">
                    <button type="button" data-action="take-other" on:click=move |_| draft.take_kept()>
                        {move || EditMsg::TakeOther.text(lang.get())}
                    </button>
                    <button type="button" data-action="keep-this" on:click=move |_| draft.keep_this()>
                        {move || EditMsg::KeepThis.text(lang.get())}
                    </button>
                    {download_as_it_is()}
                </p>
            </section>
        </Show>
    }
}
