//! Leptos components, one per file. User-visible text comes from `i18n` or the data.

pub mod app;
pub mod context;
pub mod data_error;
pub mod figure_card;
pub mod lang_switch;
pub mod overview;
pub mod site_footer;
pub mod site_header;
pub mod source_quote;
pub mod source_view;
pub mod view_link;
