//! The charts against hand-computed geometry: bars, columns, hatching, ticks, hit
//! testing, right-to-left mirroring and tooltip layout.

use super::{
    bars, columns, hatch, hit_test, nice_ticks, tick_decimals, Axis, Bar, ChartError, Fill, Rect,
};
use crate::core::data::DATA;
use crate::core::i18n::Lang;
use crate::core::sheet::page;
use crate::core::testing::{computed, TODAY};
use crate::core::units::Units;

fn rect(x0: i32, y0: i32, x1: i32, y1: i32) -> Rect {
    Rect { x0, y0, x1, y1 }
}

// ---- charts ----

fn bar(label: &str, value: f64, derived: bool) -> Bar {
    Bar {
        label: label.into(),
        value,
        value_label: format!("{value}"),
        fill: if derived { Fill::Hatched } else { Fill::Solid },
    }
}

fn texts(svg: &str) -> Vec<String> {
    svg.split("<text")
        .skip(1)
        .filter_map(|t| t.split_once('>').map(|(_, rest)| rest))
        .filter_map(|rest| {
            rest.split_once("</text>")
                .map(|(t, _)| t.trim().to_string())
        })
        .collect()
}

#[test]
fn columns_draw_one_bar_per_value_with_labels() {
    let spec = columns::Columns {
        bars: vec![bar("2023", 20.76, true), bar("2024", 23.06, false)],
        change: vec!["+11.1%".into(), "+US$2.30 bn".into()],
        axis: Axis::default(),
        rtl: false,
    };
    let opts = columns::size(360);
    let rects = columns::layout(&spec, &opts).unwrap();
    assert_eq!(rects.len(), 2);
    assert!(
        rects[1].y0 < rects[0].y0,
        "the larger value is the taller bar"
    );
    assert_eq!(rects[0].y1, rects[1].y1, "bars share a baseline");
    let svg = columns::draw(&spec, &opts).unwrap().as_str().to_string();
    let t = texts(&svg);
    for label in ["2023", "2024", "20.76", "23.06", "+11.1%", "+US$2.30 bn"] {
        assert_eq!(
            t.iter().filter(|x| *x == label).count(),
            1,
            "{label} once in {t:?}"
        );
    }
    // A reported bar is one filled rect; a derived one is a light fill plus an outline.
    assert_eq!(svg.matches("<rect").count(), 3);
    assert!(
        svg.contains("stroke-width=\"2\""),
        "derived bars are outlined"
    );
}

#[test]
fn charts_escape_their_labels() {
    let svg = bars::draw(
        &[bar("a<b & \"c\"", 1.0, false)],
        &Axis::default(),
        &bars::Options::default(),
    )
    .unwrap()
    .as_str()
    .to_string();
    assert!(!svg.contains("a<b"), "raw < in {svg}");
    assert!(svg.contains("a&lt;b &amp; &quot;c&quot;"), "{svg}");
}

#[test]
fn charts_are_deterministic() {
    let spec = [bar("x", 3.0, false), bar("y", 4.0, true)];
    let a = bars::draw(&spec, &Axis::default(), &bars::Options::default()).unwrap();
    let b = bars::draw(&spec, &Axis::default(), &bars::Options::default()).unwrap();
    assert_eq!(a, b);
}

#[test]
fn horizontal_bars_scale_to_the_largest() {
    let spec = [bar("highways", 510.0, false), bar("lines", 886.0, false)];
    let r = bars::layout(&spec, &Axis::default(), &bars::Options::default()).unwrap();
    let w = |r: &Rect| f64::from(r.x1 - r.x0);
    assert!((w(&r[0]) / w(&r[1]) - 510.0 / 886.0).abs() < 0.01);
}

#[test]
fn chart_errors_instead_of_panics() {
    let opts = bars::Options::default();
    assert_eq!(
        bars::draw(&[], &Axis::default(), &opts),
        Err(ChartError::Empty)
    );
    assert_eq!(
        bars::draw(&[bar("neg", -1.0, false)], &Axis::default(), &opts),
        Err(ChartError::BadValue {
            label: "neg".into()
        })
    );
    assert_eq!(
        bars::draw(&[bar("nan", f64::NAN, false)], &Axis::default(), &opts),
        Err(ChartError::BadValue {
            label: "nan".into()
        })
    );
    assert_eq!(
        bars::draw(&[bar("zero", 0.0, false)], &Axis::default(), &opts),
        Err(ChartError::Empty)
    );
}

#[test]
fn hatching_stays_inside_the_bar() {
    let r = rect(10, 20, 60, 200);
    let lines = hatch(r, 7);
    assert!(lines.len() > 20);
    for ((ax, ay), (bx, by)) in lines {
        for (x, y) in [(ax, ay), (bx, by)] {
            assert!((r.x0..=r.x1).contains(&x) && (r.y0..=r.y1).contains(&y));
        }
        assert_eq!(ax - bx, by - ay, "45 degrees");
    }
}

