//! The figures as a Frictionless Data Package, for researchers: `figures.csv` (every figure on
//! the sheet, reported, context and derived, one row each) and `datapackage.json` (its Table
//! Schema, licence and sources, and the data file beside it). Written by the pre-render from
//! the English dataset, as published; validated in `make test` by the `frictionless` tool.

use super::data::{Dataset, Status};
use super::derive::{Computed, Item, Origin};
use super::export::csv_field;
use super::format::iso_date;
use super::json::{json_number, json_opt, json_string};
use super::model::{Bound, Date, Unit};

/// The columns of `figures.csv`, in order: (name, Table Schema type, description).
pub const COLUMNS: [(&str, &str, &str); 14] = [
    ("id", "string", "Stable identifier of the figure, as in the data file."),
    ("label", "string", "What the figure measures."),
    ("value", "number", "The value, in `unit`. A derived value is rounded to the decimals its inputs' precision supports."),
    ("low", "number", "The least the value can be, given that the inputs are rounded (for a stated figure, half a unit of its last digit below it). Empty when there is no lower end: the figure is an upper bound (bound at_most)."),
    ("high", "number", "The most the value can be, given that the inputs are rounded. Empty when there is no upper end: the figure is a lower bound (bound at_least), such as \"more than 5 million people\"."),
    ("unit", "string", "usd_bn: billions of US dollars; percent: percent; jobs: jobs; km: kilometres; mw: megawatts; kwh_bn: billions of kilowatt-hours; people: people; kwh_per_person: kilowatt-hours per person; years: whole years."),
    ("period", "string", "The period the figure covers, in words."),
    ("as_of", "string", "The date the figure is as of (YYYY, YYYY-MM or YYYY-MM-DD); empty for derived values."),
    ("status", "string", "reported: stated in the source article; context: from another cited source; derived: computed by the fact sheet from other figures."),
    ("bound", "string", "exact; at_least: the true value is at least this (\"more than\"); at_most: at most this."),
    ("publisher", "string", "Who states the figure; empty for derived values."),
    ("quote_or_citation", "string", "Reported: the sentence of the source article that states it. Context: the source it comes from. Empty for derived values."),
    ("formula", "string", "Derived values: the computation, with the inputs as published."),
    ("inputs", "string", "Derived values: the ids of the figures (or the event) it is computed from, separated by spaces."),
];

/// A number rounded to `places` decimals, towards `down` or up (so that a range written out
/// still holds the true one), without float noise.
fn rounded(value: f64, places: u8, dir: Option<bool>) -> String {
    // An open end ("more than 5 million" has no upper one) is an empty field: missing.
    if !value.is_finite() {
        return String::new();
    }
    let scale = 10f64.powi(i32::from(places));
    let scaled = value * scale;
    // 1e-9 absorbs float noise (726.99999999 is 727).
    let whole = match dir {
        Some(true) => (scaled + 1e-9).floor(),
        Some(false) => (scaled - 1e-9).ceil(),
        None => scaled.round(),
    };
    json_number(whole / scale)
}

fn row(data: &Dataset, c: &Computed, item: &Item) -> Vec<String> {
    let figure = data.figure(item.id);
    let how = c.derivation(item.id);
    let decimals = how.map_or(item.decimals, |h| h.decimals);
    let status = match (item.origin, figure.map(|f| f.status)) {
        (Origin::Derived, _) | (_, None) => "derived",
        (_, Some(s)) => s.key(),
    };
    let source = figure.and_then(|f| match f.status {
        Status::Reported => f.quote,
        Status::Context => f.citation,
    });
    let inputs = how
        .map(|h| h.inputs.iter().map(|i| i.id).collect::<Vec<_>>().join(" "))
        .unwrap_or_default();
    vec![
        item.id.to_string(),
        item.label.to_string(),
        rounded(item.value, decimals, None),
        rounded(item.range.0, decimals + 1, Some(true)),
        rounded(item.range.1, decimals + 1, Some(false)),
        item.unit.key().to_string(),
        item.period.to_string(),
        figure.map(|f| iso_date(f.as_of)).unwrap_or_default(),
        status.to_string(),
        item.bound.key().to_string(),
        figure.map(|f| f.publisher.to_string()).unwrap_or_default(),
        source.unwrap_or_default().to_string(),
        how.map(|h| h.formula.clone()).unwrap_or_default(),
        inputs,
    ]
}

