//! What the authoring view proposes for a selected fragment of a report's text: the quote, the
//! numbers in it (read by `phrase`), the period and theme its sentence suggests, the
//! indicators its words name, and an id from the indicator.
//! Every proposal is for the officer to confirm or correct; nothing here is stored unseen.

use report::phrase::{self, Phrase};
use report::script;
use report::{vocabulary, Report, Theme, Unit};
use std::ops::Range;

/// A proposal for the fragment at a selection.
#[derive(Clone, Debug, PartialEq)]
pub struct Suggestion {
    /// The fragment, without surrounding spaces and punctuation: the `source` quote, verbatim.
    pub quote: Range<usize>,
    /// The numbers in it, in order.
    pub phrases: Vec<Phrase>,
    /// The period its sentence gives.
    pub period: Option<String>,
    /// The theme its words suggest.
    pub theme: Theme,
}

/// Characters trimmed from both ends of a selection: a quote starts and ends with words.
fn is_edge(c: char) -> bool {
    c.is_whitespace() || ",，。;；:：、!！?？()（）\"“”'‘’".contains(c)
}

/// The quotation mark closing one that opens with `c` (a straight mark closes itself).
fn closing_mark(c: char) -> Option<char> {
    match c {
        '“' => Some('”'),
        '‘' => Some('’'),
        '"' | '\'' => Some(c),
        _ => None,
    }
}

/// The quotation mark opening one that closes with `c`.
fn opening_mark(c: char) -> Option<char> {
    match c {
        '”' => Some('“'),
        '’' => Some('‘'),
        '"' | '\'' => Some(c),
        _ => None,
    }
}

/// `selection` (byte offsets into `text`) without the spaces and punctuation at its ends,
/// moved onto character boundaries; `None` when nothing is left. A quotation mark whose
/// partner is inside the fragment is part of it and stays: `“万企兴万村”行动带动120家企业`.
pub fn quote_range(text: &str, selection: Range<usize>) -> Option<Range<usize>> {
    let mut start = selection.start.min(text.len());
    let mut end = selection.end.min(text.len()).max(start);
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    while !text.is_char_boundary(end) {
        end += 1;
    }
    while let Some(c) = text[start..end].chars().next() {
        let rest = &text[start + c.len_utf8()..end];
        if !is_edge(c) || closing_mark(c).is_some_and(|close| rest.contains(close)) {
            break;
        }
        start += c.len_utf8();
    }
    while let Some(c) = text[start..end].chars().next_back() {
        let rest = &text[start..end - c.len_utf8()];
        if !is_edge(c) || opening_mark(c).is_some_and(|open| rest.contains(open)) {
            break;
        }
        end -= c.len_utf8();
    }
    (start < end).then_some(start..end)
}

/// The proposal for `selection` in `text`, published on `published` (year, month, day).
pub fn suggest(
    text: &str,
    selection: Range<usize>,
    published: Option<(u16, u8, u8)>,
) -> Option<Suggestion> {
    let quote = quote_range(text, selection)?;
    let phrases = phrase::read(text, quote.clone());
    let period = published.and_then(|date| phrase::period(text, quote.clone(), date));
    let theme = theme_of(text, quote.clone(), phrases.first());
    Some(Suggestion {
        quote,
        phrases,
        period,
        theme,
    })
}

/// Words that name a theme, strongest first within each theme.
const THEME_WORDS: [(Theme, &[&str]); 6] = [
    (Theme::Cooperation, &["结对"]),
    (
        Theme::Training,
        &[
            "培训", "挂职", "支教", "跟岗", "选派", "交流", "干部", "人才",
        ],
    ),
    (
        Theme::Sales,
        &["销售", "消费帮扶", "电商", "专柜", "网点", "客服", "交易"],
    ),
    (
        Theme::Outcomes,
        &[
            "人均",
            "收入",
            "同比",
            "增长",
            "固定资产投资",
            "就业",
            "惠及",
            "受益",
            "带动",
        ],
    ),
    (
        Theme::Funds,
        &["资金", "投入", "投资", "捐助", "捐赠", "争取"],
    ),
    (
        Theme::Projects,
        &["项目", "建设", "园区", "繁育", "风电", "示范村", "厂房"],
    ),
];

