//! "Cite this": the fact sheet (or one card) as a reference, with the source article and each
//! figure's publisher as references of their own, formatted as APA 7 and Chicago author-date
//! in the page's language, and written for reference managers as BibTeX, RIS and CSL-JSON.
//! Pure: the browser supplies the permalink and the reader's date.

use super::data::{Card, Dataset, Status};
use super::export::json_string;
use super::format;
use super::i18n::Lang;
use super::model::Date;

/// What kind of work a reference is, in each format's vocabulary.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// The fact sheet, a web page that changes (derived figures follow the date).
    Webpage,
    /// The news article the reported figures are quoted from.
    Article,
    /// A publisher's figures (customs statistics, a company's report).
    Report,
}

/// One work to cite.
#[derive(Clone, Debug, PartialEq)]
pub struct Reference {
    /// The key in BibTeX and CSL-JSON: "factsheet", "article", "publisher-1".
    pub id: String,
    pub kind: Kind,
    /// An organisation as author, when there is one.
    pub author: Option<String>,
    pub title: String,
    pub issued: Date,
    pub url: Option<String>,
    pub note: Option<String>,
}

/// The references for the page (`card` `None`) or one card: the sheet itself at `url` (its
/// permalink), built on `built`; the source article; each publisher of the figures shown.
pub fn references(
    data: &Dataset,
    card: Option<(Card, &str)>,
    url: &str,
    built: Date,
) -> Vec<Reference> {
    let sheet = data.sheet;
    let title = match card {
        Some((_, card_title)) => format!("{card_title} — {}", sheet.title),
        None => sheet.title.to_string(),
    };
    let article = match sheet.article_title_translation {
        Some(t) => format!("{} [{t}]", sheet.article_title),
        None => sheet.article_title.to_string(),
    };
    let mut refs = vec![
        Reference {
            id: "factsheet".into(),
            kind: Kind::Webpage,
            author: None,
            title,
            issued: built,
            url: Some(url.to_string()),
            note: None,
        },
        Reference {
            id: "article".into(),
            kind: Kind::Article,
            author: None,
            title: article,
            issued: sheet.article_published,
            url: None,
            note: sheet.article_published_inferred.map(str::to_string),
        },
    ];
    let shown = data
        .figures
        .iter()
        .filter(|f| card.is_none_or(|(c, _)| f.card == c));
    for f in shown {
        let same = refs
            .iter_mut()
            .find(|r| r.author.as_deref() == Some(f.publisher));
        match same {
            Some(r) => {
                if !r.title.contains(f.label) {
                    r.title = format!("{}; {}", r.title, f.label);
                }
                r.issued = r.issued.max(f.as_of);
            }
            None => refs.push(Reference {
                id: format!("publisher-{}", refs.len() - 1),
                kind: Kind::Report,
                author: Some(f.publisher.to_string()),
                title: f.label.to_string(),
                issued: f.as_of,
                url: f.url.map(str::to_string),
                note: match f.status {
                    Status::Reported => Some(sheet.article_title.to_string()),
                    Status::Context => f.citation.map(str::to_string),
                },
            }),
        }
    }
    refs
}

/// A date as citations write it: "December 4, 2026" (APA and Chicago's US order in English),
/// "2026年12月4日", "4 دسمبر، 2026"; "January 2026" when the day is not known.
fn long_date(d: Date, lang: Lang) -> String {
    match (lang, format::month(lang, usize::from(d.month)), d.day) {
        (Lang::En, Some(m), 0) => format!("{m} {}", d.year),
        (Lang::En, Some(m), day) => format!("{m} {day}, {}", d.year),
        _ => format::date(d, lang),
    }
}

/// APA's date in parentheses: "(2026, December 4)", "(2026, January)", "(2024)".
fn apa_date(d: Date, lang: Lang) -> String {
    match (lang, format::month(lang, usize::from(d.month)), d.day) {
        (Lang::En, Some(m), 0) => format!("({}, {m})", d.year),
        (Lang::En, Some(m), day) => format!("({}, {m} {day})", d.year),
        (_, Some(_), _) => format!("({})", format::date(d, lang)),
        (_, None, _) => format!("({})", d.year),
    }
}

