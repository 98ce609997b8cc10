//! The form that makes the selected fragment into a dated event of a project, new or already
//! in the draft: date and status proposed from the fragment's words.

use super::super::context::use_lang;
use super::edit_field::{choices, english_missing, project_choices, SelectField, TextField};
use crate::state::draft::{Editing, Editor};
use authoring::i18n::EditMsg;
use authoring::suggest;
use charts::i18n::messages;
use leptos::prelude::*;
use report::{phrase, Event, Localized, Project, Status};
use std::ops::Range;

/// The choice of the project list that starts a new project.
const NEW_PROJECT: &str = "";

/// The event form.
#[component]
pub fn EventForm(
    /// The quoted fragment, as byte offsets into the draft's text.
    quote: Memo<Option<Range<usize>>>,
) -> impl IntoView {
    let lang = use_lang();
    let editor = expect_context::<Editor>();
    let text_field = || RwSignal::new(String::new());
    let project = text_field();
    let project_id = text_field();
    let name_zh = text_field();
    let name_en = text_field();
    let date = text_field();
    let status = RwSignal::new(Status::Done.code().to_string());
    let project_status = RwSignal::new(Status::Done.code().to_string());
    let label_zh = text_field();
    let label_en = text_field();
    let error = RwSignal::new(None::<EditMsg>);
    let text = move || editor.text();
    let editing = move || match editor.editing.get() {
        Some(Editing::Event(p, e)) => Some((p, e)),
        _ => None,
    };
    Effect::new(move |_| {
        let Some((p, e)) = editing() else {
            return;
        };
        let found = editor
            .draft
            .with(|r| {
                r.projects
                    .get(p)
                    .map(|p| (p.id.clone(), p.events.get(e).cloned()))
            })
            .flatten();
        if let Some((id, Some(event))) = found {
            project.set(id);
            date.set(event.date.unwrap_or_default());
            status.set(event.status.code().into());
            label_zh.set(event.label.zh);
            label_en.set(event.label.en);
        }
    });
    // Each new fragment brings its own proposal in every field (nothing of the last one
    // survives, not even its project), and no fragment empties them; not while an event is
    // corrected.
    Effect::new(move |_| {
        let range = quote.get();
        if editor.editing.get_untracked().is_some() {
            return;
        }
        let (proposed_date, proposed_status) = range
            .and_then(|range| {
                editor.draft.with_untracked(|r| {
                    let text = r.original_text.as_deref().unwrap_or_default();
                    let period = r
                        .meta
                        .published_date()
                        .and_then(|day| phrase::period(text, range.clone(), day));
                    // An event has a date, not a span.
                    let date = period.filter(|p| !p.contains('/')).unwrap_or_default();
                    let words = text.get(range).unwrap_or_default();
                    (date, suggest::status_of(words))
                })
            })
            .unwrap_or((String::new(), Status::Done));
        for field in [project, project_id, name_zh, name_en, label_zh, label_en] {
            field.set(String::new());
        }
        date.set(proposed_date);
        status.set(proposed_status.code().into());
        project_status.set(proposed_status.code().into());
        error.set(None);
    });
    let status_options = choices(&Status::ALL, Status::code, messages::status, lang);
    let save = move |_| {
        let (Some(range), Some(status)) = (
            quote.get_untracked(),
            Status::from_code(&status.get_untracked()),
        ) else {
            return;
        };
        let given = |field: RwSignal<String>| field.get_untracked().trim().to_string();
        let event = Event {
            id: None,
            date: Some(given(date)).filter(|d| !d.is_empty()),
            status,
            label: Localized {
                zh: given(label_zh),
                en: given(label_en),
            },
            source: text()[range].to_string(),
        };
        let chosen = given(project);
        let new_id = given(project_id);
        if chosen == NEW_PROJECT
            && (new_id.is_empty()
                || editor
                    .draft
                    .with(|r| r.projects.iter().any(|p| p.id == new_id))
                    .unwrap_or(false))
        {
            error.set(Some(if new_id.is_empty() {
                EditMsg::IdNeeded
            } else {
                EditMsg::IdTaken
            }));
            return;
        }
        let name = Localized {
            zh: given(name_zh),
            en: given(name_en),
        };
        let at = editing();
        editor.draft.apply(|r| {
            if let Some((p, e)) = at {
                if let Some(events) = r.projects.get_mut(p).map(|p| &mut p.events) {
                    if e < events.len() {
                        events.remove(e);
                    }
                }
            }
            match r.projects.iter_mut().find(|p| p.id == chosen) {
                Some(project) => project.events.push(event),
                None => r.projects.push(Project {
                    id: new_id,
                    name,
                    status: Status::from_code(&project_status.get_untracked()).unwrap_or(status),
                    events: vec![event],
                }),
            }
        });
        error.set(None);
        editor.select(None, None);
    };
    let is_new = move || project.with(|p| p == NEW_PROJECT);
    view! {
        <form class="item-form" data-testid="event-form" on:submit=move |ev| ev.prevent_default()>
            <SelectField label=EditMsg::Project value=project field="event-project" options=project_choices(editor, lang, EditMsg::NewProject) />
            <Show when=is_new>
                <TextField label=EditMsg::ProjectId value=project_id field="project-id" hint=EditMsg::IdHint />
                <TextField label=EditMsg::ProjectNameZh value=name_zh field="project-name-zh" lang_of_text="zh-CN" />
                <TextField
                    label=EditMsg::ProjectNameEn
                    value=name_en
                    field="project-name-en"
                    lang_of_text="en"
                    missing=english_missing(name_zh, name_en)
                />
                <SelectField label=EditMsg::ProjectStatus value=project_status field="project-status" options=status_options />
            </Show>
            <TextField label=EditMsg::EventDate value=date field="event-date" hint=EditMsg::EventDateHint />
            <SelectField label=EditMsg::Status value=status field="event-status" options=status_options />
            <TextField label=EditMsg::LabelZh value=label_zh field="event-label-zh" lang_of_text="zh-CN" />
            <TextField
                label=EditMsg::LabelEn
                value=label_en
                field="event-label-en"
                lang_of_text="en"
                missing=english_missing(label_zh, label_en)
            />
            {move || error.get().map(|e| view! { <p class="form-error" role="alert">{move || e.text(lang.get())}</p> })}
            <div class="form-actions">
                <button type="submit" data-action="save-event" disabled=move || quote.get().is_none() on:click=save>
                    {move || if editing().is_some() { EditMsg::SaveEvent } else { EditMsg::AddEvent }.text(lang.get())}
                </button>
            </div>
        </form>
    }
    .into_any()
}
