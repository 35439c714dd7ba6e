//! The browser side of the view's event handlers (share, downloads, copy, pointer and list
//! positions, chart texts, tooltips), each browser function beside its native twin. In the
//! native pre-render no handler ever runs, so the twins do nothing (the tooltip's twin lays
//! out with the estimate, so both sides return the same type of answer).

use crate::core::chart::tooltip::Tooltip;
#[cfg(not(target_arch = "wasm32"))]
use crate::core::chart::tooltip::{layout, Estimate};
use crate::core::chart::Rect;
use crate::core::i18n::{Lang, Strings};
use crate::core::markup::SafeHtml;
use crate::core::sheet::ChartView;
use crate::core::standalone::{Frame, Width};
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
    /// The values as shown, in the reader's units.
    CsvShown,
    /// The values in the data file's units.
    CsvData,
}

/// A chart's download as the reader asked for it: the format, the image's width and whether
/// it keeps the page's theme or is light for print, and what frames the image.
#[derive(Clone, Copy, Debug)]
pub struct Save<'a> {
    pub format: Format,
    pub width: Width,
    pub light: bool,
    pub frame: Frame<'a>,
}

#[cfg(target_arch = "wasm32")]
pub fn pointer_fraction(e: &yew::PointerEvent, node: &yew::NodeRef) -> Option<(f64, f64)> {
    super::pointer_fraction(e, &node.cast::<web_sys::Element>()?)
}

#[cfg(not(target_arch = "wasm32"))]
pub fn pointer_fraction(_: &yew::PointerEvent, _: &yew::NodeRef) -> Option<(f64, f64)> {
    None
}

/// Whether the chart under `node` shows its narrow drawing (the stylesheet picks one of the
/// two by the width of the chart's column).
#[cfg(target_arch = "wasm32")]
pub fn shows_narrow(node: &yew::NodeRef) -> bool {
    node.cast::<web_sys::Element>()
        .and_then(|chart| chart.query_selector(".drawing.narrow").ok().flatten())
        .is_some_and(|narrow| narrow.client_width() > 0)
}

#[cfg(not(target_arch = "wasm32"))]
pub fn shows_narrow(_: &yew::NodeRef) -> bool {
    false
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

/// HTML from the core as nodes made through the page's Trusted Types policy (`factsheet`,
/// see `web::trusted`), for Yew to place: what the view shows of a raw part it did not adopt
/// from the pre-render. Natively there is no DOM: `None`, and the view writes the HTML as it
/// is into the pre-rendered page.
#[cfg(target_arch = "wasm32")]
pub fn trusted_html(html: &SafeHtml) -> Option<yew::Html> {
    Some(
        super::html_nodes(html)
            .into_iter()
            .map(yew::virtual_dom::VNode::VRef)
            .collect(),
    )
}

#[cfg(not(target_arch = "wasm32"))]
pub fn trusted_html(_: &SafeHtml) -> Option<yew::Html> {
    None
}

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

/// Saves a chart; `done` receives a message for the page's status line. An image's text is
/// measured in `measure`, the chart's hidden `<text>`.
#[cfg(target_arch = "wasm32")]
pub fn download(
    chart: &ChartView,
    save: Save,
    (title, lang, measure): (&str, Lang, &yew::NodeRef),
    done: yew::Callback<String>,
) {
    use crate::core::export::{csv, Table};
    use crate::core::standalone::{standalone, Palette};

    let s = lang.strings();
    let report = move |name: &str, result: Result<(), String>| match result {
        Ok(()) => s.saved(name),
        Err(e) => s.could_not_save(name, &e),
    };
    let (suffix, extension) = match save.format {
        Format::Svg => ("", "svg"),
        Format::Png => ("", "png"),
        Format::CsvShown => ("-as-shown", "csv"),
        Format::CsvData => ("", "csv"),
    };
    let name = format!("{}{suffix}.{extension}", chart.file);
    let table = |t| super::download_text(&name, "text/csv;charset=utf-8", &csv(chart, title, t));
    let image = || {
        let palette = if !save.light && super::shows_dark() {
            Palette::Dark
        } else {
            Palette::Light
        };
        let ruler = super::ImageRuler::new(measure.cast::<web_sys::Element>());
        standalone(chart, &save.frame, (save.width, palette), (lang, &ruler))
    };
    let result = match save.format {
        Format::CsvShown => table(Table::Shown),
        Format::CsvData => table(Table::DataFile),
        Format::Svg | Format::Png => {
            let Ok(image) = image() else {
                done.emit(s.cannot_save.into());
                return;
            };
            if save.format == Format::Svg {
                super::download_text(&name, "image/svg+xml", &image.svg)
            } else {
                yew::platform::spawn_local(async move {
                    let result = super::download_png(name.clone(), image.svg, image.size, 2).await;
                    done.emit(report(&name, result));
                });
                return;
            }
        }
    };
    done.emit(report(&name, result));
}

#[cfg(not(target_arch = "wasm32"))]
pub fn download(_: &ChartView, _: Save, _: (&str, Lang, &yew::NodeRef), _: Callback<String>) {}

/// Opens the print dialog.
#[cfg(target_arch = "wasm32")]
pub fn print() {
    super::print()
}

#[cfg(not(target_arch = "wasm32"))]
pub fn print() {}

/// Chooses whether the print carries the appendix (tables, sources, quotes).
#[cfg(target_arch = "wasm32")]
pub fn choose_print_all(all: bool, s: &'static Strings) {
    super::choose_print_all(all, s.print_appendix)
}

#[cfg(not(target_arch = "wasm32"))]
pub fn choose_print_all(_: bool, _: &'static Strings) {}

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
