//! Validates `static/data.toml` and the translation catalogs (`static/i18n/*.toml`) and turns
//! them into Rust statics (`$OUT_DIR/data.rs`: one dataset per language; `$OUT_DIR/strings.rs`:
//! the `Strings` struct and one value per language), so the app ships the figures and texts
//! without a TOML or JSON parser. Invalid data or a missing translation stops the build with
//! one line per problem: `file: field: reason`.

use cpec_data::model::{self, Date};
use cpec_data::{catalog, schema};
use std::fmt::Write as _;

const DATA_FILE: &str = "static/data.toml";
/// The catalogs: (file, name of the generated statics). English first: it defines the keys.
const CATALOGS: [(&str, &str); 3] = [
    ("static/i18n/en.toml", "EN"),
    ("static/i18n/zh-CN.toml", "ZH"),
    ("static/i18n/ur-PK.toml", "UR"),
];

fn s(text: &str) -> String {
    format!("{text:?}")
}

fn opt(text: &Option<String>) -> String {
    match text {
        Some(t) => format!("Some({t:?})"),
        None => "None".into(),
    }
}

fn date(d: Date) -> String {
    format!(
        "Date {{ year: {}, month: {}, day: {} }}",
        d.year, d.month, d.day
    )
}

/// A vocabulary's value as the Rust path of its variant (`Unit::UsdBn`), from its `Debug`.
fn variant(ty: &str, value: impl std::fmt::Debug) -> String {
    format!("{ty}::{value:?}")
}

fn series(s: Option<model::Series>) -> String {
    s.map_or_else(
        || "None".into(),
        |s| format!("Some({})", variant("Series", s)),
    )
}

/// One language's dataset: the data file's texts replaced by `tr`'s translations (English when
/// `tr` is `None`); quotes and the headline stay English, their translations beside them.
fn generate(data: &schema::Data, name: &str, tr: Option<&catalog::Catalog>) -> String {
    // `check` has made sure every text has its translation.
    let t = |text: &String| match tr.and_then(|c| c.data.get(text)) {
        Some(x) => s(x),
        None => s(text),
    };
    let t_opt = |text: &Option<String>| match text {
        Some(x) => format!("Some({})", t(x)),
        None => "None".into(),
    };
    let beside = |text: &Option<String>| match (tr, text) {
        (Some(_), Some(x)) => format!("Some({})", t(x)),
        _ => "None".into(),
    };
    let mut out = String::new();
    let sh = &data.sheet;
    let _ = writeln!(
        out,
        "pub static {name}: Dataset = Dataset {{ sheet: Sheet {{ title: {}, subtitle: {}, article_title: {}, article_title_translation: {}, article_published: {}, article_published_inferred: {} }},",
        t(&sh.title),
        t(&sh.subtitle),
        s(&sh.article_title),
        beside(&Some(sh.article_title.clone())),
        date(sh.article_published),
        t_opt(&sh.article_published_inferred)
    );
    out.push_str("figures: &[\n");
    for f in &data.figures {
        let _ = writeln!(
            out,
            "Figure {{ id: {}, label: {}, value: {:?}, unit: {}, decimals: {}, period: {}, as_of: {}, as_of_inferred: {}, publisher: {}, status: {}, quote: {}, quote_translation: {}, citation: {}, url: {}, source_title: {}, source_date: {}, source_site: {}, bound: {}, card: {}, series: {}, key: {} }},",
            s(&f.id), t(&f.label), f.value, variant("Unit", f.unit), f.decimals, t(&f.period), date(f.as_of), t_opt(&f.as_of_inferred),
            t(&f.publisher), variant("Status", f.status), opt(&f.quote), beside(&f.quote), t_opt(&f.citation), opt(&f.url),
            opt(&f.source_title), f.source_date.map_or("None".into(), |d| format!("Some({})", date(d))), opt(&f.source_site), variant("Bound", f.bound),
            variant("Card", f.card), series(f.series), f.key
        );
    }
    out.push_str("],\nderived: &[\n");
    for d in &data.derived {
        let inputs: Vec<String> = d.inputs.iter().map(|i| s(i)).collect();
        let _ = writeln!(
            out,
            "Derived {{ id: {}, label: {}, method: {}, inputs: &[{}], unit: {}, bound: {}, period: {}, card: {}, series: {}, key: {}, note: {} }},",
            s(&d.id), t(&d.label), variant("Method", d.method), inputs.join(", "), variant("Unit", d.unit),
            variant("Bound", d.bound), t(&d.period), variant("Card", d.card), series(d.series), d.key, t_opt(&d.note)
        );
    }
    out.push_str("],\nevents: &[\n");
    for e in &data.events {
        let _ = writeln!(
            out,
            "Event {{ id: {}, date: {}, date_inferred: {}, label: {}, quote: {}, quote_translation: {} }},",
            s(&e.id),
            date(e.date),
            t_opt(&e.date_inferred),
            t(&e.label),
            s(&e.quote),
            beside(&Some(e.quote.clone()))
        );
    }
    out.push_str("],\n};\n");
    out
}

/// The `{name}` placeholders of `text`, each once, in the order they first appear.
fn placeholders_in_order(text: &str) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        let after = &rest[start + 1..];
        let Some(end) = after.find('}') else { break };
        let name = &after[..end];
        if !name.is_empty()
            && name.chars().all(|c| c.is_ascii_lowercase() || c == '_')
            && !names.iter().any(|n| n == name)
        {
            names.push(name.to_string());
        }
        rest = &after[end + 1..];
    }
    names
}

