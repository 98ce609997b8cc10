//! The one view-state object and its query-string form. `url` is the only code that touches
//! the browser's address; `reports` holds the reports on screen and their loading state.

#[cfg(feature = "editor")]
pub mod draft;
pub mod reports;
pub mod url;

use charts::i18n::money::MoneyUnit;
use report::codes;
use report::Lang;
use report::{
    ids,
    ids::{is_chart_id, IdShape},
};

/// A page of the app.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum View {
    /// Headline figures and a small chart per theme.
    #[default]
    Overview,
    /// Aid funds.
    Funds,
    /// Projects.
    Projects,
    /// Training, exchange and pairings.
    Training,
    /// Consumption-assistance sales and markets.
    Sales,
    /// Incomes and investment.
    Outcomes,
    /// Two reports' shared figures side by side.
    Compare,
    /// The original report text.
    Source,
    /// Every view in order, laid out for printing.
    Print,
    /// The authoring view: a report's text made into a report file.
    Edit,
}

// In navigation order; the codes of `?view=`.
codes!(View {
    Overview => "overview",
    Funds => "funds",
    Projects => "projects",
    Training => "training",
    Sales => "sales",
    Outcomes => "outcomes",
    Compare => "compare",
    Source => "source",
    Print => "print",
    Edit => "edit",
});

impl View {
    /// The views listed in the navigation (the source text and print views are linked elsewhere).
    pub const NAV: [View; 7] = [
        View::Overview,
        View::Funds,
        View::Projects,
        View::Training,
        View::Sales,
        View::Outcomes,
        View::Compare,
    ];

    /// The views with charts of one theme, in reading order.
    pub const THEMES: [View; 5] = [
        View::Funds,
        View::Projects,
        View::Training,
        View::Sales,
        View::Outcomes,
    ];
}

/// The tabs of a chart card.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Tab {
    /// The drawing.
    #[default]
    Chart,
    /// The numbers as a table.
    Table,
    /// The quoted sentences.
    Source,
}

// The codes of `?tab=` and `data-tab`.
codes!(Tab {
    Chart => "chart",
    Table => "table",
    Source => "source",
});

/// Light or dark colours.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum ColorScheme {
    /// Follow the reader's system (`prefers-color-scheme`).
    #[default]
    Auto,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

// The codes of `?theme=` and `<html data-theme>`.
codes!(ColorScheme {
    Auto => "auto",
    Light => "light",
    Dark => "dark",
});

/// What an embedded page shows.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Embed {
    /// The headline figures.
    Overview,
    /// One chart card, by its id.
    Chart(String),
}

impl Embed {
    /// The code used in `?embed=`.
    pub fn code(&self) -> &str {
        match self {
            Embed::Overview => "overview",
            Embed::Chart(chart) => chart,
        }
    }

    /// Parses an `?embed=` code.
    pub fn from_code(code: &str) -> Option<Embed> {
        match code {
            report::ids::OVERVIEW => Some(Embed::Overview),
            _ => is_chart_id(code).then(|| Embed::Chart(code.to_string())),
        }
    }
}

impl View {
    /// The page of charts of a theme: its page theme's view (`Theme::page`).
    pub fn of_theme(theme: report::Theme) -> View {
        View::THEMES
            .into_iter()
            .find(|view| view.theme() == Some(theme.page()))
            .unwrap_or_default()
    }

    /// The theme whose charts this view shows, if it is a theme's page.
    pub fn theme(self) -> Option<report::Theme> {
        use report::Theme;
        match self {
            View::Funds => Some(Theme::Funds),
            View::Projects => Some(Theme::Projects),
            View::Training => Some(Theme::Training),
            View::Sales => Some(Theme::Sales),
            View::Outcomes => Some(Theme::Outcomes),
            _ => None,
        }
    }
}

/// Everything a reader can change; the URL is derived from it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ViewState {
    /// Interface and number-formatting language.
    pub lang: Lang,
    /// The page shown.
    pub view: View,
    /// How amounts of money are scaled.
    pub money: MoneyUnit,
    /// Light, dark or the system's colours.
    pub color_scheme: ColorScheme,
    /// The chart the reader last acted on (its tab and item below).
    pub chart: Option<String>,
    /// The tab open on `chart`.
    pub tab: Tab,
    /// The highlighted item of `chart`, by figure, event or pairing key.
    pub item: Option<String>,
    /// Set when the page is embedded in another site.
    pub embed: Option<Embed>,
    /// A report file beside the app to show instead of the bundled one (`?data=`).
    pub data: Option<String>,
    /// A second report file beside the app, or [`BUNDLED_REPORT`], compared with the first
    /// (`?compare=`).
    pub compare: Option<String>,
    /// Care mode (关怀版, `?care=on`): larger text and targets, more spacing, stronger contrast,
    /// one column, and read-aloud buttons.
    pub care: bool,
}

