//! Text measurement by estimate, the same natively and in the browser: CJK characters are one
//! em wide, Latin letters and digits about 0.6 em. Labels that do not fit are shortened with
//! an ellipsis; the full text is in the tooltip and the table.

/// Estimated width in px of `text` at `size` px.
pub fn width(text: &str, size: f64) -> f64 {
    text.chars().map(|c| char_em(c) * size).sum()
}

fn char_em(c: char) -> f64 {
    match c {
        ' ' | 'i' | 'l' | 'j' | 'I' | '.' | ',' | ':' | ';' | '\'' | '|' | '!' => 0.3,
        'm' | 'w' | 'M' | 'W' => 0.85,
        c if c.is_ascii_uppercase() => 0.7,
        c if c.is_ascii() => 0.6,
        '–' | '→' | '·' | '²' | '¥' | '×' => 0.6,
        _ => 1.0,
    }
}

/// Estimated width in px of bold `text` at `size` px.
pub fn width_bold(text: &str, size: f64) -> f64 {
    width(text, size) * 1.1
}

/// `text` shortened with "…" to fit `max_width` px.
pub fn fit(text: &str, size: f64, max_width: f64) -> String {
    if width(text, size) <= max_width {
        return text.to_string();
    }
    let budget = max_width - width("…", size);
    let mut used = 0.0;
    let mut out = String::new();
    for c in text.chars() {
        used += char_em(c) * size;
        if used > budget {
            break;
        }
        out.push(c);
    }
    out.push('…');
    out
}

/// `text` broken into lines of at most `max_width` px, at most `max_lines` of them (the last
/// shortened with "…" if the text goes on). Breaks at spaces where there are any, else
/// between characters (Chinese), keeping a number whole with its multiplier where it can (see
/// `line_end`).
pub fn wrap(text: &str, size: f64, max_width: f64, max_lines: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut rest = text.trim();
    while !rest.is_empty() && lines.len() < max_lines {
        if width(rest, size) <= max_width {
            lines.push(rest.to_string());
            return lines;
        }
        if lines.len() + 1 == max_lines {
            lines.push(fit(rest, size, max_width));
            return lines;
        }
        let end = line_end(rest, size, max_width);
        lines.push(rest[..end].trim_end().to_string());
        rest = rest[end..].trim_start();
    }
    lines
}

/// `text` broken into as many lines of at most `max_width` px as it needs, never shortened:
/// for values, which are read back as written.
pub fn wrap_whole(text: &str, size: f64, max_width: f64) -> Vec<String> {
    wrap(text, size, max_width, usize::MAX)
}

/// Where the first line of `text` ends (a byte index > 0), after the longest prefix that fits,
/// backed up to the first of these that there is: a space that does not split a number from its
/// sign, multiplier or unit word; an opening bracket whose words would be split; any space; a
/// place that is not inside a number (`1.065亿`) nor before closing punctuation. A first
/// character wider than the line still makes a line of its own.
fn line_end(text: &str, size: f64, max_width: f64) -> usize {
    let mut fits = 0;
    let mut used = 0.0;
    for (i, c) in text.char_indices() {
        used += char_em(c) * size;
        if used > max_width {
            break;
        }
        fits = i + c.len_utf8();
    }
    let first = text.chars().next().map_or(1, char::len_utf8);
    if fits < first {
        return first;
    }
    let around = |at: usize| (text[..at].chars().next_back(), text[at..].chars().next());
    let spaces = || {
        (first..=fits)
            .rev()
            .filter(|&at| text.is_char_boundary(at) && text[at..].starts_with(' '))
    };
    let free_space = spaces().find(|&at| {
        !binds_to_number(around(at).0) && !binds_to_number(text[at..].trim_start().chars().next())
    });
    if let Some(at) = free_space {
        return at;
    }
    let line = &text[..fits];
    if let Some(open) = line.rfind(['(', '（']) {
        if open > 0 && !line[open..].contains([')', '）']) {
            return open;
        }
    }
    if let Some(at) = spaces().next() {
        return at;
    }
    let in_number = |c: char| c.is_ascii_digit() || c == ',' || c == '.';
    (first..=fits)
        .rev()
        .filter(|&at| text.is_char_boundary(at))
        .find(|&at| {
            let (before, after) = around(at);
            let inside_number = before.is_some_and(in_number)
                && after.is_some_and(|c| {
                    in_number(c) || matches!(c, '万' | '亿' | '千' | '百' | '%' | '+')
                });
            let closing =
                after.is_some_and(|c| matches!(c, ')' | '）' | '，' | '。' | '、' | '：' | '；'));
            !(closing || inside_number)
        })
        .unwrap_or(fits)
}

