//! Watching an element's size with a `ResizeObserver`, for chart widths and embed heights.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// A live `ResizeObserver` and its callback; call [`ResizeWatch::stop`] when done.
pub struct ResizeWatch {
    observer: web_sys::ResizeObserver,
    _callback: Closure<dyn FnMut(JsValue)>,
}

impl ResizeWatch {
    /// Calls `on_resize` with the element's content width in px whenever it changes size (and
    /// once when observing starts). The browser reports sizes after layout, so reading them
    /// never forces an extra layout.
    pub fn new(
        element: &web_sys::Element,
        on_resize: impl FnMut(f64) + 'static,
    ) -> Option<ResizeWatch> {
        let mut on_resize = on_resize;
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
        let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
        observer.observe(element);
        Some(ResizeWatch {
            observer,
            _callback: callback,
        })
    }

    /// Stops watching.
    pub fn stop(&self) {
        self.observer.disconnect();
    }
}
