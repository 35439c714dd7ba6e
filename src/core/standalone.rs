//! A chart as an image that stands alone: the chart drawn by `core::chart`, framed by what an
//! editor would otherwise have to add on a slide (the card's title, the unit line, the legend,
//! the source and each derived bar's formula, the sheet's name and the view's permalink), in
//! the page's language and direction. One self-contained SVG document (no external references,
//! generic font families); the browser renders the PNG from it.
//!
//! The text is wrapped here, where no font can be measured: a downloaded SVG is opened in
//! other programs with other fonts. So widths are estimated generously ([`Generous`]): a line
//! is broken sooner than it needs to be in most fonts rather than overflow in a wide one.

use super::chart::tooltip::{wrap, Measure};
use super::chart::{ChartError, FONT};
use super::derive::Origin;
use super::i18n::{Lang, Strings};
use super::markup::escape_text;
use super::sheet::{ChartView, Legend};
use std::fmt::Write;

/// How wide the image is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Width {
    /// A newspaper or blog column.
    #[default]
    Column,
    /// A 16:9 presentation slide.
    Slide,
}

impl Width {
    pub const ALL: [Width; 2] = [Width::Column, Width::Slide];

    pub const fn px(self) -> u32 {
        match self {
            Width::Column => 640,
            Width::Slide => 1200,
        }
    }

    pub fn label(self, s: &Strings) -> &'static str {
        match self {
            Width::Column => s.image_column,
            Width::Slide => s.image_slide,
        }
    }

    /// Type and spacing grow with the image: a slide is read from across a room.
    fn scale(self) -> f64 {
        match self {
            Width::Column => 1.0,
            Width::Slide => 1.35,
        }
    }
}

/// The image's colours: the page's light or dark theme.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Palette {
    #[default]
    Light,
    Dark,
}

struct Colours {
    background: &'static str,
    ink: &'static str,
    muted: &'static str,
    rule: &'static str,
    link: &'static str,
}

impl Palette {
    /// The stylesheet's colours (style.css, `:root`), each side of its light-dark().
    fn colours(self) -> Colours {
        match self {
            Palette::Light => Colours {
                background: "#ffffff",
                ink: "#1a1a1a",
                muted: "#4d5560",
                rule: "#d5d9de",
                link: "#1a56a8",
            },
            Palette::Dark => Colours {
                background: "#15171a",
                ink: "#ececec",
                muted: "#b4bac2",
                rule: "#3a3f46",
                link: "#8ab4f8",
            },
        }
    }
}

/// `chart::BAR` as the SVG writes it: the bars' blue, the same in both themes (style.css
/// `--bar`). Written out, not formatted at run time (a test keeps the two equal).
const BAR: &str = "#3a7bd5";
/// `chart::INK` as plotters writes it for text and axes (the page's stylesheet recolours it;
/// an image cannot rely on a stylesheet).
const CHART_INK: &str = "#222222";

/// A length in the document, to a tenth of a pixel. Written by hand: formatting a float with a
/// precision (`{:.1}`) brings the exact float formatter into the wasm.
#[derive(Clone, Copy)]
struct Px(f64);

impl std::fmt::Display for Px {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let tenths = (self.0 * 10.0).round() as i64;
        let sign = if tenths < 0 { "-" } else { "" };
        let t = tenths.unsigned_abs();
        write!(f, "{sign}{}.{}", t / 10, t % 10)
    }
}

/// What frames the chart besides its own view.
#[derive(Clone, Copy, Debug)]
pub struct Frame<'a> {
    /// The card's title, the image's headline.
    pub card: &'a str,
    /// The fact sheet's name.
    pub sheet: &'a str,
    /// The permalink of the view, absolute.
    pub permalink: &'a str,
}

/// A framed chart: the SVG document and its size in CSS pixels.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Image {
    pub svg: String,
    pub size: (u32, u32),
}

/// How wide a text is at a size and weight, in px.
pub trait Ruler {
    fn width(&self, text: &str, size: f64, bold: bool) -> f64;
}

/// Text widths that err wide: about the widest common sans-serif (DejaVu Sans, bold where
/// bold), per character class. The browser measures in the reader's fonts and takes the wider
/// of the two, so the PNG fits its fonts and the SVG most others.
#[derive(Clone, Copy, Debug, Default)]
pub struct Generous;

