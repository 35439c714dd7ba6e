//! Where a chart's tooltip goes and how its text breaks: in the chart's own coordinates, so the
//! box stays on its bar at any width and never leaves the chart. Widths are estimates (the
//! browser's fonts are unknown here): generous for Chinese characters and Urdu's tall
//! Nastaliq letters.

use super::Rect;

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

/// Rough width of `text` in pixels at the tooltip's 13 px: Chinese characters are about twice
/// as wide as Latin or Urdu letters.
pub fn text_width(text: &str) -> i32 {
    text.chars()
        .map(|c| if c >= '\u{2e80}' { 13 } else { 7 })
        .sum()
}

/// The lines of `text` within `room` pixels: one if it fits, else broken after the label
/// (where every language's pattern puts a colon) and then between words (or, in Chinese,
/// between characters).
pub fn lines(text: &str, room: i32) -> Vec<String> {
    if text_width(text) <= room {
        return vec![text.to_string()];
    }
    let parts: Vec<&str> = match text.find(['：', ':']) {
        Some(i) => {
            let colon = text[i..].chars().next().map_or(1, char::len_utf8);
            vec![&text[..i + colon], text[i + colon..].trim_start()]
        }
        None => vec![text],
    };
    let mut out = Vec::new();
    for part in parts {
        let mut line = String::new();
        for word in part.split(' ') {
            let candidate = if line.is_empty() {
                word.to_string()
            } else {
                format!("{line} {word}")
            };
            if text_width(&candidate) <= room || line.is_empty() {
                line = candidate;
            } else {
                out.push(std::mem::replace(&mut line, word.to_string()));
            }
            // A run without spaces (Chinese) breaks between characters.
            while text_width(&line) > room {
                let mut cut = String::new();
                let mut rest = line.chars();
                for c in rest.by_ref() {
                    let wide = text_width(&cut) + text_width(c.encode_utf8(&mut [0; 4])) > room;
                    if wide && !cut.is_empty() {
                        out.push(std::mem::take(&mut cut));
                        cut.push(c);
                        break;
                    }
                    cut.push(c);
                }
                line = cut + rest.as_str();
            }
        }
        if !line.is_empty() {
            out.push(line);
        }
    }
    out
}

/// The tooltip for `text` about the bar `at`, in a chart of `size`: above the bar if there is
/// room, else below; centred on it but inside the chart; as many lines as the chart holds
/// (the rest elided: the live region and the table have the whole text).
pub fn layout(size: (u32, u32), at: Rect, text: &str) -> Tooltip {
    let (w, h) = (size.0 as i32, size.1 as i32);
    let mut lines = lines(text, w - 16);
    // Nastaliq (Urdu) letters stand much taller than Latin or Chinese ones at the same size.
    let (line_height, ascent) = if text.chars().any(|c| ('\u{600}'..='\u{6ff}').contains(&c)) {
        (34, 25)
    } else {
        (16, 12)
    };
    let most = ((h - 8) / line_height).max(1) as usize;
    if lines.len() > most {
        lines.truncate(most);
        if let Some(last) = lines.last_mut() {
            while text_width(last) + 7 > w - 16 && last.pop().is_some() {}
            last.push('…');
        }
    }
    let widest = lines.iter().map(|l| text_width(l)).max().unwrap_or(0);
    let width = (widest + 16).min(w);
    let height = 8 + line_height * lines.len() as i32;
    let x = ((at.x0 + at.x1) / 2 - width / 2).clamp(0, (w - width).max(0));
    let y = if at.y0 - height - 8 >= 0 {
        at.y0 - height - 8
    } else {
        (at.y1 + 8).min(h - height)
    };
    Tooltip {
        lines,
        x,
        y,
        width,
        height,
        baseline: y + 4 + ascent,
        line_height,
    }
}