#[test]
fn hatching_is_one_path_of_diagonals_and_edges() {
    let r = rect(10, 20, 60, 200);
    let path = super::hatch_path(r, 7);
    assert!(path.len() >= 2 * hatch(r, 7).len());
    let on_edge = |(x, y): (i32, i32)| x == r.x0 || x == r.x1 || y == r.y0 || y == r.y1;
    for pair in path.windows(2) {
        let ((ax, ay), (bx, by)) = (pair[0], pair[1]);
        assert!((r.x0..=r.x1).contains(&ax) && (r.y0..=r.y1).contains(&ay));
        let diagonal = (ax - bx).abs() == (ay - by).abs();
        // Any other step runs along one edge of the bar.
        let along =
            (ax == bx && (ax == r.x0 || ax == r.x1)) || (ay == by && (ay == r.y0 || ay == r.y1));
        assert!(diagonal || along, "{:?} -> {:?}", pair[0], pair[1]);
        assert!(on_edge(pair[0]) && on_edge(pair[1]));
    }
}

#[test]
fn axis_ticks() {
    assert_eq!(nice_ticks(23.06, 4), [0.0, 10.0, 20.0, 30.0]);
    assert_eq!(nice_ticks(886.0, 3), [0.0, 500.0, 1000.0]);
    assert_eq!(nice_ticks(6.3072, 3), [0.0, 2.5, 5.0, 7.5]);
    assert!(nice_ticks(0.0, 3).is_empty());
    assert!(nice_ticks(f64::NAN, 3).is_empty());
    assert_eq!(tick_decimals(&[0.0, 2.5, 5.0]), 1);
    assert_eq!(tick_decimals(&[0.0, 10.0]), 0);
    assert_eq!(tick_decimals(&[0.0, 0.25]), 2);
}

#[test]
fn hit_testing_uses_the_chart_geometry() {
    let rects = [rect(10, 50, 40, 100), rect(60, 20, 90, 100)];
    assert_eq!(hit_test(&rects, 20.0, 70.0, 0.0), Some(0));
    assert_eq!(hit_test(&rects, 75.0, 30.0, 0.0), Some(1));
    assert_eq!(hit_test(&rects, 50.0, 70.0, 0.0), None, "between bars");
    assert_eq!(hit_test(&rects, 43.0, 70.0, 4.0), Some(0), "within slop");
    assert_eq!(hit_test(&rects, 75.0, 10.0, 4.0), None, "above the bar");
    // The trade chart's hits are its bars.
    let p = page(DATA, &computed(), &Units::default(), TODAY, Lang::En);
    let chart = &p.cards[0].charts[0];
    assert_eq!(chart.hits.len(), 2);
    assert_eq!(chart.hits[0].text, "2023: about US$20.8 bn (derived)");
    let r = chart.hits[1].rect;
    let (x, y) = (f64::from(r.x0 + r.x1) / 2.0, f64::from(r.y0 + r.y1) / 2.0);
    assert_eq!(
        hit_test(
            &chart.hits.iter().map(|h| h.rect).collect::<Vec<_>>(),
            x,
            y,
            0.0
        ),
        Some(1)
    );
}

// ---- right to left ----

#[test]
fn bars_mirror_for_right_to_left() {
    let bars_ = vec![bar("a", 510.0, false), bar("b", 886.0, false)];
    let axis = Axis {
        ticks: vec![
            (0.0, "0".into()),
            (500.0, "500".into()),
            (1000.0, "1,000".into()),
        ],
    };
    let ltr = bars::Options::default();
    let rtl = bars::Options { rtl: true, ..ltr };
    let (a, b) = (
        bars::layout(&bars_, &axis, &ltr).unwrap(),
        bars::layout(&bars_, &axis, &rtl).unwrap(),
    );
    let w = ltr.width as i32;
    for (l, r) in a.iter().zip(&b) {
        // The same bar, reflected: it grows from the right edge (lower, under its taller
        // Nastaliq label).
        assert_eq!((r.x0, r.x1), (w - l.x1, w - l.x0));
        assert_eq!(r.y1 - r.y0, l.y1 - l.y0);
        assert!(r.y0 > l.y0);
    }
    let svg = bars::draw(&bars_, &axis, &rtl)
        .unwrap()
        .as_str()
        .to_string();
    assert!(
        svg.contains("direction=\"rtl\""),
        "labels read right to left"
    );
    assert!(!bars::draw(&bars_, &axis, &ltr)
        .unwrap()
        .as_str()
        .contains("direction"));
}

