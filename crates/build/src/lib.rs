//! The build step, run by Trunk after each build (`src/main.rs`): every shareable address as
//! static HTML, the app's hashed file names, and the link-preview image (`preview`). A crate of
//! its own because it is the one place that renders the app natively, with Leptos' server-side
//! rendering, and draws images with resvg: neither ever reaches the browser.
//!
//! Every shareable address as static HTML, made at build time (natively, by Leptos' server-side
//! rendering) from the very components the app mounts: each view and each embed in each
//! language. A page paints as soon as its HTML arrives; the app, loaded only when the reader
//! starts using the page (`public/prerender.js`), mounts the same markup in its place.
//!
//! `index.html` holds the default page (the Chinese overview); the others are files
//! `pages/<name>.html` that `public/prerender.js` fetches for the address it was opened at.

use aid_impact::mount::ELEMENT_ID;
use aid_impact::state::{Embed, View, ViewState};
use charts::compile;
use charts::export::escape_xml as escape;
use charts::i18n::Msg;
use report::Lang;
use report::Report;

pub mod preview;

/// Where the pre-rendered pages are, relative to `index.html`.
pub const PAGES_DIR: &str = "pages";

/// Every address that has a pre-rendered page: each view but compare (which needs a second
/// report) and the authoring view (which works on a draft kept in the browser), each embed (every chart and the headline figures), in every language.
pub fn addresses(report: &Report) -> Vec<ViewState> {
    let views = View::ALL
        .into_iter()
        .filter(|view| !matches!(view, View::Compare | View::Edit))
        .map(|view| ViewState {
            view,
            ..ViewState::default()
        });
    let embeds = std::iter::once(Embed::Overview)
        .chain(
            compile::charts(report)
                .into_iter()
                .map(|chart| Embed::Chart(chart.id)),
        )
        .map(|embed| ViewState {
            embed: Some(embed),
            ..ViewState::default()
        });
    let pages: Vec<ViewState> = views.chain(embeds).collect();
    Lang::ALL
        .into_iter()
        .flat_map(|lang| {
            pages
                .iter()
                .map(move |page| ViewState {
                    lang,
                    ..page.clone()
                })
                .collect::<Vec<_>>()
        })
        .collect()
}

/// The file name of the page for `state` (`view-training.en.html`, `embed-overview.zh.html`);
/// `public/prerender.js` makes the same name from the address.
pub fn file_name(state: &ViewState) -> String {
    let page = match &state.embed {
        Some(embed) => format!("embed-{}", embed.code()),
        None => format!("view-{}", state.view.code()),
    };
    format!("{page}.{}.html", state.lang.code())
}

/// The page for `state`, as `<div id="app" …>…</div>`: its `lang` and `data-title` are what
/// `public/prerender.js` gives the document when it shows a fetched page; `data-page` names it.
pub fn render(report: &Report, state: &ViewState) -> String {
    use aid_impact::components::app::{page_title, Site};
    use aid_impact::state::ParsedQuery;
    use leptos::prelude::*;

    let address = ParsedQuery {
        state: state.clone(),
        refused_paths: Vec::new(),
    };
    // A server-side context: the components skip what only a browser has (window listeners).
    let owner = Owner::new_root(Some(std::sync::Arc::new(
        hydration_context::SsrSharedContext::new(),
    )));
    let body = owner.with(|| view! { <Site address /> }.to_html());
    format!(
        "<div id=\"{ELEMENT_ID}\" lang=\"{}\" data-title=\"{}\" data-page=\"{}\">{body}</div>",
        state.lang.html_lang(),
        escape(&page_title(state, report)),
        file_name(state).trim_end_matches(".html"),
    )
}

