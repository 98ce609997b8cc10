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

#[cfg(test)]
mod tests {
    use super::Encoding::{self, *};

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
