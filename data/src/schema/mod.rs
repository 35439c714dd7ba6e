//! Reading and checking the data file (`static/data.toml`) at build time.
//!
//! Two steps. serde reads the file into the typed entries below (`deny_unknown_fields`: a
//! misspelt field is an error, not a silently missing value), which settles the shape: every
//! field present, of its type, every choice one of its vocabulary. Then [`rules`] check what a
//! type cannot say, each rule a function of its own: values, quotes and citations, dates, ids
//! and references, derivations. Every error is one line naming the file, the line, the field
//! with its path and the reason (`static/data.toml:14: figure[2].unit: "furlongs" is not one
//! of: ...`); serde's own wording is turned into an editor's in [`messages`].
//!
//! The fields are documented here, once: the README's data section points to them.

mod messages;
mod rules;

use crate::model::{Bound, Card, Date, Method, Series, Status, Unit};
use serde::de::{Deserializer, Error as _, IgnoredAny};
use serde::Deserialize;

/// The sheet's own texts: `[sheet]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sheet {
    /// The page title.
    #[serde(deserialize_with = "text")]
    pub title: String,
    /// One sentence under the title.
    #[serde(deserialize_with = "text")]
    pub subtitle: String,
    /// The headline of the source article every reported figure quotes.
    #[serde(deserialize_with = "text")]
    pub article_title: String,
    /// When the article was published (`YYYY-MM` is enough).
    pub article_published: Date,
    /// Why `article_published` is inferred, when the article does not state it.
    #[serde(default, deserialize_with = "opt_text")]
    pub article_published_inferred: Option<String>,
}

/// A figure stated by a source: `[[figure]]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    /// Stable id, `snake_case`: derivations and the page refer to it.
    #[serde(deserialize_with = "text")]
    pub id: String,
    /// What the figure measures, in a few words.
    #[serde(deserialize_with = "text")]
    pub label: String,
    /// The value, in `unit`: finite; positive unless a percentage.
    pub value: f64,
    /// The unit `value` is stated in.
    pub unit: Unit,
    /// Decimal places shown, 0 to 3: the precision the source gives.
    pub decimals: u8,
    /// The period the figure covers, in words ("2024", "by the end of 2022").
    #[serde(deserialize_with = "text")]
    pub period: String,
    /// The date the figure is as of (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
    pub as_of: Date,
    /// Why `as_of` is inferred, when the source does not date the figure.
    #[serde(default, deserialize_with = "opt_text")]
    pub as_of_inferred: Option<String>,
    /// Who states the figure.
    #[serde(deserialize_with = "text")]
    pub publisher: String,
    /// Reported (quoted from the article) or context (another source, cited).
    pub status: Status,
    /// The article's sentence that states the figure (reported figures).
    #[serde(default, deserialize_with = "opt_text")]
    pub quote: Option<String>,
    /// The source a context figure comes from.
    #[serde(default, deserialize_with = "opt_text")]
    pub citation: Option<String>,
    /// Where a reader finds the citation's source (http or https).
    #[serde(default, deserialize_with = "opt_text")]
    pub url: Option<String>,
    /// The headline or title of the work a context figure comes from, as published (it is
    /// what "Cite this" names: never a label of the sheet's own).
    #[serde(default, deserialize_with = "opt_text")]
    pub source_title: Option<String>,
    /// When that work was published (`YYYY-MM-DD` where known).
    #[serde(default)]
    pub source_date: Option<Date>,
    /// The site or periodical it was read on, when not the publisher's own
    /// ("People's Daily Online" for a Xinhua report).
    #[serde(default, deserialize_with = "opt_text")]
    pub source_site: Option<String>,
    /// Exact unless the source says "more than" (`at_least`) or "at most" (`at_most`).
    #[serde(default)]
    pub bound: Bound,
    /// The card the figure belongs to.
    pub card: Card,
    /// The chart the figure is drawn in, if any.
    #[serde(default)]
    pub series: Option<Series>,
    /// Shown in the key-figures strip.
    #[serde(default)]
    pub key: bool,
}

/// A value computed from figures, as the data file states it: `[[derived]]`. Its unit and
/// bound follow from its method and inputs ([`Derived`]).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct DerivedEntry {
    /// Stable id, `snake_case`.
    #[serde(deserialize_with = "text")]
    id: String,
    /// What the value measures.
    #[serde(deserialize_with = "text")]
    label: String,
    /// How it is computed.
    method: Method,
    /// The ids of the figures or derived values (defined above it) it is computed from; for
    /// `years_since`, one event's id.
    inputs: Vec<String>,
    /// Not allowed: a derived value's precision follows from its inputs'. Read so that the
    /// message can say so, rather than "not a known field".
    #[serde(default)]
    decimals: Option<IgnoredAny>,
    /// The period it covers, in words.
    #[serde(deserialize_with = "text")]
    period: String,
    /// The card it belongs to.
    card: Card,
    /// The chart it is drawn in, if any.
    #[serde(default)]
    series: Option<Series>,
    /// Shown in the key-figures strip.
    #[serde(default)]
    key: bool,
    /// A caveat shown with the formula.
    #[serde(default, deserialize_with = "opt_text")]
    note: Option<String>,
}

