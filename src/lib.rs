//! aid-impact: published aid reports as interactive, source-traceable charts in the browser.
//!
//! Data flows one way: `data` (the report model, its schema and validation, pure queries) →
//! `spec` (what each chart draws) → `render` (SVG and the pointer→item map) → `components`
//! (Leptos UI). Beside them: `i18n` (languages, messages, number and date formatting),
//! `state` (the view state, the URL and the reports on screen), `load` (reading report files
//! in the browser), `export` (SVG, PNG, CSV, JSON, QR code, downloads), `embed` (iframe
//! height messages and snippets), `prerender` (the static first screen made at build time),
//! `resize` (chart widths from ResizeObserver) and `crash` (the panic message).

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

/// Starts the app in the browser (both binaries: the reader's app, and the editor's, built
/// with `--features editor`).
pub fn start() {
    crash::install();
    // The app takes the pre-rendered page's place in the same task, so no frame shows both.
    if let Some(root) = prerender::take_root() {
        leptos::mount::mount_to(root, App).forget();
    }
}
