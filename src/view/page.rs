//! The page: header, key figures, controls, the cards and the footer, or, embedded, just the
//! chosen card(s) with a link back. What never changes after the build (the title, the
//! subtitle, each card's title and intro, the footer) is plain HTML; every part a reader can
//! change is an island (`<div class="island" data-island="...">`) holding an [`IslandRoot`].
//!
//! The pre-render renders this whole component; the browser hydrates each island on its own
//! (`crate::start`) and never touches the rest. Where nothing was pre-rendered (mounted
//! cards, a build without the pre-render) the browser renders this component as a whole.

use super::island::IslandRoot;
use super::store::{Island, Store};
use crate::core::data::dataset;
use crate::core::format;
use crate::core::i18n::{fill, split, Lang};
use crate::core::ids::{APPENDIX_ID, PRINTED_ID};
use crate::core::sheet::{card_heading, CARDS};
use crate::core::url::Embed;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct PageProps {
    pub store: Store,
}

#[component]
pub fn Page(props: &PageProps) -> Html {
    let store = &props.store;
    let lang = store.lang();
    let s = lang.strings();
    let data = dataset(lang);
    let embed = store.state().view.embed;
    let cards = cards(store, embed);

    if let Some(embed) = embed {
        let sheet = embedded(store, embed, cards);
        return html! { <ContextProvider<Lang> context={lang}>{ sheet }</ContextProvider<Lang>> };
    }
    html! {
        <ContextProvider<Lang> context={lang}>
        <div class="sheet" lang={lang.tag()} dir={lang.dir()}>
            <header class="sheet-head">
                // The languages, and a link to the view options (which follow the cards).
                <div class="head-row">
                    { island(store, Island::Languages) }
                    <a class="to-options" href={format!("#{}", super::controls::OPTIONS_ID)}>{ s.view_options }</a>
                </div>
                <h1>{ data.sheet.title }</h1>
                <p class="subtitle">{ data.sheet.subtitle }</p>
                // Where and when a printed copy came from, written by the page once live.
                <p class="print-only printed" id={PRINTED_ID}></p>
            </header>
            // The findings, then the charts: the first chart's plot is on the first screen at
            // 390 × 844 and 1280 × 800. The view options follow the cards (the link in the
            // header leads to them), not a bar between the figures and the charts.
            <main class="sheet-main">
                { island(store, Island::KeyFigures) }
                { cards }
                { island(store, Island::Controls) }
            </main>
            { footer(store) }
        </div>
        </ContextProvider<Lang>>
    }
}

/// An island's host element, holding its root.
fn island(store: &Store, i: Island) -> Html {
    html! {
        <div class="island" data-island={i.key()}>
            <IslandRoot island={i} store={store.clone()} />
        </div>
    }
}

/// The cards the page shows (an embed's only), each a static title and intro and an island.
fn cards(store: &Store, embed: Option<Embed>) -> Html {
    let lang = store.lang();
    html! {
        <div class="cards">
            { for CARDS.into_iter().filter(|c| embed.is_none_or(|e| e.shows(*c))).map(|card| {
                let (title, intro) = card_heading(card, lang);
                let id = card.key();
                html! {
                    <article class="card" id={id} aria-labelledby={format!("{id}-title")}>
                        <h2 id={format!("{id}-title")}>{ title }</h2>
                        <p class="intro">{ intro }</p>
                        { island(store, Island::Card(card)) }
                    </article>
                }
            }) }
        </div>
    }
}

/// An embed: the chosen card(s) and the link back to the sheet.
fn embedded(store: &Store, embed: Embed, cards: Html) -> Html {
    let lang = store.lang();
    html! {
        <div class={classes!("sheet", "embedded", format!("embed-{}", embed.key()))}
            lang={lang.tag()} dir={lang.dir()}>
            // A page of its own in an iframe needs its landmark and heading; mounted in
            // someone's page, the host page has them.
            if store.owns_page() {
                <main class="sheet-main">
                    <h1 class="visually-hidden">{ dataset(lang).sheet.title }</h1>
                    if embed == Embed::All {
                        { island(store, Island::KeyFigures) }
                    }
                    { cards }
                    { island(store, Island::EmbedSource) }
                </main>
            } else {
                { cards }
                { island(store, Island::EmbedSource) }
            }
        </div>
    }
}

/// The footer: where the figures come from, the data files, and the print appendix.
fn footer(store: &Store) -> Html {
    let lang = store.lang();
    let s = lang.strings();
    let data = dataset(lang);
    let (before, after) = split(s.footer_reported, "article");
    // The headline's translation goes where the language's template puts it (English: none).
    let translation = data.sheet.article_title_translation.unwrap_or("");
    let published = format::date(data.sheet.article_published, lang);
    // A date the article does not give is marked, and the footer says how it was inferred.
    let inferred = data.sheet.article_published_inferred;
    let published = match inferred {
        Some(_) => s.date_inferred(&published),
        None => published,
    };
    html! {
        <footer class="sheet-foot">
            <p>
                { before.to_string() }
                // The headline as published, in English; its translation follows the quote.
                <cite lang="en" dir="ltr">{ data.sheet.article_title }</cite>
                { fill(after, &[("translation", translation), ("published", &published)]) }
                { " " }
                { s.footer_context }
            </p>
            if let Some(why) = inferred {
                <p class="footnote">{ s.inferred_why(why) }</p>
            }
            { island(store, Island::DataLinks) }
            // Printing everything copies the cards' tables, sources and quotes here.
            <section class="print-appendix" id={APPENDIX_ID} aria-hidden="true"></section>
        </footer>
    }
}
