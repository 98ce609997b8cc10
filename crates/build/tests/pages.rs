//! The pre-rendered pages (`prerender`, this crate): every shareable address's HTML already holds its
//! charts' titles and values, in its language, before any script runs.

use charts::compiled::MAX_DRAWN;
use charts::export::escape_xml as escape;
use charts::i18n::format;
use charts::i18n::money::MoneyUnit;
use report::Lang;
use report::Report;

use aid_impact::state::{Embed, View, ViewState};
use charts::compile;
use report::ChartDescription;

/// The charts an address shows.
fn charts_at(report: &Report, state: &ViewState) -> Vec<ChartDescription> {
    let all = compile::charts(report);
    match (&state.embed, state.view) {
        (Some(Embed::Chart(id)), _) => all.into_iter().filter(|c| &c.id == id).collect(),
        (Some(Embed::Overview), _) | (None, View::Source) => Vec::new(),
        (None, View::Overview) => compile::overview_charts(&all)
            .into_iter()
            .cloned()
            .collect(),
        (None, View::Print) => all,
        (None, view) => all
            .into_iter()
            .filter(|c| View::of_theme(c.theme) == view)
            .collect(),
    }
}

/// The markup of the chart card `id` in `html`.
fn card_of<'a>(html: &'a str, id: &str) -> Option<&'a str> {
    let start = html.find(&format!("<figure data-chart-id=\"{id}\""))?;
    let end = start + html[start..].find("</figure>")?;
    Some(&html[start..end])
}

/// How many small key swatches (each an `<svg>`) the card's legend draws.
fn legend_swatches(card: &str) -> usize {
    card.matches("<span class=\"swatch\"><svg").count()
}

/// The text of every `<text>` element drawn in `html`'s SVG.
fn svg_texts(html: &str) -> Vec<&str> {
    html.split("<text")
        .skip(1)
        .filter_map(|rest| {
            let open_end = rest.find('>')?;
            let close = rest.find("</text>")?;
            rest.get(open_end + 1..close)
        })
        .collect()
}

#[test]
fn every_address_holds_its_chart_titles_and_values() {
    let report = report::bundled().unwrap();
    for state in prerender::addresses(&report) {
        let html = prerender::render(&report, &state);
        let name = prerender::file_name(&state);
        assert!(
            html.starts_with(&format!("<div id=\"{}\"", aid_impact::mount::ELEMENT_ID)),
            "{name}"
        );
        assert!(
            html.contains(&format!("lang=\"{}\"", state.lang.html_lang())),
            "{name}"
        );
        let charts = charts_at(&report, &state);
        if state.embed.is_some() || state.view != View::Source {
            assert!(
                !charts.is_empty() || state.embed == Some(Embed::Overview),
                "{name} shows no chart"
            );
        }
        for chart in &charts {
            let compiled = compile::chart(&report, chart, state.lang, MoneyUnit::Auto);
            let card = card_of(&html, &chart.id).unwrap_or_else(|| panic!("{name}: {}", chart.id));
            assert!(
                card.contains(&escape(&compiled.title)),
                "{name}: {}",
                compiled.title
            );
            // Drawn before any script runs, at a phone's and a tablet's width, and a wide
            // screen's for a full-size chart (the overview's are compact).
            let widths = if state.view == View::Overview && state.embed.is_none() {
                2
            } else {
                3
            };
            assert_eq!(
                card.matches("<svg").count() - legend_swatches(card),
                widths,
                "{name}: {}",
                chart.id
            );
            let drawn = svg_texts(card);
            assert!(!drawn.is_empty(), "{name}: {} draws no text", chart.id);
            for datum in compiled.data.iter().take(MAX_DRAWN) {
                let value = escape(&datum.value_text);
                assert!(card.contains(&value), "{name}: {} lacks {value}", chart.id);
            }
        }
    }
}

#[test]
fn the_overview_and_its_embed_hold_every_headline_figure() {
    let report = report::bundled().unwrap();
    for lang in Lang::ALL {
        for embed in [None, Some(Embed::Overview)] {
            let state = ViewState {
                lang,
                embed,
                ..ViewState::default()
            };
            let html = prerender::render(&report, &state);
            for figure in report.headline() {
                let value = format::figure_value(figure, lang, MoneyUnit::Auto);
                assert!(html.contains(&escape(&value)), "{}: {value}", figure.id);
            }
        }
    }
}

#[test]
fn a_page_is_in_its_own_language_only() {
    let report = report::bundled().unwrap();
    // The source page shows the report's own (Chinese) text in either language.
    let pages = prerender::addresses(&report);
    for state in pages
        .iter()
        .filter(|s| s.view != View::Source || s.embed.is_some())
    {
        let html = prerender::render(&report, state);
        let other = match state.lang {
            Lang::Zh => &report.meta.title.en,
            Lang::En => &report.meta.title.zh,
        };
        assert!(
            !html.contains(&escape(other)),
            "{} holds the other language's title",
            prerender::file_name(state)
        );
    }
}

#[test]
fn the_source_page_holds_the_report_text() {
    let report = report::bundled().unwrap();
    let text = report.original_text.as_deref().unwrap();
    let first_line = text.lines().find(|l| !l.trim().is_empty()).unwrap().trim();
    for lang in Lang::ALL {
        let state = ViewState {
            lang,
            view: View::Source,
            ..ViewState::default()
        };
        assert!(prerender::render(&report, &state).contains(&escape(first_line)));
    }
}

/// The `<meta name="aid-impact-address">` rules, read back as the page's script reads them.
fn address_rules(report: &Report) -> serde_json::Value {
    let meta = prerender::address_meta(report);
    let content = meta
        .split("content=\"")
        .nth(1)
        .and_then(|rest| rest.strip_suffix("\">"))
        .unwrap();
    let json = content
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
    serde_json::from_str(&json).unwrap()
}

#[test]
fn the_page_script_gets_every_page_and_the_apps_own_rules() {
    let report = report::bundled().unwrap();
    let rules = address_rules(&report);
    for state in prerender::addresses(&report) {
        let (kind, code) = match &state.embed {
            Some(embed) => ("embed", embed.code().to_string()),
            None => ("view", state.view.code().to_string()),
        };
        let file = rules["pages"][state.lang.code()][kind][&code].as_str();
        let expected = if state == ViewState::default() {
            String::new()
        } else {
            format!("pages/{}", prerender::file_name(&state))
        };
        assert_eq!(file, Some(expected.as_str()), "{state:?}");
    }
    // What each key accepts is what the README's table of parameters (the public interface)
    // lists for it.
    let readme = include_str!("../../../README.md");
    for key in ["lang", "view", "unit", "theme", "tab"] {
        let row = readme
            .lines()
            .find(|line| line.starts_with(&format!("| `{key}` |")))
            .unwrap_or_else(|| panic!("the README's table has no row for {key}"));
        let documented: Vec<&str> = row
            .split('|')
            .nth(2)
            .unwrap()
            .split('`')
            .skip(1)
            .step_by(2)
            .collect();
        let written: Vec<&str> = rules["accepts"][key]["codes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|code| code.as_str().unwrap())
            .collect();
        assert_eq!(written, documented, "{key}");
    }
    let chart = &rules["accepts"]["chart"]["id"];
    assert_eq!(chart["max"], 64);
    assert_eq!(chart["reserved"][0], "overview");
    assert_eq!(rules["renamed"]["language"], "lang");
}
