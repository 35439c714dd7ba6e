//! Reading and validating the data file (`static/data.toml`) at build time.
//!
//! Included with `#[path]` by `build.rs` (which turns the validated data into Rust statics, so
//! the wasm carries no parser) and by the native tests (which feed it malformed files). Every
//! error names the file, the field with its path, and the reason, in one line.

use crate::model::{Bound, Card, Date, Method, Series, Status, Unit};
use std::collections::HashMap;
use toml::{Table, Value};

/// The sheet's own texts.
#[derive(Debug, Clone)]
pub struct Sheet {
    pub title: String,
    pub subtitle: String,
    pub article_title: String,
    pub article_published: Date,
    /// Why `article_published` is inferred, when the article does not state it.
    pub article_published_inferred: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Figure {
    pub id: String,
    pub label: String,
    pub value: f64,
    pub unit: Unit,
    pub decimals: u8,
    pub period: String,
    pub as_of: Date,
    /// Why `as_of` is inferred, when the source does not date the figure.
    pub as_of_inferred: Option<String>,
    pub publisher: String,
    pub status: Status,
    pub quote: Option<String>,
    pub citation: Option<String>,
    /// Where a reader finds the citation's source (http or https).
    pub url: Option<String>,
    pub bound: Bound,
    pub card: Card,
    pub series: Option<Series>,
    pub key: bool,
}

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

#[derive(Debug, Clone)]
pub struct Event {
    pub id: String,
    pub date: Date,
    pub label: String,
    pub quote: String,
}

#[derive(Debug, Clone)]
pub struct Data {
    pub sheet: Sheet,
    pub figures: Vec<Figure>,
    pub derived: Vec<Derived>,
    pub events: Vec<Event>,
}

/// One validation failure: `file: field: reason`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataError {
    pub file: String,
    pub field: String,
    pub reason: String,
}

impl std::fmt::Display for DataError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}: {}", self.file, self.field, self.reason)
    }
}

/// Reads one table's fields, remembering the path for messages and which keys were used, so
/// that a misspelt field is reported instead of silently ignored.
struct Fields<'a> {
    table: &'a Table,
    path: String,
    used: Vec<&'static str>,
    errors: &'a mut Vec<(String, String)>,
}

impl<'a> Fields<'a> {
    fn new(table: &'a Table, path: String, errors: &'a mut Vec<(String, String)>) -> Self {
        Fields {
            table,
            path,
            used: Vec::new(),
            errors,
        }
    }

    fn field(&self, name: &str) -> String {
        format!("{}.{}", self.path, name)
    }

    fn fail(&mut self, name: &str, reason: impl Into<String>) {
        let field = self.field(name);
        self.errors.push((field, reason.into()));
    }

