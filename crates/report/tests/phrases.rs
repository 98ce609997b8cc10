//! The number-phrase reader of the authoring view (`report::phrase`) against every stored
//! figure: each figure's source, read in its report's text, gives the stored value, unit,
//! counter, qualifier and period. Then hand-made cases and hostile input.

use report::script;
use report::{phrase, phrase::Phrase};
use report::{Qualifier, Unit, ORIGINAL_TEXT};
use serde_json::Value;
use std::ops::Range;

#[path = "../../../tests/common/mod.rs"]
mod common;
use proptest::prelude::*;

/// One stored report: its name, text, publication date and figures with a source.
struct Stored {
    name: &'static str,
    text: String,
    published: (u16, u8, u8),
    figures: Vec<StoredFigure>,
}

struct StoredFigure {
    id: String,
    value: f64,
    unit: Unit,
    counter: Option<String>,
    qualifier: Qualifier,
    period: Option<String>,
    source: String,
}

/// The bundled report (its text is `ORIGINAL_TEXT`, which its quotes are checked against) and
/// every fixture (versions 2 to 4), read as plain JSON so no migration hides a convention.
fn stored() -> Vec<Stored> {
    let files: [(&str, &str); 8] = [
        ("report.json", include_str!("../src/report.json")),
        (
            "fictional-county.json",
            include_str!("../../../tests/fixtures/fictional-county.json"),
        ),
        (
            "fictional-district-pairing.json",
            include_str!("../../../tests/fixtures/fictional-district-pairing.json"),
        ),
        (
            "fictional-generic.json",
            include_str!("../../../tests/fixtures/fictional-generic.json"),
        ),
        (
            "fictional-traditional.json",
            include_str!("../../../tests/fixtures/fictional-traditional.json"),
        ),
        (
            "fictional-structure.json",
            include_str!("../../../tests/fixtures/fictional-structure.json"),
        ),
        (
            "fictional-charts.json",
            include_str!("../../../tests/fixtures/fictional-charts.json"),
        ),
        (
            "fictional-two-banners.json",
            include_str!("../../../tests/fixtures/fictional-two-banners.json"),
        ),
    ];
    let fixtures = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures"))
        .unwrap()
        .filter(|e| e.as_ref().unwrap().path().extension() == Some("json".as_ref()))
        .count();
    assert_eq!(fixtures, 7, "a new fixture: add it to `stored()`");
    files
        .into_iter()
        .map(|(name, json)| {
            let report: Value = serde_json::from_str(json).unwrap();
            let text = report["original_text"]
                .as_str()
                .unwrap_or(ORIGINAL_TEXT)
                .to_string();
            let published = report["meta"]["published"].as_str().unwrap();
            let part = |r: Range<usize>| published[r].parse::<u16>().unwrap();
            let published = (part(0..4), part(5..7) as u8, part(8..10) as u8);
            let figures = report["figures"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|f| f["source"].is_string())
                .map(|f| StoredFigure {
                    id: f["id"].as_str().unwrap().to_string(),
                    value: f["value"].as_f64().unwrap(),
                    unit: serde_json::from_value(f["unit"].clone()).unwrap(),
                    counter: f["counter"].as_str().map(str::to_string),
                    qualifier: serde_json::from_value(f["qualifier"].clone()).unwrap(),
                    period: f["period"].as_str().map(str::to_string),
                    source: f["source"].as_str().unwrap().to_string(),
                })
                .collect();
            Stored {
                name,
                text,
                published,
                figures,
            }
        })
        .collect()
}

fn source_range(report: &Stored, figure: &StoredFigure) -> Range<usize> {
    let start = report
        .text
        .find(&figure.source)
        .unwrap_or_else(|| panic!("{}: {} not in the text", report.name, figure.id));
    start..start + figure.source.len()
}

fn matches(p: &Phrase, f: &StoredFigure) -> bool {
    p.value == f.value && p.unit == f.unit && p.counter == f.counter && p.qualifier == f.qualifier
}

fn describe(phrases: &[Phrase]) -> String {
    phrases
        .iter()
        .map(|p| {
            format!(
                "{} {:?} {:?} {:?}{}",
                p.value,
                p.unit,
                p.counter,
                p.qualifier,
                p.hedge
                    .as_deref()
                    .map_or(String::new(), |h| format!(" hedge {h}"))
            )
        })
        .collect::<Vec<_>>()
        .join("; ")
}

