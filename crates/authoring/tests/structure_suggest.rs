//! The authoring view's proposals of a figure's structure (`authoring::structure`): the whole a part
//! word (其中, 含, 包括) makes it part of, twin sentences without the word proposing none; and
//! the aided places its words name, in a report on two banners and in one on a single place.

use authoring::structure::{places_of, whole_of};
use report::{Figure, Localized, Place, PlaceKind, Qualifier, Theme, Unit};
use std::ops::Range;

/// A figure of the draft quoting `source`, stating `value` in `unit`.
fn figure(id: &str, source: &str, value: f64, unit: Unit) -> Figure {
    Figure {
        id: id.into(),
        value,
        unit,
        counter: None,
        qualifier: Qualifier::Exact,
        period: None,
        theme: Theme::Funds,
        indicator: None,
        part_of: None,
        place: Vec::new(),
        project: None,
        label: Localized {
            zh: "甲".into(),
            en: "A".into(),
        },
        source: Some(source.into()),
        derivation: None,
    }
}

/// The byte range of `number` in `text`, after `after` (its first place when empty).
fn at(text: &str, after: &str, number: &str) -> Range<usize> {
    let from = text.find(after).unwrap() + after.len();
    let start = from + text[from..].find(number).unwrap();
    start..start + number.len()
}

/// What the part word before `number` proposes as its whole, among `figures`.
fn whole<'a>(text: &str, number: &str, unit: Unit, figures: &'a [Figure]) -> Option<&'a str> {
    whole_of(text, at(text, "", number), unit, figures)
}

#[test]
fn a_part_word_after_a_total_proposes_it_as_the_whole_and_its_twin_without_proposes_none() {
    let total = |_: &str| {
        vec![figure(
            "funds",
            "共投入财政帮扶资金2.36亿元",
            236e6,
            Unit::Yuan,
        )]
    };
    let with = "2024年，共投入财政帮扶资金2.36亿元，其中产业项目资金1.5亿元。";
    let without = "2024年，共投入财政帮扶资金2.36亿元，产业项目资金1.5亿元。";
    assert_eq!(
        whole(with, "1.5亿元", Unit::Yuan, &total(with)),
        Some("funds")
    );
    assert_eq!(whole(without, "1.5亿元", Unit::Yuan, &total(without)), None);
    // Every word of a part: 含, 包括, 包含, 含有.
    for word in ["含", "包括", "包含", "含有"] {
        let text = format!("全年培训1500人次，{word}致富带头人300人次。");
        let trained = [figure(
            "trained",
            "全年培训1500人次",
            1500.0,
            Unit::PersonTime,
        )];
        assert_eq!(
            whole(&text, "300人次", Unit::PersonTime, &trained),
            Some("trained"),
            "{word}"
        );
        let twin = "全年培训1500人次，致富带头人300人次。";
        assert_eq!(whole(twin, "300人次", Unit::PersonTime, &trained), None);
    }
}