#[test]
fn columns_keep_time_left_to_right_with_the_axis_on_the_right() {
    let spec = |rtl| columns::Columns {
        bars: vec![bar("2023", 20.76, true), bar("2024", 23.06, false)],
        change: vec![],
        axis: Axis {
            ticks: vec![(0.0, "0".into()), (30.0, "30".into())],
        },
        rtl,
    };
    let opts = columns::size(360);
    let rtl = columns::layout(&spec(true), &opts).unwrap();
    assert!(rtl[0].x1 < rtl[1].x0, "2023 still left of 2024");
    let svg = columns::draw(&spec(true), &opts)
        .unwrap()
        .as_str()
        .to_string();
    // The "30" tick label sits right of every bar.
    let at = svg
        .find(">30<")
        .or_else(|| svg.find(">\n30"))
        .expect("tick label");
    let tag = &svg[svg[..at].rfind("<text").unwrap()..at];
    let x: i32 = tag
        .split("x=\"")
        .nth(1)
        .and_then(|r| r.split('"').next())
        .and_then(|v| v.parse().ok())
        .expect("x attribute");
    assert!(x > rtl[1].x1, "axis label x {x} right of the bars");
}

// ---- tooltips ----

#[test]
fn short_tooltips_take_one_line_above_their_bar() {
    use crate::core::chart::tooltip::{layout, Estimate};
    let bar = rect(100, 120, 160, 226);
    let t = layout((360, 260), bar, "2023: US$20.76 bn (derived)", &Estimate);
    assert_eq!(t.lines, ["2023: US$20.76 bn (derived)"]);
    assert!(t.y + t.height <= bar.y0, "above the bar");
    assert_eq!((t.x + t.width / 2), 130, "centred on the bar");
}

#[test]
fn long_tooltips_wrap_after_the_label_then_between_words_and_stay_inside() {
    use crate::core::chart::tooltip::{layout, text_width, Estimate};
    let bar = rect(2, 84, 200, 112);
    for text in [
        "Karot output possible at full capacity: 6.31 bn kWh (derived)",
        "پوری صلاحیت پر کروٹ کی ممکنہ پیداوار: 6.31 ارب کلوواٹ آور (اخذ شدہ)",
        "卡洛特水电站满负荷运行可能的发电量：63.1亿千瓦时（推算）",
        "December 2022: CPEC output figures: 236,000 jobs, 510 km of highways, 8,000 MW, 886 km of lines",
    ] {
        let t = layout((360, 150), bar, text, &Estimate);
        assert!(t.lines.len() >= 2, "{text}: {:?}", t.lines);
        for line in &t.lines {
            assert!(text_width(line) <= 344, "{line:?} fits");
        }
        assert!(t.x >= 0 && t.x + t.width <= 360, "{text}: inside horizontally");
        assert!(t.y >= 0 && t.y + t.height <= 150, "{text}: inside vertically");
        // Nothing is lost: every character is on some line, in order.
        let squeeze = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
        assert_eq!(squeeze(&t.lines.concat()), squeeze(text), "{text}");
    }
    // The first break is after the label.
    let t = layout(
        (360, 150),
        bar,
        "Karot output possible at full capacity: 6.31 bn kWh (derived)",
        &Estimate,
    );
    assert_eq!(t.lines[0], "Karot output possible at full capacity:");
}

#[test]
fn a_short_chart_elides_what_it_cannot_hold() {
    use crate::core::chart::tooltip::{layout, Estimate};
    let dot = rect(300, 40, 310, 50);
    let text = "دسمبر 2022: سی پیک کے نتائج کے اعداد و شمار: 2.36 لاکھ ملازمتیں، 510 کلومیٹر شاہراہیں، 8,000 میگاواٹ، 886 کلومیٹر لائنیں";
    let t = layout((360, 96), dot, text, &Estimate);
    assert!(t.height <= 96 && t.y >= 0, "{t:?}");
    assert!(t.lines.last().unwrap().ends_with('…'));
    assert_eq!(t.line_height, 34, "tall lines for Nastaliq");
}

/// A font much wider and taller than the estimate (as DejaVu Sans Bold, or a reader's large
/// fallback font, is): the box grows and the lines break to hold the text as measured.
struct Wide;

impl crate::core::chart::tooltip::Measure for Wide {
    fn width(&self, text: &str) -> f64 {
        text.chars()
            .map(|c| if c >= '\u{2e80}' { 17.5 } else { 10.25 })
            .sum()
    }
    fn extent(&self, _: &str) -> (f64, f64) {
        (15.2, 5.1)
    }
}

