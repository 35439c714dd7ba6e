//! The only code that touches the browser: the reader's date, the mount point and the
//! `data-ready` signal. Every lookup may fail; failures are logged, never panicked on.

use crate::core::model::Date;
use crate::view::{App, AppProps};
use wasm_bindgen::JsCast;

/// The id of the element the page is pre-rendered into and hydrated in.
pub const ROOT_ID: &str = "factsheet";

/// The reader's local date.
pub fn today() -> Option<Date> {
    let now = js_sys::Date::new_0();
    let year = now.get_full_year() as i32;
    let month = u8::try_from(now.get_month() + 1).ok()?;
    let day = u8::try_from(now.get_date()).ok()?;
    (year > 0).then_some(Date { year, month, day })
}

/// Tells tests and the benchmark the page is hydrated: `<body data-ready="1">`.
pub fn mark_ready() {
    let body = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body());
    match body {
        Some(body) => {
            if body.dataset().set("ready", "1").is_err() {
                gloo::console::warn!("factsheet: could not set data-ready");
            }
        }
        None => gloo::console::warn!("factsheet: no <body> to mark ready"),
    }
}

/// Hydrates the pre-rendered page, or renders it when there is none (e.g. a plain
/// `trunk build` without the pre-render hook).
pub fn start() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        gloo::console::error!("factsheet: no document");
        return;
    };
    let Some(root) = document.get_element_by_id(ROOT_ID) else {
        gloo::console::error!(format!("factsheet: no element with id \"{ROOT_ID}\""));
        return;
    };
    let rendered_on = root
        .get_attribute("data-rendered-on")
        .and_then(|d| Date::parse(&d));
    let prerendered = root.first_element_child().is_some();
    let props = AppProps {
        rendered_on: rendered_on.or_else(today).unwrap_or(Date {
            year: 2026,
            month: 1,
            day: 1,
        }),
    };
    let Ok(root) = root.dyn_into::<web_sys::Element>() else {
        return;
    };
    let renderer = yew::Renderer::<App>::with_root_and_props(root, props);
    if prerendered && rendered_on.is_some() {
        renderer.hydrate();
    } else {
        renderer.render();
    }
}