#[test]
fn the_whole_is_the_last_figure_of_the_unit_before_the_word_in_this_or_the_previous_sentence() {
    let text = "2021年以来，共投入协作帮扶资金8640万元，实施项目33个，其中云河区资金2345.2万元，市级资金1000万元。";
    let figures = [
        figure("funds", "共投入协作帮扶资金8640万元", 86.4e6, Unit::Yuan),
        figure("projects", "实施项目33个", 33.0, Unit::Count),
        figure("district", "其中云河区资金2345.2万元", 23.452e6, Unit::Yuan),
    ];
    // The count between them is not the money's whole; a second part after one word has the
    // same whole, not the part before it.
    assert_eq!(
        whole(text, "2345.2万元", Unit::Yuan, &figures),
        Some("funds")
    );
    assert_eq!(whole(text, "1000万元", Unit::Yuan, &figures), Some("funds"));
    // No figure of the number's unit before the word: none.
    assert_eq!(whole(text, "1000万元", Unit::Person, &figures), None);
    // The total in the sentence before.
    let text = "全年转移就业农村劳动力1200人。其中脱贫劳动力800人。";
    let employed = [figure(
        "employed",
        "全年转移就业农村劳动力1200人",
        1200.0,
        Unit::Person,
    )];
    assert_eq!(
        whole(text, "800人", Unit::Person, &employed),
        Some("employed")
    );
    // Not from an earlier paragraph, nor two sentences back.
    let text = "全年转移就业农村劳动力1200人。\n其中脱贫劳动力800人。";
    assert_eq!(whole(text, "800人", Unit::Person, &employed), None);
    let text = "全年转移就业农村劳动力1200人\n其中脱贫劳动力800人。";
    assert_eq!(whole(text, "800人", Unit::Person, &employed), None);
    let text = "全年转移就业农村劳动力1200人。成效明显。其中脱贫劳动力800人。";
    assert_eq!(whole(text, "800人", Unit::Person, &employed), None);
    // A word in the sentence before does not make this one's figures parts.
    let text = "资金包括两部分。投入财政资金1000万元，社会资金200万元。";
    let funds = [figure("fiscal", "投入财政资金1000万元", 10e6, Unit::Yuan)];
    assert_eq!(whole(text, "200万元", Unit::Yuan, &funds), None);
    // A semicolon ends what the word governs; a comma does not.
    let text =
        "实施项目100个,投入财政资金1000万元,其中产业资金600万元;新建项目70个,其中产业项目40个。";
    let figures = [
        figure("projects", "实施项目100个", 100.0, Unit::Count),
        figure("fiscal", "投入财政资金1000万元", 10e6, Unit::Yuan),
        figure("new", "新建项目70个", 70.0, Unit::Count),
    ];
    assert_eq!(whole(text, "600万元", Unit::Yuan, &figures), Some("fiscal"));
    assert_eq!(whole(text, "70个", Unit::Count, &figures), None);
    assert_eq!(whole(text, "40个", Unit::Count, &figures), Some("new"));
    // A figure stated after the word is not its whole.
    let text = "其中社会资金200万元，投入财政资金1000万元。";
    assert_eq!(whole(text, "200万元", Unit::Yuan, &funds), None);
}

#[test]
fn averages_and_percentages_have_no_parts() {
    let text = "农民人均纯收入16842元，其中工资性收入8000元。";
    let income = [figure(
        "income",
        "农民人均纯收入16842元",
        16842.0,
        Unit::YuanPerPerson,
    )];
    assert_eq!(whole(text, "8000元", Unit::YuanPerPerson, &income), None);
    let text = "覆盖率达到90%，其中山区80%。";
    let rate = [figure("rate", "覆盖率达到90%", 90.0, Unit::Percent)];
    assert_eq!(whole(text, "80%", Unit::Percent, &rate), None);
}

#[test]
fn a_quote_found_twice_counts_where_it_stands_before_the_word() {
    let text = "实施项目33个。\n全年实施项目33个，其中产业项目20个。";
    let projects = [figure("projects", "实施项目33个", 33.0, Unit::Count)];
    let number = at(text, "其中", "20个");
    assert_eq!(
        whole_of(text, number, Unit::Count, &projects),
        Some("projects")
    );
}

fn place(id: &str, zh: &str) -> Place {
    Place {
        id: id.into(),
        name: Localized {
            zh: zh.into(),
            en: String::new(),
        },
        kind: PlaceKind::of_name(zh),
        code: None,
    }
}

fn banners() -> Vec<Place> {
    vec![
        place("baihe", "白河旗（虚构）"),
        place("hongshan", "红山旗（虚构）"),
    ]
}

/// The places proposed for `number` (after `after`) in `text`.
fn places(text: &str, after: &str, number: &str, regions: &[Place]) -> Vec<String> {
    places_of(text, at(text, after, number), regions)
}

#[test]
fn the_places_named_before_a_number_are_its_places() {
    let regions = banners();
    // One sentence naming both banners: both.
    let text = "东坪区对口帮扶白河旗、红山旗，2024年共投入财政帮扶资金2.36亿元。";
    assert_eq!(
        places(text, "", "2.36亿元", &regions),
        ["baihe", "hongshan"]
    );
    // Each clause its own banner, and each part after one word its own.
    let text = "白河旗投入资金1000万元，红山旗投入资金800万元。";
    assert_eq!(places(text, "", "1000万元", &regions), ["baihe"]);
    assert_eq!(places(text, "", "800万元", &regions), ["hongshan"]);
    let text = "共投入资金2.36亿元，其中白河旗1.2亿元、红山旗1.16亿元。";
    assert_eq!(places(text, "", "1.2亿元", &regions), ["baihe"]);
    assert_eq!(places(text, "", "1.16亿元", &regions), ["hongshan"]);
    // The helping district named as the subject is not a place of the figure.
    let text = "东坪区对口帮扶白河旗以来，选派专业技术人才120名。";
    assert_eq!(places(text, "", "120名", &regions), ["baihe"]);
}

