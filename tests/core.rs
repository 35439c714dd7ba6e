//! The pure core against hand-computed values: derivations, formatting, charts, the page model
//! and the server-side render.
#![cfg(not(target_arch = "wasm32"))]

use cpec_factsheet::core::chart::{
    bars, columns, hatch, hit_test, nice_ticks, tick_decimals, waffle, Axis, Bar, ChartError, Rect,
};
use cpec_factsheet::core::data::{dataset, Bound, Card, Date, DATA};
use cpec_factsheet::core::derive::{compute, Computed, Origin};
use cpec_factsheet::core::format;
use cpec_factsheet::core::i18n::Lang;
use cpec_factsheet::core::model::Unit;
use cpec_factsheet::core::sheet::{page, Legend};
use cpec_factsheet::core::state::{Action, ViewState};
use cpec_factsheet::core::units::Units;

const TODAY: Date = Date {
    year: 2026,
    month: 11,
    day: 27,
};

fn computed() -> Computed {
    compute(DATA, TODAY, Lang::En).expect("the shipped data derives")
}

fn value(c: &Computed, id: &str) -> f64 {
    c.item(id).unwrap_or_else(|| panic!("{id} exists")).value
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9 * b.abs().max(1.0)
}

// ---- derivations, each against a value computed by hand ----

#[test]
fn trade_2023_from_growth() {
    let c = computed();
    // 23.06 / 1.111 = 20.756075...
    assert!(close(value(&c, "trade_2023"), 20.756_075_607_56));
    // 23.055 / 1.1115 = 20.7422 to 23.065 / 1.1105 = 20.7699: half-width 0.014, more than
    // one unit of the second decimal, at most one of the first.
    let d = c.derivation("trade_2023").unwrap();
    assert!(close(d.range.0, 20.742_240_215_92) && close(d.range.1, 20.769_923_457_90));
    assert_eq!(d.decimals, 1);
    assert_eq!(
        d.formula,
        "US$23.06 bn ÷ (1 + 11.1%) = about US$20.8 bn (between US$20.74 bn and US$20.77 bn, as the inputs are rounded)"
    );
    let item = c.item("trade_2023").unwrap();
    assert_eq!(item.origin, Origin::Derived);
    assert_eq!(item.display(Lang::En), "about US$20.8 bn");
    assert_eq!(item.display(Lang::Zh), "约208亿美元");
}

#[test]
fn trade_change() {
    let c = computed();
    // 23.06 - 20.756075... = 2.303924...
    assert!(close(value(&c, "trade_change_2024"), 2.303_924_392_44));
    // 23.055 − 20.7699 = 2.2851 to 23.065 − 20.7422 = 2.3228 (interval arithmetic treats the
    // two inputs as independent, so the range is wider than the truth, never narrower).
    assert_eq!(
        c.derivation("trade_change_2024").unwrap().formula,
        "US$23.06 bn − about US$20.8 bn = about US$2.3 bn (between US$2.28 bn and US$2.33 bn, as the inputs are rounded)"
    );
}

/// The decimals a range allows: the most whose last digit it leaves uncertain by at most one.
#[test]
fn precision_follows_from_the_range() {
    use cpec_factsheet::core::derive::{decimals_for, rounding_range};
    let (lo, hi) = rounding_range(23.06, 2);
    assert!(close(lo, 23.055) && close(hi, 23.065));
    assert_eq!(rounding_range(720.0, 0), (719.5, 720.5));
    // Half-widths: 0.57 → 0 decimals; 0.014 → 1; 0.0099 → 2; 0.0004 → 3 (the most shown).
    assert_eq!(decimals_for((414.954, 416.096)), 0);
    assert_eq!(decimals_for((20.7422, 20.7699)), 1);
    assert_eq!(decimals_for((2.2941, 2.3138)), 2);
    assert_eq!(decimals_for((1.0, 1.0008)), 3);
    assert_eq!(decimals_for((5.0, 5.0)), 3, "an exact range allows any");
    // One unit either side is still that place: 1,395 to 1,397 is shown as 1,396.
    assert_eq!(decimals_for((1395.0, 1397.0)), 0);
    assert_eq!(
        decimals_for((1394.0, 1397.0)),
        0,
        "more than one unit: still 0 at most"
    );
}

#[test]
fn a_smaller_unit_claims_no_more_precision_than_the_value_has() {
    let c = computed();
    let item = c.item("trade_2023").unwrap();
    let mn = Units {
        money: cpec_factsheet::core::units::Money::UsdMn,
        ..Units::default()
    };
    // About US$20.8 bn is about US$20,800 mn, not US$20,761 mn.
    assert_eq!(item.display_in(&mn, Lang::En), "about US$20,800 mn");
    let reported = c.item("trade_2024").unwrap();
    assert_eq!(reported.display_in(&mn, Lang::En), "US$23,060 mn");
}

#[test]
fn cpec_km_total() {
    let c = computed();
    assert_eq!(value(&c, "cpec_km_total"), 1396.0);
    assert_eq!(
        c.derivation("cpec_km_total").unwrap().formula,
        "510 km + 886 km = about 1,396 km (between 1,395 km and 1,397 km, as the inputs are rounded)"
    );
}

#[test]
fn karot_per_person_is_an_upper_bound() {
    let c = computed();
    // 3.64e9 kWh / 5e6 people = 728 kWh.
    assert!(close(value(&c, "karot_per_person"), 728.0));
    let item = c.item("karot_per_person").unwrap();
    assert_eq!(item.bound, Bound::AtMost);
    assert_eq!(item.display(Lang::En), "at most 728 kWh per person");
    assert_eq!(
        c.derivation("karot_per_person").unwrap().formula,
        "3.64 bn kWh ÷ more than 5 million people = at most 728 kWh per person \
(between 727 kWh per person and 729 kWh per person, as the inputs are rounded)"
    );
}

