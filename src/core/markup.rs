//! HTML for the parts of a card that change only with their data: the Table tab (a chart's
//! numbers, the card's figures), the Sources tab, the formulas, the source line and quotes.
//! They are built here as strings and shown as raw HTML: hydrating raw HTML claims its
//! top-level nodes only, where the same markup as Yew elements is walked node by node and
//! attribute by attribute, and these parts are over half of the page's elements. Pure and
//! escaped, so tested natively.

use super::derive::Origin;
use super::i18n::{fill, split, Strings};
use std::rc::Rc;

/// One row of a chart's data table (and CSV).
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub label: String,
    /// The number in the chart's display unit, as printed ("20.76").
    pub value: String,
    pub origin: Origin,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FigureRow {
    pub id: &'static str,
    pub label: &'static str,
    pub value: String,
    pub period: &'static str,
    pub origin: Origin,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SourceLine {
    pub publisher: &'static str,
    pub period: &'static str,
    pub origin: Origin,
    /// For context figures: where they come from (they are not in the article).
    pub citation: Option<&'static str>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FormulaInput {
    pub label: &'static str,
    pub shown: String,
    pub origin: Origin,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FormulaRow {
    pub id: &'static str,
    pub label: &'static str,
    pub formula: String,
    pub note: Option<&'static str>,
    pub inputs: Vec<FormulaInput>,
}

/// One figure's provenance for the Sources tab.
#[derive(Clone, Debug, PartialEq)]
pub struct Provenance {
    pub id: &'static str,
    pub label: &'static str,
    pub value: String,
    pub period: &'static str,
    pub origin: Origin,
    /// Reported and context figures: who published it.
    pub publisher: Option<&'static str>,
    /// Reported figures and events: the sentence from the article (English).
    pub quote: Option<&'static str>,
    /// Its translation, on pages in other languages.
    pub quote_translation: Option<&'static str>,
    pub citation: Option<&'static str>,
    /// Where the citation's source can be read.
    pub url: Option<&'static str>,
    /// A date the source does not give: the date (in words) and why it is inferred.
    pub as_of_inferred: Option<(String, &'static str)>,
    /// Derived figures: how.
    pub formula: Option<FormulaRow>,
}

/// Text escaped for an element's content. With [`escape_attr`], the project's one HTML (and
/// SVG) escaper: the embed codes, the link previews and the pre-render's tags use them too.
pub fn escape_text(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Text escaped for a double-quoted attribute value.
pub fn escape_attr(text: &str) -> String {
    escape_text(text).replace('"', "&quot;")
}

/// HTML built by this module (or drawn by `chart`, which escapes its texts), every text and
/// attribute value in it escaped: the only kind of string the view shows as raw HTML
/// (`view::raw`). Code outside `core` cannot make one from an arbitrary string, so the
/// compiler, not review, keeps unescaped text out of the page.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SafeHtml(Rc<str>);

impl SafeHtml {
    /// Only `core` vouches for HTML: this module's builder and the chart drawer.
    pub(in crate::core) fn trusted(html: impl Into<Rc<str>>) -> SafeHtml {
        SafeHtml(html.into())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The HTML, shared (for the view's one raw-HTML helper).
    pub fn shared(&self) -> &Rc<str> {
        &self.0
    }
}

impl std::ops::Deref for SafeHtml {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for SafeHtml {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl PartialEq<&str> for SafeHtml {
    fn eq(&self, other: &&str) -> bool {
        &*self.0 == *other
    }
}

/// An HTML string under construction: every text and attribute value goes through the
/// escapes above; tag and attribute names are this module's own literals.
#[derive(Default)]
struct Markup(String);

impl Markup {
    fn open(&mut self, tag: &str, attrs: &[(&str, &str)]) -> &mut Self {
        self.0.push('<');
        self.0.push_str(tag);
        for (name, value) in attrs {
            self.0.push(' ');
            self.0.push_str(name);
            self.0.push_str("=\"");
            self.0.push_str(&escape_attr(value));
            self.0.push('"');
        }
        self.0.push('>');
        self
    }

    fn text(&mut self, text: &str) -> &mut Self {
        self.0.push_str(&escape_text(text));
        self
    }

    fn close(&mut self, tag: &str) -> &mut Self {
        self.0.push_str("</");
        self.0.push_str(tag);
        self.0.push('>');
        self
    }

    /// `<tag attrs>text</tag>`.
    fn leaf(&mut self, tag: &str, attrs: &[(&str, &str)], text: &str) -> &mut Self {
        self.open(tag, attrs).text(text).close(tag)
    }

    fn origin_tag(&mut self, o: Origin, s: &Strings) -> &mut Self {
        self.leaf("span", &[("class", o.class())], o.label(s))
    }

    /// A table's caption and header row.
    fn head(&mut self, class: &str, caption: &str, columns: [(&str, &str); 3]) -> &mut Self {
        self.open("table", &[("class", class)])
            .leaf("caption", &[], caption)
            .open("thead", &[])
            .open("tr", &[]);
        for (class, label) in columns {
            let attrs: &[(&str, &str)] = if class.is_empty() {
                &[("scope", "col")]
            } else {
                &[("scope", "col"), ("class", class)]
            };
            self.leaf("th", attrs, label);
        }
        self.close("tr").close("thead").open("tbody", &[])
    }

    /// A row's value and origin cells, and the end of the row.
    fn value_cells(&mut self, value: &str, o: Origin, s: &Strings) -> &mut Self {
        self.leaf("td", &[("class", "num")], value)
            .open("td", &[])
            .origin_tag(o, s)
            .close("td")
            .close("tr")
    }

    fn end_table(mut self) -> SafeHtml {
        self.close("tbody").close("table");
        self.done()
    }

    fn done(self) -> SafeHtml {
        SafeHtml::trusted(self.0)
    }
}

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
    m.open(
        "blockquote",
        &[("class", "quote"), ("lang", "en"), ("dir", "ltr")],
    )
    .leaf("p", &[], &format!("“{text}”"))
    .close("blockquote");
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
        if let Some(q) = p.quote {
            quote_into(&mut m, q, p.quote_translation, s);
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
mod tests {
    // The raw HTML of the Table and Sources tabs: escaped, structured like the page expects.
    use crate::core::derive::Origin;
    use crate::core::i18n::Lang;
    use crate::core::markup::{
        data_table, escape_attr, escape_text, figure_list, formula_list, provenance_list, quote,
        source_list,
    };
    use crate::core::sheet::{FigureRow, FormulaInput, FormulaRow, Provenance, Row, SourceLine};

    const HOSTILE: &str = "<img src=x onerror=alert(1)> & \"quoted\"";

    #[test]
    fn text_and_attributes_are_escaped() {
        assert_eq!(escape_text("a<b>&c\""), "a&lt;b&gt;&amp;c\"");
        assert_eq!(escape_attr("a<b>&c\""), "a&lt;b&gt;&amp;c&quot;");
        let s = Lang::En.strings();
        let rows = vec![Row {
            label: HOSTILE.into(),
            value: HOSTILE.into(),
            origin: Origin::Derived,
        }];
        for html in [
            data_table(HOSTILE, HOSTILE, &rows, s),
            quote(HOSTILE, Some(HOSTILE), s),
        ] {
            assert!(!html.contains("<img"), "{html}");
            assert!(
                html.contains("&lt;img src=x onerror=alert(1)&gt; &amp; "),
                "{html}"
            );
        }
    }

    #[test]
    fn formulas_list_their_inputs_with_origins() {
        let s = Lang::En.strings();
        let input = |label, shown: &str, origin| FormulaInput {
            label,
            shown: shown.into(),
            origin,
        };
        let html = formula_list(
            &[FormulaRow {
                id: "trade_2023",
                label: "Trade, 2023",
                formula: "a ÷ b < c".into(),
                note: Some("Rounded."),
                inputs: vec![
                    input("Trade", "US$23.06 bn", Origin::Reported),
                    input("Growth", "11.1%", Origin::Reported),
                ],
            }],
            s,
        );
        assert_eq!(
            html,
            "<section class=\"formulas\"><h3>How this is computed</h3><ul>\
             <li data-id=\"trade_2023\"><p class=\"formula-label\">Trade, 2023</p>\
             <p class=\"formula\"><code>a ÷ b &lt; c</code></p>\
             <p class=\"formula-inputs\">Inputs: Trade = US$23.06 bn \
             <span class=\"tag tag-reported\">Reported</span>; Growth = 11.1% \
             <span class=\"tag tag-reported\">Reported</span></p>\
             <p class=\"formula-note\">Rounded.</p></li></ul></section>"
        );
        assert_eq!(
            formula_list(&[], s),
            "<p class=\"formulas-none\">Every figure on this card is reported; none is derived.</p>"
        );
    }

    #[test]
    fn source_lines_name_the_publisher_and_say_where_a_figure_comes_from() {
        let s = Lang::En.strings();
        let line = |publisher, origin, citation| SourceLine {
            publisher,
            period: "2024",
            origin,
            citation,
        };
        let html = source_list(
            &[
                line("Customs", Origin::Reported, None),
                line("Xinhua <wire>", Origin::Context, Some("Xinhua, 2021")),
            ],
            s,
        );
        assert_eq!(
            html,
            "<div class=\"sources\"><h3>Sources</h3><ul>\
             <li><span class=\"publisher\">Customs</span> (2024) \
             <span class=\"citation\">(as quoted in the article)</span></li>\
             <li><span class=\"publisher\">Xinhua &lt;wire&gt;</span> (2024) \
             <span class=\"citation\">(context, not in the article: Xinhua, 2021)</span></li>\
             </ul></div>"
        );
    }

    #[test]
    fn a_data_table_has_a_header_and_a_row_per_value() {
        let s = Lang::En.strings();
        let row = |label: &str, origin| Row {
            label: label.into(),
            value: "1".into(),
            origin,
        };
        let html = data_table(
            "Trade",
            "US$ billion",
            &[row("2023", Origin::Derived), row("2024", Origin::Reported)],
            s,
        );
        assert!(html.starts_with("<table class=\"data-table\"><caption>Trade</caption>"));
        assert_eq!(html.matches("<th scope=\"col\"").count(), 3);
        assert_eq!(html.matches("<th scope=\"row\">").count(), 2);
        assert_eq!(html.matches("<tr class=\"derived\">").count(), 1, "{html}");
        assert!(html.contains("US$ billion"));
        assert!(html.ends_with("</tbody></table>"));
    }

    #[test]
    fn figures_and_sources_keep_their_ids_and_quotes_stay_english() {
        let s = Lang::Zh.strings();
        let figures = figure_list(
            &[FigureRow {
                id: "trade_2024",
                label: "Trade",
                value: "1".into(),
                period: "2024",
                origin: Origin::Reported,
            }],
            s,
        );
        assert!(figures.contains("<tr data-id=\"trade_2024\"><th scope=\"row\">Trade<span class=\"period\">2024</span></th>"));
        let sources = provenance_list(
            &[Provenance {
                id: "trade_2024",
                label: "Trade",
                value: "1".into(),
                period: "2024",
                origin: Origin::Reported,
                publisher: Some("Customs"),
                quote: Some("Trade grew."),
                quote_translation: Some("贸易增长。"),
                citation: None,
                url: None,
                as_of_inferred: None,
                formula: None,
            }],
            s,
        );
        assert!(!sources.contains("<a "), "no source link without a url");
        let context = provenance_list(
            &[Provenance {
                id: "karot_capacity",
                label: "Capacity",
                value: "720 MW".into(),
                period: "2022",
                origin: Origin::Context,
                publisher: Some("Xinhua"),
                quote: None,
                quote_translation: None,
                citation: Some("Xinhua, 30 June 2022"),
                url: Some("https://example.org/a?b=1&c=\"><script>"),
                as_of_inferred: Some(("2023年6月".into(), "<b>推定</b>")),
                formula: None,
            }],
            s,
        );
        assert!(
            context.contains(
                "<p class=\"prov-inferred\">截至2023年6月（推定）：&lt;b&gt;推定&lt;/b&gt;</p>"
            ),
            "an inferred date is marked, its reason escaped: {context}"
        );
        assert!(
            context
                .contains("<p class=\"citation\">背景数据，原报道未提及：Xinhua, 30 June 2022</p>"),
            "{context}"
        );
        assert!(context.contains(
            "<p class=\"source-url\"><a href=\"https://example.org/a?b=1&amp;c=&quot;&gt;&lt;script&gt;\" rel=\"noopener\">查看原文</a></p>"
        ), "{context}");
        assert!(sources.starts_with("<ul class=\"provenance\"><li data-id=\"trade_2024\">"));
        assert!(sources.contains(
            "<blockquote class=\"quote\" lang=\"en\" dir=\"ltr\"><p>“Trade grew.”</p></blockquote>"
        ));
        assert!(sources.contains("贸易增长。"));
        // Every element opened is closed.
        for tag in ["ul", "li", "p", "div", "blockquote", "span"] {
            assert_eq!(
                sources.matches(&format!("<{tag}>")).count()
                    + sources.matches(&format!("<{tag} ")).count(),
                sources.matches(&format!("</{tag}>")).count(),
                "<{tag}> in {sources}"
            );
        }
    }
}
