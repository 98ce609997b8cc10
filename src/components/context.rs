//! Contexts shared by the components, each wrapped in its own type.

use crate::state::{View, ViewState};
use leptos::prelude::*;
use report::Lang;
use report::{ChartDescription, Report};
use std::sync::Arc;

/// The report on screen.
#[derive(Clone)]
pub struct ReportContext(pub Arc<Report>);

/// The charts of the report on screen, described and generated, in reading order.
#[derive(Clone)]
pub struct ChartsContext(pub Arc<Vec<ChartDescription>>);

/// The reader's view state; the URL follows it.
#[derive(Clone, Copy)]
pub struct ViewStateContext(pub RwSignal<ViewState>);

/// The language alone, memoised: text re-renders when the language changes, not on every
/// change of the view state.
#[derive(Clone, Copy)]
pub struct LangContext(pub Memo<Lang>);

/// The width the last full-size and compact chart were drawn at, so a new chart of the same
/// kind can draw at once instead of waiting for the browser to measure it (which costs a
/// second layout on every view switch); its own measurement corrects a wrong guess.
#[derive(Clone, Copy)]
pub struct ChartWidthCache(pub StoredValue<[u32; 2]>);

/// The report on screen.
pub fn use_report() -> Arc<Report> {
    expect_context::<ReportContext>().0
}

/// The charts of the report on screen.
pub fn use_charts() -> Arc<Vec<ChartDescription>> {
    expect_context::<ChartsContext>().0
}

/// The charts on one page, in order.
pub fn charts_of_view(view: View) -> Vec<ChartDescription> {
    use_charts()
        .iter()
        .filter(|chart| View::of_theme(chart.theme) == view)
        .cloned()
        .collect()
}

/// The reader's view state.
pub fn use_view_state() -> RwSignal<ViewState> {
    expect_context::<ViewStateContext>().0
}

/// The current language, as a signal.
pub fn use_lang() -> Signal<Lang> {
    expect_context::<LangContext>().0.into()
}
