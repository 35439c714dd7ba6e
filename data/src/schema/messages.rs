//! serde's messages in an editor's words, and where in the file a field is.
//!
//! serde words its errors for programmers ("invalid type: string \"x\", expected f64"); the
//! build speaks to whoever edits the data file ("must be a number without quotes, found
//! string"). Only serde's standard shapes are reworded; a rule's or a field type's own
//! message (`custom`) passes through.

/// `path` is where serde was (`figure[2].value`, or `.` at the top); `message` its error.
/// Returns the field the message is about and the reason.
pub(super) fn reword(path: &str, message: &str) -> (String, String) {
    let top = path == ".";
    let within = |name: &str| {
        if top {
            name.to_string()
        } else {
            format!("{path}.{name}")
        }
    };
    // The first line only: toml's syntax errors add a caret diagram below.
    let message = message.lines().next().unwrap_or("").trim();
    if let Some(name) = quoted(message, "missing field `") {
        return (within(name), "is missing".into());
    }
    if message.starts_with("unknown field `") {
        let what = if path.contains(['.', '[']) {
            "field"
        } else {
            "section"
        };
        return (
            path.to_string(),
            format!("is not a known {what} (known: {})", expected_names(message)),
        );
    }
    for (start, shows) in [
        ("invalid type: ", Shows::Kind),
        ("invalid value: ", Shows::Value),
    ] {
        if let Some((found, expected)) = message
            .strip_prefix(start)
            .and_then(|rest| rest.rsplit_once(", expected "))
        {
            let found = match shows {
                Shows::Kind => kind(found).to_string(),
                Shows::Value => found.replace('`', ""),
            };
            let wanted = if !top && !path.contains('.') && expected == "a sequence" {
                // A section written once where it takes entries: `figure = ...`.
                format!("written as [[{path}]] tables")
            } else {
                wanted(expected).to_string()
            };
            return (path.to_string(), format!("must be {wanted}, found {found}"));
        }
    }
    if top || path.is_empty() {
        return ("(syntax)".into(), format!("not valid TOML: {message}"));
    }
    (path.to_string(), message.to_string())
}

enum Shows {
    Kind,
    Value,
}

/// The name between `start` and the next backtick.
fn quoted<'m>(message: &'m str, start: &str) -> Option<&'m str> {
    message.strip_prefix(start)?.split('`').next()
}

/// serde's list of expected names (`expected one of `a`, `b``), as `a, b`.
fn expected_names(message: &str) -> String {
    let list = message.split_once("expected").map_or("", |(_, l)| l);
    let names: Vec<&str> = list
        .split('`')
        .skip(1)
        .step_by(2)
        .filter(|n| !n.is_empty())
        .collect();
    names.join(", ")
}

/// serde's name for what it found (`string "x"`, `integer `3``) as TOML calls it.
fn kind(found: &str) -> &'static str {
    let first = found.split([' ', '`']).next().unwrap_or("");
    match first {
        "string" | "character" => "string",
        "integer" => "integer",
        "floating" => "float",
        "boolean" => "boolean",
        "sequence" => "array",
        "map" => "table",
        _ => "something else",
    }
}

/// What a Rust type's visitor expects, as an editor writes it.
fn wanted(expected: &str) -> &str {
    match expected {
        "f64" | "f32" => "a number without quotes",
        "u8" | "u16" | "u32" | "u64" | "i64" => "a whole number",
        "a string" => "text in quotes",
        "a boolean" => "true or false",
        "a sequence" => "a list like [\"a\", \"b\"]",
        e if e.starts_with("struct ") => "a table",
        e => e,
    }
}

/// The 1-based line of byte `offset` in `text`.
pub(super) fn line_at(text: &str, offset: usize) -> usize {
    let end = offset.min(text.len());
    text.as_bytes()[..end]
        .iter()
        .filter(|b| **b == b'\n')
        .count()
        + 1
}

