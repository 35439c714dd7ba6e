//! "How this is computed": every derived figure of a card with its formula and inputs.

use super::{origin_class, origin_label};
use crate::core::sheet::FormulaRow;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FormulaListProps {
    pub rows: Vec<FormulaRow>,
}

#[component]
pub fn FormulaList(props: &FormulaListProps) -> Html {
    if props.rows.is_empty() {
        return html! {
            <p class="formulas-none">{ "Every figure on this card is reported; none is derived." }</p>
        };
    }
    html! {
        <section class="formulas">
            <h3>{ "How this is computed" }</h3>
            <ul>
                { for props.rows.iter().map(|r| html! {
                    <li key={r.id} data-id={r.id}>
                        <p class="formula-label">{ r.label }</p>
                        <p class="formula"><code>{ r.formula.clone() }</code></p>
                        <p class="formula-inputs">
                            { "Inputs: " }
                            { for r.inputs.iter().enumerate().map(|(n, i)| html! {
                                <>
                                    { if n > 0 { "; " } else { "" } }
                                    { format!("{} = {} ", i.label, i.shown) }
                                    <span class={origin_class(i.origin)}>{ origin_label(i.origin) }</span>
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
