//! The root component: loads the bundled report, provides the contexts, keeps URL and document
//! in step, and shows whichever report the reports holds. The same tree is rendered to HTML at
//! build time for every shareable address (`crates/build`), so the app takes over a page whose
//! markup it would have drawn itself.

use super::compare_view::CompareView;
use super::context::{
    ChartWidthCache, ChartsContext, LangContext, ReportContext, ViewStateContext,
};
use super::data_error::DataErrorPage;
use super::embed_page::EmbedPage;
use super::file_drop::FileDrop;
use super::load_status::LoadStatusBanner;
use super::overview::Overview;
use super::print_view::PrintView;
use super::site_footer::SiteFooter;
use super::site_header::SiteHeader;
use super::source_view::SourceView;
use super::theme_view::ThemeView;
use crate::i18n::pages;
use crate::state::reports::Reports;
use crate::state::{url, Embed, ParsedQuery, View, ViewState};
use charts::i18n::Msg;
use leptos::prelude::*;
use report::Report;
use std::sync::Arc;

/// The whole app at the browser's address.
#[component]
pub fn App() -> impl IntoView {
    view! { <Site address=url::read_parsed() /> }
}

/// The whole site at `address`: the bundled report, or a readable list of what is wrong with it.
#[component]
pub fn Site(address: ParsedQuery) -> impl IntoView {
    match report::bundled() {
        Ok(report) => view! { <ReportApp bundled=Arc::new(report) address /> }.into_any(),
        Err(errors) => view! { <DataErrorPage errors lang=address.state.lang /> }.into_any(),
    }
}

#[component]
fn ReportApp(bundled: Arc<Report>, address: ParsedQuery) -> impl IntoView {
    let state = RwSignal::new(address.state);
    provide_context(ViewStateContext(state));
    provide_context(LangContext(Memo::new(move |_| state.with(|s| s.lang))));
    let reports = Reports::new(bundled, state, address.refused_paths);
    provide_context(reports);
    provide_context(ChartWidthCache(StoredValue::new([0, 0])));

    Effect::new(move |_| {
        let current = state.get();
        reports
            .main
            .with(|loaded| sync_document(&current, &loaded.report));
        // The address follows a moment later, once the new page is built: writing history is
        // slow on phones and a reader is waiting for the page, not for the address bar.
        set_timeout(
            move || url::write(&state.get_untracked()),
            std::time::Duration::ZERO,
        );
    });
    let popstate = window_event_listener(leptos::ev::popstate, move |_| state.set(url::read()));
    on_cleanup(move || popstate.remove());

    // Everything below shows the reports's main report, rebuilt when another one is opened.
    let embed = state.with_untracked(|s| s.embed.clone());
    move || {
        if !reports.ready.get() {
            return view! {
                <main id="main" tabindex="-1">
                    <LoadStatusBanner />
                </main>
            }
            .into_any();
        }
        let report = reports.main.with(|loaded| loaded.report.clone());
        view! { <ReportScope report embed=embed.clone() /> }.into_any()
    }
}

/// Provides the report on screen to the page (an embed, or the whole site).
#[component]
fn ReportScope(report: Arc<Report>, embed: Option<Embed>) -> impl IntoView {
    provide_context(ChartsContext(Arc::new(charts::compile::charts(&report))));
    provide_context(ReportContext(report));
    let state = super::context::use_view_state();
    // Only a change of view rebuilds the page, not a tab, item or unit change.
    let view = Memo::new(move |_| state.with(|s| s.view));
    let editing = Memo::new(move |_| view.get() == View::Edit);
    // An embedded page stays embedded: no site chrome around it.
    if let Some(embed) = embed {
        // A refused `?data=` file is said, not silently replaced by the bundled report.
        return view! {
            <LoadStatusBanner />
            <EmbedPage embed />
        }
        .into_any();
    }
    view! {
        <a class="skip-link" href="#main">
            {move || Msg::SkipToContent.text(state.with(|s| s.lang))}
        </a>
        <SiteHeader />
        <main id="main" tabindex="-1">
            <LoadStatusBanner />
            {move || match view.get() {
                View::Overview => view! { <Overview /> }.into_any(),
                View::Compare => view! { <CompareView /> }.into_any(),
                View::Source => view! { <SourceView /> }.into_any(),
                View::Print => view! { <PrintView /> }.into_any(),
                View::Edit => editor().into_any(),
                view @ (View::Funds | View::Projects | View::Training | View::Sales | View::Outcomes) => {
                    view! { <ThemeView view /> }.into_any()
                }
            }}
        </main>
        // The authoring view shows a draft, not this report: no footer citing it.
        {move || (!editing.get()).then(|| view! { <SiteFooter /> })}
        <FileDrop />
    }
    .into_any()
}

/// The authoring view, in the editor's wasm.
#[cfg(feature = "editor")]
fn editor() -> impl IntoView {
    view! { <super::editor::edit_view::EditView /> }
}

/// The reader's app has no editor: links to it load the page again, which starts the editor's
/// wasm (`public/boot.js`). Only an address changed by hand reaches this.
#[cfg(not(feature = "editor"))]
fn editor() -> impl IntoView {
    let lang = super::context::use_lang();
    let state = super::context::use_view_state();
    let href = move || format!("?{}", state.with(ViewState::to_query));
    view! {
        <p>
            <a href=href>{move || Msg::MakeInEditor.text(lang.get())}</a>
        </p>
    }
}

/// `<html lang>`, `<html data-theme>`, `<html data-care>` and the page title follow the view
/// state.
fn sync_document(state: &ViewState, report: &Report) {
    let document = document();
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("lang", state.lang.html_lang());
        let _ = root.set_attribute("data-theme", state.color_scheme.code());
        let _ = if state.care {
            root.set_attribute("data-care", "on")
        } else {
            root.remove_attribute("data-care")
        };
    }
    document.set_title(&page_title(state, report));
}

/// The document title at `state`: the view's name, then the report's title.
pub fn page_title(state: &ViewState, report: &Report) -> String {
    let title = report::file_text::on_screen(state.lang.pick(&report.meta.title));
    match state.view {
        View::Overview => title.to_string(),
        view => format!("{} · {title}", pages::view(view, state.lang)),
    }
}
