//! Yew components, one per file, each given only the data it draws. They run in the native
//! pre-render and in the browser, so none of them touches `window` while rendering; browser
//! work happens in event handlers through `crate::browser::effects`. [`Page`] is the whole
//! page; the parts a reader can change are islands ([`IslandRoot`]) that share a [`Store`].

mod card_section;
mod chart_figure;
mod cite_this;
mod controls;
mod embed_code;
mod event_list;
pub mod hooks;
mod host;
mod island;
mod key_figures;
mod language_nav;
mod page;
mod store;
mod tab_list;

pub use crate::core::ids::{APPENDIX_ID, PRINTED_ID};
pub use card_section::{CardSection, CardSectionProps};
pub use chart_figure::ChartFigure;
pub use embed_code::EmbedChoice;
pub use host::Host;
pub use island::{IslandRoot, IslandRootProps};
pub use page::{Page, PageProps};
pub use store::{Island, Store, Subscription};

pub(crate) use hooks::use_strings;

use crate::browser::effects;
use crate::core::derive::Origin;
use crate::core::i18n::Strings;
use crate::core::markup::SafeHtml;
use yew::prelude::*;

/// HTML the core built (escaped, see `SafeHtml`), in place. `adopt`: the page was
/// pre-rendered with this HTML and is being hydrated (the island is not live yet), so the
/// nodes on the page are kept as they are. See [`Raw`].
pub(crate) fn raw(html: &SafeHtml, adopt: bool) -> Html {
    html! { <Raw html={html.clone()} {adopt} /> }
}

#[derive(Properties, PartialEq)]
pub(crate) struct RawProps {
    html: SafeHtml,
    /// Read on the first render only.
    adopt: bool,
}

/// What a [`Raw`] has on the page.
enum OnPage {
    /// The pre-rendered nodes it hydrated, from this HTML.
    Adopted(SafeHtml),
    /// Nodes made through the page's Trusted Types policy, from this HTML.
    Made(SafeHtml, Html),
    Nothing,
}

/// Raw HTML without a string ever reaching `innerHTML` at run time, which a page that
/// requires Trusted Types refuses. Hydrating, it adopts the pre-rendered nodes (Yew's raw
/// node, whose hydration writes nothing) and keeps them while its HTML stays the same; any
/// other HTML, or a first render in the browser (an embed rendered there, a mounted card, a
/// panel first shown after hydration), becomes nodes made through the policy
/// (`effects::trusted_html`), which Yew places as references and replaces when the HTML
/// changes. The pre-render writes the HTML as it is. The one caller of
/// `from_html_unchecked`, and it takes nothing but `SafeHtml`.
#[component]
pub(crate) fn Raw(props: &RawProps) -> Html {
    let on_page = use_mut_ref(|| match props.adopt {
        true => OnPage::Adopted(props.html.clone()),
        false => OnPage::Nothing,
    });
    let mut on_page = on_page.borrow_mut();
    match &*on_page {
        // The same HTML as the adopted nodes: Yew compares the text and writes nothing.
        OnPage::Adopted(h) if *h == props.html => return unchecked(h),
        OnPage::Made(h, nodes) if *h == props.html => return nodes.clone(),
        _ => {}
    }
    match effects::trusted_html(&props.html) {
        Some(nodes) => {
            *on_page = OnPage::Made(props.html.clone(), nodes.clone());
            nodes
        }
        None => unchecked(&props.html),
    }
}

fn unchecked(html: &SafeHtml) -> Html {
    Html::from_html_unchecked(AttrValue::from(html.shared().clone()))
}

/// The tag shown beside a value so its origin never rests on colour alone: the same markup
/// the core writes into the tables (`core::markup::origin_tag`).
pub(crate) fn origin_tag(o: Origin, s: &Strings, adopt: bool) -> Html {
    raw(&crate::core::markup::origin_tag(o, s), adopt)
}
