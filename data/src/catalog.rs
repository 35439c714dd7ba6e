//! Reading and checking the translation files (`static/i18n/<lang>.toml`) at build time.
//!
//! `build.rs` generates the `Strings` struct and one static per language from them; the native
//! tests feed it broken catalogs. A catalog has two tables:
//! - `[ui]`: every interface string, by key. English defines the keys; every other language
//!   must have exactly the same keys, with the same `{placeholders}`.
//! - `[data]`: translations of the data file's texts, keyed by the English text itself, so a
//!   text used by several figures is translated once and a changed English text shows up as a
//!   missing translation. English has none (the data file is English).
//!
//! Every error names the file, the key and the reason, in one line, like the data file's.

use std::collections::{BTreeMap, BTreeSet};
use toml::{Table, Value};

/// One language's strings.
#[derive(Debug, Clone, Default)]
pub struct Catalog {
    pub file: String,
    pub ui: BTreeMap<String, String>,
    pub data: BTreeMap<String, String>,
    /// The comment lines above each `[ui]` key in the file, kept for the generated docs.
    pub docs: BTreeMap<String, String>,
}

/// One problem with a catalog: `file: key: reason`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogError {
    pub file: String,
    pub key: String,
    pub reason: String,
}

impl std::fmt::Display for CatalogError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}: {}", self.file, self.key, self.reason)
    }
}

fn err(file: &str, key: &str, reason: impl Into<String>) -> CatalogError {
    CatalogError {
        file: file.to_string(),
        key: key.to_string(),
        reason: reason.into(),
    }
}

/// A `[ui]` key must be usable as a Rust field name.
fn valid_key(key: &str) -> bool {
    let mut chars = key.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// The `{name}` placeholders of a string.
pub fn placeholders(text: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        let after = &rest[start + 1..];
        match after.find('}') {
            Some(end) => {
                let name = &after[..end];
                if !name.is_empty()
                    && name
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
                {
                    found.insert(name.to_string());
                }
                rest = &after[end + 1..];
            }
            None => break,
        }
    }
    found
}

/// The comment block right above each `key = ...` line of the `[ui]` table.
fn comments(text: &str) -> BTreeMap<String, String> {
    let mut docs = BTreeMap::new();
    let mut pending: Vec<&str> = Vec::new();
    for line in text.lines() {
        let line = line.trim();
        if let Some(c) = line.strip_prefix('#') {
            pending.push(c.trim());
        } else if let Some((key, _)) = line.split_once('=') {
            let key = key.trim();
            if valid_key(key) && !pending.is_empty() {
                docs.insert(key.to_string(), pending.join(" "));
            }
            pending.clear();
        } else {
            pending.clear();
        }
    }
    docs
}

fn strings(
    file: &str,
    root: &Table,
    name: &str,
    errors: &mut Vec<CatalogError>,
) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let table = match root.get(name) {
        None => return out,
        Some(Value::Table(t)) => t,
        Some(other) => {
            errors.push(err(
                file,
                name,
                format!("must be a table ([{name}]), found {}", other.type_str()),
            ));
            return out;
        }
    };
    for (key, value) in table {
        let path = format!("{name}.{key:?}");
        match value {
            Value::String(s) if s.trim().is_empty() => {
                errors.push(err(file, &path, "is empty; write the translation"));
            }
            Value::String(s) => {
                out.insert(key.clone(), s.clone());
            }
            other => errors.push(err(
                file,
                &path,
                format!("must be text in quotes, found {}", other.type_str()),
            )),
        }
    }
    out
}

/// Parses one catalog file; syntax and shape errors only (the cross-checks are in [`check`]).
pub fn load(file: &str, text: &str) -> Result<Catalog, Vec<CatalogError>> {
    let root: Table = text.parse().map_err(|e: toml::de::Error| {
        let reason = e.to_string().replace('\n', " ").trim().to_string();
        vec![err(file, "(syntax)", format!("not valid TOML: {reason}"))]
    })?;
    let mut errors = Vec::new();
    for key in root.keys() {
        if key != "ui" && key != "data" {
            errors.push(err(file, key, "is not a known table (known: ui, data)"));
        }
    }
    let ui = strings(file, &root, "ui", &mut errors);
    for key in ui.keys() {
        if !valid_key(key) {
            errors.push(err(
                file,
                &format!("ui.{key}"),
                "keys are lower case letters, digits and _ (a Rust field name)",
            ));
        }
    }
    let data = strings(file, &root, "data", &mut errors);
    if errors.is_empty() {
        Ok(Catalog {
            file: file.to_string(),
            ui,
            data,
            docs: comments(text),
        })
    } else {
        Err(errors)
    }
}

/// Checks the other languages against English, and their `[data]` tables against the data
/// file's texts (`sources`: every English text of the data file that readers see).
pub fn check(en: &Catalog, others: &[&Catalog], sources: &BTreeSet<String>) -> Vec<CatalogError> {
    let mut errors = Vec::new();
    if en.ui.is_empty() {
        errors.push(err(&en.file, "ui", "has no strings"));
    }
    for key in en.data.keys() {
        errors.push(err(
            &en.file,
            &format!("data.{key:?}"),
            "English needs no [data] translations: the data file is English",
        ));
    }
    for other in others {
        for (key, text) in &en.ui {
            match other.ui.get(key) {
                None => errors.push(err(
                    &other.file,
                    &format!("ui.{key}"),
                    format!("is missing (English: {text:?})"),
                )),
                Some(t) => {
                    let (want, got) = (placeholders(text), placeholders(t));
                    if want != got {
                        errors.push(err(
                            &other.file,
                            &format!("ui.{key}"),
                            format!("has placeholders {got:?}, English has {want:?}"),
                        ));
                    }
                }
            }
        }
        for key in other.ui.keys().filter(|k| !en.ui.contains_key(*k)) {
            errors.push(err(
                &other.file,
                &format!("ui.{key}"),
                format!("is not a key of {}: remove it or add it there", en.file),
            ));
        }
        for text in sources.iter().filter(|t| !other.data.contains_key(*t)) {
            errors.push(err(
                &other.file,
                &format!("data.{text:?}"),
                "is missing: the data file uses this text; add its translation",
            ));
        }
        for key in other.data.keys().filter(|k| !sources.contains(*k)) {
            errors.push(err(
                &other.file,
                &format!("data.{key:?}"),
                "is not a text of the data file (changed or removed?): update or remove it",
            ));
        }
    }
    errors
}

/// Every text of the data file a reader sees, which each other language must translate.
pub fn texts(data: &crate::schema::Data) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let sh = &data.sheet;
    out.extend([
        sh.title.clone(),
        sh.subtitle.clone(),
        sh.article_title.clone(),
    ]);
    out.extend(sh.article_published_inferred.iter().cloned());
    for f in &data.figures {
        out.extend([f.label.clone(), f.period.clone(), f.publisher.clone()]);
        out.extend(f.quote.iter().chain(&f.citation).cloned());
        out.extend(f.as_of_inferred.iter().cloned());
    }
    for d in &data.derived {
        out.extend([d.label.clone(), d.period.clone()]);
        out.extend(d.note.iter().cloned());
    }
    for e in &data.events {
        out.extend([e.label.clone(), e.quote.clone()]);
        out.extend(e.date_inferred.iter().cloned());
    }
    out
}