#[test]
fn tooltips_are_sized_by_the_measure_they_are_given() {
    use crate::core::chart::tooltip::{layout, Estimate, Measure};
    let bar = rect(100, 150, 160, 226);
    let text = "2023: US$20.76 bn (derived)";
    let narrow = layout((360, 260), bar, text, &Estimate);
    let wide = layout((360, 260), bar, text, &Wide);
    assert_eq!(wide.lines, [text], "still fits on one line");
    // 27 characters at 10.25 px = 276.75 px, rounded up, plus 8 px on each side.
    assert_eq!(wide.width, 277 + 16);
    assert!(wide.width > narrow.width);
    // Ascent 15.2 and descent 5.1, each rounded up.
    assert_eq!((wide.line_height, wide.height), (16 + 6, 22 + 8));
    assert_eq!(wide.baseline, wide.y + 4 + 16);
    for text in [
        "Karot output possible at full capacity: 6.31 bn kWh (derived)",
        "卡洛特水电站满负荷运行可能的发电量：63.1亿千瓦时（推算）",
        "Supercalifragilisticexpialidociousunbreakableword: 1 (reported)",
    ] {
        let t = layout((360, 260), bar, text, &Wide);
        for line in &t.lines {
            assert!(Wide.width(line) <= 344.0, "{line:?} fits as measured");
        }
        assert!(
            t.x >= 0 && t.x + t.width <= 360,
            "{text}: inside horizontally"
        );
        assert!(
            t.y >= 0 && t.y + t.height <= 260,
            "{text}: inside vertically"
        );
    }
    // Elided lines fit as measured too, ellipsis included.
    let t = layout((360, 40), bar, &"word ".repeat(80), &Wide);
    assert_eq!(t.lines.len(), 1);
    assert!(
        t.lines[0].ends_with('…') && Wide.width(&t.lines[0]) <= 344.0,
        "{t:?}"
    );
}

use super::{BAR, INK};
use plotters::style::RGBColor;

/// The stylesheet the charts are shown with.
const STYLE: &str = include_str!("../../../static/style.css");

fn hex(c: RGBColor) -> String {
    format!("#{:02x}{:02x}{:02x}", c.0, c.1, c.2)
}

/// The legend's swatches are drawn in CSS with `--bar`, and the SVG's axes are recoloured
/// by a selector on the colour plotters writes: a colour changed on one side only would
/// leave a legend that does not match its bars, or black axes on dark.
#[test]
fn the_stylesheet_knows_the_chart_colours() {
    assert!(
        STYLE.contains(&format!("--bar: {};", hex(BAR))),
        "style.css --bar must be the chart's BAR, {}",
        hex(BAR)
    );
    let axes = format!(
        ".chart-svg polyline[stroke=\"{}\"] {{\n  stroke: var(--fg);",
        hex(INK)
    );
    assert!(
        STYLE.contains(&axes),
        "style.css must recolour the axes plotters draws in the chart's INK: {axes}"
    );
    assert!(STYLE.contains(".chart-svg text {\n  fill: var(--fg);"));
}

#[test]
fn the_timeline_names_today_in_the_page_language() {
    use crate::core::data::{dataset, Card};
    use crate::core::derive::compute;
    for (lang, label) in [
        (Lang::En, "Today (2026)"),
        (Lang::Zh, "今天（2026年）"),
        (Lang::Ur, "آج (2026)"),
    ] {
        let data = dataset(lang);
        let Ok(c) = compute(data, TODAY, lang) else {
            panic!("{lang:?}: the data derives");
        };
        let p = page(data, &c, &Units::default(), TODAY, lang);
        let card = p.cards.iter().find(|v| v.card == Card::Timeline);
        let svg = card.and_then(|v| v.charts.first()).map(|ch| ch.svg.clone());
        let Some(Ok(svg)) = svg else {
            panic!("{lang:?}: the timeline is drawn");
        };
        assert!(
            svg.texts().iter().any(|t| t.trim() == label),
            "{lang:?}: {:?}",
            svg.texts()
        );
    }
}

/// A Chinese line never starts with closing punctuation: the character before it moves down.
#[test]
fn chinese_lines_do_not_start_with_closing_punctuation() {
    use crate::core::chart::tooltip::{wrap, Measure};
    struct Cells;
    impl Measure for Cells {
        fn width(&self, text: &str) -> f64 {
            text.chars().count() as f64 * 10.0
        }
        fn extent(&self, _: &str) -> (f64, f64) {
            (10.0, 3.0)
        }
    }
    // Six cells a line: "二三四五六七" then "、八" would start with the comma.
    let lines = wrap("二三四五六七、八九", 60, &Cells);
    assert!(lines.iter().all(|l| !l.starts_with('、')), "{lines:?}");
    assert_eq!(lines.concat(), "二三四五六七、八九");
    assert_eq!(lines, ["二三四五六", "七、八九"]);
    // Without punctuation, six a line.
    assert_eq!(
        wrap("二三四五六七八九", 60, &Cells),
        ["二三四五六七", "八九"]
    );
}
