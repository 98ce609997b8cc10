//! Reading a report file in the browser: a file the reader picked or dropped, or a path beside
//! the app (`?data=`). Checks size and origin, then hands the text to `data::open`.

use crate::data::{self, validate::MAX_BYTES, DataError, Problem, Report};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

fn unreadable(detail: impl Into<String>) -> Vec<DataError> {
    vec![DataError::new(
        "(file)",
        Problem::Unreadable {
            detail: detail.into(),
        },
    )]
}

fn too_large(bytes: u64) -> Vec<DataError> {
    vec![DataError::new(
        "(file)",
        Problem::TooLarge {
            bytes,
            limit: MAX_BYTES,
        },
    )]
}

/// Reads and validates a file from a picker or a drop. Too-large files are refused unread.
pub async fn read_file(file: web_sys::File) -> Result<Report, Vec<DataError>> {
    let size = file.size() as u64;
    if size > MAX_BYTES {
        return Err(too_large(size));
    }
    let text = JsFuture::from(file.text())
        .await
        .map_err(|_| unreadable(file.name()))?;
    data::open(&text.as_string().unwrap_or_default())
}

/// Fetches and validates a report file hosted beside the app. `path` must already have passed
/// `state::is_report_path`; the response must also come from this origin (no redirect away).
pub async fn fetch_report(path: &str) -> Result<Report, Vec<DataError>> {
    let window = web_sys::window().ok_or_else(|| unreadable(path))?;
    let origin = window.location().origin().unwrap_or_default();
    let response = JsFuture::from(window.fetch_with_str(path))
        .await
        .map_err(|_| unreadable(path))?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| unreadable(path))?;
    if !response.url().starts_with(&format!("{origin}/")) {
        return Err(unreadable(response.url()));
    }
    if !response.ok() {
        return Err(unreadable(format!("HTTP {}", response.status())));
    }
    let declared = response
        .headers()
        .get("content-length")
        .ok()
        .flatten()
        .and_then(|n| n.parse::<u64>().ok());
    if let Some(bytes) = declared.filter(|b| *b > MAX_BYTES) {
        return Err(too_large(bytes));
    }
    let text = JsFuture::from(response.text().map_err(|_| unreadable(path))?)
        .await
        .map_err(|_| unreadable(path))?;
    data::open(&text.as_string().unwrap_or_default())
}
