//! Number, unit, date and period formatting for each language.
//!
//! Chinese follows the report's own style (`1.065亿元`, `3077.6万元`, `15291元`, `10万+人`);
//! English uses `¥106.5 million`, `¥15,291`, `100,000+ people`. Values are never rounded away:
//! a scale (万/亿, million/billion) is used only when it shows the value exactly with at most
//! three decimals, and a money unit the reader chose only when it shows it exactly with at most
//! [`FIXED_DECIMALS`]; otherwise the value is written as automatic scaling writes it, with its
//! own unit. Only large derived amounts are rounded, to four significant digits, marked 约/≈.
//! A figure the report itself gives as approximate (约6万人次) is shown as written, after 约 /
//! "about": `约6万人次`, `about 60,000 person-times`.

use super::money::MoneyUnit;
use report::file_text::on_screen;
use report::i18n::group_thousands;
use report::Lang;
use report::{Encoding, Figure, Meta, Qualifier, Theme, Unit};

/// Largest magnitude this formatter writes in positional notation; beyond it, scientific.
const POSITIONAL_LIMIT: f64 = 1e15;

/// Most decimals written in a money unit the reader chose: 0.30776亿元 (3077.6万元) is shown in
/// 亿, 1065元 (0.00001065亿元) is not.
pub const FIXED_DECIMALS: usize = 5;

/// Formats a figure's value with its unit (in Chinese, the report's own measure word) and its
/// "at least" or "about" mark.
pub fn figure_value(figure: &Figure, lang: Lang, money: MoneyUnit) -> String {
    let words = UnitWords {
        unit: figure.unit,
        zh: zh_unit_word(figure),
    };
    format_value(figure.value, words, figure.qualifier, lang, money)
}

/// The Chinese word written after a figure's number: the report's measure word (家, 所, 次) or
/// the unit's usual one.
pub fn zh_unit_word(figure: &Figure) -> &str {
    figure.counter.as_deref().unwrap_or(unit_zh(figure.unit))
}

/// Formats a value with its unit; `Qualifier::AtLeast` adds a `+` after the number,
/// `Qualifier::Approximate` 约 / "about " before it.
/// `money` scales totals of money; per-capita amounts always stay in yuan.
pub fn value(value: f64, unit: Unit, qualifier: Qualifier, lang: Lang, money: MoneyUnit) -> String {
    let words = UnitWords {
        unit,
        zh: unit_zh(unit),
    };
    format_value(value, words, qualifier, lang, money)
}

/// A unit and the Chinese word written for it.
#[derive(Clone, Copy)]
struct UnitWords<'a> {
    unit: Unit,
    zh: &'a str,
}

fn format_value(
    value: f64,
    words: UnitWords,
    qualifier: Qualifier,
    lang: Lang,
    money: MoneyUnit,
) -> String {
    let unit = words.unit;
    if !value.is_finite() {
        return "–".to_string();
    }
    let plus = if qualifier == Qualifier::AtLeast {
        "+"
    } else {
        ""
    };
    let fixed = match unit {
        Unit::Yuan | Unit::YuanPerYear => money.fixed(lang),
        _ => None,
    };
    // A large derived amount is our own arithmetic: shown to four significant digits, marked as
    // approximate, rather than with false precision.
    let approximate = qualifier == Qualifier::Derived
        && value.abs() >= 1e6
        && value.abs() < POSITIONAL_LIMIT
        && !has_exact_scale(value.abs(), lang);
    let magnitude = if approximate {
        round_significant(value.abs(), 4)
    } else {
        value.abs()
    };
    let number = match fixed {
        Some((scale, word))
            if magnitude < POSITIONAL_LIMIT
                && has_at_most_decimals(magnitude / scale, FIXED_DECIMALS) =>
        {
            format!(
                "{}{word}",
                decimal(magnitude / scale, lang == Lang::En, FIXED_DECIMALS)
            )
        }
        _ => scaled_number(magnitude, unit, lang),
    };
    let sign = if value < 0.0 { "-" } else { "" };
    // The report's own hedge (约, 近, 左右) as a word before the number; our rounding as 约/≈.
    // An approximate figure is never derived, so 约 is written once.
    let sign = if qualifier == Qualifier::Approximate {
        format!("{}{sign}", lang.choose("约", "about "))
    } else if approximate {
        format!("{}{sign}", lang.choose("约", "≈"))
    } else {
        sign.to_string()
    };
    match lang {
        Lang::Zh => format!("{sign}{number}{plus}{}", words.zh),
        Lang::En => {
            let currency = if unit.is_money() { "¥" } else { "" };
            format!("{sign}{currency}{number}{plus}{}", unit_en(unit, value))
        }
    }
}

