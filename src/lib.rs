//! China–Pakistan economic cooperation in figures: an embeddable fact sheet.
//!
//! - `core`: pure data model, derivations, formatting and chart drawing (native-tested).
//! - `view`: Yew components, one per file; rendered on the server (pre-render) and hydrated.
//! - `browser`: calls into the browser; it does not know the view. Those the view's handlers
//!   make (`browser::effects`) each have a native twin; the rest are wasm32 only.
//! - `start` (wasm32 only): starts the app in the browser: hydrates the islands, runs the
//!   page's effects, mounts cards; `main.rs` only calls it.

pub mod core;
pub mod view;

pub mod browser;

#[cfg(target_arch = "wasm32")]
mod start;
#[cfg(target_arch = "wasm32")]
pub use start::start;
