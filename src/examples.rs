//! The example reports hosted beside the app in `dist/reports/` (copied from `public/reports/`):
//! real published reports made with the editor, listed by the build from the files themselves.

/// An example report: where it is hosted and what its details say, in Chinese and English.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Example {
    /// Its path beside the app, for `?data=`.
    pub path: &'static str,
    /// Its title, `[zh, en]`.
    pub title: [&'static str; 2],
    /// Who published it, `[zh, en]`.
    pub publisher: [&'static str; 2],
    /// When it was published, as the file says.
    pub published: &'static str,
}

/// Every example report, by date of publication.
pub const EXAMPLES: &[Example] = include!(concat!(env!("OUT_DIR"), "/examples.rs"));
