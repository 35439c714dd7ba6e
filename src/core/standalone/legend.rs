//! The legend of a stand-alone image: each kind of bar drawn, keyed as the chart draws it.

use super::page::{At, Page, Px, Type, BAR};
use crate::core::chart::tooltip::{wrap, Measure};
use crate::core::derive::Origin;
use crate::core::i18n::Strings;
use crate::core::sheet::{ChartView, Legend};
use std::fmt::Write;

/// A legend entry's key, drawn as the chart draws what it explains.
#[derive(Clone, Copy)]
pub(super) enum Swatch {
    Solid,
    Outline,
    Hatched,
    Dot,
}

fn swatch(out: &mut String, kind: Swatch, x: f64, y: f64, side: f64) {
    let (px, py, ps) = (Px(x), Px(y), Px(side));
    let _ = match kind {
        Swatch::Solid => write!(
            out,
            "<rect x=\"{px}\" y=\"{py}\" width=\"{ps}\" height=\"{ps}\" fill=\"{BAR}\"/>"
        ),
        Swatch::Outline => write!(
            out,
            "<rect x=\"{px}\" y=\"{py}\" width=\"{ps}\" height=\"{ps}\" fill=\"none\" stroke=\"{BAR}\" stroke-width=\"1.5\"/>"
        ),
        Swatch::Dot => write!(
            out,
            "<circle cx=\"{}\" cy=\"{}\" r=\"{}\" fill=\"{BAR}\"/>",
            Px(x + side / 2.0),
            Px(y + side / 2.0),
            Px(side / 2.5)
        ),
        Swatch::Hatched => {
            let _ = write!(
                out,
                "<rect x=\"{px}\" y=\"{py}\" width=\"{ps}\" height=\"{ps}\" fill=\"{BAR}\" fill-opacity=\"0.15\" stroke=\"{BAR}\" stroke-width=\"1.5\"/>"
            );
            // Diagonals inside the square, as the chart hatches a derived bar.
            let step = side / 3.0;
            let mut d = step;
            while d < 2.0 * side - 0.5 {
                let (x0, y0) = (x + (d - side).max(0.0), y + d.min(side));
                let (x1, y1) = (x + d.min(side), y + (d - side).max(0.0));
                let (x0, y0, x1, y1) = (Px(x0), Px(y0), Px(x1), Px(y1));
                let _ = write!(
                    out,
                    "<line x1=\"{x0}\" y1=\"{y0}\" x2=\"{x1}\" y2=\"{y1}\" stroke=\"{BAR}\" stroke-width=\"1.5\"/>"
                );
                d += step;
            }
            Ok(())
        }
    };
}

/// The legend's entries: the kinds of bar drawn (none when all are of one kind).
pub(super) fn legend_entries(chart: &ChartView, s: &Strings) -> Vec<(Swatch, String)> {
    match &chart.legend {
        Legend::Bars(kinds) => kinds
            .iter()
            .map(|k| match k {
                Origin::Reported => (Swatch::Solid, s.legend_reported.to_string()),
                Origin::Context => (Swatch::Outline, s.legend_context.to_string()),
                Origin::Derived => (Swatch::Hatched, s.legend_derived.to_string()),
            })
            .collect(),
        Legend::Events => vec![(Swatch::Dot, s.legend_events.to_string())],
    }
}

/// The chart's legend, entries side by side while they fit, each wrapped if it must be.
pub(super) fn legend(page: &mut Page, entries: &[(Swatch, String)], t: Type, k: f64) {
    let side = 12.0 * k;
    let gap = 6.0 * k;
    let between = 20.0 * k;
    let ruler = page.ruler;
    let m = At {
        ruler,
        size: t.size,
        bold: t.bold,
        naskh: t.note && page.rtl,
    };
    let room = page.room();
    let mut p = 0.0;
    let mut row_height: f64 = 0.0;
    for (kind, text) in entries {
        let text_room = (room - side - gap).floor() as i32;
        let wrapped = wrap(text, text_room, &m);
        let widest = wrapped.iter().map(|l| m.width(l)).fold(0.0, f64::max);
        let w = side + gap + widest;
        if p > 0.0 && p + w > room {
            page.y += row_height + 4.0 * k;
            p = 0.0;
            row_height = 0.0;
        }
        let (ascent, _) = m.extent(text);
        let top = page.y;
        let first_line = ascent + t.size * 0.3;
        let x = page.at(p, side);
        swatch(
            &mut page.out,
            *kind,
            x,
            top + first_line - ascent * 0.5 - side * 0.6,
            side,
        );
        let h = page.lines(&wrapped, p + side + gap, top, t, false);
        row_height = row_height.max(h);
        p += w + between;
    }
    page.y += row_height;
}