/// The page a figure is proposed for: its indicator's, so one measure is on one page in every
/// report; without an indicator, the one the words around its number say ([`theme_of`]).
pub fn proposed_theme(
    text: &str,
    quote: Range<usize>,
    phrase: &Phrase,
    indicator: Option<&vocabulary::Indicator>,
) -> Theme {
    indicator.map_or_else(|| theme_of(text, quote, Some(phrase)), |i| i.theme)
}

/// The theme the words around `range` suggest: the fragment's word nearest before its number
/// (`phrase`), as in 投资980万元，建设示范村3个; else any word of the fragment; then, for a
/// thing built or bought (an area, animals, equipment, power), projects, as a sentence about
/// a farm's funding still counts its pens; then the sentence's words, then the paragraph's;
/// projects when none says.
pub fn theme_of(text: &str, range: Range<usize>, phrase: Option<&Phrase>) -> Theme {
    // Words are looked for in Simplified characters, at the same offsets.
    let folded = script::simplified(text);
    let text = &*folded;
    let named = |words: &str| {
        THEME_WORDS
            .iter()
            .find(|(_, list)| list.iter().any(|w| words.contains(w)))
            .map(|(theme, _)| *theme)
    };
    let nearest_before = phrase.and_then(|phrase| {
        let before = text.get(range.start..phrase.range.start.max(range.start))?;
        THEME_WORDS
            .iter()
            .flat_map(|(theme, list)| {
                list.iter()
                    .filter_map(|w| before.rfind(w).map(|at| ((at + w.len(), w.len()), *theme)))
            })
            // Nearest end first; at the same end the longer word (固定资产投资, not 投资).
            .max_by_key(|(place, _)| *place)
            .map(|(_, theme)| theme)
    });
    let built = phrase.is_some_and(|p| {
        matches!(
            p.unit,
            Unit::M2 | Unit::Km2 | Unit::Mu | Unit::Head | Unit::Set | Unit::Kw
        )
    });
    let sentence = phrase::sentence(text, range.clone());
    let paragraph = paragraph_at(text, range.clone());
    nearest_before
        .or_else(|| named(&text[range]))
        .or(built.then_some(Theme::Projects))
        .or_else(|| named(&text[sentence]))
        .or_else(|| named(&text[paragraph]))
        .unwrap_or(Theme::Projects)
}

/// The paragraph (between line breaks) holding `range`.
fn paragraph_at(text: &str, range: Range<usize>) -> Range<usize> {
    let start = text[..range.start].rfind('\n').map_or(0, |i| i + 1);
    let end = text[range.end..]
        .find('\n')
        .map_or(text.len(), |i| range.end + i);
    start..end
}

