//! Small SVG swatches for chart legends, drawn by the same code as the charts.

use super::marks;
use super::scene::{Scene, Shape};
use super::style::Rgb;
use super::timeline;
use report::{Qualifier, Status};

fn swatch(width: u32, draw: impl FnOnce(&mut Scene)) -> String {
    let mut scene = Scene {
        width,
        height: 16,
        ..Scene::default()
    };
    draw(&mut scene);
    scene.to_svg()
}

/// How a bar with `qualifier` looks.
pub fn qualifier(qualifier: Qualifier, color: Rgb) -> String {
    swatch(44, |scene| {
        let end = 40 - marks::overhang(qualifier).min(18);
        marks::bar(scene, (2, 3, end, 13), color, qualifier);
    })
}

/// How a timeline event with `status` looks.
pub fn status(status: Status, color: Rgb) -> String {
    swatch(18, |scene| {
        timeline::status_dot(scene, (9, 8), status, color)
    })
}

/// A pairing dot: filled for the aiding side, hollow for the aided side.
pub fn side(filled: bool, color: Rgb) -> String {
    swatch(18, |scene| {
        scene.shapes.push(Shape::Circle {
            cx: 9,
            cy: 8,
            r: 5,
            color,
            filled,
        })
    })
}
