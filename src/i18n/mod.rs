//! The words for the app's own pages and choices (`pages`); a report's words are in the
//! `report` crate, the charts' and the interface's in `charts`, the editor's in `authoring`.

pub mod pages;
