//! The report format: its model, the schema and its interpreter, validation and migration, the
//! vocabulary of indicators, the number-phrase reader the checks use, ids, pure queries, and
//! the bundled report. One crate because these change together: a new field of the format
//! touches the model, the schema, the checks and a migration at once. No Leptos, no web-sys:
//! everything here is what a file *is*, tested natively, and every other crate builds on it.

pub mod codes;
pub mod compare;
pub mod encoding;
pub mod file_text;
pub mod formula;
pub mod i18n;
pub mod ids;
pub mod migrate;
pub mod model;
pub mod pattern;
pub mod phrase;
pub mod problem;
pub mod query;
pub mod schema;
pub mod script;
pub mod stated;
pub mod template;
pub mod validate;
pub mod vocabulary;

pub use encoding::Encoding;
pub use i18n::Lang;
pub use model::*;
pub use problem::DataError;
pub use problem::Problem;

/// The bundled report, `report.json`, without its whitespace (see `build.rs`).
pub const REPORT_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/report.min.json"));

/// The report's original text, verbatim, against which every quote is checked.
pub const ORIGINAL_TEXT: &str = include_str!("report-2023-05-25.zh.txt");

/// Loads and validates the bundled report, with its original text.
pub fn bundled() -> Result<Report, Vec<DataError>> {
    validate::load(REPORT_JSON, Some(ORIGINAL_TEXT))
}

/// Loads and validates a report file someone opened; its quotes are checked against its own
/// `original_text` when it has one.
pub fn open(json: &str) -> Result<Report, Vec<DataError>> {
    validate::load(json, None)
}
