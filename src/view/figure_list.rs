//! The card's figures as a table: label with its period, value, and origin.

use super::{origin_class, origin_label};
use crate::core::sheet::FigureRow;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FigureListProps {
    pub rows: Vec<FigureRow>,
}

#[component]
pub fn FigureList(props: &FigureListProps) -> Html {
    html! {
        <table class="figures">
            <caption>{ "Figures on this card" }</caption>
            <thead>
                <tr>
                    <th scope="col">{ "Figure" }</th>
                    <th scope="col">{ "Value" }</th>
                    <th scope="col">{ "Origin" }</th>
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
                        <td><span class={origin_class(r.origin)}>{ origin_label(r.origin) }</span></td>
                    </tr>
                }) }
            </tbody>
        </table>
    }
}
