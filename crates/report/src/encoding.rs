//! Which encoding a report or text file was saved in. County officers save files with Windows
//! editors: Notepad's "ANSI" on Chinese Windows is GB18030 (GBK), its "Unicode" is UTF-16 with
//! a byte order mark. Only the decision is here, so it is tested natively; the browser's
//! `TextDecoder` decodes (`load::decode`), which keeps an encoding table out of the wasm.

/// An encoding a file is read in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    /// UTF-8, with or without a byte order mark.
    Utf8,
    /// UTF-16, little-endian (Notepad's "Unicode").
    Utf16Le,
    /// UTF-16, big-endian.
    Utf16Be,
    /// GB18030, which includes GBK and GB2312 (Notepad's "ANSI" on Chinese Windows).
    Gb18030,
}

impl Encoding {
    /// The encoding of `bytes`: the one a byte order mark names; else UTF-16 when a zero byte
    /// sits beside the first character (a report or text starts with a character that has one
    /// in UTF-16 and none is allowed in text, as RFC 4627 detected JSON's); else UTF-8 when
    /// they are valid UTF-8; else GB18030, the other encoding Chinese Windows saves in.
    pub fn detect(bytes: &[u8]) -> Encoding {
        match bytes {
            [0xEF, 0xBB, 0xBF, ..] => Encoding::Utf8,
            [0xFF, 0xFE, ..] => Encoding::Utf16Le,
            [0xFE, 0xFF, ..] => Encoding::Utf16Be,
            [first, 0, ..] if *first != 0 => Encoding::Utf16Le,
            [0, second, ..] if *second != 0 => Encoding::Utf16Be,
            _ if std::str::from_utf8(bytes).is_ok() => Encoding::Utf8,
            _ => Encoding::Gb18030,
        }
    }

    /// The label `TextDecoder` knows it by (the WHATWG Encoding Standard's).
    pub fn label(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Utf16Le => "utf-16le",
            Encoding::Utf16Be => "utf-16be",
            Encoding::Gb18030 => "gb18030",
        }
    }

    /// Its usual name, the same in both languages.
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "UTF-8",
            Encoding::Utf16Le => "UTF-16LE",
            Encoding::Utf16Be => "UTF-16BE",
            Encoding::Gb18030 => "GB18030",
        }
    }
}

/// A kind of file that is not text, told by its first bytes, so a refusal can say what the
/// file is rather than which encoding it failed in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinaryKind {
    /// A PNG image.
    Png,
    /// A JPEG image (a phone's photo).
    Jpeg,
    /// A GIF image.
    Gif,
    /// A PDF document.
    Pdf,
    /// A ZIP archive: also what Word's `.docx` and Excel's `.xlsx` are.
    Zip,
    /// An Office 97–2003 file (`.doc`, `.xls`).
    OldOffice,
}

/// Whether `bytes` cannot be a text file: a known binary format's signature, or, outside UTF-16
/// (where they are half of every ASCII character), a zero byte, which no text has. `Some(None)`
/// is binary of an unknown kind.
pub fn binary(bytes: &[u8]) -> Option<Option<BinaryKind>> {
    const SIGNATURES: [(&[u8], BinaryKind); 6] = [
        (b"\x89PNG\r\n\x1a\n", BinaryKind::Png),
        (b"\xFF\xD8\xFF", BinaryKind::Jpeg),
        (b"GIF8", BinaryKind::Gif),
        (b"%PDF-", BinaryKind::Pdf),
        (b"PK\x03\x04", BinaryKind::Zip),
        (b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", BinaryKind::OldOffice),
    ];
    if let Some((_, kind)) = SIGNATURES.iter().find(|(sig, _)| bytes.starts_with(sig)) {
        return Some(Some(*kind));
    }
    let utf16 = matches!(
        Encoding::detect(bytes),
        Encoding::Utf16Le | Encoding::Utf16Be
    );
    (!utf16 && bytes.contains(&0)).then_some(None)
}

#[cfg(test)]
mod tests {
    use super::Encoding::{self, *};

    #[test]
    fn images_documents_and_zero_bytes_are_not_text() {
        use super::{binary, BinaryKind};
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
        assert_eq!(binary(png), Some(Some(BinaryKind::Png)));
        assert_eq!(binary(b"PK\x03\x04\x14\0"), Some(Some(BinaryKind::Zip)));
        assert_eq!(binary(b"%PDF-1.7"), Some(Some(BinaryKind::Pdf)));
        assert_eq!(binary(b"{\"a\": \"\0\"}"), Some(None));
        // UTF-16's zero bytes and any text without one are text.
        assert_eq!(binary(b"\xFF\xFE{\0}\0"), None);
        assert_eq!(binary(b"{\0\n\0"), None);
        assert_eq!(binary("{\"报告\": 1}".as_bytes()), None);
        assert_eq!(binary(b""), None);
    }

    #[test]
    fn a_byte_order_mark_decides() {
        assert_eq!(Encoding::detect(b"\xEF\xBB\xBF{}"), Utf8);
        assert_eq!(Encoding::detect(b"\xFF\xFE{\0}\0"), Utf16Le);
        assert_eq!(Encoding::detect(b"\xFE\xFF\0{\0}"), Utf16Be);
        // Even when what follows is not valid in it: reading says so.
        assert_eq!(Encoding::detect(b"\xEF\xBB\xBF\xC4\xE3"), Utf8);
    }

    #[test]
    fn utf_16_without_a_mark_is_told_by_its_zero_bytes() {
        assert_eq!(Encoding::detect(b"{\0\n\0"), Utf16Le);
        assert_eq!(Encoding::detect(b"\0{\0\n"), Utf16Be);
    }

    #[test]
    fn valid_utf_8_is_utf_8_and_anything_else_gb18030() {
        assert_eq!(Encoding::detect("{\"报告\": 1}".as_bytes()), Utf8);
        assert_eq!(Encoding::detect(b""), Utf8);
        assert_eq!(Encoding::detect(b"{"), Utf8);
        // "你好" in GB18030.
        assert_eq!(Encoding::detect(b"\"\xC4\xE3\xBA\xC3\""), Gb18030);
    }
}