/// The line a field path (`figure[2].unit`, `sheet.title`, `derived[0]`) is on, for files laid
/// out as TOML usually is (`[[figure]]` headers, one `key = value` per line): the field's own
/// line, or its entry's header when the field is not written. `None` when neither is found.
pub(super) fn locate(text: &str, path: &str) -> Option<usize> {
    let (entry, key) = match path.split_once('.') {
        Some((entry, rest)) => (entry, Some(rest.split(['.', '[']).next().unwrap_or(rest))),
        None => (path, None),
    };
    let (section, index) = match entry.split_once('[') {
        Some((s, i)) => (s, i.trim_end_matches(']').parse::<usize>().ok()),
        None => (entry, None),
    };
    let mut seen = 0;
    let mut header = None;
    let mut inside = false;
    for (n, line) in text.lines().enumerate() {
        let t = line.trim();
        if t.starts_with('[') {
            let array = t.starts_with("[[");
            let name = t
                .trim_start_matches('[')
                .split(']')
                .next()
                .unwrap_or("")
                .trim();
            inside = false;
            if name == section {
                inside = match (array, index) {
                    (true, Some(i)) => {
                        seen += 1;
                        seen - 1 == i
                    }
                    (false, None) => true,
                    _ => false,
                };
                if inside {
                    header = Some(n + 1);
                }
            }
        } else if inside {
            let written = t.split('=').next().map(str::trim);
            if key.is_some() && written == key {
                return Some(n + 1);
            }
        }
    }
    header
}

#[cfg(test)]
mod tests {
    use super::*;

    fn says(path: &str, message: &str) -> String {
        let (field, reason) = reword(path, message);
        format!("{field}: {reason}")
    }

    #[test]
    fn serde_shapes_are_reworded() {
        assert_eq!(
            says(
                "figure[1].value",
                "invalid type: string \"x\", expected f64"
            ),
            "figure[1].value: must be a number without quotes, found string"
        );
        assert_eq!(
            says("figure[1]", "missing field `publisher`"),
            "figure[1].publisher: is missing"
        );
        assert_eq!(says(".", "missing field `sheet`"), "sheet: is missing");
        assert_eq!(
            says(
                "figure[0].soruce",
                "unknown field `soruce`, expected one of `id`, `label`"
            ),
            "figure[0].soruce: is not a known field (known: id, label)"
        );
        assert_eq!(
            says(
                "figures",
                "unknown field `figures`, expected one of `sheet`, `figure`"
            ),
            "figures: is not a known section (known: sheet, figure)"
        );
        assert_eq!(
            says(
                "figure[0].key",
                "invalid type: integer `3`, expected a boolean"
            ),
            "figure[0].key: must be true or false, found integer"
        );
        assert_eq!(
            says(
                "figure[0].decimals",
                "invalid value: integer `-1`, expected u8"
            ),
            "figure[0].decimals: must be a whole number, found integer -1"
        );
        assert_eq!(
            says("figure", "invalid type: integer `3`, expected a sequence"),
            "figure: must be written as [[figure]] tables, found integer"
        );
        assert_eq!(
            says(
                "derived[0].inputs",
                "invalid type: string \"a\", expected a sequence"
            ),
            "derived[0].inputs: must be a list like [\"a\", \"b\"], found string"
        );
        // A field type's own message is kept.
        assert_eq!(
            says("figure[0].unit", "\"furlongs\" is not one of: km"),
            "figure[0].unit: \"furlongs\" is not one of: km"
        );
    }

    #[test]
    fn fields_are_found_on_their_lines() {
        let text = "[sheet]\ntitle = \"T\"\n\n[[figure]]\nid = \"a\"\n\n[[figure]]\nid = \"b\"\nvalue = 3\n";
        assert_eq!(locate(text, "sheet.title"), Some(2));
        assert_eq!(locate(text, "figure[0].id"), Some(5));
        assert_eq!(locate(text, "figure[1].value"), Some(9));
        // Not written: the entry's header.
        assert_eq!(locate(text, "figure[1].unit"), Some(7));
        assert_eq!(locate(text, "figure[2].unit"), None);
        assert_eq!(locate(text, "derived[0].inputs"), None);
        assert_eq!(line_at(text, 0), 1);
        assert_eq!(line_at(text, text.find("value").unwrap_or(0)), 9);
    }
}
