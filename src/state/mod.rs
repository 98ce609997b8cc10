//! The one view-state object and its query-string form. `url` is the only code that touches
//! the browser's address.

pub mod url;

use crate::i18n::format::MoneyUnit;
use crate::i18n::Lang;

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
    /// The original report text.
    Source,
}

impl View {
    /// Every view, in navigation order.
    pub const ALL: [View; 7] = [
        View::Overview,
        View::Funds,
        View::Projects,
        View::Training,
        View::Sales,
        View::Outcomes,
        View::Source,
    ];

    /// The code used in `?view=`.
    pub fn code(self) -> &'static str {
        match self {
            View::Overview => "overview",
            View::Funds => "funds",
            View::Projects => "projects",
            View::Training => "training",
            View::Sales => "sales",
            View::Outcomes => "outcomes",
            View::Source => "source",
        }
    }

    /// Parses a `?view=` code.
    pub fn from_code(code: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.code() == code)
    }
}

/// Everything a reader can change; the URL is derived from it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ViewState {
    /// Interface and number-formatting language.
    pub lang: Lang,
    /// The page shown.
    pub view: View,
    /// How amounts of money are scaled.
    pub money: MoneyUnit,
}

impl ViewState {
    /// The query string without `?`, holding only what differs from the default.
    pub fn to_query(&self) -> String {
        let default = ViewState::default();
        let mut pairs = Vec::new();
        if self.lang != default.lang {
            pairs.push(format!("lang={}", self.lang.code()));
        }
        if self.view != default.view {
            pairs.push(format!("view={}", self.view.code()));
        }
        if self.money != default.money {
            pairs.push(format!("unit={}", self.money.code()));
        }
        pairs.join("&")
    }

    /// Reads a query string (with or without `?`). Unknown keys and invalid values are dropped;
    /// for a repeated key the first valid value wins.
    pub fn from_query(query: &str) -> ViewState {
        let mut lang = None;
        let mut view = None;
        let mut money = None;
        for pair in query.trim_start_matches('?').split('&') {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            match key {
                "lang" => lang = lang.or_else(|| Lang::from_code(value)),
                "view" => view = view.or_else(|| View::from_code(value)),
                "unit" => money = money.or_else(|| MoneyUnit::from_code(value)),
                _ => {}
            }
        }
        let default = ViewState::default();
        ViewState {
            lang: lang.unwrap_or(default.lang),
            view: view.unwrap_or(default.view),
            money: money.unwrap_or(default.money),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_write_nothing() {
        assert_eq!(ViewState::default().to_query(), "");
    }

    #[test]
    fn every_state_round_trips() {
        for lang in Lang::ALL {
            for view in View::ALL {
                for money in MoneyUnit::ALL {
                    let state = ViewState { lang, view, money };
                    assert_eq!(ViewState::from_query(&state.to_query()), state);
                    assert_eq!(
                        ViewState::from_query(&format!("?{}", state.to_query())),
                        state
                    );
                }
            }
        }
    }

    #[test]
    fn garbage_is_ignored() {
        let state =
            ViewState::from_query("?lang=xx&view=%3Cscript%3E&foo=1&lang=&&=&view&unit=euro");
        assert_eq!(state, ViewState::default());
        let state =
            ViewState::from_query("lang=&lang=en&lang=zh&view=source&view=overview&unit=wan");
        assert_eq!(
            state,
            ViewState {
                lang: Lang::En,
                view: View::Source,
                money: MoneyUnit::Wan
            }
        );
    }
}
