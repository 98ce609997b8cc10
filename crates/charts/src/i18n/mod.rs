//! Locale-aware formatting (`format`), the interface's message catalogue (`messages`) and how
//! amounts of money are scaled for display (`money`), in each of the report's languages.

pub mod format;
pub mod messages;
pub mod money;

pub use messages::Msg;
