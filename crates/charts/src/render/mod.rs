//! Rendering: a [`CompiledChart`] becomes SVG (painted by plotters) plus hit areas that map a
//! pointer position back to a data item, at any width and text size. Each kind lays itself
//! out (`kinds/`) with what is shared here: the shapes (`scene`), text measuring and wrapping
//! (`text`), value scales (`scale`), the qualifier marks (`marks`), legend swatches and the
//! palette and sizes (`style`). Pure and native-testable.

pub mod legend;
pub mod marks;
pub mod scale;
pub mod scene;
pub mod style;
pub mod text;

use crate::compiled::CompiledChart;
use crate::kinds;
use report::Lang;
pub use scene::Hit;

/// The narrowest width charts are laid out for: texts wrap or shorten to fit it (values wrap,
/// never shorten). A care-mode chart 260 px wide or more is laid out here or wider, so its
/// text is the full 1.3 times as large on any phone.
pub const MIN_WIDTH: u32 = 200;

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

/// Renders `compiled` at `width` px (laid out at [`MIN_WIDTH`] and drawn smaller if narrower).
pub fn render(compiled: &CompiledChart, width: u32, lang: Lang) -> Rendered {
    render_scaled(compiled, width, lang, 1.0)
}

/// Renders `compiled` at `width` px with every text, mark and gap `text_scale` times larger
/// (care mode: [`style::text_scale`]): the chart is laid out at `width / text_scale` and
/// drawn magnified into `width`, so it keeps the width it is given and grows in height.
/// Hit areas are in the drawn px. A chart is never laid out narrower than [`MIN_WIDTH`], so
/// below `MIN_WIDTH × text_scale` px (260 in care mode, narrower than any phone's chart) it is
/// magnified less, and narrower than `MIN_WIDTH` (an embed in a narrow sidebar) it is drawn
/// smaller rather than wider than its box.
pub fn render_scaled(
    compiled: &CompiledChart,
    width: u32,
    lang: Lang,
    text_scale: f64,
) -> Rendered {
    let scale = if text_scale.is_finite() {
        text_scale.clamp(1.0, 3.0)
    } else {
        1.0
    };
    let width = width.max(1);
    let logical = ((f64::from(width) / scale).floor() as u32).max(MIN_WIDTH);
    let scene = kinds::layout(compiled, logical, lang);
    if logical == width {
        return Rendered {
            svg: scene.to_svg(),
            width: scene.width,
            height: scene.height,
            hits: scene.hits,
        };
    }
    let zoom = f64::from(width) / f64::from(logical);
    let px = |v: i32| (f64::from(v) * zoom).round() as i32;
    let height = (f64::from(scene.height) * zoom).ceil() as u32;
    Rendered {
        svg: scene.to_svg_sized(width, height),
        width,
        height,
        hits: scene
            .hits
            .iter()
            .map(|h| Hit {
                item: h.item,
                x: px(h.x),
                y: px(h.y),
                w: px(h.x + h.w) - px(h.x),
                h: px(h.y + h.h) - px(h.y),
            })
            .collect(),
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
pub fn unmeasured(compiled: &CompiledChart, lang: Lang, compact: bool) -> String {
    unmeasured_scaled(compiled, lang, compact, 1.0)
}

/// [`unmeasured`] with text `text_scale` times larger (see [`render_scaled`]).
pub fn unmeasured_scaled(
    compiled: &CompiledChart,
    lang: Lang,
    compact: bool,
    text_scale: f64,
) -> String {
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
                render_scaled(compiled, *width, lang, text_scale).svg
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::scene::{Anchor, Shape};
    use super::*;
    use crate::compiled::Layout;

    use crate::compile;
    use crate::i18n;
    use crate::i18n::money::MoneyUnit;

    /// The bundled report, the test fixtures, which have longer texts, and day-long dates.
    fn reports() -> Vec<report::Report> {
        let fixtures = [
            include_str!("../../../../tests/fixtures/fictional-county.json"),
            include_str!("../../../../tests/fixtures/fictional-district-pairing.json"),
            include_str!("../../../../tests/fixtures/fictional-generic.json"),
        ];
        // The bundled report with every event dated to the day, the longest dates there are.
        let mut to_the_day = report::bundled().unwrap();
        for event in to_the_day
            .projects
            .iter_mut()
            .flat_map(|p| p.events.iter_mut())
        {
            event.date = Some("2023-12-25".to_string());
        }
        std::iter::once(report::bundled().unwrap())
            .chain([to_the_day])
            .chain(fixtures.map(|json| report::open(json).unwrap()))
            .collect()
    }

    /// No text runs past either edge, by the same estimate the layout uses, and every value
    /// and date is drawn whole (wrapped, never shortened), in every money unit, down to the
    /// narrowest layout (a 320 px phone's chart in care mode is laid out at 223 px).
    #[test]
    fn texts_fit_and_values_are_whole() {
        for report in reports() {
            for (lang, money) in Lang::ALL
                .into_iter()
                .flat_map(|lang| MoneyUnit::ALL.map(|money| (lang, money)))
            {
                for chart in compile::charts(&report) {
                    let compiled = compile::chart(&report, &chart, lang, money);
                    for width in [MIN_WIDTH, 223, 240, 291, 320, 375, 768, 1600] {
                        check_texts(&compiled, width, lang);
                    }
                }
            }
        }
    }

    fn check_texts(compiled: &CompiledChart, width: u32, lang: Lang) {
        let at = format!("{} at {width}px ({lang:?})", compiled.id);
        let mut lines: Vec<String> = Vec::new();
        // The time line's date column: its texts are the ones aligned at their end.
        let mut dates = String::new();
        for shape in kinds::layout(compiled, width, lang).shapes {
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
                "{at}: \"{text}\" spans {left}..{right}"
            );
            if anchor == Anchor::End {
                dates.push_str(&text);
            }
            lines.push(text);
        }
        // Lines of a wrapped text are drawn one after another, spaces trimmed at the breaks.
        let squeeze = |text: &str| text.replace(' ', "");
        let drawn = squeeze(&lines.concat());
        let wholes: Vec<String> = match &compiled.layout {
            Layout::Bars(_) => compiled
                .data
                .iter()
                .map(|d| d.value_with_qualifier(lang))
                .collect(),
            Layout::Timeline(entries) => {
                for date in entries.iter().filter_map(|e| e.date.as_deref()) {
                    let date = squeeze(&i18n::format::date(date, lang));
                    assert!(squeeze(&dates).contains(&date), "{at}: {date} not whole");
                }
                entries
                    .iter()
                    .map(|e| compiled.data[e.item].value_text.clone())
                    .collect()
            }
            Layout::Pairings(_) => Vec::new(),
        };
        for whole in wholes {
            assert!(drawn.contains(&squeeze(&whole)), "{at}: {whole} not whole");
            // No English word of it is split between lines.
            for word in whole
                .split(' ')
                .filter(|w| w.chars().all(|c| c.is_ascii_alphabetic()))
            {
                assert!(
                    lines
                        .iter()
                        .any(|line| line.split(' ').any(|w| w.contains(word))),
                    "{at}: \"{word}\" of {whole} split"
                );
            }
        }
    }

    /// In a box narrower than the narrowest layout (an embed in a sidebar), a chart is drawn
    /// smaller to the box's width, its hit areas with it, rather than spilling out of it.
    #[test]
    fn narrower_than_the_layout_the_chart_is_drawn_smaller() {
        let report = report::bundled().unwrap();
        for chart in compile::charts(&report) {
            let compiled = compile::chart(&report, &chart, Lang::En, MoneyUnit::Auto);
            let laid_out = render(&compiled, MIN_WIDTH, Lang::En);
            for width in [120, 160, MIN_WIDTH - 1] {
                let drawn = render(&compiled, width, Lang::En);
                assert_eq!(drawn.width, width, "{}", chart.id);
                assert!(drawn.svg.contains(&format!("width=\"{width}\"")));
                assert!(drawn.height <= laid_out.height, "{} at {width}", chart.id);
                assert_eq!(drawn.hits.len(), laid_out.hits.len());
                for hit in &drawn.hits {
                    assert!(
                        hit.x >= 0 && hit.x + hit.w <= width as i32 + 1,
                        "{}",
                        chart.id
                    );
                }
            }
        }
    }

    /// The font sizes of an SVG's texts as they appear: `font-size` times the drawn width over
    /// the `viewBox` width.
    fn shown_font_sizes(svg: &str) -> Vec<f64> {
        let number = |after: &str| -> f64 {
            let start = svg.find(after).unwrap() + after.len();
            svg[start..]
                .split(|c: char| !(c.is_ascii_digit() || c == '.'))
                .next()
                .unwrap()
                .parse()
                .unwrap()
        };
        let drawn = number("width=\"");
        let view_box = number("viewBox=\"0 0 ");
        svg.match_indices("font-size=\"")
            .map(|(at, key)| {
                let rest = &svg[at + key.len()..];
                let size: f64 = rest[..rest.find('"').unwrap()]
                    .trim_end_matches("px")
                    .parse()
                    .unwrap();
                size * drawn / view_box
            })
            .collect()
    }

    /// In care mode every text of every chart is at least 1.3 times as large, at every width,
    /// and the drawing keeps the width it is given; its hit areas stay inside it.
    #[test]
    fn care_mode_draws_chart_text_larger() {
        let report = report::bundled().unwrap();
        for lang in Lang::ALL {
            for chart in compile::charts(&report) {
                let compiled = compile::chart(&report, &chart, lang, MoneyUnit::Auto);
                for width in [MIN_WIDTH, 260, 291, 312, 320, 375, 768, 1086] {
                    let plain = render(&compiled, width, lang);
                    let care = render_scaled(&compiled, width, lang, style::text_scale(true));
                    // Narrower than 312 px, charts are magnified less (never laid out < 240).
                    let least = (f64::from(width) / f64::from(MIN_WIDTH)).min(1.3);
                    assert_eq!(care.width, width);
                    assert!(
                        width == MIN_WIDTH || care.height > plain.height,
                        "{} at {width}",
                        chart.id
                    );
                    let smallest = |svg: &str| {
                        shown_font_sizes(svg)
                            .into_iter()
                            .fold(f64::INFINITY, f64::min)
                    };
                    let (plain_min, care_min) = (smallest(&plain.svg), smallest(&care.svg));
                    assert!(plain_min.is_finite() && care_min.is_finite());
                    assert!(
                        care_min >= plain_min * least - 1e-9,
                        "{} at {width}px: smallest text {care_min} px, against {plain_min} px",
                        chart.id
                    );
                    for hit in &care.hits {
                        assert!(hit.x >= 0 && hit.x + hit.w <= width as i32 + 1);
                        assert!(hit.y >= 0 && hit.y + hit.h <= care.height as i32 + 1);
                    }
                }
            }
        }
        // Not in care mode, the drawing is the plain one.
        let chart = &compile::charts(&report)[0];
        let compiled = compile::chart(&report, chart, Lang::Zh, MoneyUnit::Auto);
        assert_eq!(
            render_scaled(&compiled, 600, Lang::Zh, style::text_scale(false)),
            render(&compiled, 600, Lang::Zh)
        );
    }
}
