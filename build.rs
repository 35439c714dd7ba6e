//! Validates `static/data.toml` and turns it into Rust statics (`$OUT_DIR/data.rs`), so the
//! app ships the figures without a TOML or JSON parser. Invalid data stops the build with one
//! line per problem: `file: field: reason`.

#[path = "src/core/model.rs"]
#[allow(dead_code)]
mod model;
#[path = "src/core/schema.rs"]
#[allow(dead_code)]
mod schema;

use model::Date;
use std::fmt::Write as _;
use std::time::{SystemTime, UNIX_EPOCH};

const DATA_FILE: &str = "static/data.toml";

fn build_date() -> Date {
    // SOURCE_DATE_EPOCH makes builds reproducible; otherwise today (UTC).
    let secs = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.parse::<i64>().ok())
        .unwrap_or_else(|| {
            SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .map(|d| d.as_secs() as i64)
                .unwrap_or(0)
        });
    Date::from_unix_days(secs.div_euclid(86_400))
}

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

fn generate(data: &schema::Data) -> String {
    let mut out = String::new();
    let sh = &data.sheet;
    let _ = writeln!(
        out,
        "pub static DATA: Dataset = Dataset {{ sheet: Sheet {{ title: {}, subtitle: {}, article_title: {}, article_published: {} }},",
        s(&sh.title),
        s(&sh.subtitle),
        s(&sh.article_title),
        date(sh.article_published)
    );
    out.push_str("figures: &[\n");
    for f in &data.figures {
        let _ = writeln!(
            out,
            "Figure {{ id: {}, label: {}, value: {:?}, unit: {}, decimals: {}, period: {}, as_of: {}, publisher: {}, status: {}, quote: {}, citation: {}, bound: {}, card: {}, series: {}, key: {} }},",
            s(&f.id), s(&f.label), f.value, f.unit.variant(), f.decimals, s(&f.period), date(f.as_of),
            s(&f.publisher), f.status.variant(), opt(&f.quote), opt(&f.citation), f.bound.variant(),
            f.card.variant(), opt(&f.series), f.key
        );
    }
    out.push_str("],\nderived: &[\n");
    for d in &data.derived {
        let inputs: Vec<String> = d.inputs.iter().map(|i| s(i)).collect();
        let _ = writeln!(
            out,
            "Derived {{ id: {}, label: {}, method: {}, inputs: &[{}], unit: {}, bound: {}, decimals: {}, period: {}, card: {}, series: {}, key: {}, note: {} }},",
            s(&d.id), s(&d.label), d.method.variant(), inputs.join(", "), d.unit.variant(),
            d.bound.variant(), d.decimals, s(&d.period), d.card.variant(), opt(&d.series), d.key, opt(&d.note)
        );
    }
    out.push_str("],\nevents: &[\n");
    for e in &data.events {
        let _ = writeln!(
            out,
            "Event {{ id: {}, date: {}, label: {}, quote: {} }},",
            s(&e.id),
            date(e.date),
            s(&e.label),
            s(&e.quote)
        );
    }
    out.push_str("],\n};\n");
    out
}

fn main() {
    println!("cargo:rerun-if-changed={DATA_FILE}");
    println!("cargo:rerun-if-changed=src/core/model.rs");
    println!("cargo:rerun-if-changed=src/core/schema.rs");
    println!("cargo:rerun-if-env-changed=SOURCE_DATE_EPOCH");

    let text = match std::fs::read_to_string(DATA_FILE) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{DATA_FILE}: cannot be read: {e}");
            std::process::exit(1);
        }
    };
    match schema::load(DATA_FILE, &text, build_date()) {
        Ok(data) => {
            let out_dir = std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into());
            let path = std::path::Path::new(&out_dir).join("data.rs");
            if let Err(e) = std::fs::write(&path, generate(&data)) {
                eprintln!("cannot write {}: {e}", path.display());
                std::process::exit(1);
            }
        }
        Err(errors) => {
            eprintln!(
                "\nThe data file has {} problem(s); the site was not built:",
                errors.len()
            );
            for e in &errors {
                // cargo shows build-script stderr; `cargo:warning` also surfaces it in trunk.
                eprintln!("  {e}");
                println!("cargo:warning={e}");
            }
            std::process::exit(1);
        }
    }
}
