//! aid-impact: the Bairin Right Banner aid report as interactive, source-traceable charts.
//!
//! Layout: `data` (the report and its validation), `i18n` (languages, messages, formatting),
//! `state` (the view state and the URL), `components` (Leptos UI).

pub mod components;
pub mod crash;
pub mod data;
pub mod embed;
pub mod export;
pub mod i18n;
pub mod load;
pub mod prerender;
pub mod render;
pub mod resize;
pub mod spec;
pub mod state;

pub use components::app::App;
