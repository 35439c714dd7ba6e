//! The page's view state and its pure reducer. The view wraps it in a Yew `Reducible`; effects
//! (reading the clock, touching the DOM) stay in the view's `use_effect_with`.

use super::model::Date;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ViewState {
    /// The date derived figures are computed for: the pre-render's date until the browser
    /// reports the reader's.
    pub today: Date,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// The reader's local date, read once the page runs in a browser.
    SetToday(Date),
}

impl ViewState {
    pub fn new(today: Date) -> Self {
        ViewState { today }
    }

    pub fn reduce(self, action: Action) -> ViewState {
        match action {
            Action::SetToday(today) => ViewState { today },
        }
    }
}
