//! One chart: its title (HTML, not in the SVG), the SVG drawn by the core, a legend, and the
//! text alternative. A chart that failed to draw shows why instead.

use crate::core::sheet::{ChartView, Legend};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChartFigureProps {
    pub chart: ChartView,
}

fn legend(l: &Legend) -> Html {
    match l {
        Legend::ReportedDerived => html! {
            <ul class="legend">
                <li><span class="swatch swatch-reported" aria-hidden="true"></span>{ "Reported (solid)" }</li>
                <li><span class="swatch swatch-derived" aria-hidden="true"></span>{ "Derived (hatched, outlined)" }</li>
            </ul>
        },
        Legend::Squares(each) => html! {
            <ul class="legend">
                <li><span class="swatch swatch-square" aria-hidden="true"></span>{ format!("One square = {each}") }</li>
            </ul>
        },
    }
}

#[component]
pub fn ChartFigure(props: &ChartFigureProps) -> Html {
    let c = &props.chart;
    let body = match &c.svg {
        Ok(svg) => html! {
            <div class="chart-svg" role="img" aria-label={c.summary.clone()} data-chart={c.id.clone()}>
                { Html::from_html_unchecked(AttrValue::from(svg.0.clone())) }
            </div>
        },
        Err(e) => html! {
            <p class="error chart-error" role="alert">
                { format!("This chart could not be drawn: {e}. Its figures are listed below.") }
            </p>
        },
    };
    html! {
        <figure class="chart" id={format!("chart-{}", c.id)}>
            <figcaption>
                <h3 class="chart-title">{ c.title.clone() }</h3>
            </figcaption>
            { body }
            { legend(&c.legend) }
            <p class="chart-summary">{ c.summary.clone() }</p>
        </figure>
    }
}
