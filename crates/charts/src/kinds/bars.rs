//! Bars: panels of horizontal bars, one unit and one scale per panel, so magnitudes are never
//! mixed. A panel of parts ("of which") is drawn end to end on its whole's scale. A crowded
//! chart (a generated one for a very large report) draws its first [`MAX_DRAWN`] items and
//! says how many more the table holds.
//!
//! Panels of horizontal bars with direct value labels (no axis needed). Wide charts put the
//! label beside the bar; narrow ones above it, and a value too long to follow its bar under
//! it, wrapped if it must be (never shortened). A stacked panel draws its parts end to end,
//! with a line per part below, on the scale of the whole they belong to when there is one.

use super::LegendEntry;
use crate::compiled::{undrawn_note, BarPanel, CompiledChart, Layout, Texts, MAX_DRAWN};
use crate::i18n::{messages, Msg};
use crate::render::legend::swatch;
use crate::render::marks;
use crate::render::scale::Linear;
use crate::render::scene::{Anchor, Hit, Scene, Shape};
use crate::render::style::{
    self, theme_color, BAR_HEIGHT, FONT_SIZE, HEADING_SIZE, MUTED, RULE, TEXT,
};
use crate::render::text;
use report::ChartDescription;
use report::{Lang, Qualifier};

/// Compiles a bars description.
pub(super) fn compile(chart: &ChartDescription, texts: &Texts) -> CompiledChart {
    let mut data = Vec::new();
    let mut panels = Vec::new();
    for panel in &chart.panels {
        let start = data.len();
        let whole = panel.of.as_deref().and_then(|whole| {
            data.iter()
                .position(|d: &crate::compiled::Datum| d.key == whole)
        });
        data.extend(
            panel
                .figures
                .iter()
                .filter_map(|id| texts.report.figure(id))
                .map(|figure| texts.datum(figure)),
        );
        if data.len() > start {
            panels.push(BarPanel {
                title: texts.fill(&panel.title),
                stacked: panel.of.is_some(),
                whole,
                items: (start..data.len()).collect(),
            });
        }
    }
    let title = texts.fill(&chart.title);
    let summary = texts.summary(chart, &title, &data);
    let note = texts.note(chart, [undrawn_note(data.len(), texts.lang)]);
    for panel in &mut panels {
        let all = panel.items.len();
        panel.items.retain(|&item| item < MAX_DRAWN);
        if panel.items.len() < all {
            // Parts not drawn are not "what the report does not break down".
            panel.whole = None;
        }
    }
    panels.retain(|panel| !panel.items.is_empty());
    CompiledChart {
        id: chart.id.clone(),
        title,
        note,
        summary,
        data,
        layout: Layout::Bars(panels),
    }
}

const PANEL_HEADING: i32 = 24;
const PANEL_GAP: i32 = 14;
const WIDE_ROW: i32 = 30;
const NARROW_ROW: i32 = 42;
const PART_LINE: i32 = 22;
/// Narrowest room for bars beside their values before values move under the bars.
const MIN_BAR_ROOM: i32 = 90;
/// Height of a value line under a bar.
const VALUE_LINE: i32 = 16;

