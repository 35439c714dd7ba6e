//! The page: header, key figures, the three cards and the footer. Owns the view state.

use super::card_section::CardSection;
use super::key_figures::KeyFigures;
use crate::core::data::{Date, DATA};
use crate::core::derive::compute;
use crate::core::sheet::{key_formulas, page};
use crate::core::state::{Action, ViewState};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// The date the page was pre-rendered on; the browser replaces it with the reader's.
    pub rendered_on: Date,
}

#[derive(Clone, PartialEq)]
struct State(ViewState);

impl Reducible for State {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(State(self.0.reduce(action)))
    }
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let state = use_reducer_eq(|| State(ViewState::new(props.rendered_on)));
    {
        let dispatch = state.dispatcher();
        use_effect_with((), move |_| {
            #[cfg(target_arch = "wasm32")]
            {
                if let Some(today) = crate::browser::today() {
                    dispatch.dispatch(Action::SetToday(today));
                }
                crate::browser::mark_ready();
            }
            #[cfg(not(target_arch = "wasm32"))]
            let _ = dispatch;
        });
    }
    let today = state.0.today;
    let built = use_memo(today, |today| {
        compute(&DATA, *today).map(|c| (page(&DATA, &c), key_formulas(&c)))
    });

    let (sheet, formulas) = match &*built {
        Ok(ok) => ok.clone(),
        Err(e) => {
            return html! {
                <div class="sheet">
                    <p class="error" role="alert">
                        { format!("The figures could not be computed: {e}.") }
                    </p>
                </div>
            }
        }
    };
    html! {
        <div class="sheet">
            <header class="sheet-head">
                <h1>{ sheet.title }</h1>
                <p class="subtitle">{ sheet.subtitle }</p>
            </header>
            <KeyFigures figures={sheet.key_figures.clone()} formulas={formulas} />
            <div class="cards">
                { for sheet.cards.iter().map(|card| html! {
                    <CardSection key={card.card.key()} view={card.clone()} />
                }) }
            </div>
            <footer class="sheet-foot">
                <p>
                    { "Reported figures are quoted from the news article “" }
                    <cite>{ sheet.article_title }</cite>
                    { format!("” ({}), which cites the publishers named under each card. ", sheet.article_published) }
                    { "Context figures come from the other sources named there. Derived figures are computed in your browser from these, with the formula shown." }
                </p>
                <p>
                    <a href="data.toml" download="cpec-factsheet-data.toml">
                        { "Download the data with its sources (TOML)" }
                    </a>
                </p>
            </footer>
        </div>
    }
}
