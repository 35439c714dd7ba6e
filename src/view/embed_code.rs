//! The "Embed" control of a card: the iframe snippet for the current view and the script tag,
//! with a copy button. A native `<details>`: keyboard and screen-reader friendly as is.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EmbedCodeProps {
    pub id: &'static str,
    pub snippet: String,
    /// Receives the copy result for the page's status line.
    pub on_status: Callback<String>,
}

#[component]
pub fn EmbedCode(props: &EmbedCodeProps) -> Html {
    let onclick = {
        let (snippet, on_status) = (props.snippet.clone(), props.on_status.clone());
        Callback::from(move |_: MouseEvent| copy(snippet.clone(), on_status.clone()))
    };
    let field = format!("{}-embed-code", props.id);
    html! {
        <details class="embed-code">
            <summary>{ "Embed" }</summary>
            <label for={field.clone()}>{ "Paste this into your page: the iframe fits its height to the card." }</label>
            <textarea id={field} readonly=true rows="5" spellcheck="false" value={props.snippet.clone()} />
            <button type="button" class="button small" {onclick}>{ "Copy embed code" }</button>
        </details>
    }
}

#[cfg(target_arch = "wasm32")]
fn copy(text: String, on_status: Callback<String>) {
    yew::platform::spawn_local(async move {
        on_status.emit(match crate::browser::copy_text(text).await {
            Ok(()) => "Embed code copied to the clipboard.".into(),
            Err(e) => format!("Could not copy: {e}. Select the code and copy it."),
        });
    });
}

#[cfg(not(target_arch = "wasm32"))]
fn copy(_: String, _: Callback<String>) {}
