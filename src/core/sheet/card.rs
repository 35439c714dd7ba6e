//! A card's whole view (charts, figures, sources, formulas, events and their HTML), the key
//! figures strip, and which display units each card depends on.

use super::charts::{bar_chart, figure_chart, sorted_events, timeline_chart, trade_chart};
use super::types::*;
use crate::core::data::{Card, Dataset, Series, Status};
use crate::core::derive::{Computed, Item, Origin};
use crate::core::format::{self, Amount};
use crate::core::i18n::Lang;
use crate::core::markup;
use crate::core::model::{Date, Unit};
use crate::core::order;
use crate::core::units::Units;

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

pub(super) fn card_view(
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
                Series::CpecKm,
                ("cpec-km", "cpec-output-2022-lines", s.chart_cpec_km),
                None,
            )];
            charts.extend(
                c.series(Series::CpecUnits)
                    .into_iter()
                    .map(|i| figure_chart((data, c), i, units, lang)),
            );
            charts
        }
        Card::Karot => vec![bar_chart(
            data,
            c,
            (units, lang),
            Series::KarotBars,
            ("karot-energy", "karot-output-first-year", s.chart_karot),
            karot_finding(c, units, lang),
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
            date: match e.date_inferred {
                Some(_) => s.date_inferred(&format::date(e.date, lang)),
                None => format::date(e.date, lang),
            },
            inferred: e.date_inferred,
            iso: format::iso_date(e.date),
            label: e.label,
            quote: markup::quote(e.quote, e.quote_translation, s),
        })
        .collect();
    let html = CardHtml {
        tables: charts
            .iter()
            .map(|c| markup::data_table(&c.title, &c.unit, &c.rows, s))
            .collect(),
        figures: markup::figure_list(&figures, s),
        formulas: markup::formula_list(&formulas, s),
        provenance: markup::provenance_list(&provenance, s),
        sources: markup::source_list(&sources, s),
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
pub const CARDS: [Card; 4] = Card::ON_PAGE;

/// The key figures strip.
pub fn key_figures(c: &Computed, units: &Units, lang: Lang) -> Vec<KeyFigure> {
    let s = lang.strings();
    // Grouped by card, in the cards' order, so the strip reads as the page does.
    let mut items: Vec<_> = c.items.iter().filter(|i| i.key).collect();
    order::sort_by_key(&mut items, |i| CARDS.iter().position(|c| *c == i.card));
    items
        .into_iter()
        .map(|i| KeyFigure {
            id: i.id,
            value: if i.unit == Unit::Percent {
                Amount::new(i.value, i.unit, i.decimals, units, lang).signed()
            } else {
                i.display_in(units, lang)
            },
            label: s.key_figure_label(i.label, i.period),
            origin: i.origin,
        })
        .collect()
}

/// Karot's finding: the share of its capacity it used (a percentage figure of the card).
fn karot_finding(c: &Computed, units: &Units, lang: Lang) -> Option<String> {
    let share = c
        .items
        .iter()
        .find(|i| i.card == Card::Karot && i.unit == Unit::Percent)?;
    let factor = share.display_in(units, lang);
    Some(crate::core::i18n::fill(
        lang.strings().chart_karot_finding,
        &[("factor", &factor)],
    ))
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

/// Formulas for values shown only in the key-figures strip (years of relations).
pub fn key_formulas(c: &Computed) -> Vec<(&'static str, String)> {
    c.items
        .iter()
        .filter(|i| i.card == Card::Relations)
        .filter_map(|i| c.derivation(i.id).map(|d| (i.label, d.formula.clone())))
        .collect()
}
