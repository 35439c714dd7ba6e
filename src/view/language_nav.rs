//! The language switcher: a link to each language's pre-rendered page, so it works without
//! JavaScript too. Once live, the links carry the current view (tabs, units, theme).

use crate::core::i18n::Lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LanguageNavProps {
    /// The page's language.
    pub lang: Lang,
    /// The view as a query ("?money=usd-mn"), or empty.
    pub query: String,
}

/// The address of `to`'s page from `from`'s page: relative, so it works on any sub-path.
pub fn href(from: Lang, to: Lang, query: &str) -> String {
    let path = format!("{}{}", from.up(), to.path());
    if path.is_empty() {
        format!("./{query}")
    } else {
        format!("{path}{query}")
    }
}

#[component]
pub fn LanguageNav(props: &LanguageNavProps) -> Html {
    let s = props.lang.strings();
    html! {
        <nav class="languages" aria-label={s.language}>
            <ul>
                { for Lang::ALL.iter().map(|l| {
                    let current = *l == props.lang;
                    html! {
                        <li>
                            <a href={href(props.lang, *l, &props.query)} lang={l.tag()}
                                hreflang={l.tag()} dir={l.dir()}
                                aria-current={current.then_some("page")}>
                                { l.name() }
                            </a>
                        </li>
                    }
                }) }
            </ul>
        </nav>
    }
}
