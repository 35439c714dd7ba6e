//! Text measured in the reader's own fonts, for tooltips: a canvas that is never shown,
//! set to the tooltip's font once, asked for each line's width and height. The browser picks
//! the same fonts (and fallbacks, for Chinese and Urdu) for the canvas as for the SVG text.

use crate::core::chart::tooltip::{layout, Estimate, Measure, Tooltip, FONT};
use crate::core::chart::Rect;
use wasm_bindgen::JsCast;
use web_sys::CanvasRenderingContext2d;

thread_local! {
    /// Made on the first tooltip, kept for the page's life (a few hundred bytes).
    static CONTEXT: Option<CanvasRenderingContext2d> = context();
}

fn context() -> Option<CanvasRenderingContext2d> {
    let canvas = web_sys::window()?
        .document()?
        .create_element("canvas")
        .ok()?
        .dyn_into::<web_sys::HtmlCanvasElement>()
        .ok()?;
    let context = canvas
        .get_context("2d")
        .ok()??
        .dyn_into::<CanvasRenderingContext2d>()
        .ok()?;
    context.set_font(&FONT.css());
    Some(context)
}

/// Measures with a canvas; falls back to the estimate for any text it cannot measure.
struct Canvas<'a>(&'a CanvasRenderingContext2d);

impl Measure for Canvas<'_> {
    fn width(&self, text: &str) -> f64 {
        match self.0.measure_text(text) {
            Ok(m) if m.width().is_finite() => m.width(),
            _ => Estimate.width(text),
        }
    }

    fn extent(&self, text: &str) -> (f64, f64) {
        let fallback = Estimate.extent(text);
        let Ok(m) = self.0.measure_text(text) else {
            return fallback;
        };
        // The font's own box (what the SVG text box spans) or the glyphs' ink, whichever is
        // taller: Nastaliq letters from a fallback font reach well beyond a Latin font's box.
        let ascent = m
            .font_bounding_box_ascent()
            .max(m.actual_bounding_box_ascent());
        let descent = m
            .font_bounding_box_descent()
            .max(m.actual_bounding_box_descent());
        if ascent.is_finite() && descent.is_finite() && ascent > 0.0 {
            (ascent, descent.max(0.0))
        } else {
            fallback
        }
    }
}

/// The tooltip for `text` about `at`, laid out in the reader's fonts.
pub fn tooltip(size: (u32, u32), at: Rect, text: &str) -> Tooltip {
    CONTEXT.with(|context| match context {
        Some(context) => layout(size, at, text, &Canvas(context)),
        None => layout(size, at, text, &Estimate),
    })
}
