//! The Sources tab: for every figure its publisher, period and the sentence quoted from the
//! article (or its citation); for every derived figure the formula with its inputs.

use super::quote::Quote;
use super::{origin_tag, use_strings};
use crate::core::i18n::fill;
use crate::core::sheet::Provenance;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProvenanceListProps {
    pub entries: Vec<Provenance>,
}

#[component]
pub fn ProvenanceList(props: &ProvenanceListProps) -> Html {
    let s = use_strings();
    html! {
        <ul class="provenance">
            { for props.entries.iter().map(|p| html! {
                <li key={p.id} data-id={p.id}>
                    <p class="prov-head">
                        <span class="prov-label">{ p.label }</span>
                        { ": " }
                        { fill(s.with_period, &[("text", &p.value), ("period", p.period)]) }
                        { " " }
                        { origin_tag(p.origin, s) }
                    </p>
                    if let Some(publisher) = p.publisher {
                        <p class="prov-publisher">{ fill(s.published_by, &[("publisher", publisher)]) }</p>
                    }
                    if let Some(quote) = p.quote {
                        <Quote text={quote} translation={p.quote_translation} />
                    }
                    if let Some(citation) = p.citation {
                        <p class="citation">{ fill(s.context_citation, &[("citation", citation)]) }</p>
                    }
                    if let Some(f) = &p.formula {
                        <p class="formula">{ s.derived_label }{ " " }<code>{ f.formula.clone() }</code></p>
                        if let Some(note) = f.note {
                            <p class="formula-note">{ note }</p>
                        }
                    }
                </li>
            }) }
        </ul>
    }
}
