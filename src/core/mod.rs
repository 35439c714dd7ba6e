//! The pure core: no browser APIs, tested natively with `cargo test`.

pub mod chart;
pub mod cite;
pub mod data;
pub mod derive;
pub mod embed;
pub mod export;
pub mod format;
pub mod i18n;
pub mod ids;
pub mod json;
pub mod markup;
pub mod order;
pub mod package;
pub use cpec_data::model;
pub mod preview;
pub mod sheet;
pub mod standalone;
pub mod state;
#[cfg(test)]
pub(crate) mod testing;
pub mod text;
pub mod units;
pub mod url;
