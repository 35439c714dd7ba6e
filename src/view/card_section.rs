//! One card: title, intro, charts, figures, formulas and sources.

use super::chart_figure::ChartFigure;
use super::figure_list::FigureList;
use super::formula_list::FormulaList;
use super::source_list::SourceList;
use crate::core::sheet::CardView;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CardSectionProps {
    pub view: CardView,
}

#[component]
pub fn CardSection(props: &CardSectionProps) -> Html {
    let v = &props.view;
    let id = v.card.key();
    let title_id = format!("{id}-title");
    html! {
        <article class="card" id={id} aria-labelledby={title_id.clone()}>
            <h2 id={title_id}>{ v.title }</h2>
            <p class="intro">{ v.intro }</p>
            <div class="charts">
                { for v.charts.iter().map(|c| html! {
                    <ChartFigure key={c.id.clone()} chart={c.clone()} />
                }) }
            </div>
            <FigureList rows={v.figures.clone()} />
            <FormulaList rows={v.formulas.clone()} />
            <SourceList lines={v.sources.clone()} />
        </article>
    }
}
