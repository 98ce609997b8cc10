//! Reads the number phrases of a report's Chinese text into the report format's terms, so the
//! authoring view can propose a figure for a fragment a county officer selects, and mark the
//! numbers not yet made into figures.
//!
//! The conventions are the stored reports' (`report.json`, the test fixtures): money in
//! whole yuan, `counter` only for a measure word that is not the unit's usual one, `at_least`
//! for 余/多/以上, and the guide's rule between `projected` and `capacity`. Everything read
//! here is a proposal the officer confirms; what the format cannot say (约, 近, 以下…) is
//! returned as a hedge so the form can warn instead of silently dropping it.
//!
//! Pure Rust over `&str` and byte ranges: no Leptos, no web-sys, testable natively. Hostile
//! input never panics, and a value that would not be exact (too many digits, overflow) is
//! dropped rather than rounded.

use super::model::{Qualifier, Unit};
use super::script;
use std::ops::Range;

/// A number phrase found in a text, read into the report format's canonical terms.
#[derive(Clone, Debug, PartialEq)]
pub struct Phrase {
    /// Byte range in the text searched: the digits or numerals, the multiplier (万/亿/千), the
    /// unit word, and the qualifier or hedge words touching it (余/多/以上/超过, 约/左右…), so
    /// the range is the quote a figure's `source` must contain.
    pub range: Range<usize>,
    /// Value in canonical units (yuan, persons, m², kW, percent as written), read by decimal
    /// arithmetic on the digits: 1.065亿元 → 106500000, never 106499999.99. Finite, never
    /// negative (a sign is words: 下降5% is 5). Fractions of a yuan (0.5元) are kept as written,
    /// for the validator to name, rather than rounded away.
    pub value: f64,
    /// The canonical unit, decided by the unit word and, for money and 次, by the sentence.
    pub unit: Unit,
    /// As `Figure::counter`: the measure word where it is not the unit's usual one (家, 所, 次
    /// for a session…).
    pub counter: Option<String>,
    /// The measure word as printed (元 of 万元, 人, 個, 家, %, or the noun of 40万农村劳动力).
    pub word: String,
    /// Byte range of the number and its measure word alone, without the qualifier or hedge
    /// words around them: what a quote must hold to state the figure.
    pub stated: Range<usize>,
    /// Exact, at least (余/多/以上/超过), approximate (约, 近, 左右, 上下…), projected (预计,
    /// or what a project will achieve once built) or capacity (可实现 of a facility already
    /// operating).
    pub qualifier: Qualifier,
    /// A bound the format has no qualifier for (不到, 不足, 以下, 至多…: at most), read as
    /// approximate so it is never shown as reported, and named so the form can warn; `None`
    /// otherwise.
    pub hedge: Option<String>,
}

/// Every number phrase of `text`, in order, not overlapping: for marking the numbers not yet
/// made into figures. Each is read exactly as [`read`] reads it.
pub fn find_all(text: &str) -> Vec<Phrase> {
    read_span(text, 0..text.len())
}

/// The phrases inside or touching `selection` (byte offsets, moved outwards onto character
/// boundaries), read with their sentence for context: the unit (人均…元 → yuan per person;
/// 每年, 年销售收入… → yuan per year), the qualifier (预计, 建成后…可实现 → projected; 可实现
/// → capacity). Empty if there is none.
pub fn read(text: &str, selection: Range<usize>) -> Vec<Phrase> {
    let selection = clamp(text, selection);
    let around = sentence(text, selection.clone());
    read_span(text, around)
        .into_iter()
        .filter(|p| p.range.start <= selection.end && selection.start <= p.range.end)
        .collect()
}

/// The phrases of the sentences that make up `span`, read in Simplified characters: only the
/// span is folded, so reading one sentence of a long report costs that sentence, not the
/// report (validation reads every quote's sentence).
fn read_span(text: &str, span: Range<usize>) -> Vec<Phrase> {
    let printed = &text[span.clone()];
    let folded = script::simplified(printed);
    let mut phrases = read_sentences(&folded, 0..folded.len());
    as_printed(printed, &folded, &mut phrases);
    for phrase in &mut phrases {
        phrase.range = phrase.range.start + span.start..phrase.range.end + span.start;
        phrase.stated = phrase.stated.start + span.start..phrase.stated.end + span.start;
    }
    phrases
}

/// The measure words of phrases read in `folded` (the text in Simplified characters), as
/// `text` prints them: a Traditional report's 項 stays 項, as its quotes do.
fn as_printed(text: &str, folded: &str, phrases: &mut [Phrase]) {
    if text.len() != folded.len() || text == folded {
        return;
    }
    for phrase in phrases {
        let printed = |word: &str| {
            let at = folded[phrase.stated.clone()].rfind(word)? + phrase.stated.start;
            text.get(at..at + word.len()).map(str::to_string)
        };
        if let Some(word) = printed(&phrase.word) {
            if phrase.counter.as_deref() == Some(phrase.word.as_str()) {
                phrase.counter = Some(word.clone());
            }
            phrase.word = word;
        }
    }
}

/// The period the sentence gives for the number phrase at `selection` (its first phrase, or
/// its start when it holds none), in the format's forms: `2022`, `2022-08`, `2022-08-15`,
/// `2021/2023-05-25` for 2021年以来 with that publication date, `2021/2023` for 2021年至2023年.
/// `None` when the sentence is silent or vague (几年来, 先后). `published` is (year, month, day).
///
/// A year in the phrase's own clause (between commas) governs it; otherwise the latest year
/// that opens an earlier clause of the sentence (`2022年,` or `方面,2024年…`), as in the stored
/// reports. A year inside an earlier clause (已于2023年9月启动建设) governs only that clause, and
/// years after 比/较 (a comparison) or 截至 (when it was counted) are not periods.
pub fn period(text: &str, selection: Range<usize>, published: (u16, u8, u8)) -> Option<String> {
    // Only the selection's sentences matter: they are read alone, in Simplified characters.
    let selection = clamp(text, selection);
    let region = sentence(text, selection.clone());
    let folded = script::simplified(&text[region.clone()]);
    let selection = selection.start - region.start..selection.end - region.start;
    period_in(&folded, selection, published)
}

/// [`period`] in `text`, which holds the selection's sentences in Simplified characters.
fn period_in(text: &str, selection: Range<usize>, published: (u16, u8, u8)) -> Option<String> {
    let phrases = read(text, selection.clone());
    let anchor = phrases
        .iter()
        .find(|p| p.range.start < selection.end && selection.start < p.range.end)
        .or(phrases.first())
        .map_or(selection.start, |p| p.range.start);
    let around = sentence(text, anchor..anchor);
    let context = Context::new(text, around.clone());
    let clause = context.clause_start(anchor)..context.clause_end(anchor);
    let dates = dates_in(text, around);
    let opens = |d: &Dated| context.opens_clause(d.range.start);
    let own: Vec<&Dated> = dates
        .iter()
        .filter(|d| clause.contains(&d.range.start) && (!d.relative || opens(d)))
        .collect();
    let chosen = own
        .iter()
        .rev()
        .find(|d| d.range.start < anchor)
        .or_else(|| own.iter().find(|d| d.range.start >= anchor))
        .copied()
        .or_else(|| {
            dates
                .iter()
                .rev()
                .find(|d| d.range.start < clause.start && opens(d))
        });
    match chosen {
        Some(chosen) => chosen.when.format(published),
        // 已累计 in a sentence giving no date: a total up to now from a start not given.
        None if text[clause.start..anchor].contains("已累计") => {
            When::UntilNow.format(published)
        }
        None => None,
    }
}

