//! The JSON writer (by hand: no serde in the wasm): string literals, safe to inline in HTML,
//! and optional strings and numbers as `null`. Used by the exports, the data package, the
//! citations and the oEmbed document.

/// A JSON string literal.
pub fn json_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            // Keeps the text safe to inline in HTML too.
            '<' => out.push_str("\\u003c"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A JSON string, or `null`.
pub(crate) fn json_opt(text: Option<&str>) -> String {
    text.map(json_string).unwrap_or_else(|| "null".into())
}

/// A JSON number, or `null` for an infinite end of a range (and NaN).
pub(crate) fn json_number(v: f64) -> String {
    if v.is_finite() {
        format!("{v}")
    } else {
        "null".into()
    }
}
