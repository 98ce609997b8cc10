//! Charts of a report, from what the file describes to SVG: `compile` turns a chart's
//! description and its report into what to draw, `render` lays that out and paints it, with
//! the palette and type in `render::style`, and `export` writes a chart or a report as a file.
//! The words and numbers the charts show (`i18n`: formatting, the message catalogue, money
//! units) are here too, since a chart's layout depends on its text. One crate because a new
//! chart kind changes its compile, layout and legend together; no Leptos, so every chart is
//! tested natively, down to its SVG (`tests/goldens/`).

pub mod compile;
pub mod export;
pub mod i18n;
pub mod render;