/// The sentence around a byte range, as a byte range including its final mark: from the last
/// 。！？!? or line break before it to the first one after it (or the range's own last
/// character, when it is one). `；` and `,` end clauses, not sentences: in the stored reports a
/// year opening a sentence still governs after a semicolon. (`query::sentence_around` finds a
/// quote's first occurrence and stops at `;`, so it does not fit a selection.)
pub fn sentence(text: &str, range: Range<usize>) -> Range<usize> {
    let range = clamp(text, range);
    let start = text[..range.start]
        .rfind(ends_sentence)
        .map_or(0, |i| i + char_len(text, i));
    let end = if range.end > range.start && text[..range.end].ends_with(ends_sentence) {
        range.end
    } else {
        text[range.end..]
            .find(ends_sentence)
            .map_or(text.len(), |i| {
                range.end + i + char_len(text, range.end + i)
            })
    };
    start..end
}

fn ends_sentence(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '!' | '?' | '\n' | '\r')
}

fn char_len(text: &str, at: usize) -> usize {
    text[at..].chars().next().map_or(0, char::len_utf8)
}

/// `range` within `text`, not reversed, its ends moved outwards onto character boundaries.
fn clamp(text: &str, range: Range<usize>) -> Range<usize> {
    let mut start = range.start.min(text.len());
    let mut end = range.end.min(text.len()).max(start);
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    while !text.is_char_boundary(end) {
        end += 1;
    }
    start..end
}

/// The phrases of the sentences that make up `span` (which starts and ends between sentences).
fn read_sentences(text: &str, span: Range<usize>) -> Vec<Phrase> {
    let mut phrases = Vec::new();
    let mut start = span.start;
    while start < span.end {
        let end = text[start..span.end]
            .find(ends_sentence)
            .map_or(span.end, |i| start + i + char_len(text, start + i));
        read_sentence(text, start..end, &mut phrases);
        start = end;
    }
    phrases
}

// ---------------------------------------------------------------------------------------------
// Numerals

fn digit(c: char) -> Option<u8> {
    match c {
        '0'..='9' => Some(c as u8 - b'0'),
        // Full-width digits, as typed with a Chinese input method.
        '０'..='９' => Some((c as u32 - '０' as u32) as u8),
        _ => None,
    }
}

fn chinese_digit(c: char) -> Option<u8> {
    Some(match c {
        '零' | '〇' => 0,
        '一' | '壹' => 1,
        '二' | '两' | '贰' => 2,
        '三' | '叁' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陆' => 6,
        '七' | '柒' => 7,
        '八' | '捌' => 8,
        '九' | '玖' => 9,
        _ => return None,
    })
}

/// 十, 百, 千 inside a Chinese numeral, as powers of ten.
fn chinese_small(c: char) -> Option<u32> {
    match c {
        '十' | '拾' => Some(1),
        '百' | '佰' => Some(2),
        '千' | '仟' => Some(3),
        _ => None,
    }
}

/// Multipliers written after a number (3077.6万, 1.065亿, 3千, 1万万 = 1亿), as powers of ten.
fn multiplier(c: char) -> Option<i32> {
    match c {
        '百' => Some(2),
        '千' => Some(3),
        '万' => Some(4),
        '亿' => Some(8),
        _ => None,
    }
}

fn is_chinese_numeral(c: char) -> bool {
    chinese_digit(c).is_some() || chinese_small(c).is_some() || matches!(c, '万' | '亿')
}

/// 千 that begins a unit (千瓦, 千米, 千克) is not a multiplier: 20万千瓦 is 200000 kW.
fn begins_unit(chars: &[(usize, char)], i: usize) -> bool {
    chars[i].1 == '千' && matches!(at(chars, i + 1), Some('瓦' | '米' | '克'))
}

fn at(chars: &[(usize, char)], i: usize) -> Option<char> {
    chars.get(i).map(|&(_, c)| c)
}

fn before(chars: &[(usize, char)], i: usize) -> Option<char> {
    i.checked_sub(1).and_then(|i| at(chars, i))
}

/// Whether `word` is written at char index `i`.
fn starts_at(chars: &[(usize, char)], i: usize, word: &str) -> bool {
    (i..)
        .zip(word.chars())
        .all(|(k, c)| at(chars, k) == Some(c))
}

/// Whether `word` is written just before char index `i` (and after `floor`).
fn ends_at(chars: &[(usize, char)], floor: usize, i: usize, word: &str) -> bool {
    let n = word.chars().count();
    i >= floor + n && starts_at(chars, i - n, word)
}

/// A number: digits (or Chinese numerals), then multipliers and an inner 余/多.
struct Numeral {
    start: usize,
    end: usize,
    /// The digits as an integer; `None` when there are too many to be exact.
    mantissa: Option<u128>,
    /// Power of ten to apply: minus the decimals, plus the multipliers.
    exp: i32,
    /// The power of ten the multipliers add (0: none).
    multiplied: i32,
    /// 余 or 多 between the digits and the unit (10万余人, 30多家, 1000余万元).
    more: bool,
    /// A lone 一, which before most measure words is the article "a" (一家企业), not a count.
    lone_one: bool,
}

enum Scan {
    Found(Numeral),
    /// No number starts here; go on at this char index.
    Skip(usize),
}

fn push_digit(mantissa: Option<u128>, d: u8) -> Option<u128> {
    mantissa?.checked_mul(10)?.checked_add(u128::from(d))
}

/// The number starting at char `i`, if one does.
fn numeral_at(chars: &[(usize, char)], i: usize) -> Scan {
    let c = chars[i].1;
    let prev = before(chars, i);
    if digit(c).is_some() {
        // Digits glued to Latin letters or to an ordinal are not quantities (CO2, 1e400, 第3期).
        if prev.is_some_and(|p| p.is_ascii_alphanumeric() || p == '_' || p == '第') {
            return Scan::Skip(skip_alphanumeric(chars, i));
        }
        return arabic(chars, i);
    }
    if is_chinese_numeral(c) && !prev.is_some_and(is_chinese_numeral) {
        return chinese(chars, i, prev);
    }
    Scan::Skip(i + 1)
}

fn skip_alphanumeric(chars: &[(usize, char)], mut i: usize) -> usize {
    while at(chars, i).is_some_and(|c| c.is_ascii_alphanumeric() || digit(c).is_some()) {
        i += 1;
    }
    i
}

fn arabic(chars: &[(usize, char)], i: usize) -> Scan {
    let mut j = i;
    let mut mantissa = Some(0u128);
    while let Some(d) = at(chars, j).and_then(digit) {
        mantissa = push_digit(mantissa, d);
        j += 1;
    }
    // 1,234 and 1,234,567: groups of exactly three after a first group of at most three. A
    // list such as 1,2,3 is not one number.
    if j - i <= 3 {
        while at(chars, j) == Some(',')
            && (1..=3).all(|k| at(chars, j + k).and_then(digit).is_some())
            && at(chars, j + 4).and_then(digit).is_none()
        {
            for k in 1..=3 {
                mantissa = push_digit(mantissa, at(chars, j + k).and_then(digit).unwrap_or(0));
            }
            j += 4;
        }
    }
    let mut exp = 0i32;
    if matches!(at(chars, j), Some('.' | '．')) && at(chars, j + 1).and_then(digit).is_some() {
        j += 1;
        while let Some(d) = at(chars, j).and_then(digit) {
            mantissa = push_digit(mantissa, d);
            exp -= 1;
            j += 1;
        }
        // 1.2.3 is a version or a section, not a number.
        if matches!(at(chars, j), Some('.' | '．')) && at(chars, j + 1).and_then(digit).is_some() {
            return Scan::Skip(skip_alphanumeric(chars, j + 1));
        }
    }
    // Glued to letters (1e400, 5G), unless a unit written in Latin letters follows (3kW, 10m²).
    if at(chars, j).is_some_and(|c| c.is_ascii_alphabetic())
        && !ASCII_UNITS.iter().any(|u| starts_at(chars, j, u))
    {
        return Scan::Skip(skip_alphanumeric(chars, j));
    }
    Scan::Found(chain(
        chars,
        Numeral {
            start: i,
            end: j,
            mantissa,
            exp,
            multiplied: 0,
            more: false,
            lone_one: false,
        },
        true,
    ))
}

