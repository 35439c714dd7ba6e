//! A chart as an image that stands alone: the chart drawn by `core::chart`, framed by what an
//! editor would otherwise have to add on a slide (the card's title, the unit line, the legend,
//! the source and each derived bar's formula, the sheet's name and the view's permalink), in
//! the page's language and direction. One self-contained SVG document (no external references,
//! generic font families); the browser renders the PNG from it.
//!
//! The text is wrapped here, where no font can be measured: a downloaded SVG is opened in
//! other programs with other fonts. So widths are estimated generously ([`Generous`]): a line
//! is broken sooner than it needs to be in most fonts rather than overflow in a wide one.

use super::chart::tooltip::Measure;
use super::chart::ChartError;
use super::i18n::{Lang, Strings};
use super::markup::escape_text;
use super::sheet::ChartView;
pub use super::text::{Generous, Ruler};
use legend::{legend, legend_entries};
use page::{Page, Px, Type};
use std::fmt::Write;

mod legend;
mod page;

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
            Width::Column => 800,
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
            Width::Slide => 1.25,
        }
    }

    /// The image's height when its shape is fixed (a slide's 16:9); a column is as tall as
    /// its chart and texts.
    pub const fn height(self) -> Option<u32> {
        match self {
            Width::Column => None,
            Width::Slide => Some(675),
        }
    }

    /// How far the chart may be scaled up: beyond this its text would outgrow the headline.
    fn most(self) -> f64 {
        match self {
            Width::Column => 1.6,
            Width::Slide => 2.4,
        }
    }

    /// How far it may be scaled down to keep the image's shape: its text no smaller than the
    /// page's.
    fn least(self) -> f64 {
        match self {
            Width::Column => 0.0,
            Width::Slide => 1.0,
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

/// `chart::INK` as plotters writes it for text and axes (the page's stylesheet recolours it;
/// an image cannot rely on a stylesheet).
const CHART_INK: &str = "#222222";

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

/// The chart framed to stand alone: `chart` as the page shows it, in `lang`, `width` wide, in
/// `palette`'s colours, its text wrapped by `ruler`.
///
/// Laid out as newsroom graphics are: the card's name as a kicker, the finding as the
/// headline, what is drawn and its unit, the legend; the chart; the sources and formulas, then
/// the sheet and its address on a foot line. The foot is laid out before the chart is placed,
/// so the chart takes whatever room the image's shape leaves (a slide is 16:9 whatever its
/// chart), and grows the image only when the texts are too long to leave a readable chart.
pub fn standalone(
    chart: &ChartView,
    frame: &Frame,
    (width, palette): (Width, Palette),
    (lang, ruler): (Lang, &dyn Ruler),
) -> Result<Image, ChartError> {
    // A chart the page could not draw has no image either (its error says why).
    chart.svg.as_ref().map_err(Clone::clone)?;
    let s = lang.strings();
    let c = palette.colours();
    let k = width.scale();
    let new_page = |y: f64| Page {
        ruler,
        out: String::new(),
        y,
        width: f64::from(width.px()),
        pad: 24.0 * k,
        rtl: lang.rtl(),
    };
    let mut page = new_page(20.0 * k);
    head(&mut page, chart, frame.card, (&c, k), s);
    let mut foot = new_page(0.0);
    foot_lines(&mut foot, chart, frame, (&c, k), s);

    // The chart, centred, as large as the room its image's shape leaves, but never so small
    // that its text reads smaller than the page's (nor larger than a slide can use). It is
    // drawn again for the image's room at the frame's scale: the page's drawing scaled up
    // would fill half of a 16:9 slide, and its text would outgrow the headline in a column.
    let (above, below) = (12.0 * k, 14.0 * k);
    let room_h = width.height().map_or(f64::INFINITY, |h| {
        f64::from(h) - page.y - above - below - foot.y
    });
    let wish_h = room_h.is_finite().then(|| (room_h / k).max(0.0) as u32);
    let (drawing, (cw, ch), _) = chart.spec.draw((page.room() / k) as u32, wish_h);
    let drawing = drawing?.as_str().to_string();
    let (cw, ch) = (f64::from(cw), f64::from(ch));
    let scale = (page.room() / cw)
        .min(room_h / ch)
        .min(width.most())
        .max(width.least());
    let (dw, dh) = (cw * scale, ch * scale);
    page.y += above;
    if room_h.is_finite() {
        page.y += ((room_h - dh) / 2.0).max(0.0);
    }
    let fonts = lang.fonts();
    let mut drawing = drawing.replace(CHART_FONT, &font_attr(fonts));
    if palette == Palette::Dark {
        drawing = drawing.replace(CHART_INK, c.ink);
    }
    let _ = write!(
        page.out,
        "<svg x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" viewBox=\"0 0 {} {}\">{drawing}</svg>",
        Px((page.width - dw) / 2.0),
        Px(page.y),
        Px(dw),
        Px(dh),
        cw,
        ch
    );
    page.y += dh + below;
    // A shaped image keeps its foot at its foot.
    if let Some(h) = width.height() {
        page.y = page.y.max(f64::from(h) - foot.y);
    }
    let _ = write!(
        page.out,
        "<g transform=\"translate(0 {})\">{}</g>",
        Px(page.y),
        foot.out
    );
    page.y += foot.y;

    let height = page.y.ceil() as u32;
    let mut svg = String::with_capacity(page.out.len() + 512);
    let _ = write!(
        svg,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{}\" height=\"{height}\" viewBox=\"0 0 {} {height}\" font-family=\"{}\"{} lang=\"{}\"><title>{}</title><desc>{}</desc><rect width=\"100%\" height=\"100%\" fill=\"{}\"/>",
        width.px(),
        width.px(),
        css_quotes(fonts),
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

/// The chart's font as plotters writes it on every text.
const CHART_FONT: &str = "font-family=\"system-ui, sans-serif\"";

/// A font stack for an attribute in double quotes: its family names in single quotes.
fn css_quotes(fonts: &str) -> String {
    fonts.replace('"', "'")
}

fn font_attr(fonts: &str) -> String {
    format!("font-family=\"{}\"", css_quotes(fonts))
}

/// Above the chart: the card's name (a kicker), the finding, what is drawn and its unit, the
/// legend.
fn head(page: &mut Page, chart: &ChartView, card: &str, (c, k): (&Colours, f64), s: &Strings) {
    // The kicker, the legend and the foot's names are small print too (Naskh in Urdu).
    page.block(card, Type::new(13.0, k, true, c.muted).note(), 5.0 * k);
    // A slide's headline grows less than its other type: its room is the chart's.
    page.block(
        &chart.title,
        Type::new(20.0 / k.sqrt(), k, true, c.ink),
        5.0 * k,
    );
    if !chart.subtitle.is_empty() {
        page.block(&chart.subtitle, Type::new(15.0, k, false, c.muted), 6.0 * k);
    }
    legend(
        page,
        &legend_entries(chart, s),
        Type::new(13.0, k, false, c.ink).note(),
        k,
    );
}

/// Under the chart: its sources and each derived bar's formula, a rule, then the sheet's name
/// and the view's address on one line where they fit.
fn foot_lines(
    page: &mut Page,
    chart: &ChartView,
    frame: &Frame,
    (c, k): (&Colours, f64),
    s: &Strings,
) {
    // On a slide the notes stay the size of a column's: read up close, not across the room.
    let note = Type::new(12.5 / k.sqrt(), k, false, c.muted).note();
    page.block(&s.image_source(&chart.source), note, 2.0 * k);
    for (label, formula) in &chart.derived {
        page.block(&s.image_derived(label, formula), note, 2.0 * k);
    }
    page.y += 7.0 * k;
    let _ = write!(
        page.out,
        "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{}\" stroke-width=\"1\"/>",
        Px(page.pad),
        Px(page.y),
        Px(page.width - page.pad),
        Px(page.y),
        c.rule
    );
    page.y += 7.0 * k;
    let sheet = Type::new(13.0, k, true, c.ink).note();
    let link = Type::new(12.0, k, false, c.link);
    let gap = 16.0 * k;
    let name = page.measure(sheet).width(frame.sheet);
    let address = page.measure(link).width(frame.permalink);
    if !frame.permalink.is_empty() && name + gap + address <= page.room() {
        // One line: the name at the start edge, the address at the end edge.
        let (ascent, descent) = page.measure(sheet).extent(frame.sheet);
        let baseline = page.y + ascent;
        page.line(frame.sheet, 0.0, baseline, sheet, false);
        page.line(frame.permalink, page.room() - address, baseline, link, true);
        page.y += ascent + descent + sheet.size * 0.2;
    } else {
        page.block(frame.sheet, sheet, 0.0);
        if !frame.permalink.is_empty() {
            let h = page.paragraph(frame.permalink, 0.0, page.y, link, true);
            page.y += h;
        }
    }
    page.y += 16.0 * k;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::data::{dataset, Card};
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

    /// The chart's viewport in the image: (x, y, width, height).
    fn viewport(image: &Image) -> (f64, f64, f64, f64) {
        let start = image.svg.find("<svg x=").expect("the chart's viewport");
        let tag = &image.svg[start..start + image.svg[start..].find('>').expect("a tag")];
        let num = |n: &str| {
            attr(tag, n)
                .and_then(|v| v.parse::<f64>().ok())
                .expect("a number")
        };
        (num("x"), num("y"), num("width"), num("height"))
    }

    fn viewbox_width(image: &Image) -> f64 {
        let start = image.svg.find("<svg x=").expect("the chart's viewport");
        let tag = &image.svg[start..start + image.svg[start..].find('>').expect("a tag")];
        attr(tag, "viewBox")
            .and_then(|v| v.split(' ').nth(2)?.parse::<f64>().ok())
            .expect("a viewBox")
    }

    /// An editor's two shapes: a slide is 16:9 and its chart fills the room between the texts
    /// (the full width, or the full height between head and foot); a column image is wider
    /// than tall for every chart but the timeline (a dated axis of 75 years, drawn upright).
    #[test]
    fn a_slide_is_16_9_filled_by_its_chart_and_a_column_image_is_landscape() {
        for lang in Lang::ALL {
            let data = dataset(lang);
            let c = compute(data, TODAY, lang).expect("the shipped data derives");
            let p = page(data, &c, &Units::default(), TODAY, lang);
            for card in &p.cards {
                for chart in &card.charts {
                    let frame = Frame {
                        card: card.title,
                        sheet: p.title,
                        permalink: "https://example.org/graphics/cpec/?trade=table#trade",
                    };
                    let draw = |width| {
                        standalone(chart, &frame, (width, Palette::Light), (lang, &Generous))
                            .expect("draws")
                    };
                    if card.card == Card::Timeline {
                        continue;
                    }
                    let (w, h) = draw(Width::Column).size;
                    assert!(w > h, "{lang:?} {}: a column image {w}×{h}", chart.id);
                    let slide = draw(Width::Slide);
                    assert_eq!(slide.size, (1200, 675), "{lang:?} {}", chart.id);
                    let (x, y, cw, ch) = viewport(&slide);
                    let k = Width::Slide.scale();
                    let room = 1200.0 - 2.0 * 24.0 * k;
                    let wide = cw >= room - 1.0;
                    // The foot starts where the chart's room ends.
                    let opening = "<g transform=\"translate(0 ";
                    let foot = slide.svg.find(opening).map(|i| {
                        slide.svg[i + opening.len()..]
                            .split(')')
                            .next()
                            .and_then(|v| v.parse::<f64>().ok())
                            .expect("the foot's place")
                    });
                    let tall = foot.is_some_and(|f| y + ch + 14.0 * k >= f - 1.0);
                    // Scaled from the width it was drawn at: its text never smaller than the page's.
                    let scale = cw / viewbox_width(&slide);
                    assert!(
                        wide || tall || scale >= 2.4 - 1e-9,
                        "{lang:?} {}: the chart {cw}×{ch} at {x},{y} leaves room",
                        chart.id
                    );
                    assert!(scale >= 1.0 - 1e-9, "{lang:?} {}: {scale}", chart.id);
                }
            }
        }
    }

    /// Each language's image asks for the fonts its page asks for (Nastaliq for Urdu, with
    /// the page's fallbacks), its chart's text too.
    #[test]
    fn the_image_asks_for_the_page_fonts() {
        const STYLE: &str = include_str!("../../static/style.css");
        let squash = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
        let style = squash(STYLE);
        for (lang, rule) in [(Lang::Zh, ":lang(zh) {"), (Lang::Ur, ":lang(ur) {")] {
            let declared = format!("{rule} font-family: {};", lang.fonts());
            assert!(
                style.contains(&declared),
                "style.css must declare {declared}"
            );
        }
        let p = urdu_page();
        let chart = &p.cards[0].charts[0];
        let frame = urdu_frame(&p);
        let image =
            standalone(chart, &frame, Default::default(), (Lang::Ur, &Generous)).expect("draws");
        let nastaliq = "font-family=\"'Noto Nastaliq Urdu', 'Jameel Noori Nastaleeq', 'Urdu Typesetting', 'Noto Naskh Arabic', 'Segoe UI', system-ui, sans-serif\"";
        assert!(image.svg.starts_with("<svg xmlns"));
        assert!(image.svg[..300].contains(nastaliq), "{}", &image.svg[..300]);
        assert!(
            !image.svg.contains(CHART_FONT),
            "the chart's text asks for Nastaliq too"
        );
        assert!(image.svg.matches(nastaliq).count() > 5);
        // Its small print in Naskh, as the printed sheet's.
        let declared = format!("font-family: {};", page::NASKH);
        assert!(
            style.contains(&declared),
            "style.css must declare {declared}"
        );
        let naskh = format!("font-family=\"{}\"", page::NASKH.replace('"', "'"));
        let source = s_ur().image_source(&chart.source);
        let notes: Vec<&str> = image
            .svg
            .split("<text")
            .filter(|t| t.contains(&naskh))
            .collect();
        assert!(notes.len() >= 2, "the source and the formula");
        assert!(notes
            .iter()
            .any(|t| t.contains(source.split(' ').next().unwrap_or("-"))));
    }

    /// The Urdu page, and the frame of its first card's chart.
    fn urdu_page() -> crate::core::sheet::Page {
        let c = compute(dataset(Lang::Ur), TODAY, Lang::Ur).expect("derives");
        page(dataset(Lang::Ur), &c, &Units::default(), TODAY, Lang::Ur)
    }

    fn urdu_frame(p: &crate::core::sheet::Page) -> Frame<'_> {
        Frame {
            card: p.cards[0].title,
            sheet: p.title,
            permalink: URL,
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
        assert_eq!(light.size.0, 800);
        assert_eq!(dark.size.0, 1200);
        let headline = |i: &Image| frame_lines(i, &chart)[0].size;
        assert!(
            headline(&dark) >= headline(&light) * 1.2,
            "a slide's type is larger"
        );
        assert_eq!(dark.size.1, 1200 * 9 / 16, "a 16:9 slide");
    }

    #[test]
    fn urdu_reads_right_to_left_with_the_address_left_to_right() {
        let p = urdu_page();
        let chart = &p.cards[0].charts[0];
        let frame = urdu_frame(&p);
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
                (760.0, 300.0)
            } else {
                (776.0, 500.0)
            };
            assert!(l.x <= x && l.x > least, "{:?} at {}", l.text, l.x);
            assert_eq!(
                l.x == 776.0,
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
        assert_eq!((title.x, title.anchor.as_str()), (776.0, "start"));
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
        assert_eq!(page::BAR, hex(CHART_BAR));
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
