//! The one view state every island of the page reads: the pure [`ViewState`] and what the
//! islands share beside it (the status line, the sheet's root address for the embed codes,
//! the computed figures and the card views built so far). Islands subscribe to it; a change
//! re-renders each subscribed island, and Yew batches those renders in one scheduler run.
//!
//! Each island also has a liveness of its own: a hydrating island first renders what the
//! pre-render wrote (the state the page was rendered with), and shows the store's state only
//! once it has been made live ([`Store::go_live`]). No web API is used here, so the pre-render
//! and the native tests run the same store.

use super::host::Host;
use crate::core::data::{dataset, Card, Date};
use crate::core::derive::{compute, Computed, DeriveError};
use crate::core::i18n::Lang;
use crate::core::sheet::{key_figures, key_formulas, CardCache, CardView, KeyFigure};
use crate::core::state::{Action, ViewState};
use crate::core::units::Units;
use crate::core::url::Embed;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// The parts of the page a reader can change, each hydrated by its own Yew root.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Island {
    /// The language links (they carry the view once live).
    Languages,
    /// The headline figures (they follow the units).
    KeyFigures,
    /// Unit, theme and share controls, and the status line.
    Controls,
    /// A card's tabs, panels, downloads and embed code (its title and intro are static).
    Card(Card),
    /// The footer's JSON download.
    DataLinks,
    /// An embed's link back to the whole sheet (it carries the view).
    EmbedSource,
}

impl Island {
    /// The value of the host element's `data-island` attribute.
    pub fn key(self) -> &'static str {
        match self {
            Island::Languages => "languages",
            Island::KeyFigures => "key-figures",
            Island::Controls => "controls",
            Island::Card(c) => c.key(),
            Island::DataLinks => "data-links",
            Island::EmbedSource => "embed-source",
        }
    }

    pub fn parse(key: &str) -> Option<Island> {
        match key {
            "languages" => Some(Island::Languages),
            "key-figures" => Some(Island::KeyFigures),
            "controls" => Some(Island::Controls),
            "data-links" => Some(Island::DataLinks),
            "embed-source" => Some(Island::EmbedSource),
            other => Card::ALL
                .into_iter()
                .find(|c| c.key() == other)
                .map(Island::Card),
        }
    }
}

type Subscriber = Rc<dyn Fn()>;
type Derived = Rc<Result<Computed, DeriveError>>;