/// Inert `<template>`s in every language for `public/prerender.js` and `boot.js`: the crash
/// panel (the app cannot start at all: a wasm file cut short on a bad connection, a trap) and
/// the loading line (an address no page was pre-rendered for, such as `?data=`, while the app
/// loads).
pub fn templates() -> String {
    Lang::ALL
        .into_iter()
        .map(|lang| {
            format!(
                "<template id=\"crash-{code}\"><div class=\"crash\" role=\"alert\" lang=\"{html}\"><p>{}</p><a href=\"\">{}</a></div></template>\
                 <template id=\"loading-{code}\"><div id=\"{ELEMENT_ID}\" lang=\"{html}\"><main id=\"main\" tabindex=\"-1\"><p class=\"load-status\" role=\"status\">{}…</p></main></div></template>",
                escape(Msg::CrashTitle.text(lang)),
                escape(Msg::CrashReload.text(lang)),
                escape(Msg::Loading.text(lang)),
                code = lang.code(),
                html = lang.html_lang(),
            )
        })
        .collect()
}

/// Parameters whose pages only the app can show: no page is pre-rendered with them.
pub const APP_ONLY: [&str; 4] = ["data", "compare", "unit", "tab"];

/// Parameters the app applies over the pre-rendered page without moving anything: the page
/// paints, and the app starts at once.
pub const APP_SOON: [&str; 2] = ["chart", "item"];

/// The address's rules and the pre-rendered pages, as the `<meta name="aid-impact-address">`
/// that `public/prerender.js` reads before the first paint: the renamed keys, what each key
/// accepts ([`aid_impact::state::accepts`]), the defaults, which keys only the app can show, and
/// each page's file by language, kind (`view`, `embed`) and code (`""` is `index.html`
/// itself). Written from the definitions the app parses links with, so the painted page and
/// the app never read an address differently.
pub fn address_meta(report: &Report) -> String {
    use aid_impact::state::{accepts, KEYS, RENAMED};
    use serde_json::{json, Map, Value};

    let renamed: Map<String, Value> = RENAMED
        .iter()
        .map(|(old, new)| (old.to_string(), json!(new)))
        .collect();
    let accepted: Map<String, Value> = KEYS
        .iter()
        .map(|key| {
            let rule = accepts(key);
            let id = rule.id.map(|shape| {
                json!({"first": shape.first, "rest": shape.rest, "max": shape.max, "reserved": shape.reserved})
            });
            (key.to_string(), json!({"codes": rule.codes, "id": id, "path": rule.path}))
        })
        .collect();
    let mut pages = Map::new();
    let default = ViewState::default();
    for state in addresses(report) {
        let (kind, code) = match &state.embed {
            Some(embed) => ("embed", embed.code().to_string()),
            None => ("view", state.view.code().to_string()),
        };
        let file = if state == default {
            String::new()
        } else {
            format!("{PAGES_DIR}/{}", file_name(&state))
        };
        let by_lang = pages
            .entry(state.lang.code())
            .or_insert_with(|| json!({"view": {}, "embed": {}}));
        by_lang[kind][code] = json!(file);
    }
    let rules = json!({
        "renamed": renamed,
        "accepts": accepted,
        "defaults": {"lang": default.lang.code(), "view": default.view.code()},
        "appOnly": APP_ONLY,
        "appSoon": APP_SOON,
        "pages": pages,
    });
    format!(
        "<meta name=\"aid-impact-address\" content=\"{}\">",
        escape(&rules.to_string())
    )
}

/// The app's two builds, by the name Trunk gives their files (`<name>.js`, `<name>_bg.wasm`):
/// the reader's app, and the one with the authoring view that `public/boot.js` loads for
/// `?view=edit`.
pub const APPS: [&str; 2] = ["aid-impact", "aid-impact-editor"];

/// The content-hashed base name (`aid-impact-1a2b3c`) in the name of `app`'s wasm file
/// (`aid-impact-1a2b3c_bg.wasm`), or `None` for any other file.
pub fn hashed_base<'a>(app: &str, file: &'a str) -> Option<&'a str> {
    let base = file.strip_suffix("_bg.wasm")?;
    let hash = base.strip_prefix(app)?.strip_prefix('-')?;
    let hex = |c: char| c.is_ascii_digit() || ('a'..='f').contains(&c);
    (!hash.is_empty() && hash.chars().all(hex)).then_some(base)
}

/// The `<meta>` that names `app`'s files for `public/boot.js`: their base name, which changes
/// with their content, so a browser never pairs one build's JS with another's wasm.
pub fn files_meta(app: &str, base: &str) -> String {
    format!("<meta name=\"app:{app}\" content=\"{}\">", escape(base))
}

