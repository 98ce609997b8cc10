//! A hook: the width of an element in px, kept current as it resizes.

use crate::resize::ResizeWatch;
use leptos::html::Div;
use leptos::prelude::*;
use send_wrapper::SendWrapper;

/// The client width of `target`, 0 until it is mounted.
pub fn use_width(target: NodeRef<Div>) -> ReadSignal<u32> {
    let (width, set_width) = signal(0u32);
    Effect::new(move |_| {
        let Some(element) = target.get() else { return };
        let measured = element.clone();
        let measure = move || set_width.set(measured.client_width().max(0) as u32);
        measure();
        if let Some(watch) = ResizeWatch::new(&element, measure) {
            let held = SendWrapper::new(watch);
            on_cleanup(move || held.stop());
        }
    });
    width
}
