//! Chart texts as templates over figures: `{funds_total}` is the figure's value as shown (with
//! its qualifier), `{funds_total.period}` its period and `{funds_total.since}` the start of its
//! period.
//! Parsing lives here (the validator checks every placeholder); filling takes the wording
//! from the caller, so this module needs no formatting.

/// What a placeholder stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    /// The value with its unit and qualifier mark.
    Value,
    /// The period.
    Period,
    /// The start of the period.
    Since,
}

/// One `{…}` of a template.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Placeholder<'a> {
    /// The figure's id.
    pub figure: &'a str,
    /// Which of its texts.
    pub field: Field,
}

/// A piece of a template: literal text, a placeholder, or `{…}` that is not one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Piece<'a> {
    /// Text shown as it is.
    Text(&'a str),
    /// A placeholder.
    Placeholder(Placeholder<'a>),
    /// Braces around something that is not `id`, `id.period` or `id.since`.
    Invalid(&'a str),
}

/// Splits `template` into its pieces.
pub fn pieces(template: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}').map(|i| open + i) else {
            break;
        };
        if open > 0 {
            out.push(Piece::Text(&rest[..open]));
        }
        let inner = &rest[open + 1..close];
        out.push(placeholder(inner).map_or(Piece::Invalid(inner), Piece::Placeholder));
        rest = &rest[close + 1..];
    }
    if !rest.is_empty() {
        out.push(Piece::Text(rest));
    }
    out
}

fn placeholder(inner: &str) -> Option<Placeholder<'_>> {
    let (figure, field) = match inner.split_once('.') {
        None => (inner, Field::Value),
        Some((figure, "period")) => (figure, Field::Period),
        Some((figure, "since")) => (figure, Field::Since),
        Some(_) => return None,
    };
    super::ids::is_id(figure).then_some(Placeholder { figure, field })
}

/// Fills `template`, asking `text` for each placeholder; `None` when one cannot be filled.
pub fn fill(template: &str, mut text: impl FnMut(Placeholder) -> Option<String>) -> Option<String> {
    let mut out = String::with_capacity(template.len());
    for piece in pieces(template) {
        match piece {
            Piece::Text(literal) => out.push_str(literal),
            Piece::Placeholder(placeholder) => out.push_str(&text(placeholder)?),
            Piece::Invalid(_) => return None,
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_found_and_filled() {
        let template = "自{total.since}以来共{total}（{share.period}）";
        let filled = fill(template, |p| Some(format!("<{}:{:?}>", p.figure, p.field)));
        assert_eq!(
            filled.as_deref(),
            Some("自<total:Since>以来共<total:Value>（<share:Period>）")
        );
        assert_eq!(fill("no braces", |_| None).as_deref(), Some("no braces"));
        assert_eq!(fill("{x.colour}", |_| Some(String::new())), None);
        assert_eq!(fill("{Bad}", |_| Some(String::new())), None);
        assert_eq!(fill("{missing}", |_| None), None);
        assert_eq!(pieces("a{b"), vec![Piece::Text("a{b")]);
    }
}
