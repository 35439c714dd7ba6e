//! The fact sheet's data model, and (feature `load`) the reading and checking of its files.
//!
//! - [`model`]: the vocabulary the app computes with (units, derivation methods, status,
//!   bounds, cards, chart series, dates). No dependencies: the wasm carries it.
//! - [`vocabulary!`]: declares an enum with its file spelling once; `ALL`, `key` and `parse`
//!   follow from it.
//! - `schema` (feature `load`): `static/data.toml` read by serde into typed entries, then
//!   checked by named rules; every error names the file, the line, the field and the reason.
//! - `catalog` (feature `load`): the translation catalogs, checked against English and the
//!   data file.
//!
//! `build.rs` uses this crate as a build-dependency to turn the checked files into Rust
//! statics; the app depends on it without `load`, so no parser reaches the wasm.

mod vocabulary;

pub mod model;

#[cfg(feature = "load")]
pub mod catalog;
#[cfg(feature = "load")]
pub mod schema;
