//! The timeline reads alone: every event's date and label drawn, no two texts overlapping
//! and none outside the drawing, at every width and in every language, measured from the SVG
//! itself with the layout's text-size estimate.

use super::*;
use crate::core::data::dataset;
use crate::core::i18n::Lang;
use crate::core::sheet::timeline_spec;
use crate::core::testing::TODAY;

const WIDTHS: [u32; 5] = [300, 390, 560, 720, 1200];

/// A drawn text: its content and the box it takes, in physical SVG px.
#[derive(Debug)]
struct Drawn {
    text: String,
    x0: f64,
    x1: f64,
    y0: f64,
    y1: f64,
    size: f64,
}

fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let at = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    let len = tag[at..].find('"')?;
    Some(&tag[at..at + len])
}

/// Every `<text>` of `svg` with its box: its width by the layout's estimate, from its anchor
/// (read physically: under `direction="rtl"`, `start` is the right edge); its height from its
/// baseline (plotters' `dy`) by the estimate's ascent and descent.
fn texts(svg: &Svg) -> Vec<Drawn> {
    let doc = svg.as_str();
    let rtl = doc.starts_with("<svg direction=\"rtl\"");
    let mut out = Vec::new();
    let mut rest = doc;
    let mut contents = svg.texts().iter();
    while let Some(start) = rest.find("<text ") {
        let tag_end = start + rest[start..].find('>').unwrap();
        let tag = &rest[start..tag_end];
        let text = contents.next().unwrap().trim().to_string();
        let num = |n: &str| attr(tag, n).unwrap().parse::<f64>().unwrap();
        // Plotters writes 1/1.24 of the size it is given: 13 comes back as 13.000000000000002.
        let (x, y) = (num("x"), num("y"));
        let size = (num("font-size") * 1e6).round() / 1e6;
        let bold = attr(tag, "font-weight") == Some("bold");
        let w = text_width(&text, size, bold);
        let (x0, x1) = match (attr(tag, "text-anchor").unwrap(), rtl) {
            ("start", false) | ("end", true) => (x, x + w),
            ("end", false) | ("start", true) => (x - w, x),
            _ => (x - w / 2.0, x + w / 2.0),
        };
        let base = match attr(tag, "dy").unwrap() {
            "0.76em" => y + 0.76 * size,
            "0.5ex" => y + 0.25 * size,
            _ => y - 0.25 * size,
        };
        let (ascent, descent) = text_extent(&text, size);
        out.push(Drawn {
            text,
            x0,
            x1,
            y0: base - ascent,
            y1: base + descent,
            size,
        });
        rest = &rest[tag_end..];
    }
    out
}

fn svg_size(svg: &Svg) -> (f64, f64) {
    let doc = svg.as_str();
    let tag = &doc[..doc.find('>').unwrap()];
    let num = |n| attr(tag, n).unwrap().parse::<f64>().unwrap();
    (num("width"), num("height"))
}

fn specs() -> Vec<(Lang, Timeline)> {
    Lang::ALL
        .iter()
        .map(|l| (*l, timeline_spec(dataset(*l), TODAY, *l)))
        .collect()
}