/// The vocabulary's indicators that the words of the number `phrase`'s clause name, in its
/// unit, best first: a word right after the number (转移就业11.76万脱贫劳动力, 9家企业结对),
/// then the word nearest before it in its clause (the longest at one place), then a word later
/// in the clause (after a unit such as 人 or 元, not after a measure word, whose noun alone
/// says what is counted); for a change or a rate (同比增长7.5%), which is of an amount stated before it,
/// also the nearest word of the sentence's earlier clauses. Words of earlier clauses name their
/// own numbers, so nothing is proposed when no word fits: the officer picks, and the definition
/// shown with a proposal says what it counts.
pub fn indicators(
    text: &str,
    quote: Range<usize>,
    phrase: &Phrase,
) -> Vec<&'static vocabulary::Indicator> {
    let folded = script::simplified(text);
    let text = &*folded;
    let number = phrase.range.clone();
    let sentence = phrase::sentence(
        text,
        quote.start.min(number.start)..quote.end.max(number.end),
    );
    let clause_start = text[sentence.start..number.start.max(sentence.start)]
        .rfind(ends_clause)
        .map_or(sentence.start, |at| {
            sentence.start
                + at
                + text[sentence.start + at..]
                    .chars()
                    .next()
                    .map_or(0, char::len_utf8)
        });
    let clause_end = text[number.end..sentence.end.max(number.end)]
        .find(ends_clause)
        .map_or(sentence.end.max(number.end), |at| number.end + at);
    // The noun a number counts may be its measure word (11.76万脱贫劳动力) or follow it (9家企业).
    let word = script::simplified(&phrase.word);
    let noun_at = text[phrase.stated.clone()]
        .rfind(&*word)
        .filter(|_| !word.is_empty())
        .map_or(number.end, |at| phrase.stated.start + at);
    // After a measure word such as 名 or 家 comes what is counted (2名党政干部); after a unit
    // such as 人 or 元, what is done (44人赴京跟岗培训, 1.2亿元用于…).
    let counts_a_noun = TAKES_A_NOUN.contains(&&*word);
    let after = [
        &text[noun_at..clause_end],
        if counts_a_noun {
            &text[number.end..clause_end]
        } else {
            ""
        },
    ];
    let before = &text[clause_start..number.start];
    let later = &text[number.end..clause_end];
    let earlier = &text[sentence.start..clause_start];
    // The end and length of the word of `words` whose end is nearest the end of `within`.
    let nearest = |words: &[String], within: &str| {
        words
            .iter()
            .filter_map(|w| within.rfind(w.as_str()).map(|at| (at + w.len(), w.len())))
            .max()
    };
    let of_before = |i: &vocabulary::Indicator| {
        use vocabulary::IndicatorKind::{Change, Rate};
        matches!(i.kind, Change | Rate)
    };
    // Each indicator's best word: (rank, end, length), higher first.
    let scored: Vec<((u8, usize, usize), &vocabulary::Indicator)> = vocabulary::all()
        .iter()
        .filter(|i| i.units.contains(&phrase.unit))
        .filter_map(|indicator| {
            let words = &indicator.words;
            let longest_in = |within: &str| {
                words
                    .iter()
                    .filter(|w| within.contains(w.as_str()))
                    .map(String::len)
                    .max()
            };
            let right_after = words
                .iter()
                .filter(|w| after.iter().any(|a| a.starts_with(w.as_str())))
                .map(String::len)
                .max();
            let score = right_after
                .map(|len| (4, 0, len))
                .or_else(|| nearest(words, before).map(|(end, len)| (3, end, len)))
                .or_else(|| longest_in(later).map(|len| (2, 0, len)))
                .or_else(|| {
                    let (end, len) = nearest(words, earlier).filter(|_| of_before(indicator))?;
                    Some((1, end, len))
                })?;
            Some((score, indicator))
        })
        .collect();
    // A word inside a longer one that ends at the same place names nothing (资金 of 项目资金),
    // unless the longer is its whole's or its part's, which shares its meaning.
    let related = |a: &vocabulary::Indicator, b: &vocabulary::Indicator| {
        a.part_of.as_deref() == Some(b.id.as_str()) || b.part_of.as_deref() == Some(a.id.as_str())
    };
    let scored: Vec<_> = scored
        .iter()
        .filter(|((rank, end, len), indicator)| {
            !scored.iter().any(|((r, e, l), other)| {
                matches!(rank, 1 | 3)
                    && r == rank
                    && e == end
                    && l > len
                    && !related(indicator, other)
            })
        })
        .copied()
        .collect();
    // A part the clause names after the number goes just before its whole (选派2名党政干部赴京
    // 挂职: the cadres sent east, of all cadres exchanged): the words after say which part.
    // Otherwise, after a measure word the noun that follows says what is counted, and the
    // words beyond it are the sentence's verb (10个省区市共建产业园区).
    let score_of = |id: &str| scored.iter().find(|(_, i)| i.id == id).map(|(s, _)| *s);
    let mut ranked: Vec<_> = scored
        .iter()
        .filter_map(|(score, indicator)| {
            let whole = indicator.part_of.as_deref().and_then(score_of);
            let raised = whole.filter(|whole| score.0 == 2 && whole > score);
            if score.0 == 2 && counts_a_noun && raised.is_none() {
                return None;
            }
            Some((
                (raised.unwrap_or(*score), raised.is_some(), *score),
                *indicator,
            ))
        })
        .collect();
    ranked.sort_by_key(|(key, _)| std::cmp::Reverse(*key));
    ranked.into_iter().map(|(_, i)| i).collect()
}

/// Measure words a noun follows, which says what is counted (9家企业, 2名党政干部).
const TAKES_A_NOUN: [&str; 18] = [
    "个", "家", "所", "项", "件", "座", "处", "条", "名", "位", "批", "批次", "份", "台", "套",
    "头", "只", "种",
];

/// Characters that end a clause: what a number counts is said within its own.
fn ends_clause(c: char) -> bool {
    ",，;；:：。!！?？\n".contains(c)
}