/// A checked derived value: the entry, with the unit and bound its method gives.
#[derive(Debug, Clone)]
pub struct Derived {
    pub id: String,
    pub label: String,
    pub method: Method,
    pub inputs: Vec<String>,
    pub unit: Unit,
    pub bound: Bound,
    pub period: String,
    pub card: Card,
    pub series: Option<Series>,
    pub key: bool,
    pub note: Option<String>,
}

/// A dated event of the relations' timeline: `[[event]]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    /// Stable id, `snake_case`.
    #[serde(deserialize_with = "text")]
    pub id: String,
    /// When it happened.
    pub date: Date,
    /// What happened, in a few words; it claims no number its quote does not give.
    #[serde(deserialize_with = "text")]
    pub label: String,
    /// The article's sentence that tells of it.
    #[serde(deserialize_with = "text")]
    pub quote: String,
    /// Why `date` (or its year) is inferred, when the quote does not state it whole.
    #[serde(default, deserialize_with = "opt_text")]
    pub date_inferred: Option<String>,
}

/// The file as written: four sections, each optional to serde (the rules say which must have
/// entries) except `[sheet]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    sheet: Sheet,
    #[serde(default)]
    figure: Vec<Figure>,
    #[serde(default)]
    derived: Vec<DerivedEntry>,
    #[serde(default)]
    event: Vec<Event>,
}

/// The checked data file.
#[derive(Debug, Clone)]
pub struct Data {
    pub sheet: Sheet,
    pub figures: Vec<Figure>,
    pub derived: Vec<Derived>,
    pub events: Vec<Event>,
}

/// One problem with the data file: `file:line: field: reason`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataError {
    pub file: String,
    /// The line the field is on (or its entry's, when the field is missing), if found.
    pub line: Option<usize>,
    /// The field's path: `figure[2].unit`.
    pub field: String,
    pub reason: String,
}

impl std::fmt::Display for DataError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{line}: {}: {}", self.file, self.field, self.reason),
            None => write!(f, "{}: {}: {}", self.file, self.field, self.reason),
        }
    }
}

/// Reads and checks the data file. `file` names it in messages; `today` is the build date (no
/// figure may be dated after it). A file that serde cannot read gives one error (the first);
/// one that it can gives every rule's.
pub fn load(file: &str, text: &str, today: Date) -> Result<Data, Vec<DataError>> {
    let error = |(field, reason): (String, String), line: Option<usize>| DataError {
        file: file.to_string(),
        line: line.or_else(|| messages::locate(text, &field)),
        field,
        reason,
    };
    let parsed: File =
        serde_path_to_error::deserialize(toml::Deserializer::new(text)).map_err(|e| {
            let line = e.inner().span().map(|s| messages::line_at(text, s.start));
            let found = messages::reword(&e.path().to_string(), e.inner().message());
            vec![error(found, line)]
        })?;
    let File {
        sheet,
        figure: figures,
        derived,
        event: events,
    } = parsed;
    let mut problems = Vec::new();
    rules::dates(&sheet, &figures, &events, today, &mut problems);
    rules::values(&figures, &mut problems);
    rules::quotes_and_citations(&figures, &events, &mut problems);
    rules::ids(&events, &figures, &derived, &mut problems);
    let derived = rules::derivations(&figures, &events, derived, &mut problems);
    if problems.is_empty() {
        Ok(Data {
            sheet,
            figures,
            derived,
            events,
        })
    } else {
        Err(problems.into_iter().map(|p| error(p, None)).collect())
    }
}

pub use rules::claim_beyond_quote;

/// A text field: trimmed, and not empty (an empty field is a mistake, not a value).
fn text<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    let s = String::deserialize(d)?;
    let trimmed = s.trim();
    if trimmed.is_empty() {
        Err(D::Error::custom(
            "is empty; write the text or remove the field",
        ))
    } else {
        Ok(trimmed.to_string())
    }
}

/// An optional text field: absent is `None`; present, as [`text`].
fn opt_text<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    text(d).map(Some)
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        Date::parse(text.trim()).ok_or_else(|| {
            D::Error::custom(format!(
                "\"{text}\" is not a date; write YYYY, YYYY-MM or YYYY-MM-DD"
            ))
        })
    }
}

/// Each vocabulary is read by its key, and a wrong one is answered with the keys there are.
macro_rules! read_by_key {
    ($($name:ident),+) => {$(
        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let text = String::deserialize(d)?;
                $name::parse(&text).ok_or_else(|| {
                    let known: Vec<&str> = $name::ALL.iter().map(|v| v.key()).collect();
                    D::Error::custom(format!("\"{text}\" is not one of: {}", known.join(", ")))
                })
            }
        }
    )+};
}
read_by_key!(Unit, Status, Bound, Method, Series, Card);
