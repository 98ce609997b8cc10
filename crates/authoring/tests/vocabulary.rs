//! The vocabulary of indicators: it fits its schema, keeps its own rules (each rule with a
//! broken vocabulary that must be refused), and the editor's proposal of an indicator from a
//! sentence's words, each case with twin sentences that differ only in the word.

use authoring::suggest;
use report::schema::Check;
use report::{phrase, Unit};
use report::{
    vocabulary,
    vocabulary::{check, Flaw, Indicator, IndicatorKind},
};
use serde::de::DeserializeSeed;
use serde_json::{json, Value};

const VOCABULARY: &str = include_str!("../../report/src/vocabulary.json");
const SCHEMA: &str = include_str!("../../report/src/vocabulary.schema.json");
const REPORT_SCHEMA: &str = include_str!("../../report/src/report.schema.json");

/// The shape problems of `file` against the vocabulary's schema, as `location: problem`.
fn shape_problems(file: &Value) -> Vec<String> {
    Check(SCHEMA)
        .deserialize(file)
        .unwrap()
        .into_iter()
        .map(|e| format!("{}: {:?}", e.location, e.problem))
        .collect()
}

#[test]
fn the_vocabulary_fits_its_schema() {
    let file: Value = serde_json::from_str(VOCABULARY).unwrap();
    assert_eq!(file["$schema"], "./vocabulary.schema.json");
    assert_eq!(shape_problems(&file), Vec::<String>::new());
    assert_eq!(
        vocabulary::all().len(),
        file["indicators"].as_array().unwrap().len(),
        "the app reads every indicator"
    );
    // The checker reads this schema: a broken file is refused where it breaks it.
    let mut broken = file.clone();
    broken["indicators"][0]["colour"] = json!("red");
    broken["indicators"][1]["kind"] = json!("sum");
    broken["indicators"][2]["units"] = json!(["dollars"]);
    broken["indicators"][3]
        .as_object_mut()
        .unwrap()
        .remove("words");
    let found = shape_problems(&broken);
    for at in [
        "indicators[0].colour",
        "indicators[1].kind",
        "indicators[2].units[0]",
        "indicators[3].words",
    ] {
        assert!(
            found.iter().any(|p| p.starts_with(&format!("{at}:"))),
            "{at}: {found:#?}"
        );
    }
    assert_eq!(found.len(), 4, "{found:#?}");
}

/// The schema's enums are the app's: the report format's units and themes, and every kind.
#[test]
fn the_schemas_enums_are_the_apps() {
    let schema: Value = serde_json::from_str(SCHEMA).unwrap();
    let report: Value = serde_json::from_str(REPORT_SCHEMA).unwrap();
    assert_eq!(
        schema["$defs"]["unit"]["enum"],
        report["$defs"]["unit"]["enum"]
    );
    assert_eq!(
        schema["$defs"]["theme"]["enum"],
        report["$defs"]["figure"]["properties"]["theme"]["enum"]
    );
    let kinds: Vec<IndicatorKind> =
        serde_json::from_value(schema["$defs"]["kind"]["enum"].clone()).unwrap();
    // Exhaustive: a new kind does not compile until it is listed here and in the schema.
    let every = |kind: IndicatorKind| match kind {
        IndicatorKind::Total
        | IndicatorKind::Part
        | IndicatorKind::Count
        | IndicatorKind::Average
        | IndicatorKind::Rate
        | IndicatorKind::Change => kind,
    };
    let all = [
        IndicatorKind::Total,
        IndicatorKind::Part,
        IndicatorKind::Count,
        IndicatorKind::Average,
        IndicatorKind::Rate,
        IndicatorKind::Change,
    ]
    .map(every);
    assert_eq!(kinds, all);
}

#[test]
fn the_vocabulary_keeps_its_rules() {
    assert_eq!(check(vocabulary::all()), []);
    // The first indicators' ids are named by files already published.
    let ids: Vec<&str> = vocabulary::all().iter().map(|i| i.id.as_str()).collect();
    for id in [
        "fiscal_aid_funds",
        "aid_projects",
        "persons_trained",
        "consumption_assistance_sales",
        "rural_workers_employed",
        "formerly_poor_workers_employed",
    ] {
        assert!(ids.contains(&id), "{id}");
    }
    let ranks: Vec<u8> = vocabulary::headline()
        .iter()
        .filter_map(|i| i.headline)
        .collect();
    assert_eq!(ranks, (1..=ranks.len() as u8).collect::<Vec<_>>());
    assert!((5..=6).contains(&ranks.len()), "{ranks:?}");
}

