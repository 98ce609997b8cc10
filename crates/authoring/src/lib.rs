//! Authoring a report file from its published text, as the editor (`?view=edit`) does: what
//! it proposes for a selected fragment (`suggest`, `structure`), the draft and its undo history
//! (`draft`), the choice of headline figures and charts (`grouping`), the report card that
//! replays a finished report through the proposals (`report_card`), and the editor's words
//! (`i18n`). A crate of its own so the reader's wasm cannot reach it: only the editor's build
//! (`--features editor`) and the `author` command line link it. No Leptos: the app keeps the
//! draft on screen and in the browser's storage.

pub mod draft;
pub mod grouping;
pub mod i18n;
pub mod report_card;
pub mod structure;
pub mod suggest;