#[test]
fn karot_average_power() {
    let c = computed();
    // 3.64e9 kWh / 8760 h = 415,525.1 kW = 415.525 MW.
    assert!(close(value(&c, "karot_average_power"), 415.525_114_155_25));
    // 3.635e9 / 8760 / 1000 = 414.954 to 3.645e9 / 8760 / 1000 = 416.096: half-width 0.57.
    let d = c.derivation("karot_average_power").unwrap();
    assert!(close(d.range.0, 414.954_337_899_54) && close(d.range.1, 416.095_890_410_96));
    assert_eq!(d.decimals, 0);
    assert_eq!(
        d.formula,
        "3.64 bn kWh ÷ 8,760 h = about 416 MW (between 414.9 MW and 416.1 MW, as the inputs are rounded)"
    );
}

#[test]
fn karot_possible_output_and_capacity_factor() {
    let c = computed();
    // 720 MW * 8760 h = 6,307,200 MWh = 6.3072 bn kWh.
    assert!(close(value(&c, "karot_possible_energy"), 6.3072));
    // 415.525 / 720 = 57.71 %.
    assert!(close(value(&c, "karot_capacity_factor"), 57.711_821_410_45));
    // 414.954 / 720.5 = 57.59 % to 416.096 / 719.5 = 57.83 %: half-width 0.12.
    assert_eq!(
        c.derivation("karot_capacity_factor").unwrap().formula,
        "about 416 MW ÷ 720 MW = about 58% (between 57.5% and 57.9%, as the inputs are rounded)"
    );
    // 719.5 to 720.5 MW over 8,760 h: 6.3028 to 6.3116 bn kWh, half-width 0.0044.
    assert_eq!(
        c.derivation("karot_possible_energy").unwrap().formula,
        "720 MW × 8,760 h = about 6.31 bn kWh (between 6.302 bn kWh and 6.312 bn kWh, as the inputs are rounded)"
    );
    let inputs = &c.derivation("karot_capacity_factor").unwrap().inputs;
    assert_eq!(
        inputs[1].origin,
        Origin::Context,
        "720 MW is a context figure"
    );
}

#[test]
fn years_of_relations_follow_today() {
    let years = |year, month, day| {
        let c = compute(DATA, Date { year, month, day }, Lang::En).unwrap();
        value(&c, "relations_years")
    };
    assert_eq!(years(2026, 11, 27), 75.0);
    assert_eq!(years(2026, 5, 20), 74.0, "the day before the anniversary");
    assert_eq!(years(2026, 5, 21), 75.0, "the anniversary itself");
    assert_eq!(years(2051, 5, 21), 100.0);
    let c = computed();
    assert_eq!(
        c.derivation("relations_years").unwrap().formula,
        "whole years from 21 May 1951 to 27 November 2026 = 75 years"
    );
}

// ---- formatting ----

#[test]
fn numbers() {
    assert_eq!(format::number(236_000.0, 0), "236,000");
    assert_eq!(format::number(1_396.0, 0), "1,396");
    assert_eq!(format::number(23.06, 2), "23.06");
    assert_eq!(format::number(2.303_9, 2), "2.30");
    assert_eq!(format::number(999.0, 0), "999");
    assert_eq!(format::number(1_000_000.0, 0), "1,000,000");
    assert_eq!(format::number(-1_234.5, 1), "-1,234.5");
    assert_eq!(format::number(-0.001, 2), "0.00", "no negative zero");
}

#[test]
fn quantities() {
    assert_eq!(
        format::quantity_in(23.06, Unit::UsdBn, 2, &Units::default(), Lang::En),
        "US$23.06 bn"
    );
    assert_eq!(
        format::quantity_in(-2.3, Unit::UsdBn, 2, &Units::default(), Lang::En),
        "−US$2.30 bn"
    );
    assert_eq!(
        format::quantity_in(8_000.0, Unit::Mw, 0, &Units::default(), Lang::En),
        "8,000 MW"
    );
    assert_eq!(
        format::quantity_in(5e6, Unit::People, 0, &Units::default(), Lang::En),
        "5 million people"
    );
    assert_eq!(format::compact(1_250_000.0, 3, Lang::En), "1.25 million");
    assert_eq!(format::compact(2.5e9, 2, Lang::En), "2.5 billion");
    assert_eq!(
        format::signed_in(11.1, Unit::Percent, 1, &Units::default(), Lang::En),
        "+11.1%"
    );
    assert_eq!(
        format::signed_in(0.001, Unit::Percent, 1, &Units::default(), Lang::En),
        "0.0%"
    );
    assert_eq!(
        format::bounded_in(
            5e6,
            Unit::People,
            0,
            Bound::AtLeast,
            &Units::default(),
            Lang::En,
            format::Style::Short
        ),
        "more than 5 million people"
    );
}

#[test]
fn dates() {
    let d = |year, month, day| Date { year, month, day };
    assert_eq!(format::date(d(1951, 5, 21), Lang::En), "21 May 1951");
    assert_eq!(format::date(d(2007, 7, 0), Lang::En), "July 2007");
    assert_eq!(format::date(d(2013, 0, 0), Lang::En), "2013");
    assert_eq!(format::iso_date(d(1951, 5, 21)), "1951-05-21");
    assert_eq!(format::iso_date(d(2007, 7, 0)), "2007-07");
}

// ---- charts ----

fn bar(label: &str, value: f64, derived: bool) -> Bar {
    Bar {
        label: label.into(),
        value,
        value_label: format!("{value}"),
        derived,
    }
}

fn texts(svg: &str) -> Vec<String> {
    svg.split("<text")
        .skip(1)
        .filter_map(|t| t.split_once('>').map(|(_, rest)| rest))
        .filter_map(|rest| {
            rest.split_once("</text>")
                .map(|(t, _)| t.trim().to_string())
        })
        .collect()
}

#[test]
fn columns_draw_one_bar_per_value_with_labels() {
    let spec = columns::Columns {
        bars: vec![bar("2023", 20.76, true), bar("2024", 23.06, false)],
        change: vec!["+11.1%".into(), "+US$2.30 bn".into()],
        axis: Axis::default(),
        rtl: false,
    };
    let opts = columns::SIZE;
    let rects = columns::layout(&spec, &opts).unwrap();
    assert_eq!(rects.len(), 2);
    assert!(
        rects[1].y0 < rects[0].y0,
        "the larger value is the taller bar"
    );
    assert_eq!(rects[0].y1, rects[1].y1, "bars share a baseline");
    let svg = columns::draw(&spec, &opts).unwrap().as_str().to_string();
    let t = texts(&svg);
    for label in ["2023", "2024", "20.76", "23.06", "+11.1%", "+US$2.30 bn"] {
        assert_eq!(
            t.iter().filter(|x| *x == label).count(),
            1,
            "{label} once in {t:?}"
        );
    }
    // A reported bar is one filled rect; a derived one is a light fill plus an outline.
    assert_eq!(svg.matches("<rect").count(), 3);
    assert!(
        svg.contains("stroke-width=\"2\""),
        "derived bars are outlined"
    );
}