/// The shipped vocabulary with `edit` made to it, and its flaws.
fn flaws_after(edit: impl FnOnce(&mut Vec<Indicator>)) -> Vec<Flaw> {
    let mut indicators = vocabulary::all().to_vec();
    edit(&mut indicators);
    check(&indicators)
}

fn find<'a>(indicators: &'a mut [Indicator], id: &str) -> &'a mut Indicator {
    indicators.iter_mut().find(|i| i.id == id).unwrap()
}

#[test]
fn ids_are_unique_and_snake_case() {
    assert_eq!(
        flaws_after(|v| find(v, "demo_villages").id = "Demo-villages".into()),
        [Flaw::BadId {
            id: "Demo-villages".into()
        }]
    );
    let flaws = flaws_after(|v| {
        let copy = v[0].clone();
        v.push(copy)
    });
    assert!(flaws.contains(&Flaw::DuplicateId {
        id: "fiscal_aid_funds".into()
    }));
}

#[test]
fn a_part_names_an_existing_whole_that_adds_up_in_a_shared_unit() {
    let part = "formerly_poor_workers_employed";
    let bad_whole = |whole: &str| Flaw::BadWhole {
        id: part.into(),
        whole: whole.into(),
    };
    assert_eq!(
        flaws_after(|v| find(v, part).part_of = Some("nothing".into())),
        [bad_whole("nothing")]
    );
    assert_eq!(
        flaws_after(|v| find(v, part).part_of = Some("income_per_capita".into())),
        [bad_whole("income_per_capita")],
        "an average has no parts"
    );
    assert!(
        flaws_after(|v| find(v, part).part_of = Some(part.into())).contains(&bad_whole(part)),
        "not a part of itself"
    );
    assert_eq!(
        flaws_after(|v| find(v, part).part_of = Some("fiscal_aid_funds".into())),
        [Flaw::UnitNotShared {
            id: part.into(),
            whole: "fiscal_aid_funds".into()
        }]
    );
    assert_eq!(
        flaws_after(|v| find(v, part).part_of = None),
        [Flaw::PartOfMismatch { id: part.into() }]
    );
    assert_eq!(
        flaws_after(|v| find(v, "aid_projects").part_of = Some("aid_projects_industry".into())),
        [
            Flaw::PartOfMismatch {
                id: "aid_projects".into()
            },
            // A whole above its own part: a loop.
            Flaw::BadWhole {
                id: "aid_projects".into(),
                whole: "aid_projects_industry".into()
            },
            Flaw::BadWhole {
                id: "aid_projects_city_level".into(),
                whole: "aid_projects".into()
            },
            Flaw::BadWhole {
                id: "aid_projects_county_level".into(),
                whole: "aid_projects".into()
            },
            Flaw::BadWhole {
                id: "aid_projects_village_level".into(),
                whole: "aid_projects".into()
            },
            Flaw::BadWhole {
                id: "aid_projects_industry".into(),
                whole: "aid_projects".into()
            },
        ]
    );
}

#[test]
fn headline_ranks_are_unique() {
    assert_eq!(
        flaws_after(|v| find(v, "aid_projects").headline = Some(1)),
        [Flaw::HeadlineTaken {
            id: "aid_projects".into(),
            rank: 1
        }]
    );
}