fn no_space(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

#[test]
fn no_two_texts_overlap_and_all_are_inside_at_every_width_in_every_language() {
    for (lang, spec) in specs() {
        for width in WIDTHS {
            for rtl in [false, true] {
                let opts = Options { width, rtl };
                let svg = draw(&spec, &opts).unwrap();
                let (w, h) = svg_size(&svg);
                assert_eq!((w as u32, h as u32), size(&spec, &opts).unwrap());
                let drawn = texts(&svg);
                assert!(drawn.len() > 2 * spec.events.len(), "{lang:?} {width}");
                for (i, a) in drawn.iter().enumerate() {
                    assert!(
                        a.x0 >= 0.0 && a.x1 <= w && a.y0 >= 0.0 && a.y1 <= h,
                        "{lang:?} {width} rtl={rtl}: {a:?} outside {w}×{h}"
                    );
                    for b in &drawn[i + 1..] {
                        let apart = a.x1 <= b.x0 || b.x1 <= a.x0 || a.y1 <= b.y0 || b.y1 <= a.y0;
                        assert!(apart, "{lang:?} {width} rtl={rtl}: {a:?} overlaps {b:?}");
                    }
                }
            }
        }
    }
}

#[test]
fn every_event_has_its_date_and_whole_label_on_the_chart() {
    for (lang, spec) in specs() {
        for width in WIDTHS {
            let svg = draw(&spec, &Options { width, rtl: false }).unwrap();
            let drawn = texts(&svg);
            for e in &spec.events {
                let label = no_space(&e.label);
                let found = drawn.iter().enumerate().any(|(i, d)| {
                    if d.text != e.date_label || d.size != YEAR_PX {
                        return false;
                    }
                    let mut got = String::new();
                    for line in &drawn[i + 1..] {
                        if line.size != LABEL_PX || got.len() >= label.len() {
                            break;
                        }
                        got.push_str(&no_space(&line.text));
                    }
                    got == label
                });
                assert!(
                    found,
                    "{lang:?} {width}: {} {} not drawn",
                    e.date_label, e.label
                );
            }
            // Today's end of the axis is named.
            assert!(drawn.iter().any(|d| d.text == spec.today_label));
        }
    }
}

#[test]
fn texts_are_drawn_at_13_and_12_px() {
    let (_, spec) = &specs()[0];
    let svg = draw(spec, &Options::default()).unwrap();
    let sizes: Vec<f64> = texts(&svg).iter().map(|d| d.size).collect();
    assert!(
        sizes.iter().all(|s| *s == LABEL_PX || *s == YEAR_PX),
        "{sizes:?}"
    );
    assert!(sizes.contains(&LABEL_PX) && sizes.contains(&YEAR_PX));
}

#[test]
fn labels_keep_clear_of_the_axis_and_years_stay_on_their_side() {
    for (lang, spec) in specs() {
        for width in WIDTHS {
            for rtl in [false, true] {
                let opts = Options { width, rtl };
                let plan = plan(&spec, &opts).unwrap();
                let axis = f64::from(
                    Mirror {
                        width: plan.width,
                        on: rtl,
                    }
                    .x(plan.axis_x),
                );
                for d in texts(&draw(&spec, &opts).unwrap()) {
                    assert!(
                        d.x1 <= axis - f64::from(DOT) || d.x0 >= axis + f64::from(DOT),
                        "{lang:?} {width} rtl={rtl}: {d:?} crosses the axis at {axis}"
                    );
                    let years_side = d.x1 <= axis;
                    let is_year = d.text.len() == 4 && d.text.chars().all(|c| c.is_ascii_digit());
                    // In Urdu the axis' years stand right of it, labels left; else the reverse.
                    if is_year && d.size == YEAR_PX && years_side == rtl {
                        // A date such as "2025" in the label column is not an axis year.
                        assert!(spec.events.iter().any(|e| e.date_label == d.text));
                    }
                }
            }
        }
    }
}

#[test]
fn the_axis_breaks_where_events_are_more_than_twenty_years_apart() {
    let (_, spec) = &specs()[0];
    assert_eq!(breaks(spec), vec![(1951, 2006)]);
    let svg = draw(spec, &Options::default()).unwrap();
    let plan = plan(spec, &Options::default()).unwrap();
    assert_eq!(plan.pieces.len(), 2, "two pieces of axis");
    assert_eq!(plan.gaps.len(), 1);
    let (end, start) = plan.gaps[0];
    assert!(start - end >= BREAK_PX, "a visible gap");
    // The axis' years name both sides of the break.
    let years: Vec<&str> = plan.ticks.iter().map(|t| t.1.as_str()).collect();
    assert!(
        years.contains(&"1951") && years.contains(&"2006"),
        "{years:?}"
    );
    assert!(svg.texts().iter().any(|t| t.trim() == "1951"));
    // Events within twenty years of each other: one piece, no break.
    let recent = Timeline {
        events: spec.events[1..].to_vec(),
        ..spec.clone()
    };
    assert!(breaks(&recent).is_empty());
    assert_eq!(plan_of(&recent).pieces.len(), 1);
}

fn plan_of(t: &Timeline) -> Plan {
    plan(t, &Options::default()).unwrap()
}

#[test]
fn within_a_piece_the_scale_is_even_and_dots_are_in_time_order() {
    let (_, spec) = &specs()[0];
    for width in WIDTHS {
        let p = plan(spec, &Options { width, rtl: false }).unwrap();
        let mut dots: Vec<(f64, i32)> = spec
            .events
            .iter()
            .zip(&p.dots)
            .map(|(e, y)| (year_fraction(e.date), *y))
            .collect();
        dots.sort_by(|a, b| a.0.total_cmp(&b.0));
        assert!(dots.windows(2).all(|w| w[0].1 <= w[1].1));
        // The axis' years after the break are evenly spaced.
        let after: Vec<i32> = p.ticks.iter().skip(2).map(|t| t.0).collect();
        let steps: Vec<i32> = after.windows(2).map(|w| w[1] - w[0]).collect();
        assert!(
            steps.windows(2).all(|w| (w[0] - w[1]).abs() <= 1),
            "{width}: {steps:?}"
        );
    }
}

#[test]
fn one_hit_area_per_event_in_order_inside_the_drawing() {
    for (lang, spec) in specs() {
        for width in WIDTHS {
            for rtl in [false, true] {
                let opts = Options { width, rtl };
                let rects = layout(&spec, &opts).unwrap();
                let (w, h) = size(&spec, &opts).unwrap();
                assert_eq!(rects.len(), spec.events.len());
                let p = plan(&spec, &opts).unwrap();
                let axis = Mirror {
                    width: p.width,
                    on: rtl,
                }
                .x(p.axis_x);
                for (r, dot) in rects.iter().zip(&p.dots) {
                    assert!(r.x0 >= 0 && r.x1 <= w as i32 && r.y0 >= 0 && r.y1 <= h as i32);
                    // Each holds its dot.
                    assert!(
                        r.x0 <= axis && axis <= r.x1 && r.y0 <= *dot && *dot <= r.y1,
                        "{lang:?} {width}"
                    );
                }
            }
        }
    }
}

#[test]
fn an_empty_timeline_is_not_drawn() {
    let (_, spec) = &specs()[0];
    let empty = Timeline {
        events: Vec::new(),
        ..spec.clone()
    };
    assert_eq!(draw(&empty, &Options::default()), Err(ChartError::Empty));
    assert_eq!(layout(&empty, &Options::default()), Err(ChartError::Empty));
}

#[test]
fn spreading_keeps_order_and_gaps_and_moves_no_more_than_needed() {
    // Apart already: unmoved.
    assert_eq!(
        spread(&[10, 40, 80], &[20, 20, 20], 0, GAP),
        vec![10, 40, 80]
    );
    // Three wanting one place: centred on it, GAP apart.
    let tops = spread(&[50, 50, 50], &[20, 20, 20], 0, GAP);
    assert_eq!(tops, vec![24, 50, 76]);
    // Never above the least top.
    let tops = spread(&[0, 0], &[20, 20], 5, GAP);
    assert_eq!(tops, vec![5, 31]);
}

/// Writes the drawings to /tmp for a look (`cargo test -- --ignored write_drawings`).
#[test]
#[ignore]
fn write_drawings() {
    for (lang, spec) in specs() {
        for width in WIDTHS {
            let opts = Options {
                width,
                rtl: lang.rtl(),
            };
            let svg = draw(&spec, &opts).unwrap();
            std::fs::write(format!("/tmp/timeline-{lang:?}-{width}.svg"), svg.as_str()).unwrap();
        }
    }
}
