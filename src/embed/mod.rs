//! Embedding in other sites: the height message an embedded page posts to its host, and the
//! iframe snippet a host pastes. `public/embed.js` is the host side of the protocol.
//!
//! Message (posted to `window.parent` on load and whenever the page's height changes):
//! `{ "type": "aid-impact:resize", "embed": "<chart id or overview>", "height": <px> }`.

use crate::export::escape_xml;
use crate::resize::ResizeWatch;
use wasm_bindgen::JsValue;

/// The `type` of the height message.
pub const MESSAGE_TYPE: &str = "aid-impact:resize";

/// Posts the page's current height to the host page.
pub fn post_height(embed: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(root) = window.document().and_then(|d| d.document_element()) else {
        return;
    };
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    let message = js_sys::Object::new();
    let set =
        |key: &str, value: JsValue| js_sys::Reflect::set(&message, &JsValue::from_str(key), &value);
    let _ = set("type", JsValue::from_str(MESSAGE_TYPE));
    let _ = set("embed", JsValue::from_str(embed));
    let _ = set("height", JsValue::from_f64(f64::from(root.scroll_height())));
    let _ = parent.post_message(&message, "*");
}

/// Posts the height now and whenever the page's size changes; keep the watch alive.
pub fn watch_height(embed: &str) -> Option<ResizeWatch> {
    let body = web_sys::window()?.document()?.body()?;
    let embed = embed.to_string();
    ResizeWatch::new(&body, move |_| post_height(&embed))
}

/// The HTML a host pastes to embed `url`: lazy-loaded, full width, titled for screen readers.
pub fn snippet(url: &str, title: &str, height: u32) -> String {
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"{height}\" loading=\"lazy\" \
         style=\"border:0;width:100%\"></iframe>",
        escape_xml(url),
        escape_xml(title)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_snippet_escapes_its_attributes() {
        let html = snippet("https://x.cn/?embed=a&lang=en", "A \"chart\" <b>", 480);
        assert_eq!(
            html,
            "<iframe src=\"https://x.cn/?embed=a&amp;lang=en\" title=\"A &quot;chart&quot; &lt;b&gt;\" \
             width=\"100%\" height=\"480\" loading=\"lazy\" style=\"border:0;width:100%\"></iframe>"
        );
    }
}