/// A sentence ends with one full stop, whatever its last word ends with.
fn sentence(text: &str, lang: Lang) -> String {
    let stop = match lang {
        Lang::En => ".",
        Lang::Zh => "。",
        Lang::Ur => "۔",
    };
    let text = text.trim_end();
    if text.ends_with(['.', '?', '!', '。', '۔']) {
        text.to_string()
    } else {
        format!("{text}{stop}")
    }
}

/// A citation: who (if an organisation), when and what, each a sentence, then where — for a
/// page that changes, with the day it was read (`read`), else the address alone (`at`).
fn cite(
    r: &Reference,
    when: &str,
    lang: Lang,
    read: impl Fn(&str) -> String,
    at: impl Fn(&str) -> String,
) -> String {
    let mut parts: Vec<&str> = r.author.iter().map(String::as_str).collect();
    // APA and Chicago put the date after an author, and after the title when there is none.
    if r.author.is_some() {
        parts.extend([when, &r.title]);
    } else {
        parts.extend([&r.title, when]);
    }
    let mut out: Vec<String> = parts.iter().map(|p| sentence(p, lang)).collect();
    if let Some(url) = &r.url {
        out.push(match r.kind {
            Kind::Webpage => read(url),
            _ => at(url),
        });
    }
    out.join(" ")
}

/// APA 7: "Title. (2026, December 4). Retrieved December 4, 2026, from https://...",
/// "China's General Administration of Customs. (2024). Bilateral trade. https://..." In the
/// page's language (`lang`'s connecting words and dates); `accessed` is the reader's day.
pub fn apa(r: &Reference, accessed: Date, lang: Lang) -> String {
    let day = long_date(accessed, lang);
    let read = |url: &str| lang.strings().cite_retrieved(&day, url);
    cite(r, &apa_date(r.issued, lang), lang, read, str::to_string)
}

