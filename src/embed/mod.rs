//! Embedding in other sites: the iframe snippet a host pastes. The height protocol is in
//! JavaScript, so it runs before the app does: `public/prerender.js` (the embedded page) posts
//! `{ "type": "aid-impact:resize", "embed": "<chart id or overview>", "height": <px> }` to
//! `window.parent` on load and whenever the page's height changes, and `public/embed.js` (the
//! host page) sizes the iframe.

use charts::export::escape_xml;

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
