//! Number, quantity and date formatting per language, for the page, the charts and the
//! formulas. Pure, so the pre-render and the browser agree; checked against fixtures produced
//! by ICU (CLDR 48) in `tests/fixtures/locale/`.
//!
//! What CLDR says for our three languages: all three write Latin digits with `,` grouping in
//! threes and `.` decimals by default (236,000 in en, zh-CN and ur-PK). Large amounts in words
//! differ: English groups by thousands (23.06 billion), Chinese by ten-thousands (23.6万,
//! 230.6亿), Urdu by hazar (1e3), lakh (1e5), crore (1e7) and arab (1e9). Urdu writes a left-to-right mark
//! before a sign, so "-2.3" and "+11.1%" keep their sign on the left inside right-to-left text.
//!
//! Urdu amounts have one style, ICU's, everywhere (here and in the catalogs' translated
//! quotes, which tests/i18n.rs checks): a decimal number before one word, as Urdu papers
//! write billions of dollars (23.06 ارب), so 236,000 is "2.36 لاکھ" and 720,000 "7.2 لاکھ",
//! never "2 لاکھ 36 ہزار". One departure from ICU: a lone one is the word, "ایک ہزار" (ICU:
//! "1 ہزار"), as newspapers write it.
//! Words around the numbers (units, "more than") are translations, from `i18n`.

use super::i18n::{fill, Lang, Strings};
use super::model::{Bound, Date, Unit};
use super::units::{convert, Converted, Shown, Units};

/// Whether a quantity is for the eye or for a screen reader.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Style {
    /// As printed: symbols ("US$23.06 bn", "510 km").
    #[default]
    Short,
    /// As said: words ("23.06 billion US dollars", "510 kilometres").
    Spoken,
}

/// Left-to-right mark: keeps a sign on the left of its number inside right-to-left text.
const LRM: char = '\u{200e}';

fn minus(lang: Lang) -> &'static str {
    match lang {
        Lang::Ur => "\u{200e}-",
        Lang::En | Lang::Zh => "-",
    }
}

fn plus(lang: Lang) -> &'static str {
    match lang {
        Lang::Ur => "\u{200e}+",
        Lang::En | Lang::Zh => "+",
    }
}

/// Whether the printed number is zero ("0", "0.00", "-0.0").
fn is_zero(text: &str) -> bool {
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

/// The number part of a converted value: "23.06", "8" (8.000 GW trimmed), "3,640".
pub fn converted_number(c: Converted) -> String {
    let text = number(c.value, c.decimals);
    if c.trim && text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        text
    }
}

/// The template a quantity is written in: (printed, said). Units whose symbol reads aloud as
/// well ("11.1%", "236,000 jobs") have one for both.
fn template(shown: Shown, style: Style, s: &Strings, one: bool) -> &'static str {
    let (printed, said) = match shown {
        Shown::UsdBn | Shown::Same(Unit::UsdBn) => (s.q_usd_bn, s.say_usd_bn),
        Shown::UsdMn => (s.q_usd_mn, s.say_usd_mn),
        Shown::KwhBn | Shown::Same(Unit::KwhBn) => (s.q_kwh_bn, s.say_kwh_bn),
        Shown::Gwh => (s.q_gwh, s.say_gwh),
        Shown::Twh => (s.q_twh, s.say_twh),
        Shown::Km | Shown::Same(Unit::Km) => (s.q_km, s.say_km),
        Shown::Mi => (s.q_mi, s.say_mi),
        Shown::Mw | Shown::Same(Unit::Mw) => (s.q_mw, s.say_mw),
        Shown::Gw => (s.q_gw, s.say_gw),
        Shown::Same(Unit::KwhPerPerson) => (s.q_kwh_per_person, s.say_kwh_per_person),
        Shown::Same(Unit::Percent) => (s.q_percent, s.q_percent),
        Shown::Same(Unit::Jobs) if one => (s.q_jobs_one, s.q_jobs_one),
        Shown::Same(Unit::Jobs) => (s.q_jobs, s.q_jobs),
        Shown::Same(Unit::People) => (s.q_people, s.q_people),
        Shown::Same(Unit::Years) => (s.q_years, s.q_years),
    };
    match style {
        Style::Short => printed,
        Style::Spoken => said,
    }
}

