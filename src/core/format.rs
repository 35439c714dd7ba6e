//! Number, quantity and date formatting for the page, the charts and the formulas (English;
//! one place to grow locales from). Pure, so the pre-render and the browser agree.

use super::model::{Bound, Date, Unit};

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

/// A value with its unit as a reader writes it: "US$23.06 bn", "11.1%", "8,000 MW".
pub fn quantity(value: f64, unit: Unit, decimals: u8) -> String {
    let n = number(value, decimals);
    match unit {
        Unit::UsdBn => match n.strip_prefix('-') {
            Some(abs) => format!("−US${abs} bn"),
            None => format!("US${n} bn"),
        },
        Unit::Percent => format!("{n}%"),
        Unit::Jobs => format!("{n} jobs"),
        Unit::Km => format!("{n} km"),
        Unit::Mw => format!("{n} MW"),
        Unit::KwhBn => format!("{n} bn kWh"),
        Unit::People => format!("{} people", compact(value)),
        Unit::KwhPerPerson => format!("{n} kWh per person"),
        Unit::Years => format!("{n} years"),
    }
}

/// A change with an explicit sign: "+11.1%", "+US$2.30 bn".
pub fn signed_quantity(value: f64, unit: Unit, decimals: u8) -> String {
    let text = quantity(value, unit, decimals);
    if value > 0.0 && !number(value, decimals).chars().all(|c| "0.,".contains(c)) {
        format!("+{text}")
    } else {
        text
    }
}

/// A quantity with its bound in words: "more than 5 million people", "at most 728 kWh ...".
pub fn bounded(value: f64, unit: Unit, decimals: u8, bound: Bound) -> String {
    let text = quantity(value, unit, decimals);
    match bound {
        Bound::Exact => text,
        Bound::AtLeast => format!("more than {text}"),
        Bound::AtMost => format!("at most {text}"),
    }
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