    fn get(&mut self, name: &'static str) -> Option<&'a Value> {
        self.used.push(name);
        self.table.get(name)
    }

    fn opt_text(&mut self, name: &'static str) -> Option<String> {
        match self.get(name) {
            None => None,
            Some(Value::String(s)) if s.trim().is_empty() => {
                self.fail(name, "is empty; write the text or remove the field");
                None
            }
            Some(Value::String(s)) => Some(s.trim().to_string()),
            Some(other) => {
                let found = other.type_str();
                self.fail(name, format!("must be text in quotes, found {found}"));
                None
            }
        }
    }

    fn text(&mut self, name: &'static str) -> Option<String> {
        let present = self.table.contains_key(name);
        let value = self.opt_text(name);
        if !present {
            self.fail(name, "is missing");
        }
        value
    }

    fn number(&mut self, name: &'static str) -> Option<f64> {
        match self.get(name) {
            None => {
                self.fail(name, "is missing");
                None
            }
            Some(Value::Float(f)) => Some(*f),
            Some(Value::Integer(i)) => Some(*i as f64),
            Some(other) => {
                let found = other.type_str();
                self.fail(
                    name,
                    format!("must be a number without quotes, found {found}"),
                );
                None
            }
        }
    }

    fn small_int(&mut self, name: &'static str, max: i64) -> Option<u8> {
        match self.get(name) {
            None => {
                self.fail(name, "is missing");
                None
            }
            Some(Value::Integer(i)) if (0..=max).contains(i) => Some(*i as u8),
            Some(Value::Integer(i)) => {
                self.fail(name, format!("must be between 0 and {max}, found {i}"));
                None
            }
            Some(other) => {
                let found = other.type_str();
                self.fail(name, format!("must be a whole number, found {found}"));
                None
            }
        }
    }

    fn flag(&mut self, name: &'static str) -> bool {
        match self.get(name) {
            None => false,
            Some(Value::Boolean(b)) => *b,
            Some(other) => {
                let found = other.type_str();
                self.fail(name, format!("must be true or false, found {found}"));
                false
            }
        }
    }

    fn date(&mut self, name: &'static str, today: Date) -> Option<Date> {
        let text = self.text(name)?;
        match Date::parse(&text) {
            None => {
                self.fail(
                    name,
                    format!("\"{text}\" is not a date; write YYYY, YYYY-MM or YYYY-MM-DD"),
                );
                None
            }
            Some(d) if d > today => {
                self.fail(name, format!("{text} is after the build date"));
                None
            }
            Some(d) => Some(d),
        }
    }

    fn choice<T>(
        &mut self,
        name: &'static str,
        parse: impl Fn(&str) -> Option<T>,
        known: &[&str],
    ) -> Option<T> {
        let text = self.text(name)?;
        let parsed = parse(&text);
        if parsed.is_none() {
            self.fail(
                name,
                format!("\"{text}\" is not one of: {}", known.join(", ")),
            );
        }
        parsed
    }

    /// An optional choice: absent is `None`, present must be one of `known`.
    fn opt_choice<T>(
        &mut self,
        name: &'static str,
        parse: impl Fn(&str) -> Option<T>,
        known: &[&str],
    ) -> Option<T> {
        if self.table.contains_key(name) {
            self.choice(name, parse, known)
        } else {
            self.used.push(name);
            None
        }
    }

    fn text_list(&mut self, name: &'static str) -> Option<Vec<String>> {
        match self.get(name) {
            None => {
                self.fail(name, "is missing");
                None
            }
            Some(Value::Array(items)) => {
                let texts: Option<Vec<String>> = items
                    .iter()
                    .map(|v| v.as_str().map(str::to_string))
                    .collect();
                if texts.is_none() {
                    self.fail(name, "must be a list of ids in quotes");
                }
                texts
            }
            Some(other) => {
                let found = other.type_str();
                self.fail(
                    name,
                    format!("must be a list like [\"a\", \"b\"], found {found}"),
                );
                None
            }
        }
    }

    /// Reports every key that no reader asked for.
    fn finish(self) {
        let mut unknown: Vec<&String> = self
            .table
            .keys()
            .filter(|k| !self.used.contains(&k.as_str()))
            .collect();
        unknown.sort();
        for key in unknown {
            let field = format!("{}.{}", self.path, key);
            let reason = format!("is not a known field (known: {})", self.used.join(", "));
            self.errors.push((field, reason));
        }
    }
}

fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && id.starts_with(|c: char| c.is_ascii_lowercase())
}

fn tables<'a>(root: &'a Table, name: &str, errors: &mut Vec<(String, String)>) -> Vec<&'a Table> {
    match root.get(name) {
        None => Vec::new(),
        Some(Value::Array(items)) => items
            .iter()
            .enumerate()
            .filter_map(|(i, v)| match v {
                Value::Table(t) => Some(t),
                _ => {
                    errors.push((format!("{name}[{i}]"), "must be a [[{name}]] table".into()));
                    None
                }
            })
            .collect(),
        Some(_) => {
            errors.push((
                name.to_string(),
                format!("must be written as [[{name}]] tables"),
            ));
            Vec::new()
        }
    }
}

