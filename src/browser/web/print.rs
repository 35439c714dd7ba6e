//! Printing: the two-page sheet by default, or with an appendix of every card's tables,
//! sources and quotes. The appendix is a copy of the panels as they are on the page (their
//! units, their language), made when the reader chooses it and again just before printing, in
//! a container outside every island: Yew never sees it, and the panels stay where they are.

use super::document;
use crate::core::ids::APPENDIX_ID;
use wasm_bindgen::JsCast;

/// `<html data-print="all">` while the appendix is chosen: the print stylesheet shows it.
const ATTRIBUTE: &str = "data-print";

/// Whether the reader chose to print everything.
pub fn print_all_chosen() -> bool {
    document()
        .and_then(|d| d.document_element())
        .is_some_and(|root| root.get_attribute(ATTRIBUTE).as_deref() == Some("all"))
}

/// Chooses the appendix or not, and writes it (or empties it).
pub fn choose_print_all(all: bool, heading: &str) {
    let Some(root) = document().and_then(|d| d.document_element()) else {
        return;
    };
    let _ = if all {
        root.set_attribute(ATTRIBUTE, "all")
    } else {
        root.remove_attribute(ATTRIBUTE)
    };
    write_appendix(all, heading);
}

/// The appendix: a heading, then per card its title and copies of its Table and Sources
/// panels and of its list of dated events (the quotes of the timeline).
pub fn write_appendix(all: bool, heading: &str) {
    let Some(doc) = document() else { return };
    let Some(appendix) = doc.get_element_by_id(APPENDIX_ID) else {
        return;
    };
    // Emptied as text, and filled below with elements, text and copies of nodes: no HTML
    // string is written, so Trusted Types has nothing to check.
    appendix.set_text_content(None);
    if !all {
        return;
    }
    let add = |parent: &web_sys::Element, tag: &str, text: &str| -> Option<web_sys::Element> {
        let el = doc.create_element(tag).ok()?;
        el.set_text_content(Some(text));
        parent.append_child(&el).ok()?;
        Some(el)
    };
    let _ = add(&appendix, "h2", heading);
    for card in crate::core::data::Card::ON_PAGE {
        let key = card.key();
        let Some(article) = doc.get_element_by_id(key) else {
            continue;
        };
        let Ok(section) = doc.create_element("section") else {
            continue;
        };
        let title = doc
            .get_element_by_id(&format!("{key}-title"))
            .and_then(|t| t.text_content())
            .unwrap_or_default();
        let _ = add(&section, "h3", &title);
        let parts = [
            doc.get_element_by_id(&format!("{key}-panel-table")),
            doc.get_element_by_id(&format!("{key}-panel-sources")),
            article.query_selector(".events").ok().flatten(),
        ];
        for part in parts.into_iter().flatten() {
            if let Some(copy) = copy_of(&part) {
                let _ = section.append_child(&copy);
            }
        }
        let _ = appendix.append_child(&section);
    }
}

/// A deep copy without ids (they stay the page's), shown whatever its tab was.
fn copy_of(el: &web_sys::Element) -> Option<web_sys::Element> {
    let copy: web_sys::Element = el.clone_node_with_deep(true).ok()?.dyn_into().ok()?;
    let _ = copy.remove_attribute("id");
    let _ = copy.remove_attribute("hidden");
    let _ = copy.remove_attribute("role");
    let _ = copy.remove_attribute("tabindex");
    let _ = copy.remove_attribute("aria-labelledby");
    if let Ok(inner) = copy.query_selector_all("[id]") {
        for i in 0..inner.length() {
            if let Some(node) = inner
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            {
                let _ = node.remove_attribute("id");
            }
        }
    }
    // The timeline's quotes are closed on the page; the appendix prints them.
    if let Ok(closed) = copy.query_selector_all("details") {
        for i in 0..closed.length() {
            if let Some(node) = closed
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            {
                let _ = node.set_attribute("open", "");
            }
        }
    }
    Some(copy)
}

/// Opens the browser's print dialog.
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}
