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
                quote_shown_in: None,
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
    provenance.extend(events.iter().map(|e| event_provenance(e, lang)));
    let events = event_rows(&events, lang);
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

/// The timeline's events as rows, oldest first. Events that cite the same sentence of the
/// article (the free trade agreement's signing and entry into force) share one quote: shown
/// on the first, which names the others, and referred to from the others.
pub(super) fn event_rows(events: &[&crate::core::data::Event], lang: Lang) -> Vec<EventRow> {
    let s = lang.strings();
    events
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let first = events.iter().position(|o| o.quote == e.quote).unwrap_or(i);
            let (quote, quote_note) = if first == i {
                let also: Vec<String> = events[i + 1..]
                    .iter()
                    .filter(|o| o.quote == e.quote)
                    .map(|o| format::date(o.date, lang))
                    .collect();
                let note = if also.is_empty() {
                    s.event_quote.to_string()
                } else {
                    s.event_quote_also(&also.join(s.list_sep))
                };
                (Some(markup::quote(e.quote, e.quote_translation, s)), note)
            } else {
                let shown = format::date(events[first].date, lang);
                (None, s.event_quote_above(&shown))
            };
            EventRow {
                id: e.id,
                date: match e.date_inferred {
                    Some(_) => s.date_inferred(&format::date(e.date, lang)),
                    None => format::date(e.date, lang),
                },
                inferred: e.date_inferred,
                iso: format::iso_date(e.date),
                label: e.label,
                quote,
                quote_note,
            }
        })
        .collect()
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
            card: i.card.key(),
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

/// An event's entry in the timeline's Sources tab.
fn event_provenance(e: &crate::core::data::Event, lang: Lang) -> Provenance {
    let s = lang.strings();
    Provenance {
        id: e.id,
        label: e.label,
        value: format::date(e.date, lang),
        period: s.event_period,
        origin: Origin::Reported,
        publisher: None,
        quote: Some(e.quote),
        quote_translation: e.quote_translation,
        // The list of events under the chart quotes it (once per sentence).
        quote_shown_in: Some(s.quote_in_events),
        citation: None,
        url: None,
        as_of_inferred: None,
        formula: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::data::dataset;
    use crate::core::derive::compute;
    use crate::core::markup::SafeHtml;
    use crate::core::testing::TODAY;

    fn timeline(lang: Lang) -> CardView {
        let data = dataset(lang);
        let Ok(c) = compute(data, TODAY, lang) else {
            panic!("{lang:?}: the data derives");
        };
        card_view(data, &c, Card::Timeline, &Units::default(), TODAY, lang)
    }

    #[test]
    fn events_citing_one_sentence_share_one_quote() {
        for lang in Lang::ALL {
            let v = timeline(lang);
            let data = dataset(lang);
            let events = sorted_events(data);
            assert_eq!(v.events.len(), events.len(), "every event is listed");
            let mut sentences: Vec<&str> = events.iter().map(|e| e.quote).collect();
            sentences.sort_unstable();
            sentences.dedup();
            let shown: Vec<&SafeHtml> = v.events.iter().filter_map(|e| e.quote.as_ref()).collect();
            assert_eq!(shown.len(), sentences.len(), "{lang:?}: each sentence once");
            for (k, a) in shown.iter().enumerate() {
                assert!(!shown[k + 1..].contains(a), "{lang:?}: no quote twice");
            }
            // Every event has its date and label, and a note: the quote's, or where it is.
            assert!(v
                .events
                .iter()
                .all(|e| !e.date.is_empty() && !e.label.is_empty() && !e.quote_note.is_empty()));
        }
        let v = timeline(Lang::En);
        let row = |id: &str| v.events.iter().find(|e| e.id == id).unwrap();
        assert!(row("fta_signed").quote.is_some());
        assert_eq!(
            row("fta_signed").quote_note,
            "Quote from the article, also for July 2007"
        );
        assert!(row("fta_in_force").quote.is_none());
        assert_eq!(row("fta_in_force").quote_note, "Same quote as 2006, above");
        assert!(row("attack_march_2024").quote.is_some());
        assert!(row("attack_october_2024").quote.is_none());
        assert_eq!(
            row("attack_october_2024").quote_note,
            "Same quote as March 2024, above"
        );
        assert_eq!(row("cpec_launched").quote_note, "Quote from the article");
        // The inferred mark and its reason stay.
        assert_eq!(row("attack_march_2024").date, "March 2024, inferred");
        assert!(row("attack_march_2024").inferred.is_some());
    }

    #[test]
    fn the_timeline_summary_names_the_axis_break() {
        for lang in Lang::ALL {
            let v = timeline(lang);
            let chart = &v.charts[0];
            let said = lang.strings().timeline_break("1951", "2006");
            assert!(
                chart.summary.ends_with(&said),
                "{lang:?}: {}",
                chart.summary
            );
            assert_eq!(chart.hits.len(), v.events.len(), "a hit area per event");
            let (w, h) = chart.size;
            assert!(chart
                .hits
                .iter()
                .all(|hit| hit.rect.x1 <= w as i32 && hit.rect.y1 <= h as i32));
        }
    }
}
