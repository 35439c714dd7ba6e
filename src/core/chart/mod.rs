//! Chart drawing: pure functions from a chart's data and options to an SVG string, through
//! plotters' `SVGBackend::with_string`. Titles and legends live in the page's HTML, not in the
//! SVG, so native (pre-render, golden tests) and browser output are byte-identical; a
//! downloaded image draws them around the chart (`core::standalone`).

pub mod bars;
pub mod columns;
pub mod figure;
mod spec;
mod svg;
pub mod timeline;
pub mod tooltip;

pub use spec::{Drawn, Spec};
pub use svg::{rtl_text, swap_anchors, Svg};

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

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

/// How a bar is drawn, by where its value comes from; the difference never rests on colour
/// alone, so it survives print in black and white.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fill {
    /// Reported in the source article: solid.
    Solid,
    /// Context from another source: outlined, empty.
    Outline,
    /// Derived here: a light fill, hatched, outlined.
    Hatched,
}

/// One bar: its category label, value, printed value and how it is filled.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub label: String,
    pub value: f64,
    pub value_label: String,
    pub fill: Fill,
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
    // powi, not powf: the exponent is whole, and libm's pow costs the wasm 2.2 KB.
    let magnitude = 10f64.powi(rough.log10().floor() as i32);
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

/// The widths the page draws each chart for: a phone's column (shown 270-340 px wide) and a
/// wider one (shown 500-680 px). The stylesheet shows one by the width of the chart's column
/// and never stretches it further, so the text sizes below stay between 11 and 16 CSS px.
pub const NARROW: u32 = 300;
pub const WIDE: u32 = 600;

/// A drawing's text sizes, in SVG px at the width it is drawn for.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Type {
    /// Axis numbers and years.
    pub axis: f64,
    /// Category labels and annotations.
    pub label: f64,
    /// Values printed on bars (bold).
    pub value: f64,
}

impl Type {
    /// For a drawing `width` px wide: shown from 0.9 to 1.13 times that width on a phone,
    /// 0.83 to 1.13 times wider (see `NARROW`, `WIDE`).
    pub fn for_width(width: u32) -> Type {
        if width < WIDE {
            Type {
                axis: 12.5,
                label: 13.5,
                value: 14.0,
            }
        } else {
            Type {
                axis: 13.25,
                label: 13.75,
                value: 14.0,
            }
        }
    }
}

pub(crate) fn text_style(size: f64, bold: bool, h: HPos, v: VPos) -> TextStyle<'static> {
    // The family is named, not parsed from a string: plotters lowercases a family given as
    // text to look for "serif" and the like, which costs the wasm 3.4 KB of Unicode tables.
    let style = if bold {
        FontStyle::Bold
    } else {
        FontStyle::Normal
    };
    // Plotters' SVG backend writes a font's size divided by 1.24 (points to pixels): given
    // 1.24 times the size, the SVG says the size meant.
    FontDesc::new(FontFamily::Name(FONT), size * 1.24, style)
        .color(&INK)
        .pos(Pos::new(h, v))
}

/// Draws one bar: solid when reported; a 2 px outline alone for context; a light fill, 45°
/// hatching and the outline when derived.
pub(crate) fn draw_bar(
    area: &DrawingArea<SVGBackend<'_>, Shift>,
    r: Rect,
    fill: Fill,
) -> Result<(), ChartError> {
    let corners = [(r.x0, r.y0), (r.x1, r.y1)];
    if fill == Fill::Solid {
        area.draw(&Rectangle::new(corners, BAR.filled()))?;
        return Ok(());
    }
    if fill == Fill::Hatched {
        area.draw(&Rectangle::new(corners, BAR.mix(0.15).filled()))?;
        // One element, not one per line: a bar is 30 lines, twice per chart on the page.
        let inside = Rect {
            x0: r.x0 + 1,
            y0: r.y0 + 1,
            x1: r.x1 - 1,
            y1: r.y1 - 1,
        };
        area.draw(&PathElement::new(
            hatch_path(inside, 7),
            BAR.stroke_width(2),
        ))?;
    }
    // Inset by one pixel so the 2 px outline stays inside the bar's geometry.
    let inset = [(r.x0 + 1, r.y0 + 1), (r.x1 - 1, r.y1 - 1)];
    area.draw(&Rectangle::new(inset, BAR.stroke_width(2)))?;
    Ok(())
}

/// Segments of 45° hatching lines (rising to the right) clipped to `r`, `gap` px apart.
pub(crate) fn hatch(r: Rect, gap: i32) -> Vec<((i32, i32), (i32, i32))> {
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

/// The hatching of `r` as one polyline: its lines joined end to end, back and forth, by
/// stretches of `r`'s edges (which the bar's 2 px outline covers), turning its corners.
pub(crate) fn hatch_path(r: Rect, gap: i32) -> Vec<(i32, i32)> {
    let mut path: Vec<(i32, i32)> = Vec::new();
    for (i, (a, b)) in hatch(r, gap).into_iter().enumerate() {
        // Every other line is walked backwards, so each starts where the last one ended.
        let (from, to) = if i % 2 == 0 { (a, b) } else { (b, a) };
        if let Some(&last) = path.last() {
            // From the top edge to the right one, or from the left edge to the bottom one:
            // round the corner rather than cut across the bar.
            if last.1 == r.y0 && from.0 == r.x1 && last.0 != r.x1 {
                path.push((r.x1, r.y0));
            } else if last.0 == r.x0 && from.1 == r.y1 && last.1 != r.y1 {
                path.push((r.x0, r.y1));
            }
        }
        path.push(from);
        path.push(to);
    }
    path
}

/// Mirrors x positions and text anchors for right-to-left charts.
#[derive(Clone, Copy)]
pub(crate) struct Mirror {
    pub(crate) width: i32,
    pub(crate) on: bool,
}

impl Mirror {
    pub(crate) fn x(self, x: i32) -> i32 {
        if self.on {
            self.width - x
        } else {
            x
        }
    }

    pub(crate) fn rect(self, r: Rect) -> Rect {
        Rect {
            x0: self.x(r.x1).min(self.x(r.x0)),
            x1: self.x(r.x1).max(self.x(r.x0)),
            ..r
        }
    }

    pub(crate) fn h(self, h: HPos) -> HPos {
        match (self.on, h) {
            (true, HPos::Left) => HPos::Right,
            (true, HPos::Right) => HPos::Left,
            (_, h) => h,
        }
    }
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
mod tests;
