//! What derivation produces: the items (figures and derived values, with their origin and
//! range), each derivation with its formula and inputs, and why one could not be made.

use crate::core::data::{Card, Series};
use crate::core::format::Amount;
use crate::core::i18n::{Lang, Strings};
use crate::core::model::{Bound, Unit};
use crate::core::units::Units;
use cpec_data::vocabulary;

vocabulary! {
    /// Where a value comes from, which the reader must always be able to tell: quoted from
    /// the source article, from another cited source, or computed here from other values.
    /// The key is its spelling in exported data (CSV, JSON).
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum Origin { Reported = "reported", Context = "context", Derived = "derived" }
}

impl Origin {
    /// In running text ("reported"), in the language of `s`.
    pub fn word(self, s: &Strings) -> &'static str {
        match self {
            Origin::Reported => s.word_reported,
            Origin::Context => s.word_context,
            Origin::Derived => s.word_derived,
        }
    }

    /// As a tag beside a value ("Reported"), in the language of `s`.
    pub fn label(self, s: &Strings) -> &'static str {
        match self {
            Origin::Reported => s.origin_reported,
            Origin::Context => s.origin_context,
            Origin::Derived => s.origin_derived,
        }
    }

    /// The class of its tag (colour and outline in the stylesheet).
    pub fn class(self) -> &'static str {
        match self {
            Origin::Reported => "tag tag-reported",
            Origin::Context => "tag tag-context",
            Origin::Derived => "tag tag-derived",
        }
    }
}

/// A figure or a derived value, in the one shape charts and lists draw from.
#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    pub id: &'static str,
    pub label: &'static str,
    pub value: f64,
    pub unit: Unit,
    pub decimals: u8,
    pub bound: Bound,
    pub period: &'static str,
    pub card: Card,
    pub series: Option<Series>,
    pub key: bool,
    pub origin: Origin,
    /// Where the true value lies, given that the inputs are rounded: a figure's own rounding
    /// (half a unit of its last decimal either side), carried through each derivation.
    pub range: (f64, f64),
}

impl Item {
    /// Whether the value is known only approximately: a derived value whose inputs' rounding
    /// leaves a range (it reads "about 416 MW").
    pub fn approximate(&self) -> bool {
        self.origin == Origin::Derived && self.range.0 < self.range.1
    }

    /// The value as the page prints it in the data file's units, with its bound: "more than
    /// 5 million people".
    pub fn display(&self, lang: Lang) -> String {
        self.display_in(&Units::default(), lang)
    }

    /// The value in the reader's units and language, converted once for every text of it.
    pub fn amount(&self, units: &Units, lang: Lang) -> Amount {
        Amount::new(self.value, self.unit, self.decimals, units, lang)
            .bounded(self.bound)
            .approximate(self.approximate())
    }

    /// The same in the reader's display units.
    pub fn display_in(&self, units: &Units, lang: Lang) -> String {
        self.amount(units, lang).short()
    }

    /// The same as a screen reader should say it ("23.06 billion US dollars").
    pub fn spoken_in(&self, units: &Units, lang: Lang) -> String {
        self.amount(units, lang).spoken()
    }
}

/// One input of a derivation, as the formula shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct Input {
    pub id: &'static str,
    pub label: &'static str,
    /// The input as printed in the formula ("US$23.06 bn", "21 May 1951").
    pub shown: String,
    pub origin: Origin,
}

/// A derived value with its formula and inputs.
#[derive(Clone, Debug, PartialEq)]
pub struct Derivation {
    pub id: &'static str,
    pub value: f64,
    /// The whole computation, e.g. "US$23.06 bn ÷ (1 + 11.1%) = US$20.76 bn".
    pub formula: String,
    pub inputs: Vec<Input>,
    pub note: Option<&'static str>,
    /// Where the true value lies given the inputs' rounding, and the decimals that range
    /// allows (see [`decimals_for`]).
    pub range: (f64, f64),
    pub decimals: u8,
}

/// Why a derivation could not be made. Build-time validation rules these out for the shipped
/// data; they exist so that the app reports instead of panicking if that ever fails.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DeriveError {
    UnknownInput {
        id: &'static str,
        input: &'static str,
    },
    WrongInputs {
        id: &'static str,
    },
    DivisionByZero {
        id: &'static str,
    },
}

impl std::fmt::Display for DeriveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DeriveError::UnknownInput { id, input } => {
                write!(f, "{id}: input \"{input}\" does not exist")
            }
            DeriveError::WrongInputs { id } => {
                write!(f, "{id}: the inputs do not fit the method")
            }
            DeriveError::DivisionByZero { id } => write!(f, "{id}: division by zero"),
        }
    }
}

/// Everything the page shows: the data file's figures and the derived values, in file order.
#[derive(Clone, Debug, PartialEq)]
pub struct Computed {
    pub items: Vec<Item>,
    pub derivations: Vec<Derivation>,
}

impl Computed {
    pub fn item(&self, id: &str) -> Option<&Item> {
        self.items.iter().find(|i| i.id == id)
    }

    pub fn derivation(&self, id: &str) -> Option<&Derivation> {
        self.derivations.iter().find(|d| d.id == id)
    }

    /// Items of a chart series, figures first, then derived values, each in file order.
    pub fn series(&self, series: Series) -> Vec<&Item> {
        self.items
            .iter()
            .filter(|i| i.series == Some(series))
            .collect()
    }
}
