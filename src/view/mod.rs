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
mod island;
mod key_figures;
mod language_nav;
mod page;
mod store;
mod tab_list;

pub use card_section::{CardSection, CardSectionProps};
pub use chart_figure::ChartFigure;
pub use island::{IslandRoot, IslandRootProps};
pub use page::{Host, Page, PageProps, APPENDIX_ID, PRINTED_ID};
pub use store::{Island, Store, Subscription};

pub(crate) use hooks::use_strings;

use crate::core::derive::Origin;
use crate::core::i18n::Strings;
use crate::core::markup::SafeHtml;
use yew::prelude::*;

/// HTML the core built (escaped, see `SafeHtml`), written in place: the one caller of
/// `from_html_unchecked`, and it takes nothing but `SafeHtml`.
pub(crate) fn raw(html: &SafeHtml) -> Html {
    Html::from_html_unchecked(AttrValue::from(html.shared().clone()))
}

/// The tag shown beside a value so its origin never rests on colour alone: the same markup
/// the core writes into the tables (`core::markup::origin_tag`).
pub(crate) fn origin_tag(o: Origin, s: &Strings) -> Html {
    raw(&crate::core::markup::origin_tag(o, s))
}