/// A converted value with its unit, in `lang`: "US$23.06 bn", "230.6亿美元", "23.06 ارب
/// امریکی ڈالر"; "236,000 jobs", "23.6万个就业岗位"; "5 million people".
pub fn converted(c: Converted, lang: Lang, style: Style) -> String {
    let abs = Converted {
        value: c.value.abs(),
        ..c
    };
    let words = |v: f64| count(v, c.decimals, lang);
    let n = match c.shown {
        // Billions read in the language's own words where English keeps "bn".
        Shown::UsdBn | Shown::KwhBn | Shown::Same(Unit::UsdBn | Unit::KwhBn)
            if lang != Lang::En =>
        {
            compact(abs.value * 1e9, significant(abs.value, c.decimals), lang)
        }
        Shown::Same(Unit::Jobs | Unit::People) => words(abs.value),
        _ => converted_number(abs),
    };
    let one = c.shown == Shown::Same(Unit::Jobs) && abs.value == 1.0;
    let text = fill(template(c.shown, style, lang.strings(), one), &[("n", &n)]);
    if c.value < 0.0 && !is_zero(&n) {
        let sign = match lang {
            // A typographic minus reads better before "US$".
            Lang::En => "−",
            _ => minus(lang),
        };
        format!("{sign}{text}")
    } else {
        text
    }
}

/// A value converted once into the reader's units, with what its words depend on (its bound,
/// whether it is approximate, the language): the bar, the label, the spoken text, the table
/// cell and the tooltip all format this, so they cannot disagree about a number.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Amount {
    pub converted: Converted,
    pub bound: Bound,
    /// Read "about": a derived value whose range its decimals do not pin down. A bound word
    /// ("at most") already says the value is not exact, so a bounded value never is.
    pub about: bool,
    pub lang: Lang,
}

impl Amount {
    /// `value` in `unit` with `decimals` places, converted into `units`.
    pub fn new(value: f64, unit: Unit, decimals: u8, units: &Units, lang: Lang) -> Amount {
        Amount {
            converted: convert(value, unit, decimals, units),
            bound: Bound::Exact,
            about: false,
            lang,
        }
    }

    /// With its bound ("more than", "at most").
    pub fn bounded(self, bound: Bound) -> Amount {
        Amount { bound, ..self }
    }

    /// Read "about", unless a bound already says it is not exact.
    pub fn approximate(self, about: bool) -> Amount {
        Amount {
            about: about && self.bound == Bound::Exact,
            ..self
        }
    }

    /// "US$23.06 bn", "more than 5 million people", "about 416 MW"; spoken: "23.06 billion
    /// US dollars".
    pub fn text(self, style: Style) -> String {
        self.worded(converted(self.converted, self.lang, style))
    }

    /// `text` (the number with its unit) with the bound's and "about"'s words around it.
    fn worded(self, text: String) -> String {
        let s = self.lang.strings();
        let text = match self.bound {
            Bound::Exact => text,
            Bound::AtLeast => s.more_than(&text),
            Bound::AtMost => s.at_most(&text),
        };
        if self.about {
            s.about(&text)
        } else {
            text
        }
    }

    pub fn short(self) -> String {
        self.text(Style::Short)
    }

    pub fn spoken(self) -> String {
        self.text(Style::Spoken)
    }

