//! The chart kinds, one file each, like Observable Plot's marks: a kind's compile (its
//! description and the report → a [`CompiledChart`]), its layout (→ the shapes `render`
//! paints) and its legend live together, so a new kind is one new file and one line in each
//! function below. This module is the registry: the only code that dispatches on a kind.

pub mod bars;
pub mod pairings;
pub mod timeline;

use crate::compiled::{CompiledChart, Layout, Texts};
use crate::render::scene::Scene;
use crate::render::style::theme_color;
use report::{ChartDescription, ChartKind, Lang, Theme};

/// One line of a chart's key: a swatch drawn as the chart draws it, and what it means.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LegendEntry {
    /// The swatch, as SVG.
    pub swatch: String,
    /// What it stands for, in the reader's language.
    pub text: String,
}

/// Compiles `chart` by its kind.
pub(crate) fn compile(chart: &ChartDescription, texts: &Texts) -> CompiledChart {
    match chart.kind {
        ChartKind::Bars => bars::compile(chart, texts),
        ChartKind::Timeline => timeline::compile(chart, texts),
        ChartKind::Pairings => pairings::compile(chart, texts),
    }
}

/// Lays out `compiled` at `width` px by its kind.
pub(crate) fn layout(compiled: &CompiledChart, width: u32, lang: Lang) -> Scene {
    match &compiled.layout {
        Layout::Bars(panels) => bars::layout(compiled, panels, width, lang),
        Layout::Timeline(entries) => timeline::layout(compiled, entries, width, lang),
        Layout::Pairings(rows) => pairings::layout(compiled, rows, width),
    }
}

/// The key to what `compiled`'s marks show (qualifiers, statuses or sides), in the colour of
/// its items.
pub fn legend(compiled: &CompiledChart, lang: Lang) -> Vec<LegendEntry> {
    let color = theme_color(compiled.data.first().map_or(Theme::Funds, |d| d.theme));
    match &compiled.layout {
        Layout::Bars(_) => bars::legend(compiled, lang),
        Layout::Timeline(entries) => timeline::legend(entries, color, lang),
        Layout::Pairings(_) => pairings::legend(color, lang),
    }
}
