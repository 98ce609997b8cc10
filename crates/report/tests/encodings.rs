//! Files as county officers save them: the encodings Windows editors write, and valid JSON the
//! parser still cannot read (a number too large for a double, nesting too deep), each named
//! as what it is in both languages. The browser decodes; which encoding it is told to use is
//! decided here (tests/e2e/encodings.test.mjs opens the same files in the app).

use report::Lang;
use report::{validate::MAX_DEPTH, DataError, Encoding, Problem};

const FICTIONAL: &str = include_str!("../../../tests/fixtures/fictional-county.json");

fn only_problem(json: &str) -> DataError {
    let mut errors = report::open(json).expect_err("the file must be refused");
    assert_eq!(errors.len(), 1, "{errors:#?}");
    errors.remove(0)
}

fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
    let mut bytes = Vec::new();
    for unit in std::iter::once(0xFEFF).chain(text.encode_utf16()) {
        bytes.extend(if big_endian {
            unit.to_be_bytes()
        } else {
            unit.to_le_bytes()
        });
    }
    bytes
}

#[test]
fn notepads_encodings_are_told_apart() {
    assert_eq!(Encoding::detect(FICTIONAL.as_bytes()), Encoding::Utf8);
    let with_bom = [b"\xEF\xBB\xBF".as_slice(), FICTIONAL.as_bytes()].concat();
    assert_eq!(Encoding::detect(&with_bom), Encoding::Utf8);
    assert_eq!(
        Encoding::detect(&utf16(FICTIONAL, false)),
        Encoding::Utf16Le
    );
    assert_eq!(Encoding::detect(&utf16(FICTIONAL, true)), Encoding::Utf16Be);
    // `{"title": "青山县"}` as Notepad's "ANSI" saves it on Chinese Windows (GBK).
    let gbk = b"{\"title\": \"\xC7\xE0\xC9\xBD\xCF\xD8\"}";
    assert_eq!(Encoding::detect(gbk), Encoding::Gb18030);
    assert_eq!(Encoding::Gb18030.label(), "gb18030");
    assert_eq!(Encoding::Utf16Le.label(), "utf-16le");
    assert_eq!(Encoding::Utf16Be.label(), "utf-16be");
}

#[test]
fn a_utf_8_file_with_a_byte_order_mark_opens() {
    let report = report::open(&format!("\u{feff}{FICTIONAL}")).unwrap_or_else(|e| panic!("{e:#?}"));
    assert_eq!(report.meta.id, "qingshan-county-test-2024-06-30");
}

#[test]
fn a_number_too_large_for_a_double_is_named_with_its_place() {
    let json = FICTIONAL.replacen("\"value\": ", "\"value\": 1e400, \"x\": ", 1);
    let at = json.find("1e400").unwrap();
    let line = json[..at].lines().count();
    let error = only_problem(&json);
    assert_eq!(error.location, "(file)");
    let Problem::NumberTooLarge { line: found, .. } = error.problem else {
        panic!("{error}");
    };
    assert_eq!(found, line);
    let en = error.problem.text(Lang::En);
    assert!(
        en.starts_with(&format!("the number at line {line}, column")),
        "{en}"
    );
    assert!(en.contains("too large"), "{en}");
    assert!(!en.contains("not valid JSON"), "{en}");
    let zh = error.problem.text(Lang::Zh);
    assert!(
        zh.contains(&format!("第{line}行")) && zh.contains("数字太大"),
        "{zh}"
    );
}

/// The fictional county with `meta` replaced, a place the parser follows into.
fn with_meta(meta: &str) -> String {
    FICTIONAL.replacen("\"meta\": ", &format!("\"meta\": {meta}, \"was\": "), 1)
}

/// Where `meta`'s value starts: (line, column).
fn meta_at() -> (usize, usize) {
    let at = FICTIONAL.find("\"meta\": ").unwrap() + "\"meta\": ".len();
    let line_start = FICTIONAL[..at].rfind('\n').map_or(0, |n| n + 1);
    (FICTIONAL[..at].lines().count(), at - line_start + 1)
}

#[test]
fn a_hundred_thousand_nested_brackets_are_too_deep_not_invalid() {
    let error = only_problem(&with_meta(&"[".repeat(100_000)));
    // The root object is the first level: the 127th bracket is the one refused.
    let (line, column) = meta_at();
    let column = column + MAX_DEPTH - 1;
    assert_eq!(
        error.problem,
        Problem::TooDeep {
            line,
            column,
            limit: MAX_DEPTH
        }
    );
    assert_eq!(
        error.to_string(),
        format!(
            "(file): lists and objects are nested more than 127 levels deep (at line {line}, \
             column {column}); a report is never nested so deeply"
        )
    );
    assert!(error.problem.text(Lang::Zh).contains("嵌套超过127层"));
}

#[test]
fn the_depth_limit_is_the_parsers() {
    let nested =
        |levels: usize| with_meta(&format!("{}{}", "[".repeat(levels), "]".repeat(levels)));
    // At the limit (with the root object) the file is read, and refused for its shape.
    let at_limit = report::open(&nested(MAX_DEPTH - 1)).unwrap_err();
    assert_eq!(
        at_limit[0].to_string(),
        "meta: expected an object, found a list"
    );
    let beyond = only_problem(&nested(MAX_DEPTH));
    assert!(
        matches!(beyond.problem, Problem::TooDeep { .. }),
        "{beyond}"
    );
}

#[test]
fn bytes_not_in_their_encoding_say_so_in_both_languages() {
    let problem = Problem::BadEncoding {
        encoding: Encoding::Gb18030,
    };
    assert_eq!(
        problem.text(Lang::En),
        "the file cannot be read as GB18030 text: use \"Save as\" to save it in UTF-8"
    );
    assert!(problem.text(Lang::Zh).contains("GB18030 编码"));
}

#[test]
fn half_a_character_is_named_not_called_invalid_json() {
    for escape in ["\\ud83d", "\\ud83dx", "\\udc00", "\\ud83d\\u0041"] {
        let json = FICTIONAL.replacen("\"zh\": \"", &format!("\"zh\": \"{escape}"), 1);
        let error = only_problem(&json);
        assert!(
            matches!(error.problem, Problem::LoneSurrogate { .. }),
            "{escape}: {error}"
        );
        let en = error.problem.text(Lang::En);
        assert!(en.contains("half a character"), "{en}");
        assert!(error.problem.text(Lang::Zh).contains("半个字符"));
    }
}

#[test]
fn a_file_that_is_not_text_says_what_it_is() {
    use report::encoding::{binary, BinaryKind};
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
    let problem = Problem::NotText {
        kind: binary(png).unwrap(),
    };
    assert_eq!(
        problem.text(Lang::En),
        "this is not a text file but a PNG image: a report file is .json text"
    );
    assert_eq!(
        problem.text(Lang::Zh),
        "这不是文本文件，而是一张 PNG 图片：报告文件是 .json 文本"
    );
    let docx = Problem::NotText {
        kind: Some(BinaryKind::Zip),
    };
    assert!(docx.text(Lang::En).contains("Word's .docx"));
    assert_eq!(
        Problem::NotText { kind: None }.text(Lang::En),
        "this is not a text file: a report file is .json text"
    );
}
