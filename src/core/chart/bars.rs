//! Horizontal bars for a few quantities of one unit (CPEC km, Karot energy): the label above
//! each bar, its value at the bar's end. Right to left (Urdu), the whole chart is mirrored:
//! bars grow from the right edge, labels align right.

use super::{
    check_bars, draw_bar, render, rtl_text, text_style, Axis, Bar, ChartError, Mirror, Rect, Svg,
    INK,
};
use crate::core::text::{Generous, Ruler};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Options {
    pub width: u32,
    /// Mirror for right-to-left reading.
    pub rtl: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            width: super::WIDE,
            rtl: false,
        }
    }
}

const ROW: i32 = 62;
const LABEL: i32 = 22;
const BAR_H: i32 = 28;
const LEFT: i32 = 2;
/// Room right of the longest bar for its value label.
const VALUE_ROOM: i32 = 112;

/// Room under the bars for the value axis' labels.
const AXIS: i32 = 22;

/// A row's height and the room above its bar for its label: Urdu's Nastaliq letters rise
/// almost two ems above their baseline, so its rows are taller (its label would otherwise
/// touch the bar above).
fn row(rtl: bool) -> (i32, i32) {
    if rtl {
        (ROW + 12, LABEL + 10)
    } else {
        (ROW, LABEL)
    }
}

/// Down to the last bar's foot, then the gap a row leaves under its bar and the axis labels.
pub fn height(bars: &[Bar], rtl: bool) -> u32 {
    let (row, label) = row(rtl);
    let foot = (bars.len() as i32 - 1) * row + label + BAR_H;
    (foot + (ROW - LABEL - BAR_H) + 6 + AXIS) as u32
}

/// Where each bar is drawn (mirrored when right to left).
pub fn layout(bars: &[Bar], axis: &Axis, opts: &Options) -> Result<Vec<Rect>, ChartError> {
    let m = Mirror {
        width: opts.width as i32,
        on: opts.rtl,
    };
    Ok(ltr_layout(bars, axis, opts)?
        .into_iter()
        .map(|r| m.rect(r))
        .collect())
}

fn ltr_layout(bars: &[Bar], axis: &Axis, opts: &Options) -> Result<Vec<Rect>, ChartError> {
    let max = axis.top(check_bars(bars)?);
    let full = opts.width as i32 - LEFT - VALUE_ROOM;
    Ok(bars
        .iter()
        .enumerate()
        .map(|(i, b)| {
            let (row, label) = row(opts.rtl);
            let y0 = i as i32 * row + label;
            let w = ((b.value / max) * f64::from(full)).round().max(2.0) as i32;
            Rect {
                x0: LEFT,
                y0,
                x1: LEFT + w,
                y1: y0 + BAR_H,
            }
        })
        .collect())
}

/// Where a bar's value label runs, left to right before mirroring, with a few pixels either
/// side: its width estimated generously (`text::Generous`, bold).
fn value_span(bar: &Bar, r: &Rect, size: f64) -> (i32, i32) {
    let width = Generous.width(&bar.value_label, size, true);
    let start = r.x1 + 6;
    (start - 4, start + width.ceil() as i32 + 4)
}

pub fn draw(bars: &[Bar], axis: &Axis, opts: &Options) -> Result<Svg, ChartError> {
    let rects = ltr_layout(bars, axis, opts)?;
    let top = axis.top(check_bars(bars)?);
    let full = f64::from(opts.width as i32 - LEFT - VALUE_ROOM);
    let m = Mirror {
        width: opts.width as i32,
        on: opts.rtl,
    };
    let t = super::Type::for_width(opts.width);
    let svg = render((opts.width, height(bars, opts.rtl)), |area| {
        let bottom = rects.last().map(|r| r.y1).unwrap_or(0);
        for (value, label) in &axis.ticks {
            let x = LEFT + ((value / top) * full).round() as i32;
            // Across the bars' rows only: a line through a bar's label above it reads as the
            // outline of an empty bar.
            // Not through a bar's value, halo or not; and not left as a stub beside one bar
            // either: a line a value would cut is not drawn (its number stays on the axis).
            let cut = rects.iter().zip(bars).any(|(r, bar)| {
                let (from, to) = value_span(bar, r, t.value);
                x >= from && x <= to
            });
            if *value > 0.0 && !cut {
                for (i, r) in rects.iter().enumerate() {
                    // Nor through a bar: a solid one hides it, a hatched one would show it.
                    if x >= r.x0 && x <= r.x1 {
                        continue;
                    }
                    // Within the bar's band: the next label above and the axis labels below
                    // stand clear of it (Nastaliq's letters rise almost two ems).
                    let end = if i + 1 == rects.len() { bottom } else { r.y1 };
                    area.draw(&PathElement::new(
                        vec![(m.x(x), r.y0), (m.x(x), end)],
                        INK.mix(0.25).stroke_width(1),
                    ))?;
                }
            }
            area.draw(&Text::new(
                label.clone(),
                (m.x(x), bottom + 6),
                text_style(
                    t.axis,
                    false,
                    m.h(if *value > 0.0 {
                        HPos::Center
                    } else {
                        HPos::Left
                    }),
                    VPos::Top,
                ),
            ))?;
        }
        for (bar, r) in bars.iter().zip(&rects) {
            // Set in from the axis line, which Nastaliq's first letter would otherwise touch.
            area.draw(&Text::new(
                bar.label.clone(),
                (m.x(LEFT + 8), r.y0 - if opts.rtl { 9 } else { 5 }),
                text_style(t.label, false, m.h(HPos::Left), VPos::Bottom),
            ))?;
            draw_bar(area, m.rect(*r), bar.fill)?;
            area.draw(&Text::new(
                bar.value_label.clone(),
                (m.x(r.x1 + 6), (r.y0 + r.y1) / 2),
                text_style(t.value, true, m.h(HPos::Left), VPos::Center),
            ))?;
        }
        area.draw(&PathElement::new(
            vec![(m.x(LEFT), LABEL - 2), (m.x(LEFT), bottom + 2)],
            INK.stroke_width(1),
        ))?;
        Ok(())
    })?;
    Ok(if opts.rtl { rtl_text(svg) } else { svg })
}
