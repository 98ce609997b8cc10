//! Rendering: a [`ChartSpec`] becomes SVG (painted by plotters) plus hit areas that map a
//! pointer position back to a data item. Pure and native-testable.

mod bars;
pub mod legend;
pub mod marks;
mod pairings;
pub mod scene;
pub mod text;
pub mod theme;
mod timeline;

use crate::i18n::Lang;
use crate::spec::{ChartSpec, Layout};
pub use scene::Hit;

/// The narrowest width charts are laid out for.
pub const MIN_WIDTH: u32 = 240;

/// A rendered chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Rendered {
    /// The SVG document.
    pub svg: String,
    /// Width in px.
    pub width: u32,
    /// Height in px.
    pub height: u32,
    /// Where each data item is drawn.
    pub hits: Vec<Hit>,
}

impl Rendered {
    /// The data item at a point, if any.
    pub fn item_at(&self, x: f64, y: f64) -> Option<usize> {
        self.hits
            .iter()
            .find(|h| {
                x >= f64::from(h.x)
                    && x < f64::from(h.x + h.w)
                    && y >= f64::from(h.y)
                    && y < f64::from(h.y + h.h)
            })
            .map(|h| h.item)
    }

    /// The first area where an item is drawn.
    pub fn area_of(&self, item: usize) -> Option<Hit> {
        self.hits.iter().find(|h| h.item == item).copied()
    }
}

/// Renders `spec` at `width` px (at least [`MIN_WIDTH`]).
pub fn render(spec: &ChartSpec, width: u32, lang: Lang) -> Rendered {
    let scene = layout(spec, width.max(MIN_WIDTH), lang);
    Rendered {
        svg: scene.to_svg(),
        width: scene.width,
        height: scene.height,
        hits: scene.hits,
    }
}

/// Widths drawn before the page is measured: a phone's, a tablet's, and (for full-size charts)
/// a wide screen's, where a chart card's content is 1086 px (`main` at its 72rem maximum, less
/// the page's and the card's padding and border in `style/main.css`).
const NARROW: (&str, u32) = ("narrow", 320);
const WIDE: (&str, u32) = ("wide", 540);
const FULL: (&str, u32) = ("full", 1086);

/// The chart drawn at the unmeasured widths (the widest only for a full-size chart), for a page
/// not yet laid out and the pages pre-rendered at build time: CSS shows the one that fits, never
/// wider than its box, so no chart is ever blank and the measured drawing that replaces it
/// keeps its height. (`full` comes before `wide`, which CSS hides after it on wide screens.)
pub fn unmeasured(spec: &ChartSpec, lang: Lang, compact: bool) -> String {
    let widths: &[(&str, u32)] = if compact {
        &[NARROW, WIDE]
    } else {
        &[NARROW, FULL, WIDE]
    };
    widths
        .iter()
        .map(|(class, width)| {
            format!(
                "<div class=\"prerender-svg {class}\">{}</div>",
                render(spec, *width, lang).svg
            )
        })
        .collect()
}

fn layout(spec: &ChartSpec, width: u32, lang: Lang) -> scene::Scene {
    match &spec.layout {
        Layout::Bars(panels) => bars::layout(spec, panels, width, lang),
        Layout::Timeline(entries) => timeline::layout(spec, entries, width, lang),
        Layout::Pairings(rows) => pairings::layout(spec, rows, width),
    }
}

#[cfg(test)]
mod tests {
    use super::scene::{Anchor, Shape};
    use super::*;
    use crate::data;
    use crate::spec;
    use crate::state::MoneyUnit;

    /// No text runs past either edge, by the same estimate the layout uses.
    #[test]
    fn text_stays_inside_the_chart() {
        let report = data::bundled().unwrap();
        for lang in Lang::ALL {
            for chart in spec::charts(&report) {
                let spec = spec::compile(&report, &chart, lang, MoneyUnit::Auto);
                for width in [MIN_WIDTH, 320, 375, 768, 1600] {
                    for shape in layout(&spec, width, lang).shapes {
                        let Shape::Text {
                            x,
                            text,
                            size,
                            anchor,
                            bold,
                            ..
                        } = shape
                        else {
                            continue;
                        };
                        let w = if bold {
                            text::width_bold(&text, size)
                        } else {
                            text::width(&text, size)
                        };
                        let w = w.ceil() as i32;
                        let (left, right) = match anchor {
                            Anchor::Start => (x, x + w),
                            Anchor::End => (x - w, x),
                        };
                        assert!(
                            left >= 0 && right <= width as i32 + 2,
                            "{} at {width}px: \"{text}\" spans {left}..{right}",
                            chart.id
                        );
                    }
                }
            }
        }
    }
}
