//! Vertical bars over time (trade by year), values printed above the bars and the change
//! between the last two bars drawn as a bracket from the one's top to the other's. Right to left (Urdu), the value axis moves
//! to the right-hand side; time still runs left to right, as on every timeline.

use super::{
    check_bars, draw_bar, render, rtl_text, text_style, Axis, Bar, ChartError, Rect, Svg, INK,
};
use crate::core::text::{Generous, Ruler};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

#[derive(Clone, Debug, PartialEq)]
pub struct Columns {
    pub bars: Vec<Bar>,
    /// Lines of text annotating the change into the last bar ("+11.1%", "+US$2.30 bn").
    pub change: Vec<String>,
    pub axis: Axis,
    /// Right to left: the value axis on the right.
    pub rtl: bool,
}

/// The drawing size.
pub type Options = super::Size;

/// The size the page draws at `width` (see `super::NARROW`, `super::WIDE`).
pub fn size(width: u32) -> Options {
    super::Size {
        width,
        height: if width < super::WIDE { 272 } else { 300 },
    }
}

const TOP: i32 = 84;
const BOTTOM: i32 = 34;
const SIDE: i32 = 24;
/// Room for the value axis' labels.
const LEFT: i32 = 58;

/// Where each bar is drawn.
pub fn layout(chart: &Columns, opts: &Options) -> Result<Vec<Rect>, ChartError> {
    let max = chart.axis.top(check_bars(&chart.bars)?);
    let n = chart.bars.len() as i32;
    let inner_w = opts.width as i32 - LEFT - SIDE;
    let x0 = if chart.rtl { SIDE } else { LEFT };
    let slot = inner_w / n;
    let bar_w = (slot * 3 / 5).min(110);
    let base = opts.height as i32 - BOTTOM;
    let plot_h = base - TOP;
    Ok(chart
        .bars
        .iter()
        .enumerate()
        .map(|(i, b)| {
            let cx = x0 + slot * i as i32 + slot / 2;
            let h = ((b.value / max) * f64::from(plot_h)).round() as i32;
            Rect {
                x0: cx - bar_w / 2,
                y0: base - h,
                x1: cx + bar_w / 2,
                y1: base,
            }
        })
        .collect())
}

pub fn draw(chart: &Columns, opts: &Options) -> Result<Svg, ChartError> {
    let rects = layout(chart, opts)?;
    let top = chart.axis.top(check_bars(&chart.bars)?);
    let w = opts.width as i32;
    // The plot's edges: the axis side gets the room for its labels.
    let (plot_x0, plot_x1, label_x, anchor) = if chart.rtl {
        (SIDE / 2, w - LEFT + 4, w - LEFT + 8, HPos::Left)
    } else {
        (LEFT - 4, w - SIDE / 2, LEFT - 8, HPos::Right)
    };
    let t = super::Type::for_width(opts.width);
    let svg = render((opts.width, opts.height), |area| {
        let base = opts.height as i32 - BOTTOM;
        let plot_h = f64::from(base - TOP);
        let slot = rects
            .get(1)
            .map_or(opts.width as i32, |r| r.x0 - rects[0].x0);
        let labels = label_boxes(chart, &rects, slot, t.value);
        for (value, label) in &chart.axis.ticks {
            let y = base - ((value / top) * plot_h).round() as i32;
            if *value > 0.0 {
                // Broken where a value label sits on it: a line behind a label cuts it.
                for (x0, x1) in around(y, (plot_x0, plot_x1), &labels) {
                    area.draw(&PathElement::new(
                        vec![(x0, y), (x1, y)],
                        INK.mix(0.25).stroke_width(1),
                    ))?;
                }
            }
            area.draw(&Text::new(
                label.clone(),
                (label_x, y),
                text_style(t.axis, false, anchor, VPos::Center),
            ))?;
        }
        let mut label_top = i32::MAX;
        for (bar, r) in chart.bars.iter().zip(&rects) {
            draw_bar(area, *r, bar.fill)?;
            let cx = (r.x0 + r.x1) / 2;
            let lines = value_lines(&bar.value_label, slot, t.value);
            for (i, line) in lines.iter().rev().enumerate() {
                area.draw(&Text::new(
                    line.to_string(),
                    (cx, r.y0 - 6 - line_height(t.value) * i as i32),
                    text_style(t.value, true, HPos::Center, VPos::Bottom),
                ))?;
            }
            label_top = label_top.min(r.y0 - 6 - line_height(t.value) * lines.len() as i32);
            area.draw(&Text::new(
                bar.label.clone(),
                (cx, base + 8),
                text_style(t.axis, false, HPos::Center, VPos::Top),
            ))?;
        }
        area.draw(&PathElement::new(
            vec![(plot_x0, base), (plot_x1, base)],
            INK.stroke_width(1),
        ))?;
        if let [.., before, last] = rects.as_slice() {
            bracket(area, (before, last, label_top), &chart.change, t)?;
        }
        Ok(())
    })?;
    Ok(if chart.rtl { rtl_text(svg) } else { svg })
}