#[test]
fn every_word_is_simplified_and_has_one_meaning_per_unit() {
    assert_eq!(
        flaws_after(|v| find(v, "aid_projects").words.push("幫扶項目".into())),
        [Flaw::NotSimplified {
            id: "aid_projects".into(),
            word: "幫扶項目".into()
        }]
    );
    // Two indicators of money may not both claim 捐赠…
    assert_eq!(
        flaws_after(|v| find(v, "project_funds").words.push("捐赠".into())),
        [Flaw::WordShared {
            word: "捐赠".into(),
            ids: ["social_donations".into(), "project_funds".into()]
        }]
    );
    // …but a part may claim a word of its whole, and an indicator of another unit any word.
    assert_eq!(
        flaws_after(|v| find(v, "social_donations_money").words.push("捐赠".into())),
        []
    );
    assert_eq!(
        flaws_after(|v| find(v, "aid_projects").words.push("捐赠".into())),
        []
    );
    assert_eq!(
        flaws_after(|v| find(v, "aid_projects").words.clear()),
        [Flaw::Empty {
            id: "aid_projects".into()
        }]
    );
}

/// An average, a rate or a change never shares a panel with totals.
#[test]
fn a_family_does_not_mix_totals_with_averages() {
    assert_eq!(
        flaws_after(|v| find(v, "fiscal_aid_funds_per_county").family = "aid_funds".into()),
        [Flaw::FamilyMixesKinds {
            family: "aid_funds".into(),
            ids: [
                "fiscal_aid_funds".into(),
                "fiscal_aid_funds_per_county".into()
            ]
        }]
    );
    assert_eq!(
        flaws_after(|v| find(v, "income_growth").family = "income".into()),
        [Flaw::FamilyMixesKinds {
            family: "income".into(),
            ids: ["income_per_capita".into(), "income_growth".into()]
        }]
    );
}

/// The ids `suggest::indicators` proposes for the number `number` of `text`, best first.
fn proposed(text: &str, number: &str) -> Vec<&'static str> {
    let phrase = phrase::read(text, 0..text.len())
        .into_iter()
        .find(|p| text[p.range.clone()].contains(number))
        .unwrap_or_else(|| panic!("{text}: no number {number}"));
    suggest::indicators(text, phrase.range.clone(), &phrase)
        .iter()
        .map(|i| i.id.as_str())
        .collect()
}

/// The first proposal for `number` in each of two sentences that differ only in one word.
fn twins(sentence: &str, number: &str, words: [&str; 2]) -> [Vec<&'static str>; 2] {
    words.map(|word| proposed(&sentence.replace("{}", word), number))
}

#[test]
fn a_word_of_an_earlier_clause_does_not_name_the_number() {
    let [investment, donation] = twins(
        "共投入帮扶资金5000万元，吸引2亿元{}",
        "2亿元",
        ["企业投资", "社会捐赠"],
    );
    assert_eq!(investment.first(), Some(&"enterprise_investment"));
    assert_eq!(donation.first(), Some(&"social_donations"));
    assert!(!investment.contains(&"fiscal_aid_funds") && !donation.contains(&"fiscal_aid_funds"));
}

#[test]
fn a_noun_right_after_the_number_names_it() {
    let [poor, rural] = twins(
        "培训农村劳动力500人，转移就业11.76万{}",
        "11.76万",
        ["脱贫劳动力", "农村劳动力"],
    );
    assert_eq!(poor.first(), Some(&"formerly_poor_workers_employed"));
    assert_eq!(rural.first(), Some(&"rural_workers_employed"));
    let [villages, enterprises] = twins("9家{}结对帮扶10个村", "9家", ["社会组织", "企业"]);
    assert_eq!(villages.first(), Some(&"paired_social_orgs"));
    assert_eq!(enterprises.first(), Some(&"paired_enterprises"));
    // A verb after the number names nothing: the words before it do.
    let [aid, donated] = twins("{}1.2亿元用于产业项目", "1.2亿元", ["帮扶资金", "捐赠资金"]);
    assert_eq!(aid.first(), Some(&"fiscal_aid_funds"));
    assert_eq!(donated.first(), Some(&"social_donations_money"));
}

#[test]
fn project_money_is_not_fiscal_aid_funds() {
    let [project, aid] = twins(
        "实施项目12个，投入{}3000万元",
        "3000万元",
        ["项目资金", "帮扶资金"],
    );
    assert_eq!(project, ["project_funds"]);
    // The aid funds first, then their part by source (资金 alone).
    assert_eq!(aid, ["fiscal_aid_funds", "fiscal_aid_funds_by_source"]);
}

