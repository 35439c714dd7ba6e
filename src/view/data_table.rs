//! A chart's exact numbers as a table: the unit in the header, derived rows marked.

use super::{origin_class, origin_label};
use crate::core::sheet::Row;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DataTableProps {
    pub caption: String,
    pub unit: String,
    pub rows: Vec<Row>,
}

#[component]
pub fn DataTable(props: &DataTableProps) -> Html {
    html! {
        <table class="data-table">
            <caption>{ props.caption.clone() }</caption>
            <thead>
                <tr>
                    <th scope="col">{ "Item" }</th>
                    <th scope="col" class="num">{ format!("Value ({})", props.unit) }</th>
                    <th scope="col">{ "Origin" }</th>
                </tr>
            </thead>
            <tbody>
                { for props.rows.iter().map(|r| html! {
                    <tr class={if r.origin == crate::core::derive::Origin::Derived { "derived" } else { "" }}>
                        <th scope="row">{ r.label.clone() }</th>
                        <td class="num">{ r.value.clone() }</td>
                        <td><span class={origin_class(r.origin)}>{ origin_label(r.origin) }</span></td>
                    </tr>
                }) }
            </tbody>
        </table>
    }
}