fn chinese(chars: &[(usize, char)], i: usize, prev: Option<char>) -> Scan {
    // Let j be the end of the run of numerals (stopping before 千瓦 and the like).
    let mut j = i;
    while at(chars, j).is_some_and(is_chinese_numeral) && !begins_unit(chars, j) {
        j += 1;
    }
    // Ordinals (第二家) and vague counts (几十, 数十, 若干) are not quantities.
    if matches!(prev, Some('第' | '几' | '数' | '若')) {
        return Scan::Skip(j.max(i + 1));
    }
    // 近万人, 超万人, 上千人: a bare 百, 千, 万 or 亿 after a word of size is one of it. 近, 约
    // and 超 are read as leads of any number; 上万, 过万 and 破万 are at least, and the word is
    // part of the number.
    if j == i + 1 && matches!(prev, Some('近' | '约' | '超' | '逾' | '上' | '破' | '过')) {
        if let Some(exp) = multiplier(chars[i].1) {
            let more = matches!(prev, Some('上' | '过' | '破'));
            return Scan::Found(Numeral {
                start: if more { i - 1 } else { i },
                end: j,
                mantissa: Some(1),
                exp,
                multiplied: exp,
                more,
                lone_one: false,
            });
        }
    }
    let Some(value) = chinese_value(chars, i, j) else {
        return Scan::Skip(j.max(i + 1));
    };
    let lone_one = j == i + 1 && matches!(chars[i].1, '一' | '壹');
    let mut mantissa = Some(value);
    let mut exp = 0;
    let mut end = j;
    // 七点五 (7.5), as in 百分之七点五.
    if at(chars, j) == Some('点') && at(chars, j + 1).and_then(chinese_digit).is_some() {
        end = j + 1;
        while let Some(d) = at(chars, end).and_then(chinese_digit) {
            mantissa = push_digit(mantissa, d);
            exp -= 1;
            end += 1;
        }
    }
    Scan::Found(chain(
        chars,
        Numeral {
            start: i,
            end,
            mantissa,
            exp,
            multiplied: 0,
            more: false,
            lone_one,
        },
        false,
    ))
}

/// The value of the Chinese numeral `chars[i..j]`, or `None` when it is not a well-formed
/// number: 一百二十 → 120, 十 → 10, 两万 → 20000; but a bare 百, 千 or 万 (百姓, 千方百计,
/// 万企兴万村) and runs like 二〇二三 or 十四五 are not numbers.
fn chinese_value(chars: &[(usize, char)], i: usize, j: usize) -> Option<u128> {
    let mut total = 0u128; // the 亿 part
    let mut wan = 0u128; // the 万 part
    let mut small = 0u128; // below 万
    let mut pending: Option<u8> = None;
    let mut last_small = 4; // powers of 十百千 must decrease within a section
    let (mut seen_wan, mut seen_yi) = (false, false);
    for &(_, c) in &chars[i..j] {
        if let Some(d) = chinese_digit(c) {
            if d == 0 {
                pending = None;
            } else if pending.is_some() {
                return None;
            } else {
                pending = Some(d);
            }
        } else if let Some(e) = chinese_small(c) {
            if e >= last_small {
                return None;
            }
            let k = match pending.take() {
                Some(d) => u128::from(d),
                None if e == 1 => 1,
                None => return None,
            };
            small = small.checked_add(k * 10u128.pow(e))?;
            last_small = e;
        } else if c == '万' {
            let part = small + u128::from(pending.take().unwrap_or(0));
            if part == 0 || seen_wan {
                return None;
            }
            wan = part * 10_000;
            small = 0;
            last_small = 4;
            seen_wan = true;
        } else {
            let part = wan + small + u128::from(pending.take().unwrap_or(0));
            if part == 0 || seen_yi {
                return None;
            }
            total = part * 100_000_000;
            (wan, small, last_small, seen_wan, seen_yi) = (0, 0, 4, false, true);
        }
    }
    let value = total + wan + small + u128::from(pending.unwrap_or(0));
    (value > 0 || j == i + 1).then_some(value)
}

/// Multipliers and an inner 余/多 after the digits: 1.065亿, 1000余万, 2万多, 1万万, and a
/// second part of a mixed number (3万5千).
fn chain(chars: &[(usize, char)], mut n: Numeral, arabic: bool) -> Numeral {
    let mut j = n.end;
    let mut last = i32::MAX;
    while let Some(c) = at(chars, j) {
        if matches!(c, '余' | '多') && !n.more {
            n.more = true;
        } else if let Some(e) = multiplier(c).filter(|_| !begins_unit(chars, j)) {
            n.exp = n.exp.saturating_add(e);
            n.multiplied = n.multiplied.saturating_add(e);
            last = e;
        } else if arabic && n.multiplied > 0 && !n.more && last >= 4 {
            // 3万5千: the second part must have a smaller multiplier.
            if let Some((value, exp, end)) = second_part(chars, j, n.exp) {
                n.mantissa = combine(n.mantissa, n.exp, value, exp);
                n.exp = exp;
                n.multiplied = exp;
                j = end;
            }
            break;
        } else {
            break;
        }
        j += 1;
    }
    n.end = j;
    n
}

/// The `5千` of `3万5千`: whole digits and multipliers below `limit`.
fn second_part(chars: &[(usize, char)], i: usize, limit: i32) -> Option<(u128, i32, usize)> {
    let mut j = i;
    let mut value = Some(0u128);
    while let Some(d) = at(chars, j).and_then(digit) {
        value = push_digit(value, d);
        j += 1;
    }
    let mut exp = 0;
    while let Some(e) = at(chars, j).and_then(multiplier) {
        if begins_unit(chars, j) {
            break;
        }
        exp += e;
        j += 1;
    }
    (j > i && exp > 0 && exp < limit).then_some((value?, exp, j))
}

fn combine(a: Option<u128>, a_exp: i32, b: u128, b_exp: i32) -> Option<u128> {
    let shift = u32::try_from(a_exp - b_exp).ok()?;
    a?.checked_mul(10u128.checked_pow(shift)?)?.checked_add(b)
}

/// `mantissa × 10^exp` as the double a JSON parser would give for the decimal, or `None` when
/// that would not be exact: integers above 2^53, or more than 15 significant digits.
fn exact_value(mantissa: Option<u128>, exp: i32) -> Option<f64> {
    let (mut m, mut exp) = (mantissa?, exp);
    if m == 0 {
        return Some(0.0);
    }
    while m % 10 == 0 {
        m /= 10;
        exp += 1;
    }
    let value = if exp >= 0 {
        let v = m.checked_mul(10u128.checked_pow(u32::try_from(exp).ok()?)?)?;
        if v > 1 << 53 {
            return None;
        }
        v as f64
    } else {
        if m.to_string().len() > 15 || exp < -30 {
            return None;
        }
        format!("{m}e{exp}").parse::<f64>().ok()?
    };
    (value.is_finite() && value >= 0.0).then_some(value)
}

// ---------------------------------------------------------------------------------------------
// Units and the words around a number

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Money,
    Person,
    PersonTime,
    Count,
    Head,
    Set,
    /// 次: visits, or training sessions when the clause is about training.
    Times,
    Session,
    Item,
    M2,
    Km2,
    Kw,
    Percent,
    Job,
    /// 倍: a multiple of something.
    Multiple,
    Ton,
    Mu,
    Kwh,
}

