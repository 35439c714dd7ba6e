//! Embedding: the iframe snippet an editor copies, the resize message an embedded page sends
//! its parent, and where things live relative to the page's address. Pure, so it is tested
//! natively; the browser only supplies the address.

use super::i18n::Lang;
use super::markup::escape_attr;
use super::sheet::units_for;
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

/// A first height for the iframe before `embed.js` sets the real one.
pub fn initial_height(embed: Embed) -> u32 {
    match embed {
        Embed::Trade => 980,
        Embed::Cpec => 1500,
        Embed::Karot => 1100,
        Embed::Timeline => 1250,
        Embed::All => 4200,
    }
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