    /// A change with an explicit sign: "+11.1%", "+US$2.30 bn" ("‎+11.1%" in Urdu); the sign
    /// on the number, inside "about": "about +US$2.3 bn".
    pub fn signed(self) -> String {
        let text = converted(self.converted, self.lang, Style::Short);
        if self.converted.value > 0.0 && !is_zero(&converted_number(self.converted)) {
            // In Urdu a number followed by its unit's words ("+2.3 ارب"): the sign and the
            // number isolated left to right (LRI ... PDI), or the sign lands on the number's
            // right. A number alone ("+11.1%") takes ICU's mark, which is enough.
            if let (Lang::Ur, Some((number, unit))) = (self.lang, text.split_once(' ')) {
                return self.worded(format!("{LRI}+{number}{PDI} {unit}"));
            }
            self.worded(format!("{}{text}", plus(self.lang)))
        } else {
            self.worded(text)
        }
    }

    /// As axes and tables count it (亿 in Chinese): the bar's length.
    pub fn in_tables(self) -> Converted {
        self.converted.in_tables(self.lang)
    }

    /// The table cell: a plain number under the unit's name.
    pub fn cell(self) -> String {
        converted_number(self.in_tables())
    }

    /// The unit's name in table headers and chart titles.
    pub fn unit_name(self) -> &'static str {
        self.converted.shown.name(self.lang.strings())
    }
}

/// A value in the reader's units: "US$23.06 bn", "11.1%", "8 GW".
pub fn quantity_in(value: f64, unit: Unit, decimals: u8, units: &Units, lang: Lang) -> String {
    Amount::new(value, unit, decimals, units, lang).short()
}

/// Month names (CLDR, format context, wide).
pub(crate) fn month(lang: Lang, m: usize) -> Option<&'static str> {
    const EN: [&str; 12] = [
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
    const UR: [&str; 12] = [
        "جنوری",
        "فروری",
        "مارچ",
        "اپریل",
        "مئی",
        "جون",
        "جولائی",
        "اگست",
        "ستمبر",
        "اکتوبر",
        "نومبر",
        "دسمبر",
    ];
    let i = m.checked_sub(1)?;
    match lang {
        Lang::En => EN.get(i).copied(),
        Lang::Ur => UR.get(i).copied(),
        // Chinese months are numbers ("5月").
        Lang::Zh => (i < 12).then_some(""),
    }
}

/// A date as precise as it is known, in CLDR's long form: "21 May 1951" (British English, as
/// the sheet is written), "July 2007", "2013"; "1951年5月21日", "2007年7月", "2013年";
/// "21 مئی، 1951", "جولائی 2007", "2013".
pub fn date(d: Date, lang: Lang) -> String {
    let (y, m, day) = (d.year, usize::from(d.month), d.day);
    match (lang, month(lang, m), day) {
        (Lang::Zh, Some(_), 0) => format!("{y}年{m}月"),
        (Lang::Zh, Some(_), day) => format!("{y}年{m}月{day}日"),
        (Lang::Zh, None, _) => format!("{y}年"),
        (Lang::Ur, Some(name), 0) | (Lang::En, Some(name), 0) => format!("{name} {y}"),
        (Lang::En, Some(name), day) => format!("{day} {name} {y}"),
        (Lang::Ur, Some(name), day) => format!("{day} {name}، {y}"),
        (_, None, _) => y.to_string(),
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

/// Strips the marks formatting adds for right-to-left text, for comparisons and file names.
pub fn plain(text: &str) -> String {
    text.chars()
        .filter(|c| ![LRM, LRI, PDI].contains(c))
        .collect()
}

/// Left-to-right isolate and its end: a signed number inside right-to-left text.
const LRI: char = '\u{2066}';
const PDI: char = '\u{2069}';

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_urdu_signed_amount_isolates_its_sign_and_number() {
        let units = Units::default();
        let change = Amount::new(2.3, Unit::UsdBn, 1, &units, Lang::Ur).signed();
        assert!(change.contains("\u{2066}+2.3\u{2069} "), "{change:?}");
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
}
