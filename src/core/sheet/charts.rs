//! A card's charts as views: the bars, their labels, tooltips, table rows, summary and
//! publishers, from the computed figures in the reader's units and language, drawn by
//! `core::chart`.

use super::types::*;
use crate::core::chart::{
    columns, figure, nice_ticks, tick_decimals, timeline, Axis, Bar, ChartError, Fill, Rect, Spec,
    Svg, NARROW, WIDE,
};
use crate::core::data::{Dataset, Series};
use crate::core::derive::{Computed, Item, Origin};
use crate::core::format::{self, Style};
use crate::core::i18n::{fill, Lang, Strings};
use crate::core::model::Date;
use crate::core::order;
use crate::core::units::Units;

/// A chart's items, each converted once into the reader's units and then formatted for every
/// place it appears: its bar, its table row, and what its tooltip shows and says.
#[derive(Default)]
struct Drawn {
    bars: Vec<Bar>,
    rows: Vec<Row>,
    /// "2024: US$23.06 bn (reported)", per item.
    shown: Vec<String>,
    /// "2024: 23.06 billion US dollars (reported)", per item.
    spoken: Vec<String>,
    /// The unit's name, from the first item.
    unit: String,
    /// `rows` and `unit` in the data file's units.
    data_rows: Vec<Row>,
    data_unit: String,
    /// Each derived item's label and formula.
    derived: Vec<(String, String)>,
    /// The kinds of item drawn (reported, context, derived), each once.
    kinds: Vec<Origin>,
}

/// `label` picks each item's label (a function, not a closure: one copy in the wasm for every
/// chart).
fn drawn(
    c: &Computed,
    items: &[&Item],
    label: fn(&Item) -> &'static str,
    units: &Units,
    lang: Lang,
) -> Drawn {
    let s = lang.strings();
    let mut d = Drawn::default();
    for item in items {
        let amount = item.amount(units, lang);
        // The data file's units: the same conversion with the default units, which are the
        // data file's own.
        let stored = item.amount(&Units::default(), lang);
        let label = label(item);
        let said = |style| s.item_value(label, &amount.text(style), item.origin.word(s));
        if d.bars.is_empty() {
            d.unit = amount.unit_name().to_string();
            d.data_unit = stored.unit_name().to_string();
        }
        d.data_rows.push(Row {
            label: label.to_string(),
            value: stored.cell(),
            origin: item.origin,
        });
        if let Some(how) = c.derivation(item.id) {
            d.derived.push((label.to_string(), how.formula.clone()));
        }
        d.bars.push(Bar {
            label: label.to_string(),
            value: amount.in_tables().value,
            // The bar's own label is the number alone: the legend says what is derived.
            value_label: format::converted(amount.converted, lang, Style::Short),
            fill: match item.origin {
                Origin::Reported => Fill::Solid,
                Origin::Context => Fill::Outline,
                Origin::Derived => Fill::Hatched,
            },
        });
        if !d.kinds.contains(&item.origin) {
            d.kinds.push(item.origin);
        }
        d.rows.push(Row {
            label: label.to_string(),
            value: amount.cell(),
            origin: item.origin,
        });
        d.shown.push(said(Style::Short));
        d.spoken.push(said(Style::Spoken));
    }
    d
}

impl Drawn {
    /// The legend of a bar chart: the kinds drawn, in a fixed order, when there are two or
    /// more (bars of one kind need no key: the source line says where they come from).
    fn legend(&self) -> Legend {
        let kinds: Vec<Origin> = Origin::ALL
            .iter()
            .copied()
            .filter(|o| self.kinds.contains(o))
            .collect();
        Legend::Bars(if kinds.len() > 1 { kinds } else { Vec::new() })
    }

    /// The tooltips over the laid-out bars.
    fn hits(&self, rects: &[Rect]) -> Vec<Hit> {
        rects
            .iter()
            .zip(self.shown.iter().zip(&self.spoken))
            .map(|(r, (text, spoken))| Hit {
                rect: *r,
                text: text.clone(),
                spoken: spoken.clone(),
            })
            .collect()
    }

