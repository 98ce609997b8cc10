//! Timeline: the projects' events on a time line, each with its status; events the report does
//! not date come last. A description may name the projects shown (all by default).
//!
//! A vertical time line: a date column, a connector with one status-coded dot per event, and
//! the event's text. Undated events follow on a dashed connector.

use super::LegendEntry;
use crate::compiled::{
    undrawn_note, CompiledChart, Datum, Layout, Provenance, Texts, TimelineEntry, MAX_DRAWN,
};
use crate::i18n::{format, messages, Msg};
use crate::render::legend::swatch;
use crate::render::scene::{Anchor, Hit, Scene, Shape};
use crate::render::style::{self, FONT_SIZE, MUTED, RULE, TEXT};
use crate::render::text;
use report::ChartDescription;
use report::{Lang, Qualifier, Status, Theme};
use std::collections::HashSet;

/// Compiles a timeline description.
pub(super) fn compile(chart: &ChartDescription, texts: &Texts) -> CompiledChart {
    let lang = texts.lang;
    let drawn: HashSet<&str> = chart.projects_drawn(texts.report).into_iter().collect();
    let shown = |project: &str| drawn.contains(project);
    let mut events: Vec<_> = texts
        .report
        .events()
        .filter(|(project, ..)| shown(&project.id))
        .collect();
    // Dated events in date order, then undated ones in file order (stable sort).
    events.sort_by(|(_, a, _), (_, b, _)| match (&a.date, &b.date) {
        (Some(x), Some(y)) => x.cmp(y),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    });
    let mut data = Vec::new();
    let mut entries = Vec::new();
    for (index, (project, event, key)) in events.into_iter().enumerate() {
        let date_text = event.date.as_deref().map_or_else(
            || Msg::DateNotStated.text(lang).to_string(),
            |d| format::date(d, lang),
        );
        let status = messages::status(event.status, lang);
        entries.push(TimelineEntry {
            item: index,
            date: event.date.clone(),
            status: event.status,
        });
        data.push(Datum {
            key,
            label: format!(
                "{}{}{}",
                lang.pick(&project.name),
                lang.choose("：", ": "),
                lang.pick(&event.label)
            ),
            value: None,
            value_text: format!("{date_text} · {status}"),
            qualifier: if event.status == Status::Expected {
                Qualifier::Projected
            } else {
                Qualifier::Exact
            },
            period_text: date_text,
            provenance: Provenance::Quote(event.source.clone()),
            theme: Theme::Projects,
            whole: None,
        });
    }
    let title = texts.fill(&chart.title);
    let summary = texts.summary(chart, &title, &data);
    let note = texts.note(chart, [undrawn_note(entries.len(), lang)]);
    entries.truncate(MAX_DRAWN);
    CompiledChart {
        id: chart.id.clone(),
        title,
        note,
        summary,
        data,
        layout: Layout::Timeline(entries),
    }
}

const ROW: i32 = 46;
/// Extra height for each wrapped line of an event's text.
const LINE: i32 = 17;
/// Lines an event's text may wrap to before it is shortened (the tooltip and the table hold
/// all of it).
const MAX_LINES: usize = 3;
/// The same on a narrow chart, whose lines hold a few words (a phone's, in care mode).
const MAX_LINES_NARROW: usize = 5;

