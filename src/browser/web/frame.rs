//! An iframe embed: whether the page is in a frame, and its height reported to the parent.

use super::{document, window};
use wasm_bindgen::{JsCast, JsValue};

/// Whether this page runs inside a frame (an iframe embed).
pub fn in_frame() -> bool {
    match (window(), window().and_then(|w| w.parent().ok().flatten())) {
        (Some(me), Some(parent)) => !js_sys::Object::is(&me, &parent),
        _ => false,
    }
}

/// Reports the page's height to the parent frame whenever it changes (a ResizeObserver on
/// `<body>`), as `{ type: "factsheet:resize", card, height }`. Stops when dropped.
pub struct HeightReporter {
    observer: web_sys::ResizeObserver,
    _callback: wasm_bindgen::closure::Closure<dyn FnMut(js_sys::Array)>,
}

impl Drop for HeightReporter {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

fn post_height(card: &str) {
    let Some(w) = window() else { return };
    let Some(body) = document().and_then(|d| d.body()) else {
        return;
    };
    let Ok(Some(parent)) = w.parent() else { return };
    let height = body.get_bounding_client_rect().height().ceil();
    let message = js_sys::Object::new();
    let set = |k: &str, v: JsValue| js_sys::Reflect::set(&message, &JsValue::from_str(k), &v);
    let ok = set(
        "type",
        JsValue::from_str(crate::core::embed::RESIZE_MESSAGE),
    )
    .and_then(|_| set("card", JsValue::from_str(card)))
    .and_then(|_| set("height", JsValue::from_f64(height)));
    // The height is not a secret: any parent may read it.
    if ok.is_err() || parent.post_message(&message, "*").is_err() {
        gloo::console::warn!("factsheet: could not report the height");
    }
}

pub fn report_height(card: &'static str) -> Option<HeightReporter> {
    let body = document()?.body()?;
    let callback = wasm_bindgen::closure::Closure::<dyn FnMut(js_sys::Array)>::new(
        move |_entries: js_sys::Array| post_height(card),
    );
    let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    observer.observe(&body);
    post_height(card);
    Some(HeightReporter {
        observer,
        _callback: callback,
    })
}