/// `magnitude` is non-negative and finite.
fn scaled_number(magnitude: f64, unit: Unit, lang: Lang) -> String {
    if magnitude >= POSITIONAL_LIMIT {
        return format!("{magnitude:e}");
    }
    let scales: &[(f64, &str)] = match lang {
        Lang::Zh => &[(1e8, "亿"), (1e4, "万")],
        Lang::En => &[(1e9, " billion"), (1e6, " million")],
    };
    if unit != Unit::Percent {
        for &(scale, word) in scales {
            let scaled = magnitude / scale;
            if scaled >= 1.0 && has_at_most_decimals(scaled, 3) {
                return format!("{}{word}", decimal(scaled, lang == Lang::En, 3));
            }
        }
    }
    decimal(magnitude, lang == Lang::En, 3)
}

/// Whether 万/亿 (million/billion) shows `magnitude` exactly with at most three decimals.
fn has_exact_scale(magnitude: f64, lang: Lang) -> bool {
    let scales: &[f64] = lang.choose(&[1e8, 1e4], &[1e9, 1e6]);
    scales
        .iter()
        .any(|&scale| magnitude >= scale && has_at_most_decimals(magnitude / scale, 3))
}

fn round_significant(magnitude: f64, digits: i32) -> f64 {
    let factor = 10f64.powi(digits - 1 - magnitude.log10().floor() as i32);
    (magnitude * factor).round() / factor
}

fn has_at_most_decimals(x: f64, decimals: usize) -> bool {
    let units = x * 10f64.powi(decimals as i32);
    (units - units.round()).abs() < 1e-6 + 1e-12 * units
}

/// Up to `decimals` decimals, trailing zeros trimmed; thousands grouped with commas when asked.
fn decimal(magnitude: f64, group: bool, decimals: usize) -> String {
    let text = format!("{magnitude:.decimals$}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    let (int, frac) = text.split_once('.').unwrap_or((text, ""));
    let int = if group {
        group_thousands(int)
    } else {
        int.to_string()
    };
    if frac.is_empty() {
        int
    } else {
        format!("{int}.{frac}")
    }
}

fn unit_zh(unit: Unit) -> &'static str {
    match unit {
        Unit::Yuan | Unit::YuanPerPerson => "元",
        Unit::YuanPerYear => "元/年",
        Unit::YuanPerMonth => "元/月",
        Unit::Person => "人",
        Unit::PersonTime => "人次",
        Unit::Count | Unit::Job => "个",
        Unit::Head => "只",
        Unit::Set => "台套",
        Unit::Visit => "次",
        Unit::M2 => "平方米",
        Unit::Km2 => "平方公里",
        Unit::Kw => "千瓦",
        Unit::Percent => "%",
        Unit::Item => "类",
        Unit::Session => "期",
        Unit::Multiple => "倍",
        Unit::Ton => "吨",
        Unit::Mu => "亩",
        Unit::Kwh => "千瓦时",
    }
}

