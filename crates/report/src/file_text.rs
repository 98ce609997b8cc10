//! A file's own text put where readers see it: kept from reordering what stands beside it,
//! its invisible characters named in messages, and a very long text shortened where only a
//! name is needed. A file may hold any character; these keep one from hiding or disguising
//! another text.

/// Characters that change the direction of the text after them (the bidi embeddings,
/// overrides and isolates, and the direction marks): U+202E can make `exe.txt` read `txt.exe`.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// Characters that take no room: zero-width spaces and joiners, the word joiner, the
/// soft hyphen, the byte order mark, and the bidi controls.
fn is_invisible(c: char) -> bool {
    is_bidi_control(c)
        || matches!(
            c,
            '\u{200B}'..='\u{200D}' | '\u{2060}'..='\u{2064}' | '\u{00AD}' | '\u{FEFF}' | '\u{180E}'
        )
}

/// `text` as it is drawn in SVG, where no stylesheet isolates it (a downloaded chart): when it
/// holds a bidi control, wrapped in a first-strong isolate (U+2068 … U+2069) so the control
/// reaches no further than the text, with any unpaired U+2069 of its own dropped (it would
/// close the isolate early). Text without one is returned as it is.
pub fn isolated(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(is_bidi_control) {
        return text.into();
    }
    let mut open = 0usize;
    let mut out = String::with_capacity(text.len() + 6);
    out.push('\u{2068}');
    for c in text.chars() {
        match c {
            '\u{2066}'..='\u{2068}' => open += 1,
            '\u{2069}' if open == 0 => continue,
            '\u{2069}' => open -= 1,
            _ => {}
        }
        out.push(c);
    }
    out.extend(std::iter::repeat_n('\u{2069}', open + 1));
    out.into()
}

/// `text` with each invisible character written as its code point (`⟨U+200B⟩`), for messages
/// that name an id or a value: an id differing only by one is otherwise told apart by nothing.
pub fn visible(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(is_invisible) {
        return text.into();
    }
    text.chars()
        .map(|c| {
            if is_invisible(c) {
                format!("⟨U+{:04X}⟩", c as u32)
            } else {
                c.to_string()
            }
        })
        .collect::<String>()
        .into()
}

/// The most characters of a name (a path, a file name) quoted in a message.
const NAME_CHARS: usize = 80;

/// `text` shortened to its first and last characters around `…` when longer than a message
/// needs to name it: a refused 100 KB address is named, not repeated.
pub fn shortened(text: &str) -> std::borrow::Cow<'_, str> {
    let count = text.chars().count();
    if count <= NAME_CHARS {
        return text.into();
    }
    let head: String = text.chars().take(NAME_CHARS * 2 / 3).collect();
    let tail: String = text.chars().skip(count - NAME_CHARS / 4).collect();
    format!("{head}…{tail}").into()
}

/// The most characters of a file's label, title or name shown where it is one text among
/// others (a card, a summary, a heading): several times any real one. The table and the
/// source show it whole.
pub const SCREEN_CHARS: usize = 300;

/// `text` cut at [`SCREEN_CHARS`] with `…`, so a megabyte of label is not set as thousands of
/// lines beside the figures.
pub fn on_screen(text: &str) -> std::borrow::Cow<'_, str> {
    match text.char_indices().nth(SCREEN_CHARS) {
        None => text.into(),
        Some((end, _)) => format!("{}…", &text[..end]).into(),
    }
}

/// A name from a file or an address as a message shows it: shortened, invisible characters
/// named.
pub fn named(text: &str) -> String {
    shortened(&visible(text)).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_direction_override_is_kept_inside_its_text() {
        assert_eq!(isolated("青山县"), "青山县");
        assert_eq!(isolated("a\u{202E}bc"), "\u{2068}a\u{202E}bc\u{2069}");
        // Its own closing isolate cannot end ours early; its open ones are closed too.
        assert_eq!(isolated("a\u{2069}\u{202E}b"), "\u{2068}a\u{202E}b\u{2069}");
        assert_eq!(isolated("\u{2067}a"), "\u{2068}\u{2067}a\u{2069}\u{2069}");
    }

    #[test]
    fn invisible_characters_are_named() {
        assert_eq!(visible("funds"), "funds");
        assert_eq!(visible("fu\u{200B}nds"), "fu⟨U+200B⟩nds");
        assert_eq!(visible("\u{202E}x"), "⟨U+202E⟩x");
    }

    #[test]
    fn a_text_longer_than_a_screen_needs_is_cut() {
        assert_eq!(on_screen("协作帮扶资金总额"), "协作帮扶资金总额");
        let long = "字".repeat(1_000_000);
        let cut = on_screen(&long);
        assert_eq!(cut.chars().count(), SCREEN_CHARS + 1);
        assert!(cut.ends_with('…'));
    }

    #[test]
    fn a_long_name_is_shortened() {
        assert_eq!(shortened("reports/x.json"), "reports/x.json");
        let long = format!("{}.json", "a".repeat(100_000));
        let short = shortened(&long);
        assert_eq!(short.chars().count(), 53 + 1 + 20, "{short}");
        assert!(
            short.starts_with("aaaa") && short.ends_with("a.json"),
            "{short}"
        );
    }
}
