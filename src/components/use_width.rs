//! A hook: the width of an element in px, kept current by a `ResizeObserver`.

use leptos::html::Div;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// The client width of `target`, 0 until it is mounted.
pub fn use_width(target: NodeRef<Div>) -> ReadSignal<u32> {
    let (width, set_width) = signal(0u32);
    Effect::new(move |_| {
        let Some(element) = target.get() else { return };
        let measured = element.clone();
        set_width.set(measured.client_width().max(0) as u32);
        let callback = Closure::<dyn FnMut(JsValue)>::new(move |_: JsValue| {
            set_width.set(measured.client_width().max(0) as u32);
        });
        let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) else {
            return;
        };
        observer.observe(&element);
        let held = SendWrapper::new((observer, callback));
        on_cleanup(move || held.0.disconnect());
    });
    width
}