fn unit_en(unit: Unit, value: f64) -> &'static str {
    let one = value == 1.0;
    match unit {
        Unit::Yuan | Unit::YuanPerPerson | Unit::Count => "",
        Unit::YuanPerYear => " a year",
        Unit::YuanPerMonth => " a month",
        Unit::Person if one => " person",
        Unit::Person => " people",
        Unit::PersonTime if one => " person-time",
        Unit::PersonTime => " person-times",
        Unit::Head => " head",
        Unit::Set if one => " set",
        Unit::Set => " sets",
        Unit::Visit if one => " visit",
        Unit::Visit => " visits",
        Unit::M2 => " m²",
        Unit::Km2 => " km²",
        Unit::Kw => " kW",
        Unit::Percent => "%",
        Unit::Job if one => " job",
        Unit::Job => " jobs",
        Unit::Item if one => " category",
        Unit::Item => " categories",
        Unit::Session if one => " session",
        Unit::Session => " sessions",
        Unit::Multiple if one => " time",
        Unit::Multiple => " times",
        Unit::Ton if one => " tonne",
        Unit::Ton => " tonnes",
        Unit::Mu => " mu",
        Unit::Kwh => " kWh",
    }
}

/// "青山县乡村振兴局《青山县东西部协作纪实》，2024年6月30日": who published what, when.
pub fn citation(meta: &Meta, lang: Lang) -> String {
    let date = meta
        .published
        .get(..10)
        .map(|d| date(d, lang))
        .unwrap_or_default();
    let (publisher, title) = (lang.pick(&meta.publisher), lang.pick(&meta.title));
    let (publisher, title) = (on_screen(publisher), on_screen(title));
    match lang {
        Lang::Zh => format!("{publisher}《{title}》，{date}"),
        Lang::En => format!("{publisher}, “{title}”, {date}"),
    }
}

/// "青山县乡村振兴局 · 发布时间 2024年6月30日 10:00": the report's byline.
pub fn byline(meta: &Meta, lang: Lang) -> String {
    let date = meta
        .published
        .get(..10)
        .map(|d| date(d, lang))
        .unwrap_or_default();
    // A report dated by day alone is shown without a time, never "00:00".
    let time = meta
        .published_time()
        .map(|time| format!(" {time}"))
        .unwrap_or_default();
    format!(
        "{} · {} {date}{time}",
        on_screen(lang.pick(&meta.publisher)),
        super::Msg::Published.text(lang)
    )
}

/// "光明网 · 2024年11月19日": who published a report and when, as a list of reports names it.
pub fn published_by(publisher: &str, published: &str, lang: Lang) -> String {
    let day = published.get(..10).unwrap_or(published);
    format!("{publisher} · {}", date(day, lang))
}

/// The change between two reports' values of one figure, for the compare table:
/// `+2130万元 (+20.0%)`, `−4.8个百分点`, `no change`; noted as indicative when either value is
/// only "at least", projected, a capacity or approximate.
pub fn change(
    change: report::compare::Change,
    before: &Figure,
    after: &Figure,
    lang: Lang,
    money: MoneyUnit,
) -> String {
    use super::Msg;
    use report::compare::Change;
    let Change::Difference {
        value: diff,
        percent,
    } = change
    else {
        return Msg::UnitsDiffer.text(lang).to_string();
    };
    if diff == 0.0 {
        return Msg::NoChange.text(lang).to_string();
    }
    let sign = |x: f64| if x < 0.0 { "−" } else { "+" };
    let magnitude = if before.unit == Unit::Percent {
        let points = value(diff.abs(), Unit::Percent, Qualifier::Derived, lang, money);
        let points = points.trim_end_matches('%');
        lang.choose(
            format!("{points}个百分点"),
            format!("{points} percentage points"),
        )
    } else {
        let words = UnitWords {
            unit: before.unit,
            zh: zh_unit_word(before),
        };
        format_value(diff.abs(), words, Qualifier::Derived, lang, money)
    };
    let mut text = format!("{}{magnitude}", sign(diff));
    if let Some(percent) = percent {
        text.push_str(&format!(" ({}{:.1}%)", sign(percent), percent.abs()));
    }
    let indicative = [before.qualifier, after.qualifier]
        .into_iter()
        .any(report::compare::is_indicative);
    if indicative {
        text.push_str(Msg::IndicativeChange.text(lang));
    }
    text
}

