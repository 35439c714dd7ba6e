//! The timeline of relations: a vertical time axis from the first event to today, one dot
//! per event, and beside the axis each event's date and label, so the chart reads alone.
//!
//! Time runs top to bottom at every width; only the label column changes: the date above
//! the label when the column is narrow, beside it when there is room. Labels sit level with
//! their dot; where several would overlap they are moved apart (down, or up as little as
//! needed) and a short leader line joins each label to its dot.
//!
//! The scale is honest in pieces: when two events are more than [`BREAK_YEARS`] apart
//! (1951 and 2006), the axis is broken there, drawn as an interrupted axis with two slanted
//! strokes, and the chart's summary says so; within each piece a year is as long as any
//! other. The axis ends at the reader's today, so it grows with the calendar.
//!
//! Right to left (Urdu), the chart is mirrored left to right as the bar charts are: the axis
//! and its years stand on the right, labels hang to its left aligned on their right edge
//! (where reading starts); time still runs top to bottom, as it does in every language.
//! Everything is laid out left to right and mirrored at the end, so the two cannot differ.

use super::tooltip::{wrap, Measure};
use super::{render, rtl_text, ChartError, Mirror, Rect, Svg, BAR, FONT, INK};
use crate::core::model::Date;
use crate::core::text::{urdu, Generous, Ruler};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use spread::spread;

/// One dated event: its date, the date as the page writes it, and its short label.
#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    pub date: Date,
    /// "March 2024", in the page's language.
    pub date_label: String,
    /// "Attack kills five Chinese citizens", in the page's language.
    pub label: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Timeline {
    /// Events, in any order; hit areas come back in this order.
    pub events: Vec<Event>,
    pub today: Date,
    /// The label of the axis' end, in the page's language ("Today (2026)").
    pub today_label: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Options {
    /// The drawing's width in SVG px; its height follows from the content ([`size`]).
    pub width: u32,
    /// Mirror for right-to-left reading.
    pub rtl: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            width: 360,
            rtl: false,
        }
    }
}

/// Events further apart than this many years break the axis.
pub const BREAK_YEARS: f64 = 20.0;
/// Text sizes in SVG px: event labels, and dates and the axis' years.
pub const LABEL_PX: f64 = 13.0;
pub const YEAR_PX: f64 = 12.5;

/// Margins left and right, and above.
const SIDE: i32 = 4;
const TOP: i32 = 12;
/// Between the years and the axis; from the axis to the label column.
const TICK_GAP: i32 = 10;
/// The room for leaders between the axis and the label column: wider when the drawing is,
/// so that leaders fanning out from a cluster of dots stay apart.
fn leader_room(width: i32) -> i32 {
    (width / 14).clamp(26, 64)
}
const DOT: i32 = 5;
/// Between two labels, and between a date and its label when side by side.
const GAP: i32 = 6;
const DATE_GAP: i32 = 10;
/// The label column must be at least this wide to put dates beside labels.
const INLINE_ROOM: i32 = 260;
/// The drawn length of the broken part of the axis, and the least length of a piece.
const BREAK_PX: i32 = 26;
const MIN_PIECE: i32 = 28;
/// Least room between two of the axis' years.
const TICK_ROOM: f64 = 30.0;

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

/// The years the axis leaves out, as (last year before, first year after), e.g. (1951, 2006).
pub fn breaks(t: &Timeline) -> Vec<(i32, i32)> {
    let mut dates: Vec<Date> = t.events.iter().map(|e| e.date).collect();
    sort_by_time(&mut dates, |d| *d);
    dates
        .windows(2)
        .filter(|w| year_fraction(w[1]) - year_fraction(w[0]) > BREAK_YEARS)
        .map(|w| (w[0].year, w[1].year))
        .collect()
}

/// Sorts by date as the axis places dates (a year alone at its middle), with the page's small
/// insertion sort: `slice::sort_by` costs the wasm about 3 KB per use (see `core::order`).
fn sort_by_time<T>(items: &mut [T], date: impl Fn(&T) -> Date) {
    crate::core::order::sort_by_key(items, |x| (year_fraction(date(x)) * 1e4).round() as i64);
}

