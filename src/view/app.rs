//! The page: header, controls, key figures, the cards and the footer. Owns the view state;
//! its effects start the live page, follow back/forward, write the permalink and the theme.

use super::card_section::CardSection;
use super::controls::Controls;
use super::key_figures::KeyFigures;
use crate::core::data::{Date, DATA};
use crate::core::derive::compute;
use crate::core::sheet::{key_formulas, page};
use crate::core::state::{Action, Mode, ViewState};
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
    let status = use_state(String::new);
    // The page's address once live (printed at the foot of paper copies).
    let address = use_state(String::new);

    // Start: the reader's date and the view in the URL; then follow back/forward.
    {
        let dispatch = state.dispatcher();
        use_effect_with((), move |_| {
            #[cfg(target_arch = "wasm32")]
            {
                use crate::browser;
                use crate::core::url::parse;
                let today = browser::today().unwrap_or(props_today_fallback());
                dispatch.dispatch(Action::Start {
                    today,
                    view: parse(&browser::query()),
                });
                let listener = browser::on_popstate(move || {
                    dispatch.dispatch(Action::Restore(parse(&browser::query())));
                });
                move || drop(listener)
            }
            #[cfg(not(target_arch = "wasm32"))]
            {
                let _ = dispatch;
                || ()
            }
        });
    }
    // The permalink and the theme follow the view; `data-ready` once live.
    {
        let (view, mode, address) = (state.0.view, state.0.mode, address.clone());
        use_effect_with((view, mode), move |(view, mode)| {
            #[cfg(target_arch = "wasm32")]
            if *mode == Mode::Live {
                use crate::browser;
                use crate::core::url::{parse, write};
                if parse(&browser::query()) != *view {
                    browser::push_query(&write(view));
                }
                browser::apply_theme(view.theme);
                address.set(browser::href());
                browser::mark_ready();
            }
            #[cfg(not(target_arch = "wasm32"))]
            let _ = (view, mode, address);
        });
    }

    let (today, units) = (state.0.today, state.0.view.units);
    let built = use_memo((today, units), |(today, units)| {
        compute(&DATA, *today).map(|c| (page(&DATA, &c, units, *today), key_formulas(&c)))
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
    let live = state.0.mode == Mode::Live;
    let on_status = {
        let status = status.clone();
        Callback::from(move |m: String| status.set(m))
    };
    let controls = live.then(|| {
        let d = state.dispatcher();
        let on_units = Callback::from(move |u| d.dispatch(Action::SetUnits(u)));
        let d = state.dispatcher();
        let on_theme = Callback::from(move |t| d.dispatch(Action::SetTheme(t)));
        let on_share = {
            let on_status = on_status.clone();
            Callback::from(move |_| share(sheet.title, on_status.clone()))
        };
        html! {
            <Controls units={units} theme={state.0.view.theme} {on_units} {on_theme} {on_share}
                status={(*status).clone()} />
        }
    });
    html! {
        <div class="sheet">
            <header class="sheet-head">
                <h1>{ sheet.title }</h1>
                <p class="subtitle">{ sheet.subtitle }</p>
            </header>
            { for controls }
            <KeyFigures figures={sheet.key_figures.clone()} formulas={formulas} />
            <div class="cards">
                { for sheet.cards.iter().map(|card| {
                    let c = card.card;
                    let d = state.dispatcher();
                    let on_tab = Callback::from(move |t| d.dispatch(Action::SelectTab(c, t)));
                    html! {
                        <CardSection key={card.card.key()} view={card.clone()} mode={state.0.mode}
                            tab={state.0.view.tab(c)} {on_tab} page_title={sheet.title}
                            on_status={on_status.clone()} />
                    }
                }) }
            </div>
            <footer class="sheet-foot">
                <p>
                    { "Reported figures are quoted from the news article “" }
                    <cite>{ sheet.article_title }</cite>
                    { format!("” ({}), which cites the publishers named under each card. ", sheet.article_published) }
                    { "Context figures come from the other sources named there. Derived figures are computed in your browser from these, with the formula shown." }
                </p>
                <p class="data-links">
                    <a href="data.toml" download="cpec-factsheet-data.toml">
                        { "Download the data file (TOML)" }
                    </a>
                    if live {
                        <button type="button" class="button small" onclick={json_download(on_status.clone())}>
                            { "Download all figures with sources (JSON)" }
                        </button>
                    }
                </p>
                if !address.is_empty() {
                    <p class="print-only">{ format!("Printed from {}", *address) }</p>
                }
            </footer>
        </div>
    }
}

#[cfg(target_arch = "wasm32")]
fn props_today_fallback() -> Date {
    Date {
        year: 2026,
        month: 1,
        day: 1,
    }
}

#[cfg(target_arch = "wasm32")]
fn share(title: &'static str, on_status: Callback<String>) {
    yew::platform::spawn_local(async move {
        let message = match crate::browser::share(crate::browser::href(), title.to_string()).await {
            Ok(m) => m.to_string(),
            Err(m) => m,
        };
        on_status.emit(message);
    });
}

#[cfg(not(target_arch = "wasm32"))]
fn share(_: &'static str, _: Callback<String>) {}

/// The JSON export is computed for the reader's today at the moment of the click.
fn json_download(on_status: Callback<String>) -> Callback<MouseEvent> {
    Callback::from(move |_| {
        #[cfg(target_arch = "wasm32")]
        {
            use crate::core::export::json;
            let today = crate::browser::today().unwrap_or(props_today_fallback());
            let message = match compute(&DATA, today) {
                Ok(c) => match crate::browser::download_text(
                    "china-pakistan-figures.json",
                    "application/json",
                    &json(&DATA, &c),
                ) {
                    Ok(()) => "Saved china-pakistan-figures.json.".to_string(),
                    Err(e) => format!("Could not save the JSON: {e}."),
                },
                Err(e) => format!("Could not compute the figures: {e}."),
            };
            on_status.emit(message);
        }
        #[cfg(not(target_arch = "wasm32"))]
        let _ = &on_status;
    })
}
