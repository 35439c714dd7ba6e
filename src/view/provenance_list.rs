//! The Sources tab: for every figure its publisher, period and the sentence quoted from the
//! article (or its citation); for every derived figure the formula with its inputs. Raw HTML
//! from the core (see `core::markup`).

use super::use_strings;
use crate::core::markup::provenance_list;
use crate::core::sheet::Provenance;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProvenanceListProps {
    pub entries: Vec<Provenance>,
}

#[component]
pub fn ProvenanceList(props: &ProvenanceListProps) -> Html {
    let s = use_strings();
    Html::from_html_unchecked(provenance_list(&props.entries, s).into())
}
