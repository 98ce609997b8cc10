//! aid-impact: published aid reports as interactive, source-traceable charts in the browser.
//!
//! Each module imports only from those listed before it, so data flows one way:
//! - `data`: the report format (model, schema and its interpreter, validation, migration,
//!   the vocabulary, the number-phrase reader the checks use, ids, pure queries);
//! - `i18n`: languages, and the words and numbers of a report (`money`, `format`, `messages`,
//!   `problems`);
//! - `spec`: the chart compiler, a chart's description and its report → what to draw;
//! - `render`: what to draw → SVG and the pointer→item map;
//! - `load`: reading report files in the browser;
//! - `state`: the view state and its URL, the reports on screen, the editor's draft; with
//!   `i18n::pages` and `i18n::editor`, the words for the app's own pages and the editor;
//! - `export` (SVG, PNG, CSV, JSON, QR code, downloads), `embed` (iframe height messages and
//!   snippets), `resize` (chart widths from ResizeObserver), `crash` (the panic message);
//! - `components`: the Leptos UI, one component per file;
//! - `prerender`: the static first screen made at build time.

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
