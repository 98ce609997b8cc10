//! Every chart renders to SVG for every view state and width: no NaN, nothing empty, every
//! value visible in the drawing or its accessible summary, qualifiers encoded, text escaped.

use charts::compile;
use charts::compiled::{BarPanel, CompiledChart, Datum, Layout, Provenance};
use charts::i18n::money::MoneyUnit;
use charts::i18n::{format, messages, Msg};
use charts::kinds;
use charts::render::scene::{Scene, Shape};
use charts::render::style::{theme_color, OPEN_END};
use charts::render::{self, marks};
use report::Lang;
use report::{Qualifier, Theme};

const WIDTHS: [u32; 3] = [320, 768, 1600];

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

/// The chart `id` of `report`, compiled.
fn compiled_chart(report: &report::Report, id: &str, lang: Lang) -> CompiledChart {
    let chart = compile::charts(report)
        .into_iter()
        .find(|c| c.id == id)
        .unwrap_or_else(|| panic!("no chart {id}"));
    compile::chart(report, &chart, lang, MoneyUnit::Auto)
}

/// Every language with every money unit: what a chart's text and values depend on.
#[derive(Clone, Copy, Debug)]
struct Choice {
    lang: Lang,
    money: MoneyUnit,
}

fn states() -> impl Iterator<Item = Choice> {
    Lang::ALL.into_iter().flat_map(|lang| {
        MoneyUnit::ALL
            .into_iter()
            .map(move |money| Choice { lang, money })
    })
}

#[test]
fn every_chart_renders_at_every_width_in_every_state() {
    let report = report::bundled().unwrap();
    for state in states() {
        for chart in compile::charts(&report) {
            let compiled = compile::chart(&report, &chart, state.lang, state.money);
            assert!(!compiled.data.is_empty(), "{} has no data", chart.id);
            assert!(!compiled.title.is_empty() && !compiled.summary.is_empty());
            for width in WIDTHS {
                let rendered = render::render(&compiled, width, state.lang);
                let at = format!("{} at {width}px, {state:?}", chart.id);
                assert!(rendered.height > 20, "{at}: empty");
                assert_eq!(rendered.width, width, "{at}");
                assert!(
                    !rendered.svg.contains("NaN") && !rendered.svg.contains("inf"),
                    "{at}: NaN"
                );
                assert!(rendered.svg.starts_with("<svg"), "{at}");
                for (item, datum) in compiled.data.iter().enumerate() {
                    let area = rendered
                        .area_of(item)
                        .unwrap_or_else(|| panic!("{at}: {} not drawn", datum.key));
                    assert!(
                        area.x >= 0 && area.x + area.w <= width as i32,
                        "{at}: {} outside",
                        datum.key
                    );
                    let (cx, cy) = (
                        f64::from(area.x + area.w / 2),
                        f64::from(area.y + area.h / 2),
                    );
                    assert_eq!(
                        rendered.item_at(cx, cy),
                        Some(item),
                        "{at}: hit map of {}",
                        datum.key
                    );
                    // The figure's value as the formatter writes it from the report, not
                    // from the compiled chart's own text, is drawn.
                    if let Some(figure) = report.figure(&datum.key) {
                        let shown = escape(&format::figure_value(figure, state.lang, state.money));
                        assert!(
                            rendered.svg.contains(&shown),
                            "{at}: value of {} ({shown}) not drawn",
                            datum.key
                        );
                    }
                }
            }
        }
    }
}

/// The fictional county without chart descriptions, which has a figure of each qualifier.
fn generic() -> report::Report {
    let json = include_str!("../../../tests/fixtures/fictional-generic.json");
    report::open(json).unwrap_or_else(|e| panic!("{e:#?}"))
}

#[test]
fn qualifiers_show_in_the_value_text() {
    let mut seen = Vec::new();
    for report in [report::bundled().unwrap(), generic()] {
        for lang in Lang::ALL {
            qualifiers_show_in(&report, lang, &mut seen);
        }
    }
    for qualifier in Qualifier::ALL {
        assert!(seen.contains(&qualifier), "no {qualifier:?} datum");
    }
}

