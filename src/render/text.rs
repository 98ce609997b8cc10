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
/// between characters (Chinese).
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
        // The longest prefix that fits, backed up to a space if the line has one.
        let mut end = 0;
        let mut used = 0.0;
        for (i, c) in rest.char_indices() {
            used += char_em(c) * size;
            if used > max_width {
                break;
            }
            end = i + c.len_utf8();
        }
        let end = match rest[..end].rfind(' ') {
            Some(space) if space > 0 && rest[end..].chars().next().is_some_and(|c| c != ' ') => {
                space
            }
            _ => end.max(rest.chars().next().map_or(1, char::len_utf8)),
        };
        lines.push(rest[..end].trim_end().to_string());
        rest = rest[end..].trim_start();
    }
    lines
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