/// `figures.csv`: a header, then every figure in the data file's order, then every derived
/// value. RFC 4180, UTF-8, no comment line (the package describes it).
pub fn figures_csv(data: &Dataset, c: &Computed) -> String {
    let header: Vec<&str> = COLUMNS.iter().map(|(name, _, _)| *name).collect();
    let mut out = header.join(",") + "\r\n";
    for item in &c.items {
        let fields: Vec<String> = row(data, c, item).iter().map(|f| csv_field(f)).collect();
        out.push_str(&fields.join(","));
        out.push_str("\r\n");
    }
    out
}

/// A JSON array of strings.
fn strings(items: &[&str]) -> String {
    let quoted: Vec<String> = items.iter().map(|s| json_string(s)).collect();
    format!("[{}]", quoted.join(", "))
}

/// The package's sources: the article, its date marked where inferred; each publisher it
/// quotes, as cited in it; and the real work behind each context figure.
fn sources(data: &Dataset) -> Vec<String> {
    let s = &data.sheet;
    let inferred = if s.article_published_inferred.is_some() {
        " [date inferred]"
    } else {
        ""
    };
    let mut sources = vec![format!(
        "{{ \"title\": {} }}",
        json_string(&format!(
            "{} (the source article, {}{inferred}; it names no outlet)",
            s.article_title,
            iso_date(s.article_published)
        ))
    )];
    let mut seen: Vec<&str> = Vec::new();
    for f in data.figures {
        let key = f.source_title.unwrap_or(f.publisher);
        if seen.contains(&key) {
            continue;
        }
        seen.push(key);
        let title = match (f.status, f.source_title, f.source_date) {
            (Status::Context, Some(t), Some(d)) => {
                let site = f.source_site.map(|x| format!(", {x}")).unwrap_or_default();
                format!(
                    "{}, \u{201c}{t}\u{201d}{site}, {}",
                    f.publisher,
                    iso_date(d)
                )
            }
            _ => format!("{}, as cited in the source article", f.publisher),
        };
        sources.push(match f.url.filter(|_| f.status == Status::Context) {
            Some(u) => format!(
                "{{ \"title\": {}, \"path\": {} }}",
                json_string(&title),
                json_string(u)
            ),
            None => format!("{{ \"title\": {} }}", json_string(&title)),
        });
    }
    sources
}

/// The Table Schema's fields: each column of `figures.csv` with its type, description and
/// constraints.
fn schema_fields() -> Vec<String> {
    let units: Vec<&str> = Unit::ALL.iter().map(|u| u.key()).collect();
    let bounds: Vec<&str> = Bound::ALL.iter().map(|b| b.key()).collect();
    let statuses: Vec<&str> = Origin::ALL.iter().map(|o| o.key()).collect();
    COLUMNS
        .iter()
        .map(|(name, kind, about)| {
            let constraints = match *name {
                "id" => "{ \"required\": true, \"unique\": true, \"pattern\": \"[a-z][a-z0-9_]*\" }".to_string(),
                "label" | "value" | "period" => "{ \"required\": true }".to_string(),
                "unit" => format!("{{ \"required\": true, \"enum\": {} }}", strings(&units)),
                "status" => format!("{{ \"required\": true, \"enum\": {} }}", strings(&statuses)),
                "bound" => format!("{{ \"required\": true, \"enum\": {} }}", strings(&bounds)),
                "as_of" => "{ \"pattern\": \"[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?\" }".to_string(),
                _ => "{}".to_string(),
            };
            format!(
                "        {{ \"name\": {}, \"type\": {}, \"description\": {}, \"constraints\": {constraints} }}",
                json_string(name),
                json_string(kind),
                json_string(about)
            )
        })
        .collect()
}