#[test]
fn charts_escape_their_labels() {
    let svg = bars::draw(
        &[bar("a<b & \"c\"", 1.0, false)],
        &Axis::default(),
        &bars::Options::default(),
    )
    .unwrap()
    .as_str()
    .to_string();
    assert!(!svg.contains("a<b"), "raw < in {svg}");
    assert!(svg.contains("a&lt;b &amp; &quot;c&quot;"), "{svg}");
}

#[test]
fn charts_are_deterministic() {
    let spec = [bar("x", 3.0, false), bar("y", 4.0, true)];
    let a = bars::draw(&spec, &Axis::default(), &bars::Options::default()).unwrap();
    let b = bars::draw(&spec, &Axis::default(), &bars::Options::default()).unwrap();
    assert_eq!(a, b);
}

#[test]
fn horizontal_bars_scale_to_the_largest() {
    let spec = [bar("highways", 510.0, false), bar("lines", 886.0, false)];
    let r = bars::layout(&spec, &Axis::default(), &bars::Options::default()).unwrap();
    let w = |r: &Rect| f64::from(r.x1 - r.x0);
    assert!((w(&r[0]) / w(&r[1]) - 510.0 / 886.0).abs() < 0.01);
}

#[test]
fn chart_errors_instead_of_panics() {
    let opts = bars::Options::default();
    assert_eq!(
        bars::draw(&[], &Axis::default(), &opts),
        Err(ChartError::Empty)
    );
    assert_eq!(
        bars::draw(&[bar("neg", -1.0, false)], &Axis::default(), &opts),
        Err(ChartError::BadValue {
            label: "neg".into()
        })
    );
    assert_eq!(
        bars::draw(&[bar("nan", f64::NAN, false)], &Axis::default(), &opts),
        Err(ChartError::BadValue {
            label: "nan".into()
        })
    );
    assert_eq!(
        bars::draw(&[bar("zero", 0.0, false)], &Axis::default(), &opts),
        Err(ChartError::Empty)
    );
}

#[test]
fn hatching_stays_inside_the_bar() {
    let r = Rect {
        x0: 10,
        y0: 20,
        x1: 60,
        y1: 200,
    };
    let lines = hatch(r, 7);
    assert!(lines.len() > 20);
    for ((ax, ay), (bx, by)) in lines {
        for (x, y) in [(ax, ay), (bx, by)] {
            assert!((r.x0..=r.x1).contains(&x) && (r.y0..=r.y1).contains(&y));
        }
        assert_eq!(ax - bx, by - ay, "45 degrees");
    }
}

#[test]
fn waffle_squares() {
    assert_eq!(waffle::per_cell(236_000.0, 300.0), 1_000.0);
    assert_eq!(waffle::per_cell(8_000.0, 300.0), 100.0);
    let w = waffle::Waffle {
        value: 236_000.0,
        per_cell: 1_000.0,
    };
    let cells = waffle::layout(&w, &waffle::Options::default()).unwrap();
    assert_eq!(cells.len(), 236);
    let partial = waffle::Waffle {
        value: 2_500.0,
        per_cell: 1_000.0,
    };
    let cells = waffle::layout(&partial, &waffle::Options::default()).unwrap();
    assert_eq!(cells.len(), 3);
    assert_eq!(cells[2].1, 0.5, "the last square is half full");
    let svg = waffle::draw(&w, &waffle::Options::default())
        .unwrap()
        .as_str()
        .to_string();
    assert_eq!(svg.matches("<rect").count(), 236);
}

// ---- the page model ----

#[test]
fn the_page_has_three_cards_with_sources_and_formulas() {
    let c = computed();
    let p = page(DATA, &c, &Units::default(), TODAY, Lang::En);
    let cards: Vec<Card> = p.cards.iter().map(|c| c.card).collect();
    assert_eq!(
        cards,
        [Card::Trade, Card::Cpec, Card::Karot, Card::Timeline]
    );
    for card in &p.cards[..3] {
        assert!(
            !card.sources.is_empty(),
            "{:?} has a source line",
            card.card
        );
        assert!(!card.formulas.is_empty(), "{:?} shows formulas", card.card);
        for chart in &card.charts {
            assert!(chart.svg.is_ok(), "{} draws", chart.id);
        }
    }
    let karot = &p.cards[2];
    assert!(karot
        .sources
        .iter()
        .any(|s| s.publisher == "Xinhua" && s.origin == Origin::Context));
    let cpec = &p.cards[1];
    assert_eq!(cpec.charts.len(), 3, "km bars and two unit charts");
    assert_eq!(cpec.charts[1].legend, Legend::Squares("1,000 jobs".into()));
    assert_eq!(cpec.charts[2].legend, Legend::Squares("100 MW".into()));
}

#[test]
fn key_figures_are_the_seed_figures() {
    let p = page(DATA, &computed(), &Units::default(), TODAY, Lang::En);
    let values: Vec<&str> = p.key_figures.iter().map(|k| k.value.as_str()).collect();
    assert_eq!(
        values,
        [
            "US$23.06 bn",
            "+11.1%",
            "236,000 jobs",
            "8,000 MW",
            "510 km",
            "886 km",
            "3.64 bn kWh",
            "75 years"
        ]
    );
}

#[test]
fn trade_chart_orders_years_and_describes_itself() {
    let p = page(DATA, &computed(), &Units::default(), TODAY, Lang::En);
    let chart = &p.cards[0].charts[0];
    assert_eq!(
        chart.summary,
        "Bar chart of bilateral trade in US$ billion. 2023: about 20.8 billion US dollars (derived); \
2024: 23.06 billion US dollars (reported). Year-on-year growth of bilateral trade: 11.1%; \
Change in bilateral trade, 2023 to 2024: about 2.3 billion US dollars."
    );
}

