//! What the draft holds so far: figures, projects with their events, pairings. Each can be
//! opened in its form or removed; items still without English are marked.

use super::super::context::use_lang;
use crate::state::draft::{Editing, Editor};
use authoring::grouping;
use authoring::i18n::EditMsg;
use charts::i18n::money::MoneyUnit;
use charts::i18n::{format, messages};
use leptos::prelude::*;
use report::{Report, Status};

/// One listed item: what it says, and its two buttons.
#[derive(Clone)]
struct Row {
    key: String,
    text: String,
    missing_en: bool,
    open: Option<(Editing, String)>,
    remove: Remove,
}

/// What removing an item takes away.
#[derive(Clone, Copy)]
enum Remove {
    Figure(usize),
    Event(usize, usize),
    Pairing(usize),
}

fn rows(report: &Report, lang: report::Lang) -> Vec<Row> {
    let blank = |t: &str| t.trim().is_empty();
    let mut rows: Vec<Row> = report
        .figures
        .iter()
        .enumerate()
        .map(|(i, f)| Row {
            key: f.id.clone(),
            text: format!(
                "{} · {} · {}",
                f.id,
                lang.pick(&f.label),
                format::figure_value(f, lang, MoneyUnit::Auto)
            ),
            missing_en: blank(&f.label.en),
            open: f.source.clone().map(|s| (Editing::Figure(i), s)),
            remove: Remove::Figure(i),
        })
        .collect();
    for (p, project) in report.projects.iter().enumerate() {
        for (e, event) in project.events.iter().enumerate() {
            let date = event.date.as_deref().map_or_else(
                || messages::Msg::Undated.text(lang).to_string(),
                |d| format::date(d, lang),
            );
            rows.push(Row {
                key: format!("{}-{}", project.id, e + 1),
                text: format!(
                    "{} · {date} · {} · {}",
                    lang.pick(&project.name),
                    messages::status(event.status, lang),
                    lang.pick(&event.label)
                ),
                missing_en: blank(&event.label.en) || blank(&project.name.en),
                open: Some((Editing::Event(p, e), event.source.clone())),
                remove: Remove::Event(p, e),
            });
        }
    }
    for (i, pairing) in report.pairings.iter().enumerate() {
        rows.push(Row {
            key: pairing.id.clone(),
            text: format!(
                "{} · {} {} → {} {}",
                pairing.id,
                lang.pick(&pairing.from),
                pairing.from_number,
                lang.pick(&pairing.to),
                pairing.to_number
            ),
            missing_en: blank(&pairing.from.en) || blank(&pairing.to.en),
            open: Some((Editing::Pairing(i), pairing.source.clone())),
            remove: Remove::Pairing(i),
        });
    }
    rows
}

/// The list of the draft's items.
#[component]
pub fn DraftItems() -> impl IntoView {
    let lang = use_lang();
    let editor = expect_context::<Editor>();
    let open = move |editing: Editing, source: String| {
        let range = editor
            .draft
            .with(|r| {
                r.original_text
                    .as_deref()
                    .and_then(|t| t.find(&source))
                    .map(|at| at..at + source.len())
            })
            .flatten();
        editor.number.set(None);
        editor.editing.set(Some(editing));
        editor.selection.set(range);
    };
    let remove = move |what: Remove| {
        editor.editing.set(None);
        editor.draft.apply(|r| match what {
            Remove::Figure(i) if i < r.figures.len() => {
                let id = r.figures.remove(i).id;
                grouping::forget_figure(r, &id);
            }
            Remove::Event(p, e) => {
                if let Some(project) = r.projects.get_mut(p) {
                    if e < project.events.len() {
                        project.events.remove(e);
                    }
                    if project.events.is_empty() {
                        r.projects.remove(p);
                    }
                }
            }
            Remove::Pairing(i) if i < r.pairings.len() => {
                r.pairings.remove(i);
            }
            _ => {}
        });
    };
    let set_status = move |p: usize, code: String| {
        if let Some(status) = Status::from_code(&code) {
            editor.draft.apply(|r| {
                if let Some(project) = r.projects.get_mut(p) {
                    project.status = status;
                }
            });
        }
    };
    view! {
        <section class="edit-panel" aria-labelledby="items-heading" data-testid="draft-items">
            <h2 id="items-heading">{move || EditMsg::Items.text(lang.get())}</h2>
            <ul class="draft-items">
                {move || {
                    editor
                        .draft
                        .with(|r| rows(r, lang.get()))
                        .unwrap_or_default()
                        .into_iter()
                        .map(|row| {
                            let open_button = row.open.map(|(editing, source)| {
                                view! {
                                    <button type="button" data-action="open-item" on:click=move |_| open(editing, source.clone())>
                                        {move || EditMsg::Correct.text(lang.get())}
                                    </button>
                                }
                            });
                            let what = row.remove;
                            view! {
                                <li data-key=row.key>
                                    <span>{row.text}</span>
                                    {row.missing_en.then(|| view! {
                                        <span class="missing-mark">{move || EditMsg::NoEnglish.text(lang.get())}</span>
                                    })}
                                    {open_button}
                                    <button type="button" data-action="remove-item" on:click=move |_| remove(what)>
                                        {move || EditMsg::Remove.text(lang.get())}
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
            <h3>{move || EditMsg::ProjectStatuses.text(lang.get())}</h3>
            <ul class="draft-items">
                {move || {
                    editor
                        .draft
                        .with(|r| r.projects.iter().map(|p| (p.id.clone(), lang.get().pick(&p.name).to_string(), p.status)).collect::<Vec<_>>())
                        .unwrap_or_default()
                        .into_iter()
                        .enumerate()
                        .map(|(p, (id, name, status))| {
                            let field = format!("status-{id}");
                            view! {
                                <li data-project=id>
                                    <label for=field.clone()>{name}</label>
                                    <select id=field on:change=move |ev| set_status(p, event_target_value(&ev))>
                                        {Status::ALL.iter().map(|s| view! {
                                            <option value=s.code() selected=*s == status>{messages::status(*s, lang.get())}</option>
                                        }).collect_view()}
                                    </select>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
        </section>
    }
    .into_any()
}