/// Each datum of `report`'s charts shows its qualifier in its value text; notes which ones.
fn qualifiers_show_in(report: &report::Report, lang: Lang, seen: &mut Vec<Qualifier>) {
    for chart in compile::charts(report) {
        for datum in compile::chart(report, &chart, lang, MoneyUnit::Auto).data {
            seen.push(datum.qualifier);
            let text = datum.value_with_qualifier(lang);
            match datum.qualifier {
                Qualifier::AtLeast => assert!(text.contains('+'), "{text}"),
                // 约 / about before the number, once, and not spelled out again.
                Qualifier::Approximate => {
                    let about = lang.choose("约", "about ");
                    assert!(text.starts_with(about), "{text}");
                    assert_eq!(text.matches(about.trim()).count(), 1, "{text}");
                    assert!(!text.contains(lang.choose("约数", "approximate")), "{text}");
                }
                Qualifier::Projected => {
                    assert!(text.contains(lang.choose("预计", "projected")), "{text}")
                }
                Qualifier::Capacity => {
                    assert!(text.contains(lang.choose("产能", "capacity")), "{text}")
                }
                Qualifier::Derived => {
                    assert!(text.contains(lang.choose("推算", "derived")), "{text}")
                }
                Qualifier::Exact => {}
            }
        }
    }
}

#[test]
fn each_qualifier_is_drawn_differently_in_the_legend() {
    let datum = |qualifier| Datum {
        key: format!("{qualifier:?}"),
        label: String::new(),
        value: Some(1.0),
        value_text: String::new(),
        qualifier,
        period_text: String::new(),
        provenance: Provenance::Quote(String::new()),
        theme: Theme::Sales,
        whole: None,
    };
    let compiled = CompiledChart {
        id: "qualifiers".into(),
        title: String::new(),
        note: None,
        summary: String::new(),
        data: Qualifier::ALL.into_iter().map(datum).collect(),
        layout: Layout::Bars(Vec::new()),
    };
    for lang in Lang::ALL {
        let entries = kinds::legend(&compiled, lang);
        assert_eq!(
            entries.len(),
            Qualifier::ALL.len(),
            "one line per qualifier shown"
        );
        for (i, a) in entries.iter().enumerate() {
            for b in &entries[i + 1..] {
                assert_ne!(a.swatch, b.swatch);
                assert_ne!(a.text, b.text);
            }
        }
    }
}

/// The shapes of one bar from x 10 to 110, y 20 to 36.
fn bar_shapes(qualifier: Qualifier) -> Vec<Shape> {
    let mut scene = Scene::default();
    marks::bar(
        &mut scene,
        (10, 20, 110, 36),
        theme_color(Theme::Training),
        qualifier,
    );
    scene.shapes
}

/// The polylines of a mark drawn `width` px wide.
fn lines(shapes: &[Shape], width: u32) -> Vec<Vec<(i32, i32)>> {
    shapes
        .iter()
        .filter_map(|s| match s {
            Shape::Line {
                points, width: w, ..
            } if *w == width => Some(points.clone()),
            _ => None,
        })
        .collect()
}

