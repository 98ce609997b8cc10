//! The first screen as static HTML, made natively at build time by the same data, spec, render
//! and formatting code as the app: the headline figures and the theme charts appear as soon as
//! the HTML arrives (and without JavaScript). The app removes it when it mounts.
//! `public/prerender.js` hides it when the address asks for another view or language.

use crate::data::Report;
use crate::export::escape_xml as escape;
use crate::i18n::{format, messages, Lang, Msg};
use crate::render;
use crate::spec::{self, ChartDescription};
use crate::state::{MoneyUnit, View, ViewState};

/// `id` of the pre-rendered element.
pub const ELEMENT_ID: &str = "prerender";

/// Chart widths drawn: one for phones, one for wider screens (CSS shows the one that fits).
const NARROW: u32 = 320;
const WIDE: u32 = 540;

/// The overview in `lang` as an HTML fragment (`<div id="prerender">…</div>`).
pub fn overview(report: &Report, lang: Lang) -> String {
    let mut html = format!("<div id=\"{ELEMENT_ID}\">");
    html += &header(lang);
    html += "<main>";
    html += &format!(
        "<section class=\"report-head\"><h1>{}</h1><p class=\"report-meta\">{}</p>\
         <a class=\"source-link\" href=\"?view=source\">{}</a></section>",
        escape(lang.pick(&report.meta.title)),
        escape(&format::byline(&report.meta, lang)),
        escape(Msg::ReadSource.text(lang)),
    );
    html += &format!(
        "<section class=\"headline\"><h2>{}</h2><div class=\"figure-grid\">",
        Msg::HeadlineFigures.text(lang)
    );
    for figure in report.headline() {
        let badge = messages::qualifier(figure.qualifier, lang)
            .map(|b| format!("<span class=\"qualifier-badge\">{b}</span>"))
            .unwrap_or_default();
        let period = format::labelled(
            Msg::Period,
            &spec::period_text(figure.period.as_deref(), lang),
            lang,
        );
        html += &format!(
            "<article class=\"figure-card\" data-qualifier=\"{}\"><h3 class=\"figure-label\">{}</h3>\
             <p class=\"figure-value\">{}</p><p class=\"figure-meta\">{badge}<span class=\"figure-period\">{}</span></p></article>",
            figure.qualifier.code(),
            escape(lang.pick(&figure.label)),
            escape(&format::figure_value(figure, lang, MoneyUnit::Auto)),
            escape(&period),
        );
    }
    html += "</div></section>";
    html += &format!(
        "<section class=\"themes\"><h2>{}</h2><div class=\"theme-grid\">",
        Msg::ThemesHeading.text(lang)
    );
    for chart in spec::overview_charts(&spec::charts(report)) {
        html += &chart_tile(report, lang, chart);
    }
    html += "</div></section></main></div>";
    html
}

fn header(lang: Lang) -> String {
    let links: String = View::NAV
        .iter()
        .map(|view| {
            let href = ViewState {
                lang,
                view: *view,
                ..ViewState::default()
            }
            .to_query();
            format!(
                "<li><a href=\"?{href}\">{}</a></li>",
                messages::view(*view, lang)
            )
        })
        .collect();
    format!(
        "<header class=\"site-header\"><a class=\"brand\" href=\"?\">{}</a>\
         <nav class=\"site-nav\" aria-label=\"{}\"><ul>{links}</ul></nav></header>",
        Msg::AppName.text(lang),
        Msg::Navigation.text(lang),
    )
}

