//! Handing a file to the browser: a Blob behind a temporary `<a download>`; PNG by drawing the
//! standalone SVG on a canvas at twice its size.

use gloo_timers::callback::Timeout;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// How long a download's object URL lives: Safari and older Firefox read it after `click()`
/// has returned, so revoking it at once cancels the download.
const REVOKE_AFTER_MS: u32 = 60_000;

/// Saves `report` as a report file named after its id (`report` while it has none), with
/// `suffix` after the name (`-draft` for an unfinished draft).
pub fn save_report(report: &report::Report, suffix: &str) {
    let name = match report.meta.id.as_str() {
        "" => "report",
        id => id,
    };
    save_text(
        &report.to_json(),
        &format!("{name}{suffix}.json"),
        "application/json",
    );
}

/// Saves `contents` as `file_name` with the given MIME type.
pub fn save_text(contents: &str, file_name: &str, mime: &str) {
    let parts = js_sys::Array::of1(&JsValue::from_str(contents));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    if let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) {
        let _ = save_blob(&blob, file_name);
    }
}

/// Saves `blob` as `file_name`, revoking its object URL a minute later.
fn save_blob(blob: &web_sys::Blob, file_name: &str) -> Result<(), JsValue> {
    let url = web_sys::Url::create_object_url_with_blob(blob)?;
    click_link(&url, file_name)?;
    Timeout::new(REVOKE_AFTER_MS, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}

fn click_link(href: &str, file_name: &str) -> Result<(), JsValue> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    link.set_href(href);
    link.set_download(file_name);
    link.click();
    Ok(())
}

/// Saves `svg` (a standalone document of `width` × `height` px) as a PNG at twice the size;
/// an error when the browser cannot draw or encode it, for the reader to be told.
pub async fn save_png(
    svg: String,
    width: u32,
    height: u32,
    file_name: String,
) -> Result<(), JsValue> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let parts = js_sys::Array::of1(&JsValue::from_str(&svg));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("image/svg+xml");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let image = web_sys::HtmlImageElement::new()?;
    image.set_src(&url);
    let decoded = JsFuture::from(image.decode()).await;
    let _ = web_sys::Url::revoke_object_url(&url);
    decoded?;
    let canvas: web_sys::HtmlCanvasElement = document.create_element("canvas")?.dyn_into()?;
    canvas.set_width(width * 2);
    canvas.set_height(height * 2);
    let context: web_sys::CanvasRenderingContext2d = canvas
        .get_context("2d")?
        .ok_or("no 2d context")?
        .dyn_into()?;
    context.scale(2.0, 2.0)?;
    context.draw_image_with_html_image_element(&image, 0.0, 0.0)?;
    let png = JsFuture::from(js_sys::Promise::new(&mut |resolve, reject| {
        if let Err(error) = canvas.to_blob_with_type(&resolve, "image/png") {
            let _ = reject.call1(&JsValue::NULL, &error);
        }
    }))
    .await?;
    // `toBlob` gives null when the canvas cannot be encoded (too large, out of memory).
    let png: web_sys::Blob = png.dyn_into().map_err(|_| "the canvas gave no PNG")?;
    save_blob(&png, &file_name)
}

/// Copies `text` to the clipboard; `false` where the Clipboard API is missing or refused.
pub async fn copy_text(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let navigator = window.navigator();
    if !js_sys::Reflect::has(&navigator, &JsValue::from_str("clipboard")).unwrap_or(false) {
        return false;
    }
    JsFuture::from(navigator.clipboard().write_text(text))
        .await
        .is_ok()
}

/// Whether the system share sheet (Web Share API) is available, as on most phones.
pub fn can_share() -> bool {
    web_sys::window()
        .map(|w| js_sys::Reflect::has(&w.navigator(), &JsValue::from_str("share")).unwrap_or(false))
        .unwrap_or(false)
}

/// Opens the system share sheet for `url`.
pub async fn share(title: &str, url: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let data = web_sys::ShareData::new();
    data.set_title(title);
    data.set_url(url);
    let _ = JsFuture::from(window.navigator().share_with_data(&data)).await;
}