#[test]
fn reducer() {
    use cpec_factsheet::core::state::Mode;
    use cpec_factsheet::core::units::{Energy, Money};
    use cpec_factsheet::core::url::{Tab, Theme, UrlState};
    let s = ViewState::new(TODAY, None);
    assert_eq!(s.mode, Mode::Static, "the pre-render is static");
    let later = Date {
        year: 2030,
        month: 1,
        day: 1,
    };
    let from_url = UrlState::default().with_tab(Card::Karot, Tab::Sources);
    let live = s.reduce(Action::Start {
        today: later,
        view: from_url,
    });
    assert_eq!(
        (live.today, live.mode, live.view),
        (later, Mode::Live, from_url)
    );
    let tabbed = live.reduce(Action::SelectTab(Card::Trade, Tab::Table));
    assert_eq!(tabbed.view.tab(Card::Trade), Tab::Table);
    assert_eq!(
        tabbed.view.tab(Card::Karot),
        Tab::Sources,
        "other cards keep theirs"
    );
    let units = Units {
        money: Money::UsdMn,
        energy: Energy::Twh,
        ..Units::default()
    };
    assert_eq!(tabbed.reduce(Action::SetUnits(units)).view.units, units);
    assert_eq!(
        tabbed.reduce(Action::SetTheme(Theme::Dark)).view.theme,
        Theme::Dark
    );
    assert_eq!(
        tabbed.reduce(Action::Restore(UrlState::default())).view,
        UrlState::default()
    );
}

#[test]
fn what_is_out_of_sight_settles_after_a_switch() {
    use cpec_factsheet::core::units::Money;
    use cpec_factsheet::core::url::{Tab, UrlState};
    let from_url = UrlState::default().with_tab(Card::Karot, Tab::Table);
    let live = ViewState::new(TODAY, None).reduce(Action::Start {
        today: TODAY,
        view: from_url,
    });
    assert!(
        !live.settling(),
        "the address already holds the view it starts with"
    );
    assert_eq!(live.settled, from_url);
    let units = Units {
        money: Money::UsdMn,
        ..Units::default()
    };
    let switched = live
        .reduce(Action::SetUnits(units))
        .reduce(Action::SelectTab(Card::Trade, Tab::Sources));
    assert!(switched.settling());
    assert_eq!(
        switched.settled, from_url,
        "out of sight: still the earlier view"
    );
    let settled = switched.reduce(Action::Settle);
    assert!(!settled.settling());
    assert_eq!(settled.settled, switched.view);
    assert_eq!(
        settled.view, switched.view,
        "settling changes nothing in sight"
    );
    assert_eq!(settled.reduce(Action::Settle), settled);
}

#[test]
fn axis_ticks() {
    assert_eq!(nice_ticks(23.06, 4), [0.0, 10.0, 20.0, 30.0]);
    assert_eq!(nice_ticks(886.0, 3), [0.0, 500.0, 1000.0]);
    assert_eq!(nice_ticks(6.3072, 3), [0.0, 2.5, 5.0, 7.5]);
    assert!(nice_ticks(0.0, 3).is_empty());
    assert!(nice_ticks(f64::NAN, 3).is_empty());
    assert_eq!(tick_decimals(&[0.0, 2.5, 5.0]), 1);
    assert_eq!(tick_decimals(&[0.0, 10.0]), 0);
    assert_eq!(tick_decimals(&[0.0, 0.25]), 2);
}

#[test]
fn hit_testing_uses_the_chart_geometry() {
    let rects = [
        Rect {
            x0: 10,
            y0: 50,
            x1: 40,
            y1: 100,
        },
        Rect {
            x0: 60,
            y0: 20,
            x1: 90,
            y1: 100,
        },
    ];
    assert_eq!(hit_test(&rects, 20.0, 70.0, 0.0), Some(0));
    assert_eq!(hit_test(&rects, 75.0, 30.0, 0.0), Some(1));
    assert_eq!(hit_test(&rects, 50.0, 70.0, 0.0), None, "between bars");
    assert_eq!(hit_test(&rects, 43.0, 70.0, 4.0), Some(0), "within slop");
    assert_eq!(hit_test(&rects, 75.0, 10.0, 4.0), None, "above the bar");
    // The trade chart's hits are its bars.
    let p = page(DATA, &computed(), &Units::default(), TODAY, Lang::En);
    let chart = &p.cards[0].charts[0];
    assert_eq!(chart.hits.len(), 2);
    assert_eq!(chart.hits[0].text, "2023: about US$20.8 bn (derived)");
    let r = chart.hits[1].rect;
    let (x, y) = (f64::from(r.x0 + r.x1) / 2.0, f64::from(r.y0 + r.y1) / 2.0);
    assert_eq!(
        hit_test(
            &chart.hits.iter().map(|h| h.rect).collect::<Vec<_>>(),
            x,
            y,
            0.0
        ),
        Some(1)
    );
}

// ---- the islands' store ----

#[test]
fn an_island_shows_the_prerendered_state_until_it_goes_live() {
    use cpec_factsheet::view::{Host, Island, Store};
    use std::cell::Cell;
    use std::rc::Rc;
    let store = Store::new((TODAY, Lang::En), None, Host::Page, false);
    let later = Date {
        year: 2027,
        ..TODAY
    };
    store.dispatch(Action::Start {
        today: later,
        view: Default::default(),
    });
    let controls = Island::Controls;
    assert!(store.hydrates());
    assert_eq!(store.state_for(controls).today, TODAY, "as pre-rendered");
    assert_eq!(store.state().today, later);
    let (mine, all) = (Rc::new(Cell::new(0)), Rc::new(Cell::new(0)));
    let _a = {
        let mine = mine.clone();
        store.subscribe(Some(controls), move || mine.set(mine.get() + 1))
    };
    let _b = {
        let all = all.clone();
        store.subscribe(Some(Island::KeyFigures), move || all.set(all.get() + 1))
    };
    store.go_live(controls);
    assert_eq!(
        (mine.get(), all.get()),
        (1, 0),
        "only the island made live renders"
    );
    assert_eq!(store.state_for(controls).today, later);
    assert_eq!(store.state_for(Island::KeyFigures).today, TODAY);
    store.go_live(controls);
    assert_eq!(mine.get(), 1, "once");
    store.dispatch(Action::SetTheme(cpec_factsheet::core::url::Theme::Dark));
    assert_eq!(
        (mine.get(), all.get()),
        (2, 1),
        "a change of state reaches every island"
    );
    store.dispatch(Action::SetTheme(cpec_factsheet::core::url::Theme::Dark));
    assert_eq!(mine.get(), 2, "no change, no render");
    drop(_a);
    store.set_status("saved".into());
    assert_eq!(
        (mine.get(), all.get()),
        (2, 2),
        "a dropped subscription hears nothing"
    );
}