/// Whether a space next to `c` belongs to a number (`¥6.5 × 100 million`, `≥ 3,600+`), so a
/// line must not end there.
fn binds_to_number(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_ascii_digit() || matches!(c, '×' | '¥' | '+' | '≥' | '~' | '–'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_is_wider_than_latin() {
        assert_eq!(width("资金", 10.0), 20.0);
        assert!(width("ab", 10.0) < 13.0);
    }

    #[test]
    fn wrapping_breaks_at_spaces_and_between_chinese_characters() {
        assert_eq!(
            wrap("Exit from poverty", 10.0, 60.0, 3),
            vec!["Exit from", "poverty"]
        );
        let lines = wrap("青山县黑山羊繁育场利用云河区援助资金建设", 10.0, 50.0, 2);
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[0], "青山县黑山");
        assert!(lines[1].ends_with('…') && width(&lines[1], 10.0) <= 50.0);
        assert_eq!(wrap("short", 10.0, 100.0, 2), vec!["short"]);
    }

    /// Values are wrapped whole, between their number and their words, never inside a
    /// number, and before a bracketed qualifier rather than inside it.
    #[test]
    fn values_wrap_whole_outside_numbers_and_brackets() {
        assert_eq!(
            wrap_whole("2500000000元/年（可实现产能）", 10.0, 100.0),
            vec!["2500000000元/年", "（可实现产能）"]
        );
        assert_eq!(
            wrap_whole("¥6.5 × 100 million a year (projected)", 10.0, 120.0),
            vec!["¥6.5 × 100 million a", "year (projected)"]
        );
        // Not between a number and its multiplier or its unit word.
        assert_eq!(
            wrap_whole("¥6.5 × 100 million a year", 10.0, 90.0),
            vec!["¥6.5 × 100 million", "a year"]
        );
        // Not inside a word when the only spaces fitting are a number's.
        assert_eq!(
            wrap("Phase 2 construction", 10.0, 99.0, 3),
            vec!["Phase 2", "construction"]
        );
        assert_eq!(
            wrap_whole("¥6.5 × 100 million", 10.0, 80.0),
            vec!["¥6.5 × 100", "million"]
        );
        // Not between a Chinese number and its multiplier.
        assert_eq!(
            wrap_whole("总投资1.065亿元", 14.3, 85.0),
            vec!["总投资", "1.065亿元"]
        );
        // Only a number wider than the line is broken, so that all of it is seen.
        assert_eq!(
            wrap_whole("12345678901234元", 10.0, 40.0),
            vec!["123456", "789012", "34元"]
        );
        for width in [8.0, 30.0, 55.0, 90.0] {
            let text = "≥1,234.5万元（预计，可实现产能）";
            let lines = wrap_whole(text, 10.0, width);
            assert_eq!(lines.concat(), text, "at {width}");
            assert!(lines.iter().all(|l| !l.is_empty()));
        }
    }

    #[test]
    fn long_labels_are_shortened() {
        assert_eq!(fit("短", 13.0, 100.0), "短");
        let fitted = fit("北京市云河区青山街道办事处", 10.0, 55.0);
        assert!(
            fitted.ends_with('…') && width(&fitted, 10.0) <= 55.0,
            "{fitted}"
        );
    }
}
