//! The pure core: no browser APIs, tested natively with `cargo test`.

pub mod chart;
pub mod data;
pub mod derive;
pub mod format;
pub mod model;
pub mod sheet;
pub mod state;
