//! The Sources tab: for every figure its publisher, period and the sentence quoted from the
//! article (or its citation); for every derived figure the formula with its inputs.

use super::{origin_class, origin_label};
use crate::core::sheet::Provenance;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProvenanceListProps {
    pub entries: Vec<Provenance>,
}

#[component]
pub fn ProvenanceList(props: &ProvenanceListProps) -> Html {
    html! {
        <ul class="provenance">
            { for props.entries.iter().map(|p| html! {
                <li key={p.id} data-id={p.id}>
                    <p class="prov-head">
                        <span class="prov-label">{ p.label }</span>
                        { format!(": {} ({}) ", p.value, p.period) }
                        <span class={origin_class(p.origin)}>{ origin_label(p.origin) }</span>
                    </p>
                    if let Some(publisher) = p.publisher {
                        <p class="prov-publisher">{ format!("Published by {publisher}") }</p>
                    }
                    if let Some(quote) = p.quote {
                        <blockquote class="quote">
                            <p>{ format!("“{quote}”") }</p>
                        </blockquote>
                    }
                    if let Some(citation) = p.citation {
                        <p class="citation">{ format!("Context, not in the article: {citation}") }</p>
                    }
                    if let Some(f) = &p.formula {
                        <p class="formula">{ "Derived: " }<code>{ f.formula.clone() }</code></p>
                        if let Some(note) = f.note {
                            <p class="formula-note">{ note }</p>
                        }
                    }
                </li>
            }) }
        </ul>
    }
}