    /// "2023: 20.76 billion US dollars (derived); 2024: 23.06 billion US dollars (reported)".
    fn describe(&self, s: &Strings) -> String {
        list(self.spoken.clone(), s)
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

/// The source line: every publisher whose figure a shown value uses, a derived value's
/// inputs' publishers too (the Karot chart's possible output uses Xinhua's capacity), then
/// "derived in this fact sheet" when a value is derived. It stands alone: an image on a slide
/// has no "figures above".
fn publishers(data: &Dataset, c: &Computed, items: &[&Item], s: &Strings) -> String {
    /// Adds the publishers behind `id`, in order: its own, or its inputs'.
    fn visit(
        id: &str,
        (data, c): (&Dataset, &Computed),
        s: &Strings,
        out: &mut (Vec<String>, bool),
    ) {
        if let Some(f) = data.figure(id) {
            let name = s.with_period(f.publisher, f.period);
            if !out.0.contains(&name) {
                out.0.push(name);
            }
        } else if let Some(how) = c.derivation(id) {
            out.1 = true;
            for input in &how.inputs {
                visit(input.id, (data, c), s, out);
            }
        }
    }
    let mut out = (Vec::new(), false);
    for i in items {
        visit(i.id, (data, c), s, &mut out);
    }
    let (mut names, derived) = out;
    if derived {
        names.push(s.source_derived.to_string());
    }
    list(names, s)
}

/// One chart drawn for the page at both widths.
struct Drawn2 {
    svg: Result<Svg, ChartError>,
    size: (u32, u32),
    rects: Vec<Rect>,
    page: Result<Svg, ChartError>,
    narrow: Drawing,
}

fn both(spec: &Spec) -> Drawn2 {
    let (svg, size, rects) = spec.draw(WIDE, None);
    let (small, narrow_size, narrow_rects) = spec.draw(NARROW, None);
    let page = match (&svg, &small) {
        (Ok(wide), Ok(small)) => Ok(page_drawings(wide, small)),
        (Err(e), _) | (_, Err(e)) => Err(e.clone()),
    };
    Drawn2 {
        svg,
        size,
        rects,
        page,
        narrow: Drawing {
            size: narrow_size,
            rects: narrow_rects,
        },
    }
}

/// The two drawings of a chart as the page holds them: one root (the page relabels the texts
/// of both in order), each drawing in a box the stylesheet shows or hides.
fn page_drawings(wide: &Svg, narrow: &Svg) -> Svg {
    Svg::new(format!(
        "<div class=\"drawings\"><div class=\"drawing wide\">{}</div><div class=\"drawing narrow\">{}</div></div>",
        wide.as_str(),
        narrow.as_str()
    ))
}

pub(super) fn trade_chart(data: &Dataset, c: &Computed, units: &Units, lang: Lang) -> ChartView {
    let s = lang.strings();
    let mut items = c.series(Series::TradeBars);
    // Years in order, whichever order the data file lists them in.
    order::sort_by_key(&mut items, |i| i.period);
    let mut drawn = drawn(c, &items, |i| i.period, units, lang);
    let notes = c.series(Series::TradeNotes);
    let change: Vec<String> = notes
        .iter()
        // A derived change reads "about", as it does everywhere else.
        .map(|i| i.amount(units, lang).signed())
        .collect();
    let unit = drawn.unit.clone();
    let max = drawn.bars.iter().map(|b| b.value).fold(0.0, f64::max);
    let axis = axis_for(max, 4, |n| n.to_string());
    // The finding, from the figures drawn: the growth into the last year, and its value.
    let growth = notes
        .iter()
        .find(|i| i.unit == crate::core::model::Unit::Percent);
    let finding = match (growth, drawn.bars.last()) {
        (Some(g), Some(last)) => {
            let change =
                crate::core::format::Amount::new(g.value.abs(), g.unit, g.decimals, units, lang);
            let template = if g.value < 0.0 {
                s.chart_trade_fell
            } else {
                s.chart_trade_rose
            };
            Some(fill(
                template,
                &[
                    ("change", &change.short()),
                    ("value", &last.value_label),
                    ("year", &last.label),
                ],
            ))
        }
        _ => None,
    };
    let mut summary = s.summary_trade(&unit, &drawn.describe(s));
    if !notes.is_empty() {
        let said: Vec<String> = notes
            .iter()
            .map(|i| s.waffle_title(i.label, &i.spoken_in(units, lang)))
            .collect();
        summary.push(' ');
        summary.push_str(&s.sentence(&list(said, s)));
    }
    let spec = Spec::Columns(columns::Columns {
        bars: std::mem::take(&mut drawn.bars),
        change,
        axis,
        rtl: lang.rtl(),
    });
    let d = both(&spec);
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
        title: finding.clone().unwrap_or_else(|| s.chart_trade(&unit)),
        subtitle: if finding.is_some() {
            s.chart_trade(&unit)
        } else {
            String::new()
        },
        summary,
        spec,
        svg: d.svg,
        size: d.size,
        hits: drawn.hits(&d.rects),
        page: d.page,
        narrow: d.narrow,
        legend: drawn.legend(),
        unit,
        rows: drawn.rows,
        file: format!(
            "china-pakistan-trade-{}",
            match (first, last) {
                (Some(a), Some(b)) if a != b => format!("{a}-{b}"),
                (Some(a), _) => a.to_string(),
                _ => "by-year".into(),
            }
        ),
        source: publishers(data, c, &items, s),
        derived: drawn.derived,
        data_unit: drawn.data_unit,
        data_rows: drawn.data_rows,
    }
}

pub(super) fn bar_chart(
    data: &Dataset,
    c: &Computed,
    (units, lang): (&Units, Lang),
    series: Series,
    (id, file, title): (&str, &str, &str),
    finding: Option<String>,
) -> ChartView {
    let s = lang.strings();
    let items = c.series(series);
    let drawn = drawn(c, &items, |i| i.label, units, lang);
    let bars = &drawn.bars;
    let unit = drawn.unit.clone();
    let max = bars.iter().map(|b| b.value).fold(0.0, f64::max);
    let axis = axis_for(max, 3, |n| n.to_string());
    let spec = Spec::Bars {
        bars: bars.clone(),
        axis,
        rtl: lang.rtl(),
    };
    let d = both(&spec);
    ChartView {
        id: id.into(),
        subtitle: if finding.is_some() {
            fill(title, &[("unit", &unit)])
        } else {
            String::new()
        },
        title: finding.unwrap_or_else(|| fill(title, &[("unit", &unit)])),
        summary: s.summary_bars(&unit, &drawn.describe(s)),
        spec,
        svg: d.svg,
        size: d.size,
        hits: drawn.hits(&d.rects),
        page: d.page,
        narrow: d.narrow,
        legend: drawn.legend(),
        unit,
        rows: drawn.rows,
        file: file.into(),
        source: publishers(data, c, &items, s),
        derived: drawn.derived,
        data_unit: drawn.data_unit,
        data_rows: drawn.data_rows,
    }
}

/// A figure alone (jobs, megawatts): its number large, with its unit's glyph.
pub(super) fn figure_chart(
    (data, c): (&Dataset, &Computed),
    item: &Item,
    units: &Units,
    lang: Lang,
) -> ChartView {
    let s = lang.strings();
    let amount = item.amount(units, lang);
    let drawn = drawn(c, &[item], |i| i.label, units, lang);
    let spec = figure::Figure {
        value: amount.short(),
        label: item.period.to_string(),
        glyph: match item.unit {
            crate::core::model::Unit::Mw | crate::core::model::Unit::KwhBn => figure::Glyph::Bolt,
            _ => figure::Glyph::Person,
        },
    };
    let tile = figure::tile(&spec);
    let spec = Spec::Figure {
        figure: spec,
        rtl: lang.rtl(),
    };
    let (svg, size, rects) = spec.draw(WIDE, None);
    let (_, narrow, narrow_rects) = spec.draw(NARROW, None);
    ChartView {
        id: item.id.replace('_', "-"),
        title: item.label.to_string(),
        subtitle: String::new(),
        summary: drawn.describe(s),
        svg,
        size,
        hits: drawn.hits(&rects),
        // The page shows the tile as HTML: one element per part, not a drawing per width.
        page: Ok(Svg::new(format!("<div class=\"drawings\">{tile}</div>"))),
        narrow: Drawing {
            size: narrow,
            rects: narrow_rects,
        },
        spec,
        legend: Legend::Bars(Vec::new()),
        unit: drawn.unit,
        rows: drawn.rows,
        file: format!("cpec-output-2022-{}", item.id.trim_start_matches("cpec_")),
        source: publishers(data, c, &[item], s),
        derived: drawn.derived,
        data_unit: drawn.data_unit,
        data_rows: drawn.data_rows,
    }
}

pub(super) fn sorted_events(data: &Dataset) -> Vec<&'static crate::core::data::Event> {
    let mut events: Vec<_> = data.events.iter().collect();
    order::sort_by_key(&mut events, |e| e.date);
    events
}

