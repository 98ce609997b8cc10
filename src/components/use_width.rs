//! A hook: the width of an element in px, kept current as it resizes.

use crate::resize::ResizeWatch;
use leptos::html::Div;
use leptos::prelude::*;
use send_wrapper::SendWrapper;

/// The content width of `target`: `guess` (0 for none) until the browser has laid it out, then
/// what a `ResizeObserver` reports, so many charts mounting at once cost one layout, not one
/// each. `on_measure` sees every measurement.
pub fn use_width(
    target: NodeRef<Div>,
    guess: u32,
    on_measure: impl Fn(u32) + Send + Sync + 'static,
) -> ReadSignal<u32> {
    let (width, set_width) = signal(guess);
    let on_measure = std::sync::Arc::new(on_measure);
    Effect::new(move |_| {
        let Some(element) = target.get() else { return };
        let on_measure = on_measure.clone();
        let measure = move |px: f64| {
            let px = px.max(0.0).floor() as u32;
            on_measure(px);
            if width.get_untracked() != px {
                set_width.set(px);
            }
        };
        if let Some(watch) = ResizeWatch::new(&element, measure) {
            let held = SendWrapper::new(watch);
            on_cleanup(move || held.stop());
        }
    });
    width
}
