//! "Cite this": the fact sheet (or one card) as a reference, with the works its figures come
//! from: the source article (reported figures, whose publishers are cited "as cited in" it)
//! and the real work behind each context figure, never a work made up from the sheet's own
//! labels. Formatted as APA 7 and Chicago author-date in the page's language, and written for
//! reference managers as BibTeX, RIS and CSL-JSON.
//! Pure: the browser supplies the permalink and the reader's date.

use super::data::{Card, Dataset, Status};
use super::format;
use super::i18n::Lang;
use super::json::json_string;
use super::model::Date;

/// What kind of work a reference is, in each format's vocabulary.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// The fact sheet, a web page that changes (derived figures follow the date).
    Webpage,
    /// The news article the reported figures are quoted from (it names no outlet).
    Article,
    /// A published news report a context figure comes from (Xinhua's, read on a news site).
    News,
}

/// One work to cite.
#[derive(Clone, Debug, PartialEq)]
pub struct Reference {
    /// The key in BibTeX and CSL-JSON: "factsheet", "article", "source-1".
    pub id: String,
    pub kind: Kind,
    /// An organisation as author, when there is one.
    pub author: Option<String>,
    pub title: String,
    pub issued: Date,
    /// The work does not state `issued`: it is inferred, and every citation says so.
    pub inferred: bool,
    /// The site or periodical the work was read on ("People's Daily Online").
    pub site: Option<String>,
    pub url: Option<String>,
    pub note: Option<String>,
    /// Publishers whose figures this work quotes and the sheet takes from it: a reader cites
    /// them "as cited in" this work, never as works of their own (we have not read them).
    pub quotes: Vec<String>,
}

/// The references for the page (`card` `None`) or one card: the sheet itself at `url` (its
/// permalink), built on `built`; the source article, with the publishers it quotes; and the
/// real work each context figure comes from, under its own headline and date.
pub fn references(
    data: &Dataset,
    lang: Lang,
    card: Option<(Card, &str)>,
    url: &str,
    built: Date,
) -> Vec<Reference> {
    let sheet = data.sheet;
    let title = match card {
        Some((_, card_title)) => lang.strings().embed_title(card_title, sheet.title),
        None => sheet.title.to_string(),
    };
    let article = match sheet.article_title_translation {
        Some(t) => format!("{} [{t}]", sheet.article_title),
        None => sheet.article_title.to_string(),
    };
    let shown: Vec<_> = data
        .figures
        .iter()
        .filter(|f| card.is_none_or(|(c, _)| f.card == c))
        .collect();
    let mut quotes: Vec<String> = Vec::new();
    for f in shown.iter().filter(|f| f.status == Status::Reported) {
        if !quotes.iter().any(|q| q == f.publisher) {
            quotes.push(f.publisher.to_string());
        }
    }
    let mut refs = vec![
        Reference {
            id: "factsheet".into(),
            kind: Kind::Webpage,
            author: None,
            title,
            issued: built,
            inferred: false,
            site: None,
            url: Some(url.to_string()),
            note: None,
            quotes: Vec::new(),
        },
        Reference {
            id: "article".into(),
            kind: Kind::Article,
            author: None,
            title: article,
            issued: sheet.article_published,
            inferred: sheet.article_published_inferred.is_some(),
            site: None,
            url: None,
            // The reference managers' note: why the date is inferred, whose figures it quotes.
            note: Some(
                sheet
                    .article_published_inferred
                    .into_iter()
                    .map(str::to_string)
                    .chain(
                        (!quotes.is_empty())
                            .then(|| lang.strings().cite_quotes(&listed(&quotes, lang))),
                    )
                    .collect::<Vec<_>>()
                    .join(" "),
            )
            .filter(|n| !n.is_empty()),
            quotes,
        },
    ];
    for f in shown.iter().filter(|f| f.status == Status::Context) {
        // The schema requires both for a context figure; one without them is not cited.
        let (Some(title), Some(issued)) = (f.source_title, f.source_date) else {
            continue;
        };
        if refs.iter().any(|r| r.title == title) {
            continue;
        }
        refs.push(Reference {
            id: format!("source-{}", refs.len() - 1),
            kind: Kind::News,
            author: Some(f.publisher.to_string()),
            title: title.to_string(),
            issued,
            inferred: false,
            site: f.source_site.map(str::to_string),
            url: f.url.map(str::to_string),
            note: None,
            quotes: Vec::new(),
        });
    }
    refs
}

