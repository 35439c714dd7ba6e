//! "How this is computed": every derived figure of a card with its formula and inputs.

use super::{origin_tag, use_strings};
use crate::core::i18n::fill;
use crate::core::sheet::FormulaRow;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FormulaListProps {
    pub rows: Vec<FormulaRow>,
}

#[component]
pub fn FormulaList(props: &FormulaListProps) -> Html {
    let s = use_strings();
    if props.rows.is_empty() {
        return html! {
            <p class="formulas-none">{ s.none_derived }</p>
        };
    }
    html! {
        <section class="formulas">
            <h3>{ s.how_computed }</h3>
            <ul>
                { for props.rows.iter().map(|r| html! {
                    <li key={r.id} data-id={r.id}>
                        <p class="formula-label">{ r.label }</p>
                        <p class="formula"><code>{ r.formula.clone() }</code></p>
                        <p class="formula-inputs">
                            { s.inputs }
                            { " " }
                            { for r.inputs.iter().enumerate().map(|(n, i)| html! {
                                <>
                                    { if n > 0 { s.list_sep } else { "" } }
                                    { fill(s.input_value, &[("label", i.label), ("value", &i.shown)]) }
                                    { " " }
                                    { origin_tag(i.origin, s) }
                                </>
                            }) }
                        </p>
                        if let Some(note) = r.note {
                            <p class="formula-note">{ note }</p>
                        }
                    </li>
                }) }
            </ul>
        </section>
    }
}
