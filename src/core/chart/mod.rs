//! Chart drawing: pure functions from a chart's data and options to an SVG string, through
//! plotters' `SVGBackend::with_string`. Titles and legends live in the page's HTML, not in the
//! SVG, so native (pre-render, golden tests) and browser output are byte-identical.

pub mod bars;
pub mod columns;
pub mod timeline;
pub mod tooltip;
pub mod waffle;

use super::markup::SafeHtml;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use std::rc::Rc;

/// A drawn chart: an SVG document as text, and the same document split in two: its drawing
/// (the document with every `<text>` emptied) and its texts, in order. Two charts with the same
/// drawing differ only in their labels, as after a unit switch that rescales a chart's labels
/// (US$ bn to US$ mn): the browser then rewrites a dozen text nodes instead of replacing and
/// re-parsing the SVG. Shared: views and their caches clone charts freely.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Svg {
    source: Rc<str>,
    drawing: Rc<str>,
    texts: Rc<[String]>,
}

impl Svg {
    /// Splits `source`, an SVG document whose `<text>` elements hold text only (as plotters
    /// writes them: escaped, no nested elements).
    pub fn new(source: String) -> Svg {
        let mut drawing = String::with_capacity(source.len());
        let mut texts = Vec::new();
        let mut rest = source.as_str();
        while let Some((open, content, after)) = next_text(rest) {
            drawing.push_str(open);
            texts.push(unescape(content));
            rest = after;
        }
        drawing.push_str(rest);
        Svg {
            source: source.into(),
            drawing: drawing.into(),
            texts: texts.into(),
        }
    }

    /// The whole document.
    pub fn as_str(&self) -> &str {
        &self.source
    }

    /// The whole document, shared.
    pub fn source(&self) -> &Rc<str> {
        &self.source
    }

    /// The whole document as HTML the view may write in place (plotters escapes the texts
    /// it writes; `rtl_text` only swaps attribute values).
    pub fn html(&self) -> SafeHtml {
        SafeHtml::trusted(self.source.clone())
    }

    /// The document with every `<text>` element emptied, shared.
    pub fn drawing(&self) -> &Rc<str> {
        &self.drawing
    }

    /// The text of each `<text>` element, in document order, unescaped (as the DOM reads it).
    pub fn texts(&self) -> &[String] {
        &self.texts
    }
}

/// Splits `s` at its first `<text ...>` element: what comes before its content (the open tag
/// included), the content, and the rest from `</text>` on.
fn next_text(s: &str) -> Option<(&str, &str, &str)> {
    let start = s.find("<text")?;
    let open_end = start + s[start..].find('>')? + 1;
    let close = open_end + s[open_end..].find("</text>")?;
    Some((&s[..open_end], &s[open_end..close], &s[close..]))
}

/// Undoes plotters' escaping of text (`&lt;`, `&gt;`, `&amp;`, `&quot;`, `&apos;`).
fn unescape(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// Why a chart could not be drawn; shown in the card in place of the chart.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ChartError {
    /// Nothing to draw.
    Empty,
    /// A value that cannot be drawn (negative, not finite).
    BadValue { label: String },
    /// The drawing backend failed.
    Drawing(String),
}

impl std::fmt::Display for ChartError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ChartError::Empty => write!(f, "there is nothing to draw"),
            ChartError::BadValue { label } => {
                write!(f, "the value of \"{label}\" cannot be drawn")
            }
            ChartError::Drawing(why) => write!(f, "drawing failed: {why}"),
        }
    }
}

impl<E: std::error::Error + Send + Sync> From<DrawingAreaErrorKind<E>> for ChartError {
    fn from(e: DrawingAreaErrorKind<E>) -> Self {
        ChartError::Drawing(e.to_string())
    }
}

/// One bar: its category label, value, printed value and whether it is derived (drawn
/// hatched with an outline, so the difference does not rest on colour).
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub label: String,
    pub value: f64,
    pub value_label: String,
    pub derived: bool,
}

