//! What the app asks of the browser. [`effects`] is what the view's event handlers call, each
//! browser function beside its native twin (the pre-render runs no handler, so the twins do
//! nothing); the rest (`web`, wasm32 only) is the browser itself: the reader's date, the
//! address and history, the theme attribute, downloads, sharing, pointer positions and the
//! page's signals. Nothing here knows the view.

pub mod effects;

#[cfg(target_arch = "wasm32")]
mod web;
#[cfg(target_arch = "wasm32")]
pub use web::*;
