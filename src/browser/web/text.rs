//! Text measured in the reader's own fonts, for tooltips and the downloaded chart images. The chart keeps a hidden SVG
//! `<text>` in the tooltip's font beside it (so it has the chart's language, and with it the
//! same fallback fonts for Chinese and Urdu); each line is written into it and measured the
//! way the tooltip will be drawn: its advance (`getComputedTextLength`) and its box
//! (`getBBox`), which spans the ascent and descent of every font the text falls back to.

use crate::core::chart::tooltip::{layout, Estimate, Measure, Tooltip};
use crate::core::chart::Rect;
use crate::core::text::{Generous, Ruler};
use std::cell::RefCell;
use wasm_bindgen::JsCast;
use web_sys::SvgTextElement;

/// Measures in an SVG text element, remembering each string (line breaking asks for the same
/// prefixes more than once; a list, as a tooltip measures a few dozen strings at most, and a
/// hash map costs the wasm 1.5 KB); falls back to the estimate for anything it cannot measure.
struct SvgText {
    text: SvgTextElement,
    widths: RefCell<Vec<(String, f64)>>,
}

impl SvgText {
    fn set(&self, text: &str) {
        self.text.set_text_content(Some(text));
    }
}

impl Measure for SvgText {
    fn width(&self, text: &str) -> f64 {
        if let Some((_, w)) = self.widths.borrow().iter().find(|(t, _)| t == text) {
            return *w;
        }
        self.set(text);
        let measured = f64::from(self.text.get_computed_text_length());
        let w = if measured.is_finite() && (measured > 0.0 || text.trim().is_empty()) {
            measured
        } else {
            Estimate.width(text)
        };
        self.widths.borrow_mut().push((text.to_string(), w));
        w
    }

    fn extent(&self, text: &str) -> (f64, f64) {
        self.set(text);
        // The text sits on the baseline y = 0: its box starts at minus the ascent.
        match self.text.get_b_box() {
            Ok(b) if b.height() > 0.0 && b.y() < 0.0 => {
                let (top, bottom) = (f64::from(b.y()), f64::from(b.y() + b.height()));
                (-top, bottom.max(0.0))
            }
            _ => Estimate.extent(text),
        }
    }
}

/// The tooltip for `text` about `at`, laid out with the text measured in `measure` (the
/// chart's hidden `<text>`), or estimated if it is not on the page.
pub fn tooltip(
    measure: Option<web_sys::Element>,
    size: (u32, u32),
    at: Rect,
    text: &str,
) -> Tooltip {
    match measure.and_then(|e| e.dyn_into::<SvgTextElement>().ok()) {
        Some(text_element) => {
            let m = SvgText {
                text: text_element,
                widths: RefCell::default(),
            };
            let t = layout(size, at, text, &m);
            m.set("");
            t
        }
        None => layout(size, at, text, &Estimate),
    }
}

/// Measures a downloaded image's text in the chart's hidden `<text>`, at each size and weight
/// asked; never narrower than the generous estimate, so the SVG still fits in other fonts.
pub struct ImageRuler {
    text: Option<SvgTextElement>,
}

impl ImageRuler {
    pub fn new(measure: Option<web_sys::Element>) -> ImageRuler {
        ImageRuler {
            text: measure.and_then(|e| e.dyn_into::<SvgTextElement>().ok()),
        }
    }
}

impl Ruler for ImageRuler {
    fn width(&self, text: &str, size: f64, bold: bool) -> f64 {
        let estimate = Generous.width(text, size, bold);
        let Some(el) = &self.text else {
            return estimate;
        };
        let (old_size, old_weight) = (
            el.get_attribute("font-size"),
            el.get_attribute("font-weight"),
        );
        let _ = el.set_attribute("font-size", &size.to_string());
        let _ = el.set_attribute("font-weight", if bold { "700" } else { "400" });
        el.set_text_content(Some(text));
        let measured = f64::from(el.get_computed_text_length());
        el.set_text_content(None);
        // Back to the tooltip's font.
        for (name, value) in [("font-size", old_size), ("font-weight", old_weight)] {
            if let Some(v) = value {
                let _ = el.set_attribute(name, &v);
            }
        }
        if measured.is_finite() {
            measured.max(estimate)
        } else {
            estimate
        }
    }
}
