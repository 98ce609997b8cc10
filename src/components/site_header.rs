//! The top bar: app name, navigation and language switch.

use super::context::use_lang;
use super::lang_switch::LangSwitch;
use super::site_nav::SiteNav;
use super::theme_select::ThemeSelect;
use super::view_link::ViewLink;
use crate::i18n::Msg;
use crate::state::View;
use leptos::prelude::*;

/// The site header.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let lang = use_lang();
    view! {
        <header class="site-header">
            <ViewLink view=View::Overview class="brand">
                {move || Msg::AppName.text(lang.get())}
            </ViewLink>
            <div class="header-tools">
                <ThemeSelect />
                <LangSwitch />
            </div>
            <SiteNav />
        </header>
    }
}
