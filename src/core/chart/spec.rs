//! A chart's drawing data, whatever its kind, kept beside its drawings so that any output can
//! draw it again at the size it needs: the page at its two widths, a downloaded image at the
//! room its column or slide leaves.

use super::{bars, columns, figure, timeline, Axis, Bar, ChartError, Rect, Size, Svg};

#[derive(Clone, Debug, PartialEq)]
pub enum Spec {
    /// Vertical bars over time, with the change into the last one.
    Columns(columns::Columns),
    /// Horizontal bars of one unit; mirrored right to left.
    Bars {
        bars: Vec<Bar>,
        axis: Axis,
        rtl: bool,
    },
    /// One figure: its number large, with its unit's glyph.
    Figure { figure: figure::Figure, rtl: bool },
    /// Dated events on an axis of years.
    Timeline {
        timeline: timeline::Timeline,
        rtl: bool,
    },
}

/// A drawing, its size (its viewBox) and its hit areas.
pub type Drawn = (Result<Svg, ChartError>, (u32, u32), Vec<Rect>);

impl Spec {
    /// Drawn `width` wide. `height` is a wish that only charts free in their height follow
    /// (the columns, between 200 and 360 px); the others are as tall as their content.
    pub fn draw(&self, width: u32, height: Option<u32>) -> Drawn {
        match self {
            Spec::Columns(spec) => {
                let opts = Size {
                    height: height.map_or(columns::size(width).height, |h| h.clamp(200, 360)),
                    ..columns::size(width)
                };
                let rects = columns::layout(spec, &opts).unwrap_or_default();
                (columns::draw(spec, &opts), (opts.width, opts.height), rects)
            }
            Spec::Bars { bars, axis, rtl } => {
                let opts = bars::Options { width, rtl: *rtl };
                let rects = bars::layout(bars, axis, &opts).unwrap_or_default();
                (
                    bars::draw(bars, axis, &opts),
                    (width, bars::height(bars, *rtl)),
                    rects,
                )
            }
            Spec::Figure { figure: f, rtl } => {
                let size = figure::size(width);
                let whole = Rect {
                    x0: 0,
                    y0: 0,
                    x1: size.0 as i32,
                    y1: size.1 as i32,
                };
                (figure::draw(f, width, *rtl), size, vec![whole])
            }
            Spec::Timeline { timeline: t, rtl } => {
                let opts = timeline::Options { width, rtl: *rtl };
                let rects = timeline::layout(t, &opts).unwrap_or_default();
                let size = timeline::size(t, &opts).unwrap_or((width, 96));
                (timeline::draw(t, &opts), size, rects)
            }
        }
    }
}
