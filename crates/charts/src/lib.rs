//! Charts of a report, from what the file describes to SVG: `compile` turns a chart's
//! description and its report into a compiled chart (`compiled`, what the renderer reads), `kinds` holds each chart kind's compile,
//! layout and legend (the one registry of kinds), `render` paints a compiled chart at a width
//! with what the kinds share (shapes, text, the value scale, the palette in `render::style`),
//! and `export` writes a chart or a report as a file. The words and numbers the charts show
//! (`i18n`: formatting, the message catalogue, money units) are here too, since a chart's
//! layout depends on its text. One crate because these change together; no Leptos, so every
//! chart is tested natively, down to its SVG (`tests/goldens/`).

pub mod compile;
pub mod compiled;
pub mod export;
pub mod i18n;
pub mod kinds;
pub mod render;