/// The indicators `named` (best first) reordered by the figure's whole: a part of a whole
/// measured by `whole` is one of that indicator's parts, so those come first; a figure of no
/// whole is not a part, so a part indicator gives way to the indicator of its whole
/// (财政资金2800万元 alone is the aid funds, 其中财政资金 a part of them).
pub fn with_whole(
    named: Vec<&'static vocabulary::Indicator>,
    whole: Option<&str>,
) -> Vec<&'static vocabulary::Indicator> {
    let part_of = |i: &vocabulary::Indicator, w: &str| i.part_of.as_deref() == Some(w);
    let mut ordered: Vec<&'static vocabulary::Indicator> = match whole {
        Some(w) => {
            let (parts, rest): (Vec<_>, Vec<_>) = named.into_iter().partition(|i| part_of(i, w));
            parts.into_iter().chain(rest).collect()
        }
        None => named
            .into_iter()
            .flat_map(|i| {
                let whole = (i.kind == vocabulary::IndicatorKind::Part)
                    .then(|| i.part_of.as_deref().and_then(vocabulary::get))
                    .flatten()
                    .filter(|w| w.units.iter().any(|u| i.units.contains(u)));
                whole.into_iter().chain([i])
            })
            .collect(),
    };
    let mut seen = Vec::new();
    ordered.retain(|i| {
        let new = !seen.contains(&i.id);
        seen.push(i.id.clone());
        new
    });
    ordered
}

/// The id a figure of `indicator` gets: the indicator's own id, then with the period's first
/// year, then with its places, as far as needed to be unused (`taken`), so one report may
/// state an indicator for two years or two banners; a number after it only when all are taken.
pub fn indicator_id(
    indicator: &str,
    period: Option<&str>,
    place: &[String],
    taken: &[&str],
) -> String {
    let year = period.and_then(|p| {
        p.split(|c: char| !c.is_ascii_digit())
            .find(|part| part.len() == 4)
    });
    let mut tried = vec![indicator.to_string()];
    if let Some(year) = year {
        tried.push(format!("{indicator}_{year}"));
    }
    if !place.is_empty() {
        let last = tried[tried.len() - 1].clone();
        tried.push(format!("{last}_{}", place.join("_")));
    }
    match tried.iter().find(|id| !taken.contains(&id.as_str())) {
        Some(id) => id.clone(),
        None => new_id(&tried[tried.len() - 1], indicator, taken),
    }
}

/// A new `snake_case` id made from an English label, not among `taken`: `Cooperation aid
/// funds, total` → `cooperation_aid_funds_total`; `fallback` when the label has no letters.
pub fn new_id(label: &str, fallback: &str, taken: &[&str]) -> String {
    let words: Vec<String> = label
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(6)
        .map(str::to_ascii_lowercase)
        .collect();
    let mut base = words.join("_");
    if !base.starts_with(|c: char| c.is_ascii_lowercase()) {
        base = if base.is_empty() {
            fallback.to_string()
        } else {
            format!("{fallback}_{base}")
        };
    }
    let mut id = base.clone();
    let mut n = 2;
    while taken.contains(&id.as_str()) {
        id = format!("{base}_{n}");
        n += 1;
    }
    id
}

/// The status an event's words suggest: 预计 expected, 签订 signed, 启动 under way, else done.
pub fn status_of(words: &str) -> report::Status {
    use report::Status;
    const WORDS: [(Status, &[&str]); 3] = [
        (Status::Expected, &["预计", "计划", "将于", "拟"]),
        (Status::Signed, &["签订", "签约", "签署"]),
        (Status::UnderWay, &["启动", "开工", "正在", "推进", "在建"]),
    ];
    WORDS
        .iter()
        .find(|(_, list)| list.iter().any(|w| words.contains(w)))
        .map_or(Status::Done, |(status, _)| *status)
}

/// Where `report` still lacks an English text, located as the validator locates problems:
/// the officer writes the Chinese, and the file is not finished until both are there.
pub fn untranslated(report: &Report) -> Vec<String> {
    let mut missing = Vec::new();
    let mut check = |text: &report::Localized, at: String| {
        if !text.zh.trim().is_empty() && text.en.trim().is_empty() {
            missing.push(at);
        }
    };
    let meta = &report.meta;
    check(&meta.title, "meta.title".into());
    check(&meta.publisher, "meta.publisher".into());
    for (i, place) in meta.region.iter().enumerate() {
        check(&place.name, format!("meta.region[{i}].name"));
    }
    for (i, place) in meta.partner.iter().enumerate() {
        check(&place.name, format!("meta.partner[{i}].name"));
    }
    for (i, figure) in report.figures.iter().enumerate() {
        check(&figure.label, format!("figures[{i}] ({}).label", figure.id));
    }
    for (i, project) in report.projects.iter().enumerate() {
        check(
            &project.name,
            format!("projects[{i}] ({}).name", project.id),
        );
        for (j, event) in project.events.iter().enumerate() {
            check(
                &event.label,
                format!("projects[{i}] ({}).events[{j}].label", project.id),
            );
        }
    }
    for (i, pairing) in report.pairings.iter().enumerate() {
        let at = format!("pairings[{i}] ({})", pairing.id);
        check(&pairing.from, format!("{at}.from"));
        check(&pairing.to, format!("{at}.to"));
        if let Some(label) = &pairing.kind_label {
            check(label, format!("{at}.kind_label"));
        }
    }
    missing
}

