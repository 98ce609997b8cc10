//! Reading a report file in the browser: a file the reader picked or dropped, or a path beside
//! the app (`?data=`). Checks size and origin, then hands the text to `data::open`.
//!
//! Files are read as bytes, not as a JS string: copying a string into wasm reserves three
//! bytes per UTF-16 unit once it meets a non-ASCII character (a report's Chinese title comes
//! first), and wasm memory never shrinks, so a 24 MiB file reserved about 72 MiB before any
//! parsing. Bytes are copied once, at their size, and the JS copy is let go before parsing.

use crate::data::{self, validate::MAX_BYTES, DataError, Problem, Report};
use js_sys::{Promise, Uint8Array};
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
    let text = read_text(file.array_buffer())
        .await
        .ok_or_else(|| unreadable(file.name()))?;
    data::open(&text)
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
    let buffer = response.array_buffer().map_err(|_| unreadable(path))?;
    let text = read_text(buffer).await.ok_or_else(|| unreadable(path))?;
    data::open(&text)
}

/// The text of a body read as an `ArrayBuffer`, decoded as `Blob.text()` and
/// `Response.text()` do: UTF-8, malformed bytes replaced (a leading byte order mark is kept;
/// `data::open` skips it). `None` if it cannot be read.
async fn read_text(buffer: Promise) -> Option<String> {
    let bytes = Uint8Array::new(&JsFuture::from(buffer).await.ok()?).to_vec();
    Some(match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    })
}