/// A query string read: the state, and the report paths it named that are not files beside
/// the app (so the reader can be told why they were not opened).
#[derive(Clone, Debug, PartialEq)]
pub struct ParsedQuery {
    /// The view state.
    pub state: ViewState,
    /// `?data=` / `?compare=` values refused, as decoded.
    pub refused_paths: Vec<String>,
}

/// The parameters of the address.
pub const KEYS: [&str; 11] = [
    "lang", "view", "unit", "theme", "chart", "tab", "item", "embed", "data", "compare", "care",
];

/// Parameters renamed since links were first shared: old name → current name.
pub const RENAMED: [(&str, &str); 4] = [
    ("language", "lang"),
    ("page", "view"),
    ("units", "unit"),
    ("scheme", "theme"),
];

/// What a parameter of the address accepts: the one rule [`ViewState::parse`] checks values
/// by, and that the build writes for the page's own script (`public/prerender.js`), so the
/// page painted before the app starts and the app read a link alike.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Accepts {
    /// These codes.
    pub codes: Vec<&'static str>,
    /// Ids of this shape.
    pub id: Option<&'static IdShape>,
    /// A report file beside the app ([`is_report_path`]).
    pub path: bool,
}

impl Accepts {
    /// Whether `value` is accepted.
    pub fn admits(&self, value: &str) -> bool {
        self.codes.contains(&value)
            || self.id.is_some_and(|shape| shape.accepts(value))
            || (self.path && is_report_path(value))
    }
}

/// What the parameter `key` (one of [`KEYS`]) accepts.
pub fn accepts(key: &str) -> Accepts {
    let codes = |codes: Vec<&'static str>| Accepts {
        codes,
        ..Accepts::default()
    };
    match key {
        "lang" => codes(Lang::ALL.map(Lang::code).to_vec()),
        "view" => codes(View::ALL.map(View::code).to_vec()),
        "unit" => codes(MoneyUnit::ALL.map(MoneyUnit::code).to_vec()),
        "theme" => codes(ColorScheme::ALL.map(ColorScheme::code).to_vec()),
        "tab" => codes(Tab::ALL.map(Tab::code).to_vec()),
        "care" => codes(vec!["on", "off"]),
        "chart" => Accepts {
            id: Some(&ids::CHART_ID),
            ..Accepts::default()
        },
        "item" => Accepts {
            id: Some(&ids::ITEM_KEY),
            ..Accepts::default()
        },
        "embed" => Accepts {
            codes: vec![ids::OVERVIEW],
            id: Some(&ids::CHART_ID),
            path: false,
        },
        "data" => Accepts {
            path: true,
            ..Accepts::default()
        },
        "compare" => Accepts {
            codes: vec![BUNDLED_REPORT],
            id: None,
            path: true,
        },
        _ => Accepts::default(),
    }
}

impl ViewState {
    /// The query string without `?`, holding only what differs from the default.
    pub fn to_query(&self) -> String {
        let default = ViewState::default();
        let mut pairs: Vec<(&str, &str)> = Vec::new();
        if self.lang != default.lang {
            pairs.push(("lang", self.lang.code()));
        }
        if self.view != default.view {
            pairs.push(("view", self.view.code()));
        }
        if self.money != default.money {
            pairs.push(("unit", self.money.code()));
        }
        if self.color_scheme != default.color_scheme {
            pairs.push(("theme", self.color_scheme.code()));
        }
        if let Some(chart) = &self.chart {
            pairs.push(("chart", chart));
            if self.tab != Tab::Chart {
                pairs.push(("tab", self.tab.code()));
            }
            if let Some(item) = &self.item {
                pairs.push(("item", item));
            }
        }
        if let Some(embed) = &self.embed {
            pairs.push(("embed", embed.code()));
        }
        if let Some(data) = &self.data {
            pairs.push(("data", data));
        }
        if let Some(compare) = &self.compare {
            pairs.push(("compare", compare));
        }
        if self.care {
            pairs.push(("care", "on"));
        }
        pairs
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("&")
    }

    /// Reads a query string (with or without `?`). Unknown keys and invalid values are dropped;
    /// for a repeated key the first valid value wins; renamed keys are understood.
    pub fn from_query(query: &str) -> ViewState {
        ViewState::parse(query).state
    }

