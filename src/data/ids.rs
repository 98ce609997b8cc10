//! Ids, checked in one place: what a file may use to name its figures, places, projects,
//! indicators and charts, and what a link may name (`?chart=`, `?item=`, `?embed=`). Every id
//! a file passes is one a link can carry: both stop at [`MAX_LEN`].

/// The most characters of an id, in a file and in a link.
pub const MAX_LEN: usize = 64;

/// A figure's, place's, project's, event's, pairing's or indicator's id: `snake_case` (a-z,
/// 0-9 and `_`, starting with a letter), at most [`MAX_LEN`] characters.
pub fn is_id(id: &str) -> bool {
    id.len() <= MAX_LEN
        && id.starts_with(|c: char| c.is_ascii_lowercase())
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

/// The id `?embed=` keeps for the headline figures, which no chart may take.
pub const OVERVIEW: &str = "overview";

/// Whether `id` can name a chart: `kebab-case` (a-z, 0-9 and `-`, starting with a letter), at
/// most [`MAX_LEN`] characters, and not [`OVERVIEW`]. Whether a report has the chart is for
/// the page to say.
pub fn is_chart_id(id: &str) -> bool {
    id.len() <= MAX_LEN
        && id != OVERVIEW
        && id.starts_with(|c: char| c.is_ascii_lowercase())
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Whether `key` can name a chart's item in a link (`?item=`): the id of a figure, or of a
/// project's event, which a file may write in either case (`snake_case` ids; events' keys
/// joined by `-`).
pub fn is_item_key(key: &str) -> bool {
    !key.is_empty()
        && key.len() <= MAX_LEN
        && key
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_id_a_file_may_use_a_link_may_carry() {
        for id in ["aid_funds_total", "a", &"a".repeat(MAX_LEN)] {
            assert!(is_id(id) && is_item_key(id), "{id}");
        }
        for id in [
            "",
            "Aid",
            "1st",
            "aid-funds",
            "aid funds",
            &"a".repeat(MAX_LEN + 1),
        ] {
            assert!(!is_id(id), "{id}");
        }
        assert!(is_chart_id("funds-by-source") && is_item_key("funds-by-source"));
        assert!(!is_chart_id(OVERVIEW) && !is_chart_id(&"a".repeat(MAX_LEN + 1)));
        assert!(!is_item_key(&"a".repeat(MAX_LEN + 1)));
    }
}
