//! Where the app runs ([`Host`]): what the store, the page and the islands are told, in a
//! module of its own so that none of them imports another for it.

use yew::AttrValue;

/// Where the app runs.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Host {
    /// Its own page (or an iframe of it): owns the address, history and theme.
    #[default]
    Page,
    /// Mounted in someone else's page: touches none of that. `base` is the sheet's address.
    Mounted { base: AttrValue },
}
