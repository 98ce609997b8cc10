//! How a qualifier looks: the one place that encodes exact, at-least, projected, capacity,
//! approximate and derived values, used by every chart and by the legend.

use super::scene::{Scene, Shape};
use super::style::{Rgb, OPEN_END, WHISKER};
use report::Qualifier;

/// Draws a bar from `x0` to `x1` (and `y0`..`y1`) in `color`, encoded by `qualifier`.
pub fn bar(scene: &mut Scene, rect: (i32, i32, i32, i32), color: Rgb, qualifier: Qualifier) {
    let (x0, y0, x1, y1) = rect;
    let fill = |opacity| Shape::Rect {
        x0,
        y0,
        x1,
        y1,
        fill: color,
        opacity,
    };
    match qualifier {
        Qualifier::Exact => scene.shapes.push(fill(1.0)),
        Qualifier::AtLeast => {
            scene.shapes.push(fill(1.0));
            // Open end: a dashed continuation and a chevron — the true value lies further on.
            let cy = (y0 + y1) / 2;
            scene.dashed((x1, cy), (x1 + OPEN_END - 3, cy), 3.0, 2.0, color, 2);
            let tip = x1 + OPEN_END;
            scene.shapes.push(Shape::Line {
                points: vec![(tip - 5, cy - 5), (tip, cy), (tip - 5, cy + 5)],
                color,
                width: 2,
                opacity: 1.0,
            });
        }
        Qualifier::Projected => {
            scene.shapes.push(fill(0.15));
            scene.hatch(rect, 5, color);
            scene.outline(rect, color, None);
        }
        Qualifier::Capacity => {
            scene.shapes.push(fill(0.08));
            scene.outline(rect, color, Some((5.0, 3.0)));
        }
        Qualifier::Approximate => {
            // About this much: a lighter bar with a solid edge, and a capped whisker (an error
            // bar, |—|) centred on its end — the true value lies a little either side.
            // Symmetric and capped, unlike the at-least open end's dashes and chevron; its caps
            // stand out above and below the bar.
            scene.shapes.push(fill(0.45));
            scene.outline(rect, color, None);
            let cy = (y0 + y1) / 2;
            let (left, right) = ((x1 - WHISKER).max(x0), x1 + WHISKER);
            let line = |points| Shape::Line {
                points,
                color,
                width: 2,
                opacity: 1.0,
            };
            scene.shapes.push(line(vec![(left, cy), (right, cy)]));
            for x in [left, right] {
                scene.shapes.push(line(vec![(x, y0 - 2), (x, y1 + 2)]));
            }
        }
        Qualifier::Derived => {
            scene.shapes.push(fill(0.35));
            scene.outline(rect, color, Some((2.0, 2.0)));
        }
    }
}

/// Extra width a mark needs beyond its value's end.
pub fn overhang(qualifier: Qualifier) -> i32 {
    match qualifier {
        Qualifier::AtLeast => OPEN_END,
        Qualifier::Approximate => WHISKER + 1,
        Qualifier::Exact | Qualifier::Projected | Qualifier::Capacity | Qualifier::Derived => 0,
    }
}

// Bar charts leave `OPEN_END` after the longest bar: no mark may reach further.
const _: () = assert!(WHISKER < OPEN_END);