/// A unit word: what it measures, whether it is a counter (not the unit's usual word), a
/// power of ten (兆瓦 = 1000 kW), and what may not follow it (个月 is a duration; 项目 is a noun; 一次性 an adjective).
type UnitWord = (&'static str, Kind, bool, i32, &'static [&'static str]);

const UNITS: &[UnitWord] = &[
    ("个百分点", Kind::Percent, true, 0, &[]),
    ("平方公里", Kind::Km2, false, 0, &[]),
    ("平方千米", Kind::Km2, false, 0, &[]),
    ("千瓦小时", Kind::Kwh, false, 0, &[]),
    ("千瓦时", Kind::Kwh, false, 0, &[]),
    ("兆瓦时", Kind::Kwh, false, 3, &[]),
    ("个岗位", Kind::Job, false, 0, &[]),
    ("平方米", Kind::M2, false, 0, &[]),
    ("km²", Kind::Km2, false, 0, &[]),
    ("km2", Kind::Km2, false, 0, &[]),
    ("kWh", Kind::Kwh, false, 0, &[]),
    ("千瓦", Kind::Kw, false, 0, &[]),
    ("兆瓦", Kind::Kw, false, 3, &[]),
    ("kW", Kind::Kw, false, 0, &[]),
    ("KW", Kind::Kw, false, 0, &[]),
    ("kw", Kind::Kw, false, 0, &[]),
    ("MW", Kind::Kw, false, 3, &[]),
    ("平米", Kind::M2, false, 0, &[]),
    ("m²", Kind::M2, false, 0, &[]),
    ("m2", Kind::M2, false, 0, &[]),
    ("㎡", Kind::M2, false, 0, &[]),
    ("人次", Kind::PersonTime, false, 0, &[]),
    ("台套", Kind::Set, false, 0, &[]),
    ("岗位", Kind::Job, false, 0, &[]),
    (
        "个",
        Kind::Count,
        false,
        0,
        &["月", "小时", "工作日", "星期"],
    ),
    ("家", Kind::Count, true, 0, &[]),
    ("所", Kind::Count, true, 0, &["有", "在"]),
    ("项", Kind::Count, true, 0, &["目"]),
    ("件", Kind::Count, true, 0, &[]),
    ("户", Kind::Count, true, 0, &[]),
    ("座", Kind::Count, true, 0, &[]),
    ("处", Kind::Count, true, 0, &["理"]),
    ("条", Kind::Count, true, 0, &["件"]),
    ("人", Kind::Person, false, 0, &["民"]),
    ("名", Kind::Person, false, 0, &["额", "单"]),
    ("位", Kind::Person, false, 0, &["于", "置"]),
    ("只", Kind::Head, false, 0, &["有", "是", "要"]),
    ("头", Kind::Head, true, 0, &[]),
    ("台", Kind::Set, true, 0, &[]),
    ("套", Kind::Set, true, 0, &[]),
    ("次", Kind::Times, false, 0, &["性"]),
    ("期", Kind::Session, false, 0, &["工程", "项目"]),
    ("大类", Kind::Item, true, 0, &[]),
    ("类", Kind::Item, false, 0, &[]),
    ("种", Kind::Item, true, 0, &["植", "养", "子"]),
    ("批次", Kind::Count, true, 0, &[]),
    ("份", Kind::Count, true, 0, &["额"]),
    (
        "批",
        Kind::Count,
        true,
        0,
        &["准", "复", "发", "示", "评", "判", "量"],
    ),
    ("倍", Kind::Multiple, false, 0, &[]),
    ("吨", Kind::Ton, false, 0, &["位"]),
    ("亩", Kind::Mu, false, 0, &[]),
    ("元", Kind::Money, false, 0, &[]),
    ("%", Kind::Percent, false, 0, &[]),
    ("％", Kind::Percent, false, 0, &[]),
];

/// Units written in Latin letters, which may follow digits directly.
const ASCII_UNITS: &[&str] = &["km²", "km2", "kWh", "kW", "KW", "kw", "MW", "m²", "m2"];

/// The longest unit word at char `j`, with its length in chars; `None` when there is none or
/// the word is not a unit here.
fn unit_at(chars: &[(usize, char)], j: usize) -> Option<(&'static UnitWord, usize)> {
    let (word, len) = longest_at(UNITS, chars, j)?;
    if word.4.iter().any(|w| starts_at(chars, j + len, w)) {
        return None;
    }
    Some((word, len))
}

/// What a word touching a number says of it.
#[derive(Clone, Copy, PartialEq)]
enum Bound {
    /// 超过, 余, 以上: the true value is at least this.
    AtLeast,
    /// 约, 近, 左右, 上下: about this.
    About,
    /// 不到, 不足, 以下: at most this, which the format cannot say: read as about, and named.
    AtMost,
}

/// The longest word of `table` written at char `j`, with its length in chars.
fn longest_at(
    table: &'static [UnitWord],
    chars: &[(usize, char)],
    j: usize,
) -> Option<(&'static UnitWord, usize)> {
    table
        .iter()
        .filter(|u| starts_at(chars, j, u.0))
        .map(|u| (u, u.0.chars().count()))
        .max_by_key(|&(_, len)| len)
}

/// Words touching a number in front (超过1000人, 约1000人). Each with the characters that, just
/// before it, make it part of another word (节约, 签约, 赶超, 附近).
const LEADS: &[(&str, Bound, &str)] = &[
    ("不少于", Bound::AtLeast, ""),
    ("不低于", Bound::AtLeast, ""),
    ("不超过", Bound::AtMost, ""),
    ("至少", Bound::AtLeast, ""),
    ("超过", Bound::AtLeast, ""),
    ("突破", Bound::AtLeast, ""),
    ("逾", Bound::AtLeast, ""),
    ("超", Bound::AtLeast, "赶高"),
    ("不到", Bound::AtMost, ""),
    ("不足", Bound::AtMost, ""),
    ("至多", Bound::AtMost, ""),
    ("最多", Bound::AtMost, ""),
    ("大约", Bound::About, ""),
    ("约为", Bound::About, "节签合制邀预履违公条特隐婉相"),
    ("约合", Bound::About, ""),
    ("约计", Bound::About, ""),
    ("大概", Bound::About, ""),
    ("将近", Bound::About, ""),
    ("接近", Bound::About, ""),
    ("约", Bound::About, "节签合制邀预履违公条特隐婉相大"),
    ("近", Bound::About, "将接最附亲贴靠"),
];

/// Words touching the unit behind (以上, 左右, 以下), each with the characters that, just after
/// it, make it another word (3家上下游企业).
const TRAILS: &[(&str, Bound, &str)] = &[
    ("以上", Bound::AtLeast, ""),
    ("有余", Bound::AtLeast, ""),
    ("左右", Bound::About, "手"),
    ("上下", Bound::About, "游级班楼层学车行文届"),
    ("以下", Bound::AtMost, ""),
    ("以内", Bound::AtMost, ""),
    ("之内", Bound::AtMost, ""),
];

/// Nouns that, right after a number with no measure word, say what it counts: people
/// (40万农村劳动力) or households (3000农户, shown with the noun as its measure word).
const NOUNS: &[UnitWord] = &[
    ("农村劳动力", Kind::Person, false, 0, &[]),
    ("脱贫劳动力", Kind::Person, false, 0, &[]),
    ("劳动力", Kind::Person, false, 0, &[]),
    ("务工人员", Kind::Person, false, 0, &[]),
    ("脱贫人口", Kind::Person, false, 0, &[]),
    ("贫困人口", Kind::Person, false, 0, &[]),
    ("农牧民", Kind::Person, false, 0, &[]),
    ("农民工", Kind::Person, false, 0, &[]),
    ("农民", Kind::Person, false, 0, &[]),
    ("牧民", Kind::Person, false, 0, &[]),
    ("村民", Kind::Person, false, 0, &[]),
    ("群众", Kind::Person, false, 0, &[]),
    ("人口", Kind::Person, false, 0, &[]),
    ("学生", Kind::Person, false, 0, &[]),
    ("师生", Kind::Person, false, 0, &[]),
    ("干部", Kind::Person, false, 0, &[]),
    ("职工", Kind::Person, false, 0, &[]),
    ("工人", Kind::Person, false, 0, &[]),
    ("游客", Kind::Person, false, 0, &[]),
    ("患者", Kind::Person, false, 0, &[]),
    ("儿童", Kind::Person, false, 0, &[]),
    ("妇女", Kind::Person, false, 0, &[]),
    ("党员", Kind::Person, false, 0, &[]),
    ("教师", Kind::Person, false, 0, &[]),
    ("医生", Kind::Person, false, 0, &[]),
    ("志愿者", Kind::Person, false, 0, &[]),
    ("残疾人", Kind::Person, false, 0, &[]),
    ("农牧户", Kind::Count, true, 0, &[]),
    ("脱贫户", Kind::Count, true, 0, &[]),
    ("贫困户", Kind::Count, true, 0, &[]),
    ("农户", Kind::Count, true, 0, &[]),
    ("牧户", Kind::Count, true, 0, &[]),
];

/// Words that may stand between a number and its noun (46万贫困农牧民).
const NOUN_MODIFIERS: &[&str] = &["建档立卡", "易地搬迁", "低收入", "贫困", "脱贫", "农村"];

/// The longest noun of [`NOUNS`] at char `j`, after a modifier or not, with its length in
/// chars (the modifier's included).
fn noun_at(chars: &[(usize, char)], j: usize) -> Option<(&'static UnitWord, usize)> {
    let noun = |k: usize| longest_at(NOUNS, chars, k);
    noun(j).or_else(|| {
        let modifier = NOUN_MODIFIERS.iter().find(|m| starts_at(chars, j, m))?;
        let len = modifier.chars().count();
        noun(j + len).map(|(u, n)| (u, len + n))
    })
}

/// What a number's own words say, before its sentence is consulted.
struct Raw {
    numeral: Numeral,
    /// Char index where the phrase starts: a leading word, 百分之, or the numeral.
    start: usize,
    /// Char index where the phrase ends: the unit, or a trailing word.
    end: usize,
    /// Char indices of the number and its measure word (百分之 included).
    stated: Range<usize>,
    unit: &'static UnitWord,
    /// 元/人, 元/年 or 元/月 written after the unit.
    per: Option<Unit>,
    /// 个 followed by 就业岗位 or 工作岗位.
    job_follows: bool,
    at_least: bool,
    /// 约, 左右 and the like, or an at-most word.
    about: bool,
    /// The at-most word (不足, 以下…), which the form names.
    hedge: Option<&'static str>,
}

/// The number phrase whose numeral starts at char `i`, not starting before char `floor`;
/// also the char index to go on from. `lookahead` allows one range (10到20只).
fn raw_at(
    chars: &[(usize, char)],
    i: usize,
    floor: usize,
    lookahead: bool,
) -> (Option<Raw>, usize) {
    if i >= chars.len() {
        return (None, i + 1);
    }
    let n = match numeral_at(chars, i) {
        Scan::Found(n) => n,
        Scan::Skip(next) => return (None, next.max(i + 1)),
    };
    let next = n.end.max(i + 1);
    let mut start = n.start;
    let mut at_least = n.more;
    let mut about = false;
    let mut hedge = None;
    let mut bound = |word: &'static str, kind: Bound| match kind {
        Bound::AtLeast => at_least = true,
        Bound::About => about = true,
        Bound::AtMost => {
            about = true;
            hedge = hedge.or(Some(word));
        }
    };
    let mut unit = None;
    let mut j = n.end;
    // 百分之七点五, 百分之5.
    if ends_at(chars, floor, start, "百分之") {
        start -= 3;
        unit = UNITS.iter().find(|u| u.0 == "%").map(|u| (u, 0));
    }
    let stated_start = start;
    if let Some(&(word, kind, _)) = LEADS.iter().find(|(word, _, not_after)| {
        ends_at(chars, floor, start, word) && {
            let s = start - word.chars().count();
            !before(chars, s).is_some_and(|c| not_after.contains(c))
        }
    }) {
        start -= word.chars().count();
        bound(word, kind);
    }
    let mut per = None;
    let mut job_follows = false;
    let mut end = j;
    let mut stated_end = j;
    let mut numeral = n;
    // A noun says what a number counts only where the number is plainly a quantity (digits,
    // or a multiplier: not 三农, 两学).
    let noun = || {
        let quantity = digit(chars[numeral.start].1).is_some() || numeral.multiplied > 0;
        quantity.then(|| noun_at(chars, j)).flatten()
    };
    if let Some((word, len)) = unit.or_else(|| unit_at(chars, j)).or_else(noun) {
        j += len;
        if word.1 == Kind::Money {
            for (suffix, unit) in [
                ("/人", Unit::YuanPerPerson),
                ("／人", Unit::YuanPerPerson),
                ("/年", Unit::YuanPerYear),
                ("／年", Unit::YuanPerYear),
                ("/月", Unit::YuanPerMonth),
                ("／月", Unit::YuanPerMonth),
            ] {
                if starts_at(chars, j, suffix) {
                    per.get_or_insert(unit);
                    j += 2;
                }
            }
        }
        job_follows = word.0 == "个"
            && ["就业岗位", "工作岗位"]
                .iter()
                .any(|w| starts_at(chars, j, w));
        end = j;
        stated_end = j;
        let trail = TRAILS.iter().find(|(w, _, not_before)| {
            starts_at(chars, j, w)
                && !at(chars, j + w.chars().count()).is_some_and(|c| not_before.contains(c))
        });
        if let Some(&(word, kind, _)) = trail {
            end = j + word.chars().count();
            bound(word, kind);
        }
        unit = Some((word, len));
    } else if lookahead
        && matches!(
            at(chars, j),
            Some('到' | '至' | '-' | '~' | '～' | '—' | '–' | '－')
        )
    {
        // 10到20只, 1至2亿元: the first number shares the second's unit (and its multiplier,
        // when it has none and is the smaller: 1至2亿元 is 1亿 to 2亿, 5000至2万元 is not).
        if let (Some(second), _) = raw_at(chars, j + 1, j + 1, false) {
            if second.start == j + 1 {
                let shared = second.numeral.multiplied;
                let bare = second.numeral.exp - shared;
                if numeral.multiplied == 0
                    && shared > 0
                    && le(numeral.mantissa, numeral.exp, second.numeral.mantissa, bare)
                {
                    numeral.exp += shared;
                    numeral.multiplied = shared;
                }
                per = second.per;
                job_follows = second.job_follows;
                unit = Some((second.unit, 0));
            }
        }
    }
    let Some((word, _)) = unit else {
        return (None, next);
    };
    let raw = Raw {
        numeral,
        start,
        end,
        stated: stated_start..stated_end,
        unit: word,
        per,
        job_follows,
        at_least,
        about,
        hedge,
    };
    let end = raw.end.max(next);
    (Some(raw), end)
}

/// Whether `a × 10^ae ≤ b × 10^be`.
fn le(a: Option<u128>, ae: i32, b: Option<u128>, be: i32) -> bool {
    match (exact_value(a, ae), exact_value(b, be)) {
        (Some(a), Some(b)) => a <= b,
        _ => false,
    }
}

fn read_sentence(text: &str, span: Range<usize>, out: &mut Vec<Phrase>) {
    let chars: Vec<(usize, char)> = text[span.clone()]
        .char_indices()
        .map(|(i, c)| (span.start + i, c))
        .collect();
    let byte = |k: usize| chars.get(k).map_or(span.end, |&(b, _)| b);
    let context = Context::new(text, span.clone());
    let mut i = 0;
    let mut floor = 0;
    while i < chars.len() {
        let (raw, next) = raw_at(&chars, i, floor, true);
        let Some(raw) = raw else {
            i = next;
            continue;
        };
        // A number that borrowed its unit (the 10 of 10到20只) ends at its numeral.
        let range = byte(raw.start)..byte(raw.end);
        let stated = byte(raw.stated.start)..byte(raw.stated.end);
        if let Some(phrase) = context.resolve(&raw, range, stated) {
            out.push(phrase);
        }
        floor = raw.end;
        i = next;
    }
}

// ---------------------------------------------------------------------------------------------
// The sentence around a number

/// Words that make a figure projected: a forecast (预计), or what a project will do once built
/// (建成后…). Each with the characters that, just before it, make it another word (按计划完成,
/// 超预期, 模拟).
const FORECAST: &[(&str, &str)] = &[
    ("预计", ""),
    ("预期", "超"),
    ("有望", ""),
    ("可望", ""),
    ("力争", ""),
    ("届时", ""),
    // Not a plan's name (项目计划, 工作计划), nor what was planned (原计划).
    ("计划", "按原超年目作"),
    ("意向", ""),
    ("今后", ""),
    ("拟", "模虚比"),
    ("将实现", ""),
    ("将从", ""),
    ("将增至", ""),
    ("将投入", ""),
    ("将达到", ""),
    ("将带动", ""),
    ("将新增", ""),
    ("将形成", ""),
    ("将吸纳", ""),
    ("将突破", ""),
    ("将增加", ""),
    ("将提供", ""),
    ("建成后", ""),
    ("投产后", ""),
    ("投用后", ""),
    ("运行后", ""),
    ("运营后", ""),
    ("达产后", ""),
    ("完工后", ""),
    ("竣工后", ""),
    ("落成后", ""),
];

/// Words of what something can achieve (可实现): a capacity, unless a forecast governs.
const CAPACITY: &[&str] = &[
    "可实现",
    "可以实现",
    "能够实现",
    "可达到",
    "可达",
    "可带动",
    "可吸纳",
    "可增加",
    "可新增",
    "可年产",
    "可生产",
    "可加工",
    "可容纳",
    "可处理",
    "可提供",
    "可满足",
    "可供",
    "设计产能",
    "生产能力",
    "年产能",
];

/// Words in a number's own clause that say it was achieved, so an earlier forecast or 可实现 of
/// the sentence does not govern it (预计…,目前已完成投资500万元).
const ACHIEVED: &[&str] = &["已", "实际", "目前"];

/// Words that make money a yearly amount. Besides these, 年 starting a noun (年销售收入,
/// 年加工…产值) does; see [`yearly_nouns`].
const YEARLY: &[&str] = &["每年", "年均", "每年度"];

/// Words that make money a monthly amount.
const MONTHLY: &[&str] = &[
    "每月",
    "月均",
    "月收入",
    "月工资",
    "月薪",
    "月增收",
    "月人均",
];

/// A level held steady (稳定达到1亿元以上) is a yearly amount: the stored reports read it so.
const STEADY: &[&str] = &["稳定达到", "稳定在"];

/// Totals, in a number's own clause, that a yearly word of an earlier clause does not govern.
const TOTAL: &[&str] = &["累计", "共计", "合计", "总计", "共", "总"];

/// Words that make 次 a training session.
const TRAINING: &[&str] = &["培训", "讲座", "宣讲", "授课", "轮训", "研修"];

/// Words that make 次 a visit (入户服务, 走访); otherwise 次 counts meetings or activities.
const VISITING: &[&str] = &[
    "入户", "走访", "慰问", "看望", "义诊", "巡诊", "诊疗", "接诊", "出诊", "探访", "家访",
];

/// A sentence, with its clause boundaries and the positions of the words that decide how its
/// numbers are read (found once, so a long sentence with many numbers stays linear).
struct Context<'a> {
    text: &'a str,
    span: Range<usize>,
    /// Byte offsets of `,，;；:：` (not the comma of 1,234).
    separators: Vec<usize>,
    forecast: Vec<usize>,
    capacity: Vec<usize>,
    achieved: Vec<usize>,
    per_person: Vec<usize>,
    monthly: Vec<usize>,
    yearly: Vec<usize>,
    steady: Vec<usize>,
    total: Vec<usize>,
    training: Vec<usize>,
    visiting: Vec<usize>,
    job: Vec<usize>,
}