/// The `Strings` struct (one field per `[ui]` key, documented by the English file's comments),
/// a method per templated string, `LANG_NAMES`, and one static per language.
fn generate_strings(catalogs: &[(catalog::Catalog, &str)]) -> String {
    let mut out = String::from(
        "/// Every interface string of one language; see `static/i18n/en.toml`.\n#[derive(Debug, PartialEq, Eq)]\npub struct Strings {\n",
    );
    let Some((en, _)) = catalogs.first() else {
        return out + "}\n";
    };
    for (key, text) in &en.ui {
        let doc = en.docs.get(key).map(String::as_str).unwrap_or("");
        let _ = writeln!(
            out,
            "    /// {doc} English: {text:?}.\n    pub {key}: &'static str,"
        );
    }
    out.push_str("}\n");
    // A method per templated string, named as it and taking its placeholders in the order the
    // English text gives them: `s.saved(file)` fills `s.saved`, and a misspelt or missing
    // placeholder is a compile error rather than a "{file}" on the page.
    out.push_str("impl Strings {\n");
    for (key, text) in &en.ui {
        let names = placeholders_in_order(text);
        if names.is_empty() {
            continue;
        }
        let params: Vec<String> = names.iter().map(|n| format!("{n}: &str")).collect();
        let pairs: Vec<String> = names.iter().map(|n| format!("({n:?}, {n})")).collect();
        let _ = writeln!(
            out,
            "    /// `{key}` with its placeholders filled. English: {text:?}.\n    pub fn {key}(&self, {}) -> String {{\n        fill(self.{key}, &[{}])\n    }}",
            params.join(", "),
            pairs.join(", ")
        );
    }
    out.push_str("}\n");
    // Each language's own name, for the language links: a wasm built for one language
    // (`--features lang-zh`) holds no other language's strings, but names them all.
    let names: Vec<String> = catalogs
        .iter()
        .map(|(c, _)| {
            format!(
                "{:?}",
                c.ui.get("lang_name").map(String::as_str).unwrap_or("")
            )
        })
        .collect();
    let _ = writeln!(
        out,
        "/// Each language's name in itself, in the order of `Lang::ALL`.\npub static LANG_NAMES: [&str; {}] = [{}];",
        names.len(),
        names.join(", ")
    );
    for (c, name) in catalogs {
        let _ = writeln!(out, "pub static {name}: Strings = Strings {{");
        for key in en.ui.keys() {
            let text = c.ui.get(key).map(String::as_str).unwrap_or("");
            let _ = writeln!(out, "    {key}: {text:?},");
        }
        out.push_str("};\n");
    }
    out
}

/// Stops the build: the problems found in `what` ("the data file"), one line each.
fn fail(what: &str, errors: &[String]) -> ! {
    let n = errors.len();
    let problems = if n == 1 { "problem" } else { "problems" };
    eprintln!("\nFound {n} {problems} in {what}; the site was not built:");
    for e in errors {
        // cargo shows build-script stderr; `cargo:warning` also surfaces it in trunk.
        eprintln!("  {e}");
        println!("cargo:warning={e}");
    }
    std::process::exit(1);
}

fn read(file: &str) -> String {
    std::fs::read_to_string(file)
        .unwrap_or_else(|e| fail(file, &[format!("{file}: cannot be read: {e}")]))
}

fn write_out(name: &str, text: &str) {
    let out_dir = std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into());
    let path = std::path::Path::new(&out_dir).join(name);
    if let Err(e) = std::fs::write(&path, text) {
        eprintln!("cannot write {}: {e}", path.display());
        std::process::exit(1);
    }
}

fn main() {
    println!("cargo:rerun-if-changed={DATA_FILE}");
    for (file, _) in CATALOGS {
        println!("cargo:rerun-if-changed={file}");
    }
    println!("cargo:rerun-if-env-changed=SOURCE_DATE_EPOCH");

    let text = read(DATA_FILE);
    let data = schema::load(DATA_FILE, &text, Date::of_build()).unwrap_or_else(|errors| {
        let lines: Vec<String> = errors.iter().map(ToString::to_string).collect();
        fail("the data file", &lines)
    });
    let mut catalogs = Vec::new();
    let mut errors = Vec::new();
    for (file, name) in CATALOGS {
        match catalog::load(file, &read(file)) {
            Ok(c) => catalogs.push((c, name)),
            Err(e) => errors.extend(e.iter().map(ToString::to_string)),
        }
    }
    if errors.is_empty() {
        if let Some(((en, _), others)) = catalogs.split_first() {
            let others: Vec<&catalog::Catalog> = others.iter().map(|(c, _)| c).collect();
            let sources = catalog::texts(&data);
            errors.extend(
                catalog::check(en, &others, &sources)
                    .iter()
                    .map(ToString::to_string),
            );
        }
    }
    if !errors.is_empty() {
        fail("the translation catalogs", &errors);
    }
    let built = Date::of_build();
    let mut datasets = format!(
        "/// The day the data was checked and built (`SOURCE_DATE_EPOCH` when set): the date\n/// figures are computed for when the reader's cannot be read.\npub const BUILT_ON: Date = Date {{ year: {}, month: {}, day: {} }};\n",
        built.year, built.month, built.day
    );
    for (i, (c, name)) in catalogs.iter().enumerate() {
        datasets.push_str(&generate(
            &data,
            &format!("DATA_{name}"),
            (i > 0).then_some(c),
        ));
    }
    write_out("data.rs", &datasets);
    write_out("strings.rs", &generate_strings(&catalogs));
}
