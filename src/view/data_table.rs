//! A chart's exact numbers as a table: the unit in the header, derived rows marked.

use super::{origin_tag, use_strings};
use crate::core::i18n::fill;
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
    let s = use_strings();
    html! {
        <table class="data-table">
            <caption>{ props.caption.clone() }</caption>
            <thead>
                <tr>
                    <th scope="col">{ s.col_item }</th>
                    <th scope="col" class="num">{ fill(s.col_value_in, &[("unit", &props.unit)]) }</th>
                    <th scope="col">{ s.col_origin }</th>
                </tr>
            </thead>
            <tbody>
                { for props.rows.iter().map(|r| html! {
                    <tr class={if r.origin == crate::core::derive::Origin::Derived { "derived" } else { "" }}>
                        <th scope="row">{ r.label.clone() }</th>
                        <td class="num">{ r.value.clone() }</td>
                        <td>{ origin_tag(r.origin, s) }</td>
                    </tr>
                }) }
            </tbody>
        </table>
    }
}
