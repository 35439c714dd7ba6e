use crate::browser::effects;
use crate::core::chart::Svg;
use yew::prelude::*;

/// Writes a chart's labels into the SVG under `node` whenever the drawing changes, after the
/// render that put it there (see `ChartFigure`: labels are set as text, never parsed as
/// markup). Nothing happens in the pre-render, which runs no effect.
///
/// # Example
/// ```
/// use cpec_factsheet::core::chart::Svg;
/// use cpec_factsheet::view::hooks::use_chart_texts;
/// use yew::prelude::*;
///
/// #[derive(Properties, PartialEq)]
/// struct Props {
///     svg: Option<Svg>,
/// }
///
/// #[component]
/// fn Chart(props: &Props) -> Html {
///     let node = use_node_ref();
///     use_chart_texts(&node, props.svg.clone());
///     html! { <div ref={node} /> }
/// }
/// ```
#[hook]
pub fn use_chart_texts(node: &NodeRef, svg: Option<Svg>) {
    let node = node.clone();
    use_effect_with(svg, move |svg| {
        if let Some(svg) = svg {
            effects::set_chart_texts(&node, svg.texts());
        }
    });
}
