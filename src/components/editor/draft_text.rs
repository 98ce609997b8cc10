//! The report's text as the authoring view's working surface. Quotes already used are
//! marked, and numbers not yet made into figures stand out (and can be chosen by keyboard);
//! selecting a fragment, by mouse, touch or keyboard, hands it to the forms.

use super::super::context::use_lang;
use crate::state::draft::Editor;
use authoring::i18n::EditMsg;
use authoring::{suggest, suggest::Mark};
use gloo_events::EventListener;
use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Byte offset in the text of a point of the page's selection: the run element it is in
/// carries its own offset (`data-at`), and the point's offset within it counts UTF-16 units.
fn offset_of(node: &web_sys::Node, offset: u32) -> Option<usize> {
    let (element, units) = if node.node_type() == web_sys::Node::TEXT_NODE {
        (node.parent_element()?, offset as usize)
    } else {
        let element: web_sys::Element = node.clone().dyn_into().ok()?;
        // A point between children: the start of the next run, or the end of the last.
        let children = element.children();
        return match children.item(offset) {
            Some(child) => child.get_attribute("data-at")?.parse().ok(),
            None => {
                let last = children.item(children.length().checked_sub(1)?)?;
                let at: usize = last.get_attribute("data-at")?.parse().ok()?;
                Some(at + last.text_content()?.len())
            }
        };
    };
    let run = element.closest("[data-at]").ok()??;
    let at: usize = run.get_attribute("data-at")?.parse().ok()?;
    let text = node.text_content()?;
    let mut seen = 0;
    let bytes = text
        .chars()
        .take_while(|c| {
            seen += c.len_utf16();
            seen <= units
        })
        .map(char::len_utf8)
        .sum::<usize>();
    Some(at + bytes)
}

/// The working surface.
#[component]
pub fn DraftText() -> impl IntoView {
    let lang = use_lang();
    let editor = expect_context::<Editor>();
    let surface = NodeRef::<Div>::new();
    let runs = Memo::new(move |_| {
        editor
            .draft
            .with(|report| {
                let text = report.original_text.clone().unwrap_or_default();
                let quotes: Vec<&str> = report
                    .figures
                    .iter()
                    .filter_map(|f| f.source.as_deref())
                    .chain(
                        report
                            .projects
                            .iter()
                            .flat_map(|p| p.events.iter().map(|e| e.source.as_str())),
                    )
                    .chain(report.pairings.iter().map(|p| p.source.as_str()))
                    .collect();
                suggest::marks(&text, &quotes)
                    .into_iter()
                    .map(|(range, mark)| (range.start, text[range].to_string(), mark))
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    });
    let todo =
        Memo::new(move |_| runs.with(|r| r.iter().filter(|(_, _, m)| *m == Mark::Number).count()));

    // The page's selection, when it lies in the surface, becomes the forms' fragment. A text
    // field's own selection changes too when the forms set its value (browsers fire that
    // `selectionchange` at the field): it is not a new fragment, and taken as one it undid
    // what the forms had just set (a number chosen among the fragment's).
    let on_selection = EventListener::new(&document(), "selectionchange", move |ev| {
        let of_page = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Node>().ok())
            .is_none_or(|n| n.node_type() == web_sys::Node::DOCUMENT_NODE);
        if !of_page {
            return;
        }
        let (Some(selection), Some(surface)) = (
            window().get_selection().ok().flatten(),
            surface.get_untracked(),
        ) else {
            return;
        };
        if selection.is_collapsed() {
            return;
        }
        let (Some(anchor), Some(focus)) = (selection.anchor_node(), selection.focus_node()) else {
            return;
        };
        if !surface.contains(Some(&anchor)) || !surface.contains(Some(&focus)) {
            return;
        }
        let points = (
            offset_of(&anchor, selection.anchor_offset()),
            offset_of(&focus, selection.focus_offset()),
        );
        if let (Some(a), Some(b)) = points {
            editor.select(Some(a.min(b)..a.max(b)), None);
        }
    });
    // Removed when the component is unmounted, as the listener is dropped.
    let listener = send_wrapper::SendWrapper::new(on_selection);
    on_cleanup(move || drop(listener));

    // A number chosen by click or key brings its clause, and stays the number proposed.
    let choose = move |start: usize, len: usize| {
        if window()
            .get_selection()
            .ok()
            .flatten()
            .is_some_and(|s| !s.is_collapsed())
        {
            return;
        }
        let range = editor
            .draft
            .with(|r| {
                let text = r.original_text.as_deref().unwrap_or_default();
                suggest::clause_before(text, start..start + len)
            })
            .unwrap_or(start..start + len);
        editor.select(Some(range), Some(start..start + len));
    };
    let selected = move |start: usize, len: usize| {
        editor.selection.with(|s| {
            s.as_ref()
                .is_some_and(|s| s.start < start + len && start < s.end)
        })
    };
    view! {
        <div class="draft-text-box">
            <p class="note" data-testid="numbers-todo">
                {move || EditMsg::NumbersToDo.text(lang.get())}
                {move || todo.get()}
            </p>
            <div class="draft-text" lang="zh-CN" node_ref=surface data-testid="draft-text">
                {move || {
                    runs.get()
                        .into_iter()
                        .map(|(at, text, mark)| {
                            let len = text.len();
                            match mark {
                                Mark::Plain => view! { <span data-at=at>{text}</span> }.into_any(),
                                Mark::Quoted => {
                                    view! {
                                        <mark class="quoted" data-at=at class:selected=move || selected(at, len)>
                                            {text}
                                        </mark>
                                    }
                                        .into_any()
                                }
                                Mark::Number => {
                                    view! {
                                        <mark
                                            class="number-todo"
                                            data-at=at
                                            tabindex="0"
                                            role="button"
                                            class:selected=move || selected(at, len)
                                            on:click=move |_| choose(at, len)
                                            on:keydown=move |ev| {
                                                if ev.key() == "Enter" || ev.key() == " " {
                                                    ev.prevent_default();
                                                    choose(at, len);
                                                }
                                            }
                                        >
                                            {text}
                                        </mark>
                                    }
                                        .into_any()
                                }
                            }
                        })
                        .collect_view()
                }}
            </div>
        </div>
    }
    .into_any()
}
