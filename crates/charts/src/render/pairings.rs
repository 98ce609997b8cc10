//! Pairings as rows of dots: one dot per organisation on the aiding side (up to a dozen), an
//! arrow, one dot per organisation on the aided side, with the counts written beside them.

use super::scene::{Anchor, Hit, Scene, Shape};
use super::style::{self, FONT_SIZE, RULE, TEXT};
use super::text;
use crate::compile::{CompiledChart, PairingRow};

/// Most dots drawn on one side of a pairing; the number beside them says how many there are.
const MAX_DOTS: u32 = 12;

const ROW: i32 = 50;

/// Lays out the pairings of `compiled` at `width` px.
pub fn layout(compiled: &CompiledChart, rows: &[PairingRow], width: u32) -> Scene {
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