#[test]
fn a_page_rendered_in_the_browser_is_live_from_its_first_render() {
    use cpec_factsheet::view::{Host, Island, Store};
    let store = Store::new((TODAY, Lang::Zh), None, Host::Page, true);
    assert!(!store.hydrates());
    assert!(store.is_live(Island::Card(Card::Trade)));
}

#[test]
fn island_keys_name_their_host_elements() {
    use cpec_factsheet::view::Island;
    let all = [
        Island::Languages,
        Island::KeyFigures,
        Island::Controls,
        Island::Card(Card::Trade),
        Island::Card(Card::Timeline),
        Island::DataLinks,
        Island::EmbedSource,
    ];
    for island in all {
        assert_eq!(Island::parse(island.key()), Some(island));
    }
    assert_eq!(Island::parse("nothing"), None);
}

#[test]
fn a_card_view_that_does_not_follow_the_clock_is_built_once_for_any_day() {
    use cpec_factsheet::view::{Host, Store};
    let store = Store::new((TODAY, Lang::En), None, Host::Page, false);
    let later = Date {
        year: 2031,
        ..TODAY
    };
    let units = Units::default();
    let trade = store.card(Card::Trade, &units, TODAY).unwrap();
    assert_eq!(store.card(Card::Trade, &units, later).unwrap(), trade);
    let timeline = store.card(Card::Timeline, &units, TODAY).unwrap();
    assert_ne!(
        store.card(Card::Timeline, &units, later).unwrap(),
        timeline,
        "the timeline runs to today"
    );
}

/// One list of the page's cards, one build date: the pages, the address and the browser's
/// fallback day agree.
#[test]
fn the_cards_and_the_build_date_are_declared_once() {
    use cpec_factsheet::core::data::BUILT_ON;
    use cpec_factsheet::core::sheet::CARDS;
    use cpec_factsheet::core::url::TABBED;
    assert_eq!(CARDS, TABBED);
    assert_eq!(CARDS, Card::ON_PAGE);
    // build.rs checked the data against this day, which honours SOURCE_DATE_EPOCH.
    if let Some(secs) = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.parse::<i64>().ok())
    {
        assert_eq!(BUILT_ON, Date::from_unix_days(secs.div_euclid(86_400)));
    }
}

#[test]
fn every_language_names_itself_in_its_own_script() {
    assert_eq!(Lang::En.name(), "English");
    assert_eq!(Lang::Zh.name(), "简体中文");
    assert_eq!(Lang::Ur.name(), "اردو");
    assert_eq!(Lang::ONLY, None, "the native build holds every language");
}

// ---- the server-side render (what the pre-render writes) ----

/// The page as the pre-render renders it.
fn server_render(embed: Option<cpec_factsheet::core::url::Embed>) -> String {
    use cpec_factsheet::view::{Host, Page, PageProps, Store};
    futures::executor::block_on(
        yew::ServerRenderer::<Page>::with_props(move || PageProps {
            store: Store::new((TODAY, Lang::En), embed, Host::Page, false),
        })
        .render(),
    )
}

#[test]
fn server_render_contains_every_figure_and_chart() {
    let html = server_render(None);
    for needle in [
        "US$23.06 bn",
        "+11.1%",
        "236,000 jobs",
        "510 km",
        "8,000 MW",
        "886 km",
        "3.64 bn kWh",
        "more than 5 million people",
        "75 years",
        "about US$20.8 bn",
        "at most 728 kWh per person",
        "about 416 MW",
        "about 58%",
    ] {
        assert!(html.contains(needle), "{needle} is rendered");
    }
    assert_eq!(html.matches("<svg").count(), 6, "six charts");
    // Inferred dates say so: the article's in the footer, Karot's in its Sources tab.
    assert!(
        html.contains("(January 2026, inferred)"),
        "the article's date"
    );
    assert!(html.contains("Inferred date: The article names neither its outlet nor its date"));
    assert!(html.contains("As of June 2023, inferred: Not dated by the source"));
    // The parts a reader changes are islands; the title, intros and footer are not.
    for island in [
        "languages",
        "key-figures",
        "controls",
        "trade",
        "cpec",
        "karot",
        "timeline",
        "data-links",
    ] {
        assert!(
            html.contains(&format!("data-island=\"{island}\"")),
            "{island}"
        );
    }
    let title = html.find("<h1>").unwrap();
    let first_island = html.find("data-island=").unwrap();
    assert!(
        html[first_island..].find("</div>").unwrap() + first_island < title,
        "the title is outside"
    );
}

#[test]
fn server_render_of_an_embed_has_one_card_and_a_link_back() {
    use cpec_factsheet::core::url::Embed;
    let html = server_render(Some(Embed::Karot));
    assert!(html.contains("id=\"karot\""));
    for other in ["id=\"trade\"", "id=\"cpec\"", "id=\"timeline\"", "<h1>"] {
        assert!(!html.contains(other), "{other} is not in the Karot embed");
    }
    assert!(html.contains("Source: China–Pakistan economic cooperation in figures"));
    assert!(html.contains("target=\"_blank\""));
}

#[test]
fn a_page_prerendered_as_an_embed_stays_one() {
    use cpec_factsheet::core::url::{Embed, UrlState};
    let s = ViewState::new(TODAY, Some(Embed::Trade));
    let live = s.reduce(Action::Start {
        today: TODAY,
        view: UrlState::default(),
    });
    assert_eq!(live.view.embed, Some(Embed::Trade));
    let other = s.reduce(Action::Start {
        today: TODAY,
        view: UrlState {
            embed: Some(Embed::Cpec),
            ..UrlState::default()
        },
    });
    assert_eq!(
        other.view.embed,
        Some(Embed::Cpec),
        "the URL wins when it says"
    );
}