/// Text sizes as the layout estimates them: widths that err wide (`text::Generous`; Urdu's
/// at 0.85: Noto's Arabic-script fonts draw it at 0.8 at most), heights as tall as Nastaliq needs.
pub fn text_width(text: &str, size: f64, bold: bool) -> f64 {
    Generous.width(text, size, bold) * if urdu(text) { 0.85 } else { 1.0 }
}

/// How far `text` reaches above and below its baseline at `size`.
pub fn text_extent(text: &str, size: f64) -> (f64, f64) {
    if urdu(text) {
        (size * 1.5, size * 0.6)
    } else {
        (size, size * 0.3)
    }
}

/// Where plotters puts the baseline of text drawn with `VPos::Top` at `y` (`dy="0.76em"`).
pub fn baseline(y: i32, size: f64) -> f64 {
    f64::from(y) + 0.76 * size
}

struct At(f64);

impl Measure for At {
    fn width(&self, text: &str) -> f64 {
        text_width(text, self.0, false)
    }
    fn extent(&self, text: &str) -> (f64, f64) {
        text_extent(text, self.0)
    }
}

/// The height of one line of `text` at `size`, and where its top goes relative to the line's
/// box (plotters places the top of the em box, the glyphs may reach above).
fn line_height(text: &str, size: f64) -> i32 {
    let (a, d) = text_extent(text, size);
    (a + d).ceil() as i32 + 2
}

/// One line of text, left to right: `x` is where it starts, `top` the top of its line box.
#[derive(Clone, Debug)]
struct Line {
    text: String,
    x: i32,
    top: i32,
    size: f64,
    bold: bool,
}

impl Line {
    /// The `y` to hand plotters (`VPos::Top`) so the glyphs fill the line box.
    fn y(&self) -> i32 {
        let (ascent, _) = text_extent(&self.text, self.size);
        // Baseline at top + 1 + ascent; plotters' baseline is y + 0.76 em.
        self.top + 1 + (ascent - 0.76 * self.size).round() as i32
    }
}

/// An event's date and label (or today's), laid out in the label column.
#[derive(Clone, Debug)]
struct Block {
    lines: Vec<Line>,
    height: i32,
    /// The middle of its first line, relative to its top: where the leader arrives.
    anchor: i32,
    right: i32,
}

/// Everything drawn, left to right, before any mirroring.
struct Plan {
    width: i32,
    height: i32,
    axis_x: i32,
    label_x: i32,
    /// Drawn pieces of the axis, (top, bottom) in px.
    pieces: Vec<(i32, i32)>,
    /// Where the axis is broken: the y of the piece's end above and of the next one's start.
    gaps: Vec<(i32, i32)>,
    ticks: Vec<(i32, String)>,
    /// Per event, in input order: its dot's y, and its block placed (top).
    dots: Vec<i32>,
    blocks: Vec<(Block, i32)>,
    today: (i32, Block, i32),
}

/// A piece of the axis: the years it covers and where they are drawn.
#[derive(Clone, Copy, Debug)]
struct Piece {
    from: f64,
    to: f64,
    y0: f64,
    y1: f64,
}

fn y_of(pieces: &[Piece], year: f64) -> f64 {
    let p = pieces
        .iter()
        .find(|p| year <= p.to)
        .or(pieces.last())
        .copied()
        .unwrap_or(Piece {
            from: 0.0,
            to: 1.0,
            y0: 0.0,
            y1: 1.0,
        });
    p.y0 + (year - p.from) / (p.to - p.from).max(1e-9) * (p.y1 - p.y0)
}

