//! Vertical bars over time (trade by year), values printed above the bars and the change
//! between the last two bars annotated above them. Right to left (Urdu), the value axis moves
//! to the right-hand side; time still runs left to right, as on every timeline.

use super::{
    check_bars, draw_bar, render, rtl_text, text_style, Axis, Bar, ChartError, Rect, Svg, INK,
};
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

/// The size the page uses.
pub const SIZE: Options = super::Size {
    width: 360,
    height: 260,
};

const TOP: i32 = 64;
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
    let svg = render((opts.width, opts.height), |area| {
        let base = opts.height as i32 - BOTTOM;
        let plot_h = f64::from(base - TOP);
        for (value, label) in &chart.axis.ticks {
            let y = base - ((value / top) * plot_h).round() as i32;
            if *value > 0.0 {
                area.draw(&PathElement::new(
                    vec![(plot_x0, y), (plot_x1, y)],
                    INK.mix(0.25).stroke_width(1),
                ))?;
            }
            area.draw(&Text::new(
                label.clone(),
                (label_x, y),
                text_style(13, false, anchor, VPos::Center),
            ))?;
        }
        for (bar, r) in chart.bars.iter().zip(&rects) {
            draw_bar(area, *r, bar.fill)?;
            let cx = (r.x0 + r.x1) / 2;
            area.draw(&Text::new(
                bar.value_label.clone(),
                (cx, r.y0 - 6),
                text_style(15, true, HPos::Center, VPos::Bottom),
            ))?;
            area.draw(&Text::new(
                bar.label.clone(),
                (cx, base + 8),
                text_style(14, false, HPos::Center, VPos::Top),
            ))?;
        }
        area.draw(&PathElement::new(
            vec![(plot_x0, base), (plot_x1, base)],
            INK.stroke_width(1),
        ))?;
        // The change annotation sits above the gap between the last two bars.
        if let [.., before, last] = rects.as_slice() {
            let x = (before.x1 + last.x0) / 2;
            for (i, line) in chart.change.iter().enumerate() {
                area.draw(&Text::new(
                    line.clone(),
                    (x, 6 + 19 * i as i32),
                    text_style(15, i == 0, HPos::Center, VPos::Top),
                ))?;
            }
        }
        Ok(())
    })?;
    Ok(if chart.rtl { rtl_text(svg) } else { svg })
}