/// Names in a list, with the language's separator.
fn listed(items: &[String], lang: Lang) -> String {
    items.join(match lang {
        Lang::En => "; ",
        Lang::Zh => "、",
        Lang::Ur => "؛ ",
    })
}

/// How a reader cites a publisher's figure that reaches them through `article` (APA's
/// secondary-source form): "China's General Administration of Customs, as cited in
/// Chinese, Pakistani foreign ministers' meeting… (2026 [date inferred])".
pub fn as_cited_in(publisher: &str, article: &Reference, lang: Lang) -> String {
    let s = lang.strings();
    let year = match article.inferred {
        true => format!("{} [{}]", article.issued.year, s.cite_date_inferred),
        false => article.issued.year.to_string(),
    };
    s.cite_as_cited_in(publisher, &article.title, &year)
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

/// APA's date in parentheses: "(2026, December 4)", "(2026, January)", "(2024)"; an
/// inferred one with the citer's bracketed note inside: "(2026, January [date inferred])".
fn apa_date(d: Date, inferred: bool, lang: Lang) -> String {
    let date = match (lang, format::month(lang, usize::from(d.month)), d.day) {
        (Lang::En, Some(m), 0) => format!("{}, {m}", d.year),
        (Lang::En, Some(m), day) => format!("{}, {m} {day}", d.year),
        (_, Some(_), _) => format::date(d, lang),
        (_, None, _) => d.year.to_string(),
    };
    format!("({date}{})", inferred_mark(inferred, lang))
}

/// " [date inferred]" after a date the work does not state (both styles bracket what the
/// citer supplies), or nothing.
fn inferred_mark(inferred: bool, lang: Lang) -> String {
    match inferred {
        true => format!(" [{}]", lang.strings().cite_date_inferred),
        false => String::new(),
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
    parts.extend(r.site.as_deref());
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
    cite(
        r,
        &apa_date(r.issued, r.inferred, lang),
        lang,
        read,
        str::to_string,
    )
}

/// Chicago author-date: "Title. 2026. Accessed December 4, 2026. https://....",
/// "China's General Administration of Customs. 2024. Bilateral trade. https://...."
pub fn chicago(r: &Reference, accessed: Date, lang: Lang) -> String {
    let day = long_date(accessed, lang);
    let read = |url: &str| lang.strings().cite_accessed(&day, url);
    let year = format!("{}{}", r.issued.year, inferred_mark(r.inferred, lang));
    cite(r, &year, lang, read, |url| sentence(url, lang))
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
    fn the_page_cites_itself_the_article_and_the_context_source_as_published() {
        let refs = references(DATA, Lang::En, None, URL, BUILT);
        let ids: Vec<&str> = refs.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, ["factsheet", "article", "source-1"]);
        assert_eq!(
            apa(&refs[0], READ, Lang::En),
            "China–Pakistan economic cooperation in figures. (2026, December 1). Retrieved December 4, 2026, from https://example.org/cpec/?money=usd-mn"
        );
        assert_eq!(
            chicago(&refs[0], READ, Lang::En),
            "China–Pakistan economic cooperation in figures. 2026. Accessed December 4, 2026. https://example.org/cpec/?money=usd-mn."
        );
        // The article's date is inferred, and says so in both styles.
        assert_eq!(
            apa(&refs[1], READ, Lang::En),
            "Chinese, Pakistani foreign ministers' meeting to focus on deepening ties, safeguarding regional security. (2026, January [date inferred])."
        );
        assert!(chicago(&refs[1], READ, Lang::En).ends_with(" 2026 [date inferred]."));
        // Reported figures are cited through the article, never as reports of their own.
        assert_eq!(
            refs[1].quotes,
            [
                "China's General Administration of Customs",
                "Chinese Embassy in Pakistan",
                "China Three Gorges Corporation"
            ]
        );
        assert!(refs
            .iter()
            .all(|r| r.author.as_deref() != Some("China's General Administration of Customs")));
        assert_eq!(
            as_cited_in(&refs[1].quotes[0], &refs[1], Lang::En),
            "China's General Administration of Customs, as cited in Chinese, Pakistani foreign ministers' meeting to focus on deepening ties, safeguarding regional security (2026 [date inferred])"
        );
        // The context figure's source is the real Xinhua report, under its headline and date.
        assert_eq!(
            apa(&refs[2], READ, Lang::En),
            "Xinhua. (2022, June 30). CPEC's Karot Hydropower Plant put into full commercial operation. People's Daily Online. https://en.people.cn/n3/2022/0630/c90000-10117069.html"
        );
        assert_eq!(
            chicago(&refs[2], READ, Lang::En),
            "Xinhua. 2022. CPEC's Karot Hydropower Plant put into full commercial operation. People's Daily Online. https://en.people.cn/n3/2022/0630/c90000-10117069.html."
        );
    }

    #[test]
    fn reference_manager_files_follow_the_same_rule() {
        let refs = references(DATA, Lang::En, None, URL, BUILT);
        let bib = bibtex(&refs, READ);
        assert!(bib.contains("@misc{source-1,\n  author = {{Xinhua}},\n  title = {CPEC's Karot Hydropower Plant put into full commercial operation},\n  year = {2022},\n  month = jun,\n  date = {2022-06-30},\n  howpublished = {People's Daily Online},"), "{bib}");
        assert!(
            !bib.contains("Bilateral trade"),
            "no work titled with the sheet's labels: {bib}"
        );
        assert!(bib.contains("Quotes figures of China's General Administration of Customs; Chinese Embassy in Pakistan; China Three Gorges Corporation."), "{bib}");
        let ris = ris(&refs, READ);
        assert!(ris.contains("TI  - CPEC's Karot Hydropower Plant put into full commercial operation\r\nPY  - 2022\r\nDA  - 2022/06/30/\r\nT2  - People's Daily Online\r\n"), "{ris}");
        let csl: serde_json::Value = match serde_json::from_str(&csl_json(&refs, READ)) {
            Ok(v) => v,
            Err(e) => panic!("{e}"),
        };
        assert_eq!(
            csl[1]["issued"]["circa"], true,
            "the article's date is inferred"
        );
        assert_eq!(
            csl[2]["issued"]["date-parts"][0],
            serde_json::json!([2022, 6, 30])
        );
        assert_eq!(csl[2]["container-title"], "People's Daily Online");
        assert_eq!(csl[2]["author"][0]["literal"], "Xinhua");
        assert_eq!(csl.as_array().map(Vec::len), Some(3));
    }

    #[test]
    fn a_card_cites_its_own_sources_in_the_page_language() {
        let zh = dataset(Lang::Zh);
        let refs = references(
            zh,
            Lang::Zh,
            Some((Card::Karot, "卡洛特水电站")),
            URL,
            BUILT,
        );
        assert!(refs[0].title.starts_with("卡洛特水电站——"));
        assert_eq!(refs.len(), 3, "the sheet, the article and Xinhua's report");
        assert_eq!(refs[1].quotes.len(), 1, "CTG, through the article");
        let text = apa(&refs[0], READ, Lang::Zh);
        assert!(text.contains("(2026年12月1日)"), "{text}");
        assert!(text.contains("2026年12月4日"), "{text}");
        assert!(apa(&refs[1], READ, Lang::Zh).contains("[日期系推定]"));
        // The article keeps its English headline, its translation beside it.
        assert!(refs[1].title.starts_with("Chinese, Pakistani"));
        assert!(refs[1].title.contains(" ["));
        // The trade card quotes only the customs and cites no context work.
        let trade = references(DATA, Lang::En, Some((Card::Trade, "Trade")), URL, BUILT);
        assert_eq!(trade.len(), 2);
        assert_eq!(
            trade[1].quotes,
            ["China's General Administration of Customs"]
        );
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
            inferred: false,
            site: None,
            url: Some("https://e.org/?a=1&b=2".into()),
            note: Some("line\nbreak".into()),
            quotes: Vec::new(),
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