impl<'a> Context<'a> {
    fn new(text: &'a str, span: Range<usize>) -> Context<'a> {
        let s = &text[span.clone()];
        let find = |words: &[&str]| positions(s, span.start, words.iter().map(|w| (*w, "")));
        let chars: Vec<(usize, char)> =
            s.char_indices().map(|(i, c)| (span.start + i, c)).collect();
        let separators = chars
            .iter()
            .enumerate()
            .filter(|&(k, &(_, c))| {
                matches!(c, ',' | '，' | ';' | '；' | ':' | '：')
                    && !(c == ','
                        && before(&chars, k).and_then(digit).is_some()
                        && at(&chars, k + 1).and_then(digit).is_some())
            })
            .map(|(_, &(b, _))| b)
            .collect();
        let mut yearly = find(YEARLY);
        yearly.extend(yearly_nouns(&chars));
        yearly.sort_unstable();
        Context {
            text,
            span: span.clone(),
            separators,
            forecast: outside_titles(
                s,
                span.start,
                positions(s, span.start, FORECAST.iter().copied()),
            ),
            capacity: find(CAPACITY),
            achieved: find(ACHIEVED),
            per_person: find(&["人均"]),
            monthly: find(MONTHLY),
            yearly,
            steady: find(STEADY),
            total: find(TOTAL),
            training: find(TRAINING),
            visiting: find(VISITING),
            job: find(&["岗位"]),
        }
    }

    fn clause_start(&self, pos: usize) -> usize {
        let k = self.separators.partition_point(|&b| b < pos);
        k.checked_sub(1).map_or(self.span.start, |k| {
            let b = self.separators[k];
            b + char_len(self.text, b)
        })
    }

    fn clause_end(&self, pos: usize) -> usize {
        let k = self.separators.partition_point(|&b| b < pos);
        self.separators.get(k).copied().unwrap_or(self.span.end)
    }

    /// Whether the clause holding `pos` begins there (after spaces and 在/于/自/从/其中, 截至, or
    /// a forecast: 预计2025年,).
    fn opens_clause(&self, pos: usize) -> bool {
        let lead = self.text[self.clause_start(pos)..pos].trim();
        [
            "",
            "在",
            "于",
            "自",
            "从",
            "其中",
            "其中在",
            "预计",
            "预计到",
            "计划",
            "计划到",
            "力争",
            "力争到",
        ]
        .contains(&lead)
            || UNTIL.contains(&lead)
    }

    /// Whether one of `list` is in the clause holding `pos`, before or after it (一次培训).
    fn in_clause(&self, list: &[usize], pos: usize) -> bool {
        Self::last(list, self.clause_start(pos), self.clause_end(pos)).is_some()
    }

    /// The last of `list` in `from..to`.
    fn last(list: &[usize], from: usize, to: usize) -> Option<usize> {
        let k = list.partition_point(|&b| b < to);
        k.checked_sub(1).map(|k| list[k]).filter(|&b| b >= from)
    }

    fn resolve(&self, raw: &Raw, range: Range<usize>, stated: Range<usize>) -> Option<Phrase> {
        let pos = range.start;
        let clause = self.clause_start(pos);
        let (word, kind, counter, unit_exp, _) = *raw.unit;
        let n = &raw.numeral;
        // 一 alone is the article before most measure words (一家企业, 一批); 一次, 一期 count.
        if n.lone_one && !matches!(kind, Kind::Times | Kind::Session) {
            return None;
        }
        let value = exact_value(n.mantissa, n.exp.checked_add(unit_exp)?)?;
        let counted = |u: Unit| (u, counter.then(|| word.to_string()));
        let (unit, counter) = match kind {
            Kind::Money => (self.money_unit(pos, clause, raw.per), None),
            Kind::Person => counted(Unit::Person),
            Kind::PersonTime => counted(Unit::PersonTime),
            Kind::Count
                if word == "个"
                    && (raw.job_follows || Self::last(&self.job, clause, pos).is_some()) =>
            {
                (Unit::Job, None)
            }
            Kind::Count => counted(Unit::Count),
            Kind::Head => counted(Unit::Head),
            Kind::Set => counted(Unit::Set),
            Kind::Times if self.in_clause(&self.training, pos) => {
                (Unit::Session, Some(word.to_string()))
            }
            Kind::Times if self.in_clause(&self.visiting, pos) => (Unit::Visit, None),
            // Meetings, activities, exchanges: counted, shown with their 次.
            Kind::Times => (Unit::Count, Some(word.to_string())),
            Kind::Session => counted(Unit::Session),
            Kind::Item => counted(Unit::Item),
            Kind::M2 => (Unit::M2, None),
            Kind::Km2 => (Unit::Km2, None),
            Kind::Kw => (Unit::Kw, None),
            Kind::Percent => counted(Unit::Percent),
            Kind::Job => (Unit::Job, None),
            Kind::Multiple => (Unit::Multiple, None),
            Kind::Ton => (Unit::Ton, None),
            Kind::Mu => (Unit::Mu, None),
            Kind::Kwh => (Unit::Kwh, None),
        };
        Some(Phrase {
            range,
            value,
            unit,
            counter,
            word: word.to_string(),
            stated,
            qualifier: self.qualifier(pos, clause, raw),
            hedge: raw.hedge.map(str::to_string),
        })
    }

    /// Yuan, yuan per person (人均 in its clause, 元/人) or yuan per year (每年 or a yearly noun
    /// before it in the sentence, unless its own clause is a total; 稳定达到; 元/年).
    fn money_unit(&self, pos: usize, clause: usize, per: Option<Unit>) -> Unit {
        if let Some(unit) = per {
            return unit;
        }
        // A monthly amount (月均, 每月, 月收入) is that even per person: 人均月收入 is no
        // per-capita income.
        if Self::last(&self.monthly, clause, pos).is_some() {
            return Unit::YuanPerMonth;
        }
        if Self::last(&self.per_person, clause, pos).is_some() {
            return Unit::YuanPerPerson;
        }
        let yearly = Self::last(&self.yearly, self.span.start, pos)
            .is_some_and(|b| b >= clause || Self::last(&self.total, clause, pos).is_none());
        if yearly || Self::last(&self.steady, clause, pos).is_some() {
            Unit::YuanPerYear
        } else {
            Unit::Yuan
        }
    }

    /// Projected (a forecast before it in the sentence), else approximate (its own 约, 左右…),
    /// else at least (its own 余/多/以上), else capacity (可实现 before it in the sentence),
    /// else exact. A forecast outranks the number's own words: what is not yet achieved is the
    /// stronger caveat. 已/实际/目前 in its own clause, after the forecast or 可实现, make it
    /// achieved.
    fn qualifier(&self, pos: usize, clause: usize, raw: &Raw) -> Qualifier {
        let achieved = Self::last(&self.achieved, clause, pos);
        let governs = |list: &[usize]| {
            Self::last(list, self.span.start, pos).is_some_and(|b| achieved.is_none_or(|a| a < b))
        };
        if governs(&self.forecast) {
            Qualifier::Projected
        } else if raw.about {
            Qualifier::Approximate
        } else if raw.at_least {
            Qualifier::AtLeast
        } else if governs(&self.capacity) {
            Qualifier::Capacity
        } else {
            Qualifier::Exact
        }
    }
}

/// Sorted byte offsets (from `base`) of the `words` in `s`, skipping those preceded by one of
/// their excluded characters.
fn positions<'w>(
    s: &str,
    base: usize,
    words: impl Iterator<Item = (&'w str, &'w str)>,
) -> Vec<usize> {
    let mut found: Vec<usize> = words
        .flat_map(|(word, not_after)| {
            s.match_indices(word)
                .filter(move |&(i, _)| {
                    !s[..i]
                        .chars()
                        .next_back()
                        .is_some_and(|c| not_after.contains(c))
                })
                .map(move |(i, _)| base + i)
        })
        .collect();
    found.sort_unstable();
    found.dedup();
    found
}

