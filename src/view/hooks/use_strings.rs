use crate::core::i18n::{Lang, Strings};
use yew::prelude::*;

/// The page's strings, in the language each island provides to the components below it
/// (English where none is provided).
///
/// # Example
/// ```
/// use cpec_factsheet::view::hooks::use_strings;
/// use yew::prelude::*;
///
/// #[component]
/// fn Title() -> Html {
///     let s = use_strings();
///     html! { <h2>{ s.embed }</h2> }
/// }
/// ```
#[hook]
pub fn use_strings() -> &'static Strings {
    use_context::<Lang>().unwrap_or_default().strings()
}
