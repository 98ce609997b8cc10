//! The link-preview image (Open Graph / Twitter card): the report's title, three headline
//! figures and its first chart, composed as SVG by the app's own chart compiler and renderer.
//! `main.rs` rasterises it to `preview.png` at build time.

use charts::compile;
use charts::export::escape_xml as escape;
use charts::i18n::format;
use charts::i18n::money::MoneyUnit;
use charts::render;
use report::Lang;
use report::Report;

/// Size of the preview image, the usual 1.91:1 card.
pub const WIDTH: u32 = 1200;
/// Height of the preview image.
pub const HEIGHT: u32 = 630;

/// The preview card as an SVG document, in Chinese (the report's language).
pub fn svg(report: &Report) -> String {
    let lang = Lang::Zh;
    let mut figures = String::new();
    // The first three headline figures, large.
    for (index, figure) in report.headline().into_iter().take(3).enumerate() {
        let x = 60 + index as u32 * 360;
        figures.push_str(&format!(
            "<text x=\"{x}\" y=\"212\" font-size=\"52\" font-weight=\"bold\" fill=\"#1d4e89\">{}</text>\
             <text x=\"{x}\" y=\"250\" font-size=\"22\" fill=\"#4d5560\">{}</text>",
            escape(&format::figure_value(figure, lang, MoneyUnit::Auto)),
            escape(&figure.label.zh),
        ));
    }
    // The report's first chart.
    let charts = compile::charts(report);
    // Drawn at two thirds of the card's width and scaled up, so its text reads at card size.
    let chart = charts
        .first()
        .map(|chart| {
            let compiled_chart = compile::chart(report, chart, lang, MoneyUnit::Auto);
            let chart = render::render(&compiled_chart, (WIDTH - 120) * 2 / 3, lang);
            format!(
                "<g transform=\"translate(60 290) scale(1.5)\">{}</g>",
                chart.svg
            )
        })
        .unwrap_or_default();
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

    #[test]
    fn the_card_holds_title_figures_and_chart() {
        let report = report::bundled().unwrap();
        let svg = svg(&report);
        assert!(svg.contains(&report.meta.title.zh));
        for figure in report.headline().into_iter().take(3) {
            let shown = format::figure_value(figure, Lang::Zh, MoneyUnit::Auto);
            assert!(svg.contains(&shown), "{shown}");
        }
        // The first chart, with its values.
        assert!(svg.contains("<g transform"), "no chart");
    }
}