#[test]
fn every_stored_source_reads_as_its_figure() {
    let mut checked = 0;
    let mut wrong = Vec::new();
    for report in stored() {
        for figure in &report.figures {
            let phrases = phrase::read(&report.text, source_range(&report, figure));
            checked += 1;
            if !phrases.iter().any(|p| matches(p, figure)) {
                wrong.push(format!(
                    "{} {}: stored {} {:?} {:?} {:?}, read [{}] in {:?}",
                    report.name,
                    figure.id,
                    figure.value,
                    figure.unit,
                    figure.counter,
                    figure.qualifier,
                    describe(&phrases),
                    figure.source
                ));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "{} of {checked}:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
    assert_eq!(checked, 55 + 22 + 13 + 16 + 17 + 15 + 8 + 15);
}

/// The stored period of every figure with a source, in every report: no exceptions. The
/// fictional county (published 2024-06-30) is the brief's reference; the others agree too.
#[test]
fn every_stored_period_is_read_from_the_sentence() {
    let mut agree = Vec::new();
    let mut wrong = Vec::new();
    for report in stored() {
        let mut n = 0;
        for figure in &report.figures {
            let read = phrase::period(
                &report.text,
                source_range(&report, figure),
                report.published,
            );
            if read == figure.period {
                n += 1;
            } else {
                wrong.push(format!(
                    "{} {}: stored {:?}, read {:?} ({})",
                    report.name, figure.id, figure.period, read, figure.source
                ));
            }
        }
        agree.push(format!("{} {n}/{}", report.name, report.figures.len()));
    }
    println!("periods that agree: {}", agree.join(", "));
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn find_all_finds_every_stored_figure_in_its_source() {
    for report in stored() {
        let all = phrase::find_all(&report.text);
        for pair in all.windows(2) {
            assert!(
                pair[0].range.end <= pair[1].range.start,
                "{}: {pair:?}",
                report.name
            );
        }
        for figure in &report.figures {
            let source = source_range(&report, figure);
            assert!(
                all.iter().any(|p| source.start <= p.range.start
                    && p.range.end <= source.end
                    && matches(p, figure)),
                "{} {}: {:?}",
                report.name,
                figure.id,
                figure.source
            );
        }
        // find_all reads each phrase exactly as read does at the phrase's own range.
        for p in &all {
            assert!(
                phrase::read(&report.text, p.range.clone()).contains(p),
                "{}: {p:?}",
                report.name
            );
        }
    }
}

/// Phrases found in the bundled report that no stored figure holds: the numbers the authoring
/// view would mark as not yet figures. The bundled report has a figure for every number.
#[test]
fn the_bundled_report_has_no_number_left_over() {
    let report = stored().into_iter().next().unwrap();
    let sources: Vec<Range<usize>> = report
        .figures
        .iter()
        .map(|f| source_range(&report, f))
        .collect();
    let left: Vec<&str> = phrase::find_all(&report.text)
        .iter()
        .filter(|p| {
            !sources
                .iter()
                .any(|s| s.start <= p.range.start && p.range.end <= s.end)
        })
        .map(|p| &report.text[p.range.clone()])
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

/// The single phrase of `text`, checked on every field and on its range.
fn one(text: &str) -> Phrase {
    let all = phrase::find_all(text);
    assert_eq!(all.len(), 1, "{text}: {all:?}");
    all.into_iter().next().unwrap()
}

fn reads(text: &str, quote: &str, value: f64, unit: Unit, counter: Option<&str>, q: Qualifier) {
    let p = one(text);
    assert_eq!(&text[p.range.clone()], quote, "{text}");
    assert_eq!(
        (p.value, p.unit, p.counter.as_deref(), p.qualifier),
        (value, unit, counter, q),
        "{text}"
    );
}

#[test]
fn decimals_and_multipliers_are_exact() {
    use Qualifier::*;
    reads(
        "投入资金1.065亿元。",
        "1.065亿元",
        106_500_000.0,
        Unit::Yuan,
        None,
        Exact,
    );
    reads(
        "资金3077.6万元",
        "3077.6万元",
        30_776_000.0,
        Unit::Yuan,
        None,
        Exact,
    );
    reads(
        "完成25.4亿元",
        "25.4亿元",
        2_540_000_000.0,
        Unit::Yuan,
        None,
        Exact,
    );
    reads(
        "捐款1万万元",
        "1万万元",
        100_000_000.0,
        Unit::Yuan,
        None,
        Exact,
    );
    reads(
        "投资3千万元",
        "3千万元",
        30_000_000.0,
        Unit::Yuan,
        None,
        Exact,
    );
    reads(
        "就业1万5千人",
        "1万5千人",
        15_000.0,
        Unit::Person,
        None,
        Exact,
    );
    reads("增长7.5%", "7.5%", 7.5, Unit::Percent, None, Exact);
    reads(
        "增长１２．５％",
        "１２．５％",
        12.5,
        Unit::Percent,
        None,
        Exact,
    );
    reads("培训１２３人", "１２３人", 123.0, Unit::Person, None, Exact);
    reads("并网20万千瓦", "20万千瓦", 200_000.0, Unit::Kw, None, Exact);
    reads("装机50兆瓦", "50兆瓦", 50_000.0, Unit::Kw, None, Exact);
    reads(
        "厂房1.5万平方米",
        "1.5万平方米",
        15_000.0,
        Unit::M2,
        None,
        Exact,
    );
    reads("面积10平方公里", "10平方公里", 10.0, Unit::Km2, None, Exact);
    reads("收入1,234元", "1,234元", 1234.0, Unit::Yuan, None, Exact);
    reads(
        "提高1.5个百分点",
        "1.5个百分点",
        1.5,
        Unit::Percent,
        Some("个百分点"),
        Exact,
    );
}

#[test]
fn measure_words_give_units_and_counters() {
    use Qualifier::*;
    reads(
        "入驻企业30多家",
        "30多家",
        30.0,
        Unit::Count,
        Some("家"),
        AtLeast,
    );
    reads(
        "规模以上企业10余家",
        "10余家",
        10.0,
        Unit::Count,
        Some("家"),
        AtLeast,
    );
    reads("结对2所学校", "2所", 2.0, Unit::Count, Some("所"), Exact);
    reads("实施项目39个", "39个", 39.0, Unit::Count, None, Exact);
    reads("购买母羊2000只", "2000只", 2000.0, Unit::Head, None, Exact);
    reads("设备21台套", "21台套", 21.0, Unit::Set, None, Exact);
    reads("捐赠设备33类", "33类", 33.0, Unit::Item, None, Exact);
    reads("选派2名干部", "2名", 2.0, Unit::Person, None, Exact);
    reads(
        "培训2万多人次",
        "2万多人次",
        20_000.0,
        Unit::PersonTime,
        None,
        AtLeast,
    );
    reads(
        "培训1.2万余人次",
        "1.2万余人次",
        12_000.0,
        Unit::PersonTime,
        None,
        AtLeast,
    );
    reads(
        "入户服务1000多次",
        "1000多次",
        1000.0,
        Unit::Visit,
        None,
        AtLeast,
    );
    reads(
        "开展人才培训1次",
        "1次",
        1.0,
        Unit::Session,
        Some("次"),
        Exact,
    );
    reads("开展干部培训三期", "三期", 3.0, Unit::Session, None, Exact);
    reads(
        "新增客服岗位100多个",
        "100多个",
        100.0,
        Unit::Job,
        None,
        AtLeast,
    );
    reads("提供300个岗位", "300个岗位", 300.0, Unit::Job, None, Exact);
    reads("提供50个就业岗位", "50个", 50.0, Unit::Job, None, Exact);
    reads(
        "销售8000万元以上",
        "8000万元以上",
        80_000_000.0,
        Unit::Yuan,
        None,
        AtLeast,
    );
    reads(
        "惠及10万余人",
        "10万余人",
        100_000.0,
        Unit::Person,
        None,
        AtLeast,
    );
    reads(
        "销售额新增1000余万元",
        "1000余万元",
        10_000_000.0,
        Unit::Yuan,
        None,
        AtLeast,
    );
    reads(
        "惠及超过1000人",
        "超过1000人",
        1000.0,
        Unit::Person,
        None,
        AtLeast,
    );
    // A duration and a project noun are not quantities of the format.
    assert!(phrase::find_all("历时3个月,实施39项目").is_empty());
}

/// Weights, land in mu and energy, as real reports print them: each its own unit, the value
/// as stated (1亩 is not turned into square metres), 万 multiplied out.
#[test]
fn tonnes_mu_and_kilowatt_hours() {
    use Qualifier::*;
    reads(
        "向东部省市销售农产品14万吨",
        "14万吨",
        140_000.0,
        Unit::Ton,
        None,
        Exact,
    );
    reads(
        "建成高标准农田1.2万亩",
        "1.2万亩",
        12_000.0,
        Unit::Mu,
        None,
        Exact,
    );
    reads(
        "种植中药材3000余亩",
        "3000余亩",
        3000.0,
        Unit::Mu,
        None,
        AtLeast,
    );
    reads(
        "年发电量2.4亿千瓦时",
        "2.4亿千瓦时",
        240_000_000.0,
        Unit::Kwh,
        None,
        Exact,
    );
    reads(
        "发电100千瓦小时",
        "100千瓦小时",
        100.0,
        Unit::Kwh,
        None,
        Exact,
    );
    reads("发电3兆瓦时", "3兆瓦时", 3000.0, Unit::Kwh, None, Exact);
    reads("年发电1200kWh", "1200kWh", 1200.0, Unit::Kwh, None, Exact);
    // Capacity stays capacity: 千瓦 without 时.
    reads(
        "建成光伏电站20万千瓦",
        "20万千瓦",
        200_000.0,
        Unit::Kw,
        None,
        Exact,
    );
    // Traditional characters read the same.
    reads(
        "銷售農產品14萬噸",
        "14萬噸",
        140_000.0,
        Unit::Ton,
        None,
        Exact,
    );
    reads("建成1.2萬畝", "1.2萬畝", 12_000.0, Unit::Mu, None, Exact);
    // 吨位 is a ship's size, not a weight.
    assert!(phrase::find_all("货船载重5000吨位").is_empty());
}

#[test]
fn chinese_numerals() {
    use Qualifier::*;
    reads("两所学校", "两所", 2.0, Unit::Count, Some("所"), Exact);
    reads(
        "举办一次培训",
        "一次",
        1.0,
        Unit::Session,
        Some("次"),
        Exact,
    );
    reads("入户走访一次", "一次", 1.0, Unit::Visit, None, Exact);
    reads(
        "召开联席会议一次",
        "一次",
        1.0,
        Unit::Count,
        Some("次"),
        Exact,
    );
    reads("选派十余人", "十余人", 10.0, Unit::Person, None, AtLeast);
    reads("选派二十人", "二十人", 20.0, Unit::Person, None, Exact);
    reads(
        "培训一百二十人",
        "一百二十人",
        120.0,
        Unit::Person,
        None,
        Exact,
    );
    reads(
        "投资三十余万元",
        "三十余万元",
        300_000.0,
        Unit::Yuan,
        None,
        AtLeast,
    );
    reads(
        "建设两万平方米",
        "两万平方米",
        20_000.0,
        Unit::M2,
        None,
        Exact,
    );
    reads(
        "增长百分之七点五",
        "百分之七点五",
        7.5,
        Unit::Percent,
        None,
        Exact,
    );
    reads(
        "东坪区结对帮扶两个旗",
        "两个",
        2.0,
        Unit::Count,
        None,
        Exact,
    );
    // The article 一 (一家企业, 一批), ordinals (第二家), vague (几十家), idioms and headings
    // (万企兴万村, 千方百计, 一、), a banner as a place (两旗), a one-off (一次性): no figure.
    for text in [
        "一家企业",
        "开设第二家门店",
        "几十家企业",
        "数十人",
        "万企兴万村",
        "千方百计",
        "一、航向标定",
        "培训两旗干部",
        "一次性补助",
        "十四五规划",
        "二〇二三年",
        "一件件惠民之举",
    ] {
        assert!(
            phrase::find_all(text).is_empty(),
            "{text}: {:?}",
            phrase::find_all(text)
        );
    }
}

#[test]
fn ranges_and_pairs_make_two_phrases() {
    let text = "以每组10到20只发包给需求户";
    let all = phrase::find_all(text);
    assert_eq!(all.len(), 2, "{all:?}");
    assert_eq!(&text[all[0].range.clone()], "10");
    assert_eq!(&text[all[1].range.clone()], "20只");
    assert!(all
        .iter()
        .all(|p| p.unit == Unit::Head && p.qualifier == Qualifier::Exact));
    assert_eq!((all[0].value, all[1].value), (10.0, 20.0));

    let all = phrase::find_all("投资1至2亿元");
    assert_eq!((all[0].value, all[1].value), (1e8, 2e8));
    let all = phrase::find_all("补助5000至2万元");
    assert_eq!((all[0].value, all[1].value), (5000.0, 20_000.0));

    let text = "完成乡村振兴干部培训3期240人";
    let all = phrase::find_all(text);
    assert_eq!(
        all.iter().map(|p| (p.value, p.unit)).collect::<Vec<_>>(),
        [(3.0, Unit::Session), (240.0, Unit::Person)]
    );
}

#[test]
fn the_sentence_decides_money_units_and_qualifiers() {
    let read = |text: &str, quote: &str| {
        let at = text.find(quote).unwrap();
        let all = phrase::read(text, at..at + quote.len());
        assert_eq!(all.len(), 1, "{text} / {quote}: {all:?}");
        (all[0].unit, all[0].qualifier)
    };
    use Qualifier::*;
    use Unit::*;
    let text = "2022年,人均纯收入达15291元,同比增长7.5%,固定资产投资完成25.4亿元。";
    assert_eq!(read(text, "15291元"), (YuanPerPerson, Exact));
    assert_eq!(read(text, "25.4亿元"), (Yuan, Exact));
    // The guide's rule: 可实现 of a project once built is projected, of a working one capacity.
    let text = "项目建成后,每年可实现交易6.5亿元,跨区域交易额3.1亿元。";
    assert_eq!(read(text, "6.5亿元"), (YuanPerYear, Projected));
    assert_eq!(read(text, "3.1亿元"), (YuanPerYear, Projected));
    let text = "园区现已建成投产,可实现年销售收入12亿元,吸纳就业300多人。";
    assert_eq!(read(text, "12亿元"), (YuanPerYear, Capacity));
    assert_eq!(read(text, "300多人"), (Person, AtLeast));
    let text = "预计2024年全年销售农产品8000万元。";
    assert_eq!(read(text, "8000万元"), (Yuan, Projected));
    let text = "预计明年投入运行,目前已完成投资500万元。";
    assert_eq!(read(text, "500万元"), (Yuan, Exact));
    let text = "每年安排资金100万元,累计投入500万元。";
    assert_eq!(read(text, "100万元"), (YuanPerYear, Exact));
    assert_eq!(read(text, "500万元"), (Yuan, Exact));
    assert_eq!(
        read("务工群众人均年增收2000元以上", "2000元以上"),
        (YuanPerPerson, AtLeast)
    );
    assert_eq!(
        read("补贴标准为300元/人", "300元/人"),
        (YuanPerPerson, Exact)
    );
    assert_eq!(
        read("帮扶销售额稳定达到1亿元以上", "1亿元以上"),
        (YuanPerYear, AtLeast)
    );
    assert_eq!(
        read("培训青年创业者50人,发放青年创业贷款300万元", "300万元"),
        (Yuan, Exact)
    );
}

#[test]
fn hedges_are_read_as_approximate_and_bounds_named() {
    for (text, quote, hedge) in [
        ("惠及约1000人", "约1000人", None),
        ("惠及近1万人", "近1万人", None),
        ("将近300人", "将近300人", None),
        ("大约50家", "大约50家", None),
        ("培训200人左右", "200人左右", None),
        ("培训200人上下", "200人上下", None),
        ("不到30%", "不到30%", Some("不到")),
        ("不足500户", "不足500户", Some("不足")),
        ("培训100人以下", "100人以下", Some("以下")),
    ] {
        let p = one(text);
        assert_eq!(&text[p.range.clone()], quote);
        assert_eq!(p.hedge.as_deref(), hedge, "{text}");
        assert_eq!(p.qualifier, Qualifier::Approximate, "{text}");
    }
    // 上下游 is a word: 3家上下游企业 is exact.
    assert_eq!(one("引进3家上下游企业").qualifier, Qualifier::Exact);
    // 节约 and 近年来 are words, not hedges.
    assert_eq!(one("节约资金300万元").hedge, None);
    assert_eq!(one("节约300万元").hedge, None);
    assert_eq!(one("近年来培训300人").hedge, None);
}

/// The period `phrase::period` reads for the first `quote` of `text`, published 2023-05-25.
fn period_at(text: &str, quote: &str) -> Option<String> {
    let at = text.find(quote).unwrap();
    phrase::period(text, at..at + quote.len(), (2023, 5, 25))
}

#[test]
fn periods_in_the_formats_forms() {
    let period = period_at;
    let text = "2021年以来,共投入资金1.065亿元,实施项目39个。2022年,人均纯收入达15291元。";
    assert_eq!(period(text, "39个").as_deref(), Some("2021/2023-05-25"));
    assert_eq!(period(text, "15291元").as_deref(), Some("2022"));
    let text = "项目已于2022年8月完成投资500万元。";
    assert_eq!(period(text, "500万元").as_deref(), Some("2022-08"));
    let text = "2022年8月以来,销售300万元。";
    assert_eq!(
        period(text, "300万元").as_deref(),
        Some("2022-08/2023-05-25")
    );
    let text = "2021年至2022年,累计培训300人。";
    assert_eq!(period(text, "300人").as_deref(), Some("2021/2022"));
    let text = "今年以来,销售300万元,较去年增长5%。";
    assert_eq!(period(text, "300万元").as_deref(), Some("2023/2023-05-25"));
    assert_eq!(period(text, "5%").as_deref(), Some("2023/2023-05-25"));
    let text = "去年,销售300万元。";
    assert_eq!(period(text, "300万元").as_deref(), Some("2022"));
    // A year inside an earlier clause governs only that clause; 几年来 and comparisons say
    // nothing; a year before a semicolon still governs after it.
    let text = "项目已于2022年8月启动,带动就业300人。几年来,培训2万多人次。比2020年增长5%。";
    assert_eq!(period(text, "300人"), None);
    assert_eq!(period(text, "2万多人次"), None);
    assert_eq!(period(text, "5%"), None);
    let text = "2021年,建设圈舍4000平方米;购买母羊2000只。";
    assert_eq!(period(text, "2000只").as_deref(), Some("2021"));
    assert_eq!(phrase::period("没有数字", 0..3, (2023, 5, 25)), None);
}

#[test]
#[allow(clippy::reversed_empty_ranges)] // a caller's reversed selection must not panic
fn sentences_end_at_full_stops_and_line_breaks() {
    let text = "甲句。2022年,乙句15291元;丙10人！\n丁";
    let at = text.find("15291").unwrap();
    let s = phrase::sentence(text, at..at + 5);
    assert_eq!(&text[s], "2022年,乙句15291元;丙10人！");
    let whole = text.find("甲").unwrap()..text.find("乙").unwrap();
    assert_eq!(&text[phrase::sentence(text, 0..3)], "甲句。");
    assert_eq!(
        &text[phrase::sentence(text, whole)],
        "甲句。2022年,乙句15291元;丙10人！"
    );
    assert_eq!(phrase::sentence("", 5..1), 0..0);
}

#[test]
#[allow(clippy::reversed_empty_ranges)] // a caller's reversed selection must not panic
fn hostile_input_never_panics_nor_misreads() {
    assert!(phrase::find_all("").is_empty());
    assert!(phrase::read("", 0..10).is_empty());
    assert_eq!(phrase::period("", 3..1, (2023, 1, 1)), None);
    // Scientific notation, lists, versions, codes: not one number, and never 1e400.
    assert!(phrase::find_all("1e400").is_empty());
    assert!(phrase::find_all("1e400元").is_empty());
    assert!(phrase::find_all("1,2,3").is_empty());
    assert_eq!(
        phrase::find_all("1,2,3人")
            .iter()
            .map(|p| p.value)
            .collect::<Vec<_>>(),
        [3.0]
    );
    assert!(phrase::find_all("版本1.2.3人").is_empty());
    assert!(phrase::find_all("CO2排放5G网络").is_empty());
    // Too many digits to be exact: dropped, never rounded, never infinite.
    assert!(phrase::find_all(&format!("{}元", "9".repeat(400))).is_empty());
    assert!(phrase::find_all("99999999999999999元").is_empty());
    assert!(phrase::find_all(&format!("1{}元", "亿".repeat(60))).is_empty());
    assert!(phrase::find_all(&format!("0.{}1元", "0".repeat(60))).is_empty());
    assert_eq!(one("9007199254740992元").value, 9_007_199_254_740_992.0);
    assert_eq!(one("1万万万元").value, 1e12);
    // Mixed scripts.
    let p = one("投资１.5万元");
    assert_eq!(p.value, 15_000.0);
    let p = one("培训３万余人次");
    assert_eq!((p.value, p.qualifier), (30_000.0, Qualifier::AtLeast));
    // Selections inside a character are moved outwards, never panic.
    let text = "共投入资金1.065亿元";
    for start in 0..=text.len() + 2 {
        for end in 0..=text.len() + 2 {
            for p in phrase::read(text, start..end) {
                assert_eq!(p.value, 106_500_000.0);
            }
            let _ = phrase::period(text, start..end, (2023, 5, 25));
            let s = phrase::sentence(text, start..end);
            assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        }
    }
}

const PIECES: [&str; 62] = [
    "1",
    "0",
    "9",
    ".",
    ",",
    "１",
    "．",
    "万",
    "亿",
    "千",
    "百",
    "十",
    "两",
    "一",
    "二",
    "零",
    "〇",
    "余",
    "多",
    "以上",
    "超过",
    "约",
    "近",
    "左右",
    "元",
    "人",
    "人次",
    "个",
    "家",
    "所",
    "只",
    "台套",
    "次",
    "期",
    "类",
    "平方米",
    "千瓦",
    "时",
    "%",
    "％",
    "岗位",
    "到",
    "-",
    "至",
    "年",
    "月",
    "以来",
    "人均",
    "每年",
    "可实现",
    "预计",
    "建成后",
    "已",
    "。",
    "，",
    ";",
    "\n",
    "e",
    "第",
    "百分之",
    "😀",
    "\u{0}",
];

/// A text of pieces that matter, any character and long runs of 9s, with a fragment of it.
fn text_and_fragment() -> impl Strategy<Value = (String, usize, usize)> {
    let piece = prop_oneof![
        any::<char>().prop_map(String::from),
        (0..40usize).prop_map(|n| "9".repeat(n)),
        proptest::sample::select(&PIECES[..]).prop_map(str::to_string),
        proptest::sample::select(&PIECES[..]).prop_map(str::to_string),
        proptest::sample::select(&PIECES[..]).prop_map(str::to_string),
        proptest::sample::select(&PIECES[..]).prop_map(str::to_string),
    ];
    proptest::collection::vec(piece, 0..40)
        .prop_map(|pieces| pieces.concat())
        .prop_flat_map(|text| {
            let len = text.len() + 3;
            (Just(text), 0..len, 0..len)
        })
}

proptest! {
    #![proptest_config(common::generated(6000))]

    /// Arbitrary strings (from pieces that matter, and any character): no panic; phrases in order,
    /// not overlapping, on character boundaries, inside the text, finite and not negative;
    /// `read` agrees with `find_all`; periods in the format's forms.
    #[test]
    fn arbitrary_text_never_breaks_the_reader((text, a, b) in text_and_fragment()) {
        let all = phrase::find_all(&text);
        let mut end = 0;
        for p in &all {
            prop_assert!(p.range.start >= end && p.range.start < p.range.end, "{:?}", p);
            prop_assert!(p.range.end <= text.len());
            prop_assert!(text.is_char_boundary(p.range.start) && text.is_char_boundary(p.range.end));
            prop_assert!(p.value.is_finite() && p.value >= 0.0, "{:?}", p);
            prop_assert!(phrase::read(&text, p.range.clone()).contains(p), "{:?}", p);
            end = p.range.end;
        }
        for p in phrase::read(&text, a..b) {
            prop_assert!(all.contains(&p), "{}..{} {:?}", a, b, p);
        }
        if let Some(period) = phrase::period(&text, a..b, (2023, 5, 25)) {
            prop_assert!(is_period(&period), "{}", period);
        }
    }
}

/// The format's period forms (as the validator checks them).
fn is_period(text: &str) -> bool {
    let date = |part: &str| {
        let pieces: Vec<&str> = part.split('-').collect();
        let n = |s: &str, len: usize| s.len() == len && s.bytes().all(|b| b.is_ascii_digit());
        let m = |s: &str| (1..=12).contains(&s.parse::<u8>().unwrap_or(0));
        let d = |s: &str| (1..=31).contains(&s.parse::<u8>().unwrap_or(0));
        match pieces.as_slice() {
            [y] => n(y, 4),
            [y, mo] => n(y, 4) && n(mo, 2) && m(mo),
            [y, mo, da] => n(y, 4) && n(mo, 2) && n(da, 2) && m(mo) && d(da),
            _ => false,
        }
    };
    match text.split_once('/') {
        Some(("..", b)) => date(b),
        Some((a, b)) => date(a) && date(b) && a <= b,
        None => date(text),
    }
}

/// `text` written in Traditional characters: every Simplified character of the reader's table
/// in its (first) Traditional form.
fn traditional(text: &str) -> String {
    let mut twins = std::collections::HashMap::new();
    for &(t, s) in script::pairs() {
        twins.entry(s).or_insert(t);
    }
    text.chars().map(|c| *twins.get(&c).unwrap_or(&c)).collect()
}

/// Every phrase of every stored text, and of the cases below, reads the same from its
/// Traditional twin: the same ranges, values, units, qualifiers and periods, and the measure
/// word as the twin prints it.
#[test]
fn traditional_twins_read_as_their_simplified_text() {
    let mut texts: Vec<String> = stored().into_iter().map(|r| r.text).collect();
    texts.extend(TWIN_CASES.iter().map(|t| t.to_string()));
    let mut compared = 0;
    for text in &texts {
        let twin = traditional(text);
        assert_ne!(&twin, text, "the twin is written differently");
        let simplified = phrase::find_all(text);
        let read = phrase::find_all(&twin);
        let shown = |all: &[Phrase], t: &str| -> Vec<String> {
            all.iter().map(|p| t[p.range.clone()].to_string()).collect()
        };
        assert_eq!(
            simplified.len(),
            read.len(),
            "{:?} / {:?}",
            shown(&simplified, text),
            shown(&read, &twin)
        );
        for (s, t) in simplified.iter().zip(&read) {
            assert_eq!(
                (&s.range, s.value, s.unit, s.qualifier, &s.hedge),
                (&t.range, t.value, t.unit, t.qualifier, &t.hedge),
                "{}",
                &twin[t.range.clone()]
            );
            assert_eq!(
                t.counter.as_ref().map(|c| traditional(c)),
                t.counter,
                "{twin}"
            );
            // A number that borrows its measure word (the 10 of 10到20只) does not print it.
            if text[s.stated.clone()].contains(&s.word) {
                assert_eq!(t.word, traditional(&s.word), "{twin}");
                assert!(twin[t.stated.clone()].contains(&t.word), "{twin}");
            }
            assert_eq!(
                phrase::period(text, s.range.clone(), (2023, 5, 25)),
                phrase::period(&twin, t.range.clone(), (2023, 5, 25)),
                "{twin}"
            );
            compared += 1;
        }
    }
    assert!(compared > 120, "{compared}");
}

/// Sentences of the kinds real reports print, each with a Traditional twin in the test above.
const TWIN_CASES: [&str; 12] = [
    "截至2023年5月底，累计投入帮扶资金1.2亿元，实施项目35个。",
    "2021年——2023年，共培训干部3期240人。",
    "较2020年增长15%，带动约6万人次增收。",
    "2021年以来，引导120家企业投资超过8亿元。",
    "帮助40万农村劳动力实现就业，其中脱贫劳动力近万人。",
    "分3批次选派专业技术人才56名，签订协议70份。",
    "人均月收入3000元，是过去的2倍。",
    "项目建成后预计每年可实现销售收入约5000万元左右。",
    "开展各类活动77次，入户走访1000多次，举办培训班12次。",
    "不足100户的村有3个。",
    "消费帮扶销售农畜产品4.5亿元，同比增长12.6%。",
    "截至目前，已有上千名群众受益。",
];

#[test]
fn measure_words_of_real_reports() {
    use Qualifier::*;
    reads(
        "分3批次选派",
        "3批次",
        3.0,
        Unit::Count,
        Some("批次"),
        Exact,
    );
    reads("签订协议70份", "70份", 70.0, Unit::Count, Some("份"), Exact);
    reads("是过去的2倍", "2倍", 2.0, Unit::Multiple, None, Exact);
    reads(
        "人均月收入3000元",
        "3000元",
        3000.0,
        Unit::YuanPerMonth,
        None,
        Exact,
    );
    reads(
        "工资3000元/月",
        "3000元/月",
        3000.0,
        Unit::YuanPerMonth,
        None,
        Exact,
    );
    reads(
        "帮助40万农村劳动力就业",
        "40万农村劳动力",
        400_000.0,
        Unit::Person,
        None,
        Exact,
    );
    reads(
        "使46万贫困农牧民获得收益",
        "46万贫困农牧民",
        460_000.0,
        Unit::Person,
        None,
        Exact,
    );
    reads(
        "带动3000农户",
        "3000农户",
        3000.0,
        Unit::Count,
        Some("农户"),
        Exact,
    );
    reads(
        "带动近万人",
        "近万人",
        10_000.0,
        Unit::Person,
        None,
        Approximate,
    );
    reads(
        "已有上千名群众",
        "上千名",
        1000.0,
        Unit::Person,
        None,
        AtLeast,
    );
    reads(
        "开展各类活动77次",
        "77次",
        77.0,
        Unit::Count,
        Some("次"),
        Exact,
    );
    reads(
        "入户走访1000多次",
        "1000多次",
        1000.0,
        Unit::Visit,
        None,
        AtLeast,
    );
    reads(
        "举办培训班12次",
        "12次",
        12.0,
        Unit::Session,
        Some("次"),
        Exact,
    );
    // Not quantities: 三农, 两学, a bare 万 that names (万企兴万村), 批准, 批发.
    for text in [
        "做好三农工作",
        "万企兴万村",
        "批准3个项目",
        "建成2个批发市场",
    ] {
        let all = phrase::find_all(text);
        assert!(
            all.iter().all(|p| p.word != "农" && p.word != "批"),
            "{text}: {all:?}"
        );
    }
    // A plan's name forecasts nothing; an intention or what will rise does.
    assert_eq!(
        one("按《2022年东西部协作项目计划》共收到资金3879万元").qualifier,
        Exact
    );
    assert_eq!(
        one("该县编制2023年协作资金项目计划,共收到帮扶资金2600万元").qualifier,
        Exact
    );
    assert_eq!(one("签约采购意向金额达8.6亿元").qualifier, Projected);
    assert_eq!(one("协作资金将从县均500万元增至").qualifier, Projected);
    reads(
        "销售5大类特色产品",
        "5大类",
        5.0,
        Unit::Item,
        Some("大类"),
        Exact,
    );
}

#[test]
fn periods_real_reports_print() {
    let period = period_at;
    let text = "截至2023年5月底，累计投入帮扶资金1.2亿元，实施项目35个。";
    assert_eq!(period(text, "1.2亿元").as_deref(), Some("../2023-05"));
    assert_eq!(period(text, "35个").as_deref(), Some("../2023-05"));
    let text = "截至2022年底，累计培训3000人次。";
    assert_eq!(period(text, "3000人次").as_deref(), Some("../2022"));
    let text = "截至目前，已有上千名群众受益。";
    assert_eq!(period(text, "上千名").as_deref(), Some("../2023-05-25"));
    let text = "2021年——2023年，共培训干部240人。";
    assert_eq!(period(text, "240人").as_deref(), Some("2021/2023"));
    let text = "2021年—2023年，共培训干部240人。";
    assert_eq!(period(text, "240人").as_deref(), Some("2021/2023"));
    // A base year is no period; 以來 is 以来.
    let text = "销售额较2020年增长15%。";
    assert_eq!(period(text, "15%"), None);
    let text = "2021年以來，共投入資金1.065億元。";
    assert_eq!(
        period(text, "1.065億元").as_deref(),
        Some("2021/2023-05-25")
    );
    let text = "从2010年开始，累计选派干部300名。";
    assert_eq!(period(text, "300名").as_deref(), Some("2010/2023-05-25"));
}

/// Generated phrases of every form the reader knows (digits and decimals, 万 and 亿, measure
/// words, words of at least and about, Simplified or Traditional): each reads back as built.
#[test]
fn generated_phrases_read_back_as_built() {
    use Qualifier::*;
    const WORDS: [(&str, Unit, Option<&str>); 13] = [
        ("元", Unit::Yuan, None),
        ("人", Unit::Person, None),
        ("名", Unit::Person, None),
        ("人次", Unit::PersonTime, None),
        ("个", Unit::Count, None),
        ("家", Unit::Count, Some("家")),
        ("所", Unit::Count, Some("所")),
        ("平方米", Unit::M2, None),
        ("千瓦", Unit::Kw, None),
        ("批次", Unit::Count, Some("批次")),
        ("吨", Unit::Ton, None),
        ("亩", Unit::Mu, None),
        ("千瓦时", Unit::Kwh, None),
    ];
    let phrases = (
        1..=9999u64,
        0..WORDS.len(),
        0..3usize,
        0..3usize,
        0..1000usize,
        0..5usize,
        any::<bool>(),
    );
    let mut runner = proptest::test_runner::TestRunner::new(common::generated(4000));
    let outcome = runner.run(
        &phrases,
        |(whole, word, scale, decimals, fraction, qualifier, in_traditional)| {
            let (word, unit, counter) = WORDS[word];
            let (scale, multiplier) = [(0, ""), (4, "万"), (8, "亿")][scale];
            // Whole units need a whole value: decimals only with a multiplier that makes them so.
            let decimals = if scale == 0 && report::stated::counts_whole(unit) {
                0
            } else {
                decimals
            };
            let fraction = (fraction % 10usize.pow(decimals as u32)) as u64;
            let digits = if decimals == 0 {
                whole.to_string()
            } else {
                format!("{whole}.{fraction:0width$}", width = decimals)
            };
            let mantissa = if decimals == 0 {
                whole.to_string()
            } else {
                format!("{whole}{fraction:0width$}", width = decimals)
            };
            let value: f64 = format!("{mantissa}e{}", scale - decimals as i32)
                .parse()
                .unwrap();
            let (lead, trail, qualifier) = [
                ("约", "", Approximate),
                ("", "左右", Approximate),
                ("超过", "", AtLeast),
                ("", "以上", AtLeast),
                ("", "", Exact),
            ][qualifier];
            let mut written = format!("{lead}{digits}{multiplier}{word}{trail}");
            if in_traditional {
                written = traditional(&written);
            }
            let text = format!("全县共有{written}。");
            let p = one(&text);
            prop_assert_eq!(&text[p.range.clone()], written.as_str());
            prop_assert_eq!(p.value, value, "{}", text);
            prop_assert_eq!(
                (p.unit, p.qualifier, p.counter.as_deref().map(traditional)),
                (unit, qualifier, counter.map(traditional)),
                "{}",
                text
            );
            Ok(())
        },
    );
    if let Err(failure) = outcome {
        panic!("{failure}");
    }
}

/// Twins of the example reports' sentences: a total counted up to now (目前, 已累计 with no
/// date) ends at publication, and 截至今年4月底 at that month of the publication year.
#[test]
fn periods_up_to_now_and_to_a_month_of_this_year() {
    let period = period_at;
    let text = "目前，全县已投入各类资金3.2亿元，建成车间12个。";
    assert_eq!(period(text, "3.2亿元").as_deref(), Some("../2023-05-25"));
    assert_eq!(period(text, "12个").as_deref(), Some("../2023-05-25"));
    let text = "帮扶工作开展以来，已累计帮扶困难户120户。";
    assert_eq!(period(text, "120户").as_deref(), Some("../2023-05-25"));
    let text = "截至今年4月底，已帮助3200名群众增收。";
    assert_eq!(period(text, "3200名").as_deref(), Some("../2023-04"));
    let text = "截至去年10月底，销售农产品500万元。";
    assert_eq!(period(text, "500万元").as_deref(), Some("../2022-10"));
    // A date the sentence gives still decides, and 目前 inside a clause is no period.
    let text = "2021年以来，已累计投入资金800万元。";
    assert_eq!(period(text, "800万元").as_deref(), Some("2021/2023-05-25"));
    let text = "该项目投资500万元，目前已完成封顶。";
    assert_eq!(period(text, "500万元"), None);
}