/// A character's advance in em, at or above DejaVu Sans's for its class.
fn em(c: char) -> f64 {
    match c {
        ' ' => 0.35,
        'm' | 'w' | 'M' | 'W' | '%' | '@' | '—' => 1.0,
        'A'..='Z' => 0.8,
        '0'..='9' | '$' => 0.66,
        // Chinese characters and full-width punctuation fill their em square.
        c if c >= '\u{2e80}' => 1.05,
        // Arabic script, as Urdu fonts draw it (Nastaliq runs wide at small sizes).
        '\u{600}'..='\u{6ff}' | '\u{750}'..='\u{77f}' => 0.72,
        _ => 0.64,
    }
}

impl Ruler for Generous {
    fn width(&self, text: &str, size: f64, bold: bool) -> f64 {
        let weight = if bold { 1.14 } else { 1.0 };
        text.chars().map(em).sum::<f64>() * size * weight
    }
}

/// A ruler at one size and weight, as line breaking asks.
struct At<'a> {
    ruler: &'a dyn Ruler,
    size: f64,
    bold: bool,
}

impl Measure for At<'_> {
    fn width(&self, text: &str) -> f64 {
        self.ruler.width(text, self.size, self.bold)
    }

    /// Nastaliq (Urdu) stands much taller than Latin or Chinese at one size.
    fn extent(&self, text: &str) -> (f64, f64) {
        if urdu(text) {
            (self.size * 1.5, self.size * 0.6)
        } else {
            (self.size, self.size * 0.3)
        }
    }
}

/// Whether `text` is in Arabic script (Urdu, on this sheet).
pub(crate) fn urdu(text: &str) -> bool {
    text.chars().any(|c| ('\u{600}'..='\u{6ff}').contains(&c))
}

/// The document being written, top to bottom: `y` is where the next block starts.
struct Page<'a> {
    ruler: &'a dyn Ruler,
    out: String,
    y: f64,
    width: f64,
    pad: f64,
    rtl: bool,
}

/// A style of text: size in px, weight, colour.
#[derive(Clone, Copy)]
struct Type {
    size: f64,
    bold: bool,
    fill: &'static str,
}

impl Page<'_> {
    fn measure(&self, t: Type) -> At<'_> {
        At {
            ruler: self.ruler,
            size: t.size,
            bold: t.bold,
        }
    }

    fn room(&self) -> f64 {
        self.width - 2.0 * self.pad
    }

    /// The x of something `w` wide that starts `p` from the start edge (the right one in a
    /// right-to-left language).
    fn at(&self, p: f64, w: f64) -> f64 {
        if self.rtl {
            self.width - self.pad - p - w
        } else {
            self.pad + p
        }
    }

    /// One line of text starting `p` from the start edge, its baseline at `baseline`.
    /// `ltr` marks a left-to-right text (an address) in a right-to-left image: it keeps the
    /// page's alignment.
    fn line(&mut self, text: &str, p: f64, baseline: f64, t: Type, ltr: bool) {
        let (x, anchor, direction) = match (self.rtl, ltr) {
            (true, true) => (self.width - self.pad - p, "end", " direction=\"ltr\""),
            (true, false) => (self.width - self.pad - p, "start", ""),
            _ => (self.pad + p, "start", ""),
        };
        let _ = write!(
            self.out,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"{anchor}\"{direction} font-size=\"{}\"{} fill=\"{}\">{}</text>",
            Px(x),
            Px(baseline),
            Px(t.size),
            if t.bold { " font-weight=\"700\"" } else { "" },
            t.fill,
            escape_text(text)
        );
    }

    /// A paragraph wrapped to the room left from `p`; returns its height.
    fn paragraph(&mut self, text: &str, p: f64, top: f64, t: Type, ltr: bool) -> f64 {
        let room = (self.room() - p).floor() as i32;
        let wrapped = wrap(text, room, &self.measure(t));
        self.lines(&wrapped, p, top, t, ltr)
    }

    /// Lines already wrapped, the first at `top`; returns their height.
    fn lines(&mut self, wrapped: &[String], p: f64, top: f64, t: Type, ltr: bool) -> f64 {
        let mut y = top;
        for line in wrapped {
            let (ascent, descent) = self.measure(t).extent(line);
            self.line(line, p, y + ascent, t, ltr);
            y += ascent + descent + t.size * 0.2;
        }
        y - top
    }

    /// A paragraph across the whole width, then `gap` below it.
    fn block(&mut self, text: &str, t: Type, gap: f64) {
        let h = self.paragraph(text, 0.0, self.y, t, false);
        self.y += h + gap;
    }
}