#[test]
fn link_previews_show_the_figures_and_escape_text() {
    use cpec_factsheet::core::preview::{card_svg, file_name, sheet_svg, HEIGHT, WIDTH};
    let p = page(DATA, &computed(), &Units::default(), TODAY, Lang::En);
    let sheet = sheet_svg(&p);
    assert!(sheet.starts_with(&format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{HEIGHT}\""
    )));
    for v in [
        "US$23.06 bn",
        "+11.1%",
        "236,000 jobs",
        "8,000 MW",
        "3.64 bn kWh",
    ] {
        assert!(sheet.contains(&format!(">{v}</text>")), "{v}");
    }
    assert!(
        sheet.contains(">Sources: China's General Administration of Customs; Chinese Embassy in Pakistan; China Three Gorges Corporation; Xinhua</text>"),
        "every publisher, from the data: {sheet}"
    );
    let trade = card_svg(&p, &p.cards[0]);
    assert!(trade.contains(">Bilateral trade</text>"));
    assert_eq!(
        trade.matches("<svg").count(),
        2,
        "the chart is nested in the picture"
    );
    assert_eq!(file_name(Some("trade")), "og-trade.png");
    assert_eq!(file_name(None), "og-sheet.png");
}

/// Each language's previews are in its script and direction, in the font the build loads.
#[test]
fn link_previews_are_drawn_in_the_page_language() {
    use cpec_factsheet::core::preview::{card_svg, font, sheet_svg};
    for (lang, title, sources) in [
        (
            Lang::Zh,
            ">中巴经济合作数据一览</text>",
            ">来源：中国海关总署；",
        ),
        (Lang::Ur, "direction=\"rtl\"", ">ماخذ: "),
    ] {
        let data = dataset(lang);
        let c = compute(data, TODAY, lang).unwrap();
        let p = page(data, &c, &Units::default(), TODAY, lang);
        let sheet = sheet_svg(&p);
        assert!(sheet.contains(&format!("font-family=\"{}, sans-serif\"", font(lang))));
        assert!(sheet.contains(title), "{sheet}");
        assert!(sheet.contains(sources), "{sheet}");
        assert!(!sheet.contains("Sources:"), "no English left: {sheet}");
    }
    // Urdu: text starts on the right; the chart sits on the left, its labels anchored as
    // resvg draws them (physically: a label left of its bar ends there).
    let data = dataset(Lang::Ur);
    let c = compute(data, TODAY, Lang::Ur).unwrap();
    let p = page(data, &c, &Units::default(), TODAY, Lang::Ur);
    let karot = card_svg(&p, &p.cards[2]);
    assert!(karot.contains("<text x=\"1140\" text-anchor=\"end\" direction=\"rtl\" y=\"90\""));
    assert!(
        karot.contains("<svg x=\"60\" y=\"170\" width=\"500\""),
        "{karot}"
    );
}

// ---- right to left ----

#[test]
fn bars_mirror_for_right_to_left() {
    let bars_ = vec![bar("a", 510.0, false), bar("b", 886.0, false)];
    let axis = Axis {
        ticks: vec![
            (0.0, "0".into()),
            (500.0, "500".into()),
            (1000.0, "1,000".into()),
        ],
    };
    let ltr = bars::Options::default();
    let rtl = bars::Options { rtl: true, ..ltr };
    let (a, b) = (
        bars::layout(&bars_, &axis, &ltr).unwrap(),
        bars::layout(&bars_, &axis, &rtl).unwrap(),
    );
    let w = ltr.width as i32;
    for (l, r) in a.iter().zip(&b) {
        // The same bar, reflected: it grows from the right edge.
        assert_eq!((r.x0, r.x1), (w - l.x1, w - l.x0));
        assert_eq!((r.y0, r.y1), (l.y0, l.y1));
    }
    let svg = bars::draw(&bars_, &axis, &rtl)
        .unwrap()
        .as_str()
        .to_string();
    assert!(
        svg.contains("direction=\"rtl\""),
        "labels read right to left"
    );
    assert!(!bars::draw(&bars_, &axis, &ltr)
        .unwrap()
        .as_str()
        .contains("direction"));
}

#[test]
fn columns_keep_time_left_to_right_with_the_axis_on_the_right() {
    let spec = |rtl| columns::Columns {
        bars: vec![bar("2023", 20.76, true), bar("2024", 23.06, false)],
        change: vec![],
        axis: Axis {
            ticks: vec![(0.0, "0".into()), (30.0, "30".into())],
        },
        rtl,
    };
    let opts = columns::SIZE;
    let rtl = columns::layout(&spec(true), &opts).unwrap();
    assert!(rtl[0].x1 < rtl[1].x0, "2023 still left of 2024");
    let svg = columns::draw(&spec(true), &opts)
        .unwrap()
        .as_str()
        .to_string();
    // The "30" tick label sits right of every bar.
    let at = svg
        .find(">30<")
        .or_else(|| svg.find(">\n30"))
        .expect("tick label");
    let tag = &svg[svg[..at].rfind("<text").unwrap()..at];
    let x: i32 = tag
        .split("x=\"")
        .nth(1)
        .and_then(|r| r.split('"').next())
        .and_then(|v| v.parse().ok())
        .expect("x attribute");
    assert!(x > rtl[1].x1, "axis label x {x} right of the bars");
}

// ---- tooltips ----

#[test]
fn short_tooltips_take_one_line_above_their_bar() {
    use cpec_factsheet::core::chart::tooltip::{layout, Estimate};
    let bar = Rect {
        x0: 100,
        y0: 120,
        x1: 160,
        y1: 226,
    };
    let t = layout((360, 260), bar, "2023: US$20.76 bn (derived)", &Estimate);
    assert_eq!(t.lines, ["2023: US$20.76 bn (derived)"]);
    assert!(t.y + t.height <= bar.y0, "above the bar");
    assert_eq!((t.x + t.width / 2), 130, "centred on the bar");
}

