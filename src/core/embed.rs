//! Embedding: the iframe snippet an editor copies, the resize message an embedded page sends
//! its parent, and where things live relative to the page's address. Pure, so it is tested
//! natively; the browser only supplies the address.

use super::i18n::Lang;
use super::markup::escape_attr;
use super::sheet::{units_for, CardView};
use super::url::{write, Embed, UrlState};

/// The `type` of the message an embedded page posts to its parent when its height changes:
/// `{ "type": "factsheet:resize", "card": "trade", "height": 812 }`.
pub const RESIZE_MESSAGE: &str = "factsheet:resize";

/// The directory the sheet is served from: the address up to its last `/`, without query or
/// fragment ("https://example.org/graphics/cpec/index.html?x" → "https://example.org/graphics/cpec/").
pub fn base_url(href: &str) -> &str {
    let end = href.find(['?', '#']).unwrap_or(href.len());
    let path = &href[..end];
    match path.rfind('/') {
        Some(i) => &path[..=i],
        None => path,
    }
}

/// The sheet's root (where `embed.js` and `data.toml` are) from the address of a page in
/// `lang`: "https://example.org/cpec/zh/?x" → "https://example.org/cpec/".
pub fn root_url(href: &str, lang: Lang) -> &str {
    let base = base_url(href);
    base.strip_suffix(lang.path()).unwrap_or(base)
}

/// The pre-rendered page of an embed, relative to the sheet: "embed-trade.html".
pub fn page_file(embed: Embed) -> String {
    format!("embed-{}.html", embed.key())
}

/// A first height for the iframe before `embed.js` sets the real one: the compact card's at
/// a 640 px column, in the tallest language (e2e/compact.test.mjs holds each embed of one
/// card or chart to 650 px there, the timeline to 900).
pub fn initial_height(embed: Embed) -> u32 {
    match embed {
        Embed::Trade => 650,
        Embed::Cpec => 1040,
        Embed::CpecKm => 440,
        Embed::CpecJobs | Embed::CpecCapacity => 360,
        Embed::Karot => 620,
        Embed::Timeline => 850,
        Embed::All => 4200,
    }
}

/// What a card shows in `embed`: for the embed of one chart, that chart and its table alone
/// (not the card's table of every figure); otherwise the card as it is.
pub fn shown(embed: Option<Embed>, mut view: CardView) -> CardView {
    let Some(id) = embed.and_then(Embed::chart) else {
        return view;
    };
    // Tables come in the order of the charts, one each.
    let Some(i) = view.charts.iter().position(|c| c.id == id) else {
        return view;
    };
    view.charts = vec![view.charts.swap_remove(i)];
    view.html.tables = view.html.tables.get(i).cloned().into_iter().collect();
    view.figures.clear();
    view
}

/// What of the current view an embed shows: a card's own tab and the units it depends on,
/// and the theme; the whole view for the whole sheet. Its address carries nothing else, so a
/// switch that leaves a card as it was leaves its embed code as it was too.
pub fn embed_view(embed: Embed, view: &UrlState) -> UrlState {
    let Some(card) = embed.card() else {
        return UrlState {
            embed: None,
            ..*view
        };
    };
    UrlState {
        units: units_for(card, &view.units),
        theme: view.theme,
        full: view.full,
        ..UrlState::default()
    }
    .with_tab(card, view.tab(card))
}

/// The embed code for `embed` in the current view (see [`embed_view`]) and language: an
/// iframe that `embed.js` resizes, then the script tag. `root` is the sheet's root address.
pub fn snippet(root: &str, lang: Lang, embed: Embed, view: &UrlState, title: &str) -> String {
    let query = write(&embed_view(embed, view));
    let base = root;
    let src = format!("{base}{}{}{query}", lang.path(), page_file(embed));
    format!(
        "<iframe src=\"{}\" title=\"{}\" loading=\"lazy\" data-cpec-factsheet=\"{}\" style=\"width: 100%; height: {}px; border: 0;\"></iframe>\n<script src=\"{}embed.js\" defer></script>",
        escape_attr(&src),
        escape_attr(title),
        embed.key(),
        initial_height(embed),
        escape_attr(base),
    )
}

