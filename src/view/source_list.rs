//! The card's source line: who published each figure, for which period.

use crate::core::derive::Origin;
use crate::core::sheet::SourceLine;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SourceListProps {
    pub lines: Vec<SourceLine>,
}

#[component]
pub fn SourceList(props: &SourceListProps) -> Html {
    html! {
        <div class="sources">
            <h3>{ "Sources" }</h3>
            <ul>
                { for props.lines.iter().map(|l| html! {
                    <li>
                        <span class="publisher">{ l.publisher }</span>
                        { format!(", {}", l.period) }
                        { match (l.origin, l.citation) {
                            (Origin::Context, Some(c)) => html! { <span class="citation">{ format!(" (context, not in the article: {c})") }</span> },
                            _ => html! { <span class="citation">{ " (as quoted in the article)" }</span> },
                        } }
                    </li>
                }) }
            </ul>
        </div>
    }
}