/// An approximate bar is lighter than an exact one, with a solid edge and a capped whisker
/// (|—|) centred on its end, standing out above and below it, within the room charts leave
/// after a bar; it has nothing of the at-least open end (dashes, a chevron past the end).
#[test]
fn an_approximate_bar_has_a_capped_whisker_across_its_end() {
    let about = bar_shapes(Qualifier::Approximate);
    let fill = about.iter().find_map(|s| match s {
        Shape::Rect {
            x0: 10,
            x1: 110,
            opacity,
            ..
        } => Some(*opacity),
        _ => None,
    });
    let fill = fill.expect("a filled bar");
    assert!(0.35 < fill && fill < 1.0, "fill {fill}");
    assert!(!about.iter().any(|s| matches!(s, Shape::Dashed { .. })));
    assert!(
        lines(&about, 1).iter().any(|l| l.len() == 5),
        "a solid outline"
    );
    let whisker = lines(&about, 2);
    let across = whisker
        .iter()
        .find(|l| l.len() == 2 && l[0].1 == 28 && l[1].1 == 28)
        .expect("a whisker across the bar's middle");
    let (left, right) = (across[0].0.min(across[1].0), across[0].0.max(across[1].0));
    assert!(left < 110 && right > 110, "{across:?}");
    assert_eq!(110 - left, right - 110, "centred on the end");
    for x in [left, right] {
        assert!(
            whisker.iter().any(|l| l.len() == 2
                && l.iter().all(|p| p.0 == x)
                && l.iter().any(|p| p.1 < 20)
                && l.iter().any(|p| p.1 > 36)),
            "a cap at {x}: {whisker:?}"
        );
    }
    let reach = about
        .iter()
        .flat_map(|s| match s {
            Shape::Line { points, .. } => points.clone(),
            Shape::Rect { x1, .. } => vec![(*x1, 0)],
            _ => Vec::new(),
        })
        .map(|p| p.0)
        .max()
        .unwrap();
    assert!(reach < 110 + marks::overhang(Qualifier::Approximate));
    assert!(marks::overhang(Qualifier::Approximate) <= OPEN_END);
    // The at-least bar is solid and open: dashes and a chevron past its end, no cap.
    let at_least = bar_shapes(Qualifier::AtLeast);
    assert!(at_least.iter().any(|s| matches!(s, Shape::Dashed { .. })));
    assert!(lines(&at_least, 2)
        .iter()
        .any(|l| l.len() == 3 && l[1].0 > 110));
    assert_ne!(lines(&at_least, 2), whisker);
}

/// The approximate figure of the fictional county is drawn with its 约 / about in its chart,
/// at every width, in both languages, and the chart's summary says so.
#[test]
fn an_approximate_figure_is_drawn_and_summarised_with_about() {
    let report = generic();
    for lang in Lang::ALL {
        let chart = compile::charts(&report)
            .into_iter()
            .find(|c| c.id == "training-people")
            .expect("the generated training chart");
        let compiled = compile::chart(&report, &chart, lang, MoneyUnit::Auto);
        let datum = compiled
            .data
            .iter()
            .find(|d| d.key == "gen_leader_placements_2023")
            .expect("the approximate figure is drawn");
        assert_eq!(datum.qualifier, Qualifier::Approximate);
        let shown = lang.choose("约1200人次", "about 1,200 person-times");
        assert_eq!(datum.value_with_qualifier(lang), shown);
        assert!(compiled.summary.contains(shown), "{}", compiled.summary);
        for width in WIDTHS {
            let svg = render::render(&compiled, width, lang).svg;
            assert!(svg.contains(shown), "{width}px: {shown} not drawn");
        }
    }
}

