//! A sentence quoted from the source article. Quotes stay in their original English (marked
//! `lang="en"`, so screen readers switch voice); on other languages' pages the translation
//! follows, labelled as such.

use super::use_strings;
use crate::core::i18n::fill;
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
    let original = html! {
        <blockquote class="quote" lang="en" dir="ltr">
            <p>{ format!("“{}”", props.text) }</p>
        </blockquote>
    };
    match props.translation {
        None => original,
        Some(t) => html! {
            <div class="quote-pair">
                <p class="quote-note">{ s.original_english }</p>
                { original }
                <p class="quote-translation">
                    <span class="quote-note">{ s.translation }</span>
                    { " " }
                    { fill(s.quoted, &[("text", t)]) }
                </p>
            </div>
        },
    }
}