/// A chart's drawing size in SVG pixels (its viewBox).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Size {
    pub width: u32,
    pub height: u32,
}

/// A rectangle in SVG pixels: the geometry of one bar (also used for hit areas).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    pub x0: i32,
    pub y0: i32,
    pub x1: i32,
    pub y1: i32,
}

/// A value axis: tick values (in the bars' units) and their printed labels. The scale runs
/// from zero to the last tick (or to the largest bar when there are no ticks).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Axis {
    pub ticks: Vec<(f64, String)>,
}

impl Axis {
    pub fn top(&self, max: f64) -> f64 {
        self.ticks.last().map(|t| t.0).unwrap_or(max).max(max)
    }
}

/// Round tick values from zero covering `max` with about `count` steps of 1, 2, 2.5 or 5 × 10^n.
pub fn nice_ticks(max: f64, count: u32) -> Vec<f64> {
    if !max.is_finite() || max <= 0.0 || count == 0 {
        return Vec::new();
    }
    let rough = max / f64::from(count);
    let magnitude = 10f64.powf(rough.log10().floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * magnitude)
        .find(|s| *s >= rough)
        .unwrap_or(10.0 * magnitude);
    let steps = (max / step).ceil() as u32;
    (0..=steps).map(|i| f64::from(i) * step).collect()
}

/// Decimals needed to print every tick exactly (0.5 → 1, 2.5 → 1, 0.25 → 2).
pub fn tick_decimals(ticks: &[f64]) -> u8 {
    (0u8..=3)
        .find(|d| {
            let f = 10f64.powi(i32::from(*d));
            ticks.iter().all(|t| ((t * f).round() - t * f).abs() < 1e-6)
        })
        .unwrap_or(3)
}

/// The hit area under an SVG point, or the nearest within `slop` px (fingers are wide).
pub fn hit_test(rects: &[Rect], x: f64, y: f64, slop: f64) -> Option<usize> {
    let distance = |r: &Rect| {
        let dx = (f64::from(r.x0) - x).max(x - f64::from(r.x1)).max(0.0);
        let dy = (f64::from(r.y0) - y).max(y - f64::from(r.y1)).max(0.0);
        dx.hypot(dy)
    };
    rects
        .iter()
        .enumerate()
        .map(|(i, r)| (i, distance(r)))
        .filter(|(_, d)| *d <= slop)
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(i, _)| i)
}

/// The bar colour: a mid blue with at least 3:1 contrast on both the light (#ffffff) and the
/// dark (#15171a) page background, so one SVG serves both themes.
pub const BAR: RGBColor = RGBColor(0x3a, 0x7b, 0xd5);
/// Text and axis colour in the SVG; the stylesheet maps it to the theme's text colour.
pub const INK: RGBColor = RGBColor(0x22, 0x22, 0x22);
pub const FONT: &str = "system-ui, sans-serif";

pub(crate) fn check_bars(bars: &[Bar]) -> Result<f64, ChartError> {
    if bars.is_empty() {
        return Err(ChartError::Empty);
    }
    if let Some(bad) = bars.iter().find(|b| !b.value.is_finite() || b.value < 0.0) {
        return Err(ChartError::BadValue {
            label: bad.label.clone(),
        });
    }
    let max = bars.iter().map(|b| b.value).fold(0.0, f64::max);
    if max <= 0.0 {
        return Err(ChartError::Empty);
    }
    Ok(max)
}

pub(crate) fn text_style(size: u32, bold: bool, h: HPos, v: VPos) -> TextStyle<'static> {
    let font = if bold {
        (FONT, size).into_font().style(FontStyle::Bold)
    } else {
        (FONT, size).into_font()
    };
    font.color(&INK).pos(Pos::new(h, v))
}

