//! A sentence quoted from the source article, in English with its translation on other
//! languages' pages. Raw HTML from the core (see `core::markup::quote`).

use super::use_strings;
use crate::core::markup::quote;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QuoteProps {
    /// The sentence as published, in English.
    pub text: &'static str,
    /// Its translation into the page's language, if the page is not in English.
    #[prop_or_default]
    pub translation: Option<&'static str>,
}

#[component]
pub fn Quote(props: &QuoteProps) -> Html {
    let s = use_strings();
    Html::from_html_unchecked(quote(props.text, props.translation, s).into())
}