/// The timeline's drawing data: each event's date and label in the page's language, and
/// today's end of the axis.
pub(crate) fn timeline_spec(data: &Dataset, today: Date, lang: Lang) -> timeline::Timeline {
    let s = lang.strings();
    timeline::Timeline {
        events: sorted_events(data)
            .iter()
            .map(|e| timeline::Event {
                date: e.date,
                date_label: format::date(e.date, lang),
                label: e.label.to_string(),
            })
            .collect(),
        today,
        today_label: s.timeline_today(&today.year.to_string()),
    }
}

pub(super) fn timeline_chart(data: &Dataset, today: Date, lang: Lang) -> ChartView {
    let s = lang.strings();
    let events = sorted_events(data);
    let spec = timeline_spec(data, today, lang);
    let breaks = timeline::breaks(&spec);
    let spec = Spec::Timeline {
        timeline: spec,
        rtl: lang.rtl(),
    };
    // Drawn at both widths like every chart: the labels beside the axis keep their size.
    let d = both(&spec);
    let event_text =
        |e: &crate::core::data::Event| s.event_value(&format::date(e.date, lang), e.label);
    let rows: Vec<Row> = events
        .iter()
        .map(|e| Row {
            label: e.label.to_string(),
            value: format::iso_date(e.date),
            origin: Origin::Reported,
        })
        .collect();
    let mut summary = s.summary_timeline(
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
    );
    // The axis leaves out the years without events: the summary says which.
    for (from, to) in breaks {
        summary.push(' ');
        summary.push_str(&s.timeline_break(&from.to_string(), &to.to_string()));
    }
    ChartView {
        id: "relations-timeline".into(),
        subtitle: String::new(),
        title: s.chart_timeline(&today.year.to_string()),
        summary,
        spec,
        svg: d.svg,
        size: d.size,
        page: d.page,
        narrow: d.narrow,
        hits: d
            .rects
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
        rows: rows.clone(),
        file: "china-pakistan-relations-timeline".into(),
        source: s.source_article.into(),
        derived: Vec::new(),
        // Dates have one unit: the data file's rows are the rows shown.
        data_unit: s.unit_date.into(),
        data_rows: rows,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::data::{Card, DATA};
    use crate::core::model::{Bound, Unit};
    use crate::core::testing::computed;

    /// A context figure added to a chart's series, as an editor would add 2025's trade.
    fn with_context_2025() -> Computed {
        let mut c = computed();
        c.items.push(Item {
            id: "trade_2025",
            label: "Bilateral trade",
            value: 25.0,
            unit: Unit::UsdBn,
            decimals: 2,
            bound: Bound::Exact,
            period: "2025",
            card: Card::Trade,
            series: Some(Series::TradeBars),
            key: false,
            origin: Origin::Context,
            range: (24.995, 25.005),
        });
        c
    }

    #[test]
    fn a_context_figure_is_drawn_and_keyed_as_context() {
        let c = with_context_2025();
        let chart = trade_chart(DATA, &c, &Units::default(), Lang::En);
        assert_eq!(
            chart.legend,
            Legend::Bars(vec![Origin::Reported, Origin::Context, Origin::Derived])
        );
        // Three bars: the derived 2023 hatched, 2024 solid, 2025 an outline alone (no fill
        // and no hatching: as many filled rects and hatching paths as before).
        let before = trade_chart(DATA, &computed(), &Units::default(), Lang::En);
        let count = |svg: &str, what: &str| svg.matches(what).count();
        let (Ok(now), Ok(was)) = (&chart.svg, &before.svg) else {
            panic!("both charts draw");
        };
        let (now, was) = (now.source().as_ref(), was.source().as_ref());
        assert_eq!(count(now, "<rect"), count(was, "<rect") + 1, "one more bar");
        let outlines = |svg: &str| {
            svg.split("<rect")
                .filter(|r| {
                    r.split('>')
                        .next()
                        .is_some_and(|a| a.contains("fill=\"none\""))
                })
                .count()
        };
        assert_eq!(
            outlines(now),
            outlines(was) + 1,
            "the new bar is an outline alone"
        );
        assert!(chart.rows.iter().any(|r| r.origin == Origin::Context));
    }

    #[test]
    fn a_chart_of_one_kind_has_no_key_and_a_derived_bar_credits_its_inputs() {
        let c = computed();
        let page = crate::core::sheet::page(
            DATA,
            &c,
            &Units::default(),
            crate::core::testing::TODAY,
            Lang::En,
        );
        let chart = |card: usize| &page.cards[card].charts[0];
        // CPEC's km: all reported.
        assert_eq!(chart(2).legend, Legend::Bars(Vec::new()));
        // Karot's possible output uses Xinhua's capacity: the source line names Xinhua.
        let karot = &chart(1).source;
        assert!(karot.contains("China Three Gorges Corporation"), "{karot}");
        assert!(karot.contains("Xinhua"), "{karot}");
        assert!(
            karot.ends_with(Lang::En.strings().source_derived),
            "{karot}"
        );
        assert!(!karot.contains("above"), "{karot}");
        assert_eq!(karot.matches("Xinhua").count(), 1, "{karot}");
    }
}
