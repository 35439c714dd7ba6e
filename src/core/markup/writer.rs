//! The builder the tables and lists are written with ([`Markup`]): it escapes every text and
//! attribute value it is given.

use super::safe::{escape_attr, escape_text, SafeHtml};
use crate::core::derive::Origin;
use crate::core::i18n::Strings;

/// An HTML string under construction: every text and attribute value goes through the
/// escapes of `safe`; tag and attribute names are this module's own literals.
#[derive(Default)]
pub(super) struct Markup(String);

impl Markup {
    pub(super) fn open(&mut self, tag: &str, attrs: &[(&str, &str)]) -> &mut Self {
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

    pub(super) fn text(&mut self, text: &str) -> &mut Self {
        self.0.push_str(&escape_text(text));
        self
    }

    pub(super) fn close(&mut self, tag: &str) -> &mut Self {
        self.0.push_str("</");
        self.0.push_str(tag);
        self.0.push('>');
        self
    }

    /// `<tag attrs>text</tag>`.
    pub(super) fn leaf(&mut self, tag: &str, attrs: &[(&str, &str)], text: &str) -> &mut Self {
        self.open(tag, attrs).text(text).close(tag)
    }

    pub(super) fn origin_tag(&mut self, o: Origin, s: &Strings) -> &mut Self {
        self.leaf("span", &[("class", o.class())], o.label(s))
    }

    /// A table's caption and header row.
    pub(super) fn head(
        &mut self,
        class: &str,
        caption: &str,
        columns: [(&str, &str); 3],
    ) -> &mut Self {
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

    /// A row's value and origin cells, and the end of the row. The origin is the cell's own
    /// text in its column (no badge inside it: a table's worth of badges was 38 elements).
    pub(super) fn value_cells(&mut self, value: &str, o: Origin, s: &Strings) -> &mut Self {
        let class = format!("origin {}", o.class().trim_start_matches("tag "));
        self.leaf("td", &[("class", "num")], value)
            .leaf("td", &[("class", &class)], o.label(s))
            .close("tr")
    }

    pub(super) fn end_table(mut self) -> SafeHtml {
        self.close("tbody").close("table");
        self.done()
    }

    pub(super) fn done(self) -> SafeHtml {
        SafeHtml::trusted(self.0)
    }
}