/// "两份报告共有60个相同编号的数字；仅前者有2个，仅后者有0个。"
pub fn compare_counts(both: usize, only_earlier: usize, only_later: usize, lang: Lang) -> String {
    lang.choose(
        format!("两份报告共有{both}个相同编号的数字；仅前者有{only_earlier}个，仅后者有{only_later}个。"),
        format!("{both} figures appear in both reports; {only_earlier} only in the earlier one, {only_later} only in the later one."),
    )
}

/// "第51–100项，共120项" / "51–100 of 120", for rows `start..end` of `total`.
pub fn page_status(start: usize, end: usize, total: usize, lang: Lang) -> String {
    lang.choose(
        format!("第{}–{end}项，共{total}项", start + 1),
        format!("{}–{end} of {total}", start + 1),
    )
}

/// "白河旗、红山旗" / "Baihe Banner, Hongshan Banner": the places a report names.
pub fn places(places: &[report::Place], lang: Lang) -> String {
    let names: Vec<&str> = places.iter().map(|p| lang.pick(&p.name)).collect();
    names.join(lang.choose("、", ", "))
}

/// "项目 · 数量" / "Projects: counts": the title of a generated chart.
pub fn generated_title(theme: Theme, class: report::UnitClass, lang: Lang) -> String {
    let theme = super::messages::theme(theme, lang);
    let class = super::messages::unit_class(class, lang);
    lang.choose(format!("{theme} · {class}"), format!("{theme}: {class}"))
}

/// "资金 · 财政帮扶资金": a generated chart of one indicator family, named by its totals (parts
/// are drawn inside them): "结对协作 · 结对学校、结对医院", and the first two with 等 / "and more"
/// beyond three, so the title never names one measure of a chart that shows several.
pub fn generated_family_title(theme: Theme, names: &[&str], lang: Lang) -> String {
    let theme = super::messages::theme(theme, lang);
    let names = match (names, lang) {
        ([], _) => String::new(),
        ([one], _) => (*one).to_string(),
        (_, Lang::Zh) if names.len() <= 3 => names.join("、"),
        (_, Lang::Zh) => format!("{}等", names[..2].join("、")),
        ([first, last], Lang::En) => format!("{first} and {}", lowercase_first(last)),
        ([first, second, third], Lang::En) => format!(
            "{first}, {} and {}",
            lowercase_first(second),
            lowercase_first(third)
        ),
        (_, Lang::En) => format!("{}, {} and more", names[0], lowercase_first(names[1])),
    };
    lang.choose(format!("{theme} · {names}"), format!("{theme}: {names}"))
}

/// "Paired hospitals" as the second name of a list: "paired hospitals" (an acronym stays).
fn lowercase_first(name: &str) -> String {
    let mut chars = name.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second)) if first.is_uppercase() && !second.is_uppercase() => first
            .to_lowercase()
            .chain(name[first.len_utf8()..].chars())
            .collect(),
        _ => name.to_string(),
    }
}

/// "成效 · 平均数": a generated chart of one kind of figure that does not add up.
pub fn generated_kind_title(
    theme: Theme,
    kind: report::vocabulary::IndicatorKind,
    lang: Lang,
) -> String {
    let theme = super::messages::theme(theme, lang);
    let kind = super::messages::indicator_kind(kind, lang);
    lang.choose(format!("{theme} · {kind}"), format!("{theme}: {kind}"))
}