    /// Reads a query string as [`ViewState::from_query`] does, and also says which report
    /// paths it refused. Keys and values are decoded as the browser's `URLSearchParams` does
    /// (`%2F` → `/`, `+` → space), so links written by any link builder read the same.
    pub fn parse(query: &str) -> ParsedQuery {
        let mut state = ViewState::default();
        let mut seen: Vec<&str> = Vec::new();
        let mut refused: Vec<(&str, String)> = Vec::new();
        let query = query.strip_prefix('?').unwrap_or(query);
        for (key, value) in form_urlencoded::parse(query.as_bytes()) {
            let key = RENAMED
                .iter()
                .find(|(old, _)| *old == key)
                .map_or(key.as_ref(), |(_, new)| new);
            let Some(key) = KEYS.iter().find(|k| **k == key).copied() else {
                continue;
            };
            if seen.contains(&key) {
                continue;
            }
            let value = value.as_ref();
            if !accepts(key).admits(value) {
                if matches!(key, "data" | "compare") && !value.is_empty() {
                    refused.push((key, value.to_string()));
                }
                continue;
            }
            seen.push(key);
            let text = || Some(value.to_string());
            match key {
                "lang" => state.lang = Lang::from_code(value).unwrap_or_default(),
                "view" => state.view = View::from_code(value).unwrap_or_default(),
                "unit" => state.money = MoneyUnit::from_code(value).unwrap_or_default(),
                "theme" => state.color_scheme = ColorScheme::from_code(value).unwrap_or_default(),
                "chart" => state.chart = text(),
                "tab" => state.tab = Tab::from_code(value).unwrap_or_default(),
                "item" => state.item = text(),
                "embed" => state.embed = Embed::from_code(value),
                "data" => state.data = text(),
                "compare" => state.compare = text(),
                "care" => state.care = value == "on",
                _ => {}
            }
        }
        if state.chart.is_none() {
            state.tab = Tab::Chart;
            state.item = None;
        }
        let refused_paths = refused
            .into_iter()
            .filter(|(key, _)| !seen.contains(key))
            .map(|(_, value)| value)
            .collect();
        ParsedQuery {
            state,
            refused_paths,
        }
    }
}

/// `?compare=bundled`: compare with the report bundled with the app.
pub const BUNDLED_REPORT: &str = "bundled";

