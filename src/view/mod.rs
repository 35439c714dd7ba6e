//! Yew components, one per file, each given only the data it draws. They run in the native
//! pre-render and in the browser, so none of them touches `window`.

mod app;
mod card_section;
mod chart_figure;
mod figure_list;
mod formula_list;
mod key_figures;
mod source_list;

pub use app::{App, AppProps};
pub use card_section::{CardSection, CardSectionProps};
pub use chart_figure::ChartFigure;

use crate::core::derive::Origin;

/// The word shown beside a value so its origin never rests on colour alone.
pub(crate) fn origin_label(o: Origin) -> &'static str {
    match o {
        Origin::Reported => "Reported",
        Origin::Context => "Context",
        Origin::Derived => "Derived",
    }
}

pub(crate) fn origin_class(o: Origin) -> &'static str {
    match o {
        Origin::Reported => "tag tag-reported",
        Origin::Context => "tag tag-context",
        Origin::Derived => "tag tag-derived",
    }
}
