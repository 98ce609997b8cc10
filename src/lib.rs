//! aid-impact: published aid reports as interactive, source-traceable charts in the browser.
//!
//! The app on top of the layer crates (`report`, `charts`, and `authoring` in the editor's
//! build); within it, each module imports only from those listed before it:
//! - `examples`: the example reports hosted beside the app;
//! - `load`: reading report files in the browser;
//! - `state`: the view state and its URL, the reports on screen, the editor's draft on screen
//!   (with `i18n::pages`, the words for the app's own pages and choices);
//! - `export` (downloads, QR code), `embed` (iframe snippets), `crash` (the panic message),
//!   `mount` (the element the app takes over);
//! - `hooks`: browser state for the components as named signals (an element's width);
//! - `components`: the Leptos UI, one component per file.
//!
//! The build step (`crates/build`) renders these components to HTML for every shareable page.

pub mod components;
pub mod crash;
pub mod embed;
pub mod examples;
pub mod export;
pub mod hooks;
pub mod i18n;
pub mod load;
pub mod mount;
pub mod state;

pub use components::app::App;

/// Starts the app in the browser (both binaries: the reader's app, and the editor's, built
/// with `--features editor`).
pub fn start() {
    crash::install();
    // The app takes the pre-rendered page's place in the same task, so no frame shows both.
    if let Some(root) = mount::take_root() {
        leptos::mount::mount_to(root, App).forget();
    }
}
