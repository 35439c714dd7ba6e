//! The "Embed" control of a card: the iframe snippet for the current view and the script tag,
//! with a copy button. A native `<details>`: keyboard and screen-reader friendly as is. Until
//! the snippet is known it is shown disabled (out of the tab order, not clickable), so the
//! card keeps its height when the page goes live.

use super::use_strings;
use crate::browser::effects::copy;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EmbedCodeProps {
    pub id: &'static str,
    pub snippet: String,
    /// The snippet for the whole card (`layout=full`); the reader chooses between the two.
    #[prop_or_default]
    pub full: String,
    /// Receives the copy result for the page's status line.
    pub on_status: Callback<String>,
}

#[component]
pub fn EmbedCode(props: &EmbedCodeProps) -> Html {
    let s = use_strings();
    let whole = use_state(|| false);
    let chosen = if *whole && !props.full.is_empty() {
        &props.full
    } else {
        &props.snippet
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
    let pending = props.snippet.is_empty();
    html! {
        <details class="embed-code">
            <summary tabindex={pending.then_some("-1")}
                aria-disabled={pending.then_some("true")}>{ s.embed }</summary>
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
