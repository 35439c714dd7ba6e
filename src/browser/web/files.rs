//! Downloads made in the browser: a text file, and a chart's SVG drawn to a PNG.

use super::document;
use wasm_bindgen::{JsCast, JsValue};

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
