//! Downloads generated in the browser: a chart's data as CSV, and the whole data set with its
//! sources and derivations as JSON. Written by hand (no serde in the wasm): the shapes are
//! small and fixed; the JSON writer's pieces are in `core::json`.

use super::data::{Dataset, Derived, Event, Figure};
use super::derive::Computed;
use super::format;
use super::json::{json_number, json_opt};
use super::sheet::ChartView;

/// The JSON writer's string literal, here since before it had a module of its own.
pub use super::json::json_string;

/// A plain number as the tables write it ("-2.3", "+1,250.5"): the only text that may start
/// with a sign unprefixed. (Checked by hand: `str::parse::<f64>` costs the wasm 3.9 KB.)
fn is_number(text: &str) -> bool {
    let digits = text.strip_prefix(['+', '-']).unwrap_or(text);
    digits.starts_with(|c: char| c.is_ascii_digit())
        && digits
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
}

/// A CSV field, quoted when it holds a comma, quote or line break (RFC 4180). A leading
/// `= + - @` is prefixed with `'` so a spreadsheet does not run it as a formula.
pub(crate) fn csv_field(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@']) && !is_number(text) {
        format!("'{text}")
    } else {
        text.to_string()
    };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// Which of a chart's two CSV files.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Table {
    /// The values as the chart shows them, in the reader's units.
    Shown,
    /// The values in the data file's units, whatever the view: what a script reads.
    DataFile,
}

/// The chart's rows with a comment line naming the source: `label,value (unit),origin`. The
/// origin is data: the same English key in every language, for spreadsheets and scripts.
pub fn csv(chart: &ChartView, page_title: &str, table: Table) -> String {
    let (unit, rows) = match table {
        Table::Shown => (&chart.unit, &chart.rows),
        Table::DataFile => (&chart.data_unit, &chart.data_rows),
    };
    let mut out = format!(
        "# {} — {}. Source: {}.\n",
        page_title.replace('\n', " "),
        // What the table holds (the unit's title), not the finding drawn from it.
        if chart.subtitle.is_empty() {
            &chart.title
        } else {
            &chart.subtitle
        }
        .replace('\n', " "),
        chart.source.replace('\n', " ")
    );
    out.push_str(&format!(
        "{},{},{}\n",
        csv_field("label"),
        csv_field(&format!("value ({unit})")),
        "origin"
    ));
    for row in rows {
        // Numbers without thousands separators, so spreadsheets read them as numbers.
        out.push_str(&format!(
            "{},{},{}\n",
            csv_field(&row.label),
            csv_field(&row.value.replace(',', "")),
            row.origin.key()
        ));
    }
    out
}

/// Every figure with its source, every derived value with its formula, every event.
pub fn json(data: &Dataset, c: &Computed) -> String {
    let s = &data.sheet;
    let mut out = String::from("{\n");
    out.push_str(&format!("  \"title\": {},\n", json_string(s.title)));
    out.push_str(&format!(
        "  \"article\": {{ \"title\": {}, \"published\": {}, \"published_inferred\": {} }},\n",
        json_string(s.article_title),
        json_string(&format::iso_date(s.article_published)),
        json_opt(s.article_published_inferred)
    ));
    let figures: Vec<String> = data.figures.iter().map(|f| figure_json(f, c)).collect();
    out.push_str(&format!(
        "  \"figures\": [\n{}\n  ],\n",
        figures.join(",\n")
    ));
    let derived: Vec<String> = data
        .derived
        .iter()
        .filter_map(|d| derived_json(d, c))
        .collect();
    out.push_str(&format!(
        "  \"derived\": [\n{}\n  ],\n",
        derived.join(",\n")
    ));
    let events: Vec<String> = data.events.iter().map(event_json).collect();
    out.push_str(&format!(
        "  \"events\": [\n{}\n  ]\n}}\n",
        events.join(",\n")
    ));
    out
}

