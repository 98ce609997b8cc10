//! What is shown, read back, is the figure: every figure of every report we have, in every
//! money unit and both languages, and thousands of generated amounts, parse back to their value
//! (a large derived amount to the value rounded to four significant digits, marked 约/≈; an
//! approximate figure to its value as written, marked 约/about).

use charts::i18n::money::MoneyUnit;
use charts::i18n::{format, Msg};
use report::Lang;
use report::{Figure, Qualifier, Report, Unit};

#[path = "../../../tests/common/mod.rs"]
mod common;
use proptest::prelude::*;

/// A shown value read back: the number and the mark before it, if any (`约`, `≈`, `about `).
#[derive(Debug)]
struct ReadBack {
    value: f64,
    mark: Option<&'static str>,
}

/// Reads a formatted value (`约0.30776亿元`, `≈¥2.199 billion`, `about 60,000 person-times`,
/// `10万+人`, `-¥5`) back into a number in canonical units, as a reader would.
fn read_back(text: &str) -> ReadBack {
    let mut rest = text;
    let mut mark = None;
    for word in ["约", "≈", "about "] {
        if let Some(after) = rest.strip_prefix(word) {
            assert!(mark.is_none(), "two marks in {text:?}");
            mark = Some(word);
            rest = after;
        }
    }
    let negative = rest.starts_with('-');
    rest = rest.trim_start_matches('-').trim_start_matches('¥');
    let digits_end = rest
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
        .unwrap_or(rest.len());
    let (digits, after) = rest.split_at(digits_end);
    let number: f64 = digits
        .replace(',', "")
        .parse()
        .unwrap_or_else(|_| panic!("no number in {text:?}"));
    let scales = [
        ("亿", 1e8),
        ("百万", 1e6),
        ("万", 1e4),
        (" billion", 1e9),
        (" million", 1e6),
        (" × 100 million", 1e8),
        (" × 10,000", 1e4),
    ];
    let scale = scales
        .iter()
        .find(|(word, _)| after.starts_with(word))
        .map_or(1.0, |(_, scale)| *scale);
    let magnitude = number * scale;
    ReadBack {
        value: if negative { -magnitude } else { magnitude },
        mark,
    }
}

/// Rounded half away from zero to `digits` significant digits.
fn round_significant(value: f64, digits: i32) -> f64 {
    let factor = 10f64.powi(digits - 1 - value.abs().log10().floor() as i32);
    (value * factor).round() / factor
}

fn same(a: f64, b: f64) -> bool {
    (a - b).abs() <= b.abs() * 1e-12
}

/// The shown text of `value` reads back as `value`, or as its rounding marked approximate:
/// 约/≈ on a large derived amount (rounded), 约/about on an approximate figure (as written,
/// never rounded), and on nothing else.
fn assert_reads_back(text: &str, value: f64, qualifier: Qualifier, context: &str) {
    let read = read_back(text);
    match (read.mark, qualifier) {
        (Some("约" | "≈"), Qualifier::Derived) => assert!(
            same(read.value, round_significant(value, 4)),
            "{context}: {text:?} reads {} for ≈{value}",
            read.value
        ),
        (Some("约" | "about "), Qualifier::Approximate) | (None, _) => {
            assert!(
                same(read.value, value),
                "{context}: {text:?} reads {} for {value}",
                read.value
            );
            assert_eq!(
                read.mark.is_some(),
                qualifier == Qualifier::Approximate,
                "{context}: {text:?} is {qualifier:?}"
            );
        }
        (Some(mark), _) => panic!("{context}: {text:?} marked {mark:?} for {qualifier:?}"),
    }
}

fn reports() -> Vec<Report> {
    let fixture = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/fixtures/fictional-county.json"
    ))
    .unwrap();
    let generic = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/fixtures/fictional-generic.json"
    ))
    .unwrap();
    let reports = vec![
        report::bundled().unwrap(),
        report::open(&fixture).unwrap_or_else(|errors| panic!("{errors:#?}")),
        report::open(&generic).unwrap_or_else(|errors| panic!("{errors:#?}")),
    ];
    // Every qualifier is read back from some figure of these reports.
    for qualifier in Qualifier::ALL {
        assert!(
            reports
                .iter()
                .any(|r| r.figures.iter().any(|f| f.qualifier == qualifier)),
            "no {qualifier:?} figure"
        );
    }
    reports
}

#[test]
fn every_figure_in_every_unit_reads_back_as_its_value() {
    for report in reports() {
        for figure in &report.figures {
            for lang in Lang::ALL {
                for money in MoneyUnit::ALL {
                    let text = format::figure_value(figure, lang, money);
                    let context = format!("{} {lang:?} {money:?}", figure.id);
                    assert_reads_back(&text, figure.value, figure.qualifier, &context);
                    assert_eq!(
                        text.contains('+'),
                        figure.qualifier == Qualifier::AtLeast,
                        "{context}: {text:?}"
                    );
                    if figure.qualifier == Qualifier::Approximate {
                        let about = lang.choose("约", "about ");
                        assert!(text.starts_with(about), "{context}: {text:?}");
                        assert_eq!(text.matches(about.trim()).count(), 1, "{context}: {text:?}");
                    }
                }
            }
        }
    }
}

