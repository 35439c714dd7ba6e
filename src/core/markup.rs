//! HTML for the parts of a card that change only with their data: the Table tab (a chart's
//! numbers, the card's figures), the Sources tab, the formulas, the source line and quotes.
//! They are built here as strings and shown as raw HTML: hydrating raw HTML claims its
//! top-level nodes only, where the same markup as Yew elements is walked node by node and
//! attribute by attribute, and these parts are over half of the page's elements. Pure and
//! escaped, so tested natively.
//!
//! By job: this file (the tables and lists), `rows` (what they are written from), `safe`
//! (escaping and `SafeHtml`), `writer` (the escaping builder).

mod rows;
mod safe;
mod writer;

pub use rows::{FigureRow, FormulaInput, FormulaRow, Provenance, Row, SourceLine};
pub use safe::{escape_attr, escape_text, SafeHtml};

use super::derive::Origin;
use super::i18n::{fill, split, Strings};
use writer::Markup;

/// The tag beside a value that says where it comes from (Reported, Derived, Context), so its
/// origin never rests on colour alone.
pub fn origin_tag(o: Origin, s: &Strings) -> SafeHtml {
    let mut m = Markup::default();
    m.origin_tag(o, s);
    m.done()
}

/// A chart's exact numbers: the unit in the header, derived rows marked.
pub fn data_table(caption: &str, unit: &str, rows: &[Row], s: &Strings) -> SafeHtml {
    let mut m = Markup::default();
    let value_in = s.col_value_in(unit);
    m.head(
        "data-table",
        caption,
        [("", s.col_item), ("num", &value_in), ("", s.col_origin)],
    );
    for r in rows {
        let derived: &[(&str, &str)] = if r.origin == Origin::Derived {
            &[("class", "derived")]
        } else {
            &[]
        };
        m.open("tr", derived)
            .leaf("th", &[("scope", "row")], &r.label)
            .value_cells(&r.value, r.origin, s);
    }
    m.end_table()
}

/// The card's figures: label with its period, value, and origin.
pub fn figure_list(rows: &[FigureRow], s: &Strings) -> SafeHtml {
    let mut m = Markup::default();
    m.head(
        "figures",
        s.figures_caption,
        [("", s.col_figure), ("", s.col_value), ("", s.col_origin)],
    );
    for r in rows {
        m.open("tr", &[("data-id", r.id)])
            .open("th", &[("scope", "row")])
            .text(r.label)
            .leaf("span", &[("class", "period")], r.period)
            .close("th")
            .value_cells(&r.value, r.origin, s);
    }
    m.end_table()
}

/// A sentence quoted from the source article. Quotes stay in their original English (marked
/// `lang="en"`, so screen readers switch voice); on other languages' pages the translation
/// follows, labelled as such.
pub fn quote(text: &str, translation: Option<&str>, s: &Strings) -> SafeHtml {
    let mut m = Markup::default();
    quote_into(&mut m, text, translation, s);
    m.done()
}

fn quote_into(m: &mut Markup, text: &str, translation: Option<&str>, s: &Strings) {
    if translation.is_some() {
        m.open("div", &[("class", "quote-pair")]).leaf(
            "p",
            &[("class", "quote-note")],
            s.original_english,
        );
    }
    // One sentence, so no paragraph inside it.
    m.leaf(
        "blockquote",
        &[("class", "quote"), ("lang", "en"), ("dir", "ltr")],
        &format!("“{text}”"),
    );
    if let Some(t) = translation {
        m.open("p", &[("class", "quote-translation")])
            .leaf("span", &[("class", "quote-note")], s.translation)
            .text(" ")
            .text(&s.quoted(t))
            .close("p")
            .close("div");
    }
}

