//! The address and history: the query string the view lives in, back/forward, and listening
//! for the window's events.

use super::window;
use wasm_bindgen::JsValue;

/// The current query string, e.g. "?trade=table" (empty when there is none or on error).
pub fn query() -> String {
    window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// Records a new view in history (so back/forward work), keeping path and fragment. With
/// `replace`, rewrites the current entry instead (an embed must not add entries to the host
/// page's history).
pub fn set_query(query: &str, replace: bool) {
    let Some(w) = window() else { return };
    let location = w.location();
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    if let Ok(history) = w.history() {
        let url = format!("{path}{query}{hash}");
        let done = if replace {
            history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
        } else {
            history.push_state_with_url(&JsValue::NULL, "", Some(&url))
        };
        if done.is_err() {
            gloo::console::warn!("factsheet: could not update the address");
        }
    }
}

/// The page's full address, for sharing.
pub fn href() -> String {
    window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default()
}

/// Calls `f` on every back/forward navigation, until the returned listener is dropped.
pub fn on_popstate(f: impl Fn() + 'static) -> Option<gloo::events::EventListener> {
    on_window("popstate", f)
}

/// Listens for `event` on the window.
pub fn on_window(
    event: &'static str,
    f: impl Fn() + 'static,
) -> Option<gloo::events::EventListener> {
    let w = window()?;
    Some(gloo::events::EventListener::new(&w, event, move |_| f()))
}