#[test]
fn long_tooltips_wrap_after_the_label_then_between_words_and_stay_inside() {
    use cpec_factsheet::core::chart::tooltip::{layout, text_width, Estimate};
    let bar = Rect {
        x0: 2,
        y0: 84,
        x1: 200,
        y1: 112,
    };
    for text in [
        "Karot output possible at full capacity: 6.31 bn kWh (derived)",
        "پوری صلاحیت پر کروٹ کی ممکنہ پیداوار: 6.31 ارب کلوواٹ آور (اخذ شدہ)",
        "卡洛特水电站满负荷运行可能的发电量：63.1亿千瓦时（推算）",
        "December 2022: CPEC output figures: 236,000 jobs, 510 km of highways, 8,000 MW, 886 km of lines",
    ] {
        let t = layout((360, 150), bar, text, &Estimate);
        assert!(t.lines.len() >= 2, "{text}: {:?}", t.lines);
        for line in &t.lines {
            assert!(text_width(line) <= 344, "{line:?} fits");
        }
        assert!(t.x >= 0 && t.x + t.width <= 360, "{text}: inside horizontally");
        assert!(t.y >= 0 && t.y + t.height <= 150, "{text}: inside vertically");
        // Nothing is lost: every character is on some line, in order.
        let squeeze = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
        assert_eq!(squeeze(&t.lines.concat()), squeeze(text), "{text}");
    }
    // The first break is after the label.
    let t = layout(
        (360, 150),
        bar,
        "Karot output possible at full capacity: 6.31 bn kWh (derived)",
        &Estimate,
    );
    assert_eq!(t.lines[0], "Karot output possible at full capacity:");
}

#[test]
fn a_short_chart_elides_what_it_cannot_hold() {
    use cpec_factsheet::core::chart::tooltip::{layout, Estimate};
    let dot = Rect {
        x0: 300,
        y0: 40,
        x1: 310,
        y1: 50,
    };
    let text = "دسمبر 2022: سی پیک کے نتائج کے اعداد و شمار: 2 لاکھ 36 ہزار ملازمتیں، 510 کلومیٹر شاہراہیں، 8,000 میگاواٹ، 886 کلومیٹر لائنیں";
    let t = layout((360, 96), dot, text, &Estimate);
    assert!(t.height <= 96 && t.y >= 0, "{t:?}");
    assert!(t.lines.last().unwrap().ends_with('…'));
    assert_eq!(t.line_height, 34, "tall lines for Nastaliq");
}

/// A font much wider and taller than the estimate (as DejaVu Sans Bold, or a reader's large
/// fallback font, is): the box grows and the lines break to hold the text as measured.
struct Wide;

impl cpec_factsheet::core::chart::tooltip::Measure for Wide {
    fn width(&self, text: &str) -> f64 {
        text.chars()
            .map(|c| if c >= '\u{2e80}' { 17.5 } else { 10.25 })
            .sum()
    }
    fn extent(&self, _: &str) -> (f64, f64) {
        (15.2, 5.1)
    }
}

#[test]
fn tooltips_are_sized_by_the_measure_they_are_given() {
    use cpec_factsheet::core::chart::tooltip::{layout, Estimate, Measure};
    let bar = Rect {
        x0: 100,
        y0: 150,
        x1: 160,
        y1: 226,
    };
    let text = "2023: US$20.76 bn (derived)";
    let narrow = layout((360, 260), bar, text, &Estimate);
    let wide = layout((360, 260), bar, text, &Wide);
    assert_eq!(wide.lines, [text], "still fits on one line");
    // 27 characters at 10.25 px = 276.75 px, rounded up, plus 8 px on each side.
    assert_eq!(wide.width, 277 + 16);
    assert!(wide.width > narrow.width);
    // Ascent 15.2 and descent 5.1, each rounded up.
    assert_eq!((wide.line_height, wide.height), (16 + 6, 22 + 8));
    assert_eq!(wide.baseline, wide.y + 4 + 16);
    for text in [
        "Karot output possible at full capacity: 6.31 bn kWh (derived)",
        "卡洛特水电站满负荷运行可能的发电量：63.1亿千瓦时（推算）",
        "Supercalifragilisticexpialidociousunbreakableword: 1 (reported)",
    ] {
        let t = layout((360, 260), bar, text, &Wide);
        for line in &t.lines {
            assert!(Wide.width(line) <= 344.0, "{line:?} fits as measured");
        }
        assert!(
            t.x >= 0 && t.x + t.width <= 360,
            "{text}: inside horizontally"
        );
        assert!(
            t.y >= 0 && t.y + t.height <= 260,
            "{text}: inside vertically"
        );
    }
    // Elided lines fit as measured too, ellipsis included.
    let t = layout((360, 40), bar, &"word ".repeat(80), &Wide);
    assert_eq!(t.lines.len(), 1);
    assert!(
        t.lines[0].ends_with('…') && Wide.width(&t.lines[0]) <= 344.0,
        "{t:?}"
    );
}

mod markup {
    //! The raw HTML of the Table and Sources tabs: escaped, structured like the page expects.
    use cpec_factsheet::core::derive::Origin;
    use cpec_factsheet::core::i18n::Lang;
    use cpec_factsheet::core::markup::{
        data_table, escape_attr, escape_text, figure_list, formula_list, provenance_list, quote,
        source_list,
    };
    use cpec_factsheet::core::sheet::{
        FigureRow, FormulaInput, FormulaRow, Provenance, Row, SourceLine,
    };

    const HOSTILE: &str = "<img src=x onerror=alert(1)> & \"quoted\"";

    #[test]
    fn text_and_attributes_are_escaped() {
        assert_eq!(escape_text("a<b>&c\""), "a&lt;b&gt;&amp;c\"");
        assert_eq!(escape_attr("a<b>&c\""), "a&lt;b&gt;&amp;c&quot;");
        let s = Lang::En.strings();
        let rows = vec![Row {
            label: HOSTILE.into(),
            value: HOSTILE.into(),
            origin: Origin::Derived,
        }];
        for html in [
            data_table(HOSTILE, HOSTILE, &rows, s),
            quote(HOSTILE, Some(HOSTILE), s),
        ] {
            assert!(!html.contains("<img"), "{html}");
            assert!(
                html.contains("&lt;img src=x onerror=alert(1)&gt; &amp; "),
                "{html}"
            );
        }
    }

