//! The "Embed" control of a card: the iframe snippet for the current view and the script tag,
//! with a copy button; on a card with several charts, a choice of the whole card or one chart
//! (an article wants one). A native `<details>` with radio buttons: keyboard and screen-reader
//! friendly as is. Until the snippet is known it is shown disabled (out of the tab order, not
//! clickable), so the card keeps its height when the page goes live.

use super::use_strings;
use crate::browser::effects::copy;
use yew::prelude::*;

/// One thing a card offers to embed: its name, and its code compact and whole
/// (`layout=full`), both empty until the page is live.
#[derive(Clone, Debug, PartialEq)]
pub struct EmbedChoice {
    pub label: String,
    pub compact: String,
    pub full: String,
}

#[derive(Properties, PartialEq)]
pub struct EmbedCodeProps {
    pub id: &'static str,
    /// The whole card's first; a choice is offered when there are several.
    pub choices: Vec<EmbedChoice>,
    /// Receives the copy result for the page's status line.
    pub on_status: Callback<String>,
}

#[component]
pub fn EmbedCode(props: &EmbedCodeProps) -> Html {
    let s = use_strings();
    let whole = use_state(|| false);
    let picked = use_state(|| 0usize);
    let Some(choice) = props.choices.get(*picked).or(props.choices.first()) else {
        return Html::default();
    };
    let chosen = if *whole {
        &choice.full
    } else {
        &choice.compact
    };
    let onchange = {
        let whole = whole.clone();
        Callback::from(move |_: Event| whole.set(!*whole))
    };
    let onclick = {
        let (snippet, on_status) = (chosen.clone(), props.on_status.clone());
        Callback::from(move |_: MouseEvent| copy(snippet.clone(), s.copied, s, on_status.clone()))
    };
    let field = format!("{}-embed-code", props.id);
    let pending = chosen.is_empty();
    let name = AttrValue::from(format!("{}-embed-which", props.id));
    let options = (props.choices.len() > 1).then(|| {
        html! {
            <fieldset class="embed-which">
                <legend>{ s.embed_which }</legend>
                { for props.choices.iter().enumerate().map(|(i, c)| {
                    let picked = picked.clone();
                    html! {
                        <label>
                            <input type="radio" name={name.clone()} checked={i == *picked}
                                disabled={pending} onchange={move |_| picked.set(i)} />
                            { c.label.clone() }
                        </label>
                    }
                }) }
            </fieldset>
        }
    });
    html! {
        <details class="embed-code">
            <summary tabindex={pending.then_some("-1")}
                aria-disabled={pending.then_some("true")}>{ s.embed }</summary>
            { for options }
            <label class="embed-full">
                <input type="checkbox" checked={*whole} disabled={pending} {onchange} />
                { s.embed_full }
            </label>
            <label for={field.clone()}>{ s.embed_help }</label>
            <textarea id={field} readonly=true rows="5" spellcheck="false" value={chosen.clone()} />
            <button type="button" class="button small" disabled={pending} {onclick}>{ s.copy_embed }</button>
        </details>
    }
}
