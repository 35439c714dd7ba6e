//! The permalink: the view state as a URL query, parsed and written by pure functions.
//! Parsing is total: unknown keys, unknown values, malformed pairs and hostile text are
//! ignored and leave the default in place. Data never comes from the URL, only view choices.

use super::i18n::Strings;
use super::model::Card;
use super::units::{Distance, Energy, Money, Power, Units, DISTANCE, ENERGY, MONEY, POWER};
use cpec_data::vocabulary;

vocabulary! {
    /// The panel shown in a card.
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
    pub enum Tab { #[default] Chart = "chart", Table = "table", Sources = "sources" }
}

impl Tab {
    pub fn label(self, s: &Strings) -> &'static str {
        match self {
            Tab::Chart => s.tab_chart,
            Tab::Table => s.tab_table,
            Tab::Sources => s.tab_sources,
        }
    }
}

vocabulary! {
    /// The colour scheme the reader chose: the system's (prefers-color-scheme), or one.
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
    pub enum Theme { #[default] System = "system", Light = "light", Dark = "dark" }
}

vocabulary! {
    /// An embedded view: one card, one chart of a card with several (the CPEC card's km
    /// chart, jobs and capacity: an article wants one), or every card, without the page
    /// around it. A card's own embed comes before its charts'.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum Embed {
        Trade = "trade", Cpec = "cpec", CpecKm = "cpec-km", CpecJobs = "cpec-jobs",
        CpecCapacity = "cpec-capacity", Karot = "karot", Timeline = "timeline", All = "all"
    }
}

impl Embed {
    /// The card shown, or `None` for all of them.
    pub fn card(self) -> Option<Card> {
        match self {
            Embed::Trade => Some(Card::Trade),
            Embed::Cpec | Embed::CpecKm | Embed::CpecJobs | Embed::CpecCapacity => Some(Card::Cpec),
            Embed::Karot => Some(Card::Karot),
            Embed::Timeline => Some(Card::Timeline),
            Embed::All => None,
        }
    }

    /// The one chart shown (its id, `ChartView::id`), or `None` for every chart of the card.
    pub fn chart(self) -> Option<&'static str> {
        match self {
            Embed::CpecKm => Some("cpec-km"),
            Embed::CpecJobs => Some("cpec-jobs"),
            Embed::CpecCapacity => Some("cpec-capacity"),
            Embed::Trade | Embed::Cpec | Embed::Karot | Embed::Timeline | Embed::All => None,
        }
    }

    /// The embed of a whole card.
    pub fn of_card(card: Card) -> Option<Embed> {
        Embed::ALL
            .into_iter()
            .find(|e| e.card() == Some(card) && e.chart().is_none())
    }

    /// The embed of the whole card this one shows part of: itself but for a chart's.
    pub fn whole(self) -> Embed {
        self.card().and_then(Embed::of_card).unwrap_or(self)
    }

    /// The embeds of one chart each of a card with several, in the card's order.
    pub fn charts_of(card: Card) -> impl Iterator<Item = Embed> {
        Embed::ALL
            .into_iter()
            .filter(move |e| e.card() == Some(card) && e.chart().is_some())
    }

    pub fn shows(self, card: Card) -> bool {
        self.card().is_none_or(|c| c == card)
    }
}

/// The cards that have tabs, in page order.
pub const TABBED: [Card; 4] = Card::ON_PAGE;

/// Everything the URL holds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct UrlState {
    /// The tab of each card in [`TABBED`] order.
    pub tabs: [Tab; 4],
    pub units: Units,
    pub theme: Theme,
    /// Set when the page is embedded (`?embed=trade`).
    pub embed: Option<Embed>,
    /// An embed shows its whole card (`?layout=full`): the summary, "How this is computed"
    /// and the downloads open, as on the sheet. By default an embed is compact: title,
    /// chart, legend and source line, the rest behind disclosures.
    pub full: bool,
}

impl UrlState {
    pub fn tab(&self, card: Card) -> Tab {
        TABBED
            .iter()
            .position(|c| *c == card)
            .map(|i| self.tabs[i])
            .unwrap_or_default()
    }

    pub fn with_tab(mut self, card: Card, tab: Tab) -> UrlState {
        if let Some(i) = TABBED.iter().position(|c| *c == card) {
            self.tabs[i] = tab;
        }
        self
    }
}

fn lookup<T: Copy, L>(options: &[(T, &str, L)], text: &str) -> Option<T> {
    options
        .iter()
        .find(|(_, k, _)| *k == text)
        .map(|(v, _, _)| *v)
}

fn key_of<T: Copy + PartialEq, L>(options: &[(T, &'static str, L)], value: T) -> &'static str {
    options
        .iter()
        .find(|(v, _, _)| *v == value)
        .map(|(_, k, _)| *k)
        .unwrap_or("")
}

/// Reads a query string (with or without the leading `?`). Never fails: what it does not
/// understand it ignores. For a key given twice, the last valid value wins.
pub fn parse(query: &str) -> UrlState {
    let mut s = UrlState::default();
    let query = query.strip_prefix('?').unwrap_or(query);
    // A fragment is not part of the query.
    let query = query.split('#').next().unwrap_or("");
    for pair in query.split('&') {
        let Some((key, value)) = pair.split_once('=') else {
            continue;
        };
        match key {
            "money" => s.units.money = lookup(&MONEY, value).unwrap_or(s.units.money),
            "energy" => s.units.energy = lookup(&ENERGY, value).unwrap_or(s.units.energy),
            "distance" => s.units.distance = lookup(&DISTANCE, value).unwrap_or(s.units.distance),
            "power" => s.units.power = lookup(&POWER, value).unwrap_or(s.units.power),
            "theme" => s.theme = Theme::parse(value).unwrap_or(s.theme),
            "embed" => s.embed = Embed::parse(value).or(s.embed),
            "layout" => s.full = value == "full",
            other => {
                if let Some(i) = TABBED.iter().position(|c| c.key() == other) {
                    s.tabs[i] = Tab::parse(value).unwrap_or(s.tabs[i]);
                }
            }
        }
    }
    s
}

/// Writes the state as a query string: only what differs from the default, in a fixed order,
/// so a default view has the clean address "" and equal states have equal URLs.
pub fn write(s: &UrlState) -> String {
    let mut parts: Vec<String> = Vec::new();
    if let Some(e) = s.embed {
        parts.push(format!("embed={}", e.key()));
    }
    if s.full {
        parts.push("layout=full".into());
    }
    for (card, tab) in TABBED.iter().zip(s.tabs) {
        if tab != Tab::default() {
            parts.push(format!("{}={}", card.key(), tab.key()));
        }
    }
    let u = s.units;
    if u.money != Money::default() {
        parts.push(format!("money={}", key_of(&MONEY, u.money)));
    }
    if u.energy != Energy::default() {
        parts.push(format!("energy={}", key_of(&ENERGY, u.energy)));
    }
    if u.distance != Distance::default() {
        parts.push(format!("distance={}", key_of(&DISTANCE, u.distance)));
    }
    if u.power != Power::default() {
        parts.push(format!("power={}", key_of(&POWER, u.power)));
    }
    if s.theme != Theme::default() {
        parts.push(format!("theme={}", s.theme.key()));
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!("?{}", parts.join("&"))
    }
}