/// How a run of the text is shown in the authoring view.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    /// Nothing made of it yet, and no number in it.
    Plain,
    /// Quoted by an item of the draft.
    Quoted,
    /// A number phrase no item quotes yet: not to be forgotten.
    Number,
}

/// `text` split into runs, each marked: the first place of each of `quotes` is quoted, and
/// number phrases outside them are numbers still to make into figures.
pub fn marks(text: &str, quotes: &[&str]) -> Vec<(Range<usize>, Mark)> {
    let mut quoted: Vec<Range<usize>> = quotes
        .iter()
        .filter(|q| !q.is_empty())
        .filter_map(|q| text.find(q).map(|at| at..at + q.len()))
        .collect();
    quoted.sort_by_key(|r| r.start);
    let mut merged: Vec<Range<usize>> = Vec::new();
    for range in quoted {
        match merged.last_mut() {
            Some(last) if range.start <= last.end => last.end = last.end.max(range.end),
            _ => merged.push(range),
        }
    }
    let numbers = phrase::find_all(text)
        .into_iter()
        .map(|p| p.range)
        .filter(|n| !merged.iter().any(|q| n.start < q.end && q.start < n.end))
        .collect::<Vec<_>>();
    let mut runs: Vec<(Range<usize>, Mark)> = merged
        .into_iter()
        .map(|r| (r, Mark::Quoted))
        .chain(numbers.into_iter().map(|r| (r, Mark::Number)))
        .collect();
    runs.sort_by_key(|(r, _)| r.start);
    let mut all = Vec::new();
    let mut at = 0;
    for (range, mark) in runs {
        if range.start > at {
            all.push((at..range.start, Mark::Plain));
        }
        at = range.end;
        all.push((range, mark));
    }
    if at < text.len() {
        all.push((at..text.len(), Mark::Plain));
    }
    all
}