/// "How this is computed": every derived figure of a card with its formula and the inputs
/// it was computed from, each tagged with its origin.
pub fn formula_list(rows: &[FormulaRow], s: &Strings) -> SafeHtml {
    let mut m = Markup::default();
    if rows.is_empty() {
        m.leaf("p", &[("class", "formulas-none")], s.none_derived);
        return m.done();
    }
    m.open("section", &[("class", "formulas")])
        .leaf("h3", &[], s.how_computed)
        .open("ul", &[]);
    for r in rows {
        m.open("li", &[("data-id", r.id)])
            .leaf("p", &[("class", "formula-label")], r.label)
            .open("p", &[("class", "formula")])
            .leaf("code", &[], &r.formula)
            .close("p")
            .open("p", &[("class", "formula-inputs")])
            .text(s.inputs)
            .text(" ");
        for (n, i) in r.inputs.iter().enumerate() {
            if n > 0 {
                m.text(s.list_sep);
            }
            m.text(&s.input_value(i.label, &i.shown))
                .text(" ")
                .origin_tag(i.origin, s);
        }
        m.close("p");
        if let Some(note) = r.note {
            m.leaf("p", &[("class", "formula-note")], note);
        }
        m.close("li");
    }
    m.close("ul").close("section");
    m.done()
}

/// The card's source line: who published each figure, for which period, and whether it is
/// quoted in the article or context from elsewhere (with its citation).
pub fn source_list(lines: &[SourceLine], s: &Strings) -> SafeHtml {
    let mut m = Markup::default();
    m.open("div", &[("class", "sources")])
        .leaf("h3", &[], s.sources)
        .open("ul", &[]);
    let (before, after) = split(s.with_period, "text");
    for l in lines {
        let citation = match (l.origin, l.citation) {
            (Origin::Context, Some(c)) => s.context_paren(c),
            _ => s.as_quoted.to_string(),
        };
        m.open("li", &[])
            .text(before)
            .leaf("span", &[("class", "publisher")], l.publisher)
            .text(&fill(after, &[("period", l.period)]))
            .text(" ")
            .leaf("span", &[("class", "citation")], &citation)
            .close("li");
    }
    m.close("ul").close("div");
    m.done()
}

/// The Sources tab: for every figure its publisher, period and the sentence quoted from the
/// article (or its citation); for every derived figure the formula with its inputs.
pub fn provenance_list(entries: &[Provenance], s: &Strings) -> SafeHtml {
    let mut m = Markup::default();
    m.open("ul", &[("class", "provenance")]);
    // A sentence that gives several figures (the embassy's four CPEC numbers) is quoted under
    // the first and pointed to from the others: six copies of it were a sixth of the page.
    let mut quoted: Vec<(&str, &str)> = Vec::new();
    for p in entries {
        m.open("li", &[("data-id", p.id)])
            .open("p", &[("class", "prov-head")])
            .leaf("span", &[("class", "prov-label")], p.label)
            .text(": ")
            .text(&s.with_period(&p.value, p.period))
            .text(" ")
            .origin_tag(p.origin, s)
            .close("p");
        if let Some(publisher) = p.publisher {
            let line = s.published_by(publisher);
            m.leaf("p", &[("class", "prov-publisher")], &line);
        }
        let first = p
            .quote
            .and_then(|q| quoted.iter().find(|(seen, _)| *seen == q));
        match (p.quote, first, p.quote_shown_in) {
            (_, _, Some(elsewhere)) => {
                m.leaf("p", &[("class", "quote-ref")], elsewhere);
            }
            (Some(_), Some((_, label)), None) => {
                let line = s.quote_above(label);
                m.leaf("p", &[("class", "quote-ref")], &line);
            }
            (Some(q), None, None) => {
                quote_into(&mut m, q, p.quote_translation, s);
                quoted.push((q, p.label));
            }
            (None, _, None) => {}
        }
        if let Some(citation) = p.citation {
            let line = s.context_citation(citation);
            m.leaf("p", &[("class", "citation")], &line);
        }
        if let Some((date, why)) = &p.as_of_inferred {
            let line = s.as_of_inferred(date, why);
            m.leaf("p", &[("class", "prov-inferred")], &line);
        }
        if let Some(url) = p.url {
            m.open("p", &[("class", "source-url")])
                .leaf("a", &[("href", url), ("rel", "noopener")], s.source_link)
                .close("p");
        }
        if let Some(f) = &p.formula {
            m.open("p", &[("class", "formula")])
                .text(s.derived_label)
                .text(" ")
                .leaf("code", &[], &f.formula)
                .close("p");
            if let Some(note) = f.note {
                m.leaf("p", &[("class", "formula-note")], note);
            }
        }
        m.close("li");
    }
    m.close("ul");
    m.done()
}

#[cfg(test)]
mod tests;
