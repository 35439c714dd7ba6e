//! What the page shows, as plain data: the key figures, and for each card its charts (already
//! drawn, with their hit areas and table rows), figures, sources and formulas, in the reader's
//! units. The view renders this and decides nothing.

use super::chart::{
    bars, columns, nice_ticks, rtl_text, tick_decimals, timeline, waffle, Axis, Bar, ChartError,
    Rect, Svg,
};
use super::data::{Card, Dataset, Status};
use super::derive::{Computed, Item, Origin};
use super::format::{self, Style};
use super::i18n::{fill, Lang, Strings};
use super::markup;
use super::model::{Date, Unit};
use super::units::Units;
use std::rc::Rc;

#[derive(Clone, Debug, PartialEq)]
pub struct KeyFigure {
    pub id: &'static str,
    pub value: String,
    pub label: String,
    pub origin: Origin,
}

/// What the chart's legend explains.
#[derive(Clone, Debug, PartialEq)]
pub enum Legend {
    /// Solid bars are reported, hatched and outlined bars derived.
    ReportedDerived,
    /// One square stands for this many units ("1,000 jobs").
    Squares(String),
    /// Dots are dated events.
    Events,
}

/// A region of the chart that answers hover and focus with a tooltip.
#[derive(Clone, Debug, PartialEq)]
pub struct Hit {
    /// In SVG pixels (the chart's viewBox).
    pub rect: Rect,
    /// What the tooltip says: label, exact value with unit, and origin.
    pub text: String,
    /// The same as a screen reader should say it (words for units).
    pub spoken: String,
}

