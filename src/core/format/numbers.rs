//! Plain numbers per language: grouping, signs (with the left-to-right mark Urdu needs),
//! significant digits, large amounts in the language's words, counts and percentages.

use crate::core::i18n::Lang;

/// Left-to-right mark: keeps a sign on the left of its number inside right-to-left text.
pub(super) const LRM: char = '\u{200e}';

/// Left-to-right embedding and its end: a signed number inside right-to-left text. Not the
/// isolates (LRI, PDI): Chromium lays SVG text out as if they were absent.
pub(super) const LRE: char = '\u{202a}';
pub(super) const PDF: char = '\u{202c}';

pub(super) fn minus(lang: Lang) -> &'static str {
    match lang {
        Lang::Ur => "\u{200e}-",
        Lang::En | Lang::Zh => "-",
    }
}

pub(super) fn plus(lang: Lang) -> &'static str {
    match lang {
        Lang::Ur => "\u{200e}+",
        Lang::En | Lang::Zh => "+",
    }
}

/// Whether the printed number is zero ("0", "0.00", "-0.0").
pub(super) fn is_zero(text: &str) -> bool {
    !text.chars().any(|c| c.is_ascii_digit() && c != '0')
}

/// `value` with `decimals` places and thousands separators: 236000 → "236,000". The same in
/// every language of the page but for the sign (see [`number_in`]).
pub fn number(value: f64, decimals: u8) -> String {
    let text = format!("{:.*}", usize::from(decimals), value.abs());
    let (int, frac) = match text.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (text.as_str(), None),
    };
    let mut out = String::with_capacity(text.len() + text.len() / 3 + 1);
    // "-0.00" is zero: print it without a sign.
    if value < 0.0 && !is_zero(&text) {
        out.push('-');
    }
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if let Some(f) = frac {
        out.push('.');
        out.push_str(f);
    }
    out
}

/// [`number`] with the language's minus sign.
pub fn number_in(value: f64, decimals: u8, lang: Lang) -> String {
    let text = number(value, decimals);
    match text.strip_prefix('-') {
        Some(abs) => format!("{}{abs}", minus(lang)),
        None => text,
    }
}

/// The digits compact notation must keep to write `value`, as published with `decimals`
/// places, without changing it: 23.06 → 4, 236000 → 3, 5000000 → 1, 2.30 → 3 (a zero written
/// after the point says the value is known to hundredths), 0.72 → 2. At least 1.
///
/// One precision rule holds everywhere (README, "Precision"): a figure stands for half a unit
/// of its last published place either side, so a whole number is exact to ±0.5 (510 km is
/// 509.5 to 510.5, as the derivations take it). The trailing zeros of 236,000 are dropped here
/// only because "23.6万" already writes all of it; no figure is ever rounded by this.
pub fn significant(value: f64, decimals: u8) -> u32 {
    let text = format!("{:.*}", usize::from(decimals), value.abs());
    let digits: String = text.chars().filter(char::is_ascii_digit).collect();
    let digits = digits.trim_start_matches('0');
    // Trailing zeros of a whole number add nothing to its compact form (236,000 is 23.6万).
    let digits = if decimals == 0 {
        digits.trim_end_matches('0')
    } else {
        digits
    };
    (digits.len() as u32).max(1)
}

/// The language's words for large amounts: (power of ten, word, space before the word).
fn big_units(lang: Lang) -> &'static [(i32, &'static str, bool)] {
    match lang {
        Lang::En => &[
            (6, "million", true),
            (9, "billion", true),
            (12, "trillion", true),
        ],
        Lang::Zh => &[(4, "万", false), (8, "亿", false), (12, "万亿", false)],
        Lang::Ur => &[
            (3, "ہزار", true),
            (5, "لاکھ", true),
            (7, "کروڑ", true),
            (9, "ارب", true),
            (11, "کھرب", true),
        ],
    }
}

/// `x` rounded to `sig` significant digits, printed without grouping (as compact forms are:
/// "1235万") and without trailing zeros. The whole part is rounded too: 512.3 to one digit
/// is 500 (ICU: 5,123,456 is 500万).
fn round_sig(x: f64, sig: u32) -> String {
    let int_digits = if x.abs() < 1.0 {
        1
    } else {
        x.abs().log10().floor() as i32 + 1
    };
    let places = sig as i32 - int_digits;
    let x = if places < 0 {
        let step = 10f64.powi(-places);
        (x / step).round() * step
    } else {
        x
    };
    let decimals = places.clamp(0, 6) as usize;
    let text = format!("{x:.decimals$}");
    if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        text
    }
}

/// A large amount in the language's words with at most `sig` significant digits (ICU's
/// compact notation, long form): 23.06e9 → "23.06 billion" / "230.6亿" / "23.06 ارب". Below
/// the language's first word (a million; 万; a thousand, ہزار) the plain number: 236,000 in
/// English. Urdu writes exactly one of a word as "ایک" (ایک ہزار, ایک لاکھ), not "1".
pub fn compact(value: f64, sig: u32, lang: Lang) -> String {
    let abs = value.abs();
    let units = big_units(lang);
    let pick = |x: f64| units.iter().rev().find(|(p, _, _)| x >= 10f64.powi(*p));
    let Some(mut unit) = pick(abs) else {
        return number_in(value, 0, lang);
    };
    let mut text = round_sig(abs / 10f64.powi(unit.0), sig);
    // Rounding up can reach the next word (9,999.9万 → 1亿).
    if let Some(next) = units.iter().find(|(p, _, _)| *p > unit.0) {
        // `text` is digits with no leading zero: it is at least 10^k when its whole part has
        // more than k digits. (Read as text: parsing it back as f64 costs the wasm 3.9 KB.)
        let whole_digits = text.find('.').unwrap_or(text.len()) as i32;
        if whole_digits > next.0 - unit.0 {
            unit = next;
            text = round_sig(abs / 10f64.powi(unit.0), sig);
        }
    }
    let sign = if value < 0.0 && !is_zero(&text) {
        minus(lang)
    } else {
        ""
    };
    let space = if unit.2 { " " } else { "" };
    if lang == Lang::Ur && text == "1" && sign.is_empty() {
        return format!("ایک{space}{}", unit.1);
    }
    format!("{sign}{text}{space}{}", unit.1)
}

/// A count of things (jobs, people): in words when large, with the figure's own precision.
pub fn count(value: f64, decimals: u8, lang: Lang) -> String {
    compact(value, significant(value, decimals), lang)
}

/// A percentage of `value` percent: "11.1%".
pub fn percent(value: f64, decimals: u8, lang: Lang) -> String {
    lang.strings().q_percent(&number_in(value, decimals, lang))
}

/// Strips the marks formatting adds for right-to-left text, for comparisons and file names.
pub fn plain(text: &str) -> String {
    text.chars()
        .filter(|c| ![LRM, LRE, PDF].contains(c))
        .collect()
}