/// Lays out the bar panels of `compiled` at `width` px.
pub(super) fn layout(
    compiled: &CompiledChart,
    panels: &[BarPanel],
    width: u32,
    lang: Lang,
) -> Scene {
    let w = width as i32;
    let wide = width >= style::WIDE_LAYOUT_MIN_WIDTH;
    let value_texts: Vec<String> = compiled
        .data
        .iter()
        .map(|d| d.value_with_qualifier(lang))
        .collect();
    let value_w = value_texts
        .iter()
        .map(|t| text::width_bold(t, FONT_SIZE))
        .fold(0.0, f64::max)
        .ceil() as i32
        + 10;
    let label_w = if wide {
        let longest = compiled
            .data
            .iter()
            .map(|d| text::width(&d.label, FONT_SIZE))
            .fold(0.0, f64::max);
        (longest.ceil() as i32 + 12).min(w * 38 / 100)
    } else {
        0
    };
    let bar_x0 = label_w;
    // On a narrow chart with long value texts, each value goes on its own line under its bar.
    let values_below = !wide && w - value_w - style::OPEN_END < MIN_BAR_ROOM;
    let bar_room = if values_below {
        w - style::OPEN_END - 4
    } else {
        (w - bar_x0 - value_w - style::OPEN_END).max(24)
    };

    let mut scene = Scene {
        width,
        ..Scene::default()
    };
    let mut y = 0;
    for (index, panel) in panels.iter().enumerate() {
        if index > 0 {
            y += PANEL_GAP;
        }
        scene.shapes.push(Shape::Text {
            x: 0,
            y: y + PANEL_HEADING / 2,
            text: text::fit(&panel.title, HEADING_SIZE * 1.1, f64::from(w)),
            size: HEADING_SIZE,
            color: MUTED,
            bold: true,
            anchor: Anchor::Start,
        });
        y += PANEL_HEADING;
        let max = if panel.stacked {
            let parts = panel
                .items
                .iter()
                .filter_map(|&i| compiled.data[i].value)
                .filter(|v| *v > 0.0)
                .sum::<f64>();
            // Parts of a whole are drawn on the whole's scale.
            whole_value(compiled, panel).map_or(parts, |whole| whole.max(parts))
        } else {
            panel
                .items
                .iter()
                .filter_map(|&i| compiled.data[i].value)
                .fold(0.0, f64::max)
        };
        let scale = Linear::new(max, bar_room);
        if panel.stacked {
            y = stacked(
                &mut scene,
                compiled,
                panel,
                &value_texts,
                (y, bar_x0),
                w,
                scale,
            );
            continue;
        }
        let top = y;
        for &item in &panel.items {
            let datum = &compiled.data[item];
            // Under its bar, a value too long for the line wraps; it is never shortened.
            let value_lines = if values_below {
                text::wrap_whole(&value_texts[item], FONT_SIZE * 1.1, f64::from(w))
            } else {
                vec![value_texts[item].clone()]
            };
            let row_h = match (wide, values_below) {
                (true, _) => WIDE_ROW,
                (false, false) => NARROW_ROW,
                (false, true) => NARROW_ROW + VALUE_LINE * value_lines.len() as i32,
            };
            let (label_y, bar_y) = if wide {
                (y + row_h / 2, y + (row_h - BAR_HEIGHT) / 2)
            } else {
                (y + 9, y + 20)
            };
            let label_room = if wide { label_w - 12 } else { w };
            scene.shapes.push(Shape::Text {
                x: 0,
                y: label_y,
                text: text::fit(&datum.label, FONT_SIZE, f64::from(label_room)),
                size: FONT_SIZE,
                color: TEXT,
                bold: false,
                anchor: Anchor::Start,
            });
            let length = scale.px(datum.value.unwrap_or(0.0));
            let rect = (bar_x0, bar_y, bar_x0 + length, bar_y + BAR_HEIGHT);
            marks::bar(
                &mut scene,
                rect,
                style::theme_color(datum.theme),
                datum.qualifier,
            );
            let (value_x, value_y) = if values_below {
                (0, bar_y + BAR_HEIGHT + VALUE_LINE / 2 + 2)
            } else {
                (
                    bar_x0 + length + marks::overhang(datum.qualifier) + 6,
                    bar_y + BAR_HEIGHT / 2,
                )
            };
            scene.text_lines(
                (value_x, value_y),
                VALUE_LINE,
                value_lines,
                (FONT_SIZE, TEXT, true),
                Anchor::Start,
            );
            scene.hits.push(Hit {
                item,
                x: 0,
                y,
                w,
                h: row_h,
            });
            y += row_h;
        }
        // A baseline where the bars start.
        let baseline_top = if wide { top + 4 } else { top + 18 };
        scene.shapes.push(Shape::Line {
            points: vec![(bar_x0, baseline_top), (bar_x0, y - 4)],
            color: RULE,
            width: 1,
            opacity: 1.0,
        });
    }
    scene.height = (y + 4).max(1) as u32;
    scene
}