/// A report file hosted beside the app: a relative path of `A-Z a-z 0-9 . _ - /` ending in
/// `.json`, with no `..`, no leading `/` and no `//`. Nothing else can name another origin.
pub fn is_report_path(value: &str) -> bool {
    value.len() <= 200
        && value.ends_with(".json")
        && !value.starts_with('/')
        && !value.contains("//")
        && !value
            .split('/')
            .any(|segment| segment == ".." || segment == ".")
        && value
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-' | b'/'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_write_nothing() {
        assert_eq!(ViewState::default().to_query(), "");
    }

    fn sample_states() -> Vec<ViewState> {
        let mut states = Vec::new();
        for lang in Lang::ALL {
            for view in View::ALL {
                for money in MoneyUnit::ALL {
                    states.push(ViewState {
                        lang,
                        view,
                        money,
                        ..ViewState::default()
                    });
                }
            }
        }
        for color_scheme in ColorScheme::ALL {
            for tab in Tab::ALL {
                for chart in ["funds-by-source", "outcomes-income", "training-counts-2"] {
                    states.push(ViewState {
                        color_scheme,
                        chart: Some(chart.to_string()),
                        tab,
                        item: Some("aid_funds_eda".into()),
                        embed: Some(Embed::Chart(chart.to_string())),
                        data: Some("reports/2024.json".into()),
                        compare: Some(if color_scheme == ColorScheme::Dark {
                            BUNDLED_REPORT.into()
                        } else {
                            "2022.json".into()
                        }),
                        ..ViewState::default()
                    });
                }
            }
            states.push(ViewState {
                color_scheme,
                embed: Some(Embed::Overview),
                ..ViewState::default()
            });
            for embed in [Embed::Overview, Embed::Chart("outcomes-income".into())] {
                states.push(ViewState {
                    color_scheme,
                    embed: Some(embed),
                    care: true,
                    ..ViewState::default()
                });
            }
        }
        for view in View::ALL {
            states.push(ViewState {
                lang: Lang::En,
                view,
                care: true,
                chart: Some("funds-by-source".into()),
                tab: Tab::Table,
                ..ViewState::default()
            });
        }
        states
    }

    #[test]
    fn every_state_round_trips() {
        for state in sample_states() {
            assert_eq!(ViewState::from_query(&state.to_query()), state);
            assert_eq!(
                ViewState::from_query(&format!("?{}", state.to_query())),
                state
            );
        }
    }

    #[test]
    fn garbage_is_ignored() {
        let state = ViewState::from_query(
            "?lang=xx&view=%3Cscript%3E&foo=1&lang=&&=&view&unit=euro&theme=pink&chart=No%20such!&embed=%3Cx%3E&item=%3C",
        );
        assert_eq!(state, ViewState::default());
        let state =
            ViewState::from_query("lang=&lang=en&lang=zh&view=source&view=overview&unit=wan");
        assert_eq!(
            state,
            ViewState {
                lang: Lang::En,
                view: View::Source,
                money: MoneyUnit::Wan,
                ..ViewState::default()
            }
        );
    }

    #[test]
    fn only_report_files_beside_the_app_are_accepted() {
        for ok in ["report.json", "reports/qingshan-2024.json", "a/b/c_1.json"] {
            assert!(is_report_path(ok), "{ok}");
        }
        for bad in [
            "https://evil.example/r.json",
            "//evil.example/r.json",
            "/etc/r.json",
            "../r.json",
            "a/../../r.json",
            "javascript:alert(1)//.json",
            "r.txt",
            "r%2ejson",
            "a//b.json",
            "",
        ] {
            assert!(!is_report_path(bad), "{bad}");
        }
    }

    #[test]
    fn parameters_are_decoded_as_the_browser_does() {
        let state = ViewState::from_query(
            "?view=funds&data=reports%2F2024.json&compare=a%2Fb.json&chart=funds%2Dby%2Dsource&item=aid_funds_eda",
        );
        assert_eq!(state.view, View::Funds);
        assert_eq!(state.data.as_deref(), Some("reports/2024.json"));
        assert_eq!(state.compare.as_deref(), Some("a/b.json"));
        assert_eq!(state.chart.as_deref(), Some("funds-by-source"));
        assert_eq!(ViewState::from_query(&state.to_query()), state);
        assert_eq!(ViewState::from_query("%6Cang=en").lang, Lang::En);
    }

    #[test]
    fn refused_report_paths_are_named() {
        let parsed =
            ViewState::parse("data=..%2Fsecret.json&compare=https%3A%2F%2Fevil.example%2Fr.json");
        assert_eq!(parsed.state, ViewState::default());
        assert_eq!(
            parsed.refused_paths,
            ["../secret.json", "https://evil.example/r.json"]
        );
        // A refused value followed by an accepted one is not a refusal: the link works.
        let parsed = ViewState::parse("data=x.txt&data=ok.json");
        assert_eq!(parsed.state.data.as_deref(), Some("ok.json"));
        assert!(parsed.refused_paths.is_empty());
        assert!(ViewState::parse("data=").refused_paths.is_empty());
    }

    #[test]
    fn a_tab_or_item_without_a_chart_is_dropped() {
        assert_eq!(
            ViewState::from_query("tab=table&item=aid_funds_eda"),
            ViewState::default()
        );
    }

    #[test]
    fn the_unit_menu_names_the_unit_in_use() {
        use charts::i18n::money::MoneyUnit::{Auto, Million, Wan, Yi, Yuan};
        assert_eq!(MoneyUnit::offered(Lang::Zh, Auto), [Auto, Yuan, Wan, Yi]);
        assert_eq!(MoneyUnit::offered(Lang::En, Auto), [Auto, Yuan, Million]);
        // A Chinese reader's link opened in English keeps its unit, and the menu shows it.
        assert_eq!(
            MoneyUnit::offered(Lang::En, Wan),
            [Auto, Yuan, Wan, Million]
        );
        assert_eq!(MoneyUnit::offered(Lang::Zh, Million), MoneyUnit::ALL);
    }

    #[test]
    fn care_mode_is_on_off_and_written_only_when_on() {
        let care = ViewState::from_query("care=on&lang=en");
        assert!(care.care);
        assert_eq!(care.to_query(), "lang=en&care=on");
        assert!(!ViewState::from_query("care=off").care);
        assert_eq!(ViewState::from_query("care=off").to_query(), "");
        // Anything else is ignored, and the first valid value wins.
        for bad in ["care=1", "care=true", "care=ON", "care=", "care"] {
            assert_eq!(ViewState::from_query(bad), ViewState::default(), "{bad}");
        }
        assert!(ViewState::from_query("care=yes&care=on&care=off").care);
        let embed = ViewState::from_query("embed=funds-by-source&care=on");
        assert_eq!(embed.to_query(), "embed=funds-by-source&care=on");
    }

    #[test]
    fn renamed_parameters_still_work() {
        let state = ViewState::from_query("language=en&page=funds&units=wan&scheme=dark");
        assert_eq!(state.to_query(), "lang=en&view=funds&unit=wan&theme=dark");
    }
}
