//! The link-preview image (Open Graph / Twitter card): the report's title, three headline
//! figures and the funds chart, composed as SVG by the app's own spec and render code.
//! `src/bin/prerender.rs` rasterises it to `preview.png` at build time.

use super::escape_xml as escape;
use crate::data::Report;
use crate::i18n::{format, format::MoneyUnit, Lang};
use crate::render;
use crate::spec::ChartId;
use crate::state::ViewState;

/// Size of the preview image, the usual 1.91:1 card.
pub const WIDTH: u32 = 1200;
/// Height of the preview image.
pub const HEIGHT: u32 = 630;

/// Figures shown large on the card.
const FIGURES: [&str; 3] = ["aid_funds_total", "projects_total", "beneficiaries"];

/// The preview card as an SVG document, in Chinese (the report's language).
pub fn svg(report: &Report) -> String {
    let lang = Lang::Zh;
    let state = ViewState {
        lang,
        ..ViewState::default()
    };
    let mut figures = String::new();
    for (index, figure) in FIGURES
        .iter()
        .filter_map(|id| report.figure(id))
        .enumerate()
    {
        let x = 60 + index as u32 * 360;
        figures.push_str(&format!(
            "<text x=\"{x}\" y=\"212\" font-size=\"52\" font-weight=\"bold\" fill=\"#1d4e89\">{}</text>\
             <text x=\"{x}\" y=\"250\" font-size=\"22\" fill=\"#4d5560\">{}</text>",
            escape(&format::value(figure.value, figure.unit, figure.qualifier, lang, MoneyUnit::Auto)),
            escape(&figure.label.zh),
        ));
    }
    let chart_spec = ChartId::FundsBySource.spec(report, &state);
    // Drawn at two thirds of the card's width and scaled up, so its text reads at card size.
    let chart = render::render(&chart_spec, (WIDTH - 120) * 2 / 3, lang);
    let chart = format!(
        "<g transform=\"translate(60 290) scale(1.5)\">{}</g>",
        chart.svg
    );
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{HEIGHT}\" \
         viewBox=\"0 0 {WIDTH} {HEIGHT}\" font-family=\"sans-serif\">\
         <rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\
         <rect width=\"100%\" height=\"10\" fill=\"#b71c1c\"/>\
         <text x=\"60\" y=\"92\" font-size=\"44\" font-weight=\"bold\" fill=\"#1b1f24\">{}</text>\
         <text x=\"60\" y=\"134\" font-size=\"24\" fill=\"#4d5560\">{}</text>\
         {figures}{chart}</svg>",
        escape(&report.meta.title.zh),
        escape(&format::citation(&report.meta, lang)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data;

    #[test]
    fn the_card_holds_title_figures_and_chart() {
        let report = data::bundled().unwrap();
        let svg = svg(&report);
        for text in [
            "巴林右旗京蒙协作助力乡村振兴纪实",
            "1.065亿元",
            "39个",
            "10万+人",
            "3077.6万元",
        ] {
            assert!(svg.contains(text), "{text}");
        }
    }
}
