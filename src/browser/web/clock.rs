//! Time: the reader's date, and waiting for the next task or the next paint.

use super::window;
use crate::core::model::Date;

/// The date figures are computed for when the reader's cannot be read: the build's.
pub fn today_or_fallback() -> Date {
    today().unwrap_or(crate::core::data::BUILT_ON)
}

/// The reader's local date.
pub fn today() -> Option<Date> {
    let now = js_sys::Date::new_0();
    let year = now.get_full_year() as i32;
    let month = u8::try_from(now.get_month() + 1).ok()?;
    let day = u8::try_from(now.get_date()).ok()?;
    (year > 0).then_some(Date { year, month, day })
}

/// Resolves on the next macrotask: lets the browser paint and handle input between two long
/// pieces of work (hydration, then the first live render).
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Resolves in a task after the next frame: work out of the reader's sight waits until what
/// they see has been painted. (Frames pause in a hidden tab; the work then waits until the
/// tab is shown again, which nobody can tell.)
pub async fn after_paint() {
    let frame = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = window() {
            let _ = w.request_animation_frame(&resolve);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(frame).await;
    next_task().await;
}