/// A compact chart card with its summary as the accessible text, and the link to its view.
fn chart_tile(report: &Report, lang: Lang, chart: &ChartDescription) -> String {
    let spec = spec::compile(report, chart, lang, MoneyUnit::Auto);
    let svg = |width| render::render(&spec, width, lang).svg;
    let view = View::of_theme(chart.theme);
    format!(
        "<div class=\"theme-tile\"><figure class=\"chart-card compact\" data-chart-id=\"{}\">\
         <h3 class=\"chart-title\">{}</h3>\
         <div class=\"prerender-svg narrow\">{}</div><div class=\"prerender-svg wide\">{}</div>\
         <figcaption class=\"visually-hidden\">{}</figcaption></figure>\
         <a class=\"see-view\" href=\"?{}\">{} →</a></div>",
        escape(&chart.id),
        escape(&spec.title),
        svg(NARROW),
        svg(WIDE),
        escape(&spec.summary),
        ViewState {
            lang,
            view,
            ..ViewState::default()
        }
        .to_query(),
        escape(&format::labelled(
            Msg::SeeView,
            messages::view(view, lang),
            lang
        )),
    )
}

/// The crash panel in every language, as inert `<template id="crash-zh">` … for `boot.js`,
/// which shows it when the app cannot start at all (a wasm file cut short on a bad connection,
/// a trap): without it a shared link, whose pre-render is hidden, would stay blank.
pub fn crash_templates() -> String {
    Lang::ALL
        .into_iter()
        .map(|lang| {
            format!(
                "<template id=\"crash-{}\"><div class=\"crash\" role=\"alert\" lang=\"{}\"><p>{}</p><a href=\"\">{}</a></div></template>",
                lang.code(),
                lang.html_lang(),
                escape(Msg::CrashTitle.text(lang)),
                escape(Msg::CrashReload.text(lang)),
            )
        })
        .collect()
}

/// Puts the pre-rendered overview at the start of `<body>` in `index_html`.
pub fn inject(index_html: &str, fragment: &str) -> Option<String> {
    let body = index_html.find("<body")?;
    let open_end = body + index_html[body..].find('>')? + 1;
    Some(format!(
        "{}{fragment}{}",
        &index_html[..open_end],
        &index_html[open_end..]
    ))
}

/// Removes the pre-rendered overview; the app calls this as it mounts.
pub fn remove() {
    if let Some(element) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(ELEMENT_ID))
    {
        element.remove();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data;

    #[test]
    fn the_first_screen_shows_the_reports_numbers() {
        let report = data::bundled().unwrap();
        let html = overview(&report, Lang::Zh);
        assert!(html.contains(&report.meta.title.zh));
        for text in [
            "1.065亿元",
            "3077.6万元",
            "39个",
            "10万+人",
            "25.4亿元",
            "1亿+元/年",
        ] {
            assert!(html.contains(text), "{text}");
        }
    }

    #[test]
    fn the_first_screen_holds_every_headline_figure_and_theme_chart() {
        let report = data::bundled().unwrap();
        for lang in Lang::ALL {
            let html = overview(&report, lang);
            let headline = report.headline();
            assert_eq!(headline.len(), 10);
            for figure in headline {
                assert!(
                    html.contains(&escape(&format::figure_value(
                        figure,
                        lang,
                        MoneyUnit::Auto
                    ))),
                    "{}",
                    figure.id
                );
            }
            let charts = spec::charts(&report);
            let tiles = spec::overview_charts(&charts);
            assert_eq!(tiles.len(), 5, "one per theme page");
            for chart in &tiles {
                assert!(html.contains(&format!("data-chart-id=\"{}\"", chart.id)));
            }
            assert_eq!(html.matches("<svg").count(), 2 * tiles.len());
            assert!(!html.contains("<script"));
        }
    }

    #[test]
    fn it_goes_right_after_the_body_tag() {
        let page = "<html><body class=\"x\">\n<noscript>n</noscript></body></html>";
        assert_eq!(
            inject(page, "<p>F</p>").unwrap(),
            "<html><body class=\"x\"><p>F</p>\n<noscript>n</noscript></body></html>"
        );
        assert_eq!(inject("<html></html>", "F"), None);
    }

    #[test]
    fn the_crash_message_is_ready_in_every_language() {
        let html = crash_templates();
        for lang in Lang::ALL {
            assert!(html.contains(&format!("<template id=\"crash-{}\">", lang.code())));
            assert!(html.contains(Msg::CrashTitle.text(lang)));
            assert!(html.contains(Msg::CrashReload.text(lang)));
        }
    }
}
