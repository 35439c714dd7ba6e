//! The Chart | Table | Sources tabs of a card, following the WAI-ARIA tabs pattern: one tab
//! stop, arrow keys / Home / End move and select (automatic activation).

use super::use_strings;
use crate::core::url::Tab;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TabListProps {
    /// Prefix of the tab and panel ids ("trade" → "trade-tab-chart", "trade-panel-chart").
    pub id: &'static str,
    pub label: String,
    pub selected: Tab,
    pub on_select: Callback<Tab>,
    /// Before hydration the tabs are shown (so nothing shifts when they start working) but
    /// disabled; without JavaScript `noscript.css` hides them and every panel shows.
    pub live: bool,
}

pub fn tab_id(card: &str, tab: Tab) -> String {
    format!("{card}-tab-{}", tab.key())
}

pub fn panel_id(card: &str, tab: Tab) -> String {
    format!("{card}-panel-{}", tab.key())
}

#[component]
pub fn TabList(props: &TabListProps) -> Html {
    let s = use_strings();
    let refs = use_memo((), |_| Tab::ALL.map(|_| NodeRef::default()));
    let onkeydown = {
        let (selected, on_select, refs) = (props.selected, props.on_select.clone(), refs.clone());
        Callback::from(move |e: KeyboardEvent| {
            let i = Tab::ALL.iter().position(|t| *t == selected).unwrap_or(0);
            let n = Tab::ALL.len();
            let next = match e.key().as_str() {
                "ArrowRight" => (i + 1) % n,
                "ArrowLeft" => (i + n - 1) % n,
                "Home" => 0,
                "End" => n - 1,
                _ => return,
            };
            e.prevent_default();
            on_select.emit(Tab::ALL[next]);
            if let Some(el) = refs[next].cast::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        })
    };
    html! {
        <div class="tabs" role="tablist" aria-label={props.label.clone()} {onkeydown}>
            { for Tab::ALL.iter().zip(refs.iter()).map(|(tab, node)| {
                let tab = *tab;
                let selected = tab == props.selected;
                let onclick = props.on_select.reform(move |_| tab);
                html! {
                    <button
                        type="button"
                        role="tab"
                        ref={node.clone()}
                        id={tab_id(props.id, tab)}
                        aria-selected={if selected { "true" } else { "false" }}
                        aria-controls={panel_id(props.id, tab)}
                        tabindex={if selected { "0" } else { "-1" }}
                        disabled={!props.live}
                        {onclick}
                    >
                        { tab.label(s) }
                    </button>
                }
            }) }
        </div>
    }
}
