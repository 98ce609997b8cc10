//! The authoring view (`?view=edit`): a report's text made into a checked report file by
//! selecting its numbers. One component per file; the pure parts are `report::phrase`,
//! the `authoring` crate; `state::draft` keeps the draft in the browser.

pub mod chart_grouping;
pub mod derived_form;
pub mod draft_charts;
pub mod draft_items;
pub mod draft_keeping;
pub mod draft_meta;
pub mod draft_preview;
pub mod draft_start;
pub mod draft_text;
pub mod draft_toolbar;
pub mod edit_field;
pub mod edit_view;
pub mod event_form;
pub mod figure_form;
pub mod headline_chooser;
pub mod indicator_field;
pub mod pairing_form;
pub mod place_choice;
pub mod place_fields;
pub mod selection_form;
