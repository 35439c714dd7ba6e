//! A chart's exact numbers as a table: the unit in the header, derived rows marked. Raw HTML
//! from the core (see `core::markup`): hydration claims it without walking every cell.

use super::use_strings;
use crate::core::markup::data_table;
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
    Html::from_html_unchecked(data_table(&props.caption, &props.unit, &props.rows, s).into())
}