/// Chicago author-date: "Title. 2026. Accessed December 4, 2026. https://....",
/// "China's General Administration of Customs. 2024. Bilateral trade. https://...."
pub fn chicago(r: &Reference, accessed: Date, lang: Lang) -> String {
    let day = long_date(accessed, lang);
    let read = |url: &str| lang.strings().cite_accessed(&day, url);
    cite(r, &r.issued.year.to_string(), lang, read, |url| {
        sentence(url, lang)
    })
}

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
        out.push_str(&format!("  year = {{{}}},\n", r.issued.year));
        if let Some(m) = MONTHS.get(usize::from(r.issued.month).wrapping_sub(1)) {
            out.push_str(&format!("  month = {m},\n"));
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

/// Every reference as a RIS record (ELEC, GEN, RPRT), the sheet's with its access date: in
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
            Kind::Report => "RPRT",
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

fn date_parts(d: Date) -> String {
    let parts: Vec<String> = [i32::from(d.month), i32::from(d.day)]
        .iter()
        .take_while(|n| **n > 0)
        .map(|n| n.to_string())
        .collect();
    let mut all = vec![d.year.to_string()];
    all.extend(parts);
    format!("{{ \"date-parts\": [[{}]] }}", all.join(", "))
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
                Kind::Report => "report",
            };
            let mut fields = vec![
                format!("\"id\": {}", json_string(&r.id)),
                format!("\"type\": \"{kind}\""),
                format!("\"title\": {}", json_string(&r.title)),
                format!("\"issued\": {}", date_parts(r.issued)),
            ];
            if let Some(a) = &r.author {
                fields.push(format!(
                    "\"author\": [{{ \"literal\": {} }}]",
                    json_string(a)
                ));
            }
            if let Some(url) = &r.url {
                fields.push(format!("\"URL\": {}", json_string(url)));
            }
            if r.kind == Kind::Webpage {
                fields.push(format!("\"accessed\": {}", date_parts(accessed)));
            }
            if let Some(n) = &r.note {
                fields.push(format!("\"note\": {}", json_string(n)));
            }
            format!("  {{ {} }}", fields.join(", "))
        })
        .collect();
    format!("[\n{}\n]\n", items.join(",\n"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::data::{dataset, DATA};

    /// A day of December 2026: the sheet is built on the 1st and read on the 4th.
    const fn december(day: u8) -> Date {
        Date {
            year: 2026,
            month: 12,
            day,
        }
    }
    const BUILT: Date = december(1);
    const READ: Date = december(4);
    const URL: &str = "https://example.org/cpec/?money=usd-mn";

    #[test]
    fn the_page_cites_itself_the_article_and_each_publisher() {
        let refs = references(DATA, None, URL, BUILT);
        let ids: Vec<&str> = refs.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(&ids[..2], ["factsheet", "article"]);
        let publishers: Vec<&str> = refs.iter().filter_map(|r| r.author.as_deref()).collect();
        for f in DATA.figures {
            assert!(publishers.contains(&f.publisher), "{}", f.publisher);
        }
        assert_eq!(
            apa(&refs[0], READ, Lang::En),
            "China–Pakistan economic cooperation in figures. (2026, December 1). Retrieved December 4, 2026, from https://example.org/cpec/?money=usd-mn"
        );
        assert_eq!(
            chicago(&refs[0], READ, Lang::En),
            "China–Pakistan economic cooperation in figures. 2026. Accessed December 4, 2026. https://example.org/cpec/?money=usd-mn."
        );
        let customs = refs
            .iter()
            .find(|r| r.author.as_deref() == Some("China's General Administration of Customs"));
        let Some(customs) = customs else {
            panic!("the customs figures are cited");
        };
        assert_eq!(
            apa(customs, READ, Lang::En),
            "China's General Administration of Customs. (2024). Bilateral trade; Year-on-year growth of bilateral trade."
        );
    }

    #[test]
    fn a_card_cites_its_own_publishers_in_the_page_language() {
        let zh = dataset(Lang::Zh);
        let refs = references(zh, Some((Card::Karot, "卡洛特水电站")), URL, BUILT);
        assert!(refs[0].title.starts_with("卡洛特水电站 — "));
        assert_eq!(refs.len(), 4, "the sheet, the article, CTG and Xinhua");
        let text = apa(&refs[0], READ, Lang::Zh);
        assert!(text.contains("(2026年12月1日)"), "{text}");
        assert!(text.contains("2026年12月4日"), "{text}");
        // The article keeps its English headline, its translation beside it.
        assert!(refs[1].title.starts_with("Chinese, Pakistani"));
        assert!(refs[1].title.contains(" ["));
    }

    #[test]
    fn reference_manager_formats_escape_and_date_what_they_must() {
        let r = Reference {
            id: "x".into(),
            kind: Kind::Webpage,
            author: Some("A & B {C}".into()),
            title: "100% of \\ things_".into(),
            issued: Date {
                year: 2026,
                month: 1,
                day: 0,
            },
            url: Some("https://e.org/?a=1&b=2".into()),
            note: Some("line\nbreak".into()),
        };
        let one = std::slice::from_ref(&r);
        let wanted: [(String, &[&str]); 2] = [
            (
                bibtex(one, READ),
                &[
                    "author = {{A \\& B \\{C\\}}},",
                    "title = {100\\% of \\textbackslash{} things\\_},",
                    "month = jan,",
                    "urldate = {2026-12-04},",
                ],
            ),
            (
                ris(one, READ),
                &[
                    "DA  - 2026/01//\r\n",
                    "Y2  - 2026/12/04/\r\nM1  - 2026/12/04/\r\n",
                    "N1  - line break\r\n",
                    "ER  - \r\n",
                ],
            ),
        ];
        for (text, parts) in &wanted {
            for part in *parts {
                assert!(text.contains(part), "{part:?} in {text}");
            }
        }
        let c = csl_json(std::slice::from_ref(&r), READ);
        let v: serde_json::Value = match serde_json::from_str(&c) {
            Ok(v) => v,
            Err(e) => panic!("{e}: {c}"),
        };
        assert_eq!(
            v[0]["issued"]["date-parts"][0],
            serde_json::json!([2026, 1])
        );
        assert_eq!(
            v[0]["accessed"]["date-parts"][0],
            serde_json::json!([2026, 12, 4])
        );
        assert_eq!(v[0]["author"][0]["literal"], "A & B {C}");
    }
}
