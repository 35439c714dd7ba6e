//! "How this is computed": every derived figure of a card with its formula and inputs. Raw
//! HTML from the core (see `core::markup`): a list of paragraphs and tags that hydration
//! would otherwise walk node by node.

use super::use_strings;
use crate::core::markup::formula_list;
use crate::core::sheet::FormulaRow;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FormulaListProps {
    pub rows: Vec<FormulaRow>,
}

#[component]
pub fn FormulaList(props: &FormulaListProps) -> Html {
    let s = use_strings();
    Html::from_html_unchecked(formula_list(&props.rows, s).into())
}
