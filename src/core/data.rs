//! The data model the app computes with: the validated contents of `static/data.toml`,
//! generated into Rust statics by `build.rs`. Field meanings and units are documented here and
//! in the README; the rules they obey are in `cpec-data`'s `schema`. One dataset per language:
//! the texts come translated from `static/i18n/`, the numbers are the same.

pub use super::model::{Bound, Card, Date, Method, Series, Status, Unit};

/// The sheet's own texts.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Sheet {
    /// The page title.
    pub title: &'static str,
    /// One sentence under the title.
    pub subtitle: &'static str,
    /// The headline of the source article every reported figure is quoted from (English).
    pub article_title: &'static str,
    /// Its translation, in the datasets of other languages.
    pub article_title_translation: Option<&'static str>,
    /// When the article was published (month precision).
    pub article_published: Date,
    /// Why that date is inferred: the article does not state it.
    pub article_published_inferred: Option<&'static str>,
}

/// A figure stated by a source: reported (quoted from the article) or context (another source).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Figure {
    /// Stable id, `snake_case`; derivations and the page refer to it.
    pub id: &'static str,
    /// What the figure measures, in a few words.
    pub label: &'static str,
    /// The value, in `unit`.
    pub value: f64,
    /// The unit `value` is stated in.
    pub unit: Unit,
    /// Decimal places shown (the precision the source gives).
    pub decimals: u8,
    /// The period the figure covers, in words ("2024", "by the end of 2022").
    pub period: &'static str,
    /// The date the figure is as of (year or month precision allowed).
    pub as_of: Date,
    /// Why that date is inferred, when the source does not give it.
    pub as_of_inferred: Option<&'static str>,
    /// Who published the figure.
    pub publisher: &'static str,
    pub status: Status,
    /// The exact sentence from the source article (required when reported), in English.
    pub quote: Option<&'static str>,
    /// Its translation, in the datasets of other languages.
    pub quote_translation: Option<&'static str>,
    /// Where a context figure comes from (required when context).
    pub citation: Option<&'static str>,
    /// Where a reader finds the citation's source.
    pub url: Option<&'static str>,
    /// A context figure's source as published: its headline (never translated: a citation
    /// names the work as it appeared), its date and the site it was read on.
    pub source_title: Option<&'static str>,
    pub source_date: Option<Date>,
    pub source_site: Option<&'static str>,
    /// Whether the value is exact or a bound ("more than 5 million" is `AtLeast`).
    pub bound: Bound,
    /// The card that shows it.
    pub card: Card,
    /// The chart it is drawn in, if any.
    pub series: Option<Series>,
    /// Shown in the key-figures strip at the top.
    pub key: bool,
}

/// A value computed in the browser from figures (or events) by a named method.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Derived {
    pub id: &'static str,
    pub label: &'static str,
    pub method: Method,
    /// Ids of figures, earlier derived values, or (for `years_since`) an event.
    pub inputs: &'static [&'static str],
    /// The unit of the result, implied by the method and checked at build time.
    pub unit: Unit,
    /// Whether the result is exact or a bound, implied by the inputs' bounds.
    pub bound: Bound,
    pub period: &'static str,
    pub card: Card,
    pub series: Option<Series>,
    pub key: bool,
    /// Why the derivation is made, or a caveat, shown beside its formula.
    pub note: Option<&'static str>,
}

/// A dated event quoted from the article.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Event {
    pub id: &'static str,
    pub date: Date,
    /// Why the date (or its year) is inferred: the quote does not state it whole.
    pub date_inferred: Option<&'static str>,
    pub label: &'static str,
    /// The sentence from the article, in English.
    pub quote: &'static str,
    /// Its translation, in the datasets of other languages.
    pub quote_translation: Option<&'static str>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Dataset {
    pub sheet: Sheet,
    pub figures: &'static [Figure],
    pub derived: &'static [Derived],
    pub events: &'static [Event],
}

impl Dataset {
    pub fn figure(&self, id: &str) -> Option<&'static Figure> {
        self.figures.iter().find(|f| f.id == id)
    }

    pub fn event(&self, id: &str) -> Option<&'static Event> {
        self.events.iter().find(|e| e.id == id)
    }
}

include!(concat!(env!("OUT_DIR"), "/data.rs"));

/// The English dataset: the data file as written.
pub static DATA: &Dataset = &DATA_EN;

/// The dataset in `lang`: the same figures, with the texts translated.
pub fn dataset(lang: super::i18n::Lang) -> &'static Dataset {
    use super::i18n::Lang;
    match lang.held() {
        Lang::En => &DATA_EN,
        Lang::Zh => &DATA_ZH,
        Lang::Ur => &DATA_UR,
    }
}