fn block(date: Option<&str>, label: &str, x: i32, room: i32, inline_date_w: Option<i32>) -> Block {
    let mut lines = Vec::new();
    let mut y = 0;
    let mut label_x = x;
    let mut label_room = room;
    let mut date_h = 0;
    if let Some(date) = date {
        let h = line_height(date, YEAR_PX);
        lines.push(Line {
            text: date.to_string(),
            x,
            top: 0,
            size: YEAR_PX,
            bold: true,
        });
        match inline_date_w {
            Some(w) => {
                label_x = x + w + DATE_GAP;
                label_room = room - w - DATE_GAP;
                date_h = h;
            }
            None => y = h,
        }
    }
    let (size, bold) = if date.is_some() {
        (LABEL_PX, false)
    } else {
        (YEAR_PX, true)
    };
    let first_h = line_height(label, size);
    for text in wrap(label, label_room.max(40), &At(size)) {
        let h = line_height(&text, size);
        lines.push(Line {
            text,
            x: label_x,
            top: y,
            size,
            bold,
        });
        y += h;
    }
    // A date beside a taller (Urdu) label line sits level with its middle.
    if inline_date_w.is_some() && date.is_some() && first_h > date_h {
        lines[0].top = (first_h - date_h) / 2;
    }
    let height = y.max(date_h);
    let anchor = match (date, inline_date_w) {
        (Some(d), None) => line_height(d, YEAR_PX) / 2,
        _ => first_h / 2,
    };
    let right = lines
        .iter()
        .map(|l| l.x + text_width(&l.text, l.size, l.bold).ceil() as i32)
        .max()
        .unwrap_or(x);
    Block {
        lines,
        height,
        anchor,
        right,
    }
}

