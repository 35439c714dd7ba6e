//! Sharing the page's address (the share sheet or the clipboard) and copying text.

use super::window;
use wasm_bindgen::JsValue;

/// What became of a share.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Shared {
    Shared,
    Cancelled,
    Copied,
    /// Neither sharing nor the clipboard is available: the reader copies this address.
    CopyThis(String),
}

/// Shares the page's address: the Web Share sheet where the browser has one, else the
/// clipboard. Returns what happened, in words for the page.
pub async fn share(url: String, title: String) -> Shared {
    let Some(w) = window() else {
        return Shared::CopyThis(url);
    };
    let navigator = w.navigator();
    let has_share = js_sys::Reflect::has(&navigator, &JsValue::from_str("share")).unwrap_or(false);
    if has_share {
        let data = web_sys::ShareData::new();
        data.set_url(&url);
        data.set_title(&title);
        return match wasm_bindgen_futures::JsFuture::from(navigator.share_with_data(&data)).await {
            Ok(_) => Shared::Shared,
            Err(_) => Shared::Cancelled,
        };
    }
    let clipboard = navigator.clipboard();
    match wasm_bindgen_futures::JsFuture::from(clipboard.write_text(&url)).await {
        Ok(_) => Shared::Copied,
        Err(_) => Shared::CopyThis(url),
    }
}

/// Copies text to the clipboard.
pub async fn copy_text(text: String) -> Result<(), ()> {
    let w = window().ok_or(())?;
    wasm_bindgen_futures::JsFuture::from(w.navigator().clipboard().write_text(&text))
        .await
        .map(|_| ())
        .map_err(|_| ())
}
