//! The card's figures as a table: label with its period, value, and origin. Raw HTML from
//! the core (see `core::markup`).

use super::use_strings;
use crate::core::markup::figure_list;
use crate::core::sheet::FigureRow;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FigureListProps {
    pub rows: Vec<FigureRow>,
}

#[component]
pub fn FigureList(props: &FigureListProps) -> Html {
    let s = use_strings();
    Html::from_html_unchecked(figure_list(&props.rows, s).into())
}
