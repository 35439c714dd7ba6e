//! Charts and lists under the reader's hand: where a pointer falls, a chart's label texts,
//! and which list item an event is in (and focusing another).

use wasm_bindgen::JsCast;

/// Where a pointer event falls within `element`, as fractions of its box. (Yew delegates
/// events to the root, so the event's own current target is not the chart.)
pub fn pointer_fraction(
    e: &web_sys::PointerEvent,
    element: &web_sys::Element,
) -> Option<(f64, f64)> {
    let rect = element.get_bounding_client_rect();
    if rect.width() <= 0.0 || rect.height() <= 0.0 {
        return None;
    }
    Some((
        (f64::from(e.client_x()) - rect.left()) / rect.width(),
        (f64::from(e.client_y()) - rect.top()) / rect.height(),
    ))
}

/// Writes `texts` into the `<text>` elements of the chart drawn in `container` (its first
/// child), in order. Labels already right are left alone: writing one lays it out again.
pub fn set_chart_texts(container: &web_sys::Element, texts: &[String]) {
    let Some(svg) = container.first_element_child() else {
        return;
    };
    let nodes = svg.get_elements_by_tag_name("text");
    for (i, text) in (0u32..).zip(texts) {
        let Some(node) = nodes.item(i) else {
            break;
        };
        if node.text_content().as_deref() != Some(text.as_str()) {
            node.set_text_content(Some(text));
        }
    }
}

/// The position, among its siblings, of the list item an event happened in.
pub fn item_index(e: &web_sys::Event) -> Option<usize> {
    let item = list_item(e)?;
    Some(
        std::iter::successors(item.previous_element_sibling(), |s| {
            s.previous_element_sibling()
        })
        .count(),
    )
}

/// Focuses the `index`th sibling of the list item an event happened in.
pub fn focus_item(e: &web_sys::Event, index: usize) {
    let first = list_item(e)
        .and_then(|i| i.parent_element())
        .and_then(|l| l.first_element_child());
    let target = std::iter::successors(first, |s| s.next_element_sibling()).nth(index);
    if let Some(el) = target.and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

fn list_item(e: &web_sys::Event) -> Option<web_sys::Element> {
    e.target()?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest("li")
        .ok()?
}