/// Puts `fragment` right after the opening `tag` (`"body"`) in `html`.
pub fn inject(html: &str, tag: &str, fragment: &str) -> Option<String> {
    // `<body>` or `<body …>`, not `<bodyx>`.
    let open = [">", " "]
        .iter()
        .filter_map(|end| html.find(&format!("<{tag}{end}")))
        .min()?;
    let open_end = open + html[open..].find('>')? + 1;
    Some(format!(
        "{}{fragment}{}",
        &html[..open_end],
        &html[open_end..]
    ))
}

/// Puts `fragment` right before the first `marker` in `html`.
pub fn inject_before(html: &str, marker: &str, fragment: &str) -> Option<String> {
    let at = html.find(marker)?;
    Some(format!("{}{fragment}{}", &html[..at], &html[at..]))
}

/// The `<script>` of `public/prerender.js` in `index.html`: the page names go right before it.
pub const LOADER_SCRIPT: &str = "<script src=\"prerender.js\"";

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn every_view_and_embed_has_a_page_in_every_language() {
        let report = report::bundled().unwrap();
        let pages = addresses(&report);
        let charts = compile::charts(&report).len();
        assert_eq!(
            pages.len(),
            Lang::ALL.len() * (View::ALL.len() - 2 + 1 + charts)
        );
        let mut names: Vec<String> = pages.iter().map(file_name).collect();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), pages.len(), "one file per page");
        assert!(names.contains(&"view-training.en.html".to_string()));
        assert!(names.contains(&"embed-outcomes-income.zh.html".to_string()));
    }

    #[test]
    fn it_goes_where_it_is_read() {
        let page = "<html><head><script src=\"prerender.js\"></script></head><body class=\"x\">\n<noscript>n</noscript></body></html>";
        assert_eq!(
            inject(page, "body", "<p>F</p>").unwrap(),
            "<html><head><script src=\"prerender.js\"></script></head><body class=\"x\"><p>F</p>\n<noscript>n</noscript></body></html>"
        );
        assert_eq!(
            inject_before(page, LOADER_SCRIPT, "<meta>").unwrap(),
            "<html><head><meta><script src=\"prerender.js\"></script></head><body class=\"x\">\n<noscript>n</noscript></body></html>"
        );
        assert_eq!(inject("<html></html>", "body", "F"), None);
    }

    #[test]
    fn only_content_hashed_names_of_the_app_are_read() {
        let [reader, editor] = APPS;
        assert_eq!(
            hashed_base(reader, "aid-impact-9f3e0c1d2b4a5867_bg.wasm"),
            Some("aid-impact-9f3e0c1d2b4a5867")
        );
        assert_eq!(
            hashed_base(editor, "aid-impact-editor-00ff_bg.wasm"),
            Some("aid-impact-editor-00ff")
        );
        // The editor's files are not the reader's, unhashed names and other files are not either.
        for file in [
            "aid-impact-editor_bg.wasm",
            "aid-impact-editor-00ff_bg.wasm",
            "aid-impact_bg.wasm",
            "aid-impact-_bg.wasm",
            "aid-impact-9F3E_bg.wasm",
            "aid-impact-9f3e.js",
        ] {
            assert_eq!(hashed_base(reader, file), None, "{file}");
        }
        assert_eq!(
            files_meta(reader, "aid-impact-9f3e"),
            "<meta name=\"app:aid-impact\" content=\"aid-impact-9f3e\">"
        );
    }

    #[test]
    fn the_crash_and_loading_messages_are_ready_in_every_language() {
        let html = templates();
        for lang in Lang::ALL {
            assert!(html.contains(&format!("<template id=\"crash-{}\">", lang.code())));
            assert!(html.contains(&format!("<template id=\"loading-{}\">", lang.code())));
            assert!(html.contains(Msg::CrashTitle.text(lang)));
            assert!(html.contains(Msg::CrashReload.text(lang)));
            assert!(html.contains(Msg::Loading.text(lang)));
        }
    }
}
