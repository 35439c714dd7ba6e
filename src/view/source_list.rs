//! The card's source line: who published each figure, for which period.

use super::use_strings;
use crate::core::derive::Origin;
use crate::core::i18n::{fill, split};
use crate::core::sheet::SourceLine;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SourceListProps {
    pub lines: Vec<SourceLine>,
}

#[component]
pub fn SourceList(props: &SourceListProps) -> Html {
    let s = use_strings();
    html! {
        <div class="sources">
            <h3>{ s.sources }</h3>
            <ul>
                { for props.lines.iter().map(|l| {
                    let (before, after) = split(s.with_period, "text");
                    html! {
                    <li>
                        { before }
                        <span class="publisher">{ l.publisher }</span>
                        { fill(after, &[("period", l.period)]) }
                        { " " }
                        { match (l.origin, l.citation) {
                            (Origin::Context, Some(c)) => html! { <span class="citation">{ fill(s.context_paren, &[("citation", c)]) }</span> },
                            _ => html! { <span class="citation">{ s.as_quoted }</span> },
                        } }
                    </li>
                } }) }
            </ul>
        </div>
    }
}
