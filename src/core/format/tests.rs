//! Numbers, quantities and dates in each language, each against a hand-checked string.

use super::*;
use crate::core::i18n::Lang;
use crate::core::model::{Bound, Date, Unit};
use crate::core::units::Units;

#[test]
fn an_urdu_signed_amount_isolates_its_sign_and_number() {
    let units = Units::default();
    let change = Amount::new(2.3, Unit::UsdBn, 1, &units, Lang::Ur).signed();
    assert!(change.contains("\u{200e}+2.3 "), "{change:?}");
    let english = Amount::new(2.3, Unit::UsdBn, 1, &units, Lang::En).signed();
    assert_eq!(english, "+US$2.3 bn");
}

fn people(bound: Bound, about: bool, lang: Lang) -> Amount {
    Amount::new(5e6, Unit::People, 0, &Units::default(), lang)
        .bounded(bound)
        .approximate(about)
}

#[test]
fn an_amount_says_its_bound_or_about_never_both() {
    assert_eq!(
        people(Bound::Exact, true, Lang::En).short(),
        "about 5 million people"
    );
    assert_eq!(
        people(Bound::AtLeast, true, Lang::En).short(),
        "more than 5 million people"
    );
    assert_eq!(
        people(Bound::AtMost, false, Lang::En).spoken(),
        "at most 5 million people"
    );
    assert_eq!(people(Bound::Exact, false, Lang::En).cell(), "5,000,000");
}

#[test]
fn rounding_up_reaches_the_next_word() {
    assert_eq!(compact(99_999_000.0, 3, Lang::Zh), "1亿");
    assert_eq!(compact(999_950_000.0, 3, Lang::En), "1 billion");
    assert_eq!(compact(999_940_000.0, 5, Lang::En), "999.94 million");
    assert_eq!(compact(99_940_000.0, 3, Lang::Zh), "9990万");
}

#[test]
fn an_amount_is_converted_once_for_every_text() {
    let mn = Units {
        money: crate::core::units::Money::UsdMn,
        ..Units::default()
    };
    let a = Amount::new(23.06, Unit::UsdBn, 2, &mn, Lang::En);
    assert_eq!(a.short(), "US$23,060 mn");
    assert_eq!(a.cell(), "23,060");
    assert_eq!(a.unit_name(), Lang::En.strings().unit_usd_mn);
    // Chinese tables count billions in 亿: the bar and the cell agree.
    let zh = Amount::new(23.06, Unit::UsdBn, 2, &Units::default(), Lang::Zh);
    assert_eq!(zh.in_tables().value, 230.6);
    assert_eq!(zh.cell(), "230.6");
    assert_eq!(
        Amount::new(-2.3, Unit::UsdBn, 1, &Units::default(), Lang::En).signed(),
        "−US$2.3 bn"
    );
    // A derived change keeps its "about", the sign on the number.
    assert_eq!(
        Amount::new(2.3, Unit::UsdBn, 1, &Units::default(), Lang::En)
            .approximate(true)
            .signed(),
        "about +US$2.3 bn"
    );
}

// Moved from tests/core.rs: each against a hand-checked string.
use crate::core::format;

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
        format::Amount::new(11.1, Unit::Percent, 1, &Units::default(), Lang::En).signed(),
        "+11.1%"
    );
    assert_eq!(
        format::Amount::new(0.001, Unit::Percent, 1, &Units::default(), Lang::En).signed(),
        "0.0%"
    );
    assert_eq!(
        format::Amount::new(5e6, Unit::People, 0, &Units::default(), Lang::En)
            .bounded(Bound::AtLeast)
            .short(),
        "more than 5 million people"
    );
}

/// Urdu's one style: a decimal number before one word (ICU's), never groups of words
/// ("2 لاکھ 36 ہزار"), and a lone one as the word ایک.
#[test]
fn urdu_writes_one_word_with_a_decimal_number() {
    let ur = |v: f64, sig: u32| format::compact(v, sig, Lang::Ur);
    assert_eq!(ur(236_000.0, 3), "2.36 لاکھ");
    assert_eq!(ur(720_000.0, 2), "7.2 لاکھ");
    assert_eq!(ur(23.06e9, 4), "23.06 ارب");
    assert_eq!(ur(1.25e6, 3), "12.5 لاکھ");
    assert_eq!(ur(45_000.0, 2), "45 ہزار");
    for text in [ur(236_000.0, 3), ur(720_000.0, 2), ur(1.25e6, 3)] {
        assert_eq!(text.split(' ').count(), 2, "one number, one word: {text}");
    }
    assert_eq!(
        format::quantity_in(236_000.0, Unit::Jobs, 0, &Units::default(), Lang::Ur),
        "2.36 لاکھ ملازمتیں"
    );
}

#[test]
fn urdu_writes_a_lone_one_as_a_word_and_every_other_number_in_digits() {
    let ur = |v: f64, sig: u32| format::compact(v, sig, Lang::Ur);
    assert_eq!(ur(1_000.0, 1), "ایک ہزار");
    assert_eq!(ur(1e5, 1), "ایک لاکھ");
    assert_eq!(ur(1e9, 1), "ایک ارب");
    assert_eq!(ur(99_999.0, 1), "ایک لاکھ", "rounded up to one lakh");
    assert_eq!(
        format::quantity_in(1_000.0, Unit::Jobs, 0, &Units::default(), Lang::Ur),
        "ایک ہزار ملازمتیں"
    );
    // The other way: more or less than exactly one keeps its digits.
    assert_eq!(ur(1_500.0, 2), "1.5 ہزار");
    assert_eq!(ur(10_000.0, 2), "10 ہزار");
    assert_eq!(ur(1e6, 1), "10 لاکھ");
    assert_eq!(ur(1.25e9, 3), "1.25 ارب");
    assert_eq!(plain(&ur(-1e9, 1)), "-1 ارب", "a signed one stays a figure");
    assert_eq!(ur(999.0, 3), "999", "below ہزار, the plain number");
    // Other languages keep the digit.
    assert_eq!(format::compact(1e6, 1, Lang::En), "1 million");
    assert_eq!(format::compact(1e8, 1, Lang::Zh), "1亿");
}

#[test]
fn dates() {
    let d = |year, month, day| Date { year, month, day };
    assert_eq!(format::date(d(1951, 5, 21), Lang::En), "21 May 1951");
    assert_eq!(format::date(d(2007, 7, 0), Lang::En), "July 2007");
    assert_eq!(format::date(d(2013, 0, 0), Lang::En), "2013");
    // CLDR's Urdu long date, which the catalogs' translated quotes write too.
    assert_eq!(format::date(d(1951, 5, 21), Lang::Ur), "21 مئی، 1951");
    assert_eq!(format::date(d(2007, 7, 0), Lang::Ur), "جولائی 2007");
    assert_eq!(format::iso_date(d(1951, 5, 21)), "1951-05-21");
    assert_eq!(format::iso_date(d(2007, 7, 0)), "2007-07");
}