#[test]
fn the_charts_hold_the_reports_numbers() {
    let report = report::bundled().unwrap();
    let state = Choice {
        lang: Lang::En,
        money: MoneyUnit::Auto,
    };
    let values = |chart: &str| -> Vec<(String, f64, Qualifier)> {
        compiled_chart(&report, chart, state.lang)
            .data
            .into_iter()
            .map(|d| (d.key, d.value.unwrap_or(f64::NAN), d.qualifier))
            .collect()
    };
    assert_eq!(
        values("funds-by-source"),
        vec![
            ("aid_funds_total".into(), 106_500_000.0, Qualifier::Exact),
            ("aid_funds_eda".into(), 30_776_000.0, Qualifier::Exact),
            (
                "aid_funds_other_beijing".into(),
                75_724_000.0,
                Qualifier::Derived
            ),
            ("aid_funds_eda_share".into(), 28.9, Qualifier::Derived),
        ]
    );
    let wind = values("projects-wind-power");
    assert_eq!(wind[0].1, 1_000_000.0);
    assert_eq!(wind[1].1, 200_000.0);
    assert_eq!(wind.len(), 2, "two separate facts, no share joining them");
    let summary = compiled_chart(&report, "projects-wind-power", state.lang).summary;
    assert!(
        !summary.contains("of it") && !summary.contains('%'),
        "{summary}"
    );
    let sales = values("sales-and-markets");
    assert!(sales.contains(&(
        "warehouse_cold_chain_trade".into(),
        650_000_000.0,
        Qualifier::Projected
    )));
    // The park's revenue capacity is another kind of money than the banner's sales: it is in
    // the park's chart, not on the sales axis.
    assert!(!sales.iter().any(|(id, ..)| id == "park_sales_capacity"));
    assert!(values("projects-industrial-park")
        .iter()
        .any(|(id, ..)| id == "park_sales_capacity"));
    assert!(sales.contains(&(
        "sales_consumption_annual".into(),
        100_000_000.0,
        Qualifier::AtLeast
    )));
    let compiled = compiled_chart(&report, "funds-by-source", state.lang);
    assert!(
        compiled.summary.contains("¥106.5 million") && compiled.summary.contains("28.9%"),
        "{}",
        compiled.summary
    );
    let timeline = compiled_chart(&report, "projects-timeline", state.lang);
    assert!(timeline
        .data
        .iter()
        .any(|d| d.value_text == "Jun 2023 · expected" && d.qualifier == Qualifier::Projected));
}

#[test]
fn markup_in_labels_is_escaped() {
    let hostile = "<script>alert(1)</script>&\"'";
    let datum = Datum {
        key: "x".into(),
        label: hostile.into(),
        value: Some(5.0),
        value_text: hostile.into(),
        qualifier: Qualifier::Exact,
        period_text: String::new(),
        provenance: Provenance::Quote(String::new()),
        theme: Theme::Funds,
        whole: None,
    };
    let compiled = CompiledChart {
        id: "hostile".into(),
        title: hostile.into(),
        note: None,
        summary: String::new(),
        data: vec![datum],
        layout: Layout::Bars(vec![BarPanel {
            title: hostile.into(),
            stacked: false,
            whole: None,
            items: vec![0],
        }]),
    };
    for width in WIDTHS {
        let svg = render::render(&compiled, width, Lang::En).svg;
        assert!(!svg.contains("<script"), "{svg}");
        assert!(svg.contains("&lt;script&gt;"), "{svg}");
    }
}

#[test]
fn a_subset_is_drawn_as_part_of_its_whole() {
    let report = report::bundled().unwrap();
    for (chart, whole, part) in [
        ("funds-by-source", "aid_funds_total", "aid_funds_eda"),
        (
            "projects-industrial-park",
            "park_pharma_firms",
            "park_large_firms",
        ),
    ] {
        let compiled = compiled_chart(&report, chart, Lang::En);
        let index = |key: &str| compiled.data.iter().position(|d| d.key == key).unwrap();
        let Layout::Bars(panels) = &compiled.layout else {
            panic!("{chart:?} is not bars")
        };
        let panel = panels
            .iter()
            .find(|p| p.items.contains(&index(part)))
            .unwrap();
        assert!(panel.stacked, "{chart:?}: {part} drawn as a peer");
        assert_eq!(
            panel.whole,
            Some(index(whole)),
            "{chart:?}: {part} of {whole}"
        );
        assert!(!panel.items.contains(&index(whole)));
        // The part's bar is drawn on the whole's scale: 10+ of 30+ firms is about a third of
        // the bar's room, not all of it.
        let rendered = render::render(&compiled, 768, Lang::En);
        let part_bar = rendered.area_of(index(part)).unwrap();
        let share = report.figure(part).unwrap().value / report.figure(whole).unwrap().value;
        assert!(
            f64::from(part_bar.w) < 768.0 * (share + 0.15),
            "{chart:?}: {part} is {} px wide, {share:.2} of its whole",
            part_bar.w
        );
    }
}