/// The change into the last bar: a bracket from above the one bar's value to above the
/// other's, its ends dropping towards the bars, and the change written over its middle.
fn bracket(
    area: &DrawingArea<SVGBackend<'_>, plotters::coord::Shift>,
    (before, last, value_top): (&Rect, &Rect, i32),
    change: &[String],
    t: super::Type,
) -> Result<(), ChartError> {
    if change.is_empty() {
        return Ok(());
    }
    // Above every value label (`value_top`, the highest label's top) and above the plot's top
    // gridline, so that nothing runs through the change; its ends drop short of the labels.
    let y = (value_top - 10).min(TOP - 6);
    let (a, b) = ((before.x0 + before.x1) / 2, (last.x0 + last.x1) / 2);
    let foot = value_top - 3;
    area.draw(&PathElement::new(
        vec![(a, foot), (a, y), (b, y), (b, foot)],
        INK.stroke_width(1),
    ))?;
    // Room for Nastaliq, whose lines are the tallest.
    let line = (t.label * 1.7).round() as i32;
    let lines = change.len() as i32;
    for (i, text) in change.iter().enumerate() {
        area.draw(&Text::new(
            text.clone(),
            ((a + b) / 2, y - 8 - line * (lines - 1 - i as i32)),
            text_style(t.label, i == 0, HPos::Center, VPos::Bottom),
        ))?;
    }
    Ok(())
}

/// A line of text's height for `size`: room for Nastaliq, the tallest script on the page.
/// Each bar's value label's box, estimated generously (`text::Generous`, bold): (x0, y0, x1,
/// y1).
fn label_boxes(chart: &Columns, rects: &[Rect], slot: i32, size: f64) -> Vec<[i32; 4]> {
    chart
        .bars
        .iter()
        .zip(rects)
        .map(|(bar, r)| {
            let lines = value_lines(&bar.value_label, slot, size);
            let widest = lines
                .iter()
                .map(|l| Generous.width(l, size, true))
                .fold(0.0, f64::max)
                .ceil() as i32;
            let cx = (r.x0 + r.x1) / 2;
            let top = r.y0 - 6 - line_height(size) * lines.len() as i32;
            [cx - widest / 2 - 4, top, cx + widest / 2 + 4, r.y0 - 2]
        })
        .collect()
}

/// The parts of the line at `y` from `x0` to `x1` that no box covers.
fn around(y: i32, (x0, x1): (i32, i32), boxes: &[[i32; 4]]) -> Vec<(i32, i32)> {
    let mut cuts: Vec<(i32, i32)> = boxes
        .iter()
        .filter(|b| b[1] <= y && y <= b[3])
        .map(|b| (b[0], b[2]))
        .collect();
    // The page's small insertion sort: `sort_unstable` costs the wasm ~3 KB (`core::order`).
    crate::core::order::sort_by_key(&mut cuts, |c| *c);
    let mut parts = Vec::new();
    let mut from = x0;
    for (a, b) in cuts {
        if a > from {
            parts.push((from, a.min(x1)));
        }
        from = from.max(b);
    }
    if from < x1 {
        parts.push((from, x1));
    }
    parts.retain(|(a, b)| b > a);
    parts
}

fn line_height(size: f64) -> i32 {
    (size * 1.7).round() as i32
}

/// A bar's value label, whole when it fits the bar's `slot`, else its number over its unit's
/// words ("23.06" over "ارب امریکی ڈالر"), so two labels never run into each other. The width is
/// estimated on the wide side (0.62 em a character); the browser's fonts are narrower.
fn value_lines(label: &str, slot: i32, size: f64) -> Vec<&str> {
    let wide = label.chars().count() as f64 * size * 0.62 > f64::from(slot);
    match label.split_once(' ') {
        Some((number, unit)) if wide => vec![number, unit],
        _ => vec![label],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_gridline_is_broken_around_the_labels_on_it() {
        let boxes = [[10, 0, 20, 10], [30, 5, 40, 20], [50, 30, 60, 40]];
        assert_eq!(
            around(8, (0, 100), &boxes),
            vec![(0, 10), (20, 30), (40, 100)]
        );
        assert_eq!(around(25, (0, 100), &boxes), vec![(0, 100)]);
        assert_eq!(around(35, (0, 55), &boxes), vec![(0, 50)]);
        assert_eq!(around(5, (12, 35), &boxes), vec![(20, 30)]);
    }

    #[test]
    fn a_value_label_wider_than_its_slot_breaks_after_its_number() {
        assert_eq!(value_lines("US$23.06 bn", 109, 14.0), ["US$23.06 bn"]);
        assert_eq!(
            value_lines("23.06 ارب امریکی ڈالر", 109, 14.0),
            ["23.06", "ارب امریکی ڈالر"]
        );
        assert_eq!(
            value_lines("23.06 ارب امریکی ڈالر", 259, 14.0),
            ["23.06 ارب امریکی ڈالر"]
        );
    }
}