#[test]
fn nothing_is_proposed_when_no_word_of_the_clause_fits() {
    let [none, villages] = twins("实施项目39个，涉及12个{}", "12个", ["方面", "示范村"]);
    assert_eq!(none, Vec::<&str>::new(), "not any indicator counted in 个");
    assert_eq!(villages.first(), Some(&"demo_villages"));
    // After a measure word the noun says what is counted; the verb beyond it does not.
    let [places, parks] = twins("西部10个{}与东部共建产业园区", "10个", ["省区市", "园区"]);
    assert_eq!(places, Vec::<&str>::new());
    assert_eq!(parks.first(), Some(&"industrial_parks"));
    // A growth is of the amount stated before it, in the sentence's earlier clause.
    let [income, investment] = twins(
        "2022年，{}达15291元，同比增长7.5%",
        "7.5%",
        ["人均纯收入", "固定资产投资"],
    );
    assert_eq!(income.first(), Some(&"income_growth"));
    assert_eq!(investment.first(), Some(&"fixed_asset_investment_growth"));
}

#[test]
fn traditional_text_is_read_as_simplified() {
    let [aid, donated] = twins(
        "2021年以來，東湖區累計投入{}2.18億元",
        "2.18億元",
        ["財政援助資金", "捐贈資金"],
    );
    assert_eq!(aid.first(), Some(&"fiscal_aid_funds"));
    assert_eq!(donated.first(), Some(&"social_donations_money"));
    assert_eq!(
        proposed("轉移就業11.76萬脫貧勞動力", "11.76").first(),
        Some(&"formerly_poor_workers_employed")
    );
    assert_eq!(phrase::read("培訓3期", 0..9)[0].unit, Unit::Session);
}

/// The bundled report names an indicator for every figure one fits, and the editor proposes
/// it first for all but two of its 55 quoted figures from their quotes alone.
#[test]
fn the_bundled_reports_indicators_are_proposed() {
    let report = report::bundled().unwrap();
    let text = report::ORIGINAL_TEXT;
    let unnamed: Vec<&str> = report
        .figures
        .iter()
        .filter(|f| f.indicator.is_none())
        .map(|f| f.id.as_str())
        .collect();
    assert_eq!(
        unnamed,
        [
            "farm_group_size_min",
            "farm_group_size_max",
            "farm_improved_sheep",
            "school_donation_items"
        ]
    );
    let mut missed = Vec::new();
    for figure in report.figures.iter().filter(|f| f.indicator.is_some()) {
        let Some(quote) = figure.source.as_deref() else {
            continue;
        };
        let at = text.find(quote).unwrap();
        let phrase = phrase::read(text, at..at + quote.len())
            .into_iter()
            .find(|p| p.value == figure.value && p.counter == figure.counter)
            .unwrap();
        let first = suggest::indicators(text, at..at + quote.len(), &phrase)
            .first()
            .map(|i| i.id.clone());
        if first != figure.indicator {
            missed.push((figure.id.as_str(), first));
        }
    }
    // 总金额达309万元 names nothing; 选派3名党政干部来…挂职 says its direction only by 来.
    assert_eq!(
        missed,
        [
            ("school_donation_amount", None),
            ("cadres_from_eda", Some("cadres_exchanged".to_string()))
        ]
    );
}

#[test]
fn a_figure_is_proposed_for_its_indicators_page_whatever_words_surround_it() {
    let theme = |text: &str, number: &str| {
        let phrase = phrase::read(text, 0..text.len())
            .into_iter()
            .find(|p| text[p.range.clone()].contains(number))
            .unwrap();
        let indicator = suggest::indicators(text, phrase.range.clone(), &phrase)
            .first()
            .copied();
        suggest::proposed_theme(text, phrase.range.clone(), &phrase, indicator)
    };
    // The training before it does not put the workers employed on the training page.
    let text = "开展技能培训后，帮助农村劳动力转移就业5200人";
    assert_eq!(theme(text, "5200人"), report::Theme::Outcomes);
    // Without an indicator, the words say.
    let text = "开展技能培训，参训学员中有5200人";
    assert_eq!(theme(text, "5200人"), report::Theme::Training);
}
