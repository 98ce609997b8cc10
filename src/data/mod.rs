//! The report's data: the bundled JSON, its model, validation and pure queries.
//! No Leptos or web-sys here, so everything is testable natively.

pub mod codes;
pub mod compare;
pub mod encoding;
pub mod examples;
pub mod file_text;
pub mod formula;
pub mod ids;
pub mod migrate;
pub mod model;
pub mod phrase;
pub mod problem;
pub mod query;
pub mod schema;
pub mod script;
pub mod stated;
pub mod structure;
pub mod suggest;
pub mod template;
pub mod validate;
pub mod vocabulary;

pub use encoding::Encoding;
pub use model::*;
pub use problem::DataError;
pub use problem::Problem;

/// The bundled report, `src/data/report.json`, without its whitespace (see `build.rs`).
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
