//! What the page shows, as plain data: the key figures, and for each card its charts (already
//! drawn, with their hit areas and table rows), figures, sources and formulas, in the reader's
//! units. The view renders this and decides nothing.

use super::chart::{
    bars, columns, nice_ticks, tick_decimals, timeline, waffle, Axis, Bar, ChartError, Rect, Svg,
};
use super::data::{Card, Dataset, Status};
use super::derive::{Computed, Item, Origin};
use super::format;
use super::model::{Date, Unit};
use super::units::Units;

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
    /// Reported figures and events: the sentence from the article.
    pub quote: Option<&'static str>,
    pub citation: Option<&'static str>,
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
    pub quote: &'static str,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CardView {
    pub card: Card,
    pub title: &'static str,
    pub intro: &'static str,
    pub charts: Vec<ChartView>,
    pub figures: Vec<FigureRow>,
    pub sources: Vec<SourceLine>,
    pub formulas: Vec<FormulaRow>,
    pub provenance: Vec<Provenance>,
    pub events: Vec<EventRow>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Page {
    pub title: &'static str,
    pub subtitle: &'static str,
    pub article_title: &'static str,
    pub article_published: String,
    pub key_figures: Vec<KeyFigure>,
    pub cards: Vec<CardView>,
}

pub fn origin_word(o: Origin) -> &'static str {
    match o {
        Origin::Reported => "reported",
        Origin::Context => "context",
        Origin::Derived => "derived",
    }
}

