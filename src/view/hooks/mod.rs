//! The view's named hooks, one per file.

mod use_chart_texts;
mod use_disclosure;
mod use_island_state;
mod use_strings;

pub use use_chart_texts::use_chart_texts;
pub use use_disclosure::use_disclosure;
pub use use_island_state::use_island_state;
pub use use_strings::use_strings;
