//! A hook: the width of an element in px, kept current as it resizes.

use crate::resize::ResizeWatch;
use leptos::html::Div;
use leptos::prelude::*;
use send_wrapper::SendWrapper;

/// The content width of `target`, 0 until the browser has laid it out. It comes from a
/// `ResizeObserver`, so many charts mounting at once cost one layout, not one each.
pub fn use_width(target: NodeRef<Div>) -> ReadSignal<u32> {
    let (width, set_width) = signal(0u32);
    Effect::new(move |_| {
        let Some(element) = target.get() else { return };
        let measure = move |px: f64| set_width.set(px.max(0.0).floor() as u32);
        if let Some(watch) = ResizeWatch::new(&element, measure) {
            let held = SendWrapper::new(watch);
            on_cleanup(move || held.stop());
        }
    });
    width
}
