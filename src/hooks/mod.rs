//! Hooks: browser state for the components, one per file; what a hook keeps comes back as
//! named signals, as leptos-use's hooks return it. They act in effects, which run only in the
//! browser: where the build step renders the components natively, a hook keeps its initial
//! value and touches no browser API.

pub mod use_element_width;
pub mod use_resize_observer;
