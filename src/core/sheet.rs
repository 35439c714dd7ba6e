//! What the page shows, as plain data: the key figures, and for each card its charts (already
//! drawn), figures, sources and formulas. The view renders this and decides nothing.

use super::chart::{bars, columns, waffle, Bar, ChartError, Svg};
use super::data::{Card, Dataset, Status};
use super::derive::{Computed, Item, Origin};
use super::format;
use super::model::Unit;

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
}

#[derive(Clone, Debug, PartialEq)]
pub struct ChartView {
    pub id: String,
    pub title: String,
    /// What the chart shows, in words, for screen readers and as a caption.
    pub summary: String,
    pub svg: Result<Svg, ChartError>,
    pub legend: Legend,
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

#[derive(Clone, Debug, PartialEq)]
pub struct CardView {
    pub card: Card,
    pub title: &'static str,
    pub intro: &'static str,
    pub charts: Vec<ChartView>,
    pub figures: Vec<FigureRow>,
    pub sources: Vec<SourceLine>,
    pub formulas: Vec<FormulaRow>,
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

fn origin_word(o: Origin) -> &'static str {
    match o {
        Origin::Reported => "reported",
        Origin::Context => "context",
        Origin::Derived => "derived",
    }
}

fn to_bar(item: &Item, label: String) -> Bar {
    Bar {
        label,
        value: item.value,
        value_label: format::quantity(item.value, item.unit, item.decimals),
        derived: item.origin == Origin::Derived,
    }
}

/// "US$20.76 bn in 2023 (derived), US$23.06 bn in 2024 (reported)".
fn describe(bars: &[Bar], items: &[&Item]) -> String {
    bars.iter()
        .zip(items)
        .map(|(b, i)| format!("{}: {} ({})", b.label, i.display(), origin_word(i.origin)))
        .collect::<Vec<_>>()
        .join("; ")
}

fn trade_charts(c: &Computed) -> Vec<ChartView> {
    let mut items = c.series("trade_bars");
    // Years in order, whichever order the data file lists them in.
    items.sort_by(|a, b| a.period.cmp(b.period));
    let bars: Vec<Bar> = items.iter().map(|i| to_bar(i, i.period.into())).collect();
    let notes = c.series("trade_notes");
    let change: Vec<String> = notes
        .iter()
        .map(|i| format::signed_quantity(i.value, i.unit, i.decimals))
        .collect();
    let mut summary = format!("Bar chart of bilateral trade in US$ billion. {}.", {
        describe(&bars, &items)
    });
    if !notes.is_empty() {
        let said: Vec<String> = notes
            .iter()
            .map(|i| format!("{}: {}", i.label, i.display()))
            .collect();
        summary.push_str(&format!(" {}.", said.join("; ")));
    }
    let spec = columns::Columns { bars, change };
    vec![ChartView {
        id: "trade-by-year".into(),
        title: "Bilateral trade by year, US$ billion".into(),
        summary,
        svg: columns::draw(&spec, &columns::Options::default()),
        legend: Legend::ReportedDerived,
    }]
}

fn bar_chart(c: &Computed, series: &str, id: &str, title: &str) -> ChartView {
    let items = c.series(series);
    let bars: Vec<Bar> = items.iter().map(|i| to_bar(i, i.label.into())).collect();
    ChartView {
        id: id.into(),
        title: title.into(),
        summary: format!("Bar chart. {}.", describe(&bars, &items)),
        svg: bars::draw(&bars, &bars::Options::default()),
        legend: Legend::ReportedDerived,
    }
}

fn unit_word(unit: Unit, n: f64) -> String {
    let one = n == 1.0;
    match unit {
        Unit::Jobs if one => "1 job".into(),
        Unit::People if one => "1 person".into(),
        _ => format::quantity(n, unit, 0),
    }
}

fn waffle_chart(item: &Item) -> ChartView {
    let per = waffle::per_cell(item.value, 300.0);
    let spec = waffle::Waffle {
        value: item.value,
        per_cell: per,
    };
    let squares = (item.value / per).ceil();
    let each = unit_word(item.unit, per);
    ChartView {
        id: item.id.replace('_', "-"),
        title: format!("{}: {}", item.label, item.display()),
        summary: format!(
            "{} squares, each standing for {each}: {} in all.",
            format::number(squares, 0),
            item.display()
        ),
        svg: waffle::draw(&spec, &waffle::Options::default()),
        legend: Legend::Squares(each),
    }
}

fn card_view(data: &Dataset, c: &Computed, card: Card) -> CardView {
    let (title, intro, charts) = match card {
        Card::Trade => (
            "Bilateral trade",
            "Trade between China and Pakistan, in US$ billion. China has been Pakistan's largest trading partner since 2014.",
            trade_charts(c),
        ),
        Card::Cpec => {
            let mut charts = vec![bar_chart(
                c,
                "cpec_km",
                "cpec-km",
                "Highways and transmission lines built, km",
            )];
            charts.extend(c.series("cpec_units").into_iter().map(waffle_chart));
            (
                "China–Pakistan Economic Corridor (CPEC)",
                "What CPEC, launched in 2013, had delivered by the end of 2022. Each unit gets its own chart: kilometres are never drawn on one axis with jobs or megawatts.",
                charts,
            )
        }
        Card::Karot => (
            "Karot hydropower project",
            "Electricity from the Karot hydropower project on the Jhelum River in its first year of full operation, against what it could produce running at full capacity all year.",
            vec![bar_chart(
                c,
                "karot_bars",
                "karot-energy",
                "Karot: generated vs possible output, billion kWh a year",
            )],
        ),
        Card::Relations => ("Diplomatic relations", "", Vec::new()),
    };
    let items: Vec<&Item> = c.items.iter().filter(|i| i.card == card).collect();
    let figures = items
        .iter()
        .map(|i| FigureRow {
            id: i.id,
            label: i.label,
            value: i.display(),
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
    let formulas = items
        .iter()
        .filter_map(|i| c.derivation(i.id).map(|d| (i, d)))
        .map(|(i, d)| FormulaRow {
            id: d.id,
            label: i.label,
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
        .collect();
    CardView {
        card,
        title,
        intro,
        charts,
        figures,
        sources,
        formulas,
    }
}

/// The whole page for the given computed values.
pub fn page(data: &Dataset, c: &Computed) -> Page {
    let key_figures = c
        .items
        .iter()
        .filter(|i| i.key)
        .map(|i| KeyFigure {
            id: i.id,
            value: if i.unit == Unit::Percent {
                format::signed_quantity(i.value, i.unit, i.decimals)
            } else {
                i.display()
            },
            label: format!("{}, {}", i.label, i.period),
            origin: i.origin,
        })
        .collect();
    Page {
        title: data.sheet.title,
        subtitle: data.sheet.subtitle,
        article_title: data.sheet.article_title,
        article_published: format::date(data.sheet.article_published),
        key_figures,
        cards: [Card::Trade, Card::Cpec, Card::Karot]
            .into_iter()
            .map(|card| card_view(data, c, card))
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
