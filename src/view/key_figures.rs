//! The strip of headline figures at the top of the page.

use super::{origin_class, origin_label};
use crate::core::sheet::KeyFigure;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct KeyFiguresProps {
    pub figures: Vec<KeyFigure>,
    /// (label, formula) for figures computed only for this strip.
    pub formulas: Vec<(&'static str, String)>,
}

#[component]
pub fn KeyFigures(props: &KeyFiguresProps) -> Html {
    html! {
        <section class="key-figures" aria-labelledby="key-figures-title">
            <h2 id="key-figures-title">{ "Key figures" }</h2>
            <ul class="kf-list">
                { for props.figures.iter().map(|f| html! {
                    <li class="kf" key={f.id} data-id={f.id}>
                        <span class="kf-value">{ f.value.clone() }</span>
                        <span class="kf-label">{ f.label.clone() }</span>
                        <span class={origin_class(f.origin)}>{ origin_label(f.origin) }</span>
                    </li>
                }) }
            </ul>
            { for props.formulas.iter().map(|(label, formula)| html! {
                <p class="kf-formula">
                    <span class="how">{ format!("How “{label}” is computed: ") }</span>
                    <span class="formula">{ formula.clone() }</span>
                </p>
            }) }
        </section>
    }
}
