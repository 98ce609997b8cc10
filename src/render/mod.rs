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
    let width = width.max(MIN_WIDTH);
    let scene = match &spec.layout {
        Layout::Bars(panels) => bars::layout(spec, panels, width, lang),
        Layout::Timeline(entries) => timeline::layout(spec, entries, width, lang),
        Layout::Pairings(rows) => pairings::layout(spec, rows, width),
    };
    Rendered {
        svg: scene.to_svg(),
        width: scene.width,
        height: scene.height,
        hits: scene.hits,
    }
}
