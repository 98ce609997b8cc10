//! A hook: the width of an element in px, kept current as it resizes.

use super::use_resize_observer::use_resize_observer;
use leptos::html::Div;
use leptos::prelude::*;

/// What [`use_element_width`] returns.
#[derive(Clone, Copy)]
pub struct ElementWidth {
    /// The element's content width in whole px. A `ReadSignal`, not a `Signal`: that wrapper's
    /// dispatch adds about 650 bytes to the reader's gzipped wasm, for no caller that needs it.
    pub width: ReadSignal<u32>,
}

/// The content width of `target`: `guess` (0 for none) until the browser has laid it out, then
/// what a `ResizeObserver` reports, so many charts mounting at once cost one layout, not one
/// each. `on_measure` sees every measurement.
pub fn use_element_width(
    target: NodeRef<Div>,
    guess: u32,
    on_measure: impl Fn(u32) + Send + Sync + 'static,
) -> ElementWidth {
    let (width, set_width) = signal(guess);
    use_resize_observer(target, move |px| {
        let px = px.max(0.0).floor() as u32;
        on_measure(px);
        if width.get_untracked() != px {
            set_width.set(px);
        }
    });
    ElementWidth { width }
}
