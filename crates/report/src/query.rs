//! Pure look-ups over a report, and the report written back as its file.

use super::model::{
    ChartDescription, Event, Figure, Meta, Project, Qualifier, Report, Theme, SCHEMA_VERSION,
};
use super::vocabulary;

impl Qualifier {
    /// Whether values so qualified can be added up, as parts checked against their whole: not
    /// a lower bound (余, 多, 以上) nor the report's approximation (约, 近, 左右).
    pub fn is_summable(self) -> bool {
        match self {
            Qualifier::Exact | Qualifier::Projected | Qualifier::Capacity | Qualifier::Derived => {
                true
            }
            Qualifier::AtLeast | Qualifier::Approximate => false,
        }
    }
}

impl Report {
    /// A report of the current format with `meta` and nothing else yet: the start of a draft.
    pub fn new(meta: Meta) -> Report {
        Report {
            schema: Some("report.schema.json".into()),
            schema_version: SCHEMA_VERSION,
            meta,
            figures: Vec::new(),
            projects: Vec::new(),
            pairings: Vec::new(),
            headline: None,
            charts: Vec::new(),
            original_text: None,
            figure_index: Default::default(),
        }
    }

    /// The report as its file writes it: pretty JSON in the format of `report.json`, what the
    /// footer and the editor download and the editor keeps.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// The figure with this id.
    pub fn figure(&self, id: &str) -> Option<&Figure> {
        let index = self.figure_index.0.get_or_init(|| {
            self.figures
                .iter()
                .enumerate()
                .map(|(i, f)| (f.id.clone(), i))
                .collect()
        });
        match index.get(id).and_then(|&i| self.figures.get(i)) {
            Some(figure) if figure.id == id => Some(figure),
            _ => self.figures.iter().find(|f| f.id == id),
        }
    }

    /// Every event with its project and its stable key, in file order.
    pub fn events(&self) -> impl Iterator<Item = (&Project, &Event, String)> {
        self.projects.iter().flat_map(|project| {
            project
                .events
                .iter()
                .enumerate()
                .map(move |(index, event)| (project, event, event_key(project, event, index)))
        })
    }

    /// The headline figures: the file's `headline` list; or else, for each of the
    /// vocabulary's headline indicators in its order, the file's largest stated figure of it
    /// that is not a part, in its usual unit (a total over years or places is at least each of its
    /// pieces); a
    /// file naming none of them gets the first two reported figures of each theme that are not
    /// parts (at most ten).
    pub fn headline(&self) -> Vec<&Figure> {
        if let Some(ids) = &self.headline {
            return ids.iter().filter_map(|id| self.figure(id)).collect();
        }
        let candidates = || {
            self.figures
                .iter()
                .filter(|f| f.qualifier != Qualifier::Derived && f.part_of.is_none())
        };
        let by_indicator: Vec<&Figure> = vocabulary::headline()
            .into_iter()
            .filter_map(|indicator| {
                let of_it = || {
                    candidates().filter(|f| f.indicator.as_deref() == Some(indicator.id.as_str()))
                };
                // Values compare only within a unit: the indicator's usual one first.
                let unit = indicator
                    .units
                    .iter()
                    .find(|u| of_it().any(|f| f.unit == **u))?;
                of_it().filter(|f| f.unit == *unit).max_by(|a, b| {
                    let stated = |f: &Figure| {
                        !matches!(f.qualifier, Qualifier::Projected | Qualifier::Capacity)
                    };
                    // Ties keep the file's first: `max_by` returns the last of equals.
                    (stated(a), a.value)
                        .partial_cmp(&(stated(b), b.value))
                        .unwrap_or(std::cmp::Ordering::Equal)
                        .then(std::cmp::Ordering::Greater)
                })
            })
            .collect();
        if !by_indicator.is_empty() {
            return by_indicator;
        }
        let mut per_theme: Vec<(Theme, usize)> = Vec::new();
        candidates()
            .filter(|f| {
                match per_theme.iter_mut().find(|(theme, _)| *theme == f.theme) {
                    Some((_, count)) if *count >= 2 => return false,
                    Some((_, count)) => *count += 1,
                    None => per_theme.push((f.theme, 1)),
                }
                true
            })
            .take(10)
            .collect()
    }
}

/// An event's key in links (`item=`): its id, or for files without event ids its project's id
/// and its place in that project (`tea_park-2`), which events added to other projects do
/// not move. Ids have no `-`, so the two forms never collide.
fn event_key(project: &Project, event: &Event, index: usize) -> String {
    event
        .id
        .clone()
        .unwrap_or_else(|| format!("{}-{}", project.id, index + 1))
}

