//! The charts' palette, type and sizes, in one place. Colours are colour-blind-safe
//! (Okabe–Ito hues) and keep 3:1 contrast on both the light and the dark page background.

use report::Theme;

/// An sRGB colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

/// The colour of a theme, used for its marks in every view.
pub fn theme_color(theme: Theme) -> Rgb {
    match theme {
        Theme::Funds => Rgb(0x00, 0x72, 0xB2),
        Theme::Projects => Rgb(0x00, 0x9E, 0x73),
        Theme::Training => Rgb(0xB8, 0x62, 0x9A),
        Theme::Sales => Rgb(0xC1, 0x7A, 0x00),
        Theme::Outcomes => Rgb(0xD5, 0x5E, 0x00),
        Theme::Cooperation => Rgb(0x8A, 0x63, 0xD2),
    }
}

/// Text colour in the SVG (the page's stylesheet overrides it in the dark theme).
pub const TEXT: Rgb = Rgb(0x1B, 0x1F, 0x24);
/// Secondary text.
pub const MUTED: Rgb = Rgb(0x4D, 0x55, 0x60);
/// Rules and connectors, readable on light and dark backgrounds.
pub const RULE: Rgb = Rgb(0x8A, 0x8F, 0x98);

/// Font family written into the SVG; the page's stylesheet supplies the full stack.
pub const FONT_FAMILY: &str = "sans-serif";
/// Body text size in px.
pub const FONT_SIZE: f64 = 13.0;
/// Panel heading size in px.
pub const HEADING_SIZE: f64 = 13.0;

/// How much larger text is in care mode (关怀版): the page's root font size grows by the same
/// factor in `style/main.css` (`html[data-care="on"]`), and charts are drawn at it.
pub const CARE_TEXT_SCALE: f64 = 1.3;

/// The text scale of charts: [`CARE_TEXT_SCALE`] in care mode, else 1.
pub fn text_scale(care: bool) -> f64 {
    if care {
        CARE_TEXT_SCALE
    } else {
        1.0
    }
}

/// Width from which labels sit beside their bars instead of above them.
pub const WIDE_LAYOUT_MIN_WIDTH: u32 = 520;
/// Height of a bar.
pub const BAR_HEIGHT: i32 = 16;
/// Extra length of the open-ended mark of an "at least" bar: the longest a mark reaches past
/// its value's end, which every bar chart leaves room for.
pub const OPEN_END: i32 = 16;
/// Half the length of the whisker across the end of an approximate bar (at most [`OPEN_END`]).
pub const WHISKER: i32 = 7;