/// The oEmbed document of an embed, beside its page: "oembed-trade.json" (the whole sheet's
/// is the all-cards embed's, "oembed-all.json").
pub fn oembed_file(embed: Embed) -> String {
    format!("oembed-{}.json", embed.key())
}

/// The width an oEmbed consumer is offered: an article's column.
pub const OEMBED_WIDTH: u32 = 640;

/// What an oEmbed document says of its embed, besides the embed itself.
pub struct OEmbed<'a> {
    /// The sheet's root address, absolute ("https://example.org/graphics/cpec/").
    pub root: &'a str,
    pub lang: Lang,
    pub embed: Embed,
    /// The card's title ("Bilateral trade: China–Pakistan ...").
    pub title: &'a str,
    /// The sheet's title, as the provider's name.
    pub provider: &'a str,
    /// The link-preview image's file name, beside the language's pages ("og-trade.png").
    pub thumbnail: &'a str,
    /// Its size in pixels.
    pub thumbnail_size: (u32, u32),
}

/// The oEmbed 1.0 document (type `rich`) for an embed, with absolute addresses: the embed code
/// an editor would copy (the iframe and `embed.js`, which sizes it), the provider and the
/// link-preview image as the thumbnail.
pub fn oembed(o: &OEmbed) -> String {
    let json = super::json::json_string;
    let html = snippet(o.root, o.lang, o.embed, &UrlState::default(), o.title);
    format!(
        "{{\n  \"version\": \"1.0\",\n  \"type\": \"rich\",\n  \"title\": {},\n  \"provider_name\": {},\n  \"provider_url\": {},\n  \"html\": {},\n  \"width\": {OEMBED_WIDTH},\n  \"height\": {},\n  \"thumbnail_url\": {},\n  \"thumbnail_width\": {},\n  \"thumbnail_height\": {}\n}}\n",
        json(o.title),
        json(o.provider),
        json(&format!("{}{}", o.root, o.lang.path())),
        json(&html),
        initial_height(o.embed),
        json(&format!("{}{}{}", o.root, o.lang.path(), o.thumbnail)),
        o.thumbnail_size.0,
        o.thumbnail_size.1,
    )
}

/// The address of the full sheet in the same view, for the embed's "Source" link.
pub fn full_sheet_link(view: &UrlState) -> String {
    format!(
        "./{}",
        write(&UrlState {
            embed: None,
            ..*view
        })
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_oembed_document_is_rich_absolute_and_escaped() {
        let doc = oembed(&OEmbed {
            root: "https://example.org/cpec/",
            lang: Lang::Zh,
            embed: Embed::Trade,
            title: "Trade \"quoted\" <b>",
            provider: "Sheet",
            thumbnail: "og-trade.png",
            thumbnail_size: (1200, 630),
        });
        let v: serde_json::Value = match serde_json::from_str(&doc) {
            Ok(v) => v,
            Err(e) => panic!("not JSON ({e}): {doc}"),
        };
        assert_eq!(v["version"], "1.0");
        assert_eq!(v["type"], "rich");
        assert_eq!(v["title"], "Trade \"quoted\" <b>");
        assert_eq!(v["provider_name"], "Sheet");
        assert_eq!(v["provider_url"], "https://example.org/cpec/zh/");
        assert_eq!(
            (v["width"].as_u64(), v["height"].as_u64()),
            (Some(640), Some(650))
        );
        assert_eq!(
            v["thumbnail_url"],
            "https://example.org/cpec/zh/og-trade.png"
        );
        assert_eq!(v["thumbnail_width"], 1200);
        // The embed code: the Chinese trade card's iframe, its title escaped, and embed.js.
        let html = v["html"].as_str().unwrap_or_default();
        assert!(html.starts_with("<iframe src=\"https://example.org/cpec/zh/embed-trade.html\" title=\"Trade &quot;quoted&quot; &lt;b&gt;\""), "{html}");
        assert!(
            html.ends_with("<script src=\"https://example.org/cpec/embed.js\" defer></script>"),
            "{html}"
        );
        // Written for a script context too: no raw "<" in the document.
        assert!(!doc.contains('<'));
        assert_eq!(oembed_file(Embed::All), "oembed-all.json");
    }
}
