//! Escaping, and [`SafeHtml`]: HTML whose every text and attribute value is escaped, the only
//! kind of string the view shows as raw HTML.

use std::rc::Rc;

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