/// Lays out the time line of `compiled` at `width` px.
pub(super) fn layout(
    compiled: &CompiledChart,
    entries: &[TimelineEntry],
    width: u32,
    lang: Lang,
) -> Scene {
    let w = width as i32;
    let date_text = |entry: &TimelineEntry| {
        entry.date.as_deref().map_or_else(
            || Msg::Undated.text(lang).to_string(),
            |d| format::date(d, lang),
        )
    };
    // Dates are bold; undated entries say so in plain text.
    let date_size = |entry: &TimelineEntry| {
        if entry.date.is_some() {
            FONT_SIZE * 1.1
        } else {
            FONT_SIZE
        }
    };
    // The date column fits the longest date, up to 130 px (wide) or half the width, where a
    // longer one wraps.
    let longest_date = entries
        .iter()
        .map(|entry| text::width(&date_text(entry), date_size(entry)))
        .fold(0.0, f64::max)
        .ceil() as i32;
    let most = if width >= style::WIDE_LAYOUT_MIN_WIDTH {
        130
    } else {
        w / 2
    };
    let date_w = longest_date.min(most);
    let axis_x = date_w + 8;
    let text_x = axis_x + 16;
    let color = style::theme_color(Theme::Projects);
    let mut scene = Scene {
        width,
        ..Scene::default()
    };
    let mut previous: Option<(i32, bool)> = None;
    let room = f64::from(w - text_x);
    let max_lines = if width >= style::WIDE_LAYOUT_MIN_WIDTH {
        MAX_LINES
    } else {
        MAX_LINES_NARROW
    };
    let mut y = 0;
    for entry in entries {
        let datum = &compiled.data[entry.item];
        let lines = text::wrap(&datum.label, FONT_SIZE, room, max_lines);
        // The value (date, status, qualifier) wraps rather than being shortened.
        let value_lines = text::wrap_whole(&datum.value_text, FONT_SIZE - 1.0, room);
        // Lines beyond one of each, which the row grows by and its text block is centred for.
        let extra_lines = lines.len() as i32 + value_lines.len() as i32 - 2;
        let row_h = ROW + LINE * extra_lines;
        let cy = y + row_h / 2;
        let dated = entry.date.is_some();
        if let Some((prev_cy, _)) = previous {
            if dated {
                scene.shapes.push(Shape::Line {
                    points: vec![(axis_x, prev_cy + 7), (axis_x, cy - 7)],
                    color: RULE,
                    width: 2,
                    opacity: 1.0,
                });
            } else {
                scene.dashed((axis_x, prev_cy + 7), (axis_x, cy - 7), 3.0, 3.0, RULE, 2);
            }
        }
        previous = Some((cy, dated));
        let date_lines = text::wrap_whole(&date_text(entry), date_size(entry), f64::from(date_w));
        let date_top = cy - LINE * (date_lines.len() as i32 - 1) / 2;
        let date_color = if dated { TEXT } else { MUTED };
        scene.text_lines(
            (date_w, date_top),
            LINE,
            date_lines,
            (FONT_SIZE, date_color, dated),
            Anchor::End,
        );
        status_dot(&mut scene, (axis_x, cy), entry.status, color);
        let count = lines.len() as i32;
        let top = cy - 9 - LINE * extra_lines / 2;
        scene.text_lines(
            (text_x, top),
            LINE,
            lines,
            (FONT_SIZE, TEXT, false),
            Anchor::Start,
        );
        scene.text_lines(
            (text_x, top + LINE * (count - 1) + 19),
            LINE,
            value_lines,
            (FONT_SIZE - 1.0, MUTED, false),
            Anchor::Start,
        );
        scene.hits.push(Hit {
            item: entry.item,
            x: 0,
            y,
            w,
            h: row_h,
        });
        y += row_h;
    }
    scene.height = y.max(1) as u32;
    scene
}

/// Done: filled. Under way: ring with a centre. Expected: dashed ring. Signed: ring.
fn status_dot(scene: &mut Scene, (cx, cy): (i32, i32), status: Status, color: style::Rgb) {
    let ring = Shape::Circle {
        cx,
        cy,
        r: 6,
        color,
        filled: false,
    };
    match status {
        Status::Done => scene.shapes.push(Shape::Circle {
            cx,
            cy,
            r: 7,
            color,
            filled: true,
        }),
        Status::UnderWay => {
            scene.shapes.push(ring);
            scene.shapes.push(Shape::Circle {
                cx,
                cy,
                r: 3,
                color,
                filled: true,
            });
        }
        Status::Expected => {
            for step in 0..8 {
                let a0 = f64::from(step) * std::f64::consts::FRAC_PI_4;
                let a1 = a0 + 0.45;
                let at = |a: f64| {
                    (
                        cx + (6.0 * a.cos()).round() as i32,
                        cy + (6.0 * a.sin()).round() as i32,
                    )
                };
                scene.shapes.push(Shape::Line {
                    points: vec![at(a0), at(a1)],
                    color,
                    width: 2,
                    opacity: 1.0,
                });
            }
        }
        Status::Signed => scene.shapes.push(ring),
    }
}

/// The key to the time line: a dot of each status its events have.
pub(super) fn legend(entries: &[TimelineEntry], color: style::Rgb, lang: Lang) -> Vec<LegendEntry> {
    [
        Status::Done,
        Status::UnderWay,
        Status::Expected,
        Status::Signed,
    ]
    .into_iter()
    .filter(|s| entries.iter().any(|e| e.status == *s))
    .map(|s| LegendEntry {
        swatch: swatch(18, |scene| status_dot(scene, (9, 8), s, color)),
        text: messages::status(s, lang).to_string(),
    })
    .collect()
}