fn plan(t: &Timeline, opts: &Options) -> Result<Plan, ChartError> {
    if t.events.is_empty() {
        return Err(ChartError::Empty);
    }
    let width = opts.width as i32;
    let mut order: Vec<usize> = (0..t.events.len()).collect();
    let when: Vec<f64> = t.events.iter().map(|e| year_fraction(e.date)).collect();
    sort_by_time(&mut order, |i| t.events[*i].date);
    let today = year_fraction(t.today);

    // The label column and the blocks in it.
    let tick_w = text_width("0000", YEAR_PX, false).ceil() as i32;
    let axis_x = SIDE + tick_w + TICK_GAP;
    let label_x = axis_x + leader_room(width);
    let room = width - SIDE - label_x;
    let date_w = t
        .events
        .iter()
        .map(|e| text_width(&e.date_label, YEAR_PX, true).ceil() as i32)
        .max()
        .unwrap_or(0);
    let inline = (room - date_w - DATE_GAP >= INLINE_ROOM).then_some(date_w);
    let blocks: Vec<Block> = t
        .events
        .iter()
        .map(|e| block(Some(&e.date_label), &e.label, label_x, room, inline))
        .collect();
    let today_block = block(None, &t.today_label, label_x, room, None);

    // Pieces of the axis: a new one after a gap of more than BREAK_YEARS.
    let mut spans: Vec<(f64, f64)> = Vec::new();
    for &i in &order {
        match spans.last_mut() {
            Some(s) if when[i] - s.1 <= BREAK_YEARS => s.1 = when[i],
            _ => spans.push((when[i], when[i])),
        }
    }
    let last = spans.len() - 1;
    for (k, s) in spans.iter_mut().enumerate() {
        s.0 = s.0.floor();
        s.1 = if k == last {
            s.1.max(today)
        } else {
            s.1.floor() + 1.0
        };
    }
    // The scale: 0.7 of the labels stacked (1.0 left years between clusters empty), >= 6 px a year.
    let stacked: i32 = blocks.iter().map(|b| b.height + GAP).sum::<i32>() + today_block.height;
    let years: f64 = spans.iter().map(|s| s.1 - s.0).sum();
    let per_year = (f64::from(stacked) * 0.7 / years.max(1.0)).max(6.0);
    let mut pieces = Vec::new();
    let mut y = f64::from(TOP + 4);
    for (k, s) in spans.iter().enumerate() {
        if k > 0 {
            y += f64::from(BREAK_PX);
        }
        let len = ((s.1 - s.0) * per_year).max(f64::from(MIN_PIECE));
        pieces.push(Piece {
            from: s.0,
            to: s.1,
            y0: y,
            y1: y + len,
        });
        y += len;
    }
    let y_at = |year: f64| y_of(&pieces, year).round() as i32;

    // Years on the axis: each piece's first, then round years, never crowded.
    let mut ticks: Vec<(i32, String)> = Vec::new();
    for p in &pieces {
        let step = [1, 2, 5, 10, 20, 50]
            .into_iter()
            .find(|s| f64::from(*s) * per_year >= TICK_ROOM)
            .unwrap_or(50);
        let mut year = p.from as i32;
        let mut years = vec![year];
        year += step - year.rem_euclid(step);
        while f64::from(year) <= p.to {
            years.push(year);
            year += step;
        }
        for y in years {
            let at = y_at(f64::from(y));
            let clear = ticks
                .last()
                .is_none_or(|(prev, _)| f64::from(at - prev) >= TICK_ROOM - 4.0);
            // A piece before a break ends at its last event's year, unnamed.
            let inside = f64::from(y) < p.to || std::ptr::eq(p, pieces.last().unwrap_or(p));
            if clear && inside && f64::from(at) <= p.y1 + 0.5 {
                ticks.push((at, y.to_string()));
            }
        }
    }

    // Blocks level with their dots, moved apart where they would overlap.
    let dots: Vec<i32> = when.iter().map(|w| y_at(*w)).collect();
    let today_y = y_at(today);
    let mut ideal: Vec<i32> = order.iter().map(|&i| dots[i] - blocks[i].anchor).collect();
    let mut heights: Vec<i32> = order.iter().map(|&i| blocks[i].height).collect();
    ideal.push(today_y - today_block.anchor);
    heights.push(today_block.height);
    let tops = spread(&ideal, &heights, TOP.min(ideal[0]).max(2), GAP);
    let mut placed: Vec<Option<(Block, i32)>> = vec![None; blocks.len()];
    for (k, &i) in order.iter().enumerate() {
        placed[i] = Some((blocks[i].clone(), tops[k]));
    }
    let today_top = tops[tops.len() - 1];
    let bottom = tops
        .iter()
        .zip(&heights)
        .map(|(t, h)| t + h)
        .max()
        .unwrap_or(0);
    let axis_end = pieces.last().map_or(0, |p| p.y1.round() as i32);
    let height = bottom.max(axis_end + 8) + 6;
    Ok(Plan {
        width,
        height,
        axis_x,
        label_x,
        pieces: pieces
            .iter()
            .map(|p| (p.y0.round() as i32, p.y1.round() as i32))
            .collect(),
        gaps: pieces
            .windows(2)
            .map(|w| (w[0].y1.round() as i32, w[1].y0.round() as i32))
            .collect(),
        ticks,
        dots,
        blocks: placed.into_iter().flatten().collect(),
        today: (today_y, today_block, today_top),
    })
}

/// The drawing's size: the width given, the height its content needs.
pub fn size(t: &Timeline, opts: &Options) -> Result<(u32, u32), ChartError> {
    let p = plan(t, opts)?;
    Ok((p.width as u32, p.height as u32))
}

/// Each event's hit area, in the order of `t.events`: its dot and its date and label.
pub fn layout(t: &Timeline, opts: &Options) -> Result<Vec<Rect>, ChartError> {
    let p = plan(t, opts)?;
    let m = Mirror {
        width: p.width,
        on: opts.rtl,
    };
    Ok(p.dots
        .iter()
        .zip(&p.blocks)
        .map(|(dot, (b, top))| {
            m.rect(Rect {
                x0: p.axis_x - DOT - 2,
                y0: (*top).min(dot - DOT - 2),
                x1: b.right.max(p.label_x) + 2,
                y1: (top + b.height).max(dot + DOT + 2),
            })
        })
        .collect())
}

