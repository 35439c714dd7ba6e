//! A `<details>` whose contents are written only while it is open: its ref, whether it is
//! open, and the handler for its `toggle` event.

use yew::prelude::*;

/// Open or closed is read from the element, not toggled: a disclosure opened before its
/// island was live is open when the island starts, and fills then.
#[hook]
pub fn use_disclosure() -> (NodeRef, bool, Callback<Event>) {
    let node = use_node_ref();
    let open = use_state_eq(|| false);
    let read = {
        let (node, open) = (node.clone(), open.clone());
        move || {
            let now = node
                .cast::<web_sys::Element>()
                .is_some_and(|d| d.has_attribute("open"));
            open.set(now);
        }
    };
    {
        let read = read.clone();
        use_effect_with((), move |_| read());
    }
    let on_toggle = Callback::from(move |_: Event| read());
    (node, *open, on_toggle)
}
