//! The timeline's events as a list: date, event and the sentence quoted from the article
//! (with its translation on other languages' pages). Once live it is one tab stop; arrow
//! keys, Home and End move between events.

use super::{raw, use_strings};
use crate::browser::effects;
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
    let count = props.events.len();
    let onfocusin = {
        let current = current.clone();
        Callback::from(move |e: FocusEvent| {
            if let Some(i) = effects::item_index(&e) {
                current.set(i);
            }
        })
    };
    let onkeydown = {
        let current = current.clone();
        Callback::from(move |e: KeyboardEvent| {
            if count == 0 {
                return;
            }
            let next = match e.key().as_str() {
                "ArrowDown" | "ArrowRight" => (*current + 1).min(count - 1),
                "ArrowUp" | "ArrowLeft" => current.saturating_sub(1),
                "Home" => 0,
                "End" => count - 1,
                _ => return,
            };
            e.prevent_default();
            current.set(next);
            effects::focus_item(&e, next);
        })
    };
    let live = props.live;
    html! {
        <ol class="events" aria-label={s.events_label}
            onkeydown={live.then_some(onkeydown)} onfocusin={live.then_some(onfocusin)}>
            { for props.events.iter().enumerate().map(|(i, e)| {
                let tabindex = live.then(|| if i == *current { "0" } else { "-1" });
                html! {
                    <li key={e.id} data-id={e.id} {tabindex} class="event">
                        <time datetime={e.iso.clone()}>{ e.date.clone() }</time>
                        <span class="event-label">{ e.label }</span>
                        if let Some(why) = e.inferred {
                            <span class="event-note">{ why }</span>
                        }
                        // The quote, closed: the list reads as dates and events. Events
                        // citing the same sentence show it once (on the first) and refer to it.
                        // HTML from the core (`raw`: a small component per quote, the price of
                        // adopting the pre-rendered quote under Trusted Types).
                        if let Some(quote) = &e.quote {
                            <details class="event-quote">
                                <summary tabindex={tabindex}>{ e.quote_note.clone() }</summary>
                                { raw(quote, !live) }
                            </details>
                        } else {
                            <p class="event-quote-ref">{ e.quote_note.clone() }</p>
                        }
                    </li>
                }
            }) }
        </ol>
    }
}
