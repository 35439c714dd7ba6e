//! Card views built once per key (card, the units it depends on, the date if it follows the
//! clock, the language) and kept while they may be shown again, and the whole page.

use super::card::{card_view, key_figures, units_for, CARDS};
use super::types::*;
use crate::core::data::{Card, Dataset};
use crate::core::derive::Computed;
use crate::core::format;
use crate::core::i18n::Lang;
use crate::core::model::Date;
use crate::core::units::Units;

/// What a card view is built from, besides the data: the units it depends on, the date if
/// it depends on one, and the language.
type CacheKey = (Card, Units, Option<Date>, Lang);

/// The date a card's view depends on: only the timeline and the years of relations follow
/// the reader's clock, so the other cards the pre-render drew stay valid on any day.
fn date_for(card: Card, today: Date) -> Option<Date> {
    matches!(card, Card::Timeline | Card::Relations).then_some(today)
}

/// Card views already built: a unit switch rebuilds (and redraws the charts of) only the
/// cards it concerns.
#[derive(Default)]
pub struct CardCache {
    /// Oldest first.
    entries: Vec<(CacheKey, CardView)>,
}

impl CardCache {
    /// Views kept per card: the one in sight and, while a switch settles, the one its hidden
    /// panels still show (`ViewState::settled`).
    const PER_CARD: usize = 2;

    pub fn get(
        &mut self,
        data: &Dataset,
        c: &Computed,
        card: Card,
        units: &Units,
        (today, lang): (Date, Lang),
    ) -> CardView {
        let key = (card, units_for(card, units), date_for(card, today), lang);
        let entry = match self.entries.iter().position(|(k, _)| *k == key) {
            Some(i) => self.entries.remove(i),
            None => {
                let of_card = self.entries.iter().filter(|(k, _)| k.0 == card).count();
                if of_card >= Self::PER_CARD {
                    if let Some(oldest) = self.entries.iter().position(|(k, _)| k.0 == card) {
                        self.entries.remove(oldest);
                    }
                }
                (key, card_view(data, c, card, &key.1, today, lang))
            }
        };
        let view = entry.1.clone();
        self.entries.push(entry);
        view
    }

    /// What a card's island shows: the view in the reader's units and, while a unit switch
    /// settles, the view its hidden panels still show (the settled units'; `None` when the
    /// switch does not concern this card). Both are kept, so the hidden panels catch up
    /// without a rebuild.
    pub fn island(
        &mut self,
        (data, c): (&Dataset, &Computed),
        card: Card,
        (units, settled): (&Units, &Units),
        (today, lang): (Date, Lang),
    ) -> (CardView, Option<CardView>) {
        let trailing = (units_for(card, units) != units_for(card, settled))
            .then(|| self.get(data, c, card, settled, (today, lang)));
        (self.get(data, c, card, units, (today, lang)), trailing)
    }

    /// Whether a view of `card` for these units is kept (the units it ignores aside).
    pub fn holds(&self, card: Card, units: &Units, (today, lang): (Date, Lang)) -> bool {
        let key = (card, units_for(card, units), date_for(card, today), lang);
        self.entries.iter().any(|(k, _)| *k == key)
    }
}

/// The whole page for the given computed values, units, date and language (`data` and `c`
/// being that language's dataset and computation).
pub fn page(data: &Dataset, c: &Computed, units: &Units, today: Date, lang: Lang) -> Page {
    page_cached(data, c, units, (today, lang), &mut CardCache::default())
}

/// The same, reusing the cards `cache` already holds.
pub fn page_cached(
    data: &Dataset,
    c: &Computed,
    units: &Units,
    (today, lang): (Date, Lang),
    cache: &mut CardCache,
) -> Page {
    Page {
        lang,
        title: data.sheet.title,
        subtitle: data.sheet.subtitle,
        article_title: data.sheet.article_title,
        article_title_translation: data.sheet.article_title_translation,
        article_published: format::date(data.sheet.article_published, lang),
        key_figures: key_figures(c, units, lang),
        cards: CARDS
            .into_iter()
            .map(|card| cache.get(data, c, card, units, (today, lang)))
            .collect(),
    }
}