/// `datapackage.json`: the package (name, title, licence, sources, the day it was built) and
/// its two resources, `figures.csv` with its Table Schema and the data file `data.toml`.
pub fn datapackage_json(data: &Dataset, today: Date) -> String {
    let s = &data.sheet;
    let sources = sources(data);
    let fields = schema_fields();
    format!(
        r#"{{
  "name": "china-pakistan-economic-cooperation-figures",
  "title": {title},
  "description": {description},
  "created": {created},
  "licenses": [{{ "name": "CC-BY-4.0", "title": "Creative Commons Attribution 4.0", "path": "https://creativecommons.org/licenses/by/4.0/" }}],
  "sources": [{sources}],
  "resources": [
    {{
      "name": "figures",
      "path": "figures.csv",
      "profile": "tabular-data-resource",
      "title": {figures_title},
      "format": "csv",
      "mediatype": "text/csv",
      "encoding": "utf-8",
      "schema": {{
        "primaryKey": ["id"],
        "missingValues": [""],
        "fields": [
{fields}
        ]
      }}
    }},
    {{
      "name": "data-file",
      "path": "data.toml",
      "title": "The data file the fact sheet is built from: every figure with its quote or citation, the derivations and the events",
      "format": "toml",
      "mediatype": "application/toml",
      "encoding": "utf-8"
    }}
  ]
}}
"#,
        title = json_string(s.title),
        description = json_string(&format!(
            "{} Every figure on the fact sheet, one row each: reported (quoted from the source article), context (from another cited source) and derived (computed by the fact sheet, with its formula). The licence covers this compilation; quoted sentences remain their publishers'.",
            s.subtitle
        )),
        // A datetime, as the Data Package spec requires: the build day, at midnight UTC.
        created = json_string(&format!("{}T00:00:00Z", iso_date(today))),
        sources = sources.join(", "),
        figures_title = json_opt(Some("Every figure on the sheet, one row each")),
        fields = fields.join(",\n"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::data::DATA;
    use crate::core::testing::{computed, TODAY};

    #[test]
    fn every_figure_is_one_row_with_its_source_or_formula() {
        let csv = figures_csv(DATA, &computed());
        let lines: Vec<&str> = csv.split("\r\n").filter(|l| !l.is_empty()).collect();
        assert_eq!(
            lines[0],
            "id,label,value,low,high,unit,period,as_of,status,bound,publisher,quote_or_citation,formula,inputs"
        );
        assert_eq!(lines.len(), 1 + DATA.figures.len() + DATA.derived.len());
        let trade = lines.iter().find(|l| l.starts_with("trade_2024,")).copied();
        let trade = trade.unwrap_or_default();
        assert!(
            trade.starts_with(
                "trade_2024,Bilateral trade,23.06,23.055,23.065,usd_bn,2024,2024,reported,exact,"
            ),
            "{trade}"
        );
        let derived = lines.iter().find(|l| l.starts_with("trade_2023,")).copied();
        let derived = derived.unwrap_or_default();
        // 23.06 / 1.111 = 20.756..., about 20.8 (20.74 to 20.77).
        assert!(derived.starts_with("trade_2023,"), "{derived}");
        assert!(derived.contains(",20.8,20.74,20.77,usd_bn,"), "{derived}");
        assert!(derived.contains(",derived,exact,,,"), "{derived}");
        assert!(
            derived.ends_with(",trade_2024 trade_growth_2024"),
            "{derived}"
        );
    }

    #[test]
    fn a_bounded_figure_has_an_open_side() {
        let csv = figures_csv(DATA, &computed());
        let row = |id: &str| {
            csv.lines()
                .find(|l| l.starts_with(&format!("{id},")))
                .map(str::to_string)
                .unwrap_or_default()
        };
        // "More than 5 million people": at least 4,999,999.5, no upper end.
        assert!(
            row("karot_people").contains(",5000000,4999999.5,,people,"),
            "{}",
            row("karot_people")
        );
        // Divided by it: at most 729 kWh per person, no lower end.
        assert!(
            row("karot_per_person").contains(",728,,729.1,kwh_per_person,"),
            "{}",
            row("karot_per_person")
        );
        // An exact figure keeps both.
        assert!(row("cpec_highways").contains(",510,509.5,510.5,km,"));
    }

    #[test]
    fn ranges_are_written_outwards() {
        assert_eq!(rounded(f64::INFINITY, 1, Some(false)), "");
        assert_eq!(rounded(20.7449, 2, Some(true)), "20.74");
        assert_eq!(rounded(20.7651, 2, Some(false)), "20.77");
        assert_eq!(rounded(727.0000000001, 0, Some(false)), "727");
        assert_eq!(rounded(20.756, 1, None), "20.8");
    }

    #[test]
    fn the_package_describes_the_csv_and_names_its_sources() {
        let json = datapackage_json(DATA, TODAY);
        assert!(json.contains("\"path\": \"figures.csv\""));
        assert!(json.contains("\"primaryKey\": [\"id\"]"));
        assert!(json.contains("\"created\": \"2026-11-27T00:00:00Z\""));
        for (name, _, _) in COLUMNS {
            assert!(json.contains(&format!("\"name\": \"{name}\"")), "{name}");
        }
        // The article's date is marked inferred; reported publishers are cited through it;
        // the context figure names the real work.
        assert!(
            json.contains("2026-01 [date inferred]; it names no outlet"),
            "{json}"
        );
        assert!(json.contains(
            "\"China's General Administration of Customs, as cited in the source article\""
        ));
        assert!(json.contains("\"Xinhua, \u{201c}CPEC's Karot Hydropower Plant put into full commercial operation\u{201d}, People's Daily Online, 2022-06-30\""), "{json}");
    }
}
