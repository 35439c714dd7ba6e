//! The timeline of relations: a time axis from the first event to today, one dot per event.
//! The axis ends at the reader's today, so it grows with the calendar.

use super::{render, text_style, ChartError, Rect, Svg, BAR, INK};
use crate::core::model::Date;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

#[derive(Clone, Debug, PartialEq)]
pub struct Timeline {
    /// Event dates, in any order.
    pub dates: Vec<Date>,
    pub today: Date,
    /// The label of the axis' end, in the page's language ("Today (2026)").
    pub today_label: String,
}

/// The drawing size.
pub type Options = super::Size;

/// The size the page uses.
pub const SIZE: Options = super::Size {
    width: 360,
    height: 96,
};

const SIDE: i32 = 16;
const AXIS_Y: i32 = 52;
const DOT: i32 = 5;

/// A date as a fractional year (mid-month / mid-year when less precise).
pub fn year_fraction(d: Date) -> f64 {
    let month = if d.month == 0 {
        6.5
    } else {
        f64::from(d.month) - 1.0
    };
    let day = if d.day == 0 {
        15.0
    } else {
        f64::from(d.day) - 1.0
    };
    let within = if d.month == 0 {
        month / 12.0
    } else {
        (month + day / 31.0) / 12.0
    };
    f64::from(d.year) + within
}

fn span(t: &Timeline) -> Result<(f64, f64), ChartError> {
    let first = t
        .dates
        .iter()
        .map(|d| d.year)
        .min()
        .ok_or(ChartError::Empty)?;
    // From the decade of the first event to today.
    let start = f64::from(first - first.rem_euclid(10));
    let end = year_fraction(t.today).max(start + 1.0);
    Ok((start, end))
}

fn x_of(year: f64, (start, end): (f64, f64), opts: &Options) -> i32 {
    let w = f64::from(opts.width as i32 - 2 * SIDE);
    SIDE + (((year - start) / (end - start)) * w).round() as i32
}

/// Where each event's dot is (the hit area for hover and focus).
pub fn layout(t: &Timeline, opts: &Options) -> Result<Vec<Rect>, ChartError> {
    let range = span(t)?;
    Ok(t.dates
        .iter()
        .map(|d| {
            let x = x_of(year_fraction(*d), range, opts);
            Rect {
                x0: x - DOT - 2,
                y0: AXIS_Y - DOT - 2,
                x1: x + DOT + 2,
                y1: AXIS_Y + DOT + 2,
            }
        })
        .collect())
}

pub fn draw(t: &Timeline, opts: &Options) -> Result<Svg, ChartError> {
    let range = span(t)?;
    let dots = layout(t, opts)?;
    render((opts.width, opts.height), |area| {
        let (start, end) = range;
        let x_end = x_of(end, range, opts);
        area.draw(&PathElement::new(
            vec![(SIDE, AXIS_Y), (x_end, AXIS_Y)],
            INK.stroke_width(1),
        ))?;
        let mut decade = start as i32;
        while f64::from(decade) <= end - 4.0 {
            let x = x_of(f64::from(decade), range, opts);
            area.draw(&PathElement::new(
                vec![(x, AXIS_Y), (x, AXIS_Y + 6)],
                INK.stroke_width(1),
            ))?;
            area.draw(&Text::new(
                decade.to_string(),
                (x, AXIS_Y + 10),
                text_style(12.0, false, HPos::Center, VPos::Top),
            ))?;
            decade += 20;
        }
        area.draw(&PathElement::new(
            vec![(x_end, AXIS_Y - 10), (x_end, AXIS_Y + 6)],
            INK.stroke_width(2),
        ))?;
        area.draw(&Text::new(
            t.today_label.clone(),
            (x_end, AXIS_Y + 10),
            text_style(12.0, true, HPos::Right, VPos::Top),
        ))?;
        for r in &dots {
            let centre = ((r.x0 + r.x1) / 2, AXIS_Y);
            area.draw(&Circle::new(centre, DOT, BAR.filled()))?;
            area.draw(&Circle::new(centre, DOT, INK.stroke_width(1)))?;
        }
        Ok(())
    })
}
