//! The tables and lists, escaped against hostile text.

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
    assert!(figures.contains(
        "<tr data-id=\"trade_2024\"><th scope=\"row\">Trade<span class=\"period\">2024</span></th>"
    ));
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
            quote_shown_in: None,
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
            quote_shown_in: None,
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
        context.contains("<p class=\"citation\">背景数据，原报道未提及：Xinhua, 30 June 2022</p>"),
        "{context}"
    );
    assert!(context.contains(
        "<p class=\"source-url\"><a href=\"https://example.org/a?b=1&amp;c=&quot;&gt;&lt;script&gt;\" rel=\"noopener\">查看原文</a></p>"
    ), "{context}");
    assert!(sources.starts_with("<ul class=\"provenance\"><li data-id=\"trade_2024\">"));
    assert!(sources.contains(
        "<blockquote class=\"quote\" lang=\"en\" dir=\"ltr\">“Trade grew.”</blockquote>"
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

/// A sentence that gives several figures is quoted once, under the first; the others point
/// to it; an event's quote, shown in the list of events, is pointed to there.
#[test]
fn a_sentence_quoted_for_several_figures_is_shown_once() {
    let s = Lang::En.strings();
    let entry = |id: &'static str, label: &'static str, quote: Option<&'static str>| Provenance {
        id,
        label,
        value: "1".into(),
        period: "2022",
        origin: Origin::Reported,
        publisher: Some("Embassy"),
        quote,
        quote_translation: None,
        quote_shown_in: None,
        citation: None,
        url: None,
        as_of_inferred: None,
        formula: None,
    };
    let sentence = Some("CPEC created 236,000 jobs and 510 km of highways.");
    let list = provenance_list(
        &[
            entry("jobs", "Jobs created", sentence),
            entry("km", "Highways added", sentence),
            entry("other", "Something else", Some("Another sentence.")),
            Provenance {
                quote_shown_in: Some(s.quote_in_events),
                ..entry("event", "An event", Some("Another sentence."))
            },
        ],
        s,
    );
    assert_eq!(list.matches("<blockquote").count(), 2, "{list}");
    assert_eq!(list.matches("236,000 jobs").count(), 1);
    assert!(list.contains(
        "<li data-id=\"km\"><p class=\"prov-head\"><span class=\"prov-label\">Highways added</span>"
    ));
    assert!(
        list.contains("<p class=\"quote-ref\">Same quote as Jobs created, above</p>"),
        "{list}"
    );
    assert!(list.contains(&format!("<p class=\"quote-ref\">{}</p>", s.quote_in_events)));
}
