//! The browser itself (wasm32 only): the reader's date, the URL and history, the theme
//! attribute, downloads, sharing, pointer positions, the embed's height and the `data-ready`
//! signal. Every lookup may fail; failures are logged or reported, never panicked on.

mod print;
mod text;
mod trusted;

pub use print::{choose_print_all, print, print_all_chosen, write_appendix};
pub use text::{tooltip, ImageRuler};
pub use trusted::html_nodes;

use crate::core::i18n::Lang;
use crate::core::model::Date;
use crate::core::url::Theme;
use wasm_bindgen::{JsCast, JsValue};

/// The id of the element the page is pre-rendered into and hydrated in.
pub const ROOT_ID: &str = "factsheet";

pub(crate) fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

pub(crate) fn document() -> Option<web_sys::Document> {
    window().and_then(|w| w.document())
}

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

fn object_url(content: &str, mime: &str) -> Option<String> {
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    web_sys::Url::create_object_url_with_blob(&blob).ok()
}

fn click_download(href: &str, file_name: &str) -> Option<()> {
    let doc = document()?;
    let a: web_sys::HtmlAnchorElement = doc.create_element("a").ok()?.dyn_into().ok()?;
    a.set_href(href);
    a.set_download(file_name);
    a.set_rel("noopener");
    let body = doc.body()?;
    body.append_child(&a).ok()?;
    a.click();
    a.remove();
    Some(())
}

/// Saves text as a file, generated in the browser.
pub fn download_text(file_name: &str, mime: &str, content: &str) -> Result<(), String> {
    let url = object_url(content, mime).ok_or("the file could not be created")?;
    let clicked = click_download(&url, file_name);
    // Revoke after the click has been handled.
    let revoke = url.clone();
    yew::platform::spawn_local(async move {
        let _ = web_sys::Url::revoke_object_url(&revoke);
    });
    clicked.ok_or_else(|| "the download could not start".to_string())
}

/// Renders an SVG document to a PNG at `scale`× on a white background, then saves it.
pub async fn download_png(
    file_name: String,
    svg: String,
    (width, height): (u32, u32),
    scale: u32,
) -> Result<(), String> {
    let doc = document().ok_or("no document")?;
    let url = object_url(&svg, "image/svg+xml").ok_or("the image could not be created")?;
    let img = web_sys::HtmlImageElement::new().map_err(|_| "no image support")?;
    img.set_src(&url);
    let decoded = wasm_bindgen_futures::JsFuture::from(img.decode()).await;
    let _ = web_sys::Url::revoke_object_url(&url);
    decoded.map_err(|_| "the chart image could not be decoded")?;
    let canvas: web_sys::HtmlCanvasElement = doc
        .create_element("canvas")
        .ok()
        .and_then(|c| c.dyn_into().ok())
        .ok_or("no canvas support")?;
    canvas.set_width(width * scale);
    canvas.set_height(height * scale);
    let ctx: web_sys::CanvasRenderingContext2d = canvas
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|c| c.dyn_into().ok())
        .ok_or("no 2D canvas")?;
    ctx.set_fill_style_str("#ffffff");
    ctx.fill_rect(
        0.0,
        0.0,
        f64::from(width * scale),
        f64::from(height * scale),
    );
    ctx.draw_image_with_html_image_element_and_dw_and_dh(
        &img,
        0.0,
        0.0,
        f64::from(width * scale),
        f64::from(height * scale),
    )
    .map_err(|_| "the chart could not be drawn")?;
    let data_url = canvas
        .to_data_url_with_type("image/png")
        .map_err(|_| "the PNG could not be encoded")?;
    click_download(&data_url, &file_name).ok_or_else(|| "the download could not start".into())
}

/// Shares the page's address: the Web Share sheet where the browser has one, else the
/// clipboard. Returns what happened, in words for the page.
/// What became of a share.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Shared {
    Shared,
    Cancelled,
    Copied,
    /// Neither sharing nor the clipboard is available: the reader copies this address.
    CopyThis(String),
}

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

/// The page's language, from `<html lang>` (English when absent or unknown).
pub fn page_lang() -> Lang {
    document()
        .and_then(|d| d.document_element())
        .and_then(|e| e.get_attribute("lang"))
        .and_then(|l| Lang::parse(&l))
        .unwrap_or_default()
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

/// Copies text to the clipboard.
pub async fn copy_text(text: String) -> Result<(), ()> {
    let w = window().ok_or(())?;
    wasm_bindgen_futures::JsFuture::from(w.navigator().clipboard().write_text(&text))
        .await
        .map(|_| ())
        .map_err(|_| ())
}

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
