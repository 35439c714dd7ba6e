//! The timeline's events as a list: date, event and the sentence quoted from the article.
//! Once live it is one tab stop; arrow keys, Home and End move between events.

use super::quote::Quote;
use super::use_strings;
use crate::core::sheet::EventRow;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EventListProps {
    pub events: Vec<EventRow>,
    pub live: bool,
}

#[component]
pub fn EventList(props: &EventListProps) -> Html {
    let s = use_strings();
    let current = use_state_eq(|| 0usize);
    let refs = use_memo(props.events.len(), |n| {
        (0..*n).map(|_| NodeRef::default()).collect::<Vec<_>>()
    });
    let onkeydown = {
        let (current, refs) = (current.clone(), refs.clone());
        Callback::from(move |e: KeyboardEvent| {
            let n = refs.len();
            if n == 0 {
                return;
            }
            let next = match e.key().as_str() {
                "ArrowDown" | "ArrowRight" => (*current + 1).min(n - 1),
                "ArrowUp" | "ArrowLeft" => current.saturating_sub(1),
                "Home" => 0,
                "End" => n - 1,
                _ => return,
            };
            e.prevent_default();
            current.set(next);
            if let Some(el) = refs[next].cast::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        })
    };
    html! {
        <ol class="events" aria-label={s.events_label} onkeydown={props.live.then_some(onkeydown)}>
            { for props.events.iter().zip(refs.iter()).enumerate().map(|(i, (e, node))| {
                let onfocus = {
                    let current = current.clone();
                    Callback::from(move |_: FocusEvent| current.set(i))
                };
                let tabindex = props.live.then(|| if i == *current { "0" } else { "-1" });
                html! {
                    <li key={e.id} data-id={e.id} ref={node.clone()} {tabindex} {onfocus} class="event">
                        <time datetime={e.iso.clone()}>{ e.date.clone() }</time>
                        <span class="event-label">{ e.label }</span>
                        <Quote text={e.quote} translation={e.quote_translation} />
                    </li>
                }
            }) }
        </ol>
    }
}
