//! Reading a report file in the browser: a file the reader picked or dropped, or a path beside
//! the app (`?data=`). Checks size and origin, decodes the text in the encoding it was saved
//! in, then hands it to `report::open`.
//!
//! Files are read as bytes, not as a JS string: copying a string into wasm reserves three
//! bytes per UTF-16 unit once it meets a non-ASCII character (a report's Chinese title comes
//! first), and wasm memory never shrinks, so a 24 MiB file reserved about 72 MiB before any
//! parsing. Bytes are copied once, at their size, and the JS copy is let go before parsing;
//! UTF-8 bytes become the text without another copy.

use js_sys::{Promise, Uint8Array};
use report::{validate::MAX_BYTES, DataError, Encoding, Problem, Report};
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

/// Reads and validates a file from a picker or a drop, with the encoding it was read in.
/// Too-large files are refused unread.
pub async fn read_file(file: web_sys::File) -> Result<(Report, Encoding), Vec<DataError>> {
    let (text, encoding) = read_text(file).await?;
    report::open(&text).map(|report| (report, encoding))
}

/// Reads a file's text in the encoding it was saved in (a report's `.txt`, or a report file
/// to continue in the authoring view), with that encoding. Too-large files are refused unread.
pub async fn read_text(file: web_sys::File) -> Result<(String, Encoding), Vec<DataError>> {
    let size = file.size() as u64;
    if size > MAX_BYTES {
        return Err(too_large(size));
    }
    let bytes = read_bytes(file.array_buffer())
        .await
        .ok_or_else(|| unreadable(file.name()))?;
    decode(bytes).map_err(|p| vec![DataError::new("(file)", p)])
}

/// Fetches and validates a report file hosted beside the app. `path` must already have passed
/// `state::is_report_path`; the response must also come from this origin (no redirect away).
/// Its `Content-Type` charset is not trusted: static hosts label every `.json` alike.
pub async fn fetch_report(path: &str) -> Result<(Report, Encoding), Vec<DataError>> {
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
    let bytes = read_body(&response, path).await?;
    open(bytes)
}

/// A response's body, read chunk by chunk and given up at the size limit: a host that sends
/// no `Content-Length` (or a compressed one, which counts the smaller bytes) cannot make the
/// page hold more than the limit. Browsers without streamed bodies read it whole.
async fn read_body(response: &web_sys::Response, path: &str) -> Result<Vec<u8>, Vec<DataError>> {
    let Some(body) = response.body() else {
        let buffer = response.array_buffer().map_err(|_| unreadable(path))?;
        return read_bytes(buffer).await.ok_or_else(|| unreadable(path));
    };
    let reader: web_sys::ReadableStreamDefaultReader =
        body.get_reader().dyn_into().map_err(|_| unreadable(path))?;
    let mut bytes = Vec::new();
    loop {
        let chunk = JsFuture::from(reader.read())
            .await
            .map_err(|_| unreadable(path))?;
        let done = js_sys::Reflect::get(&chunk, &"done".into()).map_err(|_| unreadable(path))?;
        if done.is_truthy() {
            return Ok(bytes);
        }
        let value: Uint8Array = js_sys::Reflect::get(&chunk, &"value".into())
            .ok()
            .and_then(|value| value.dyn_into().ok())
            .ok_or_else(|| unreadable(path))?;
        if (bytes.len() + value.length() as usize) as u64 > MAX_BYTES {
            // Dropping the reader's lock is enough for the page; cancelling stops the download.
            let _ = reader.cancel();
            return Err(vec![DataError::new(
                "(file)",
                Problem::OverLimit { limit: MAX_BYTES },
            )]);
        }
        let start = bytes.len();
        bytes.resize(start + value.length() as usize, 0);
        value.copy_to(&mut bytes[start..]);
    }
}

/// Decodes and validates a report file's bytes.
fn open(bytes: Vec<u8>) -> Result<(Report, Encoding), Vec<DataError>> {
    let (text, encoding) = decode(bytes).map_err(|p| vec![DataError::new("(file)", p)])?;
    report::open(&text).map(|report| (report, encoding))
}

/// The text of a file's bytes and the encoding it was read in, which `Encoding::detect`
/// decides: UTF-8 in Rust, any other by the browser's `TextDecoder`, which knows GB18030 and
/// UTF-16 (the wasm carries no encoding tables). Bytes invalid in that encoding are refused,
/// not replaced: a garbled text would pass for the file's. For report and `.txt` files alike.
/// A byte order mark is dropped. A file that is not text at all (an image, a Word file) is
/// named as such.
pub fn decode(bytes: Vec<u8>) -> Result<(String, Encoding), Problem> {
    if let Some(kind) = report::encoding::binary(&bytes) {
        return Err(Problem::NotText { kind });
    }
    let encoding = Encoding::detect(&bytes);
    let text = match encoding {
        Encoding::Utf8 => String::from_utf8(bytes).ok().map(|mut text| {
            if text.starts_with('\u{feff}') {
                text.replace_range(..'\u{feff}'.len_utf8(), "");
            }
            text
        }),
        other => {
            let options = web_sys::TextDecoderOptions::new();
            options.set_fatal(true);
            web_sys::TextDecoder::new_with_label_and_options(other.label(), &options)
                .and_then(|decoder| decoder.decode_with_u8_array(&bytes))
                .ok()
        }
    };
    text.map(|text| (text, encoding))
        .ok_or(Problem::BadEncoding { encoding })
}

/// The bytes of a body read as an `ArrayBuffer`; `None` if it cannot be read.
async fn read_bytes(buffer: Promise) -> Option<Vec<u8>> {
    Some(Uint8Array::new(&JsFuture::from(buffer).await.ok()?).to_vec())
}
