//! How a draft begins: the report's text pasted or opened from a `.txt` file, or a report file
//! opened to continue it. Files are read in the encoding they were saved in, and said so when
//! that is not UTF-8.

use super::super::context::use_lang;
use super::super::problem_list::ProblemList;
use crate::load;
use crate::state::draft::Editor;
use authoring::draft::{blank, MAX_TEXT_CHARS};
use authoring::i18n::EditMsg;
use leptos::prelude::*;
use leptos::task::spawn_local;
use report::{validate, DataError, Encoding, Problem, Report};

/// The start of the authoring view.
#[component]
pub fn DraftStart() -> impl IntoView {
    let lang = use_lang();
    let editor = expect_context::<Editor>();
    let text = RwSignal::new(String::new());
    let errors = RwSignal::new(Vec::<DataError>::new());
    let read_in = editor.read_in;
    let start_with_text = move |_| {
        let text = text.get_untracked();
        if text.trim().is_empty() {
            return;
        }
        match within_limit(blank(text)) {
            Ok(report) => editor.draft.start(report),
            Err(found) => errors.set(found),
        }
    };
    let open = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(file) = input.files().and_then(|files| files.get(0)) else {
            return;
        };
        input.set_value("");
        let named_report = file.name().ends_with(".json") || file.name().ends_with(".jsonc");
        spawn_local(async move {
            let read = load::read_text(file)
                .await
                .and_then(|(content, encoding)| {
                    read_in.set((encoding != Encoding::Utf8).then_some(encoding));
                    // A report file by its name, or by its first character: a report's text never
                    // starts with `{`, and a saved file may have lost its extension.
                    if named_report || content.trim_start().starts_with('{') {
                        validate::read_unchecked(&content).map_err(|e| vec![e])
                    } else {
                        Ok(blank(content))
                    }
                })
                .and_then(within_limit);
            match read {
                Ok(report) => editor.draft.start(report),
                Err(found) => errors.set(found),
            }
        });
    };
    view! {
        <div class="draft-start" data-testid="draft-start">
            <p>{move || EditMsg::StartHelp.text(lang.get())}</p>
            <div class="edit-field">
                <label for="draft-paste">{move || EditMsg::PasteText.text(lang.get())}</label>
                <textarea
                    id="draft-paste"
                    data-field="paste"
                    rows="10"
                    lang="zh-CN"
                    prop:value=move || text.get()
                    on:input=move |ev| text.set(event_target_value(&ev))
                ></textarea>
            </div>
            <p>
                <button
                    type="button"
                    data-action="start-text"
                    disabled=move || text.with(|t| t.trim().is_empty())
                    on:click=start_with_text
                >
                    {move || EditMsg::StartWithText.text(lang.get())}
                </button>
            </p>
            <p>
                <label class="file-input">
                    <span>{move || EditMsg::OpenTextOrReport.text(lang.get())}</span>
                    <input
                        type="file"
                        accept=".txt,.json,.jsonc,text/plain,application/json"
                        data-testid="draft-file"
                        on:change=open
                    />
                </label>
            </p>
            <Show when=move || errors.with(|e| !e.is_empty())>
                <div class="load-error" role="alert" data-testid="draft-refused">
                    <p>{move || EditMsg::FileRefused.text(lang.get())}</p>
                    {move || view! { <ProblemList errors=errors.get() lang /> }}
                </div>
            </Show>
        </div>
    }
    .into_any()
}

/// `report`, if its text is within what a draft takes: refused above it, rather than holding
/// the page while every number of a huge paste is marked.
fn within_limit(report: Report) -> Result<Report, Vec<DataError>> {
    let chars = report
        .original_text
        .as_deref()
        .map_or(0, |t| t.chars().count());
    if chars > MAX_TEXT_CHARS {
        return Err(vec![DataError::new(
            "(text)",
            Problem::TextTooLong {
                chars,
                limit: MAX_TEXT_CHARS,
            },
        )]);
    }
    Ok(report)
}
