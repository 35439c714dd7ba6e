//! Yew components, one per file, each given only the data it draws. They run in the native
//! pre-render and in the browser, so none of them touches `window` while rendering; browser
//! work happens in effects and event handlers through [`effects`].

mod app;
mod card_section;
mod chart_figure;
mod controls;
mod data_table;
mod embed_code;
mod event_list;
mod figure_list;
mod formula_list;
mod key_figures;
mod provenance_list;
mod source_list;
mod tab_list;

pub use app::{App, AppProps, Host};
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

/// Browser side effects used by event handlers. In the native pre-render no handler ever
/// runs, so the native versions do nothing.
pub(crate) mod effects {
    use crate::core::sheet::ChartView;

    /// What a chart can be saved as.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum Format {
        Svg,
        Png,
        Csv,
    }

    #[cfg(target_arch = "wasm32")]
    pub fn pointer_fraction(e: &yew::PointerEvent, node: &yew::NodeRef) -> Option<(f64, f64)> {
        crate::browser::pointer_fraction(e, &node.cast::<web_sys::Element>()?)
    }

    #[cfg(not(target_arch = "wasm32"))]
    pub fn pointer_fraction(_: &yew::PointerEvent, _: &yew::NodeRef) -> Option<(f64, f64)> {
        None
    }

    /// Saves a chart; `done` receives a message for the page's status line.
    #[cfg(target_arch = "wasm32")]
    pub fn download(chart: &ChartView, format: Format, title: &str, done: yew::Callback<String>) {
        use crate::core::export::csv;
        let Ok(svg) = &chart.svg else {
            done.emit("This chart could not be drawn, so it cannot be saved.".into());
            return;
        };
        let result = match format {
            Format::Svg => crate::browser::download_text(
                &format!("{}.svg", chart.file),
                "image/svg+xml",
                &svg.0,
            ),
            Format::Csv => crate::browser::download_text(
                &format!("{}.csv", chart.file),
                "text/csv;charset=utf-8",
                &csv(chart, title),
            ),
            Format::Png => {
                let (name, svg, size) = (format!("{}.png", chart.file), svg.0.clone(), chart.size);
                yew::platform::spawn_local(async move {
                    let message =
                        match crate::browser::download_png(name.clone(), svg, size, 2).await {
                            Ok(()) => format!("Saved {name}."),
                            Err(e) => format!("Could not save {name}: {e}."),
                        };
                    done.emit(message);
                });
                return;
            }
        };
        let name = format!(
            "{}.{}",
            chart.file,
            match format {
                Format::Svg => "svg",
                Format::Png => "png",
                Format::Csv => "csv",
            }
        );
        done.emit(match result {
            Ok(()) => format!("Saved {name}."),
            Err(e) => format!("Could not save {name}: {e}."),
        });
    }

    #[cfg(not(target_arch = "wasm32"))]
    pub fn download(_: &ChartView, _: Format, _: &str, _: yew::Callback<String>) {}
}