/// Draws one bar: solid when reported; a light fill, 45° hatching and a 2 px outline when
/// derived.
pub(crate) fn draw_bar(
    area: &DrawingArea<SVGBackend<'_>, Shift>,
    r: Rect,
    derived: bool,
) -> Result<(), ChartError> {
    let corners = [(r.x0, r.y0), (r.x1, r.y1)];
    if !derived {
        area.draw(&Rectangle::new(corners, BAR.filled()))?;
        return Ok(());
    }
    area.draw(&Rectangle::new(corners, BAR.mix(0.15).filled()))?;
    for (a, b) in hatch(r, 7) {
        area.draw(&PathElement::new(vec![a, b], BAR.stroke_width(2)))?;
    }
    // Inset by one pixel so the 2 px outline stays inside the bar's geometry.
    let inset = [(r.x0 + 1, r.y0 + 1), (r.x1 - 1, r.y1 - 1)];
    area.draw(&Rectangle::new(inset, BAR.stroke_width(2)))?;
    Ok(())
}

/// Segments of 45° hatching lines (rising to the right) clipped to `r`, `gap` px apart.
pub fn hatch(r: Rect, gap: i32) -> Vec<((i32, i32), (i32, i32))> {
    let gap = gap.max(2);
    let mut lines = Vec::new();
    // Points on one line satisfy x + y = c.
    let mut c = r.x0 + r.y0 + gap;
    while c < r.x1 + r.y1 {
        let lo = r.x0.max(c - r.y1);
        let hi = r.x1.min(c - r.y0);
        if lo < hi {
            lines.push(((lo, c - lo), (hi, c - hi)));
        }
        c += gap;
    }
    lines
}

/// Marks a chart's SVG as right-to-left text without moving anything: `direction="rtl"`
/// makes Urdu labels read in order (the number before its unit word), and swapping the
/// `start` and `end` anchors keeps every label where the layout put it.
pub fn rtl_text(svg: Svg) -> Svg {
    let text = svg
        .as_str()
        .replace("text-anchor=\"start\"", "text-anchor=\"\u{0}\"")
        .replace("text-anchor=\"end\"", "text-anchor=\"start\"")
        .replace("text-anchor=\"\u{0}\"", "text-anchor=\"end\"")
        .replacen("<svg ", "<svg direction=\"rtl\" ", 1);
    Svg::new(text)
}

/// Runs `draw` on a fresh SVG canvas and returns the document.
pub(crate) fn render(
    size: (u32, u32),
    draw: impl FnOnce(&DrawingArea<SVGBackend<'_>, Shift>) -> Result<(), ChartError>,
) -> Result<Svg, ChartError> {
    let mut out = String::new();
    {
        let area = SVGBackend::with_string(&mut out, size).into_drawing_area();
        draw(&area)?;
        area.present()?;
    }
    Ok(Svg::new(out))
}

#[cfg(test)]
mod tests {
    use super::{BAR, INK};
    use plotters::style::RGBColor;

    /// The stylesheet the charts are shown with.
    const STYLE: &str = include_str!("../../../static/style.css");

    fn hex(c: RGBColor) -> String {
        format!("#{:02x}{:02x}{:02x}", c.0, c.1, c.2)
    }

    /// The legend's swatches are drawn in CSS with `--bar`, and the SVG's axes are recoloured
    /// by a selector on the colour plotters writes: a colour changed on one side only would
    /// leave a legend that does not match its bars, or black axes on dark.
    #[test]
    fn the_stylesheet_knows_the_chart_colours() {
        assert!(
            STYLE.contains(&format!("--bar: {};", hex(BAR))),
            "style.css --bar must be the chart's BAR, {}",
            hex(BAR)
        );
        let axes = format!(
            ".chart-svg polyline[stroke=\"{}\"] {{\n  stroke: var(--fg);",
            hex(INK)
        );
        assert!(
            STYLE.contains(&axes),
            "style.css must recolour the axes plotters draws in the chart's INK: {axes}"
        );
        assert!(STYLE.contains(".chart-svg text {\n  fill: var(--fg);"));
    }
}
