//! A hook: a callback whenever an element changes size, from a `ResizeObserver`.

use leptos::html::Div;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// Calls `on_resize` with the element's content width in px whenever `target` changes size
/// (and once when observing starts), until the component is unmounted. The browser reports
/// sizes after layout, so reading them never forces an extra layout.
pub fn use_resize_observer(target: NodeRef<Div>, on_resize: impl Fn(f64) + Send + Sync + 'static) {
    let on_resize = std::sync::Arc::new(on_resize);
    Effect::new(move |_| {
        let Some(element) = target.get() else { return };
        let on_resize = on_resize.clone();
        let callback = Closure::<dyn FnMut(JsValue)>::new(move |entries: JsValue| {
            let width = entries
                .dyn_into::<js_sys::Array>()
                .ok()
                .and_then(|entries| {
                    entries
                        .get(0)
                        .dyn_into::<web_sys::ResizeObserverEntry>()
                        .ok()
                })
                .map_or(0.0, |entry| entry.content_rect().width());
            on_resize(width);
        });
        let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) else {
            return;
        };
        observer.observe(&element);
        // Held until the effect runs again or its component is unmounted, then let go.
        let held = SendWrapper::new((observer, callback));
        on_cleanup(move || held.0.disconnect());
    });
}