/// The headline figures and the formulas of the values computed for the strip alone.
pub type KeyStrip = (Vec<KeyFigure>, Vec<(&'static str, String)>);

struct Inner {
    lang: Lang,
    host: Host,
    /// The state the page was pre-rendered with: what a hydrating island shows first.
    rendered: ViewState,
    state: Cell<ViewState>,
    status: RefCell<String>,
    root: RefCell<String>,
    /// Islands that show the store's state (all of them when the page was not pre-rendered).
    live: RefCell<Vec<Island>>,
    born_live: bool,
    computed: RefCell<Vec<(Date, Derived)>>,
    cards: RefCell<CardCache>,
    subscribers: RefCell<Vec<(usize, Option<Island>, Subscriber)>>,
    next_id: Cell<usize>,
}

/// A handle to the shared state; clones share it. Equal when they are the same store.
#[derive(Clone)]
pub struct Store(Rc<Inner>);

impl PartialEq for Store {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store")
            .field("state", &self.0.state.get())
            .finish()
    }
}

/// Unsubscribes when dropped.
pub struct Subscription {
    store: std::rc::Weak<Inner>,
    id: usize,
}

impl Drop for Subscription {
    fn drop(&mut self) {
        if let Some(inner) = self.store.upgrade() {
            inner
                .subscribers
                .borrow_mut()
                .retain(|(id, _, _)| *id != self.id);
        }
    }
}

impl Store {
    /// A store for a page pre-rendered on `rendered_on`. With `born_live`, islands render
    /// the store's state from their first render (the page is rendered in the browser, not
    /// hydrated).
    pub fn new(
        (rendered_on, lang): (Date, Lang),
        embed: Option<Embed>,
        host: Host,
        born_live: bool,
    ) -> Self {
        let rendered = ViewState::new(rendered_on, embed);
        Store(Rc::new(Inner {
            lang,
            host,
            rendered,
            state: Cell::new(rendered),
            status: RefCell::default(),
            root: RefCell::default(),
            live: RefCell::default(),
            born_live,
            computed: RefCell::default(),
            cards: RefCell::default(),
            subscribers: RefCell::default(),
            next_id: Cell::new(0),
        }))
    }

    pub fn lang(&self) -> Lang {
        self.0.lang
    }

    pub fn host(&self) -> &Host {
        &self.0.host
    }

    /// The current view state (what a live island shows).
    pub fn state(&self) -> ViewState {
        self.0.state.get()
    }

    /// The state the page was pre-rendered with.
    pub fn rendered(&self) -> ViewState {
        self.0.rendered
    }

    /// What `island` shows now: the store's state once it is live, else the pre-rendered one.
    pub fn state_for(&self, island: Island) -> ViewState {
        if self.is_live(island) {
            self.state()
        } else {
            self.0.rendered
        }
    }

    pub fn is_live(&self, island: Island) -> bool {
        self.0.born_live || self.0.live.borrow().contains(&island)
    }

    /// Whether the island renders the pre-rendered state first (it hydrates).
    pub fn hydrates(&self) -> bool {
        !self.0.born_live
    }

    /// The island now shows the store's state: it renders again (and nothing else does).
    pub fn go_live(&self, island: Island) {
        if !self.is_live(island) {
            self.0.live.borrow_mut().push(island);
            self.notify(Some(island));
        }
    }

    pub fn dispatch(&self, action: Action) {
        let before = self.0.state.get();
        let after = before.reduce(action);
        if after != before {
            self.0.state.set(after);
            self.notify(None);
        }
    }

    pub fn status(&self) -> String {
        self.0.status.borrow().clone()
    }

    /// The status line's message (share and download results, what a switch now shows).
    pub fn set_status(&self, message: String) {
        if *self.0.status.borrow() != message {
            *self.0.status.borrow_mut() = message;
            self.notify(None);
        }
    }

    /// The sheet's root address, for the embed codes ("" until the browser knows it).
    pub fn root(&self) -> String {
        match &self.0.host {
            Host::Page => self.0.root.borrow().clone(),
            Host::Mounted { base } => base.to_string(),
        }
    }

    pub fn set_root(&self, root: String) {
        if *self.0.root.borrow() != root {
            *self.0.root.borrow_mut() = root;
            self.notify(None);
        }
    }

    /// Calls `f` after every change of the state, the status or the root, and when `island`
    /// (if given) goes live; until the subscription is dropped.
    pub fn subscribe(&self, island: Option<Island>, f: impl Fn() + 'static) -> Subscription {
        let id = self.0.next_id.get();
        self.0.next_id.set(id + 1);
        self.0
            .subscribers
            .borrow_mut()
            .push((id, island, Rc::new(f)));
        Subscription {
            store: Rc::downgrade(&self.0),
            id,
        }
    }

    /// Calls the subscribers: all of them, or those of one island.
    fn notify(&self, only: Option<Island>) {
        // A subscriber may subscribe or dispatch: call a copy of the list.
        let subscribers: Vec<Subscriber> = self
            .0
            .subscribers
            .borrow()
            .iter()
            .filter(|(_, island, _)| only.is_none() || *island == only)
            .map(|(_, _, f)| f.clone())
            .collect();
        for f in subscribers {
            f();
        }
    }

    /// The derived figures for `today` (the two most recent dates are kept: the pre-render's
    /// and the reader's).
    pub fn computed(&self, today: Date) -> Derived {
        if let Some((_, c)) = self.0.computed.borrow().iter().find(|(d, _)| *d == today) {
            return c.clone();
        }
        let lang = self.0.lang;
        let c = Rc::new(compute(dataset(lang), today, lang));
        let mut kept = self.0.computed.borrow_mut();
        if kept.len() >= 2 {
            kept.remove(0);
        }
        kept.push((today, c.clone()));
        c
    }

    /// A card's view for a date and units: built once, then shared by every render.
    pub fn card(&self, card: Card, units: &Units, today: Date) -> Result<CardView, DeriveError> {
        let computed = self.computed(today);
        let c = computed.as_ref().as_ref().map_err(Clone::clone)?;
        let lang = self.0.lang;
        Ok(self
            .0
            .cards
            .borrow_mut()
            .get(dataset(lang), c, card, units, (today, lang)))
    }

    /// What a card's island shows for the view's and the settled view's units (see
    /// [`CardCache::island`]).
    pub fn card_island(
        &self,
        card: Card,
        (units, settled): (&Units, &Units),
        today: Date,
    ) -> Result<(CardView, Option<CardView>), DeriveError> {
        let computed = self.computed(today);
        let c = computed.as_ref().as_ref().map_err(Clone::clone)?;
        let lang = self.0.lang;
        Ok(self.0.cards.borrow_mut().island(
            (dataset(lang), c),
            card,
            (units, settled),
            (today, lang),
        ))
    }

    /// The headline figures and the formulas of those computed for the strip alone.
    pub fn key_figures(&self, units: &Units, today: Date) -> Result<KeyStrip, DeriveError> {
        let computed = self.computed(today);
        let c = computed.as_ref().as_ref().map_err(Clone::clone)?;
        Ok((key_figures(c, units, self.0.lang), key_formulas(c)))
    }

    /// Whether the page's own effects run (the address, the theme): not for mounted cards.
    pub fn owns_page(&self) -> bool {
        self.0.host == Host::Page
    }
}