/// A legend entry's key, drawn as the chart draws what it explains.
#[derive(Clone, Copy)]
enum Swatch {
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
fn legend_entries(chart: &ChartView, s: &Strings) -> Vec<(Swatch, String)> {
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
fn legend(page: &mut Page, entries: &[(Swatch, String)], t: Type, k: f64) {
    let side = 12.0 * k;
    let gap = 6.0 * k;
    let between = 20.0 * k;
    let ruler = page.ruler;
    let m = At {
        ruler,
        size: t.size,
        bold: t.bold,
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

/// The chart framed to stand alone: `chart` as the page shows it, in `lang`, `width` wide, in
/// `palette`'s colours, its text wrapped by `ruler`.
pub fn standalone(
    chart: &ChartView,
    frame: &Frame,
    (width, palette): (Width, Palette),
    (lang, ruler): (Lang, &dyn Ruler),
) -> Result<Image, ChartError> {
    let drawn = chart.svg.as_ref().map_err(Clone::clone)?;
    let s = lang.strings();
    let c = palette.colours();
    let k = width.scale();
    let w = f64::from(width.px());
    let mut page = Page {
        ruler,
        out: String::with_capacity(drawn.as_str().len() + 4096),
        y: 22.0 * k,
        width: w,
        pad: 24.0 * k,
        rtl: lang.rtl(),
    };
    // Sizes in half pixels, so that the document says exactly the size the text was laid out in.
    let text = |size: f64, bold: bool, fill: &'static str| Type {
        size: (size * k * 2.0).round() / 2.0,
        bold,
        fill,
    };
    page.block(frame.card, text(22.0, true, c.ink), 4.0 * k);
    // The finding, then what the chart draws and its unit (the axis numbers have none), on
    // one line where it fits: a slide keeps its 16:9.
    let title = if chart.subtitle.is_empty() {
        chart.title.clone()
    } else {
        format!("{} · {}", chart.title, chart.subtitle)
    };
    page.block(&title, text(15.0, false, c.muted), 10.0 * k);
    legend(
        &mut page,
        &legend_entries(chart, s),
        text(13.0, false, c.ink),
        k,
    );
    page.y += 12.0 * k;

    // The chart, centred and scaled up to the width; on a slide no taller than leaves room
    // for the text around it.
    let (cw, ch) = (f64::from(chart.size.0), f64::from(chart.size.1));
    let most = match width {
        Width::Column => 2.0,
        Width::Slide => (360.0 / ch).min(3.0),
    };
    let scale = (page.room() / cw).min(most);
    let (dw, dh) = (cw * scale, ch * scale);
    let drawing = match palette {
        Palette::Light => drawn.as_str().to_string(),
        Palette::Dark => drawn.as_str().replace(CHART_INK, c.ink),
    };
    let _ = write!(
        page.out,
        "<svg x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" viewBox=\"0 0 {} {}\">{drawing}</svg>",
        Px((w - dw) / 2.0),
        Px(page.y),
        Px(dw),
        Px(dh),
        chart.size.0,
        chart.size.1
    );
    page.y += dh + 14.0 * k;

    let note = text(12.5, false, c.muted);
    page.block(&s.image_source(&chart.source), note, 2.0 * k);
    for (label, formula) in &chart.derived {
        page.block(&s.image_derived(label, formula), note, 2.0 * k);
    }
    page.y += 8.0 * k;
    let _ = write!(
        page.out,
        "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{}\" stroke-width=\"1\"/>",
        Px(page.pad),
        Px(page.y),
        Px(w - page.pad),
        Px(page.y),
        c.rule
    );
    page.y += 8.0 * k;
    page.block(frame.sheet, text(13.0, true, c.ink), 0.0);
    if !frame.permalink.is_empty() {
        let link = text(12.0, false, c.link);
        let h = page.paragraph(frame.permalink, 0.0, page.y, link, true);
        page.y += h;
    }
    page.y += 18.0 * k;

    let height = page.y.ceil() as u32;
    let mut svg = String::with_capacity(page.out.len() + 512);
    let _ = write!(
        svg,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{}\" height=\"{height}\" viewBox=\"0 0 {} {height}\" font-family=\"{FONT}\"{} lang=\"{}\"><title>{}</title><desc>{}</desc><rect width=\"100%\" height=\"100%\" fill=\"{}\"/>",
        width.px(),
        width.px(),
        if page.rtl { " direction=\"rtl\"" } else { "" },
        lang.tag(),
        escape_text(&s.embed_title(frame.card, &chart.title)),
        escape_text(&chart.summary),
        c.background,
    );
    svg.push_str(&page.out);
    svg.push_str("</svg>");
    Ok(Image {
        svg,
        size: (width.px(), height),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::data::dataset;
    use crate::core::derive::compute;
    use crate::core::sheet::page;
    use crate::core::testing::TODAY;
    use crate::core::units::{Distance, Energy, Money, Power, Units};

    const URL: &str = "https://example.org/news/cpec/?trade=table&money=usd-mn&theme=dark#trade";

    /// The frame's own texts (the chart's are the chart's): (x, anchor, direction, size,
    /// bold, text).
    struct Line {
        x: f64,
        y: f64,
        anchor: String,
        ltr: bool,
        size: f64,
        bold: bool,
        text: String,
    }

    fn attr(tag: &str, name: &str) -> Option<String> {
        let at = tag.find(&format!(" {name}=\""))? + name.len() + 3;
        Some(tag[at..].split('"').next()?.to_string())
    }

    fn frame_lines(image: &Image, chart: &ChartView) -> Vec<Line> {
        // Without the chart's viewport: from `<svg x=` to the chart's end and its own.
        let _ = chart;
        // The viewport closes at the document's last `</svg>` but one.
        let svg = &image.svg;
        let own = match (svg.find("<svg x="), svg.rmatch_indices("</svg>").nth(1)) {
            (Some(start), Some((end, _))) => format!("{}{}", &svg[..start], &svg[end + 6..]),
            _ => svg.clone(),
        };
        own.split("<text")
            .skip(1)
            .filter_map(|t| {
                let (tag, rest) = t.split_once('>')?;
                let (text, _) = rest.split_once("</text>")?;
                let num = |n: &str| attr(tag, n).and_then(|v| v.parse::<f64>().ok());
                Some(Line {
                    x: num("x")?,
                    y: num("y")?,
                    anchor: attr(tag, "text-anchor")?,
                    ltr: attr(tag, "direction").as_deref() == Some("ltr"),
                    size: num("font-size")?,
                    bold: attr(tag, "font-weight").is_some(),
                    text: text
                        .replace("&lt;", "<")
                        .replace("&gt;", ">")
                        .replace("&amp;", "&"),
                })
            })
            .collect()
    }

    /// Every line of the frame lies inside the margins and above the foot, at its estimated
    /// width.
    fn assert_inside(image: &Image, chart: &ChartView, width: Width, rtl: bool) {
        let (w, h) = (f64::from(image.size.0), f64::from(image.size.1));
        let pad = 24.0 * width.scale();
        let lines = frame_lines(image, chart);
        assert!(lines.len() >= 5, "{}", image.svg);
        for l in &lines {
            let len = Generous.width(&l.text, l.size, l.bold);
            // Where the line starts and ends, physically.
            let (x0, x1) = match (rtl, l.ltr, l.anchor.as_str()) {
                (false, _, "start") => (l.x, l.x + len),
                (true, false, "start") | (true, true, "end") => (l.x - len, l.x),
                other => panic!("unexpected anchoring {other:?}"),
            };
            assert!(
                x0 >= pad - 0.5 && x1 <= w - pad + 0.5,
                "{:?} runs {x0:.0}..{x1:.0} in {w}",
                l.text
            );
            assert!(l.y > 0.0 && l.y < h, "{:?} at y {} of {h}", l.text, l.y);
        }
    }

    fn every_units() -> Vec<Units> {
        let mut all = Vec::new();
        for money in [Money::UsdBn, Money::UsdMn] {
            for energy in [Energy::Kwh, Energy::Gwh, Energy::Twh] {
                for distance in [Distance::Km, Distance::Mi] {
                    for power in [Power::Mw, Power::Gw] {
                        all.push(Units {
                            money,
                            energy,
                            distance,
                            power,
                        });
                    }
                }
            }
        }
        all
    }

    #[test]
    fn every_chart_stands_alone_in_every_language_unit_width_and_theme() {
        for lang in Lang::ALL {
            let data = dataset(lang);
            let c = compute(data, TODAY, lang).expect("the shipped data derives");
            for units in every_units() {
                let p = page(data, &c, &units, TODAY, lang);
                for card in &p.cards {
                    for chart in &card.charts {
                        for width in Width::ALL {
                            for palette in [Palette::Light, Palette::Dark] {
                                let frame = Frame {
                                    card: card.title,
                                    sheet: p.title,
                                    permalink: URL,
                                };
                                let image =
                                    standalone(chart, &frame, (width, palette), (lang, &Generous))
                                        .expect("the shipped charts draw");
                                assert_eq!(image.size.0, width.px());
                                assert_inside(&image, chart, width, lang.rtl());
                                let said: String = frame_lines(&image, chart)
                                    .iter()
                                    .map(|l| l.text.clone())
                                    .collect();
                                let bare = |t: &str| t.replace(' ', "");
                                for part in [card.title, &chart.title, p.title, URL] {
                                    assert!(
                                        bare(&said).contains(&bare(part)),
                                        "{lang:?} {}: {part:?} missing from {said}",
                                        chart.id
                                    );
                                }
                                assert!(bare(&said).contains(&bare(&chart.source)));
                                for (_, formula) in &chart.derived {
                                    assert!(bare(&said).contains(&bare(formula)), "{formula}");
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    fn s_ur() -> &'static Strings {
        Lang::Ur.strings()
    }

    fn sample(title: &str) -> ChartView {
        let c = compute(dataset(Lang::En), TODAY, Lang::En).expect("derives");
        let p = page(dataset(Lang::En), &c, &Units::default(), TODAY, Lang::En);
        ChartView {
            title: title.into(),
            ..p.cards[0].charts[0].clone()
        }
    }

    #[test]
    fn the_longest_strings_wrap_inside_the_image() {
        let wide = "W".repeat(30) + " " + &"M".repeat(70) + " mmmm wwww";
        let chinese = "中巴经济走廊".repeat(40);
        let url = format!(
            "https://example.org/{}?x={}",
            "a".repeat(200),
            "%20".repeat(60)
        );
        for lang in [Lang::En, Lang::Zh, Lang::Ur] {
            for width in Width::ALL {
                for title in [&wide, &chinese] {
                    let chart = sample(title);
                    let frame = Frame {
                        card: title,
                        sheet: &chinese,
                        permalink: &url,
                    };
                    let image =
                        standalone(&chart, &frame, (width, Palette::Light), (lang, &Generous))
                            .expect("draws");
                    assert_inside(&image, &chart, width, lang.rtl());
                    assert!(
                        frame_lines(&image, &chart).len() > 8,
                        "the long texts wrapped"
                    );
                }
            }
        }
    }

    #[test]
    fn the_image_is_one_self_contained_document_in_the_page_colours() {
        let chart = sample("Bilateral trade by year, US$ billion");
        let frame = Frame {
            card: "Bilateral <trade> & \"more\"",
            sheet: "Sheet",
            permalink: URL,
        };
        let light = standalone(
            &chart,
            &frame,
            (Width::Column, Palette::Light),
            (Lang::En, &Generous),
        )
        .expect("draws");
        let dark = standalone(
            &chart,
            &frame,
            (Width::Slide, Palette::Dark),
            (Lang::En, &Generous),
        )
        .expect("draws");
        for image in [&light, &dark] {
            let svg = &image.svg;
            assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
            assert!(svg.ends_with("</svg>"));
            assert_eq!(
                svg.matches("<svg").count(),
                3,
                "the frame, its viewport, the chart"
            );
            for external in ["href", "url(", "<image", "@import", "<style", "<script"] {
                assert!(!svg.contains(external), "{external} in the image");
            }
            assert!(svg.contains("Bilateral &lt;trade&gt; &amp; \"more\""));
            assert!(!svg.contains("<trade>"));
            assert!(svg.contains("font-family=\"system-ui, sans-serif\""));
        }
        assert!(light.svg.contains("fill=\"#ffffff\"") && light.svg.contains(CHART_INK));
        assert!(dark.svg.contains("fill=\"#15171a\"") && !dark.svg.contains(CHART_INK));
        assert_eq!(light.size.0, 640);
        assert_eq!(dark.size.0, 1200);
        let headline = |i: &Image| frame_lines(i, &chart)[0].size;
        assert!(
            headline(&dark) > headline(&light) * 1.3,
            "a slide's type is larger"
        );
        // About a 16:9 slide (675 px).
        assert!(dark.size.1 <= 1200 * 9 / 16 + 60, "{}", dark.size.1);
    }

    #[test]
    fn urdu_reads_right_to_left_with_the_address_left_to_right() {
        let c = compute(dataset(Lang::Ur), TODAY, Lang::Ur).expect("derives");
        let p = page(dataset(Lang::Ur), &c, &Units::default(), TODAY, Lang::Ur);
        let chart = &p.cards[0].charts[0];
        let frame = Frame {
            card: p.cards[0].title,
            sheet: p.title,
            permalink: URL,
        };
        let image = standalone(
            chart,
            &frame,
            (Width::Column, Palette::Light),
            (Lang::Ur, &Generous),
        )
        .expect("draws");
        assert!(image.svg.contains("direction=\"rtl\" lang=\"ur"));
        let lines = frame_lines(&image, chart);
        assert!(
            image.svg.contains(s_ur().legend_derived),
            "the trade chart has a derived bar"
        );
        // Every line starts at the right margin but the legend's, which start after their keys
        // from the right (side by side when they fit).
        let legend = [s_ur().legend_reported, s_ur().legend_derived];
        for l in &lines {
            let (x, least) = if legend.contains(&l.text.as_str()) {
                (600.0, 200.0)
            } else {
                (616.0, 400.0)
            };
            assert!(l.x <= x && l.x > least, "{:?} at {}", l.text, l.x);
            assert_eq!(
                l.x == 616.0,
                !legend.contains(&l.text.as_str()),
                "{:?}",
                l.text
            );
        }
        let url = lines.iter().find(|l| l.text == URL).expect("the permalink");
        assert!(url.ltr && url.anchor == "end");
        let title = lines
            .iter()
            .find(|l| l.text == p.cards[0].title)
            .expect("the title");
        assert_eq!((title.x, title.anchor.as_str()), (616.0, "start"));
    }

    #[test]
    fn a_chart_of_reported_figures_only_has_no_key() {
        let c = compute(dataset(Lang::En), TODAY, Lang::En).expect("derives");
        let p = page(dataset(Lang::En), &c, &Units::default(), TODAY, Lang::En);
        let km = &p.cards[2].charts[0];
        assert!(km.derived.is_empty());
        let frame = Frame {
            card: "C",
            sheet: "S",
            permalink: "",
        };
        let image =
            standalone(km, &frame, Default::default(), (Lang::En, &Generous)).expect("draws");
        let s = Lang::En.strings();
        // Bars of one kind need no key: the source line says where they come from.
        assert!(!image.svg.contains(s.legend_reported));
        assert!(!image.svg.contains(s.legend_derived));
        assert!(image.svg.contains("Chinese Embassy in Pakistan"));
    }

    /// The image's colours are the chart's and the stylesheet's: a colour changed on one side
    /// only would give downloads that do not look like the page.
    #[test]
    fn the_image_colours_are_the_chart_and_stylesheet_colours() {
        use crate::core::chart::{BAR as CHART_BAR, INK};
        let hex = |c: plotters::style::RGBColor| format!("#{:02x}{:02x}{:02x}", c.0, c.1, c.2);
        assert_eq!(BAR, hex(CHART_BAR));
        assert_eq!(CHART_INK, hex(INK));
        const STYLE: &str = include_str!("../../static/style.css");
        let (l, d) = (Palette::Light.colours(), Palette::Dark.colours());
        for (name, light, dark) in [
            ("bg", l.background, d.background),
            ("fg", l.ink, d.ink),
            ("muted", l.muted, d.muted),
            ("line", l.rule, d.rule),
            ("link", l.link, d.link),
        ] {
            let declared = format!("--{name}: light-dark({light}, {dark});");
            assert!(
                STYLE.contains(&declared),
                "style.css must declare {declared}"
            );
        }
    }

    #[test]
    fn lengths_are_written_to_a_tenth() {
        let text: Vec<String> = [0.0, 1.25, 12.04, -3.06, -0.04, 616.0, 1e3 / 3.0]
            .map(|v| Px(v).to_string())
            .into();
        assert_eq!(
            text,
            ["0.0", "1.3", "12.0", "-3.1", "0.0", "616.0", "333.3"]
        );
    }

    #[test]
    fn a_chart_that_could_not_be_drawn_gives_its_error() {
        let chart = ChartView {
            svg: Err(ChartError::Empty),
            ..sample("T")
        };
        let frame = Frame {
            card: "C",
            sheet: "S",
            permalink: URL,
        };
        assert_eq!(
            standalone(&chart, &frame, Default::default(), (Lang::En, &Generous)),
            Err(ChartError::Empty)
        );
    }
}
