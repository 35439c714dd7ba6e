//! The derivations, each against a value computed by hand from the shipped data.

use super::{compute, Computed, Origin};
use crate::core::data::{Bound, Date, DATA};
use crate::core::i18n::Lang;
use crate::core::testing::computed;
use crate::core::units::Units;

fn value(c: &Computed, id: &str) -> f64 {
    c.item(id).unwrap_or_else(|| panic!("{id} exists")).value
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9 * b.abs().max(1.0)
}

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
    use crate::core::derive::{decimals_for, rounding_range};
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
        money: crate::core::units::Money::UsdMn,
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
(at most 729 kWh per person, as the inputs are rounded)"
    );
    // "More than 5 million": 6 million would give 607, so the range has no lower end
    // (and the people's none above).
    assert_eq!(item.range.0, f64::NEG_INFINITY);
    assert!(item.range.1 > 729.0 && item.range.1 < 729.001);
    let people = c.item("karot_people").unwrap();
    assert_eq!(people.range, (4_999_999.5, f64::INFINITY));
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
