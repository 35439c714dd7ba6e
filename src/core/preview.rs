//! Link previews: a 1200 × 630 picture of the key figures (and a card's chart) for Open Graph
//! and Twitter cards, composed here as SVG from the same data and chart code as the page, and
//! rasterised to PNG by the pre-render.

use super::chart::Svg;
use super::sheet::{CardView, KeyFigure, Page};

pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;

/// The file name of a preview: "og-sheet.png", "og-trade.png".
pub fn file_name(card: Option<&str>) -> String {
    format!("og-{}.png", card.unwrap_or("sheet"))
}

fn xml(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Places a chart drawn by the core at (x, y) scaled to `width`, as a nested `<svg>`.
fn place(chart: &Svg, size: (u32, u32), x: u32, y: u32, width: u32) -> String {
    let height = (f64::from(width) * f64::from(size.1) / f64::from(size.0)).round() as u32;
    let inner = chart
        .as_str()
        .split_once('>')
        .map(|(_, rest)| rest)
        .unwrap_or("");
    let inner = inner.trim_end().strip_suffix("</svg>").unwrap_or(inner);
    format!(
        "<svg x=\"{x}\" y=\"{y}\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {} {}\">{inner}</svg>",
        size.0, size.1
    )
}

fn figure_boxes(figures: &[&KeyFigure], x: u32, y: u32, columns: u32) -> String {
    let mut out = String::new();
    for (i, f) in figures.iter().enumerate() {
        let (col, row) = (i as u32 % columns, i as u32 / columns);
        let (bx, by) = (x + col * 270, y + row * 150);
        out.push_str(&format!(
            "<rect x=\"{bx}\" y=\"{by}\" width=\"255\" height=\"135\" rx=\"12\" fill=\"#f1f4f8\" stroke=\"#d5d9de\"/>\
<text x=\"{}\" y=\"{}\" font-size=\"30\" font-weight=\"bold\" fill=\"#1a1a1a\">{}</text>\
<text x=\"{}\" y=\"{}\" font-size=\"19\" fill=\"#4d5560\">{}</text>",
            bx + 18,
            by + 58,
            xml(&f.value),
            bx + 18,
            by + 95,
            xml(&shorten(&f.label, 24)),
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

/// "Sources: A; B; C", every publisher named on the page, in page order.
fn sources(page: &Page) -> String {
    let mut names: Vec<&str> = Vec::new();
    for line in page.cards.iter().flat_map(|c| &c.sources) {
        if !names.contains(&line.publisher) {
            names.push(line.publisher);
        }
    }
    format!("Sources: {}", names.join("; "))
}

fn frame(page: &Page, title: &str, subtitle: &str, body: &str) -> String {
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{HEIGHT}\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" font-family=\"DejaVu Sans, Liberation Sans, sans-serif\">\
<rect width=\"{WIDTH}\" height=\"{HEIGHT}\" fill=\"#ffffff\"/>\
<rect width=\"{WIDTH}\" height=\"14\" fill=\"#1a56a8\"/>\
<text x=\"60\" y=\"90\" font-size=\"38\" font-weight=\"bold\" fill=\"#1a1a1a\">{}</text>\
<text x=\"60\" y=\"134\" font-size=\"24\" fill=\"#4d5560\">{}</text>{body}\
<text x=\"60\" y=\"590\" font-size=\"18\" fill=\"#4d5560\">{}</text></svg>",
        xml(title),
        xml(subtitle),
        xml(&sources(page)),
    )
}

/// The whole sheet: the title and eight key figures.
pub fn sheet_svg(page: &Page) -> String {
    let figures: Vec<&KeyFigure> = page.key_figures.iter().take(8).collect();
    frame(
        page,
        page.title,
        "Trade, CPEC and Karot: sourced figures, derived values with their formulas",
        &figure_boxes(&figures, 60, 180, 4),
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
    let chart = card
        .charts
        .first()
        .and_then(|c| {
            c.svg
                .as_ref()
                .ok()
                .map(|svg| place(svg, c.size, 640, 170, 500))
        })
        .unwrap_or_default();
    let rows = figures.len().div_ceil(2).max(1) as u32;
    let boxes = figure_boxes(&figures, 60, 180 + (3 - rows.min(3)) * 20, 2);
    frame(page, card.title, page.title, &format!("{boxes}{chart}"))
}
