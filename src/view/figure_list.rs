//! The card's figures as a table: label with its period, value, and origin.

use super::{origin_tag, use_strings};
use crate::core::sheet::FigureRow;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FigureListProps {
    pub rows: Vec<FigureRow>,
}

#[component]
pub fn FigureList(props: &FigureListProps) -> Html {
    let s = use_strings();
    html! {
        <table class="figures">
            <caption>{ s.figures_caption }</caption>
            <thead>
                <tr>
                    <th scope="col">{ s.col_figure }</th>
                    <th scope="col">{ s.col_value }</th>
                    <th scope="col">{ s.col_origin }</th>
                </tr>
            </thead>
            <tbody>
                { for props.rows.iter().map(|r| html! {
                    <tr key={r.id} data-id={r.id}>
                        <th scope="row">
                            { r.label }
                            <span class="period">{ r.period }</span>
                        </th>
                        <td class="num">{ r.value.clone() }</td>
                        <td>{ origin_tag(r.origin, s) }</td>
                    </tr>
                }) }
            </tbody>
        </table>
    }
}
