//! "Cite this": the fact sheet (or one card) as a reference, with the works its figures come
//! from: the source article (reported figures, whose publishers are cited "as cited in" it)
//! and the real work behind each context figure, never a work made up from the sheet's own
//! labels. Formatted as APA 7 and Chicago author-date in the page's language, and written for
//! reference managers as BibTeX, RIS and CSL-JSON.
//! Pure: the browser supplies the permalink and the reader's date.
//!
//! By job: this file (the works to cite), `styles` (APA and Chicago, for reading) and
//! `formats` (BibTeX, RIS and CSL-JSON, for reference managers).

mod formats;
mod styles;

pub use formats::{bibtex, csl_json, ris};
pub use styles::{apa, chicago};

use super::data::{Card, Dataset, Status};
use super::i18n::Lang;
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
        article_reference(data, lang, quotes),
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

/// The source article, with the publishers whose figures it quotes (`quotes`).
fn article_reference(data: &Dataset, lang: Lang, quotes: Vec<String>) -> Reference {
    let sheet = data.sheet;
    let title = match sheet.article_title_translation {
        Some(t) => format!("{} [{t}]", sheet.article_title),
        None => sheet.article_title.to_string(),
    };
    Reference {
        id: "article".into(),
        kind: Kind::Article,
        author: None,
        title,
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
    }
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

#[cfg(test)]
mod tests;
