//! Where a chart's tooltip goes and how its text breaks: in the chart's own coordinates, so the
//! box stays on its bar at any width and never leaves the chart.
//!
//! The layout is pure, but the sizes of text are not: they depend on the fonts of the reader's
//! browser, which differ by machine (DejaVu Sans on many Linux desktops is a good deal wider
//! than Segoe UI or Noto Sans). So the layout asks a [`Measure`]: in the browser, one that
//! measures with the tooltip's own font ([`FONT`]); for the pre-render and native tests,
//! [`Estimate`].

use super::Rect;

/// The tooltip's font, written as SVG presentation attributes (a strict CSP allows them,
/// unlike a `style` attribute) on its `<text>` and on the hidden `<text>` the browser measures
/// in: one declaration, so what is measured is what is drawn.
pub struct Font {
    pub family: &'static str,
    /// In the chart's own units (px in the unscaled measuring SVG).
    pub size: u32,
    pub weight: &'static str,
}

pub const FONT: Font = Font {
    family: "system-ui, sans-serif",
    size: 13,
    weight: "600",
};

/// How much room text takes in [`FONT`].
pub trait Measure {
    /// The advance width of `text`, in px.
    fn width(&self, text: &str) -> f64;
    /// How far the glyphs of `text` reach above and below the baseline, in px: (ascent,
    /// descent), each at least the font's own.
    fn extent(&self, text: &str) -> (f64, f64);
}

/// Estimated sizes, for when no browser is there to measure: generous for Chinese characters
/// and Urdu's tall Nastaliq letters. The pre-render draws no tooltip, so only the tests and a
/// browser whose canvas cannot measure rely on these.
#[derive(Clone, Copy, Debug, Default)]
pub struct Estimate;

impl Measure for Estimate {
    fn width(&self, text: &str) -> f64 {
        f64::from(text_width(text))
    }

    fn extent(&self, text: &str) -> (f64, f64) {
        // Nastaliq (Urdu) letters stand much taller than Latin or Chinese ones at one size.
        if text.chars().any(|c| ('\u{600}'..='\u{6ff}').contains(&c)) {
            (25.0, 9.0)
        } else {
            (12.0, 4.0)
        }
    }
}

/// Estimated width of `text` in pixels at 13 px: Chinese characters are about twice as wide
/// as Latin or Urdu letters.
pub fn text_width(text: &str) -> i32 {
    text.chars()
        .map(|c| if c >= '\u{2e80}' { 13 } else { 7 })
        .sum()
}

/// A laid-out tooltip: its box and its lines, baseline of the first at `baseline`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tooltip {
    pub lines: Vec<String>,
    pub x: i32,
    pub y: i32,
    pub width: i32,
    pub height: i32,
    pub baseline: i32,
    pub line_height: i32,
}

/// Room around the text inside the box, px: left and right, top and bottom.
const PAD_X: i32 = 8;
const PAD_Y: i32 = 4;
/// Space between the box and its bar.
const GAP: i32 = 8;

/// Whole pixels that hold `text`.
fn px(m: &dyn Measure, text: &str) -> i32 {
    m.width(text).ceil() as i32
}

/// The lines of `text` within `room` pixels: one if it fits, else broken after the label
/// (where every language's pattern puts a colon) and then between words (or, in Chinese,
/// between characters).
pub fn lines(text: &str, room: i32, m: &dyn Measure) -> Vec<String> {
    if px(m, text) <= room {
        return vec![text.to_string()];
    }
    let parts: Vec<&str> = match text.find(['：', ':']) {
        Some(i) => {
            let colon = text[i..].chars().next().map_or(1, char::len_utf8);
            vec![&text[..i + colon], text[i + colon..].trim_start()]
        }
        None => vec![text],
    };
    parts
        .into_iter()
        .flat_map(|part| wrap(part, room, m))
        .collect()
}

/// The lines of `text` within `room` pixels, broken between words (or, in Chinese, between
/// characters).
/// Punctuation a Chinese line does not start with.
const NO_LINE_START: &str = "、，。：；！？）」』》%";

pub fn wrap(part: &str, room: i32, m: &dyn Measure) -> Vec<String> {
    let mut out = Vec::new();
    let mut line = String::new();
    for word in part.split(' ') {
        let candidate = if line.is_empty() {
            word.to_string()
        } else {
            format!("{line} {word}")
        };
        if px(m, &candidate) <= room || line.is_empty() {
            line = candidate;
        } else {
            out.push(std::mem::replace(&mut line, word.to_string()));
        }
        // A run without spaces (Chinese, or one long word) breaks between characters.
        while px(m, &line) > room {
            let mut cut = String::new();
            let mut rest = line.chars();
            for c in rest.by_ref() {
                let mut wider = cut.clone();
                wider.push(c);
                if px(m, &wider) > room && !cut.is_empty() {
                    // Chinese never starts a line with closing punctuation ("、8,000兆瓦"):
                    // the character before it moves down with it.
                    let carried = match cut.chars().last() {
                        Some(last) if NO_LINE_START.contains(c) && cut.chars().count() > 1 => {
                            cut.pop();
                            Some(last)
                        }
                        _ => None,
                    };
                    out.push(std::mem::take(&mut cut));
                    cut.extend(carried);
                    cut.push(c);
                    break;
                }
                cut = wider;
            }
            line = cut + rest.as_str();
        }
    }
    if !line.is_empty() {
        out.push(line);
    }
    out
}

/// The tooltip for `text` about the bar `at`, in a chart of `size`, with text sized by `m`:
/// above the bar if there is room, else below; centred on it but inside the chart; as many
/// lines as the chart holds (the rest elided: the live region and the table have the whole
/// text).
pub fn layout(size: (u32, u32), at: Rect, text: &str, m: &dyn Measure) -> Tooltip {
    let (w, h) = (size.0 as i32, size.1 as i32);
    let room = w - 2 * PAD_X;
    let mut lines = lines(text, room, m);
    let (ascent, descent) = m.extent(text);
    let ascent = ascent.ceil() as i32;
    let line_height = ascent + descent.ceil() as i32;
    let most = ((h - 2 * PAD_Y) / line_height).max(1) as usize;
    if lines.len() > most {
        lines.truncate(most);
        if let Some(last) = lines.last_mut() {
            last.push('…');
            while px(m, last) > room && last.chars().count() > 1 {
                let ellipsis = last.pop();
                last.pop();
                last.extend(ellipsis);
            }
        }
    }
    let widest = lines.iter().map(|l| px(m, l)).max().unwrap_or(0);
    let width = (widest + 2 * PAD_X).min(w);
    let height = 2 * PAD_Y + line_height * lines.len() as i32;
    let x = ((at.x0 + at.x1) / 2 - width / 2).clamp(0, (w - width).max(0));
    let y = if at.y0 - height - GAP >= 0 {
        at.y0 - height - GAP
    } else {
        (at.y1 + GAP).min(h - height).max(0)
    };
    Tooltip {
        lines,
        x,
        y,
        width,
        height,
        baseline: y + PAD_Y + ascent,
        line_height,
    }
}
