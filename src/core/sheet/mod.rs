//! What the page shows, as plain data: the key figures, and for each card its charts (already
//! drawn, with their hit areas and table rows), figures, sources and formulas, in the reader's
//! units. The view renders this and decides nothing.
//!
//! By job: `types` (the page model), `charts` (a card's charts as views), `card` (a card's
//! whole view, the key figures, the units each card depends on), `cache` (views built once
//! per key, and the page).

mod cache;
mod card;
mod charts;
mod types;

pub use cache::{page, page_cached, CardCache};
pub use card::{card_heading, key_figures, key_formulas, units_for, CARDS};
pub use types::*;
// The timeline's drawing data, for the chart's own tests at other widths.
#[cfg(test)]
pub(crate) use charts::timeline_spec;