fn keys<T: Copy>(all: &[T], key: impl Fn(T) -> &'static str) -> Vec<&'static str> {
    all.iter().map(|x| key(*x)).collect()
}

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

/// Parses and validates the data file. `file` is the name used in messages; `today` is the
/// build date (no figure may be dated after it).
pub fn load(file: &str, text: &str, today: Date) -> Result<Data, Vec<DataError>> {
    let mut errors: Vec<(String, String)> = Vec::new();
    let root: Table = match text.parse() {
        Ok(t) => t,
        Err(e) => {
            let reason = e.to_string().replace('\n', " ").trim().to_string();
            return Err(vec![DataError {
                file: file.to_string(),
                field: "(syntax)".into(),
                reason: format!("not valid TOML: {reason}"),
            }]);
        }
    };
    let unit_keys = keys(&Unit::ALL, Unit::key);
    let card_keys = keys(&Card::ALL, Card::key);
    let series_keys = keys(&Series::ALL, Series::key);
    let method_keys = keys(&Method::ALL, Method::key);

    for key in root.keys() {
        if !["sheet", "figure", "derived", "event"].contains(&key.as_str()) {
            errors.push((
                key.clone(),
                "is not a known section (known: sheet, figure, derived, event)".into(),
            ));
        }
    }

    let empty = Table::new();
    let sheet_table = match root.get("sheet") {
        Some(Value::Table(t)) => t,
        _ => {
            errors.push(("sheet".into(), "is missing: add a [sheet] section".into()));
            &empty
        }
    };
    let mut f = Fields::new(sheet_table, "sheet".into(), &mut errors);
    let sheet = (
        f.text("title"),
        f.text("subtitle"),
        f.text("article_title"),
        f.date("article_published", today),
    );
    let article_published_inferred = f.opt_text("article_published_inferred");
    f.finish();

    let mut ids: HashMap<String, String> = HashMap::new();
    let mut claim = |id: &str, path: &str, errors: &mut Vec<(String, String)>| {
        if !valid_id(id) {
            errors.push((
                format!("{path}.id"),
                format!("\"{id}\" must use only a-z, 0-9 and _, starting with a letter"),
            ));
        } else if let Some(first) = ids.get(id) {
            errors.push((
                format!("{path}.id"),
                format!("\"{id}\" is already used by {first}"),
            ));
        } else {
            ids.insert(id.to_string(), path.to_string());
        }
    };

    let mut events = Vec::new();
    for (i, t) in tables(&root, "event", &mut errors).into_iter().enumerate() {
        let path = format!("event[{i}]");
        let mut f = Fields::new(t, path.clone(), &mut errors);
        let parts = (
            f.text("id"),
            f.date("date", today),
            f.text("label"),
            f.text("quote"),
        );
        if let (Some(label), Some(quote)) = (&parts.2, &parts.3) {
            if let Some(word) = claim_beyond_quote(label, quote) {
                f.fail(
                    "label",
                    format!("says \"{word}\", which its quote does not say: quote the sentence that does, or drop the word"),
                );
            }
        }
        f.finish();
        if let Some(id) = &parts.0 {
            claim(id, &path, &mut errors);
        }
        if let (Some(id), Some(date), Some(label), Some(quote)) = parts {
            events.push(Event {
                id,
                date,
                label,
                quote,
            });
        }
    }

    let mut figures = Vec::new();
    for (i, t) in tables(&root, "figure", &mut errors).into_iter().enumerate() {
        let path = format!("figure[{i}]");
        let mut f = Fields::new(t, path.clone(), &mut errors);
        let id = f.text("id");
        let label = f.text("label");
        let value = f.number("value");
        let unit = f.choice("unit", Unit::parse, &unit_keys);
        let decimals = f.small_int("decimals", 3);
        let period = f.text("period");
        let as_of = f.date("as_of", today);
        let as_of_inferred = f.opt_text("as_of_inferred");
        let publisher = f.text("publisher");
        let status = f.choice("status", Status::parse, &["reported", "context"]);
        let quote = f.opt_text("quote");
        let citation = f.opt_text("citation");
        let url = f.opt_text("url");
        let bound = if t.contains_key("bound") {
            f.choice("bound", Bound::parse, &["exact", "at_least", "at_most"])
        } else {
            f.used.push("bound");
            Some(Bound::Exact)
        };
        let card = f.choice("card", Card::parse, &card_keys);
        let series = f.opt_choice("series", Series::parse, &series_keys);
        let key = f.flag("key");

        if let (Some(v), Some(u)) = (value, unit) {
            if !v.is_finite() {
                f.fail("value", "must be a finite number");
            } else if u == Unit::Percent && !(v > -100.0 && v < 1000.0) {
                f.fail(
                    "value",
                    format!("a growth rate must be between -100 and 1000 percent, found {v}"),
                );
            } else if u != Unit::Percent && v <= 0.0 {
                f.fail("value", format!("must be greater than zero, found {v}"));
            }
        }
        match status {
            Some(Status::Reported) if quote.is_none() && !t.contains_key("quote") => f.fail(
                "quote",
                "is missing: a reported figure needs the sentence quoted from the article",
            ),
            Some(Status::Context) if citation.is_none() && !t.contains_key("citation") => f.fail(
                "citation",
                "is missing: a context figure needs the source it comes from",
            ),
            _ => {}
        }
        if let Some(u) = &url {
            if !(u.starts_with("https://") || u.starts_with("http://"))
                || u.contains(char::is_whitespace)
            {
                f.fail(
                    "url",
                    format!("must be a web address starting with https://, found \"{u}\""),
                );
            }
        }
        if let Some(c) = &citation {
            // The page already says "context, not in the article" before every citation.
            let lower = c.to_lowercase();
            if lower.contains("not in the source") || lower.contains("not in the article") {
                f.fail("citation", "must not say that it is not in the article: the page says so before every citation; give only the source");
            }
        }
        f.finish();
        if let Some(id) = &id {
            claim(id, &path, &mut errors);
        }
        if let (
            Some(id),
            Some(label),
            Some(value),
            Some(unit),
            Some(decimals),
            Some(period),
            Some(as_of),
            Some(publisher),
            Some(status),
            Some(bound),
            Some(card),
        ) = (
            id, label, value, unit, decimals, period, as_of, publisher, status, bound, card,
        ) {
            figures.push(Figure {
                id,
                label,
                value,
                unit,
                decimals,
                period,
                as_of,
                as_of_inferred,
                publisher,
                status,
                quote,
                citation,
                url,
                bound,
                card,
                series,
                key,
            });
        }
    }

    // Units and bounds of everything a derivation may use, filled in file order so that a
    // derivation can only use what is defined before it (no cycles by construction).
    let mut known: HashMap<String, (Unit, Bound)> = figures
        .iter()
        .map(|f| (f.id.clone(), (f.unit, f.bound)))
        .collect();
    let event_ids: Vec<&str> = events.iter().map(|e| e.id.as_str()).collect();
    let mut derived = Vec::new();
    for (i, t) in tables(&root, "derived", &mut errors)
        .into_iter()
        .enumerate()
    {
        let path = format!("derived[{i}]");
        let mut f = Fields::new(t, path.clone(), &mut errors);
        let id = f.text("id");
        let label = f.text("label");
        let method = f.choice("method", Method::parse, &method_keys);
        let inputs = f.text_list("inputs");
        if f.get("decimals").is_some() {
            f.fail(
                "decimals",
                "is not set by hand on a derived value: its precision follows from its inputs' (README, \"Precision\"); remove it",
            );
        }
        let period = f.text("period");
        let card = f.choice("card", Card::parse, &card_keys);
        let series = f.opt_choice("series", Series::parse, &series_keys);
        let key = f.flag("key");
        let note = f.opt_text("note");

        let mut signature = None;
        if let (Some(method), Some(inputs)) = (method, &inputs) {
            if method.takes_event() {
                let missing: Vec<&String> = inputs
                    .iter()
                    .filter(|id| !event_ids.contains(&id.as_str()))
                    .collect();
                if inputs.len() != 1 {
                    f.fail("inputs", "years_since needs exactly one event id");
                } else if !missing.is_empty() {
                    f.fail(
                        "inputs",
                        format!("\"{}\" is not the id of an [[event]]", missing[0]),
                    );
                } else {
                    signature = Some((Unit::Years, Bound::Exact));
                }
            } else {
                let found: Vec<Option<(Unit, Bound)>> =
                    inputs.iter().map(|id| known.get(id).copied()).collect();
                if let Some(pos) = found.iter().position(Option::is_none) {
                    f.fail(
                        "inputs",
                        format!(
                            "\"{}\" is not the id of a figure or of a derived value defined above it",
                            inputs[pos]
                        ),
                    );
                } else {
                    let units: Vec<Unit> = found.iter().flatten().map(|(u, _)| *u).collect();
                    let bounds: Vec<Bound> = found.iter().flatten().map(|(_, b)| *b).collect();
                    match (method.output_unit(&units), method.output_bound(&bounds)) {
                        (Err(reason), _) => f.fail("inputs", reason),
                        (Ok(_), None) => f.fail(
                            "inputs",
                            "the inputs' bounds (more than / at most) pull in opposite directions, so the result has no bound",
                        ),
                        (Ok(u), Some(b)) => signature = Some((u, b)),
                    }
                }
            }
        }
        f.finish();
        if let Some(id) = &id {
            claim(id, &path, &mut errors);
        }
        if let (
            Some(id),
            Some(label),
            Some(method),
            Some(inputs),
            Some((unit, bound)),
            Some(period),
            Some(card),
        ) = (id, label, method, inputs, signature, period, card)
        {
            known.insert(id.clone(), (unit, bound));
            derived.push(Derived {
                id,
                label,
                method,
                inputs,
                unit,
                bound,
                period,
                card,
                series,
                key,
                note,
            });
        }
    }

    if figures.is_empty() && !errors.iter().any(|(p, _)| p.starts_with("figure")) {
        errors.push(("figure".into(), "there are no [[figure]] entries".into()));
    }

    match (errors.is_empty(), sheet) {
        (true, (Some(title), Some(subtitle), Some(article_title), Some(article_published))) => {
            Ok(Data {
                sheet: Sheet {
                    title,
                    subtitle,
                    article_title,
                    article_published,
                    article_published_inferred,
                },
                figures,
                derived,
                events,
            })
        }
        _ => Err(errors
            .into_iter()
            .map(|(field, reason)| DataError {
                file: file.to_string(),
                field,
                reason,
            })
            .collect()),
    }
}
