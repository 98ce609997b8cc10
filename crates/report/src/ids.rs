//! Ids, checked in one place: what a file may use to name its figures, places, projects,
//! indicators and charts, and what a link may name (`?chart=`, `?item=`, `?embed=`). Every id
//! a file passes is one a link can carry: both stop at [`MAX_LEN`].

/// The most characters of an id, in a file and in a link.
pub const MAX_LEN: usize = 64;

const LOWER: &str = "abcdefghijklmnopqrstuvwxyz";
const LOWER_DIGITS_UNDERSCORE: &str = "abcdefghijklmnopqrstuvwxyz0123456789_";
const LOWER_DIGITS_HYPHEN: &str = "abcdefghijklmnopqrstuvwxyz0123456789-";
const LOWER_DIGITS_BOTH: &str = "abcdefghijklmnopqrstuvwxyz0123456789_-";

/// The id `?embed=` keeps for the headline figures, which no chart may take.
pub const OVERVIEW: &str = "overview";

/// What an id may be: its first character and the others from these ASCII sets, at most
/// `max` of them, none of the `reserved`. A description rather than code, so the page's own
/// script, before the app starts, checks links by the very same rule (the build writes it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IdShape {
    /// The characters the id may start with.
    pub first: &'static str,
    /// The characters that may follow.
    pub rest: &'static str,
    /// The most characters.
    pub max: usize,
    /// Ids kept for another use.
    pub reserved: &'static [&'static str],
}

impl IdShape {
    /// Whether `id` has this shape.
    pub fn accepts(&self, id: &str) -> bool {
        let mut chars = id.chars();
        id.len() <= self.max
            && chars.next().is_some_and(|c| self.first.contains(c))
            && chars.all(|c| self.rest.contains(c))
            && !self.reserved.contains(&id)
    }
}

/// A figure's, place's, project's, event's, pairing's or indicator's id: `snake_case`.
pub const ID: IdShape = IdShape {
    first: LOWER,
    rest: LOWER_DIGITS_UNDERSCORE,
    max: MAX_LEN,
    reserved: &[],
};

/// A chart's id: `kebab-case`, and not [`OVERVIEW`]. Whether a report has the chart is for
/// the page to say.
pub const CHART_ID: IdShape = IdShape {
    first: LOWER,
    rest: LOWER_DIGITS_HYPHEN,
    max: MAX_LEN,
    reserved: &[OVERVIEW],
};

/// A chart's item in a link (`?item=`): a figure's id, or a project's event key, which joins
/// `snake_case` ids with `-`.
pub const ITEM_KEY: IdShape = IdShape {
    first: LOWER_DIGITS_BOTH,
    rest: LOWER_DIGITS_BOTH,
    max: MAX_LEN,
    reserved: &[],
};

/// Whether `id` is an [`ID`].
pub fn is_id(id: &str) -> bool {
    ID.accepts(id)
}

/// Whether `id` is a [`CHART_ID`].
pub fn is_chart_id(id: &str) -> bool {
    CHART_ID.accepts(id)
}

/// Whether `key` is an [`ITEM_KEY`].
pub fn is_item_key(key: &str) -> bool {
    ITEM_KEY.accepts(key)
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
