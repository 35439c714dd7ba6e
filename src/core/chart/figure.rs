//! One figure alone (CPEC's jobs, its megawatts): a large number beside a small glyph of its
//! unit. Jobs and megawatts share nothing a picture could compare; squares of one size and
//! colour for each (236 of them, 80 of the other) invited that comparison and could not be
//! counted. A number reads exactly, and the glyph (a person, a bolt) says which unit it is.
//! The page shows it as HTML (`tile`); downloaded images draw it (`draw`).

use super::{render, text_style, ChartError, Svg, BAR, INK};
use crate::core::markup::escape_text;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

/// What a figure's unit is drawn as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Glyph {
    /// People (jobs).
    Person,
    /// Electricity (power).
    Bolt,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    /// The value with its unit, as the card writes it ("236,000 jobs").
    pub value: String,
    /// What it counts, and when ("Jobs created by CPEC, by the end of 2022").
    pub label: String,
    pub glyph: Glyph,
}

/// The glyph as SVG path data in a 24 × 24 box.
pub fn glyph_path(g: Glyph) -> &'static str {
    match g {
        Glyph::Person => "M12 2a5 5 0 1 1 0 10a5 5 0 1 1 0-10zM3 22c0-5 4-8 9-8s9 3 9 8z",
        Glyph::Bolt => "M14 1L4 14h7l-2 9l11-14h-7z",
    }
}

/// Draws the glyph in a `size`-px box at `(x, y)` with plotters' circles, rectangles and
/// strokes, which the other charts already draw (a polygon or trigonometry would add their
/// code to the wasm for one small picture).
fn draw_glyph(
    area: &DrawingArea<SVGBackend<'_>, plotters::coord::Shift>,
    g: Glyph,
    (x, y): (i32, i32),
    size: i32,
) -> Result<(), ChartError> {
    let at = |px: i32, py: i32| (x + px * size / 24, y + py * size / 24);
    match g {
        Glyph::Person => {
            area.draw(&Circle::new(at(12, 7), 5 * size / 24, BAR.filled()))?;
            area.draw(&Rectangle::new([at(4, 14), at(20, 23)], BAR.filled()))?;
        }
        Glyph::Bolt => {
            let zigzag = vec![at(15, 1), at(6, 13), at(17, 11), at(8, 23)];
            area.draw(&PathElement::new(
                zigzag,
                BAR.stroke_width((size / 8) as u32),
            ))?;
        }
    }
    Ok(())
}

/// The page's tile: the glyph, the number and what it counts, as escaped HTML.
pub fn tile(f: &Figure) -> String {
    format!(
        "<div class=\"figure-tile\"><svg class=\"glyph\" viewBox=\"0 0 24 24\" aria-hidden=\"true\" \
         focusable=\"false\"><path d=\"{}\"/></svg><p class=\"figure-value\">{}</p>\
         <p class=\"figure-label\">{}</p></div>",
        glyph_path(f.glyph),
        escape_text(&f.value),
        escape_text(&f.label)
    )
}

/// The drawing's size at `width`.
pub fn size(width: u32) -> (u32, u32) {
    (width, 112)
}

/// The figure drawn for an image: the glyph, then the number large and its label under it.
/// Right to left, the glyph moves to the right and the texts align right.
pub fn draw(f: &Figure, width: u32, rtl: bool) -> Result<Svg, ChartError> {
    let (w, h) = size(width);
    let w = w as i32;
    let mirror = |x: i32| if rtl { w - x } else { x };
    let anchor = if rtl { HPos::Right } else { HPos::Left };
    let svg = render((w as u32, h), |area| {
        let glyph_x = if rtl { w - 8 - 56 } else { 8 };
        draw_glyph(area, f.glyph, (glyph_x, 20), 56)?;
        area.draw(&Text::new(
            f.value.clone(),
            (mirror(80), 44),
            text_style(36.0, true, anchor, VPos::Center),
        ))?;
        area.draw(&Text::new(
            f.label.clone(),
            (mirror(80), 84),
            text_style(15.0, false, anchor, VPos::Center).color(&INK),
        ))?;
        Ok(())
    })?;
    Ok(if rtl { super::rtl_text(svg) } else { svg })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn jobs() -> Figure {
        Figure {
            value: "236,000 jobs".into(),
            label: "Jobs <created> by CPEC".into(),
            glyph: Glyph::Person,
        }
    }

    #[test]
    fn the_tile_is_one_number_and_no_squares() {
        let html = tile(&jobs());
        assert!(
            html.contains("<p class=\"figure-value\">236,000 jobs</p>"),
            "{html}"
        );
        assert!(
            html.contains("Jobs &lt;created&gt; by CPEC"),
            "escaped: {html}"
        );
        assert!(!html.contains("<rect"), "{html}");
    }

    #[test]
    fn the_image_draws_the_glyph_and_both_texts() {
        let svg = draw(&jobs(), 600, false).expect("draws");
        let texts: Vec<&str> = svg.texts().iter().map(|t| t.trim()).collect();
        assert_eq!(texts, ["236,000 jobs", "Jobs <created> by CPEC"]);
        let src = svg.as_str();
        assert_eq!(
            (src.matches("<circle").count(), src.matches("<rect").count()),
            (1, 1),
            "head and body: {src}"
        );
        let bolt = Figure {
            glyph: Glyph::Bolt,
            ..jobs()
        };
        let svg = draw(&bolt, 600, true).expect("draws");
        assert_eq!(
            svg.as_str().matches("<polyline").count(),
            1,
            "the bolt's stroke"
        );
        assert!(
            svg.as_str().contains("direction=\"rtl\"") || svg.as_str().contains("end"),
            "{}",
            svg.as_str()
        );
    }
}