/// The clause a number phrase at `range` ends: back to the previous comma, semicolon or
/// sentence end, so a number chosen by keyboard comes with the words that say what it counts.
pub fn clause_before(text: &str, range: Range<usize>) -> Range<usize> {
    let start = text[..range.start].rfind(ends_clause).map_or(0, |i| {
        i + text[i..].chars().next().map_or(0, char::len_utf8)
    });
    start..range.end
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn theme_words_are_read_in_either_script() {
        // 銷售 is 销售.
        let text = "向北京市場銷售農産品共計6億元";
        let at = text.find("6億元").unwrap();
        assert_eq!(
            theme_of(text, 0..text.len(), phrase::read(text, at..at + 1).first()),
            report::Theme::Sales
        );
    }

    #[test]
    fn quotes_lose_their_edges_and_keep_their_words() {
        let text = "2021年以来，共投入资金8640万元，实施项目33个。";
        let range = quote_range(text, 0..text.find("实施").unwrap()).unwrap();
        assert_eq!(&text[range], "2021年以来，共投入资金8640万元");
        assert_eq!(quote_range(text, 1..1), None);
        assert_eq!(quote_range("，。", 0..6), None);
        // Offsets inside a character are moved outwards.
        let inside = text.find("年").unwrap() + 1;
        let range = quote_range(text, inside..text.len() + 9).unwrap();
        assert_eq!(&text[range], "年以来，共投入资金8640万元，实施项目33个");
    }

    #[test]
    fn quotation_marks_of_the_fragment_stay() {
        let text = "同时，开展“万企兴万村”行动带动120家企业，“所需”与“所能”契合。";
        let quoted = |selection: &str| {
            let at = text.find(selection).unwrap();
            quote_range(text, at..at + selection.len()).map(|r| &text[r])
        };
        // The opening mark's partner is inside: it is part of the fragment.
        assert_eq!(
            quoted("“万企兴万村”行动带动120家企业，"),
            Some("“万企兴万村”行动带动120家企业")
        );
        assert_eq!(quoted("，开展“万企兴万村”"), Some("开展“万企兴万村”"));
        assert_eq!(quoted("“万企兴万村”"), Some("“万企兴万村”"));
        assert_eq!(quoted("“所需”与“所能”"), Some("“所需”与“所能”"));
        // A mark whose partner is outside is trimmed, as other punctuation is.
        assert_eq!(quoted("“万企兴万村"), Some("万企兴万村"));
        assert_eq!(quoted("万村”行动"), Some("万村”行动"));
        assert_eq!(quoted("兴万村”"), Some("兴万村"));
        assert_eq!(quoted("”行动带动"), Some("行动带动"));
        assert_eq!(quoted("，“"), None);
        let text = "\"Beijing\" aid 'helps'";
        assert_eq!(quote_range(text, 0..text.len()), Some(0..text.len()));
        assert_eq!(
            &text[quote_range(text, 1..text.len()).unwrap()],
            "Beijing\" aid 'helps'"
        );
    }

    #[test]
    fn themes_come_from_the_nearest_words() {
        let text = "消费帮扶成效明显。\n在北京设立专柜，销售额达到8000万元以上。";
        let at = text.find("8000").unwrap();
        assert_eq!(theme_of(text, at..at + 4, None), Theme::Sales);
        // The word nearest before the number decides between two in the fragment.
        let text = "投资980万元,建设乡村振兴示范村3个";
        let [money, count] = [
            &phrase::read(text, 0..text.len())[0],
            &phrase::read(text, 0..text.len())[1],
        ];
        assert_eq!(theme_of(text, 0..text.len(), Some(money)), Theme::Funds);
        assert_eq!(theme_of(text, 0..text.len(), Some(count)), Theme::Projects);
        let text = "固定资产投资完成18.6亿元";
        let money = &phrase::read(text, 0..text.len())[0];
        assert_eq!(theme_of(text, 0..text.len(), Some(money)), Theme::Outcomes);
        let text = "培训农牧民2万多人次";
        assert_eq!(theme_of(text, 0..text.len(), None), Theme::Training);
        assert_eq!(theme_of("共计39个", 6..11, None), Theme::Projects);
        // A farm's pens are a project's, though the sentence names its funds.
        let text = "繁育场利用援助资金，建设圈舍3200平方米。";
        let at = text.find("圈舍").unwrap();
        let pens = &phrase::read(text, at..text.len() - 3)[0];
        assert_eq!(
            theme_of(text, at..text.len() - 3, Some(pens)),
            Theme::Projects
        );
        assert_eq!(theme_of(text, at..text.len() - 3, None), Theme::Funds);
    }

    #[test]
    fn numbers_not_yet_quoted_are_marked() {
        let text = "共投入资金8640万元，实施项目33个。";
        let runs = marks(text, &["共投入资金8640万元"]);
        let shown: Vec<(&str, Mark)> = runs.iter().map(|(r, m)| (&text[r.clone()], *m)).collect();
        assert_eq!(
            shown,
            [
                ("共投入资金8640万元", Mark::Quoted),
                ("，实施项目", Mark::Plain),
                ("33个", Mark::Number),
                ("。", Mark::Plain)
            ]
        );
        let joined: String = runs.iter().map(|(r, _)| &text[r.clone()]).collect();
        assert_eq!(joined, text);
    }

    #[test]
    fn a_number_comes_with_its_clause() {
        let text = "2021年以来，共投入资金8640万元，实施项目33个。";
        let at = text.find("33个").unwrap();
        assert_eq!(
            &text[clause_before(text, at..at + "33个".len())],
            "实施项目33个"
        );
        assert_eq!(&text[clause_before(text, 0..4)], "2021");
    }

    #[test]
    fn event_words_suggest_a_status() {
        use report::Status;
        assert_eq!(status_of("预计2024年12月投入运行"), Status::Expected);
        assert_eq!(status_of("签订了60万千瓦风电基地项目"), Status::Signed);
        assert_eq!(status_of("已于2023年9月启动建设"), Status::UnderWay);
        assert_eq!(status_of("已经于2023年实现全容量并网"), Status::Done);
    }

    #[test]
    fn texts_without_english_are_listed() {
        let mut report = report::bundled().unwrap();
        assert!(untranslated(&report).is_empty());
        report.figures[2].label.en.clear();
        report.projects[0].events[0].label.en = " ".into();
        let id = report.figures[2].id.clone();
        let project = report.projects[0].id.clone();
        assert_eq!(
            untranslated(&report),
            [
                format!("figures[2] ({id}).label"),
                format!("projects[0] ({project}).events[0].label")
            ]
        );
    }

    /// The fictional county's figures, proposed from their quotes alone: value, unit, measure
    /// word, qualifier and period all as stored; the themes of two the officer corrects.
    #[test]
    fn the_fictional_county_is_proposed_as_stored() {
        let corrected = themes_corrected(include_str!(
            "../../../tests/fixtures/fictional-county.json"
        ));
        assert_eq!(corrected, ["farm_improved_sheep", "park_sales_capacity"]);
    }

    /// The Traditional-character fixture too: every value, unit, counter, qualifier and period
    /// proposed as stored, from its text as printed.
    #[test]
    fn the_traditional_county_is_proposed_as_stored() {
        let corrected = themes_corrected(include_str!(
            "../../../tests/fixtures/fictional-traditional.json"
        ));
        assert_eq!(
            corrected,
            ["trad_firms_investing", "trad_investment_received"]
        );
    }

    /// Proposes each quoted figure of a report from its quote, asserts the value, unit, counter,
    /// qualifier and period are the stored ones, and returns the ids whose theme the officer
    /// corrects.
    fn themes_corrected(json: &str) -> Vec<String> {
        let report = report::open(json).unwrap();
        let text = report.original_text.as_deref().unwrap();
        let mut corrected = Vec::new();
        for figure in report.figures.iter().filter(|f| f.derivation.is_none()) {
            let quote = figure.source.as_deref().unwrap();
            let at = text.find(quote).unwrap();
            let proposal =
                suggest(text, at..at + quote.len(), report.meta.published_date()).unwrap();
            assert_eq!(&text[proposal.quote.clone()], quote);
            let phrase = proposal
                .phrases
                .iter()
                .find(|p| p.value == figure.value)
                .unwrap_or_else(|| panic!("{}: no phrase reads {}", figure.id, figure.value));
            assert_eq!(
                (phrase.unit, &phrase.counter, phrase.qualifier),
                (figure.unit, &figure.counter, figure.qualifier),
                "{}",
                figure.id
            );
            assert_eq!(proposal.period, figure.period, "{}", figure.id);
            if theme_of(text, proposal.quote.clone(), Some(phrase)) != figure.theme {
                corrected.push(figure.id.clone());
            }
        }
        corrected
    }

    #[test]
    fn ids_come_from_the_indicator_with_year_and_place_as_needed() {
        let places = ["baihe".to_string()];
        let funds = |taken: &[&str], place: &[String]| {
            indicator_id("fiscal_aid_funds", Some("2021/2024-06-30"), place, taken)
        };
        assert_eq!(funds(&[], &places), "fiscal_aid_funds");
        assert_eq!(
            funds(&["fiscal_aid_funds"], &places),
            "fiscal_aid_funds_2021"
        );
        let both = ["fiscal_aid_funds", "fiscal_aid_funds_2021"];
        assert_eq!(funds(&both, &places), "fiscal_aid_funds_2021_baihe");
        let all = [
            "fiscal_aid_funds",
            "fiscal_aid_funds_2021",
            "fiscal_aid_funds_2021_baihe",
        ];
        assert_eq!(funds(&all, &places), "fiscal_aid_funds_2021_baihe_2");
        assert_eq!(funds(&both, &[]), "fiscal_aid_funds_2021_2");
        assert_eq!(
            indicator_id("aid_projects", Some("../2023-05"), &[], &["aid_projects"]),
            "aid_projects_2023"
        );
        assert_eq!(
            indicator_id("aid_projects", None, &places, &["aid_projects"]),
            "aid_projects_baihe"
        );
    }

    #[test]
    fn new_ids_are_snake_case_and_unused() {
        assert_eq!(
            new_id("Cooperation aid funds, total", "f", &[]),
            "cooperation_aid_funds_total"
        );
        assert_eq!(new_id("", "funds", &["funds"]), "funds_2");
        assert_eq!(new_id("2 schools", "count", &[]), "count_2_schools");
        assert_eq!(new_id("Jobs", "x", &["jobs", "jobs_2"]), "jobs_3");
    }
}
