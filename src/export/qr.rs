//! A QR code of a link, as SVG, since in China a link is most often passed on by scanning it.

use qrcodegen::{QrCode, QrCodeEcc};

/// The QR code of `text` as a square SVG document with a quiet zone, or `None` if the text is
/// too long to encode.
pub fn svg(text: &str) -> Option<String> {
    let code = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let size = code.size();
    let border = 4;
    let full = size + 2 * border;
    let mut path = String::new();
    for y in 0..size {
        for x in 0..size {
            if code.get_module(x, y) {
                path.push_str(&format!("M{},{}h1v1h-1z", x + border, y + border));
            }
        }
    }
    Some(format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {full} {full}\" width=\"{w}\" height=\"{w}\" \
         shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\
         <path d=\"{path}\" fill=\"#000000\"/></svg>",
        w = full * 6
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_a_link() {
        let svg = svg("https://example.gov.cn/aid/?view=funds&lang=en").unwrap();
        assert!(svg.starts_with("<svg") && svg.contains("<path d=\"M"));
        assert!(
            !svg.contains("&lang"),
            "the link is in the modules, not the markup"
        );
    }
}
