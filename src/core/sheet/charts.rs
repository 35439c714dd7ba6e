//! A card's charts as views: the bars, their labels, tooltips, table rows, summary and
//! publishers, from the computed figures in the reader's units and language, drawn by
//! `core::chart`.

use super::types::*;
use crate::core::chart::{
    bars, columns, nice_ticks, rtl_text, tick_decimals, timeline, waffle, Axis, Bar, Rect,
};
use crate::core::data::{Dataset, Series};
use crate::core::derive::{Computed, Item, Origin};
use crate::core::format::{self, Style};
use crate::core::i18n::{fill, Lang, Strings};
use crate::core::model::Date;
use crate::core::units::Units;

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
    s.item_value(label, &value, i.origin.word(s))
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
            Some(f) => s.with_period(f.publisher, f.period),
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

pub(super) fn trade_chart(data: &Dataset, c: &Computed, units: &Units, lang: Lang) -> ChartView {
    let s = lang.strings();
    let mut items = c.series(Series::TradeBars);
    // Years in order, whichever order the data file lists them in.
    items.sort_by(|a, b| a.period.cmp(b.period));
    let labels: Vec<String> = items.iter().map(|i| i.period.to_string()).collect();
    let bars: Vec<Bar> = items
        .iter()
        .zip(&labels)
        .map(|(i, l)| to_bar(i, l.clone(), units, lang))
        .collect();
    let notes = c.series(Series::TradeNotes);
    let change: Vec<String> = notes
        .iter()
        .map(|i| format::signed_in(i.value, i.unit, i.decimals, units, lang))
        .collect();
    let unit = unit_name(&items, units, s);
    let max = bars.iter().map(|b| b.value).fold(0.0, f64::max);
    let axis = axis_for(max, 4, |n| n.to_string());
    let mut summary = s.summary_trade(&unit, &describe(&items, &labels, units, lang));
    if !notes.is_empty() {
        let said: Vec<String> = notes
            .iter()
            .map(|i| s.waffle_title(i.label, &i.spoken_in(units, lang)))
            .collect();
        summary.push(' ');
        summary.push_str(&s.sentence(&list(said, s)));
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
        title: s.chart_trade(&unit),
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

pub(super) fn bar_chart(
    data: &Dataset,
    c: &Computed,
    (units, lang): (&Units, Lang),
    series: Series,
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
        summary: s.summary_bars(&unit, &describe(&items, &labels, units, lang)),
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

pub(super) fn waffle_chart(data: &Dataset, item: &Item, units: &Units, lang: Lang) -> ChartView {
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
        title: s.waffle_title(item.label, &item.display_in(units, lang)),
        summary: s.summary_waffle(
            &format::number_in(squares, 0, lang),
            &each,
            &item.spoken_in(units, lang),
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

pub(super) fn sorted_events(data: &Dataset) -> Vec<&'static crate::core::data::Event> {
    let mut events: Vec<_> = data.events.iter().collect();
    events.sort_by_key(|e| e.date);
    events
}

pub(super) fn timeline_chart(data: &Dataset, today: Date, lang: Lang) -> ChartView {
    let s = lang.strings();
    let events = sorted_events(data);
    let spec = timeline::Timeline {
        dates: events.iter().map(|e| e.date).collect(),
        today,
    };
    let opts = timeline::SIZE;
    let rects = timeline::layout(&spec, &opts).unwrap_or_default();
    let event_text =
        |e: &crate::core::data::Event| s.event_value(&format::date(e.date, lang), e.label);
    let svg = timeline::draw(&spec, &opts);
    ChartView {
        id: "relations-timeline".into(),
        title: s.chart_timeline(&today.year.to_string()),
        summary: s.summary_timeline(
            &events.len().to_string(),
            &events
                .first()
                .map(|e| format::date(e.date, lang))
                .unwrap_or_default(),
            &events
                .last()
                .map(|e| format::date(e.date, lang))
                .unwrap_or_default(),
            &list(events.iter().map(|e| event_text(e)).collect(), s),
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
