//! Leptos components, one per file. User-visible text comes from `i18n` or the data.

pub mod app;
pub mod chart_card;
pub mod chart_legend;
pub mod chart_plot;
pub mod chart_sources;
pub mod chart_table;
pub mod chart_tooltip;
pub mod context;
pub mod data_error;
pub mod figure_card;
pub mod lang_switch;
pub mod original_text;
pub mod overview;
pub mod provenance;
pub mod site_footer;
pub mod site_header;
pub mod site_nav;
pub mod source_quote;
pub mod source_view;
pub mod theme_view;
pub mod unit_select;
pub mod use_width;
pub mod view_link;
