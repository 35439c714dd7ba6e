//! The meta tags of one page: Open Graph and Twitter cards for link previews, and the
//! `hreflang` links to the page in the other languages.

use cpec_factsheet::core::i18n::Lang;
use cpec_factsheet::core::markup::escape_attr;
use cpec_factsheet::core::preview;

/// Open Graph and Twitter card tags of one page.
pub struct Meta {
    pub title: String,
    pub description: String,
    pub image: String,
    pub image_alt: String,
    pub url: Option<String>,
    pub locale: Lang,
    /// Link the page's versions in the other languages (`hreflang`).
    pub alternates: bool,
    /// The page's oEmbed document, absolute (only when the deployment address is known).
    pub oembed: Option<String>,
}

impl Meta {
    pub fn tags(&self) -> String {
        let mut tags = vec![
            ("property", "og:type", "website".to_string()),
            ("property", "og:title", self.title.clone()),
            ("property", "og:description", self.description.clone()),
            ("property", "og:image", self.image.clone()),
            ("property", "og:image:type", "image/png".into()),
            ("property", "og:image:width", preview::WIDTH.to_string()),
            ("property", "og:image:height", preview::HEIGHT.to_string()),
            ("property", "og:image:alt", self.image_alt.clone()),
            ("name", "twitter:card", "summary_large_image".into()),
            ("name", "twitter:title", self.title.clone()),
            ("name", "twitter:description", self.description.clone()),
            ("name", "twitter:image", self.image.clone()),
            ("name", "twitter:image:alt", self.image_alt.clone()),
        ];
        if let Some(url) = &self.url {
            tags.push(("property", "og:url", url.clone()));
        }
        tags.push(("property", "og:locale", self.locale.tag().replace('-', "_")));
        let mut out: String = tags
            .iter()
            .map(|(kind, key, value)| {
                format!(
                    "<meta {kind}=\"{key}\" content=\"{}\" />\n",
                    escape_attr(value)
                )
            })
            .collect();
        // Search engines (and Lighthouse) want absolute hreflang addresses: only when the
        // deployment address is known.
        if let (true, Some(url)) = (self.alternates, &self.url) {
            let root = url.strip_suffix(self.locale.path()).unwrap_or(url);
            for l in Lang::ALL {
                let href = format!("{root}{}", l.path());
                out.push_str(&format!(
                    "<link rel=\"alternate\" hreflang=\"{}\" href=\"{href}\" />\n",
                    l.tag()
                ));
            }
        }
        // oEmbed discovery: a CMS given the page's address finds the embed code here.
        if let Some(href) = &self.oembed {
            out.push_str(&format!(
                "<link rel=\"alternate\" type=\"application/json+oembed\" href=\"{}\" title=\"{}\" />\n",
                escape_attr(href),
                escape_attr(&self.title)
            ));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hreflang_alternates_are_absolute_or_absent() {
        let meta = |url: Option<&str>| Meta {
            title: "T".into(),
            description: "D".into(),
            image: "og-sheet.png".into(),
            image_alt: String::new(),
            url: url.map(String::from),
            locale: Lang::Zh,
            alternates: true,
            oembed: url.map(|u| format!("{u}oembed-all.json")),
        };
        let tags = meta(Some("https://example.org/cpec/zh/")).tags();
        for (tag, href) in [
            ("en", "https://example.org/cpec/"),
            ("zh-CN", "https://example.org/cpec/zh/"),
            ("ur-PK", "https://example.org/cpec/ur/"),
        ] {
            let link = format!(r#"<link rel="alternate" hreflang="{tag}" href="{href}" />"#);
            assert!(tags.contains(&link), "{link} in {tags}");
        }
        assert!(!meta(None).tags().contains("hreflang"));
        assert!(tags.contains(r#"<link rel="alternate" type="application/json+oembed" href="https://example.org/cpec/zh/oembed-all.json" title="T" />"#));
        assert!(!meta(None).tags().contains("oembed"));
    }
}
