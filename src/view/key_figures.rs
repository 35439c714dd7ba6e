//! The strip of headline figures at the top of the page.

use super::{origin_tag, use_strings};
use crate::core::sheet::KeyFigure;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct KeyFiguresProps {
    pub figures: Vec<KeyFigure>,
    /// (label, formula) for figures computed only for this strip.
    pub formulas: Vec<(&'static str, String)>,
    /// Whether the island is live; before, the origin tags adopt the pre-rendered ones.
    pub live: bool,
}

#[component]
pub fn KeyFigures(props: &KeyFiguresProps) -> Html {
    let s = use_strings();
    html! {
        <section class="key-figures" aria-labelledby="key-figures-title">
            <h2 id="key-figures-title">{ s.key_figures }</h2>
            // Focusable: on a phone the strip scrolls sideways, and a keyboard must reach it.
            <ul class="kf-list" tabindex="0" aria-labelledby="key-figures-title">
                { for props.figures.iter().map(|f| html! {
                    // Each figure leads to the card that charts it.
                    <li class="kf" key={f.id} data-id={f.id}>
                        <a class="kf-link" href={format!("#{}", f.card)}>
                            <span class="kf-value">{ f.value.clone() }</span>
                            <span class="kf-label">{ f.label.clone() }</span>
                        </a>
                        { origin_tag(f.origin, s, !props.live) }
                    </li>
                }) }
            </ul>
            { for props.formulas.iter().map(|(label, formula)| html! {
                <p class="kf-formula">
                    <span class="how">{ s.how_key(label) }</span>
                    { " " }
                    <span class="formula">{ formula.clone() }</span>
                </p>
            }) }
        </section>
    }
}
