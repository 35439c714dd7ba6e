//! The citations a reader copies: APA 7 and Chicago author-date, in the page's language.

use super::{Kind, Reference};
use crate::core::format;
use crate::core::i18n::Lang;
use crate::core::model::Date;

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
