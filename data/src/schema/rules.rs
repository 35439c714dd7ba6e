//! The data file's rules beyond its shape: what serde's types cannot say. Each rule reads the
//! parsed entries and adds `(field path, reason)` for every problem it finds, so one build
//! reports them all.

use super::{Derived, DerivedEntry, Event, Figure, Sheet};
use crate::model::{Bound, Date, Status, Unit};
use std::collections::HashMap;

/// `(field path, reason)`: where a problem is and what it is.
pub(super) type Problem = (String, String);

/// Words that make a claim a label may only repeat: numbers, ordinals and counts.
const CLAIM_WORDS: &[&str] = &[
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "twenty", "hundred", "thousand", "million", "billion", "first", "second",
    "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "dozen", "once",
    "twice",
];

/// The first number, number word or ordinal in `label` that `quote` does not contain, if
/// any: a label must not claim more than the sentence it quotes (case and punctuation aside;
/// digits are compared run by run, so "8,000" matches "8,000 megawatts").
pub fn claim_beyond_quote<'l>(label: &'l str, quote: &str) -> Option<&'l str> {
    let words = |t: &str| -> Vec<String> {
        t.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let said = words(quote);
    label
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .find(|w| {
            let lower = w.to_lowercase();
            let claims =
                w.chars().all(|c| c.is_ascii_digit()) || CLAIM_WORDS.contains(&lower.as_str());
            // "zero-tolerance" says "zero"; a quote's words are compared whole.
            claims && !said.contains(&lower)
        })
}

/// A date as the file writes it: `2024`, `2024-06` or `2024-06-30`.
fn written(d: Date) -> String {
    match (d.month, d.day) {
        (0, _) => format!("{}", d.year),
        (m, 0) => format!("{}-{m:02}", d.year),
        (m, day) => format!("{}-{m:02}-{day:02}", d.year),
    }
}

/// Nothing is dated after the build: a later date is a typo, and "years since" would be
/// negative.
pub(super) fn dates(
    sheet: &Sheet,
    figures: &[Figure],
    events: &[Event],
    today: Date,
    out: &mut Vec<Problem>,
) {
    let dated = std::iter::once((
        "sheet.article_published".to_string(),
        sheet.article_published,
    ))
    .chain(
        events
            .iter()
            .enumerate()
            .map(|(i, e)| (format!("event[{i}].date"), e.date)),
    )
    .chain(
        figures
            .iter()
            .enumerate()
            .map(|(i, f)| (format!("figure[{i}].as_of"), f.as_of)),
    );
    for (field, date) in dated {
        if date > today {
            out.push((field, format!("{} is after the build date", written(date))));
        }
    }
}

/// Values are finite; amounts are positive; growth rates plausible; at most 3 decimals.
pub(super) fn values(figures: &[Figure], out: &mut Vec<Problem>) {
    for (i, f) in figures.iter().enumerate() {
        let field = |name: &str| format!("figure[{i}].{name}");
        let v = f.value;
        if !v.is_finite() {
            out.push((field("value"), "must be a finite number".into()));
        } else if f.unit == Unit::Percent && !(v > -100.0 && v < 1000.0) {
            out.push((
                field("value"),
                format!("a growth rate must be between -100 and 1000 percent, found {v}"),
            ));
        } else if f.unit != Unit::Percent && v <= 0.0 {
            out.push((
                field("value"),
                format!("must be greater than zero, found {v}"),
            ));
        }
        if f.decimals > 3 {
            out.push((
                field("decimals"),
                format!("must be between 0 and 3, found {}", f.decimals),
            ));
        }
    }
}

/// Every figure says where it comes from: a reported one quotes the article, a context one
/// cites its source (with a web address a reader can open, if any); an event's label claims
/// no number its quote does not give.
pub(super) fn quotes_and_citations(figures: &[Figure], events: &[Event], out: &mut Vec<Problem>) {
    for (i, f) in figures.iter().enumerate() {
        let field = |name: &str| format!("figure[{i}].{name}");
        match f.status {
            Status::Reported if f.quote.is_none() => out.push((
                field("quote"),
                "is missing: a reported figure needs the sentence quoted from the article".into(),
            )),
            Status::Context if f.citation.is_none() => out.push((
                field("citation"),
                "is missing: a context figure needs the source it comes from".into(),
            )),
            _ => {}
        }
        // A context figure is cited as the work it comes from: its real title and date, not
        // words of the sheet's own.
        if f.status == Status::Context {
            if f.source_title.is_none() {
                out.push((
                    field("source_title"),
                    "is missing: a context figure needs the title of the work it comes from, as published (its headline), for citations".into(),
                ));
            }
            if f.source_date.is_none() {
                out.push((
                    field("source_date"),
                    "is missing: a context figure needs the date its source was published (YYYY-MM-DD), for citations".into(),
                ));
            }
        } else if f.source_title.is_some() || f.source_date.is_some() || f.source_site.is_some() {
            out.push((
                field("status"),
                "is \"reported\" but the figure names a source_title, source_date or source_site: a reported figure is cited through the article; make it \"context\" or drop those fields".into(),
            ));
        }
        if let Some(u) = &f.url {
            if !(u.starts_with("https://") || u.starts_with("http://"))
                || u.contains(char::is_whitespace)
            {
                out.push((
                    field("url"),
                    format!("must be a web address starting with https://, found \"{u}\""),
                ));
            }
        }
        if let Some(c) = &f.citation {
            // The page already says "context, not in the article" before every citation.
            let lower = c.to_lowercase();
            if lower.contains("not in the source") || lower.contains("not in the article") {
                out.push((field("citation"), "must not say that it is not in the article: the page says so before every citation; give only the source".into()));
            }
        }
    }
    for (i, e) in events.iter().enumerate() {
        if let Some(word) = claim_beyond_quote(&e.label, &e.quote) {
            out.push((
                format!("event[{i}].label"),
                format!("says \"{word}\", which its quote does not say: quote the sentence that does, or drop the word"),
            ));
        }
    }
}

