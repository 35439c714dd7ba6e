//! The browser itself (wasm32 only): the reader's date, the URL and history, the theme
//! attribute, downloads, sharing, pointer positions, the embed's height and the `data-ready`
//! signal. Every lookup may fail; failures are logged or reported, never panicked on.
//!
//! By job: `clock` (the date, waiting for a task or a paint), `address` (the query string and
//! history), `page` (the page's attributes and signals), `pointer` (charts and lists under
//! the pointer), `files` (downloads), `share` (sharing and the clipboard), `frame` (an iframe
//! embed's height), `print`, `text` (measuring text) and `trusted` (Trusted Types).

mod address;
mod clock;
mod files;
mod frame;
mod page;
mod pointer;
mod print;
mod share;
mod text;
mod trusted;

pub use address::{href, on_popstate, on_window, query, set_query};
pub use clock::{after_paint, next_task, today, today_or_fallback};
pub use files::{download_png, download_text};
pub use frame::{in_frame, report_height, HeightReporter};
pub use page::{
    apply_layout, apply_theme, mark_live, mark_ready, page_lang, show_notice, shows_dark,
};
pub use pointer::{focus_item, item_index, pointer_fraction, set_chart_texts};
pub use print::{choose_print_all, print, print_all_chosen, write_appendix};
pub use share::{copy_text, share, Shared};
pub use text::{tooltip, ImageRuler};
pub use trusted::html_nodes;

/// The id of the element the page is pre-rendered into and hydrated in.
pub const ROOT_ID: &str = "factsheet";

pub(crate) fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

pub(crate) fn document() -> Option<web_sys::Document> {
    window().and_then(|w| w.document())
}
