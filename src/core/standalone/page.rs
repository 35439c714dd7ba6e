//! The stand-alone image's page: text laid out top to bottom, wrapped to its room and
//! written as SVG, right to left where the language reads so.

use crate::core::chart::tooltip::{wrap, Measure};
use crate::core::markup::escape_text;
use crate::core::text::{urdu, Ruler};
use std::fmt::Write;

/// `chart::BAR` as the SVG writes it: the bars' blue, the same in both themes (style.css
/// `--bar`). Written out, not formatted at run time (a test keeps the two equal).
pub(super) const BAR: &str = "#3a7bd5";
/// Urdu small print's fonts, as the printed sheet's (style.css, `@media print`; a test keeps
/// the two equal).
pub(super) const NASKH: &str =
    "\"Noto Naskh Arabic\", \"Segoe UI\", Tahoma, \"Geeza Pro\", \"Noto Sans\", system-ui, sans-serif";

/// A length in the document, to a tenth of a pixel. Written by hand: formatting a float with a
/// precision (`{:.1}`) brings the exact float formatter into the wasm.
#[derive(Clone, Copy)]
pub(super) struct Px(pub(super) f64);

impl std::fmt::Display for Px {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let tenths = (self.0 * 10.0).round() as i64;
        let sign = if tenths < 0 { "-" } else { "" };
        let t = tenths.unsigned_abs();
        write!(f, "{sign}{}.{}", t / 10, t % 10)
    }
}

/// A ruler at one size and weight, as line breaking asks.
pub(super) struct At<'a> {
    pub(super) ruler: &'a dyn Ruler,
    pub(super) size: f64,
    pub(super) bold: bool,
    /// Set in Naskh (see [`Type::note`]).
    pub(super) naskh: bool,
}

impl Measure for At<'_> {
    fn width(&self, text: &str) -> f64 {
        self.ruler.width(text, self.size, self.bold)
    }

    /// Nastaliq (Urdu) stands much taller than Latin or Chinese at one size: its gaf rises
    /// almost two ems, its tails fall below half of one; Naskh keeps within about one.
    fn extent(&self, text: &str) -> (f64, f64) {
        if urdu(text) && self.naskh {
            (self.size * 1.15, self.size * 0.5)
        } else if urdu(text) {
            (self.size * 1.55, self.size * 0.6)
        } else {
            (self.size, self.size * 0.3)
        }
    }
}

/// The document being written, top to bottom: `y` is where the next block starts.
pub(super) struct Page<'a> {
    pub(super) ruler: &'a dyn Ruler,
    pub(super) out: String,
    pub(super) y: f64,
    pub(super) width: f64,
    pub(super) pad: f64,
    pub(super) rtl: bool,
}

/// A style of text: size in px, weight, colour.
#[derive(Clone, Copy)]
pub(super) struct Type {
    pub(super) size: f64,
    pub(super) bold: bool,
    pub(super) fill: &'static str,
    /// Small print (sources, formulas): in Urdu set in Naskh, as the printed sheet sets it,
    /// a line of Nastaliq at that size needing twice the height.
    pub(super) note: bool,
}

impl Type {
    /// `size` scaled by `k`, in half pixels, so that the document says exactly the size the
    /// text was laid out in.
    pub(super) fn new(size: f64, k: f64, bold: bool, fill: &'static str) -> Type {
        Type {
            size: (size * k * 2.0).round() / 2.0,
            bold,
            fill,
            note: false,
        }
    }

    /// The same, as small print.
    pub(super) fn note(self) -> Type {
        Type { note: true, ..self }
    }
}

impl Page<'_> {
    pub(super) fn measure(&self, t: Type) -> At<'_> {
        At {
            ruler: self.ruler,
            size: t.size,
            bold: t.bold,
            naskh: t.note && self.rtl,
        }
    }

    pub(super) fn room(&self) -> f64 {
        self.width - 2.0 * self.pad
    }

    /// The x of something `w` wide that starts `p` from the start edge (the right one in a
    /// right-to-left language).
    pub(super) fn at(&self, p: f64, w: f64) -> f64 {
        if self.rtl {
            self.width - self.pad - p - w
        } else {
            self.pad + p
        }
    }

    /// One line of text starting `p` from the start edge, its baseline at `baseline`.
    /// `ltr` marks a left-to-right text (an address) in a right-to-left image: it keeps the
    /// page's alignment.
    pub(super) fn line(&mut self, text: &str, p: f64, baseline: f64, t: Type, ltr: bool) {
        let (x, anchor, direction) = match (self.rtl, ltr) {
            (true, true) => (self.width - self.pad - p, "end", " direction=\"ltr\""),
            (true, false) => (self.width - self.pad - p, "start", ""),
            _ => (self.pad + p, "start", ""),
        };
        // Urdu small print in Naskh (see `Type::note`); everything else inherits the image's.
        let family = if t.note && self.rtl {
            format!(" font-family=\"{}\"", NASKH.replace('"', "'"))
        } else {
            String::new()
        };
        let _ = write!(
            self.out,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"{anchor}\"{direction}{family} font-size=\"{}\"{} fill=\"{}\">{}</text>",
            Px(x),
            Px(baseline),
            Px(t.size),
            if t.bold { " font-weight=\"700\"" } else { "" },
            t.fill,
            escape_text(text)
        );
    }

    /// A paragraph wrapped to the room left from `p`; returns its height.
    pub(super) fn paragraph(&mut self, text: &str, p: f64, top: f64, t: Type, ltr: bool) -> f64 {
        let room = (self.room() - p).floor() as i32;
        let wrapped = wrap(text, room, &self.measure(t));
        self.lines(&wrapped, p, top, t, ltr)
    }

    /// Lines already wrapped, the first at `top`; returns their height.
    pub(super) fn lines(
        &mut self,
        wrapped: &[String],
        p: f64,
        top: f64,
        t: Type,
        ltr: bool,
    ) -> f64 {
        let mut y = top;
        for line in wrapped {
            let (ascent, descent) = self.measure(t).extent(line);
            self.line(line, p, y + ascent, t, ltr);
            y += ascent + descent + t.size * 0.2;
        }
        y - top
    }

    /// A paragraph across the whole width, then `gap` below it.
    pub(super) fn block(&mut self, text: &str, t: Type, gap: f64) {
        let h = self.paragraph(text, 0.0, self.y, t, false);
        self.y += h + gap;
    }
}
