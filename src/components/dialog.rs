//! A modal dialog on the native `<dialog>`: the page behind is inert, Escape closes, and focus
//! returns to where it was. Callers mount it only while it is open, so closed dialogs cost
//! nothing.

use super::context::use_lang;
use charts::i18n::Msg;
use leptos::html::Dialog as DialogElement;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::JsCast;

/// A modal dialog shown while `open` is true.
#[component]
pub fn Dialog(
    /// Whether the dialog is shown.
    open: RwSignal<bool>,
    /// Its heading.
    #[prop(into)]
    title: Signal<String>,
    /// `data-testid` of the dialog.
    testid: &'static str,
    /// The content.
    children: ChildrenFn,
) -> impl IntoView {
    let lang = use_lang();
    let element = NodeRef::<DialogElement>::new();
    let opener = StoredValue::new(None::<SendWrapper<web_sys::HtmlElement>>);
    Effect::new(move |_| {
        let Some(dialog) = element.get() else { return };
        if open.get() {
            if !dialog.open() {
                let focused = document()
                    .active_element()
                    .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
                opener.set_value(focused.map(SendWrapper::new));
                let _ = dialog.show_modal();
            }
        } else if dialog.open() {
            dialog.close();
        }
    });
    let on_close = move |_| {
        open.set(false);
        if let Some(previous) = opener.get_value() {
            let _ = previous.focus();
        }
    };
    // Tab and Shift+Tab cycle inside the dialog instead of leaving it for the browser's chrome.
    let trap_focus = move |event: leptos::ev::KeyboardEvent| {
        if event.key() != "Tab" {
            return;
        }
        let Some(dialog) = element.get_untracked() else {
            return;
        };
        let Ok(list) =
            dialog.query_selector_all("button, textarea, a[href], select, input, iframe")
        else {
            return;
        };
        let focusable: Vec<web_sys::HtmlElement> = (0..list.length())
            .filter_map(|i| list.item(i)?.dyn_into().ok())
            .collect();
        let (Some(first), Some(last)) = (focusable.first(), focusable.last()) else {
            return;
        };
        let active = document().active_element();
        let at = |e: &web_sys::HtmlElement| {
            active
                .as_ref()
                .is_some_and(|a| a == e.unchecked_ref::<web_sys::Element>())
        };
        let wrap_to = match (event.shift_key(), at(first), at(last)) {
            (true, true, _) => Some(last),
            (false, _, true) => Some(first),
            _ => None,
        };
        if let Some(target) = wrap_to {
            event.prevent_default();
            let _ = target.focus();
        }
    };
    view! {
        <dialog
            class="dialog"
            node_ref=element
            data-testid=testid
            aria-labelledby=format!("{testid}-title")
            on:close=on_close
            on:keydown=trap_focus
        >
            <div class="dialog-head">
                <h2 id=format!("{testid}-title")>{move || title.get()}</h2>
                <button
                    type="button"
                    class="dialog-close"
                    on:click=move |_| {
                        // Closing the element fires `close`, which restores focus.
                        if let Some(dialog) = element.get_untracked() {
                            dialog.close();
                        }
                    }
                >
                    {move || Msg::Close.text(lang.get())}
                </button>
            </div>
            <Show when=move || open.get()>{children()}</Show>
        </dialog>
    }
}
