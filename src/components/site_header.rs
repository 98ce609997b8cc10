//! The top bar: app name, navigation, care mode, colours and language switch.

use super::care_switch::CareSwitch;
use super::color_scheme_select::ColorSchemeSelect;
use super::context::{use_lang, use_view_state};
use super::lang_switch::LangSwitch;
use super::report_dialog::ReportDialog;
use super::share_dialog::ShareDialog;
use super::site_nav::SiteNav;
use super::view_link::ViewLink;
use crate::state::{url, View};
use charts::i18n::Msg;
use leptos::prelude::*;

/// The site header.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let lang = use_lang();
    let state = use_view_state();
    let share_open = RwSignal::new(false);
    let report_open = RwSignal::new(false);
    let link = Signal::derive(move || url::absolute(&state.get()));
    view! {
        <header class="site-header">
            <ViewLink view=View::Overview class="brand">
                {move || Msg::AppName.text(lang.get())}
            </ViewLink>
            <div class="header-tools">
                <button type="button" class="tool" data-action="open-report" on:click=move |_| report_open.set(true)>
                    {move || Msg::OpenReport.text(lang.get())}
                </button>
                <button type="button" class="tool" data-action="share-page" on:click=move |_| share_open.set(true)>
                    {move || Msg::Share.text(lang.get())}
                </button>
                <CareSwitch />
                <ColorSchemeSelect />
                <LangSwitch />
            </div>
            <Show when=move || share_open.get()>
                <ShareDialog open=share_open link subject="page" />
            </Show>
            <Show when=move || report_open.get()>
                <ReportDialog open=report_open />
            </Show>
            <SiteNav />
        </header>
    }
}
