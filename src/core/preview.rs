//! Link previews: a 1200 × 630 picture of the key figures (and a card's chart) for Open Graph
//! and Twitter cards, composed here as SVG from the same data and chart code as the page, in
//! the page's language and script (right to left in Urdu), and rasterised to PNG by the
//! pre-render with the fonts it names ([`font`]).

use super::chart::{swap_anchors, Svg};
use super::i18n::Lang;
use super::markup::escape_attr;
use super::sheet::{CardView, KeyFigure, Page};

pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;

/// The file name of a preview: "og-sheet.png", "og-trade.png".
pub fn file_name(card: Option<&str>) -> String {
    format!("og-{}.png", card.unwrap_or("sheet"))
}

/// Places a chart drawn by the core at (x, y) scaled to `width`, as a nested `<svg>` (its
/// labels read right to left in Urdu, as on the page).
fn place(chart: &Svg, size: (u32, u32), (x, y): (u32, u32), width: u32, lang: Lang) -> String {
    let height = (f64::from(width) * f64::from(size.1) / f64::from(size.0)).round() as u32;
    let inner = chart
        .as_str()
        .split_once('>')
        .map(|(_, rest)| rest)
        .unwrap_or("");
    // The page's right-to-left charts rely on the browser flipping text-anchor under
    // direction="rtl" (`chart::rtl_text`); resvg anchors physically, so flip them back.
    let flipped;
    let inner = if lang.rtl() {
        flipped = swap_anchors(inner);
        flipped.as_str()
    } else {
        inner
    };
    let direction = if lang.rtl() { " direction=\"rtl\"" } else { "" };
    let inner = inner.trim_end().strip_suffix("</svg>").unwrap_or(inner);
    format!(
        "<svg x=\"{x}\" y=\"{y}\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {} {}\"{direction}>{inner}</svg>",
        size.0, size.1
    )
}

/// The font family the pre-render rasterises a language's previews with (installed by
/// `scripts/setup.sh` from Debian's fonts-dejavu-core, fonts-noto-cjk and fonts-noto-core).
pub fn font(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "DejaVu Sans",
        Lang::Zh => "Noto Sans CJK SC",
        // Naskh rather than Nastaliq: its line height fits the boxes at these sizes.
        Lang::Ur => "Noto Naskh Arabic",
    }
}

/// A left-to-right layout's x (of a text's start, or a box's left edge of `width`), placed
/// for the language: mirrored in Urdu, where text starts on the right.
fn x_at(lang: Lang, x: u32, width: u32) -> u32 {
    if lang.rtl() {
        WIDTH - x - width
    } else {
        x
    }
}

/// A text's start: its x and anchor, mirrored in Urdu.
fn start(lang: Lang, x: u32) -> String {
    if lang.rtl() {
        format!("x=\"{}\" text-anchor=\"end\" direction=\"rtl\"", WIDTH - x)
    } else {
        format!("x=\"{x}\"")
    }
}

/// How many characters of a label fit a box: CJK characters are about twice as wide.
fn fits(lang: Lang, latin: usize) -> usize {
    match lang {
        Lang::Zh => latin / 2,
        Lang::En | Lang::Ur => latin,
    }
}

fn figure_boxes(lang: Lang, figures: &[&KeyFigure], (x, y): (u32, u32), columns: u32) -> String {
    let mut out = String::new();
    for (i, f) in figures.iter().enumerate() {
        let (col, row) = (i as u32 % columns, i as u32 / columns);
        let (bx, by) = (x_at(lang, x + col * 270, 255), y + row * 150);
        let text_x = if lang.rtl() { bx + 255 - 18 } else { bx + 18 };
        let anchor = if lang.rtl() {
            " text-anchor=\"end\" direction=\"rtl\""
        } else {
            ""
        };
        out.push_str(&format!(
            "<rect x=\"{bx}\" y=\"{by}\" width=\"255\" height=\"135\" rx=\"12\" fill=\"#f1f4f8\" stroke=\"#d5d9de\"/>\
<text x=\"{text_x}\" y=\"{}\"{anchor} font-size=\"{}\" font-weight=\"bold\" fill=\"#1a1a1a\">{}</text>\
<text x=\"{text_x}\" y=\"{}\"{anchor} font-size=\"19\" fill=\"#4d5560\">{}</text>",
            by + 58,
            if f.value.chars().count() > 12 { 24 } else { 30 },
            escape_attr(&f.value),
            by + 95,
            escape_attr(&shorten(&f.label, fits(lang, 24))),
        ));
    }
    out
}

fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max - 1).collect();
    format!("{}…", cut.trim_end_matches([' ', ',']))
}

/// "Sources: A; B; C", every publisher named on the page, in page order, in its language.
fn sources(page: &Page) -> String {
    let s = page.lang.strings();
    let mut names: Vec<&str> = Vec::new();
    for line in page.cards.iter().flat_map(|c| &c.sources) {
        if !names.contains(&line.publisher) {
            names.push(line.publisher);
        }
    }
    s.preview_sources(&names.join(s.list_sep))
}

fn frame(page: &Page, title: &str, subtitle: &str, body: &str) -> String {
    let lang = page.lang;
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{HEIGHT}\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" font-family=\"{}, sans-serif\">\
<rect width=\"{WIDTH}\" height=\"{HEIGHT}\" fill=\"#ffffff\"/>\
<rect width=\"{WIDTH}\" height=\"14\" fill=\"#1a56a8\"/>\
<text {} y=\"90\" font-size=\"38\" font-weight=\"bold\" fill=\"#1a1a1a\">{}</text>\
<text {} y=\"134\" font-size=\"24\" fill=\"#4d5560\">{}</text>{body}\
<text {} y=\"590\" font-size=\"16\" fill=\"#4d5560\">{}</text></svg>",
        font(lang),
        start(lang, 60),
        escape_attr(&shorten(title, fits(lang, 52))),
        start(lang, 60),
        escape_attr(&shorten(subtitle, fits(lang, 84))),
        start(lang, 60),
        escape_attr(&shorten(&sources(page), fits(lang, 128))),
    )
}

/// The whole sheet: the title and eight key figures.
pub fn sheet_svg(page: &Page) -> String {
    let figures: Vec<&KeyFigure> = page.key_figures.iter().take(8).collect();
    frame(
        page,
        page.title,
        page.lang.strings().preview_tagline,
        &figure_boxes(page.lang, &figures, (60, 180), 4),
    )
}

/// One card: its title, its first chart, and the card's key figures.
pub fn card_svg(page: &Page, card: &CardView) -> String {
    let figures: Vec<&KeyFigure> = page
        .key_figures
        .iter()
        .filter(|k| card.figures.iter().any(|f| f.id == k.id))
        .take(4)
        .collect();
    let lang = page.lang;
    let chart = card
        .charts
        .first()
        .and_then(|c| {
            c.svg
                .as_ref()
                .ok()
                .map(|svg| place(svg, c.size, (x_at(lang, 640, 500), 170), 500, lang))
        })
        .unwrap_or_default();
    let rows = figures.len().div_ceil(2).max(1) as u32;
    let boxes = figure_boxes(lang, &figures, (60, 180 + (3 - rows.min(3)) * 20), 2);
    frame(page, card.title, page.title, &format!("{boxes}{chart}"))
}