/// The sentence of `text` that contains `quote`, as a byte range; the quote itself if no
/// sentence boundary is found. Sentences end at `。！？`, a line break or a `;`.
pub fn sentence_around(text: &str, quote: &str) -> Option<std::ops::Range<usize>> {
    let start = text.find(quote)?;
    let end = start + quote.len();
    let is_boundary = |c: char| matches!(c, '。' | '！' | '？' | '\n' | ';' | '；');
    let sentence_start = text[..start].rfind(is_boundary).map_or(0, |i| {
        i + text[i..].chars().next().map_or(0, char::len_utf8)
    });
    let sentence_end = text[end..].find(is_boundary).map_or(text.len(), |i| {
        end + i + text[end + i..].chars().next().map_or(0, char::len_utf8)
    });
    Some(sentence_start..sentence_end)
}

/// Splits `text` into runs, `true` for runs inside a sentence that contains one of `quotes`.
pub fn highlight_sentences<'a>(text: &'a str, quotes: &[&str]) -> Vec<(&'a str, bool)> {
    let mut ranges: Vec<std::ops::Range<usize>> = quotes
        .iter()
        .filter_map(|q| sentence_around(text, q))
        .collect();
    ranges.sort_by_key(|r| r.start);
    let mut runs = Vec::new();
    let mut at = 0;
    for range in ranges {
        let start = range.start.max(at);
        if start >= range.end {
            continue;
        }
        if start > at {
            runs.push((&text[at..start], false));
        }
        runs.push((&text[start..range.end], true));
        at = range.end;
    }
    if at < text.len() {
        runs.push((&text[at..], false));
    }
    runs
}

impl ChartDescription {
    /// The projects a timeline draws: those it names, or every project of `report` when it
    /// names none.
    pub fn projects_drawn<'a>(&'a self, report: &'a Report) -> Vec<&'a str> {
        named_or_all(
            self.projects.as_deref(),
            report.projects.iter().map(|p| p.id.as_str()),
        )
    }

    /// The pairings a pairings chart draws: those it names, or every pairing of `report` when
    /// it names none.
    pub fn pairings_drawn<'a>(&'a self, report: &'a Report) -> Vec<&'a str> {
        named_or_all(
            self.pairings.as_deref(),
            report.pairings.iter().map(|p| p.id.as_str()),
        )
    }
}

/// A description's list, or everything when it gives none.
fn named_or_all<'a>(
    named: Option<&'a [String]>,
    all: impl Iterator<Item = &'a str>,
) -> Vec<&'a str> {
    match named {
        Some(ids) => ids.iter().map(String::as_str).collect(),
        None => all.collect(),
    }
}

impl Theme {
    /// The theme whose page shows this theme's charts: pairing counts go with training and
    /// exchange.
    pub fn page(self) -> Theme {
        match self {
            Theme::Cooperation => Theme::Training,
            theme => theme,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn highlights_each_quoted_sentence_once() {
        let text = "甲句。乙句有数字1。丙句有数字2。丁句。";
        let runs = highlight_sentences(text, &["数字2", "数字1", "有数字1"]);
        assert_eq!(
            runs,
            vec![
                ("甲句。", false),
                ("乙句有数字1。", true),
                ("丙句有数字2。", true),
                ("丁句。", false)
            ]
        );
        assert_eq!(highlight_sentences(text, &[]), vec![(text, false)]);
    }

    #[test]
    fn finds_the_whole_sentence() {
        let text = "第一句。2022年,人均纯收入达15291元,同比增长7.5%,发展更好。\n下一段";
        let range = sentence_around(text, "15291元").unwrap();
        assert_eq!(
            &text[range],
            "2022年,人均纯收入达15291元,同比增长7.5%,发展更好。"
        );
        assert_eq!(sentence_around(text, "不存在"), None);
    }

    #[test]
    fn a_quote_at_the_edges_of_the_text() {
        let text = "开头的句子";
        assert_eq!(sentence_around(text, "开头"), Some(0..text.len()));
    }

    #[test]
    fn look_ups_stay_right_after_the_list_is_edited() {
        let report = crate::bundled().unwrap();
        assert_eq!(report.figure("wind_signed").unwrap().id, "wind_signed");
        let mut edited = report.clone();
        edited.figures.retain(|f| f.id != "aid_funds_total");
        assert!(edited.figure("aid_funds_total").is_none());
        assert_eq!(edited.figure("wind_signed").unwrap().id, "wind_signed");
        assert!(report.figure("no_such_figure").is_none());
    }
}