#[test]
fn a_name_carries_over_within_its_paragraph_and_not_beyond() {
    let regions = banners();
    let text = "在白河旗，协作聚焦产业。全年实施项目50个，带动就业300人。\n全年实施项目93个。";
    assert_eq!(places(text, "", "50个", &regions), ["baihe"]);
    assert_eq!(places(text, "", "300人", &regions), ["baihe"]);
    // The next paragraph names none: none is proposed, for the officer to tick.
    assert_eq!(places(text, "\n", "93个", &regions), Vec::<String>::new());
    // A paragraph on the other banner after one on the first.
    let text = "白河旗实施项目50个。\n红山旗：全年实施项目43个。";
    assert_eq!(places(text, "\n", "43个", &regions), ["hongshan"]);
}

#[test]
fn a_report_on_one_place_gives_its_figures_no_place() {
    let one = [place("baihe", "白河旗（虚构）")];
    let text = "白河旗投入资金1000万元。";
    assert_eq!(places(text, "", "1000万元", &one), Vec::<String>::new());
    assert_eq!(places(text, "", "1000万元", &[]), Vec::<String>::new());
}

#[test]
fn names_are_found_in_either_script() {
    let regions = [
        place("baihe", "白河旗（虚构）"),
        place("hongshan", "紅山旗（虛構）"),
    ];
    let text = "紅山旗投入資金800萬元。";
    assert_eq!(places(text, "", "800萬元", &regions), ["hongshan"]);
}

/// What the figure form proposes for the selection of `quote` in a draft of `text` holding
/// `figures`, published on 2024-06-30.
fn proposed(text: &str, quote: &str, figures: Vec<Figure>) -> authoring::draft::FigureFields {
    let mut draft = authoring::draft::blank(text.to_string());
    draft.meta.published = "2024-06-30".into();
    draft.figures = figures;
    let start = text.find(quote).unwrap();
    authoring::draft::propose_figure(&draft, start..start + quote.len(), None).fields
}

/// Twins of the example reports' sentences: a part indicator goes with a whole. Funds of one
/// source alone are the aid funds; after a total of the aid funds, they are its part.
#[test]
fn a_part_indicator_is_proposed_only_with_its_whole() {
    let alone = "2024年，区里安排财政资金3600万元，安排帮扶项目15个。";
    assert_eq!(
        proposed(alone, "安排财政资金3600万元", vec![]).indicator,
        "fiscal_aid_funds"
    );
    let text = "2024年，共投入帮扶资金1.2亿元，其中区级财政资金3600万元。";
    let mut total = figure(
        "fiscal_aid_funds",
        "共投入帮扶资金1.2亿元",
        12e7,
        Unit::Yuan,
    );
    total.indicator = Some("fiscal_aid_funds".into());
    total.period = Some("2024".into());
    let part = proposed(text, "其中区级财政资金3600万元", vec![total]);
    assert_eq!(part.part_of, "fiscal_aid_funds");
    assert_eq!(part.indicator, "fiscal_aid_funds_by_source");
}

/// A part whose own sentence gives no year is of its whole's; a figure that is no part keeps
/// what its sentence says.
#[test]
fn a_part_without_its_own_period_is_of_its_wholes() {
    let text = "2023年，全区帮助农村劳动力实现就业5000人。其中，进京就业1200人。完成任务的2倍。";
    let mut total = figure(
        "rural_workers_employed",
        "帮助农村劳动力实现就业5000人",
        5000.0,
        Unit::Person,
    );
    total.indicator = Some("rural_workers_employed".into());
    total.period = Some("2023".into());
    let part = proposed(text, "进京就业1200人", vec![total.clone()]);
    assert_eq!(part.part_of, "rural_workers_employed");
    assert_eq!(part.period, "2023");
    assert_eq!(part.indicator, "workers_employed_in_east");
    assert_eq!(proposed(text, "完成任务的2倍", vec![total]).period, "");
}

/// Words the example reports use that the vocabulary now knows.
#[test]
fn the_example_reports_words_name_their_indicators() {
    for (text, quote, indicator) in [
        (
            "目前，两地共建产业园9个。",
            "共建产业园9个",
            "industrial_parks",
        ),
        (
            "全年完成农副产品购销总额1.2亿元。",
            "完成农副产品购销总额1.2亿元",
            "consumption_assistance_sales",
        ),
        (
            "截至目前，完成企业扩大投资5000万元。",
            "完成企业扩大投资5000万元",
            "enterprise_investment",
        ),
    ] {
        assert_eq!(proposed(text, quote, vec![]).indicator, indicator, "{text}");
    }
}
