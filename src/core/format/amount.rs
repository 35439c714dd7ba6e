//! Quantities in the reader's units: a value converted once ([`Amount`]) and written with its
//! unit, bound and "about", printed or as said aloud ([`Style`]).

use super::numbers::{compact, count, is_zero, minus, number, plus, significant, LRM};
use crate::core::i18n::{fill, Lang, Strings};
use crate::core::model::{Bound, Unit};
use crate::core::units::{convert, Converted, Shown, Units};

/// Whether a quantity is for the eye or for a screen reader.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Style {
    /// As printed: symbols ("US$23.06 bn", "510 km").
    #[default]
    Short,
    /// As said: words ("23.06 billion US dollars", "510 kilometres").
    Spoken,
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
            // In Urdu a number followed by its unit's words ("+2.3 ارب"): without a mark the
            // sign takes the Urdu text's direction and lands right of the digits ("2.3+"). A
            // left-to-right mark before it makes the sign and the number one left-to-right
            // run (the mark is strong, so the digits after it resolve left to right, and the
            // sign between them too); an embedding (LRE ... PDF) does the same with two
            // characters. e2e/languages.test.mjs measures the glyphs in the chart.
            if let (Lang::Ur, Some((number, unit))) = (self.lang, text.split_once(' ')) {
                return self.worded(format!("{LRM}+{number} {unit}"));
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