/// One row of a chart's data table (and CSV).
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub label: String,
    /// The number in the chart's display unit, as printed ("20.76").
    pub value: String,
    pub origin: Origin,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ChartView {
    pub id: String,
    pub title: String,
    /// What the chart shows, in words, for screen readers and as a caption.
    pub summary: String,
    pub svg: Result<Svg, ChartError>,
    /// The SVG's size in pixels (its viewBox), for mapping pointer positions.
    pub size: (u32, u32),
    pub hits: Vec<Hit>,
    pub legend: Legend,
    /// The unit of every value in `rows`, for the table header.
    pub unit: String,
    pub rows: Vec<Row>,
    /// The file name downloads start with, e.g. "cpec-output-2022-km".
    pub file: String,
    /// Who published the numbers, for the CSV's comment line.
    pub source: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FigureRow {
    pub id: &'static str,
    pub label: &'static str,
    pub value: String,
    pub period: &'static str,
    pub origin: Origin,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SourceLine {
    pub publisher: &'static str,
    pub period: &'static str,
    pub origin: Origin,
    /// For context figures: where they come from (they are not in the article).
    pub citation: Option<&'static str>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FormulaInput {
    pub label: &'static str,
    pub shown: String,
    pub origin: Origin,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FormulaRow {
    pub id: &'static str,
    pub label: &'static str,
    pub formula: String,
    pub note: Option<&'static str>,
    pub inputs: Vec<FormulaInput>,
}

/// One figure's provenance for the Sources tab.
#[derive(Clone, Debug, PartialEq)]
pub struct Provenance {
    pub id: &'static str,
    pub label: &'static str,
    pub value: String,
    pub period: &'static str,
    pub origin: Origin,
    /// Reported and context figures: who published it.
    pub publisher: Option<&'static str>,
    /// Reported figures and events: the sentence from the article (English).
    pub quote: Option<&'static str>,
    /// Its translation, on pages in other languages.
    pub quote_translation: Option<&'static str>,
    pub citation: Option<&'static str>,
    /// Where the citation's source can be read.
    pub url: Option<&'static str>,
    /// A date the source does not give: the date (in words) and why it is inferred.
    pub as_of_inferred: Option<(String, &'static str)>,
    /// Derived figures: how.
    pub formula: Option<FormulaRow>,
}

/// A dated event of the timeline.
#[derive(Clone, Debug, PartialEq)]
pub struct EventRow {
    pub id: &'static str,
    pub date: String,
    pub iso: String,
    pub label: &'static str,
    /// The sentence quoted from the article, as HTML (see `markup::quote`): in English, with
    /// its translation on other languages' pages. Built once per view, like `CardHtml`.
    pub quote: Rc<str>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CardView {
    pub card: Card,
    pub lang: Lang,
    pub title: &'static str,
    pub intro: &'static str,
    pub charts: Vec<ChartView>,
    pub figures: Vec<FigureRow>,
    pub sources: Vec<SourceLine>,
    pub formulas: Vec<FormulaRow>,
    pub events: Vec<EventRow>,
    /// The same, as the HTML the page shows (the Sources tab's entries only as HTML: nothing
    /// reads them otherwise).
    pub html: CardHtml,
}

/// A card's parts that change only with their data, as HTML (see `markup`): built once per
/// view of the card (the card cache keeps them), shared by every render that shows them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CardHtml {
    /// Each chart's numbers as a table, in the order of `charts`.
    pub tables: Vec<Rc<str>>,
    pub figures: Rc<str>,
    pub formulas: Rc<str>,
    pub provenance: Rc<str>,
    pub sources: Rc<str>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Page {
    pub lang: Lang,
    pub title: &'static str,
    pub subtitle: &'static str,
    /// The headline, in English as published.
    pub article_title: &'static str,
    pub article_title_translation: Option<&'static str>,
    pub article_published: String,
    pub key_figures: Vec<KeyFigure>,
    pub cards: Vec<CardView>,
}

fn to_bar(item: &Item, label: String, units: &Units, lang: Lang) -> Bar {
    let c = item.converted(units);
    Bar {
        label,
        value: c.in_tables(lang).value,
        value_label: format::converted(c, lang, Style::Short),
        derived: item.origin == Origin::Derived,
    }
}

/// Sentences of a description joined in the language's way.
fn list(parts: Vec<String>, s: &Strings) -> String {
    parts.join(s.list_sep)
}

fn axis_for(max: f64, count: u32, units_label: impl Fn(&str) -> String) -> Axis {
    let ticks = nice_ticks(max, count);
    let d = tick_decimals(&ticks);
    Axis {
        ticks: ticks
            .iter()
            .map(|t| (*t, units_label(&format::number(*t, d))))
            .collect(),
    }
}

fn rows(items: &[&Item], labels: &[String], (units, lang): (&Units, Lang)) -> Vec<Row> {
    items
        .iter()
        .zip(labels)
        .map(|(i, label)| Row {
            label: label.clone(),
            value: format::converted_number(i.converted(units).in_tables(lang)),
            origin: i.origin,
        })
        .collect()
}

/// "2024: US$23.06 bn (reported)", shown or spoken.
fn item_value(label: &str, i: &Item, units: &Units, lang: Lang, style: Style) -> String {
    let s = lang.strings();
    let value = match style {
        Style::Short => i.display_in(units, lang),
        Style::Spoken => i.spoken_in(units, lang),
    };
    fill(
        s.item_value,
        &[
            ("label", label),
            ("value", &value),
            ("origin", i.origin.word(s)),
        ],
    )
}

fn hits(rects: &[Rect], items: &[&Item], labels: &[String], units: &Units, lang: Lang) -> Vec<Hit> {
    rects
        .iter()
        .zip(items.iter().zip(labels))
        .map(|(r, (i, label))| Hit {
            rect: *r,
            text: item_value(label, i, units, lang, Style::Short),
            spoken: item_value(label, i, units, lang, Style::Spoken),
        })
        .collect()
}

fn publishers(data: &Dataset, items: &[&Item], s: &Strings) -> String {
    let mut names: Vec<String> = Vec::new();
    for i in items {
        let name = match data.figure(i.id) {
            Some(f) => fill(
                s.with_period,
                &[("text", f.publisher), ("period", f.period)],
            ),
            None => s.source_derived.to_string(),
        };
        if !names.contains(&name) {
            names.push(name);
        }
    }
    list(names, s)
}

/// "2023: 20.76 billion US dollars (derived); 2024: 23.06 billion US dollars (reported)".
fn describe(items: &[&Item], labels: &[String], units: &Units, lang: Lang) -> String {
    let parts = items
        .iter()
        .zip(labels)
        .map(|(i, l)| item_value(l, i, units, lang, Style::Spoken))
        .collect();
    list(parts, lang.strings())
}

fn unit_name(items: &[&Item], units: &Units, s: &Strings) -> String {
    items
        .first()
        .map(|i| i.converted(units).shown.name(s).to_string())
        .unwrap_or_default()
}

fn trade_chart(data: &Dataset, c: &Computed, units: &Units, lang: Lang) -> ChartView {
    let s = lang.strings();
    let mut items = c.series("trade_bars");
    // Years in order, whichever order the data file lists them in.
    items.sort_by(|a, b| a.period.cmp(b.period));
    let labels: Vec<String> = items.iter().map(|i| i.period.to_string()).collect();
    let bars: Vec<Bar> = items
        .iter()
        .zip(&labels)
        .map(|(i, l)| to_bar(i, l.clone(), units, lang))
        .collect();
    let notes = c.series("trade_notes");
    let change: Vec<String> = notes
        .iter()
        .map(|i| format::signed_in(i.value, i.unit, i.decimals, units, lang))
        .collect();
    let unit = unit_name(&items, units, s);
    let max = bars.iter().map(|b| b.value).fold(0.0, f64::max);
    let axis = axis_for(max, 4, |n| n.to_string());
    let mut summary = fill(
        s.summary_trade,
        &[
            ("unit", &unit),
            ("values", &describe(&items, &labels, units, lang)),
        ],
    );
    if !notes.is_empty() {
        let said: Vec<String> = notes
            .iter()
            .map(|i| {
                fill(
                    s.waffle_title,
                    &[("label", i.label), ("value", &i.spoken_in(units, lang))],
                )
            })
            .collect();
        summary.push(' ');
        summary.push_str(&fill(s.sentence, &[("text", &list(said, s))]));
    }
    let spec = columns::Columns {
        bars,
        change,
        axis,
        rtl: lang.rtl(),
    };
    let opts = columns::SIZE;
    let rects = columns::layout(&spec, &opts).unwrap_or_default();
    // File names stay in Latin digits whatever the language writes around the year.
    let years: Vec<String> = items
        .iter()
        .map(|i| {
            i.period
                .chars()
                .filter(char::is_ascii_digit)
                .collect::<String>()
        })
        .filter(|y| !y.is_empty())
        .collect();
    let (first, last) = (years.iter().min(), years.iter().max());
    ChartView {
        id: "trade-by-year".into(),
        title: fill(s.chart_trade, &[("unit", &unit)]),
        summary,
        svg: columns::draw(&spec, &opts),
        size: (opts.width, opts.height),
        hits: hits(&rects, &items, &labels, units, lang),
        legend: Legend::ReportedDerived,
        unit,
        rows: rows(&items, &labels, (units, lang)),
        file: format!(
            "china-pakistan-trade-{}",
            match (first, last) {
                (Some(a), Some(b)) if a != b => format!("{a}-{b}"),
                (Some(a), _) => a.to_string(),
                _ => "by-year".into(),
            }
        ),
        source: publishers(data, &items, s),
    }
}

fn bar_chart(
    data: &Dataset,
    c: &Computed,
    (units, lang): (&Units, Lang),
    series: &str,
    (id, file, title): (&str, &str, &str),
) -> ChartView {
    let s = lang.strings();
    let items = c.series(series);
    let labels: Vec<String> = items.iter().map(|i| i.label.to_string()).collect();
    let bars: Vec<Bar> = items
        .iter()
        .zip(&labels)
        .map(|(i, l)| to_bar(i, l.clone(), units, lang))
        .collect();
    let unit = unit_name(&items, units, s);
    let max = bars.iter().map(|b| b.value).fold(0.0, f64::max);
    let axis = axis_for(max, 3, |n| n.to_string());
    let opts = bars::Options {
        rtl: lang.rtl(),
        ..bars::Options::default()
    };
    let rects = bars::layout(&bars, &axis, &opts).unwrap_or_default();
    ChartView {
        id: id.into(),
        title: fill(title, &[("unit", &unit)]),
        summary: fill(
            s.summary_bars,
            &[
                ("unit", &unit),
                ("values", &describe(&items, &labels, units, lang)),
            ],
        ),
        svg: bars::draw(&bars, &axis, &opts),
        size: (opts.width, bars::height(&bars)),
        hits: hits(&rects, &items, &labels, units, lang),
        legend: Legend::ReportedDerived,
        unit,
        rows: rows(&items, &labels, (units, lang)),
        file: file.into(),
        source: publishers(data, &items, s),
    }
}

fn waffle_chart(data: &Dataset, item: &Item, units: &Units, lang: Lang) -> ChartView {
    let s = lang.strings();
    // Squares count the data's own unit, so the picture does not change with the display unit.
    let per = waffle::per_cell(item.value, 300.0);
    let spec = waffle::Waffle {
        value: item.value,
        per_cell: per,
    };
    let squares = (item.value / per).ceil();
    let each = format::quantity_in(per, item.unit, 0, units, lang);
    let opts = waffle::Options {
        rtl: lang.rtl(),
        ..waffle::Options::default()
    };
    let size = waffle::size(&spec, &opts);
    let label = item.label.to_string();
    ChartView {
        id: item.id.replace('_', "-"),
        title: fill(
            s.waffle_title,
            &[
                ("label", item.label),
                ("value", &item.display_in(units, lang)),
            ],
        ),
        summary: fill(
            s.summary_waffle,
            &[
                ("count", &format::number_in(squares, 0, lang)),
                ("each", &each),
                ("total", &item.spoken_in(units, lang)),
            ],
        ),
        svg: waffle::draw(&spec, &opts),
        size,
        hits: hits(
            &[Rect {
                x0: 0,
                y0: 0,
                x1: size.0 as i32,
                y1: size.1 as i32,
            }],
            &[item],
            std::slice::from_ref(&label),
            units,
            lang,
        ),
        legend: Legend::Squares(each),
        unit: unit_name(&[item], units, s),
        rows: rows(&[item], std::slice::from_ref(&label), (units, lang)),
        file: format!("cpec-output-2022-{}", item.id.trim_start_matches("cpec_")),
        source: publishers(data, &[item], s),
    }
}

fn sorted_events(data: &Dataset) -> Vec<&'static super::data::Event> {
    let mut events: Vec<_> = data.events.iter().collect();
    events.sort_by_key(|e| e.date);
    events
}

fn timeline_chart(data: &Dataset, today: Date, lang: Lang) -> ChartView {
    let s = lang.strings();
    let events = sorted_events(data);
    let spec = timeline::Timeline {
        dates: events.iter().map(|e| e.date).collect(),
        today,
    };
    let opts = timeline::SIZE;
    let rects = timeline::layout(&spec, &opts).unwrap_or_default();
    let event_text = |e: &super::data::Event| {
        fill(
            s.event_value,
            &[("date", &format::date(e.date, lang)), ("label", e.label)],
        )
    };
    let svg = timeline::draw(&spec, &opts);
    ChartView {
        id: "relations-timeline".into(),
        title: fill(s.chart_timeline, &[("year", &today.year.to_string())]),
        summary: fill(
            s.summary_timeline,
            &[
                ("count", &events.len().to_string()),
                (
                    "first",
                    &events
                        .first()
                        .map(|e| format::date(e.date, lang))
                        .unwrap_or_default(),
                ),
                (
                    "last",
                    &events
                        .last()
                        .map(|e| format::date(e.date, lang))
                        .unwrap_or_default(),
                ),
                (
                    "events",
                    &list(events.iter().map(|e| event_text(e)).collect(), s),
                ),
            ],
        ),
        svg: if lang.rtl() { svg.map(rtl_text) } else { svg },
        size: (opts.width, opts.height),
        hits: rects
            .iter()
            .zip(&events)
            .map(|(r, e)| Hit {
                rect: *r,
                text: event_text(e),
                spoken: event_text(e),
            })
            .collect(),
        legend: Legend::Events,
        unit: s.unit_date.into(),
        rows: events
            .iter()
            .map(|e| Row {
                label: e.label.to_string(),
                value: format::iso_date(e.date),
                origin: Origin::Reported,
            })
            .collect(),
        file: "china-pakistan-relations-timeline".into(),
        source: s.source_article.into(),
    }
}

fn formula_row(c: &Computed, item: &Item) -> Option<FormulaRow> {
    c.derivation(item.id).map(|d| FormulaRow {
        id: d.id,
        label: item.label,
        formula: d.formula.clone(),
        note: d.note,
        inputs: d
            .inputs
            .iter()
            .map(|x| FormulaInput {
                label: x.label,
                shown: x.shown.clone(),
                origin: x.origin,
            })
            .collect(),
    })
}

/// A card's title and introduction: text that no view changes.
pub fn card_heading(card: Card, lang: Lang) -> (&'static str, &'static str) {
    let s = lang.strings();
    match card {
        Card::Trade => (s.card_trade, s.card_trade_intro),
        Card::Cpec => (s.card_cpec, s.card_cpec_intro),
        Card::Karot => (s.card_karot, s.card_karot_intro),
        Card::Timeline => (s.card_timeline, s.card_timeline_intro),
        Card::Relations => (s.card_relations, ""),
    }
}

fn card_view(
    data: &Dataset,
    c: &Computed,
    card: Card,
    units: &Units,
    today: Date,
    lang: Lang,
) -> CardView {
    let s = lang.strings();
    let (title, intro) = card_heading(card, lang);
    let charts = match card {
        Card::Trade => vec![trade_chart(data, c, units, lang)],
        Card::Cpec => {
            let mut charts = vec![bar_chart(
                data,
                c,
                (units, lang),
                "cpec_km",
                ("cpec-km", "cpec-output-2022-lines", s.chart_cpec_km),
            )];
            charts.extend(
                c.series("cpec_units")
                    .into_iter()
                    .map(|i| waffle_chart(data, i, units, lang)),
            );
            charts
        }
        Card::Karot => vec![bar_chart(
            data,
            c,
            (units, lang),
            "karot_bars",
            ("karot-energy", "karot-output-first-year", s.chart_karot),
        )],
        Card::Timeline => vec![timeline_chart(data, today, lang)],
        Card::Relations => Vec::new(),
    };
    let items: Vec<&Item> = c.items.iter().filter(|i| i.card == card).collect();
    let figures: Vec<FigureRow> = items
        .iter()
        .map(|i| FigureRow {
            id: i.id,
            label: i.label,
            value: i.display_in(units, lang),
            period: i.period,
            origin: i.origin,
        })
        .collect();
    let mut sources: Vec<SourceLine> = Vec::new();
    for f in data.figures.iter().filter(|f| f.card == card) {
        let line = SourceLine {
            publisher: f.publisher,
            period: f.period,
            origin: match f.status {
                Status::Reported => Origin::Reported,
                Status::Context => Origin::Context,
            },
            citation: f.citation,
        };
        if !sources.contains(&line) {
            sources.push(line);
        }
    }
    let formulas: Vec<FormulaRow> = items.iter().filter_map(|i| formula_row(c, i)).collect();
    let mut provenance: Vec<Provenance> = items
        .iter()
        .map(|i| {
            let figure = data.figure(i.id);
            Provenance {
                id: i.id,
                label: i.label,
                value: i.display_in(units, lang),
                period: i.period,
                origin: i.origin,
                publisher: figure.map(|f| f.publisher),
                quote: figure.and_then(|f| f.quote),
                quote_translation: figure.and_then(|f| f.quote_translation),
                citation: figure.and_then(|f| f.citation),
                url: figure.and_then(|f| f.url),
                as_of_inferred: figure.and_then(|f| {
                    f.as_of_inferred
                        .map(|why| (format::date(f.as_of, lang), why))
                }),
                formula: formula_row(c, i),
            }
        })
        .collect();
    let events = if card == Card::Timeline {
        sorted_events(data)
    } else {
        Vec::new()
    };
    provenance.extend(events.iter().map(|e| Provenance {
        id: e.id,
        label: e.label,
        value: format::date(e.date, lang),
        period: s.event_period,
        origin: Origin::Reported,
        publisher: None,
        quote: Some(e.quote),
        quote_translation: e.quote_translation,
        citation: None,
        url: None,
        as_of_inferred: None,
        formula: None,
    }));
    let events = events
        .into_iter()
        .map(|e| EventRow {
            id: e.id,
            date: format::date(e.date, lang),
            iso: format::iso_date(e.date),
            label: e.label,
            quote: markup::quote(e.quote, e.quote_translation, s).into(),
        })
        .collect();
    let html = CardHtml {
        tables: charts
            .iter()
            .map(|c| markup::data_table(&c.title, &c.unit, &c.rows, s).into())
            .collect(),
        figures: markup::figure_list(&figures, s).into(),
        formulas: markup::formula_list(&formulas, s).into(),
        provenance: markup::provenance_list(&provenance, s).into(),
        sources: markup::source_list(&sources, s).into(),
    };
    CardView {
        card,
        lang,
        title,
        intro,
        charts,
        figures,
        sources,
        formulas,
        events,
        html,
    }
}

/// The cards on the page, in order.
pub const CARDS: [Card; 4] = [Card::Trade, Card::Cpec, Card::Karot, Card::Timeline];

/// The key figures strip.
pub fn key_figures(c: &Computed, units: &Units, lang: Lang) -> Vec<KeyFigure> {
    let s = lang.strings();
    c.items
        .iter()
        .filter(|i| i.key)
        .map(|i| KeyFigure {
            id: i.id,
            value: if i.unit == Unit::Percent {
                format::signed_in(i.value, i.unit, i.decimals, units, lang)
            } else {
                i.display_in(units, lang)
            },
            label: fill(
                s.key_figure_label,
                &[("label", i.label), ("period", i.period)],
            ),
            origin: i.origin,
        })
        .collect()
}

/// The display units a card depends on; any other switch leaves the card as it was.
pub fn units_for(card: Card, units: &Units) -> Units {
    let d = Units::default();
    match card {
        Card::Trade => Units {
            money: units.money,
            ..d
        },
        Card::Cpec => Units {
            distance: units.distance,
            power: units.power,
            ..d
        },
        Card::Karot => Units {
            energy: units.energy,
            power: units.power,
            ..d
        },
        Card::Timeline | Card::Relations => d,
    }
}

/// What a card view is built from, besides the data: the units it depends on, the date if
/// it depends on one, and the language.
type CacheKey = (Card, Units, Option<Date>, Lang);

/// The date a card's view depends on: only the timeline and the years of relations follow
/// the reader's clock, so the other cards the pre-render drew stay valid on any day.
fn date_for(card: Card, today: Date) -> Option<Date> {
    matches!(card, Card::Timeline | Card::Relations).then_some(today)
}

/// Card views already built: a unit switch rebuilds (and redraws the charts of) only the
/// cards it concerns.
#[derive(Default)]
pub struct CardCache {
    /// Oldest first.
    entries: Vec<(CacheKey, CardView)>,
}

impl CardCache {
    /// Views kept per card: the one in sight and, while a switch settles, the one its hidden
    /// panels still show (`ViewState::settled`).
    const PER_CARD: usize = 2;

    pub fn get(
        &mut self,
        data: &Dataset,
        c: &Computed,
        card: Card,
        units: &Units,
        (today, lang): (Date, Lang),
    ) -> CardView {
        let key = (card, units_for(card, units), date_for(card, today), lang);
        let entry = match self.entries.iter().position(|(k, _)| *k == key) {
            Some(i) => self.entries.remove(i),
            None => {
                let of_card = self.entries.iter().filter(|(k, _)| k.0 == card).count();
                if of_card >= Self::PER_CARD {
                    if let Some(oldest) = self.entries.iter().position(|(k, _)| k.0 == card) {
                        self.entries.remove(oldest);
                    }
                }
                (key, card_view(data, c, card, &key.1, today, lang))
            }
        };
        let view = entry.1.clone();
        self.entries.push(entry);
        view
    }

    /// Whether a view of `card` for these units is kept (the units it ignores aside).
    pub fn holds(&self, card: Card, units: &Units, (today, lang): (Date, Lang)) -> bool {
        let key = (card, units_for(card, units), date_for(card, today), lang);
        self.entries.iter().any(|(k, _)| *k == key)
    }
}

/// The whole page for the given computed values, units, date and language (`data` and `c`
/// being that language's dataset and computation).
pub fn page(data: &Dataset, c: &Computed, units: &Units, today: Date, lang: Lang) -> Page {
    page_cached(data, c, units, (today, lang), &mut CardCache::default())
}

/// The same, reusing the cards `cache` already holds.
pub fn page_cached(
    data: &Dataset,
    c: &Computed,
    units: &Units,
    (today, lang): (Date, Lang),
    cache: &mut CardCache,
) -> Page {
    Page {
        lang,
        title: data.sheet.title,
        subtitle: data.sheet.subtitle,
        article_title: data.sheet.article_title,
        article_title_translation: data.sheet.article_title_translation,
        article_published: format::date(data.sheet.article_published, lang),
        key_figures: key_figures(c, units, lang),
        cards: CARDS
            .into_iter()
            .map(|card| cache.get(data, c, card, units, (today, lang)))
            .collect(),
    }
}

/// Formulas for values shown only in the key-figures strip (years of relations).
pub fn key_formulas(c: &Computed) -> Vec<(&'static str, String)> {
    c.items
        .iter()
        .filter(|i| i.card == Card::Relations)
        .filter_map(|i| c.derivation(i.id).map(|d| (i.label, d.formula.clone())))
        .collect()
}