/// One bar made of the panel's parts, then a labelled line per part. Returns the new `y`.
fn stacked(
    scene: &mut Scene,
    compiled: &CompiledChart,
    panel: &BarPanel,
    value_texts: &[String],
    (mut y, x0): (i32, i32),
    w: i32,
    scale: Linear,
) -> i32 {
    let bar_y = y + 4;
    let mut x = x0;
    for &item in &panel.items {
        let datum = &compiled.data[item];
        let length = scale.px(datum.value.unwrap_or(0.0));
        let rect = (x, bar_y, x + length, bar_y + BAR_HEIGHT + 4);
        marks::bar(
            scene,
            rect,
            style::theme_color(datum.theme),
            datum.qualifier,
        );
        scene.hits.push(Hit {
            item,
            x,
            y: bar_y,
            w: length,
            h: BAR_HEIGHT + 4,
        });
        x += length + 1;
    }
    // What the report does not break down: a faint track up to the whole's length.
    if let Some(whole) = whole_value(compiled, panel) {
        let end = x0 + scale.px(whole);
        if end > x + 2 {
            scene.shapes.push(Shape::Rect {
                x0: x,
                y0: bar_y,
                x1: end,
                y1: bar_y + BAR_HEIGHT + 4,
                fill: RULE,
                opacity: 0.2,
            });
        }
    }
    y = bar_y + BAR_HEIGHT + 12;
    for &item in &panel.items {
        let datum = &compiled.data[item];
        let swatch = (x0, y + 5, x0 + 14, y + PART_LINE - 5);
        // The text starts after the swatch and its open end, if it has one.
        let text_x = x0 + 20 + marks::overhang(datum.qualifier);
        marks::bar(
            scene,
            swatch,
            style::theme_color(datum.theme),
            datum.qualifier,
        );
        let value = &value_texts[item];
        let value_w = text::width_bold(value, FONT_SIZE).ceil() as i32;
        // The value follows the label on its line, or goes on the next line if both do not fit.
        let beside = w - text_x - value_w - 12 >= 60;
        let label_room = if beside {
            w - text_x - value_w - 12
        } else {
            w - text_x
        };
        let label = text::fit(&datum.label, FONT_SIZE, f64::from(label_room));
        let label_end = text_x + text::width(&label, FONT_SIZE).ceil() as i32;
        let (value_x, value_lines) = if beside {
            (label_end + 8, vec![value.clone()])
        } else {
            // On lines of its own, wrapped if it must be; never shortened.
            let room = f64::from(w - text_x);
            (text_x, text::wrap_whole(value, FONT_SIZE * 1.1, room))
        };
        let line_h = if beside {
            PART_LINE
        } else {
            PART_LINE + (PART_LINE - 4) * value_lines.len() as i32
        };
        scene.shapes.push(Shape::Text {
            x: text_x,
            y: y + PART_LINE / 2,
            text: label,
            size: FONT_SIZE,
            color: TEXT,
            bold: false,
            anchor: Anchor::Start,
        });
        let first_value_y = if beside {
            y + PART_LINE / 2
        } else {
            y + PART_LINE + PART_LINE / 2 - 4
        };
        scene.text_lines(
            (value_x, first_value_y),
            PART_LINE - 4,
            value_lines,
            (FONT_SIZE, TEXT, true),
            Anchor::Start,
        );
        scene.hits.push(Hit {
            item,
            x: 0,
            y,
            w,
            h: line_h,
        });
        y += line_h;
    }
    y
}

/// The value of the whole a panel's parts belong to, if it has one.
fn whole_value(compiled: &CompiledChart, panel: &BarPanel) -> Option<f64> {
    panel
        .whole
        .and_then(|whole| compiled.data.get(whole))
        .and_then(|datum| datum.value)
        .filter(|value| *value > 0.0)
}

/// The key to the bars: a swatch of each qualifier the chart shows, in the colour of the
/// first item it explains.
pub(super) fn legend(compiled: &CompiledChart, lang: Lang) -> Vec<LegendEntry> {
    Qualifier::ALL
        .into_iter()
        .filter_map(|q| {
            let datum = compiled.data.iter().find(|d| d.qualifier == q)?;
            let color = theme_color(datum.theme);
            Some(LegendEntry {
                swatch: swatch(44, |scene| {
                    let end = 40 - marks::overhang(q).min(18);
                    marks::bar(scene, (2, 3, end, 13), color, q);
                }),
                text: messages::qualifier(q, lang)
                    .unwrap_or(Msg::AsReported.text(lang))
                    .to_string(),
            })
        })
        .collect()
}