#[test]
fn the_chinese_text_ends_with_the_reports_measure_word() {
    for report in reports() {
        for figure in report.figures.iter().filter(|f| f.counter.is_some()) {
            let text = format::figure_value(figure, Lang::Zh, MoneyUnit::Auto);
            let counter = figure.counter.as_deref().unwrap();
            assert!(text.ends_with(counter), "{}: {text:?}", figure.id);
            // The number and the word as the report writes them ("1次", "30多家" → "30+家").
            let number = format::value(
                figure.value,
                Unit::Count,
                Qualifier::Exact,
                Lang::Zh,
                MoneyUnit::Auto,
            );
            let number = number.trim_end_matches('个');
            assert!(
                figure
                    .source
                    .as_deref()
                    .unwrap_or_default()
                    .contains(number),
                "{}: {number} not in its quote",
                figure.id
            );
        }
    }
}

/// Whole yuan from 1 to 10^13, spread over every order of magnitude; a third of them round
/// (as reports write them) to 10 to 100,000.
fn amount() -> impl Strategy<Value = f64> {
    (1..=13u32, any::<u64>(), 0..3u32, 1..=5i32).prop_map(|(digits, bits, round, keep)| {
        let value = (bits % 10u64.pow(digits)) as f64;
        if round == 0 {
            let keep = 10f64.powi(keep);
            (value / keep).round() * keep
        } else {
            value
        }
    })
}

proptest! {
    #![proptest_config(common::generated(20_000))]

    #[test]
    fn generated_amounts_read_back_in_every_unit(
        value in amount(),
        unit in proptest::sample::select(vec![
            Unit::Yuan,
            Unit::YuanPerYear,
            Unit::YuanPerPerson,
            Unit::Person,
        ]),
        qualifier in proptest::sample::select(vec![
            Qualifier::Exact,
            Qualifier::AtLeast,
            Qualifier::Approximate,
            Qualifier::Derived,
        ]),
    ) {
        for lang in Lang::ALL {
            for money in MoneyUnit::ALL {
                let text = format::value(value, unit, qualifier, lang, money);
                assert_reads_back(&text, value, qualifier, &format!("{value} {money:?}"));
            }
        }
    }
}

#[test]
fn the_reader_back_understands_every_scale_word() {
    let figure = |value: f64| Figure {
        value,
        ..report::bundled()
            .unwrap()
            .figure("aid_funds_total")
            .unwrap()
            .clone()
    };
    assert!(same(read_back("0.30776亿元").value, 30_776_000.0));
    assert!(same(read_back("¥30.776 million").value, 30_776_000.0));
    assert!(same(read_back("约21.99亿元").value, 2_199_000_000.0));
    assert!(same(read_back("-¥5").value, -5.0));
    assert_eq!(read_back("≈¥2.199 billion").mark, Some("≈"));
    let about = read_back("about 60,000 person-times");
    assert!(same(about.value, 60_000.0) && about.mark == Some("about "));
    let about = read_back("约6万人次");
    assert!(same(about.value, 60_000.0) && about.mark == Some("约"));
    assert_eq!(read_back("10万+人").mark, None);
    // A rounded value does not read back as the figure.
    assert!(!same(read_back("0.3078亿元").value, 30_776_000.0));
    let shown = format::figure_value(&figure(1e8), Lang::En, MoneyUnit::Yi);
    assert!(same(read_back(&shown).value, 1e8), "{shown}");
}

/// A report dated by day alone reads without a time; one with a time shows it.
#[test]
fn a_date_alone_is_shown_without_a_time() {
    let mut meta = report::bundled().unwrap().meta;
    assert!(format::byline(&meta, Lang::Zh).ends_with("2023年5月25日 15:58"));
    meta.published = "2023-05-25".into();
    for lang in [Lang::Zh, Lang::En] {
        let byline = format::byline(&meta, lang);
        assert!(
            !byline.contains("00:00") && !byline.ends_with(' '),
            "{byline}"
        );
    }
    assert!(format::byline(&meta, Lang::Zh).ends_with("2023年5月25日"));
}

/// The source page's note does not claim that derived figures are quoted.
#[test]
fn the_original_text_note_sets_derived_figures_apart() {
    assert!(Msg::OriginalTextNote.text(Lang::Zh).contains("推算"));
    assert!(Msg::OriginalTextNote.text(Lang::En).contains("derived"));
}

/// A figure derived from an approximate one stays derived (as from an "at least" one): its
/// formula is checked and it is shown as our arithmetic, not as the report's approximation.
#[test]
fn a_figure_derived_from_an_approximate_one_stays_derived() {
    let mut root: serde_json::Value = serde_json::from_str(report::REPORT_JSON).unwrap();
    for figure in root["figures"].as_array_mut().unwrap() {
        if figure["id"] == "aid_funds_eda" {
            figure["qualifier"] = serde_json::json!("approximate");
        }
    }
    let report = report::validate::load(&root.to_string(), Some(report::ORIGINAL_TEXT))
        .unwrap_or_else(|e| panic!("{e:#?}"));
    let other = report.figure("aid_funds_other_beijing").unwrap();
    assert_eq!(other.qualifier, Qualifier::Derived);
    let shown = format::figure_value(other, Lang::Zh, MoneyUnit::Auto);
    assert_eq!(shown, "7572.4万元");
    let eda = report.figure("aid_funds_eda").unwrap();
    let shown = format::figure_value(eda, Lang::En, MoneyUnit::Auto);
    assert_eq!(shown, "about ¥30.776 million");
}
