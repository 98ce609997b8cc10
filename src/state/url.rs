//! Reading and writing the browser's address. The only module that touches `location`/`history`.

use super::{ParsedQuery, ViewState};

/// The view state encoded in the current address.
pub fn read() -> ViewState {
    read_parsed().state
}

/// The current address read, with the report paths it names that were refused.
pub fn read_parsed() -> ParsedQuery {
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    ViewState::parse(&search)
}

/// Writes `state` into the address: a new history entry when the view changes (so Back works),
/// a replacement otherwise. Does nothing if the address already says the same.
pub fn write(state: &ViewState) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let current = location.search().unwrap_or_default();
    let query = state.to_query();
    let wanted = if query.is_empty() {
        String::new()
    } else {
        format!("?{query}")
    };
    if current == wanted {
        return;
    }
    let hash = location.hash().unwrap_or_default();
    // A relative URL keeps the page's path, so any host and sub-path work. A path starting
    // with `//` would read as another host, so then only the query is written.
    let path = location.pathname().unwrap_or_default();
    let url = match (path.starts_with("//"), wanted.is_empty()) {
        (true, true) => format!("?{hash}"),
        (true, false) => format!("{wanted}{hash}"),
        (false, _) => format!("{path}{wanted}{hash}"),
    };
    let Ok(history) = window.history() else {
        return;
    };
    let previous = ViewState::from_query(&current);
    let _ = if previous.view != state.view {
        history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
    } else {
        history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
    };
}

/// The absolute address of `state`: this page's origin and path with the state's query.
pub fn absolute(state: &ViewState) -> String {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return String::new();
    };
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    let query = state.to_query();
    if query.is_empty() {
        format!("{origin}{path}")
    } else {
        format!("{origin}{path}?{query}")
    }
}
