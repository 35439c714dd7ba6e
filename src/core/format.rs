//! Number, quantity and date formatting for the page, the charts and the formulas (English;
//! one place to grow locales from). Pure, so the pre-render and the browser agree.

use super::model::{Bound, Date, Unit};
use super::units::{convert, Converted, Shown, Units};

/// `value` with `decimals` places and thousands separators: 236000 → "236,000".
pub fn number(value: f64, decimals: u8) -> String {
    let text = format!("{:.*}", usize::from(decimals), value);
    let (sign, digits) = match text.strip_prefix('-') {
        // "-0.00" is zero: print it without a sign.
        Some(rest) if rest.chars().any(|c| c.is_ascii_digit() && c != '0') => ("-", rest),
        Some(rest) => ("", rest),
        None => ("", text.as_str()),
    };
    let (int, frac) = match digits.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (digits, None),
    };
    let mut grouped = String::with_capacity(int.len() + int.len() / 3);
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    match frac {
        Some(f) => format!("{sign}{grouped}.{f}"),
        None => format!("{sign}{grouped}"),
    }
}

/// Large counts in words: 5,000,000 → "5 million", 1,250,000 → "1.25 million".
pub fn compact(value: f64) -> String {
    let (scaled, word) = if value.abs() >= 1e9 {
        (value / 1e9, "billion")
    } else if value.abs() >= 1e6 {
        (value / 1e6, "million")
    } else {
        return number(value, 0);
    };
    let text = number(scaled, 2);
    let trimmed = text.trim_end_matches('0').trim_end_matches('.');
    format!("{trimmed} {word}")
}

/// The number part of a converted value: "23.06", "8" (8.000 GW trimmed), "3,640".
pub fn converted_number(c: Converted) -> String {
    let text = number(c.value, c.decimals);
    if c.trim && text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        text
    }
}

/// A converted value with its unit: "US$23.06 bn", "23,060 US$ mn", "3,640 GWh".
pub fn converted(c: Converted) -> String {
    let n = converted_number(c);
    let money = |suffix: &str| match n.strip_prefix('-') {
        Some(abs) => format!("−US${abs} {suffix}"),
        None => format!("US${n} {suffix}"),
    };
    match c.shown {
        Shown::UsdBn => money("bn"),
        Shown::UsdMn => money("mn"),
        Shown::KwhBn => format!("{n} bn kWh"),
        Shown::Gwh => format!("{n} GWh"),
        Shown::Twh => format!("{n} TWh"),
        Shown::Km => format!("{n} km"),
        Shown::Mi => format!("{n} mi"),
        Shown::Mw => format!("{n} MW"),
        Shown::Gw => format!("{n} GW"),
        Shown::Same(Unit::Percent) => format!("{n}%"),
        Shown::Same(Unit::Jobs) => format!("{n} jobs"),
        Shown::Same(Unit::People) => format!("{} people", compact(c.value)),
        Shown::Same(Unit::KwhPerPerson) => format!("{n} kWh per person"),
        Shown::Same(Unit::Years) => format!("{n} years"),
        Shown::Same(u) => format!("{n} {}", Shown::Same(u).name()),
    }
}

/// A value in the reader's units: "US$23.06 bn", "11.1%", "8 GW".
pub fn quantity_in(value: f64, unit: Unit, decimals: u8, units: &Units) -> String {
    converted(convert(value, unit, decimals, units))
}

/// A value in the data file's own units.
pub fn quantity(value: f64, unit: Unit, decimals: u8) -> String {
    quantity_in(value, unit, decimals, &Units::default())
}

/// A change with an explicit sign: "+11.1%", "+US$2.30 bn".
pub fn signed_in(value: f64, unit: Unit, decimals: u8, units: &Units) -> String {
    let c = convert(value, unit, decimals, units);
    let text = converted(c);
    if value > 0.0 && !converted_number(c).chars().all(|ch| "0.,".contains(ch)) {
        format!("+{text}")
    } else {
        text
    }
}

pub fn signed_quantity(value: f64, unit: Unit, decimals: u8) -> String {
    signed_in(value, unit, decimals, &Units::default())
}

/// A quantity with its bound in words: "more than 5 million people", "at most 728 kWh ...".
pub fn bounded_in(value: f64, unit: Unit, decimals: u8, bound: Bound, units: &Units) -> String {
    let text = quantity_in(value, unit, decimals, units);
    match bound {
        Bound::Exact => text,
        Bound::AtLeast => format!("more than {text}"),
        Bound::AtMost => format!("at most {text}"),
    }
}

pub fn bounded(value: f64, unit: Unit, decimals: u8, bound: Bound) -> String {
    bounded_in(value, unit, decimals, bound, &Units::default())
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A date as precise as it is known: "21 May 1951", "July 2007", "2013".
pub fn date(d: Date) -> String {
    let month = usize::from(d.month)
        .checked_sub(1)
        .and_then(|m| MONTHS.get(m));
    match (month, d.day) {
        (Some(m), 0) => format!("{m} {}", d.year),
        (Some(m), day) => format!("{day} {m} {}", d.year),
        (None, _) => d.year.to_string(),
    }
}

/// ISO form for `datetime` attributes and file names: "1951-05-21", "2007-07", "2013".
pub fn iso_date(d: Date) -> String {
    match (d.month, d.day) {
        (0, _) => format!("{:04}", d.year),
        (m, 0) => format!("{:04}-{m:02}", d.year),
        (m, day) => format!("{:04}-{m:02}-{day:02}", d.year),
    }
}
