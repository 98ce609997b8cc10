//! A chart as a list of primitive shapes laid out in px, and its painting to SVG by plotters.

use super::style::{Rgb, FONT_FAMILY};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// Horizontal anchoring of a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    /// The text starts at `x`.
    Start,
    /// The text ends at `x`.
    End,
}

/// A primitive shape, in px.
#[derive(Clone, Debug, PartialEq)]
pub enum Shape {
    /// A filled rectangle.
    Rect {
        x0: i32,
        y0: i32,
        x1: i32,
        y1: i32,
        fill: Rgb,
        opacity: f64,
    },
    /// A polyline.
    Line {
        points: Vec<(i32, i32)>,
        color: Rgb,
        width: u32,
        opacity: f64,
    },
    /// A circle, filled or stroked.
    Circle {
        cx: i32,
        cy: i32,
        r: u32,
        color: Rgb,
        filled: bool,
    },
    /// A straight dashed line: dashes of `on` px, gaps of `off` px (one SVG element with a
    /// `stroke-dasharray`, not a polyline per dash: pages hold many of them).
    Dashed {
        from: (i32, i32),
        to: (i32, i32),
        on: f64,
        off: f64,
        color: Rgb,
        width: u32,
    },
    /// A single line of text, vertically centred on `y`.
    Text {
        x: i32,
        y: i32,
        text: String,
        size: f64,
        color: Rgb,
        bold: bool,
        anchor: Anchor,
    },
}

/// A rectangle that maps a pointer position back to a data item.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    /// Index into the compiled chart's data.
    pub item: usize,
    /// Left edge.
    pub x: i32,
    /// Top edge.
    pub y: i32,
    /// Width.
    pub w: i32,
    /// Height.
    pub h: i32,
}

/// Shapes and hit areas of a chart of a given size.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Scene {
    /// Width in px.
    pub width: u32,
    /// Height in px.
    pub height: u32,
    /// What to draw, in order.
    pub shapes: Vec<Shape>,
    /// Where each data item is.
    pub hits: Vec<Hit>,
}

impl Scene {
    /// Lines of text one under another from `(x, y)`, `step` px apart, each aligned at `x` by
    /// `anchor`: a wrapped label, value or date. `font` is (size, colour, bold).
    pub fn text_lines(
        &mut self,
        (x, y): (i32, i32),
        step: i32,
        lines: Vec<String>,
        (size, color, bold): (f64, Rgb, bool),
        anchor: Anchor,
    ) {
        for (index, text) in lines.into_iter().enumerate() {
            self.shapes.push(Shape::Text {
                x,
                y: y + step * index as i32,
                text,
                size,
                color,
                bold,
                anchor,
            });
        }
    }

    /// A straight line split into dashes of `on` px separated by `off` px.
    pub fn dashed(
        &mut self,
        from: (i32, i32),
        to: (i32, i32),
        on: f64,
        off: f64,
        color: Rgb,
        width: u32,
    ) {
        if from != to {
            self.shapes.push(Shape::Dashed {
                from,
                to,
                on,
                off,
                color,
                width,
            });
        }
    }

    /// The outline of a rectangle, solid (`dash` = `None`) or dashed `(on, off)`.
    pub fn outline(&mut self, rect: (i32, i32, i32, i32), color: Rgb, dash: Option<(f64, f64)>) {
        let (x0, y0, x1, y1) = rect;
        let corners = [(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)];
        match dash {
            None => self.shapes.push(Shape::Line {
                points: corners.to_vec(),
                color,
                width: 1,
                opacity: 1.0,
            }),
            Some((on, off)) => {
                for pair in corners.windows(2) {
                    self.dashed(pair[0], pair[1], on, off, color, 1);
                }
            }
        }
    }

    /// Diagonal hatching inside a rectangle, lines `gap` px apart.
    pub fn hatch(&mut self, rect: (i32, i32, i32, i32), gap: i32, color: Rgb) {
        let (x0, y0, x1, y1) = rect;
        let h = y1 - y0;
        let mut k = x0 - h;
        while k < x1 {
            // From (k, y1) up and to the right to (k + h, y0), clipped to [x0, x1].
            let (mut sx, mut sy, mut ex, mut ey) = (k, y1, k + h, y0);
            if sx < x0 {
                sy -= x0 - sx;
                sx = x0;
            }
            if ex > x1 {
                ey += ex - x1;
                ex = x1;
            }
            if ex > sx {
                self.shapes.push(Shape::Line {
                    points: vec![(sx, sy), (ex, ey)],
                    color,
                    width: 1,
                    opacity: 0.8,
                });
            }
            k += gap;
        }
    }