/// The text style for `size` px as written in the SVG (plotters writes a font size 1/1.24 of
/// the one it is given).
fn style(size: f64, bold: bool, h: HPos, v: VPos) -> TextStyle<'static> {
    let weight = if bold {
        FontStyle::Bold
    } else {
        FontStyle::Normal
    };
    FontDesc::new(FontFamily::Name(FONT), size * 1.24, weight)
        .color(&INK)
        .pos(Pos::new(h, v))
}

/// The axis of years: its pieces, the break between them, the ticks and the years.
fn axis(
    area: &DrawingArea<SVGBackend<'_>, plotters::coord::Shift>,
    p: &Plan,
    m: &Mirror,
) -> Result<(), ChartError> {
    let ax = m.x(p.axis_x);
    for (y0, y1) in &p.pieces {
        area.draw(&PathElement::new(
            vec![(ax, *y0), (ax, *y1)],
            INK.stroke_width(2),
        ))?;
    }
    // The break: two parallel slanted strokes across each interrupted end of the axis.
    for (end, start) in &p.gaps {
        for y in [end + 5, start - 5] {
            area.draw(&PathElement::new(
                vec![(m.x(p.axis_x - 8), y + 3), (m.x(p.axis_x + 8), y - 3)],
                INK.stroke_width(2),
            ))?;
        }
    }
    // Each piece's ticks as one line out and back along the axis (drawn under the axis'
    // own, wider stroke): one element a piece, not one a year.
    for (y0, y1) in &p.pieces {
        let mut points = Vec::new();
        for (y, _) in p.ticks.iter().filter(|(y, _)| y0 <= y && y <= y1) {
            points.extend([(ax, *y), (m.x(p.axis_x - 5), *y), (ax, *y)]);
        }
        if !points.is_empty() {
            area.draw(&PathElement::new(points, INK.stroke_width(1)))?;
        }
    }
    for (y, year) in &p.ticks {
        area.draw(&Text::new(
            year.clone(),
            (m.x(p.axis_x - 8), *y - (YEAR_PX * 0.62).round() as i32),
            style(YEAR_PX, false, m.h(HPos::Right), VPos::Top),
        ))?;
    }
    Ok(())
}

pub fn draw(t: &Timeline, opts: &Options) -> Result<Svg, ChartError> {
    let p = plan(t, opts)?;
    let m = Mirror {
        width: p.width,
        on: opts.rtl,
    };
    let ax = m.x(p.axis_x);
    let svg = render((p.width as u32, p.height as u32), |area| {
        axis(area, &p, &m)?;
        let blocks = p
            .blocks
            .iter()
            .zip(&p.dots)
            .map(|((b, top), dot)| (b, *top, *dot, true))
            .chain(std::iter::once((&p.today.1, p.today.2, p.today.0, false)));
        for (b, top, dot, is_event) in blocks {
            let from = if is_event { DOT + 2 } else { 8 };
            area.draw(&PathElement::new(
                vec![
                    (m.x(p.axis_x + from), dot),
                    (m.x(p.axis_x + from + 4), dot),
                    (m.x(p.label_x - 8), top + b.anchor),
                    (m.x(p.label_x - 4), top + b.anchor),
                ],
                INK.mix(0.6).stroke_width(1),
            ))?;
            for l in &b.lines {
                let line = Line {
                    top: top + l.top,
                    ..l.clone()
                };
                area.draw(&Text::new(
                    l.text.clone(),
                    (m.x(l.x), line.y()),
                    style(l.size, l.bold, m.h(HPos::Left), VPos::Top),
                ))?;
            }
            if is_event {
                // The bars' blue holds 3:1 against both themes' backgrounds: no outline.
                area.draw(&Circle::new((ax, dot), DOT, BAR.filled()))?;
            } else {
                area.draw(&PathElement::new(
                    vec![(m.x(p.axis_x - 8), dot), (m.x(p.axis_x + 8), dot)],
                    INK.stroke_width(3),
                ))?;
            }
        }
        Ok(())
    })?;
    Ok(if opts.rtl { rtl_text(svg) } else { svg })
}

mod spread;
#[cfg(test)]
mod tests;
