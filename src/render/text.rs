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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_is_wider_than_latin() {
        assert_eq!(width("资金", 10.0), 20.0);
        assert!(width("ab", 10.0) < 13.0);
    }

    #[test]
    fn long_labels_are_shortened() {
        assert_eq!(fit("短", 13.0, 100.0), "短");
        let fitted = fit("北京经济技术开发区荣华街道", 10.0, 55.0);
        assert!(
            fitted.ends_with('…') && width(&fitted, 10.0) <= 55.0,
            "{fitted}"
        );
    }
}
