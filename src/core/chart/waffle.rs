//! A unit chart ("waffle"): one square per N units, so a count's size reads at a glance
//! without sharing an axis with anything of another unit. Right to left, squares fill from
//! the top right, in reading order.

use super::{render, ChartError, Rect, Svg, BAR};
use plotters::prelude::*;

#[derive(Clone, Debug, PartialEq)]
pub struct Waffle {
    pub value: f64,
    /// Units per square (a power of ten, from [`per_cell`]).
    pub per_cell: f64,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Options {
    pub columns: u32,
    pub cell: u32,
    pub gap: u32,
    pub rtl: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            columns: 20,
            cell: 14,
            gap: 4,
            rtl: false,
        }
    }
}

/// The power of ten that draws `value` in at most `max_cells` squares (and at least one).
pub fn per_cell(value: f64, max_cells: f64) -> f64 {
    let mut per = 1.0;
    while value / per > max_cells {
        per *= 10.0;
    }
    per
}

/// Every square: its rectangle and how full it is (the last may be partly filled).
pub fn layout(w: &Waffle, opts: &Options) -> Result<Vec<(Rect, f64)>, ChartError> {
    if !w.value.is_finite() || w.value <= 0.0 || !w.per_cell.is_finite() || w.per_cell <= 0.0 {
        return Err(ChartError::BadValue {
            label: "waffle".into(),
        });
    }
    let cells = w.value / w.per_cell;
    if cells > 10_000.0 {
        return Err(ChartError::BadValue {
            label: "waffle".into(),
        });
    }
    let count = cells.ceil() as u32;
    let step = (opts.cell + opts.gap) as i32;
    let columns = opts.columns.max(1);
    let width = size(w, opts).0 as i32;
    Ok((0..count)
        .map(|i| {
            let (col, row) = ((i % columns) as i32, (i / columns) as i32);
            let fill = (cells - f64::from(i)).clamp(0.0, 1.0);
            let x0 = if opts.rtl {
                width - col * step - opts.cell as i32
            } else {
                col * step
            };
            let r = Rect {
                x0,
                y0: row * step,
                x1: x0 + opts.cell as i32,
                y1: row * step + opts.cell as i32,
            };
            (r, fill)
        })
        .collect())
}

pub fn size(w: &Waffle, opts: &Options) -> (u32, u32) {
    let cells = (w.value / w.per_cell).ceil().max(1.0) as u32;
    let columns = opts.columns.max(1);
    let rows = cells.div_ceil(columns);
    let step = opts.cell + opts.gap;
    (columns.min(cells) * step - opts.gap, rows * step - opts.gap)
}

pub fn draw(w: &Waffle, opts: &Options) -> Result<Svg, ChartError> {
    let cells = layout(w, opts)?;
    render(size(w, opts), |area| {
        for (r, fill) in cells {
            // A part-filled square fills from the side reading starts on.
            let width = ((f64::from(r.x1 - r.x0)) * fill).round().max(1.0) as i32;
            let (a, b) = if opts.rtl {
                (r.x1 - width, r.x1)
            } else {
                (r.x0, r.x0 + width)
            };
            area.draw(&Rectangle::new([(a, r.y0), (b, r.y1)], BAR.filled()))?;
        }
        Ok(())
    })
}