fn to_bar(item: &Item, label: String, units: &Units) -> Bar {
    let c = item.converted(units);
    Bar {
        label,
        value: c.value,
        value_label: format::converted(c),
        derived: item.origin == Origin::Derived,
    }
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

fn rows(items: &[&Item], labels: &[String], units: &Units) -> Vec<Row> {
    items
        .iter()
        .zip(labels)
        .map(|(i, label)| Row {
            label: label.clone(),
            value: format::converted_number(i.converted(units)),
            origin: i.origin,
        })
        .collect()
}

fn hits(rects: &[Rect], items: &[&Item], labels: &[String], units: &Units) -> Vec<Hit> {
    rects
        .iter()
        .zip(items.iter().zip(labels))
        .map(|(r, (i, label))| Hit {
            rect: *r,
            text: format!(
                "{label}: {} ({})",
                i.display_in(units),
                origin_word(i.origin)
            ),
        })
        .collect()
}

fn publishers(data: &Dataset, items: &[&Item]) -> String {
    let mut names: Vec<String> = Vec::new();
    for i in items {
        let name = match data.figure(i.id) {
            Some(f) => format!("{} ({})", f.publisher, f.period),
            None => "derived in this fact sheet from the figures above".to_string(),
        };
        if !names.contains(&name) {
            names.push(name);
        }
    }
    names.join("; ")
}

/// "2023: US$20.76 bn (derived); 2024: US$23.06 bn (reported)".
fn describe(items: &[&Item], labels: &[String], units: &Units) -> String {
    items
        .iter()
        .zip(labels)
        .map(|(i, l)| format!("{l}: {} ({})", i.display_in(units), origin_word(i.origin)))
        .collect::<Vec<_>>()
        .join("; ")
}

fn unit_name(items: &[&Item], units: &Units) -> String {
    items
        .first()
        .map(|i| i.converted(units).shown.name().to_string())
        .unwrap_or_default()
}

fn trade_chart(data: &Dataset, c: &Computed, units: &Units) -> ChartView {
    let mut items = c.series("trade_bars");
    // Years in order, whichever order the data file lists them in.
    items.sort_by(|a, b| a.period.cmp(b.period));
    let labels: Vec<String> = items.iter().map(|i| i.period.to_string()).collect();
    let bars: Vec<Bar> = items
        .iter()
        .zip(&labels)
        .map(|(i, l)| to_bar(i, l.clone(), units))
        .collect();
    let notes = c.series("trade_notes");
    let change: Vec<String> = notes
        .iter()
        .map(|i| format::signed_in(i.value, i.unit, i.decimals, units))
        .collect();
    let unit = unit_name(&items, units);
    let max = bars.iter().map(|b| b.value).fold(0.0, f64::max);
    let axis = axis_for(max, 4, |n| n.to_string());
    let mut summary = format!(
        "Bar chart of bilateral trade in {unit}. {}.",
        describe(&items, &labels, units)
    );
    if !notes.is_empty() {
        let said: Vec<String> = notes
            .iter()
            .map(|i| format!("{}: {}", i.label, i.display_in(units)))
            .collect();
        summary.push_str(&format!(" {}.", said.join("; ")));
    }
    let spec = columns::Columns { bars, change, axis };
    let opts = columns::SIZE;
    let rects = columns::layout(&spec, &opts).unwrap_or_default();
    let years: Vec<&str> = items.iter().map(|i| i.period).collect();
    ChartView {
        id: "trade-by-year".into(),
        title: format!("Bilateral trade by year, {unit}"),
        summary,
        svg: columns::draw(&spec, &opts),
        size: (opts.width, opts.height),
        hits: hits(&rects, &items, &labels, units),
        legend: Legend::ReportedDerived,
        unit,
        rows: rows(&items, &labels, units),
        file: format!(
            "china-pakistan-trade-{}",
            match (years.first(), years.last()) {
                (Some(a), Some(b)) if a != b => format!("{a}-{b}"),
                (Some(a), _) => a.to_string(),
                _ => "by-year".into(),
            }
        ),
        source: publishers(data, &items),
    }
}

fn bar_chart(
    data: &Dataset,
    c: &Computed,
    units: &Units,
    series: &str,
    (id, file, title): (&str, &str, &str),
) -> ChartView {
    let items = c.series(series);
    let labels: Vec<String> = items.iter().map(|i| i.label.to_string()).collect();
    let bars: Vec<Bar> = items
        .iter()
        .zip(&labels)
        .map(|(i, l)| to_bar(i, l.clone(), units))
        .collect();
    let unit = unit_name(&items, units);
    let max = bars.iter().map(|b| b.value).fold(0.0, f64::max);
    let axis = axis_for(max, 3, |n| n.to_string());
    let opts = bars::Options::default();
    let rects = bars::layout(&bars, &axis, &opts).unwrap_or_default();
    ChartView {
        id: id.into(),
        title: format!("{title}, {unit}"),
        summary: format!("Bar chart in {unit}. {}.", describe(&items, &labels, units)),
        svg: bars::draw(&bars, &axis, &opts),
        size: (opts.width, bars::height(&bars)),
        hits: hits(&rects, &items, &labels, units),
        legend: Legend::ReportedDerived,
        unit,
        rows: rows(&items, &labels, units),
        file: file.into(),
        source: publishers(data, &items),
    }
}

fn unit_word(unit: Unit, n: f64, units: &Units) -> String {
    match unit {
        Unit::Jobs if n == 1.0 => "1 job".into(),
        _ => format::quantity_in(n, unit, 0, units),
    }
}

fn waffle_chart(data: &Dataset, item: &Item, units: &Units) -> ChartView {
    // Squares count the data's own unit, so the picture does not change with the display unit.
    let per = waffle::per_cell(item.value, 300.0);
    let spec = waffle::Waffle {
        value: item.value,
        per_cell: per,
    };
    let squares = (item.value / per).ceil();
    let each = unit_word(item.unit, per, units);
    let opts = waffle::Options::default();
    let size = waffle::size(&spec, &opts);
    let label = item.label.to_string();
    ChartView {
        id: item.id.replace('_', "-"),
        title: format!("{}: {}", item.label, item.display_in(units)),
        summary: format!(
            "{} squares, each standing for {each}: {} in all.",
            format::number(squares, 0),
            item.display_in(units)
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
        ),
        legend: Legend::Squares(each),
        unit: unit_name(&[item], units),
        rows: rows(&[item], std::slice::from_ref(&label), units),
        file: format!("cpec-output-2022-{}", item.id.trim_start_matches("cpec_")),
        source: publishers(data, &[item]),
    }
}

fn timeline_chart(data: &Dataset, today: Date) -> ChartView {
    let mut events: Vec<_> = data.events.iter().collect();
    events.sort_by_key(|e| e.date);
    let spec = timeline::Timeline {
        dates: events.iter().map(|e| e.date).collect(),
        today,
    };
    let opts = timeline::SIZE;
    let rects = timeline::layout(&spec, &opts).unwrap_or_default();
    ChartView {
        id: "relations-timeline".into(),
        title: format!("Events from 1951 to today ({})", today.year),
        summary: format!(
            "Timeline of {} events from {} to {}: {}.",
            events.len(),
            events
                .first()
                .map(|e| format::date(e.date))
                .unwrap_or_default(),
            events
                .last()
                .map(|e| format::date(e.date))
                .unwrap_or_default(),
            events
                .iter()
                .map(|e| format!("{}, {}", format::date(e.date), e.label))
                .collect::<Vec<_>>()
                .join("; ")
        ),
        svg: timeline::draw(&spec, &opts),
        size: (opts.width, opts.height),
        hits: rects
            .iter()
            .zip(&events)
            .map(|(r, e)| Hit {
                rect: *r,
                text: format!("{}: {}", format::date(e.date), e.label),
            })
            .collect(),
        legend: Legend::Events,
        unit: "date".into(),
        rows: events
            .iter()
            .map(|e| Row {
                label: e.label.to_string(),
                value: format::iso_date(e.date),
                origin: Origin::Reported,
            })
            .collect(),
        file: "china-pakistan-relations-timeline".into(),
        source: "quoted from the source article".into(),
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

fn card_view(data: &Dataset, c: &Computed, card: Card, units: &Units, today: Date) -> CardView {
    let (title, intro, charts) = match card {
        Card::Trade => (
            "Bilateral trade",
            "Trade between China and Pakistan. China has been Pakistan's largest trading partner since 2014.",
            vec![trade_chart(data, c, units)],
        ),
        Card::Cpec => {
            let mut charts = vec![bar_chart(
                data,
                c,
                units,
                "cpec_km",
                (
                    "cpec-km",
                    "cpec-output-2022-lines",
                    "Highways and transmission lines built",
                ),
            )];
            charts.extend(
                c.series("cpec_units")
                    .into_iter()
                    .map(|i| waffle_chart(data, i, units)),
            );
            (
                "China–Pakistan Economic Corridor (CPEC)",
                "What CPEC, launched in 2013, had delivered by the end of 2022. Each unit gets its own chart: distances are never drawn on one axis with jobs or power.",
                charts,
            )
        }
        Card::Karot => (
            "Karot hydropower project",
            "Electricity from the Karot hydropower project in its first year of full operation, against what it could produce running at full capacity all year.",
            vec![bar_chart(
                data,
                c,
                units,
                "karot_bars",
                (
                    "karot-energy",
                    "karot-output-first-year",
                    "Karot: generated vs possible output in a year",
                ),
            )],
        ),
        Card::Timeline => (
            "Timeline of relations",
            "Dates the article gives, from diplomatic relations in 1951 to the foreign ministers' meetings of 2025 and 2026. The axis runs to today.",
            vec![timeline_chart(data, today)],
        ),
        Card::Relations => ("Diplomatic relations", "", Vec::new()),
    };
    let items: Vec<&Item> = c.items.iter().filter(|i| i.card == card).collect();
    let figures = items
        .iter()
        .map(|i| FigureRow {
            id: i.id,
            label: i.label,
            value: i.display_in(units),
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
                value: i.display_in(units),
                period: i.period,
                origin: i.origin,
                publisher: figure.map(|f| f.publisher),
                quote: figure.and_then(|f| f.quote),
                citation: figure.and_then(|f| f.citation),
                formula: formula_row(c, i),
            }
        })
        .collect();
    if card == Card::Timeline {
        let mut events: Vec<_> = data.events.iter().collect();
        events.sort_by_key(|e| e.date);
        provenance.extend(events.into_iter().map(|e| Provenance {
            id: e.id,
            label: e.label,
            value: format::date(e.date),
            period: "as the article dates it",
            origin: Origin::Reported,
            publisher: None,
            quote: Some(e.quote),
            citation: None,
            formula: None,
        }));
    }
    let events = if card == Card::Timeline {
        let mut events: Vec<_> = data.events.iter().collect();
        events.sort_by_key(|e| e.date);
        events
            .into_iter()
            .map(|e| EventRow {
                id: e.id,
                date: format::date(e.date),
                iso: format::iso_date(e.date),
                label: e.label,
                quote: e.quote,
            })
            .collect()
    } else {
        Vec::new()
    };
    CardView {
        card,
        title,
        intro,
        charts,
        figures,
        sources,
        formulas,
        provenance,
        events,
    }
}

/// The cards on the page, in order.
pub const CARDS: [Card; 4] = [Card::Trade, Card::Cpec, Card::Karot, Card::Timeline];

/// The key figures strip.
pub fn key_figures(c: &Computed, units: &Units) -> Vec<KeyFigure> {
    c.items
        .iter()
        .filter(|i| i.key)
        .map(|i| KeyFigure {
            id: i.id,
            value: if i.unit == Unit::Percent {
                format::signed_in(i.value, i.unit, i.decimals, units)
            } else {
                i.display_in(units)
            },
            label: format!("{}, {}", i.label, i.period),
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

/// Card views already built, keyed by the card, the units it depends on and the date: a unit
/// switch rebuilds (and redraws the charts of) only the cards it concerns.
#[derive(Debug, Default)]
pub struct CardCache {
    entries: Vec<(Card, Units, Date, CardView)>,
}

impl CardCache {
    pub fn get(
        &mut self,
        data: &Dataset,
        c: &Computed,
        card: Card,
        units: &Units,
        today: Date,
    ) -> CardView {
        let key = units_for(card, units);
        if let Some((_, _, _, view)) = self
            .entries
            .iter()
            .find(|(k, u, d, _)| *k == card && *u == key && *d == today)
        {
            return view.clone();
        }
        let view = card_view(data, c, card, &key, today);
        // One entry per card: the previous view of this card is the only one worth keeping.
        self.entries.retain(|(k, _, _, _)| *k != card);
        self.entries.push((card, key, today, view.clone()));
        view
    }
}

/// The whole page for the given computed values, units and date.
pub fn page(data: &Dataset, c: &Computed, units: &Units, today: Date) -> Page {
    page_cached(data, c, units, today, &mut CardCache::default())
}

/// The same, reusing the cards `cache` already holds.
pub fn page_cached(
    data: &Dataset,
    c: &Computed,
    units: &Units,
    today: Date,
    cache: &mut CardCache,
) -> Page {
    Page {
        title: data.sheet.title,
        subtitle: data.sheet.subtitle,
        article_title: data.sheet.article_title,
        article_published: format::date(data.sheet.article_published),
        key_figures: key_figures(c, units),
        cards: CARDS
            .into_iter()
            .map(|card| cache.get(data, c, card, units, today))
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