    /// Paints the scene as an SVG document, in the order of its shapes.
    pub fn to_svg(&self) -> String {
        self.to_svg_sized(self.width, self.height)
    }

    /// Paints the scene as an SVG document drawn `width` × `height` px: magnified when that is
    /// larger than the scene (its `viewBox` stays the scene's size).
    pub fn to_svg_sized(&self, width: u32, height: u32) -> String {
        let (vb_width, vb_height) = (self.width, self.height);
        let mut body = String::new();
        let mut run: Vec<&Shape> = Vec::new();
        for shape in &self.shapes {
            if let Shape::Dashed {
                from,
                to,
                on,
                off,
                color,
                width,
            } = shape
            {
                body += &plotters_elements(&run, self.width, self.height);
                run.clear();
                body += &format!(
                    "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#{:02X}{:02X}{:02X}\" stroke-width=\"{width}\" stroke-dasharray=\"{on} {off}\"/>\n",
                    from.0, from.1, to.0, to.1, color.0, color.1, color.2
                );
            } else {
                run.push(shape);
            }
        }
        body += &plotters_elements(&run, self.width, self.height);
        format!(
            "<svg aria-hidden=\"true\" focusable=\"false\" width=\"{width}\" height=\"{height}\" \
             viewBox=\"0 0 {vb_width} {vb_height}\" xmlns=\"http://www.w3.org/2000/svg\">\n{body}</svg>\n"
        )
    }
}

/// The SVG elements plotters draws for `shapes`, without its `<svg>` wrapper.
fn plotters_elements(shapes: &[&Shape], width: u32, height: u32) -> String {
    if shapes.is_empty() {
        return String::new();
    }
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (width, height)).into_drawing_area();
        for shape in shapes {
            // Drawing into a string cannot fail.
            let _ = draw(&root, shape);
        }
        let _ = root.present();
    }
    let start = svg.find(">\n").map_or(0, |end| end + 2);
    let end = svg.rfind("</svg>").unwrap_or(svg.len());
    svg[start..end].to_string()
}

fn color(rgb: Rgb, opacity: f64) -> RGBAColor {
    RGBColor(rgb.0, rgb.1, rgb.2).mix(opacity)
}

fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, plotters::coord::Shift>,
    shape: &Shape,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    match shape {
        Shape::Rect {
            x0,
            y0,
            x1,
            y1,
            fill,
            opacity,
        } => root.draw(&Rectangle::new(
            [(*x0, *y0), (*x1, *y1)],
            color(*fill, *opacity).filled(),
        )),
        Shape::Line {
            points,
            color: c,
            width,
            opacity,
        } => root.draw(&PathElement::new(
            points.clone(),
            color(*c, *opacity).stroke_width(*width),
        )),
        // Written by `to_svg` itself, as one element.
        Shape::Dashed { .. } => Ok(()),
        Shape::Circle {
            cx,
            cy,
            r,
            color: c,
            filled,
        } => {
            let style = if *filled {
                color(*c, 1.0).filled()
            } else {
                color(*c, 1.0).stroke_width(2)
            };
            root.draw(&Circle::new((*cx, *cy), *r, style))
        }
        Shape::Text {
            x,
            y,
            text,
            size,
            color: c,
            bold,
            anchor,
        } => {
            let h = match anchor {
                Anchor::Start => HPos::Left,
                Anchor::End => HPos::Right,
            };
            // plotters writes `font-size` as size / 1.24.
            let font = (FONT_FAMILY, size * 1.24).into_font();
            let font = if *bold {
                font.style(FontStyle::Bold)
            } else {
                font
            };
            let style = font.color(&color(*c, 1.0)).pos(Pos::new(h, VPos::Center));
            // A file's direction override stays within its text, also in a downloaded SVG.
            let text = report::file_text::isolated(text).into_owned();
            root.draw(&Text::new(text, (*x, *y), style))
        }
    }
}