    #[test]
    fn formulas_list_their_inputs_with_origins() {
        let s = Lang::En.strings();
        let input = |label, shown: &str, origin| FormulaInput {
            label,
            shown: shown.into(),
            origin,
        };
        let html = formula_list(
            &[FormulaRow {
                id: "trade_2023",
                label: "Trade, 2023",
                formula: "a ÷ b < c".into(),
                note: Some("Rounded."),
                inputs: vec![
                    input("Trade", "US$23.06 bn", Origin::Reported),
                    input("Growth", "11.1%", Origin::Reported),
                ],
            }],
            s,
        );
        assert_eq!(
            html,
            "<section class=\"formulas\"><h3>How this is computed</h3><ul>\
             <li data-id=\"trade_2023\"><p class=\"formula-label\">Trade, 2023</p>\
             <p class=\"formula\"><code>a ÷ b &lt; c</code></p>\
             <p class=\"formula-inputs\">Inputs: Trade = US$23.06 bn \
             <span class=\"tag tag-reported\">Reported</span>; Growth = 11.1% \
             <span class=\"tag tag-reported\">Reported</span></p>\
             <p class=\"formula-note\">Rounded.</p></li></ul></section>"
        );
        assert_eq!(
            formula_list(&[], s),
            "<p class=\"formulas-none\">Every figure on this card is reported; none is derived.</p>"
        );
    }

    #[test]
    fn source_lines_name_the_publisher_and_say_where_a_figure_comes_from() {
        let s = Lang::En.strings();
        let line = |publisher, origin, citation| SourceLine {
            publisher,
            period: "2024",
            origin,
            citation,
        };
        let html = source_list(
            &[
                line("Customs", Origin::Reported, None),
                line("Xinhua <wire>", Origin::Context, Some("Xinhua, 2021")),
            ],
            s,
        );
        assert_eq!(
            html,
            "<div class=\"sources\"><h3>Sources</h3><ul>\
             <li><span class=\"publisher\">Customs</span> (2024) \
             <span class=\"citation\">(as quoted in the article)</span></li>\
             <li><span class=\"publisher\">Xinhua &lt;wire&gt;</span> (2024) \
             <span class=\"citation\">(context, not in the article: Xinhua, 2021)</span></li>\
             </ul></div>"
        );
    }

    #[test]
    fn a_data_table_has_a_header_and_a_row_per_value() {
        let s = Lang::En.strings();
        let row = |label: &str, origin| Row {
            label: label.into(),
            value: "1".into(),
            origin,
        };
        let html = data_table(
            "Trade",
            "US$ billion",
            &[row("2023", Origin::Derived), row("2024", Origin::Reported)],
            s,
        );
        assert!(html.starts_with("<table class=\"data-table\"><caption>Trade</caption>"));
        assert_eq!(html.matches("<th scope=\"col\"").count(), 3);
        assert_eq!(html.matches("<th scope=\"row\">").count(), 2);
        assert_eq!(html.matches("<tr class=\"derived\">").count(), 1, "{html}");
        assert!(html.contains("US$ billion"));
        assert!(html.ends_with("</tbody></table>"));
    }

    #[test]
    fn figures_and_sources_keep_their_ids_and_quotes_stay_english() {
        let s = Lang::Zh.strings();
        let figures = figure_list(
            &[FigureRow {
                id: "trade_2024",
                label: "Trade",
                value: "1".into(),
                period: "2024",
                origin: Origin::Reported,
            }],
            s,
        );
        assert!(figures.contains("<tr data-id=\"trade_2024\"><th scope=\"row\">Trade<span class=\"period\">2024</span></th>"));
        let sources = provenance_list(
            &[Provenance {
                id: "trade_2024",
                label: "Trade",
                value: "1".into(),
                period: "2024",
                origin: Origin::Reported,
                publisher: Some("Customs"),
                quote: Some("Trade grew."),
                quote_translation: Some("贸易增长。"),
                citation: None,
                url: None,
                as_of_inferred: None,
                formula: None,
            }],
            s,
        );
        assert!(!sources.contains("<a "), "no source link without a url");
        let context = provenance_list(
            &[Provenance {
                id: "karot_capacity",
                label: "Capacity",
                value: "720 MW".into(),
                period: "2022",
                origin: Origin::Context,
                publisher: Some("Xinhua"),
                quote: None,
                quote_translation: None,
                citation: Some("Xinhua, 30 June 2022"),
                url: Some("https://example.org/a?b=1&c=\"><script>"),
                as_of_inferred: Some(("2023年6月".into(), "<b>推定</b>")),
                formula: None,
            }],
            s,
        );
        assert!(
            context.contains(
                "<p class=\"prov-inferred\">截至2023年6月（推定）：&lt;b&gt;推定&lt;/b&gt;</p>"
            ),
            "an inferred date is marked, its reason escaped: {context}"
        );
        assert!(
            context
                .contains("<p class=\"citation\">背景数据，原报道未提及：Xinhua, 30 June 2022</p>"),
            "{context}"
        );
        assert!(context.contains(
            "<p class=\"source-url\"><a href=\"https://example.org/a?b=1&amp;c=&quot;&gt;&lt;script&gt;\" rel=\"noopener\">查看原文</a></p>"
        ), "{context}");
        assert!(sources.starts_with("<ul class=\"provenance\"><li data-id=\"trade_2024\">"));
        assert!(sources.contains(
            "<blockquote class=\"quote\" lang=\"en\" dir=\"ltr\"><p>“Trade grew.”</p></blockquote>"
        ));
        assert!(sources.contains("贸易增长。"));
        // Every element opened is closed.
        for tag in ["ul", "li", "p", "div", "blockquote", "span"] {
            assert_eq!(
                sources.matches(&format!("<{tag}>")).count()
                    + sources.matches(&format!("<{tag} ")).count(),
                sources.matches(&format!("</{tag}>")).count(),
                "<{tag}> in {sources}"
            );
        }
    }
}
