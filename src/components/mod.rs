//! Leptos components, one per file. User-visible text comes from `i18n` or the data.

pub mod app;
pub mod chart_card;
pub mod chart_legend;
pub mod chart_plot;
pub mod chart_sources;
pub mod chart_table;
pub mod chart_tools;
pub mod chart_tooltip;
pub mod compare_view;
pub mod context;
pub mod copy_field;
pub mod data_downloads;
pub mod data_error;
pub mod dialog;
/// The authoring view, built only into the editor's own wasm (`--features editor`), so
/// readers never download it.
#[cfg(feature = "editor")]
pub mod editor;
pub mod embed_dialog;
pub mod embed_page;
pub mod figure_card;
pub mod file_drop;
pub mod file_origin_note;
pub mod heading;
pub mod headline_figures;
pub mod lang_switch;
pub mod load_status;
pub mod original_text;
pub mod overview;
pub mod pager;
pub mod print_view;
pub mod problem_list;
pub mod provenance;
pub mod report_dialog;
pub mod report_file_input;
pub mod share_dialog;
pub mod site_footer;
pub mod site_header;
pub mod site_nav;
pub mod source_quote;
pub mod source_view;
pub mod theme_select;
pub mod theme_view;
pub mod unit_select;
pub mod use_width;
pub mod view_link;