/// "其中：帮扶资金" / "Of which: aid funds": the heading of a panel of a whole's parts.
pub fn parts_heading(whole: &str, lang: Lang) -> String {
    lang.choose(format!("其中：{whole}"), format!("Of which: {whole}"))
}

/// "属于“帮扶资金”" / "part of “aid funds”": under a part's row in a chart's table.
pub fn part_of_row(whole: &str, lang: Lang) -> String {
    lang.choose(format!("属于“{whole}”"), format!("part of “{whole}”"))
}

/// "仅绘出前30项，另有5项见表格。": the note of a chart drawing only its first `drawn` items.
pub fn undrawn(drawn: usize, more: usize, lang: Lang) -> String {
    lang.choose(
        format!("仅绘出前{drawn}项，另有{more}项见表格。"),
        format!("Only the first {drawn} are drawn; {more} more are in the table."),
    )
}

/// "标题：A 1亿元；B 2人；另有3项。" / "Title: A ¥1; B 2; and 3 more.", or that there is no data.
pub fn list_summary(title: &str, items: &[String], more: usize, lang: Lang) -> String {
    if items.is_empty() {
        return lang.choose(
            format!("{title}：报告中没有相关数据。"),
            format!("{title}: the report has no data for this."),
        );
    }
    let mut items = items.to_vec();
    if more > 0 {
        items.push(lang.choose(format!("另有{more}项"), format!("and {more} more")));
    }
    lang.choose(
        format!("{title}：{}。", items.join("；")),
        format!("{title}: {}.", items.join("; ")),
    )
}

/// "标题（说明）" / "Title (note)".
pub fn labelled_title(title: &str, note: &str, lang: Lang) -> String {
    lang.choose(format!("{title}（{note}）"), format!("{title} ({note})"))
}

/// Which encoding a file that is not UTF-8 was read in, and what to do if it reads garbled.
pub fn read_as(name: &str, encoding: Encoding, lang: Lang) -> String {
    let encoding = encoding.name();
    lang.choose(
        format!("“{name}”不是 UTF-8 编码，已按 {encoding} 编码读取。如有乱码，请把文件另存为 UTF-8 后重新打开。"),
        format!("“{name}” is not in UTF-8: it was read as {encoding}. If any text looks garbled, save the file in UTF-8 and open it again."),
    )
}

/// "时间：2022年" / "Period: 2022": a label and its value.
pub fn labelled(label: super::Msg, value: &str, lang: Lang) -> String {
    format!("{}{}{value}", label.text(lang), lang.choose("：", ": "))
}

const MONTHS_EN: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// A date `YYYY`, `YYYY-MM` or `YYYY-MM-DD` for reading: `2022年8月` / `Aug 2022`.
/// Anything else is returned as it is.
pub fn date(text: &str, lang: Lang) -> String {
    let parts: Vec<Option<u16>> = text.split('-').map(|p| p.parse().ok()).collect();
    let month_en = |m: u16| MONTHS_EN.get(usize::from(m).wrapping_sub(1)).copied();
    match (lang, parts.as_slice()) {
        (Lang::Zh, [Some(y)]) => format!("{y}年"),
        (Lang::Zh, [Some(y), Some(m)]) => format!("{y}年{m}月"),
        (Lang::Zh, [Some(y), Some(m), Some(d)]) => format!("{y}年{m}月{d}日"),
        (Lang::En, [Some(y)]) => y.to_string(),
        (Lang::En, [Some(y), Some(m)]) => match month_en(*m) {
            Some(month) => format!("{month} {y}"),
            None => text.to_string(),
        },
        (Lang::En, [Some(y), Some(m), Some(d)]) => match month_en(*m) {
            Some(month) => format!("{d} {month} {y}"),
            None => text.to_string(),
        },
        _ => text.to_string(),
    }
}