/// `found` (byte offsets from `base` into `s`) without those inside a title in 《》: the 计划 of
/// 《2022年帮扶项目计划》 names a document, it forecasts nothing.
fn outside_titles(s: &str, base: usize, found: Vec<usize>) -> Vec<usize> {
    let mut titles = Vec::new();
    let mut open = None;
    for (i, c) in s.char_indices() {
        match c {
            '《' => open = Some(base + i),
            '》' => titles.extend(open.take().map(|start| start..base + i)),
            _ => {}
        }
    }
    found
        .into_iter()
        .filter(|at| !titles.iter().any(|t| t.contains(at)))
        .collect()
}

/// 年 starting a noun of a yearly amount (年销售收入, 年加工干茶产值), as opposed to a date
/// (2022年), a span (几年来, 全年), or a word (青年, 年底).
fn yearly_nouns(chars: &[(usize, char)]) -> Vec<usize> {
    const NOT_AFTER: &str =
        "全今去明当本该同上下近多几数每逐连历往青老少中成童周新过拜晚学前后次翌首整半余";
    const NOT_BEFORE: &str = "以来底末初中内起前后间份龄级轻代会报终月";
    (0..chars.len())
        .filter(|&k| chars[k].1 == '年')
        .filter(|&k| {
            !before(chars, k).is_some_and(|c| {
                digit(c).is_some() || is_chinese_numeral(c) || NOT_AFTER.contains(c)
            })
        })
        .filter(|&k| {
            at(chars, k + 1)
                .is_some_and(|c| ('\u{4e00}'..='\u{9fff}').contains(&c) && !NOT_BEFORE.contains(c))
        })
        .map(|k| chars[k].0)
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Dates

/// When a date expression says a figure applies.
enum When {
    Date(u16, Option<u8>, Option<u8>),
    /// Since the date, up to publication (2021年以来).
    Since(u16, Option<u8>),
    /// From one year to another (2021年至2023年).
    Span(u16, u16),
    /// Up to a date, from a start the sentence does not give (截至2023年5月底).
    Until(u16, Option<u8>, Option<u8>),
    /// Up to publication (截至目前, 目前, 累计).
    UntilNow,
    /// Up to the end of a month of a year relative to publication (截至今年10月底).
    UntilMonth(i32, u8),
    /// This year, last year, …: a year relative to publication.
    Relative(i32, bool),
    /// 几年来, 先后: the report says it is not one period.
    Vague,
}

impl When {
    fn format(&self, published: (u16, u8, u8)) -> Option<String> {
        let (py, pm, pd) = published;
        let date = |y: u16, m: Option<u8>, d: Option<u8>| match (m, d) {
            (Some(m), Some(d)) => format!("{y:04}-{m:02}-{d:02}"),
            (Some(m), None) => format!("{y:04}-{m:02}"),
            _ => format!("{y:04}"),
        };
        let since = |start: String| {
            let end = date(py, Some(pm), Some(pd));
            // A start after publication is a typo in the text; the start alone is still right.
            if start.as_str() <= end.as_str() {
                format!("{start}/{end}")
            } else {
                start
            }
        };
        Some(match *self {
            When::Date(y, m, d) => date(y, m, d),
            When::Since(y, m) => since(date(y, m, None)),
            When::Span(a, b) if a < b => format!("{a:04}/{b:04}"),
            When::Until(y, m, d) => format!("../{}", date(y, m, d)),
            When::UntilNow => format!("../{}", date(py, Some(pm), Some(pd))),
            When::UntilMonth(offset, m) => {
                let y = u16::try_from(i32::from(py) + offset).ok()?;
                format!("../{}", date(y, Some(m), None))
            }
            When::Span(..) | When::Vague => return None,
            When::Relative(offset, from) => {
                let y = u16::try_from(i32::from(py) + offset).ok()?;
                if from {
                    since(date(y, None, None))
                } else {
                    date(y, None, None)
                }
            }
        })
    }
}

struct Dated {
    range: Range<usize>,
    when: When,
    /// Relative and vague expressions count only where they open a clause: 较去年增长 is a
    /// comparison, not a period.
    relative: bool,
}

/// Words before a date that make it the end of a period whose start is not given.
const UNTIL: &[&str] = &["截至", "截止到", "截止", "到"];

/// Years (2022年), months (2022年8月), days, spans and 以来 of a sentence, with the relative
/// (今年, 去年) and vague (几年来, 先后) expressions.
fn dates_in(text: &str, span: Range<usize>) -> Vec<Dated> {
    let chars: Vec<(usize, char)> = text[span.clone()]
        .char_indices()
        .map(|(i, c)| (span.start + i, c))
        .collect();
    let byte = |k: usize| chars.get(k).map_or(span.end, |&(b, _)| b);
    let mut dates = Vec::new();
    let mut k = 0;
    while k < chars.len() {
        if let Some((when, end)) = date_at(&chars, k) {
            // A base year (较2020年增长) is no period; 截至2023年5月底 is one that ends there.
            let compared = ["比", "较", "同比"]
                .iter()
                .any(|w| ends_at(&chars, 0, k, w));
            let until = UNTIL.iter().any(|w| ends_at(&chars, 0, k, w));
            let when = match when {
                When::Date(y, m, d) if until => When::Until(y, m, d),
                when => when,
            };
            if !compared {
                dates.push(Dated {
                    range: byte(k)..byte(end),
                    when,
                    relative: false,
                });
            }
            k = end;
            continue;
        }
        if let Some(word) = UNTIL.iter().find(|w| starts_at(&chars, k, w)) {
            let after = k + word.chars().count();
            // 截至今年10月底: a month of a year the publication date gives.
            let year = [("今年", 0), ("本年", 0), ("去年", -1), ("上年", -1)]
                .into_iter()
                .find(|(w, _)| starts_at(&chars, after, w));
            let month = year.and_then(|(w, offset)| {
                let (m, e) = digits_at(&chars, after + w.chars().count(), 2)?;
                let m = u8::try_from(m).ok().filter(|m| (1..=12).contains(m))?;
                (at(&chars, e) == Some('月')).then_some((offset, m, e + 1))
            });
            if let Some((offset, m, mut end)) = month {
                if matches!(at(&chars, end), Some('底' | '末')) {
                    end += 1;
                }
                dates.push(Dated {
                    range: byte(k)..byte(end),
                    when: When::UntilMonth(offset, m),
                    relative: false,
                });
                k = end;
                continue;
            }
            if let Some(now) = ["目前", "现在", "今"]
                .iter()
                .find(|w| starts_at(&chars, after, w))
            {
                let end = after + now.chars().count();
                dates.push(Dated {
                    range: byte(k)..byte(end),
                    when: When::UntilNow,
                    relative: false,
                });
                k = end;
                continue;
            }
        }
        // A total counted up to now, from a start not given: 目前 opening its clause
        // (目前，全旗已累计投入…).
        if starts_at(&chars, k, "目前") {
            let end = k + 2;
            dates.push(Dated {
                range: byte(k)..byte(end),
                when: When::UntilNow,
                relative: true,
            });
            k = end;
            continue;
        }
        let relative = [
            ("今年以来", When::Relative(0, true)),
            ("今年", When::Relative(0, false)),
            ("本年", When::Relative(0, false)),
            ("去年", When::Relative(-1, false)),
            ("上年", When::Relative(-1, false)),
            ("几年来", When::Vague),
            ("多年来", When::Vague),
            ("近年来", When::Vague),
            ("近几年", When::Vague),
            ("近年", When::Vague),
            ("历年", When::Vague),
            ("先后", When::Vague),
            ("长期以来", When::Vague),
        ];
        if let Some((word, when)) = relative.into_iter().find(|(w, _)| starts_at(&chars, k, w)) {
            let end = k + word.chars().count();
            dates.push(Dated {
                range: byte(k)..byte(end),
                when,
                relative: true,
            });
            k = end;
            continue;
        }
        k += 1;
    }
    dates
}

/// Up to `max` digits at char `k`, as a number, with the index after them.
fn digits_at(chars: &[(usize, char)], k: usize, max: usize) -> Option<(u32, usize)> {
    let mut value = 0u32;
    let mut j = k;
    while let Some(d) = at(chars, j).and_then(digit) {
        if j - k == max {
            return None;
        }
        value = value * 10 + u32::from(d);
        j += 1;
    }
    (j > k).then_some((value, j))
}

/// A year expression starting at char `k` (which must start a run of digits).
fn date_at(chars: &[(usize, char)], k: usize) -> Option<(When, usize)> {
    if before(chars, k).is_some_and(|c| digit(c).is_some() || c.is_ascii_alphanumeric()) {
        return None;
    }
    let (year, j) = digits_at(chars, k, 4)?;
    let year = u16::try_from(year)
        .ok()
        .filter(|y| (1900..=2099).contains(y) && j == k + 4)?;
    // 2021—2023年, 2021-2023年, 2021——2023年.
    if let Some(after) = span_mark(chars, j) {
        if let Some((end, e)) = digits_at(chars, after, 4) {
            if e == after + 4 && at(chars, e) == Some('年') {
                return Some((When::Span(year, u16::try_from(end).ok()?), e + 1));
            }
        }
    }
    if at(chars, j) != Some('年') {
        return None;
    }
    let mut end = j + 1;
    let mut month = None;
    let mut day = None;
    if let Some((m, e)) = digits_at(chars, end, 2) {
        if at(chars, e) == Some('月') && (1..=12).contains(&m) {
            month = u8::try_from(m).ok();
            end = e + 1;
            if let Some((d, e)) = digits_at(chars, end, 2) {
                if matches!(at(chars, e), Some('日' | '号')) && (1..=31).contains(&d) {
                    day = u8::try_from(d).ok();
                    end = e + 1;
                }
            }
        }
    }
    if day.is_none() {
        for word in ["以来", "至今", "开始", "来", "起"] {
            if starts_at(chars, end, word) {
                return Some((When::Since(year, month), end + word.chars().count()));
            }
        }
        // 2021年至2023年, 2021年——2023年.
        if let Some(after) = span_mark(chars, end).filter(|_| month.is_none()) {
            if let Some((to, e)) = digits_at(chars, after, 4) {
                if e == after + 4 && at(chars, e) == Some('年') {
                    return Some((When::Span(year, u16::try_from(to).ok()?), e + 1));
                }
            }
        }
        // 2022年底, 5月末: the end of the year or month (as 截至…底 says).
        if matches!(at(chars, end), Some('底' | '末')) {
            end += 1;
        }
    }
    Some((When::Date(year, month, day), end))
}

/// The char index after the mark joining the two ends of a span at char `j` (至, 到, a dash,
/// or a run of dashes as in 2021——2023年).
fn span_mark(chars: &[(usize, char)], j: usize) -> Option<usize> {
    let dash = |c: char| matches!(c, '-' | '—' | '–' | '~' | '～' | '－' | '―');
    match at(chars, j)? {
        '至' | '到' => Some(j + 1),
        c if dash(c) => {
            let mut k = j + 1;
            while at(chars, k).is_some_and(dash) && k < j + 3 {
                k += 1;
            }
            Some(k)
        }
        _ => None,
    }
}