fn valid_id(id: &str) -> bool {
    id.starts_with(|c: char| c.is_ascii_lowercase())
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// Ids are `snake_case` and used once across events, figures and derived values; there is at
/// least one figure.
pub(super) fn ids(
    events: &[Event],
    figures: &[Figure],
    derived: &[DerivedEntry],
    out: &mut Vec<Problem>,
) {
    let all = (events
        .iter()
        .enumerate()
        .map(|(i, e)| (format!("event[{i}]"), &e.id)))
    .chain(
        figures
            .iter()
            .enumerate()
            .map(|(i, f)| (format!("figure[{i}]"), &f.id)),
    )
    .chain(
        derived
            .iter()
            .enumerate()
            .map(|(i, d)| (format!("derived[{i}]"), &d.id)),
    );
    let mut first: HashMap<&str, String> = HashMap::new();
    for (entry, id) in all {
        if !valid_id(id) {
            out.push((
                format!("{entry}.id"),
                format!("\"{id}\" must use only a-z, 0-9 and _, starting with a letter"),
            ));
        } else if let Some(by) = first.get(id.as_str()) {
            out.push((
                format!("{entry}.id"),
                format!("\"{id}\" is already used by {by}"),
            ));
        } else {
            first.insert(id, entry);
        }
    }
    if figures.is_empty() {
        out.push(("figure".into(), "there are no [[figure]] entries".into()));
    }
}

/// Each derivation's inputs exist above it (so there are no cycles), fit its method's units
/// and do not pull its bound both ways; its precision is not set by hand. Returns the
/// derivations that pass, with their unit and bound.
pub(super) fn derivations(
    figures: &[Figure],
    events: &[Event],
    entries: Vec<DerivedEntry>,
    out: &mut Vec<Problem>,
) -> Vec<Derived> {
    let mut known: HashMap<String, (Unit, Bound)> = figures
        .iter()
        .map(|f| (f.id.clone(), (f.unit, f.bound)))
        .collect();
    let mut derived = Vec::new();
    for (i, d) in entries.into_iter().enumerate() {
        let field = |name: &str| format!("derived[{i}].{name}");
        if d.decimals.is_some() {
            out.push((
                field("decimals"),
                "is not set by hand on a derived value: its precision follows from its inputs' (README, \"Precision\"); remove it".into(),
            ));
        }
        let signature = if d.method.takes_event() {
            let missing = d
                .inputs
                .iter()
                .find(|id| !events.iter().any(|e| &e.id == *id));
            match (d.inputs.len(), missing) {
                (1, None) => Ok((Unit::Years, Bound::Exact)),
                (1, Some(id)) => Err(format!("\"{id}\" is not the id of an [[event]]")),
                _ => Err("years_since needs exactly one event id".into()),
            }
        } else {
            let found: Option<Vec<(Unit, Bound)>> =
                d.inputs.iter().map(|id| known.get(id).copied()).collect();
            match found {
                None => {
                    let id = d.inputs.iter().find(|id| !known.contains_key(*id));
                    Err(format!(
                        "\"{}\" is not the id of a figure or of a derived value defined above it",
                        id.map_or("", String::as_str)
                    ))
                }
                Some(found) => {
                    let units: Vec<Unit> = found.iter().map(|(u, _)| *u).collect();
                    let bounds: Vec<Bound> = found.iter().map(|(_, b)| *b).collect();
                    match (d.method.output_unit(&units), d.method.output_bound(&bounds)) {
                        (Err(reason), _) => Err(reason),
                        (Ok(_), None) => Err("the inputs' bounds (more than / at most) pull in opposite directions, so the result has no bound".into()),
                        (Ok(u), Some(b)) => Ok((u, b)),
                    }
                }
            }
        };
        match signature {
            Err(reason) => out.push((field("inputs"), reason)),
            Ok((unit, bound)) => {
                known.insert(d.id.clone(), (unit, bound));
                derived.push(Derived {
                    id: d.id,
                    label: d.label,
                    method: d.method,
                    inputs: d.inputs,
                    unit,
                    bound,
                    period: d.period,
                    card: d.card,
                    series: d.series,
                    key: d.key,
                    note: d.note,
                });
            }
        }
    }
    derived
}
