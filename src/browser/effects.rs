//! The browser side of the view's event handlers (share, downloads, copy, pointer and list
//! positions, chart texts, tooltips), each browser function beside its native twin. In the
//! native pre-render no handler ever runs, so the twins do nothing (the tooltip's twin lays
//! out with the estimate, so both sides return the same type of answer).

use crate::core::chart::tooltip::Tooltip;
#[cfg(not(target_arch = "wasm32"))]
use crate::core::chart::tooltip::{layout, Estimate};
use crate::core::chart::Rect;
use crate::core::i18n::Strings;
use crate::core::sheet::ChartView;
use yew::Callback;

/// Shares the page's address (the share sheet, else the clipboard) and reports the
/// outcome in the status line.
#[cfg(target_arch = "wasm32")]
pub fn share(title: &'static str, s: &'static Strings, on_status: Callback<String>) {
    use super::Shared;

    yew::platform::spawn_local(async move {
        let message = match super::share(super::href(), title.to_string()).await {
            Shared::Shared => s.shared.to_string(),
            Shared::Cancelled => s.share_cancelled.to_string(),
            Shared::Copied => s.link_copied.to_string(),
            Shared::CopyThis(url) => s.copy_this_link(&url),
        };
        on_status.emit(message);
    });
}

#[cfg(not(target_arch = "wasm32"))]
pub fn share(_: &'static str, _: &'static Strings, _: Callback<String>) {}

/// The JSON export (the data file's figures, in English as published, with sources and
/// formulas), computed for the reader's today at the moment of the click.
#[cfg(target_arch = "wasm32")]
pub fn json_download(s: &'static Strings, on_status: &Callback<String>) {
    use crate::core::data::DATA;
    use crate::core::derive::compute;
    use crate::core::export::json;
    use crate::core::i18n::Lang;
    let today = super::today_or_fallback();
    let file = "china-pakistan-figures.json";
    let message = match compute(DATA, today, Lang::En) {
        Ok(c) => match super::download_text(file, "application/json", &json(DATA, &c)) {
            Ok(()) => s.saved(file),
            Err(e) => s.could_not_save(file, &e),
        },
        Err(e) => s.could_not_compute(&e.to_string()),
    };
    on_status.emit(message);
}

#[cfg(not(target_arch = "wasm32"))]
pub fn json_download(_: &'static Strings, _: &Callback<String>) {}

/// What a chart can be saved as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Svg,
    Png,
    Csv,
}

#[cfg(target_arch = "wasm32")]
pub fn pointer_fraction(e: &yew::PointerEvent, node: &yew::NodeRef) -> Option<(f64, f64)> {
    super::pointer_fraction(e, &node.cast::<web_sys::Element>()?)
}

#[cfg(not(target_arch = "wasm32"))]
pub fn pointer_fraction(_: &yew::PointerEvent, _: &yew::NodeRef) -> Option<(f64, f64)> {
    None
}

/// Which item of a list the event happened in: a list listens for its items, one
/// listener rather than one per item, which is less to hydrate.
#[cfg(target_arch = "wasm32")]
pub fn item_index(e: &yew::Event) -> Option<usize> {
    super::item_index(e)
}

#[cfg(not(target_arch = "wasm32"))]
pub fn item_index(_: &yew::Event) -> Option<usize> {
    None
}

/// Moves the focus to another item of the list the event happened in.
#[cfg(target_arch = "wasm32")]
pub fn focus_item(e: &yew::Event, index: usize) {
    super::focus_item(e, index)
}

#[cfg(not(target_arch = "wasm32"))]
pub fn focus_item(_: &yew::Event, _: usize) {}

