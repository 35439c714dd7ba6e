//! The page's view state and its pure reducer, [`ViewState::reduce`]. The view's `Store`
//! (`view/store.rs`) holds the state, runs each dispatched [`Action`] through `reduce` and
//! notifies the islands subscribed to it. The page's effects (reading the clock and the URL,
//! writing history, the theme and the printed address, an embed's height) are not here nor in
//! components: `crate::start` sets them up as store subscribers and event listeners
//! (`page_effects`, `embed_effects`).

use super::model::{Card, Date};
use super::units::Units;
use super::url::{Embed, Tab, Theme, UrlState};

/// Whether the page is live. The pre-render and the first (hydrating) render are `Static`:
/// controls are shown disabled (hidden without JavaScript, where every panel is shown
/// instead), so nothing looks usable before it works.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Mode {
    #[default]
    Static,
    Live,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ViewState {
    /// The date derived figures are computed for: the pre-render's date until the browser
    /// reports the reader's.
    pub today: Date,
    pub mode: Mode,
    /// What the permalink holds: tabs, units, theme. What the reader sees follows it at once.
    pub view: UrlState,
    /// What is out of sight follows a task later: the panels a tab hides, the embed codes,
    /// the address and the language links. A switch then updates the page the reader sees in
    /// one short task, and the rest in another after the next paint ([`Action::Settle`]).
    pub settled: UrlState,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// The page runs in a browser: the reader's date and the view from the URL.
    Start {
        today: Date,
        view: UrlState,
    },
    /// Back/forward: the view from the URL.
    Restore(UrlState),
    SelectTab(Card, Tab),
    SetUnits(Units),
    SetTheme(Theme),
    /// The page has painted the switch: what is out of sight catches up with `view`.
    Settle,
}

impl ViewState {
    /// The state the pre-render and the hydrating render share. `embed` is set for the
    /// pre-rendered embed pages (`embed-trade.html`).
    pub fn new(today: Date, embed: Option<Embed>) -> Self {
        let view = UrlState {
            embed,
            ..UrlState::default()
        };
        ViewState {
            today,
            mode: Mode::Static,
            view,
            settled: view,
        }
    }

    /// Whether what is out of sight still shows an earlier view (an [`Action::Settle`] is due).
    pub fn settling(&self) -> bool {
        self.view != self.settled
    }

    pub fn reduce(self, action: Action) -> ViewState {
        match action {
            // A page pre-rendered as an embed stays one when its URL does not say so. The
            // address already holds this view: nothing trails.
            Action::Start { today, view } => {
                let view = UrlState {
                    embed: view.embed.or(self.view.embed),
                    ..view
                };
                ViewState {
                    today,
                    mode: Mode::Live,
                    view,
                    settled: view,
                }
            }
            Action::Restore(view) => ViewState {
                view: UrlState {
                    embed: view.embed.or(self.view.embed),
                    ..view
                },
                ..self
            },
            Action::SelectTab(card, tab) => ViewState {
                view: self.view.with_tab(card, tab),
                ..self
            },
            Action::SetUnits(units) => ViewState {
                view: UrlState { units, ..self.view },
                ..self
            },
            Action::SetTheme(theme) => ViewState {
                view: UrlState { theme, ..self.view },
                ..self
            },
            Action::Settle => ViewState {
                settled: self.view,
                ..self
            },
        }
    }
}
