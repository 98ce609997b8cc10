//! Watching an element's size with a `ResizeObserver`, for chart widths and embed heights.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// A live `ResizeObserver` and its callback; call [`ResizeWatch::stop`] when done.
pub struct ResizeWatch {
    observer: web_sys::ResizeObserver,
    _callback: Closure<dyn FnMut(JsValue)>,
}

impl ResizeWatch {
    /// Calls `on_resize` whenever `element` changes size (and once when observing starts).
    pub fn new(
        element: &web_sys::Element,
        on_resize: impl FnMut() + 'static,
    ) -> Option<ResizeWatch> {
        let mut on_resize = on_resize;
        let callback = Closure::<dyn FnMut(JsValue)>::new(move |_: JsValue| on_resize());
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