#[test]
fn timeline_items_keep_their_keys_when_events_are_added() {
    let report = report::bundled().unwrap();
    let keys = |report: &report::Report| -> Vec<String> {
        compiled_chart(report, "projects-timeline", Lang::Zh)
            .data
            .into_iter()
            .map(|d| d.key)
            .collect()
    };
    let before = keys(&report);
    assert!(
        before.contains(&"warehouse_operation".to_string()),
        "{before:?}"
    );
    let mut grown = report.clone();
    let mut event = grown.projects[0].events[0].clone();
    event.id = Some("earlier_event".into());
    event.date = Some("2018".into());
    grown.projects[0].events.insert(0, event);
    let after = keys(&grown);
    for key in &before {
        assert!(after.contains(key), "{key} lost in {after:?}");
    }
    // A file without event ids: keys are the project's id and the event's place in it.
    let mut unnamed = report.clone();
    unnamed
        .projects
        .iter_mut()
        .flat_map(|p| p.events.iter_mut())
        .for_each(|e| e.id = None);
    assert!(keys(&unnamed).contains(&"cloud_warehouse-2".to_string()));
}

/// A pairing of a million organisations (a typo, or a whole county's households) draws a
/// dozen dots and its number, inside the chart, at once.
#[test]
fn huge_pairings_draw_a_dozen_dots_and_their_number() {
    let mut report = report::bundled().unwrap();
    report.pairings[0].from_number = 1_000_000;
    report.pairings[0].to_number = 2_000_000;
    let compiled = compiled_chart(&report, "training-pairings", Lang::En);
    let rendered = render::render(&compiled, 320, Lang::En);
    assert!(rendered.svg.matches("<circle").count() < 200);
    assert!(rendered.svg.contains("1000000") || rendered.svg.contains("1,000,000"));
}

/// A pairing count the report gives as approximate (约10个村) keeps its 约 / about, and the
/// pairing's row is approximate (its table says so), like an "at least" count keeps its "+".
#[test]
fn an_approximate_pairing_count_says_about() {
    let mut report = report::bundled().unwrap();
    for figure in &mut report.figures {
        if figure.id == "pair_enterprise_villages" {
            figure.qualifier = Qualifier::Approximate;
        }
    }
    for lang in Lang::ALL {
        let compiled = compiled_chart(&report, "training-pairings", lang);
        let row = compiled
            .data
            .iter()
            .find(|d| d.key == "enterprise_villages")
            .unwrap();
        assert_eq!(
            row.value_text,
            lang.choose("9 → 约10", "9 → about 10"),
            "{lang:?}"
        );
        assert_eq!(row.qualifier, Qualifier::Approximate);
    }
}

/// Every qualifier but exact has a label of its own (the headline badge, the table's and the
/// CSV's qualifier column, the legend, what is read aloud); none reads as "as reported".
#[test]
fn every_qualifier_but_exact_is_labelled_and_none_as_reported() {
    for lang in Lang::ALL {
        for qualifier in Qualifier::ALL {
            let label = messages::qualifier(qualifier, lang);
            assert_eq!(
                label.is_none(),
                qualifier == Qualifier::Exact,
                "{qualifier:?}"
            );
            assert_ne!(label, Some(Msg::AsReported.text(lang)), "{qualifier:?}");
        }
        assert_eq!(
            messages::qualifier(Qualifier::Approximate, lang),
            Some(lang.choose("约数", "approximate"))
        );
    }
}

/// The chart's CSV has the approximate figure's value as shown (约 / about) and its label.
#[test]
fn the_chart_csv_says_about() {
    let report = generic();
    for lang in Lang::ALL {
        let compiled = compiled_chart(&report, "training-people", lang);
        let csv = charts::export::chart_csv(&compiled, lang);
        let row = csv
            .lines()
            .find(|l| l.contains("gen_leader_placements_2023"))
            .expect("a row for the approximate figure");
        let shown = lang.choose("约1200人次", "about 1,200 person-times");
        let label = lang.choose("约数", "approximate");
        assert!(
            row.contains(&format!("\"1200\",\"{shown}\",\"{label}\"")),
            "{row}"
        );
        assert!(!row.contains(Msg::AsReported.text(lang)), "{row}");
    }
}
