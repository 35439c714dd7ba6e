use crate::core::state::ViewState;
use crate::view::store::{Island, Store};
use yew::prelude::*;

/// The view state an island shows, re-rendering the component whenever the store notifies
/// `island`.
///
/// A hydrating island's first render must be what the pre-render wrote, whatever the store
/// holds by then: it gets the rendered state, and every later render the store's state for
/// the island. An island made live before its first render (a click while it waited)
/// renders again at once. The subscription is made in the first render, so no change
/// between it and the mount is missed, and it ends with the component.
///
/// # Example
/// ```
/// use cpec_factsheet::view::hooks::use_island_state;
/// use cpec_factsheet::view::{Island, Store};
/// use yew::prelude::*;
///
/// #[derive(Properties, PartialEq)]
/// struct Props {
///     store: Store,
/// }
///
/// #[component]
/// fn Theme(props: &Props) -> Html {
///     let state = use_island_state(&props.store, Island::Controls);
///     html! { <p>{ state.view.theme.key() }</p> }
/// }
/// ```
#[hook]
pub fn use_island_state(store: &Store, island: Island) -> ViewState {
    let update = use_force_update();
    let _subscription = {
        let update = update.clone();
        use_mut_ref(|| store.subscribe(Some(island), move || update.force_update()))
    };
    let first = use_mut_ref(|| store.hydrates());
    let hydrating = std::mem::replace(&mut *first.borrow_mut(), false);
    if hydrating && store.is_live(island) {
        update.force_update();
    }
    if hydrating {
        store.rendered()
    } else {
        store.state_for(island)
    }
}