/// A figure of the JSON download, with its source.
fn figure_json(f: &Figure, c: &Computed) -> String {
    // Where the true value lies: its rounding, open on the side its bound leaves open.
    let range = c.item(f.id).map_or((f.value, f.value), |i| i.range);
    format!(
        "    {{ \"id\": {}, \"label\": {}, \"value\": {}, \"range\": [{}, {}], \"unit\": {}, \"bound\": {}, \"period\": {}, \"as_of\": {}, \"as_of_inferred\": {}, \"publisher\": {}, \"status\": {}, \"quote\": {}, \"citation\": {}, \"url\": {}, \"source_title\": {}, \"source_date\": {}, \"source_site\": {} }}",
        json_string(f.id),
        json_string(f.label),
        json_number(f.value),
        json_number(range.0),
        json_number(range.1),
        json_string(f.unit.key()),
        json_string(f.bound.key()),
        json_string(f.period),
        json_string(&format::iso_date(f.as_of)),
        json_opt(f.as_of_inferred),
        json_string(f.publisher),
        json_string(f.status.key()),
        json_opt(f.quote),
        json_opt(f.citation),
        json_opt(f.url),
        json_opt(f.source_title),
        json_opt(f.source_date.map(format::iso_date).as_deref()),
        json_opt(f.source_site),
    )
}

/// A derived value of the JSON download, with its formula (none if it was not computed).
fn derived_json(d: &Derived, c: &Computed) -> Option<String> {
    let item = c.item(d.id)?;
    let how = c.derivation(d.id)?;
    let inputs: Vec<String> = d.inputs.iter().map(|i| json_string(i)).collect();
    Some(format!(
        "    {{ \"id\": {}, \"label\": {}, \"value\": {}, \"range\": [{}, {}], \"decimals\": {}, \"approximate\": {}, \"unit\": {}, \"bound\": {}, \"period\": {}, \"method\": {}, \"inputs\": [{}], \"formula\": {}, \"note\": {} }}",
        json_string(d.id),
        json_string(d.label),
        json_number(item.value),
        json_number(how.range.0),
        json_number(how.range.1),
        how.decimals,
        item.approximate(),
        json_string(d.unit.key()),
        json_string(d.bound.key()),
        json_string(d.period),
        json_string(d.method.key()),
        inputs.join(", "),
        json_string(&how.formula),
        json_opt(d.note),
    ))
}

/// An event of the JSON download.
fn event_json(e: &Event) -> String {
    format!(
        "    {{ \"id\": {}, \"date\": {}, \"label\": {}, \"quote\": {} }}",
        json_string(e.id),
        json_string(&format::iso_date(e.date)),
        json_string(e.label),
        json_string(e.quote)
    )
}

#[cfg(test)]
mod tests {
    use super::{csv_field, json};
    use crate::core::data::DATA;
    use crate::core::testing::computed;

    #[test]
    fn a_bounded_value_has_an_open_side_in_the_json() {
        let text = json(DATA, &computed());
        let v: serde_json::Value = match serde_json::from_str(&text) {
            Ok(v) => v,
            Err(e) => panic!("{e}: {text}"),
        };
        let find = |list: &str, id: &str| {
            v[list]
                .as_array()
                .and_then(|a| a.iter().find(|x| x["id"] == id))
                .cloned()
                .unwrap_or_default()
        };
        let people = find("figures", "karot_people");
        assert_eq!(people["range"], serde_json::json!([4999999.5, null]));
        let per_person = find("derived", "karot_per_person");
        assert_eq!(per_person["range"][0], serde_json::Value::Null);
        assert!(per_person["range"][1]
            .as_f64()
            .is_some_and(|h| h > 729.0 && h < 729.001));
        let trade = &find("figures", "trade_2024")["range"];
        assert!(
            trade[0].as_f64().is_some_and(|l| (l - 23.055).abs() < 1e-9),
            "{trade}"
        );
        assert!(
            trade[1].as_f64().is_some_and(|h| (h - 23.065).abs() < 1e-9),
            "{trade}"
        );
    }

    #[test]
    fn a_field_that_a_spreadsheet_would_run_is_defused_but_numbers_are_not() {
        assert_eq!(csv_field("-5"), "-5");
        assert_eq!(csv_field("+11.1"), "+11.1");
        assert_eq!(csv_field("-1,250.5"), "\"-1,250.5\"");
        assert_eq!(csv_field("=1+1"), "'=1+1");
        assert_eq!(csv_field("-1+cmd"), "'-1+cmd");
        assert_eq!(csv_field("+"), "'+");
        assert_eq!(csv_field("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(csv_field("-inf"), "'-inf");
    }
}
