//! The one place chart SVG is edited after plotters has written it, and read back: the split
//! into drawing and texts (for the browser's cheap relabelling), the unescaping of those
//! texts, and the right-to-left marking. Plotters has no `direction` attribute; drawing
//! every label with its anchor pre-swapped would leave the link previews (rendered by resvg,
//! which anchors physically) to swap them back anyway, so both directions go through
//! [`swap_anchors`] here.

use crate::core::markup::SafeHtml;
use std::rc::Rc;

/// A drawn chart: an SVG document as text, and the same document split in two: its drawing
/// (the document with every `<text>` emptied) and its texts, in order. Two charts with the same
/// drawing differ only in their labels, as after a unit switch that rescales a chart's labels
/// (US$ bn to US$ mn): the browser then rewrites a dozen text nodes instead of replacing and
/// re-parsing the SVG. Shared: views and their caches clone charts freely.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Svg {
    source: Rc<str>,
    drawing: Rc<str>,
    texts: Rc<[String]>,
}

impl Svg {
    /// Splits `source`, an SVG document whose `<text>` elements hold text only (as plotters
    /// writes them: escaped, no nested elements).
    pub fn new(source: String) -> Svg {
        let mut drawing = String::with_capacity(source.len());
        let mut texts = Vec::new();
        let mut rest = source.as_str();
        while let Some((open, content, after)) = next_text(rest) {
            drawing.push_str(open);
            texts.push(unescape(content));
            rest = after;
        }
        drawing.push_str(rest);
        Svg {
            source: source.into(),
            drawing: drawing.into(),
            texts: texts.into(),
        }
    }

    /// The whole document.
    pub fn as_str(&self) -> &str {
        &self.source
    }

    /// The whole document, shared.
    pub fn source(&self) -> &Rc<str> {
        &self.source
    }

    /// The whole document as HTML the view may write in place (plotters escapes the texts
    /// it writes; `rtl_text` only swaps attribute values).
    pub fn html(&self) -> SafeHtml {
        SafeHtml::trusted(self.source.clone())
    }

    /// The document with every `<text>` element emptied, shared.
    pub fn drawing(&self) -> &Rc<str> {
        &self.drawing
    }

    /// The text of each `<text>` element, in document order, unescaped (as the DOM reads it).
    pub fn texts(&self) -> &[String] {
        &self.texts
    }
}

/// Splits `s` at its first `<text ...>` element: what comes before its content (the open tag
/// included), the content, and the rest from `</text>` on.
fn next_text(s: &str) -> Option<(&str, &str, &str)> {
    let start = s.find("<text")?;
    let open_end = start + s[start..].find('>')? + 1;
    let close = open_end + s[open_end..].find("</text>")?;
    Some((&s[..open_end], &s[open_end..close], &s[close..]))
}

/// Undoes plotters' escaping of text (`&lt;`, `&gt;`, `&amp;`, `&quot;`, `&apos;`).
fn unescape(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// Marks a chart's SVG as right-to-left text without moving anything: `direction="rtl"`
/// makes Urdu labels read in order (the number before its unit word), and swapping the
/// `start` and `end` anchors keeps every label where the layout put it.
pub fn rtl_text(svg: Svg) -> Svg {
    let text = swap_anchors(svg.as_str()).replacen("<svg ", "<svg direction=\"rtl\" ", 1);
    Svg::new(text)
}

/// `text-anchor="start"` and `"end"` swapped, in one pass. Plotters escapes the texts it
/// writes (a `"` is `&quot;`), so the attribute cannot occur inside a label.
pub fn swap_anchors(svg: &str) -> String {
    const ANCHOR: &str = "text-anchor=\"";
    let mut out = String::with_capacity(svg.len() + 16);
    let mut rest = svg;
    while let Some(at) = rest.find(ANCHOR) {
        let (before, tail) = rest.split_at(at + ANCHOR.len());
        out.push_str(before);
        rest = if let Some(after) = tail.strip_prefix("start\"") {
            out.push_str("end\"");
            after
        } else if let Some(after) = tail.strip_prefix("end\"") {
            out.push_str("start\"");
            after
        } else {
            tail
        };
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = "<svg width=\"10\" height=\"10\"><text x=\"1\" text-anchor=\"start\">a &lt;b&gt; &amp; &quot;c&quot;</text><rect/><text x=\"9\" text-anchor=\"end\"></text><text text-anchor=\"middle\">m</text></svg>";

    #[test]
    fn a_document_splits_into_its_drawing_and_its_unescaped_texts() {
        let svg = Svg::new(DOC.to_string());
        assert_eq!(svg.texts(), ["a <b> & \"c\"", "", "m"]);
        assert_eq!(
            svg.drawing().as_ref(),
            "<svg width=\"10\" height=\"10\"><text x=\"1\" text-anchor=\"start\"></text><rect/><text x=\"9\" text-anchor=\"end\"></text><text text-anchor=\"middle\"></text></svg>"
        );
        assert_eq!(svg.as_str(), DOC);
        // No texts: the drawing is the document.
        let plain = Svg::new("<svg><rect/></svg>".into());
        assert!(plain.texts().is_empty());
        assert_eq!(plain.drawing().as_ref(), "<svg><rect/></svg>");
        // An unclosed text is left in the drawing, not half-split.
        let broken = Svg::new("<svg><text>a".into());
        assert!(broken.texts().is_empty());
    }

    #[test]
    fn unescaping_undoes_each_entity_once() {
        assert_eq!(unescape("&amp;lt;"), "&lt;");
        assert_eq!(unescape("&apos;x&apos;"), "'x'");
        assert_eq!(unescape("no entities"), "no entities");
    }

    #[test]
    fn anchors_swap_both_ways_in_one_pass_and_middle_stays() {
        let swapped = swap_anchors(DOC);
        assert!(swapped.contains("x=\"1\" text-anchor=\"end\""));
        assert!(swapped.contains("x=\"9\" text-anchor=\"start\""));
        assert!(swapped.contains("text-anchor=\"middle\""));
        assert_eq!(
            swap_anchors(&swapped),
            DOC,
            "swapping twice gives the document back"
        );
        assert_eq!(swap_anchors("text-anchor=\""), "text-anchor=\"");
        assert_eq!(swap_anchors(""), "");
    }

    #[test]
    fn right_to_left_marks_the_root_only_and_keeps_the_labels_in_place() {
        let rtl = rtl_text(Svg::new(DOC.to_string()));
        assert!(rtl.as_str().starts_with("<svg direction=\"rtl\" width="));
        assert_eq!(rtl.as_str().matches("direction=").count(), 1);
        assert_eq!(rtl.texts(), Svg::new(DOC.to_string()).texts());
    }
}
