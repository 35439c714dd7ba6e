//! The page's own attributes and signals: its language and theme, an embed's layout, the
//! `data-ready`/`data-live` marks, and the notice shown when something fails.

use super::{document, ROOT_ID};
use crate::core::i18n::Lang;
use crate::core::url::Theme;

/// The page's language, from `<html lang>` (English when absent or unknown).
pub fn page_lang() -> Lang {
    document()
        .and_then(|d| d.document_element())
        .and_then(|e| e.get_attribute("lang"))
        .and_then(|l| Lang::parse(&l))
        .unwrap_or_default()
}

/// Whether the page shows its dark theme: chosen, or the system's while none is chosen.
pub fn shows_dark() -> bool {
    let chosen = document()
        .and_then(|d| d.document_element())
        .and_then(|root| root.get_attribute("data-theme"));
    match chosen.as_deref() {
        Some("dark") => true,
        Some(_) => false,
        None => web_sys::window()
            .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
            .is_some_and(|m| m.matches()),
    }
}

/// `<html data-theme="light|dark">`, or no attribute to follow the system.
pub fn apply_theme(theme: Theme) {
    let Some(root) = document().and_then(|d| d.document_element()) else {
        return;
    };
    let result = match theme {
        Theme::System => root.remove_attribute("data-theme"),
        other => root.set_attribute("data-theme", other.key()),
    };
    if result.is_err() {
        gloo::console::warn!("factsheet: could not set the theme");
    }
}

/// A pre-rendered embed page is compact; `layout=full` marks its sheet `.full` (the page
/// itself is static HTML, outside every island).
pub fn apply_layout(full: bool) {
    let sheet = document().and_then(|d| d.query_selector(".sheet.embedded").ok().flatten());
    if let Some(sheet) = sheet {
        if sheet.class_list().toggle_with_force("full", full).is_err() {
            gloo::console::warn!("factsheet: could not set the layout");
        }
    }
}

/// Tells tests and the benchmark the first viewport's islands are live:
/// `<body data-ready="1">`.
pub fn mark_ready() {
    mark_body("ready", "1");
}

/// Tells tests and the benchmark every island is live: `<body data-live="all">`.
pub fn mark_live() {
    mark_body("live", "all");
}

fn mark_body(key: &str, value: &str) {
    match document().and_then(|d| d.body()) {
        Some(body) => {
            if body.dataset().set(key, value).is_err() {
                gloo::console::warn!("factsheet: could not set data-", key);
            }
        }
        None => gloo::console::warn!("factsheet: no <body> to mark ", key),
    }
}

/// A polite notice at the top of the sheet (or of the page): something did not work, and what
/// the reader still has.
pub fn show_notice(text: &str) {
    let Some(doc) = document() else { return };
    let Ok(notice) = doc.create_element("p") else {
        return;
    };
    notice.set_class_name("failure-notice");
    let _ = notice.set_attribute("role", "status");
    notice.set_text_content(Some(text));
    let parent = doc
        .get_element_by_id(ROOT_ID)
        .map(web_sys::Node::from)
        .or_else(|| doc.body().map(web_sys::Node::from));
    if let Some(parent) = parent {
        let _ = parent.insert_before(&notice, parent.first_child().as_ref());
    }
}
