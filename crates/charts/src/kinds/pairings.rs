//! Pairings: who is paired with whom, each pairing a row, one dot per organisation on each
//! side. A description may name the pairings shown (all by default).
//!
//! Pairings as rows of dots: one dot per organisation on the aiding side (up to a dozen), an
//! arrow, one dot per organisation on the aided side, with the counts written beside them.

use super::LegendEntry;
use crate::compiled::{
    period_text, undrawn_note, CompiledChart, Datum, Layout, PairingRow, Provenance, Texts,
    MAX_DRAWN,
};
use crate::i18n::Msg;
use crate::render::legend::swatch;
use crate::render::scene::{Anchor, Hit, Scene, Shape};
use crate::render::style::{self, Rgb, FONT_SIZE, RULE, TEXT};
use crate::render::text;
use report::ChartDescription;
use report::{Lang, Qualifier, Theme};
use std::collections::HashSet;

/// Compiles a pairings description.
pub(super) fn compile(chart: &ChartDescription, texts: &Texts) -> CompiledChart {
    let (report, lang) = (texts.report, texts.lang);
    let drawn: HashSet<&str> = chart.pairings_drawn(texts.report).into_iter().collect();
    let shown = |pairing: &str| drawn.contains(pairing);
    let mut data = Vec::new();
    let mut rows = Vec::new();
    for pairing in report.pairings.iter().filter(|p| shown(&p.id)) {
        let index = data.len();
        let count = |id: &Option<String>| id.as_deref().and_then(|id| report.figure(id));
        let (from, to) = (count(&pairing.from_count), count(&pairing.to_count));
        let period = from.or(to).and_then(|f| f.period.as_deref());
        // A count the report gives as "at least" (20余所) keeps its "+", an approximate one
        // (约20所) its 约 / "about".
        let side = |number: u32, figure: Option<&report::Figure>| match figure.map(|f| f.qualifier)
        {
            Some(Qualifier::AtLeast) => format!("{number}+"),
            Some(Qualifier::Approximate) => format!("{}{number}", lang.choose("约", "about ")),
            _ => number.to_string(),
        };
        let has = |qualifier| {
            [from, to]
                .into_iter()
                .flatten()
                .any(|f| f.qualifier == qualifier)
        };
        rows.push(PairingRow {
            item: index,
            counts: [&pairing.from_count, &pairing.to_count]
                .into_iter()
                .flatten()
                .cloned()
                .collect(),
            from_number: pairing.from_number,
            to_number: pairing.to_number,
        });
        data.push(Datum {
            key: pairing.id.clone(),
            label: format!("{} → {}", lang.pick(&pairing.from), lang.pick(&pairing.to)),
            value: Some(f64::from(pairing.to_number)),
            value_text: format!(
                "{} → {}",
                side(pairing.from_number, from),
                side(pairing.to_number, to)
            ),
            qualifier: if has(Qualifier::AtLeast) {
                Qualifier::AtLeast
            } else if has(Qualifier::Approximate) {
                Qualifier::Approximate
            } else {
                Qualifier::Exact
            },
            period_text: period_text(period, lang),
            provenance: Provenance::Quote(pairing.source.clone()),
            theme: Theme::Cooperation,
            whole: None,
        });
    }
    let title = texts.fill(&chart.title);
    let note = texts.note(
        chart,
        [
            Some(Msg::EachDotIsOne.text(lang).to_string()),
            undrawn_note(rows.len(), lang),
        ],
    );
    rows.truncate(MAX_DRAWN);
    let summary = texts.summary(chart, &title, &data);
    CompiledChart {
        id: chart.id.clone(),
        title,
        note,
        summary,
        data,
        layout: Layout::Pairings(rows),
    }
}

/// Most dots drawn on one side of a pairing; the number beside them says how many there are.
const MAX_DOTS: u32 = 12;

const ROW: i32 = 50;

/// Lays out the pairings of `compiled` at `width` px.
pub(super) fn layout(compiled: &CompiledChart, rows: &[PairingRow], width: u32) -> Scene {
    let w = width as i32;
    let mut scene = Scene {
        width,
        ..Scene::default()
    };
    let most = rows
        .iter()
        .map(|r| r.from_number.max(r.to_number))
        .max()
        .unwrap_or(1)
        .max(1) as i32;
    // Two dot groups, two counts and an arrow must fit.
    let step = ((w - 90) / (2 * most)).clamp(4, 14);
    let radius = (step * 2 / 5).clamp(2, 5) as u32;
    for (index, row) in rows.iter().enumerate() {
        let datum = &compiled.data[row.item];
        let color = style::theme_color(datum.theme);
        let y = index as i32 * ROW;
        scene.shapes.push(Shape::Text {
            x: 0,
            y: y + 10,
            text: text::fit(&datum.label, FONT_SIZE, f64::from(w)),
            size: FONT_SIZE,
            color: TEXT,
            bold: false,
            anchor: Anchor::Start,
        });
        let cy = y + 32;
        let mut x = radius as i32;
        for _ in 0..row.from_number.min(MAX_DOTS) {
            scene.shapes.push(Shape::Circle {
                cx: x,
                cy,
                r: radius,
                color,
                filled: true,
            });
            x += step;
        }
        x = count(&mut scene, x, cy, row.from_number);
        scene.shapes.push(Shape::Line {
            points: vec![(x, cy), (x + 18, cy)],
            color: RULE,
            width: 2,
            opacity: 1.0,
        });
        scene.shapes.push(Shape::Line {
            points: vec![(x + 13, cy - 5), (x + 18, cy), (x + 13, cy + 5)],
            color: RULE,
            width: 2,
            opacity: 1.0,
        });
        x += 26 + radius as i32;
        for _ in 0..row.to_number.min(MAX_DOTS) {
            scene.shapes.push(Shape::Circle {
                cx: x,
                cy,
                r: radius,
                color,
                filled: false,
            });
            x += step;
        }
        count(&mut scene, x, cy, row.to_number);
        scene.hits.push(Hit {
            item: row.item,
            x: 0,
            y,
            w,
            h: ROW,
        });
    }
    scene.height = (rows.len() as i32 * ROW).max(1) as u32;
    scene
}

/// Writes a count after a dot group; returns the x after it.
fn count(scene: &mut Scene, x: i32, cy: i32, number: u32) -> i32 {
    let label = number.to_string();
    let x = x - 2;
    let width = text::width_bold(&label, FONT_SIZE).ceil() as i32;
    scene.shapes.push(Shape::Text {
        x,
        y: cy,
        text: label,
        size: FONT_SIZE,
        color: TEXT,
        bold: true,
        anchor: Anchor::Start,
    });
    x + width + 6
}

/// The key to the pairings: a filled dot for the aiding side, a hollow one for the aided side.
pub(super) fn legend(color: Rgb, lang: Lang) -> Vec<LegendEntry> {
    [(true, Msg::AidingSide), (false, Msg::AidedSide)]
        .into_iter()
        .map(|(filled, text)| LegendEntry {
            swatch: swatch(18, |scene| {
                scene.shapes.push(Shape::Circle {
                    cx: 9,
                    cy: 8,
                    r: 5,
                    color,
                    filled,
                })
            }),
            text: text.text(lang).to_string(),
        })
        .collect()
}
