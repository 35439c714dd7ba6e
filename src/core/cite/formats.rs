//! The references for reference managers: BibTeX, RIS and CSL-JSON.

use super::{Kind, Reference};
use crate::core::format;
use crate::core::json::json_string;
use crate::core::model::Date;

/// BibTeX's special characters escaped, so that a title reads as written.
fn bib(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '{' | '}' | '%' | '&' | '$' | '#' | '_' => {
                out.push('\\');
                out.push(c);
            }
            '\\' => out.push_str("\\textbackslash{}"),
            c => out.push(c),
        }
    }
    out
}

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// Every reference as a BibTeX `@misc` entry, the sheet's with its access date (`urldate`).
pub fn bibtex(refs: &[Reference], accessed: Date) -> String {
    let mut out = String::new();
    for r in refs {
        out.push_str(&format!("@misc{{{},\n", r.id));
        if let Some(a) = &r.author {
            // Double braces: an organisation, not a person's family and given names.
            out.push_str(&format!("  author = {{{{{}}}}},\n", bib(a)));
        }
        out.push_str(&format!("  title = {{{}}},\n", bib(&r.title)));
        // The inferred date stays a plain year (reference managers read it); the note says
        // it is inferred and why.
        out.push_str(&format!("  year = {{{}}},\n", r.issued.year));
        if let Some(m) = MONTHS.get(usize::from(r.issued.month).wrapping_sub(1)) {
            out.push_str(&format!("  month = {m},\n"));
        }
        // The whole day, where known, as biblatex writes it (BibTeX's year and month have no
        // field for it).
        if r.issued.day > 0 {
            out.push_str(&format!("  date = {{{}}},\n", format::iso_date(r.issued)));
        }
        if let Some(site) = &r.site {
            out.push_str(&format!("  howpublished = {{{}}},\n", bib(site)));
        }
        if let Some(url) = &r.url {
            out.push_str(&format!("  url = {{{}}},\n", bib(url)));
        }
        if r.kind == Kind::Webpage {
            out.push_str(&format!(
                "  urldate = {{{}}},\n",
                format::iso_date(accessed)
            ));
        }
        if let Some(n) = &r.note {
            out.push_str(&format!("  note = {{{}}},\n", bib(n)));
        }
        out.push_str("}\n\n");
    }
    out
}

/// A date as RIS writes it: "2026/12/04/", "2026/01//".
fn ris_date(d: Date) -> String {
    let part = |n: u8| {
        if n == 0 {
            String::new()
        } else {
            format!("{n:02}")
        }
    };
    format!("{}/{}/{}/", d.year, part(d.month), part(d.day))
}

/// Every reference as a RIS record (ELEC for the sheet, GEN for the news), the sheet's with its access date: in
/// M1, where the RIS specification puts a web page's, and in Y2, where Zotero and EndNote
/// look for it.
pub fn ris(refs: &[Reference], accessed: Date) -> String {
    let mut out = String::new();
    for r in refs {
        let ty = match r.kind {
            Kind::Webpage => "ELEC",
            // Generic, not NEWS: the article names no outlet, and readers of NEWS records
            // (citation-js) keep only the year of its date.
            Kind::Article => "GEN",
            // A news report read on a site: generic too, for the same reason, with the site
            // as its secondary title.
            Kind::News => "GEN",
        };
        let mut line = |tag: &str, value: &str| {
            // One line per field: a line break would end it early.
            out.push_str(&format!(
                "{tag}  - {}\r\n",
                value.replace(['\r', '\n'], " ")
            ));
        };
        line("TY", ty);
        line("ID", &r.id);
        if let Some(a) = &r.author {
            line("AU", a);
        }
        line("TI", &r.title);
        line("PY", &r.issued.year.to_string());
        line("DA", &ris_date(r.issued));
        if let Some(site) = &r.site {
            line("T2", site);
        }
        if let Some(url) = &r.url {
            line("UR", url);
        }
        if r.kind == Kind::Webpage {
            line("Y2", &ris_date(accessed));
            line("M1", &ris_date(accessed));
        }
        if let Some(n) = &r.note {
            line("N1", n);
        }
        line("ER", "");
    }
    out
}

/// A CSL date; `circa` for a date the work does not state (CSL's own flag for it).
fn date_parts(d: Date, circa: bool) -> String {
    let parts: Vec<String> = [i32::from(d.month), i32::from(d.day)]
        .iter()
        .take_while(|n| **n > 0)
        .map(|n| n.to_string())
        .collect();
    let mut all = vec![d.year.to_string()];
    all.extend(parts);
    let circa = if circa { ", \"circa\": true" } else { "" };
    format!("{{ \"date-parts\": [[{}]]{circa} }}", all.join(", "))
}

/// Every reference as CSL-JSON (webpage, article-newspaper, report), for Zotero, Mendeley and
/// pandoc; the sheet's with its access date.
pub fn csl_json(refs: &[Reference], accessed: Date) -> String {
    let items: Vec<String> = refs
        .iter()
        .map(|r| {
            let kind = match r.kind {
                Kind::Webpage => "webpage",
                Kind::Article => "article-newspaper",
                Kind::News => "article-newspaper",
            };
            let mut fields = vec![
                format!("\"id\": {}", json_string(&r.id)),
                format!("\"type\": \"{kind}\""),
                format!("\"title\": {}", json_string(&r.title)),
                format!("\"issued\": {}", date_parts(r.issued, r.inferred)),
            ];
            if let Some(a) = &r.author {
                fields.push(format!(
                    "\"author\": [{{ \"literal\": {} }}]",
                    json_string(a)
                ));
            }
            if let Some(site) = &r.site {
                fields.push(format!("\"container-title\": {}", json_string(site)));
            }
            if let Some(url) = &r.url {
                fields.push(format!("\"URL\": {}", json_string(url)));
            }
            if r.kind == Kind::Webpage {
                fields.push(format!("\"accessed\": {}", date_parts(accessed, false)));
            }
            if let Some(n) = &r.note {
                fields.push(format!("\"note\": {}", json_string(n)));
            }
            format!("  {{ {} }}", fields.join(", "))
        })
        .collect();
    format!("[\n{}\n]\n", items.join(",\n"))
}
