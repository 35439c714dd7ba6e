//! China–Pakistan economic cooperation in figures: an embeddable fact sheet.
//!
//! - `core`: pure data model, derivations, formatting and chart drawing (native-tested).
//! - `view`: Yew components, one per file; rendered on the server (pre-render) and hydrated.
//! - `browser`: the only code that touches the browser (wasm32 only).

pub mod core;
pub mod view;

#[cfg(target_arch = "wasm32")]
pub mod browser;