/// Writes a chart's labels into the SVG on the page (see `ChartFigure`).
#[cfg(target_arch = "wasm32")]
pub fn set_chart_texts(node: &yew::NodeRef, texts: &[String]) {
    if let Some(container) = node.cast::<web_sys::Element>() {
        super::set_chart_texts(&container, texts);
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub fn set_chart_texts(_: &yew::NodeRef, _: &[String]) {}

/// Lays out a tooltip with its text measured in the fonts the reader's browser has, in
/// `measure`: a hidden `<text>` in the tooltip's font, beside the chart.
#[cfg(target_arch = "wasm32")]
pub fn tooltip(measure: &yew::NodeRef, size: (u32, u32), at: Rect, text: &str) -> Tooltip {
    super::tooltip(measure.cast::<web_sys::Element>(), size, at, text)
}

/// Natively nothing can measure: the estimate (the pre-render draws no tooltip).
#[cfg(not(target_arch = "wasm32"))]
pub fn tooltip(_: &yew::NodeRef, size: (u32, u32), at: Rect, text: &str) -> Tooltip {
    layout(size, at, text, &Estimate)
}

/// Saves a chart; `done` receives a message for the page's status line.
#[cfg(target_arch = "wasm32")]
pub fn download(
    chart: &ChartView,
    format: Format,
    (title, s): (&str, &'static Strings),
    done: yew::Callback<String>,
) {
    use crate::core::export::csv;

    let Ok(svg) = &chart.svg else {
        done.emit(s.cannot_save.into());
        return;
    };
    let report = move |name: &str, result: Result<(), String>| match result {
        Ok(()) => s.saved(name),
        Err(e) => s.could_not_save(name, &e),
    };
    let extension = match format {
        Format::Svg => "svg",
        Format::Png => "png",
        Format::Csv => "csv",
    };
    let name = format!("{}.{extension}", chart.file);
    let result = match format {
        Format::Svg => super::download_text(&name, "image/svg+xml", svg.as_str()),
        Format::Csv => super::download_text(&name, "text/csv;charset=utf-8", &csv(chart, title)),
        Format::Png => {
            let (svg, size) = (svg.as_str().to_string(), chart.size);
            yew::platform::spawn_local(async move {
                let result = super::download_png(name.clone(), svg, size, 2).await;
                done.emit(report(&name, result));
            });
            return;
        }
    };
    done.emit(report(&name, result));
}

#[cfg(not(target_arch = "wasm32"))]
pub fn download(_: &ChartView, _: Format, _: (&str, &'static Strings), _: yew::Callback<String>) {}

/// Copies text (an embed code, a citation) to the clipboard and reports the outcome in the
/// status line: `copied` when it worked.
#[cfg(target_arch = "wasm32")]
pub fn copy(text: String, copied: &'static str, s: &'static Strings, on_status: Callback<String>) {
    yew::platform::spawn_local(async move {
        on_status.emit(match super::copy_text(text).await {
            Ok(()) => copied.into(),
            Err(()) => s.could_not_copy.into(),
        });
    });
}

#[cfg(not(target_arch = "wasm32"))]
pub fn copy(_: String, _: &'static str, _: &'static Strings, _: Callback<String>) {}

/// Saves generated text as a file (a citation for a reference manager) and reports it.
#[cfg(target_arch = "wasm32")]
pub fn save_text(
    file: &str,
    mime: &str,
    text: &str,
    s: &'static Strings,
    on_status: &Callback<String>,
) {
    on_status.emit(match super::download_text(file, mime, text) {
        Ok(()) => s.saved(file),
        Err(e) => s.could_not_save(file, &e),
    });
}

#[cfg(not(target_arch = "wasm32"))]
pub fn save_text(_: &str, _: &str, _: &str, _: &'static Strings, _: &Callback<String>) {}

/// Whether a pointer that left an element of the chart went somewhere outside the chart:
/// Yew delegates events, so leaving a bar inside the chart arrives as a leave too.
#[cfg(target_arch = "wasm32")]
pub fn left(e: &yew::PointerEvent, chart: &yew::NodeRef) -> bool {
    use wasm_bindgen::JsCast;
    let inside = match (chart.cast::<web_sys::Node>(), e.related_target()) {
        (Some(chart), Some(to)) => to
            .dyn_into::<web_sys::Node>()
            .map(|to| chart.contains(Some(&to)))
            .unwrap_or(false),
        _ => false,
    };
    !inside
}

#[cfg(not(target_arch = "wasm32"))]
pub fn left(_: &yew::PointerEvent, _: &yew::NodeRef) -> bool {
    true
}