/// A figure's period for reading: `2022年`, `2021年至2023年5月25日` / `2021 – 25 May 2023`,
/// `截至2023年5月` / `up to May 2023` for an open start.
pub fn period(text: &str, lang: Lang) -> String {
    match text.split_once('/') {
        Some(("..", end)) => match lang {
            Lang::Zh => format!("截至{}", date(end, lang)),
            Lang::En => format!("up to {}", date(end, lang)),
        },
        Some((start, end)) => match lang {
            Lang::Zh => format!("{}至{}", date(start, lang), date(end, lang)),
            Lang::En => format!("{} – {}", date(start, lang), date(end, lang)),
        },
        None => date(text, lang),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Qualifier::{AtLeast, Exact};

    #[test]
    fn chinese_follows_the_report() {
        let cases = [
            (106_500_000.0, Unit::Yuan, Exact, "1.065亿元"),
            (30_776_000.0, Unit::Yuan, Exact, "3077.6万元"),
            (2_540_000_000.0, Unit::Yuan, Exact, "25.4亿元"),
            (15_291.0, Unit::YuanPerPerson, Exact, "15291元"),
            (100_000.0, Unit::Person, AtLeast, "10万+人"),
            (100_000_000.0, Unit::YuanPerYear, AtLeast, "1亿+元/年"),
            (1_000_000.0, Unit::Kw, Exact, "100万千瓦"),
            (20_000.0, Unit::PersonTime, AtLeast, "2万+人次"),
            (765_000.0, Unit::Yuan, Exact, "76.5万元"),
            (2_730_769.0, Unit::Yuan, Exact, "2730769元"),
            (7.5, Unit::Percent, Exact, "7.5%"),
            (1000.0, Unit::M2, Exact, "1000平方米"),
            (39.0, Unit::Count, Exact, "39个"),
        ];
        for (v, unit, q, expected) in cases {
            assert_eq!(value(v, unit, q, Lang::Zh, MoneyUnit::Auto), expected);
        }
    }

    #[test]
    fn english_uses_million_and_billion() {
        let cases = [
            (106_500_000.0, Unit::Yuan, Exact, "¥106.5 million"),
            (30_776_000.0, Unit::Yuan, Exact, "¥30.776 million"),
            (2_540_000_000.0, Unit::Yuan, Exact, "¥2.54 billion"),
            (15_291.0, Unit::YuanPerPerson, Exact, "¥15,291"),
            (100_000.0, Unit::Person, AtLeast, "100,000+ people"),
            (
                100_000_000.0,
                Unit::YuanPerYear,
                AtLeast,
                "¥100 million+ a year",
            ),
            (1_000_000.0, Unit::Kw, Exact, "1 million kW"),
            (900_000.0, Unit::Yuan, Exact, "¥900,000"),
            (2_730_769.0, Unit::Yuan, Exact, "¥2,730,769"),
            (1.0, Unit::Person, Exact, "1 person"),
            (28.9, Unit::Percent, Exact, "28.9%"),
            (39.0, Unit::Count, Exact, "39"),
        ];
        for (v, unit, q, expected) in cases {
            assert_eq!(value(v, unit, q, Lang::En, MoneyUnit::Auto), expected);
        }
    }

    #[test]
    fn odd_numbers_never_break() {
        let auto = MoneyUnit::Auto;
        assert_eq!(value(f64::NAN, Unit::Yuan, Exact, Lang::En, auto), "–");
        assert_eq!(value(f64::INFINITY, Unit::Yuan, Exact, Lang::Zh, auto), "–");
        assert_eq!(value(-5.0, Unit::Yuan, Exact, Lang::En, auto), "-¥5");
        assert_eq!(value(1e300, Unit::Count, Exact, Lang::En, auto), "1e300");
        assert_eq!(
            value(1e300, Unit::Yuan, Exact, Lang::Zh, MoneyUnit::Wan),
            "1e300元"
        );
        assert_eq!(value(0.125, Unit::Percent, Exact, Lang::Zh, auto), "0.125%");
    }

    #[test]
    fn large_derived_amounts_are_approximate() {
        let derived = |v, lang| value(v, Unit::Yuan, Qualifier::Derived, lang, MoneyUnit::Auto);
        assert_eq!(derived(2_199_134_199.0, Lang::Zh), "约21.99亿元");
        assert_eq!(derived(2_199_134_199.0, Lang::En), "≈¥2.199 billion");
        assert_eq!(derived(2_730_769.0, Lang::Zh), "约273.1万元");
        // Exact differences of reported amounts keep every digit.
        assert_eq!(derived(75_724_000.0, Lang::Zh), "7572.4万元");
        assert_eq!(derived(1065.0, Lang::En), "¥1,065");
    }

    #[test]
    fn approximate_figures_say_about_and_keep_their_value() {
        let about = |v, unit, lang| value(v, unit, Qualifier::Approximate, lang, MoneyUnit::Auto);
        assert_eq!(about(60_000.0, Unit::PersonTime, Lang::Zh), "约6万人次");
        assert_eq!(
            about(60_000.0, Unit::PersonTime, Lang::En),
            "about 60,000 person-times"
        );
        assert_eq!(about(1200.0, Unit::PersonTime, Lang::Zh), "约1200人次");
        // Shown as written, never rounded like a large derived amount, and 约 only once.
        assert_eq!(about(2_730_769.0, Unit::Yuan, Lang::Zh), "约2730769元");
        assert_eq!(about(2_730_769.0, Unit::Yuan, Lang::En), "about ¥2,730,769");
        assert_eq!(
            value(
                30_776_000.0,
                Unit::Yuan,
                Qualifier::Approximate,
                Lang::Zh,
                MoneyUnit::Yi
            ),
            "约0.30776亿元"
        );
        assert_eq!(about(1.0, Unit::Person, Lang::En), "about 1 person");
    }

    #[test]
    fn a_chosen_money_unit_applies_to_totals_only() {
        let v = |x, unit, lang, money| value(x, unit, Exact, lang, money);
        assert_eq!(
            v(106_500_000.0, Unit::Yuan, Lang::Zh, MoneyUnit::Wan),
            "10650万元"
        );
        assert_eq!(
            v(106_500_000.0, Unit::Yuan, Lang::Zh, MoneyUnit::Yuan),
            "106500000元"
        );
        assert_eq!(
            v(900_000.0, Unit::Yuan, Lang::Zh, MoneyUnit::Yi),
            "0.009亿元"
        );
        assert_eq!(
            v(900_000.0, Unit::YuanPerYear, Lang::En, MoneyUnit::Million),
            "¥0.9 million a year"
        );
        assert_eq!(
            v(106_500_000.0, Unit::Yuan, Lang::En, MoneyUnit::Yuan),
            "¥106,500,000"
        );
        assert_eq!(
            v(15_291.0, Unit::YuanPerPerson, Lang::Zh, MoneyUnit::Yi),
            "15291元"
        );
        for money in MoneyUnit::ALL {
            assert_eq!(MoneyUnit::from_code(money.code()), Some(money));
        }
    }

    #[test]
    fn a_chosen_money_unit_never_rounds_a_value_away() {
        let v = |x, lang, money| value(x, Unit::Yuan, Exact, lang, money);
        assert_eq!(v(30_776_000.0, Lang::Zh, MoneyUnit::Yi), "0.30776亿元");
        assert_eq!(v(75_724_000.0, Lang::Zh, MoneyUnit::Yi), "0.75724亿元");
        assert_eq!(v(765_000.0, Lang::Zh, MoneyUnit::Yi), "0.00765亿元");
        // Too many decimals in the chosen unit: written as automatic scaling writes it.
        assert_eq!(v(1065.0, Lang::Zh, MoneyUnit::Yi), "1065元");
        assert_eq!(v(1065.0, Lang::En, MoneyUnit::Million), "¥1,065");
        assert_eq!(v(123_456_789.0, Lang::Zh, MoneyUnit::Yi), "123456789元");
        assert_eq!(v(765_000.0, Lang::En, MoneyUnit::Million), "¥0.765 million");
        assert_eq!(v(1065.0, Lang::Zh, MoneyUnit::Wan), "0.1065万元");
    }

    #[test]
    fn chinese_uses_the_reports_measure_word() {
        let report = report::bundled().unwrap();
        let zh = |id| figure_value(report.figure(id).unwrap(), Lang::Zh, MoneyUnit::Auto);
        assert_eq!(zh("technical_training_sessions"), "1次");
        assert_eq!(zh("cadre_training_sessions"), "3期");
        assert_eq!(zh("park_pharma_firms"), "30+家");
        assert_eq!(zh("pair_schools_eda"), "2所");
        assert_eq!(zh("pair_communities_bairin"), "8个");
        let en = |id| figure_value(report.figure(id).unwrap(), Lang::En, MoneyUnit::Auto);
        assert_eq!(en("technical_training_sessions"), "1 session");
    }

    #[test]
    fn dates_and_periods() {
        assert_eq!(date("2022-08", Lang::Zh), "2022年8月");
        assert_eq!(date("2022-08", Lang::En), "Aug 2022");
        assert_eq!(date("2023-05-25", Lang::En), "25 May 2023");
        assert_eq!(date("2022-13", Lang::En), "2022-13");
        assert_eq!(period("2021/2023-05-25", Lang::Zh), "2021年至2023年5月25日");
        assert_eq!(period("2021/2023-05-25", Lang::En), "2021 – 25 May 2023");
        assert_eq!(period("2022", Lang::Zh), "2022年");
        assert_eq!(period("../2023-05", Lang::Zh), "截至2023年5月");
        assert_eq!(period("../2022", Lang::En), "up to 2022");
    }

    #[test]
    fn changes_between_reports_read_with_sign_unit_and_caveat() {
        use report::compare::Change;
        let report = report::bundled().unwrap();
        let total = report.figure("aid_funds_total").unwrap();
        let growth = report.figure("income_growth_2022").unwrap();
        let people = report.figure("beneficiaries").unwrap();
        let up = Change::Difference {
            value: 21_300_000.0,
            percent: Some(20.0),
        };
        assert_eq!(
            change(up, total, total, Lang::Zh, MoneyUnit::Auto),
            "+2130万元 (+20.0%)"
        );
        assert_eq!(
            change(up, total, total, Lang::En, MoneyUnit::Auto),
            "+¥21.3 million (+20.0%)"
        );
        let down = Change::Difference {
            value: -1.5,
            percent: None,
        };
        assert_eq!(
            change(down, growth, growth, Lang::Zh, MoneyUnit::Auto),
            "−1.5个百分点"
        );
        let same = Change::Difference {
            value: 0.0,
            percent: Some(0.0),
        };
        assert_eq!(
            change(same, total, total, Lang::En, MoneyUnit::Auto),
            "no change"
        );
        assert_eq!(
            change(
                Change::UnitsDiffer,
                total,
                people,
                Lang::En,
                MoneyUnit::Auto
            ),
            "different units; not computed"
        );
        let more = Change::Difference {
            value: 5000.0,
            percent: Some(5.0),
        };
        assert!(change(more, people, people, Lang::En, MoneyUnit::Auto)
            .ends_with("(from qualified values; indicative only)"));
        // An approximate value on either side makes the change indicative too.
        let mut about = total.clone();
        about.qualifier = Qualifier::Approximate;
        assert_eq!(
            change(up, total, &about, Lang::Zh, MoneyUnit::Auto),
            "+2130万元 (+20.0%)（含非确数，仅供参考）"
        );
        assert!(change(up, &about, total, Lang::En, MoneyUnit::Auto)
            .ends_with("(from qualified values; indicative only)"));
    }
}
