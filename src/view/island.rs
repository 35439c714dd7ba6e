//! One island: a part of the page a reader can change, rendered by a Yew root of its own from
//! the shared [`Store`]. It subscribes to the store, so a change anywhere re-renders it (its
//! children skip what did not change), and it shows the pre-rendered state until the page
//! makes it live.

use super::card_section::CardSection;
use super::cite_this::CiteThis;
use super::controls::Controls;
use super::hooks::use_island_state;
use super::host::Host;
use super::key_figures::KeyFigures;
use super::language_nav::LanguageNav;
use super::store::{Island, Store};
use crate::browser::effects;
use crate::core::cite::references;
use crate::core::data::dataset;
use crate::core::data::BUILT_ON;
use crate::core::embed::{embed_view, full_sheet_link, snippet};
use crate::core::i18n::Lang;
use crate::core::state::{Action, Mode};
use crate::core::url::{write, Embed, UrlState};
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct IslandRootProps {
    pub island: Island,
    pub store: Store,
}

#[component]
pub fn IslandRoot(props: &IslandRootProps) -> Html {
    let store = &props.store;
    let island = props.island;
    let state = use_island_state(store, island);
    let lang = store.lang();
    let s = lang.strings();

    let on_status = use_callback(store.clone(), |m: String, store| store.set_status(m));
    let on_tab = use_callback(store.clone(), |(c, t), store| {
        store.dispatch(Action::SelectTab(c, t))
    });
    let on_units = use_callback(store.clone(), |u, store| {
        store.dispatch(Action::SetUnits(u))
    });
    let on_theme = use_callback(store.clone(), |t, store| {
        store.dispatch(Action::SetTheme(t))
    });
    let on_share = use_callback((lang, on_status.clone()), |_: (), (lang, on_status)| {
        effects::share(
            dataset(*lang).sheet.title,
            lang.strings(),
            on_status.clone(),
        )
    });
    let on_json = use_callback(on_status.clone(), |_: MouseEvent, on_status| {
        effects::json_download(s, on_status)
    });

    let live = state.mode == Mode::Live;
    let (view, settled, today) = (state.view, state.settled, state.today);
    let failed = |e: &dyn std::fmt::Display| {
        html! {
            <p class="error" role="alert">{ s.could_not_compute(&e.to_string()) }</p>
        }
    };
    let content = match island {
        Island::Languages => {
            let query = if live {
                write(&UrlState {
                    embed: None,
                    ..settled
                })
            } else {
                String::new()
            };
            html! { <LanguageNav {lang} {query} /> }
        }
        Island::KeyFigures => match store.key_figures(&view.units, today) {
            Ok((figures, formulas)) => html! { <KeyFigures {figures} {formulas} {live} /> },
            Err(e) => failed(&e),
        },
        Island::Controls => html! {
            <Controls units={view.units} theme={view.theme} {on_units} {on_theme} {on_share}
                on_status={on_status.clone()} status={store.status()} {live} />
        },
        Island::Card(card) => {
            // While a switch settles, the hidden panels keep the view before it.
            match store.card_island(card, (&view.units, &settled.units), today) {
                Ok((v, trailing)) => {
                    // Offered (disabled) before the page is live too, so going live moves
                    // nothing; the snippet needs the page's address, known only in the browser.
                    let root = store.root();
                    // The compact card's code and the whole card's (`layout=full`).
                    let codes = view
                        .embed
                        .is_none()
                        .then(|| card_embed(card))
                        .flatten()
                        .map(|e| {
                            if live && !root.is_empty() {
                                let title = s.embed_title(v.title, dataset(lang).sheet.title);
                                [false, true].map(|full| {
                                    snippet(&root, lang, e, &UrlState { full, ..settled }, &title)
                                })
                            } else {
                                [String::new(), String::new()]
                            }
                        });
                    let (snippet, snippet_full) = match codes {
                        Some([compact, full]) => (Some(compact), Some(full)),
                        None => (None, None),
                    };
                    let compact = view.embed.is_some() && !view.full;
                    // The permalink of the card's own view (its tab, the units it shows, the
                    // theme), on the sheet: "Cite this" names it and downloaded images carry
                    // it. A switch elsewhere leaves it, and the card, as they were.
                    let permalink = (live && !root.is_empty()).then(|| {
                        let own = card_embed(card).map_or(settled, |e| embed_view(e, &settled));
                        let view = UrlState {
                            full: false,
                            embed: None,
                            ..own
                        };
                        format!("{root}{}{}#{}", lang.path(), write(&view), card.key())
                    });
                    // Every card cites, embedded or not: an editor's reader may cite the card
                    // where they met it; the citation names the card on the sheet.
                    let citation = match &permalink {
                        Some(url) => {
                            references(dataset(lang), lang, Some((card, v.title)), url, BUILT_ON)
                        }
                        None => Vec::new(),
                    };
                    html! {
                        <CardSection view={v} settled={trailing} mode={state.mode}
                            tab={view.tab(card)} on_tab={on_tab.clone()}
                            page_title={dataset(lang).sheet.title} on_status={on_status.clone()}
                            {snippet} {snippet_full} {compact} {citation} {permalink}
                            accessed={Some(today)} />
                    }
                }
                Err(e) => failed(&e),
            }
        }
        Island::DataLinks => {
            let up = lang.up();
            let root = store.root();
            let page_refs = if live && !root.is_empty() {
                let view = UrlState {
                    embed: None,
                    ..settled
                };
                let url = format!("{root}{}{}", lang.path(), write(&view));
                references(dataset(lang), lang, None, &url, BUILT_ON)
            } else {
                Vec::new()
            };
            // Each file by its name (a name is the same in every language), then what it is.
            let file = |name: &str, download: Option<&str>, about: &str| {
                html! {
                    <li>
                        <a href={format!("{up}{name}")} download={download.map(str::to_string)}
                            dir="ltr">{ name.to_string() }</a>
                        { format!(" – {about}") }
                    </li>
                }
            };
            html! {
                <section class="data-links" aria-labelledby="data-heading">
                    <h2 id="data-heading">{ s.data_heading }</h2>
                    <ul class="data-files">
                        { file("figures.csv", Some("cpec-figures.csv"), s.data_csv) }
                        { file("datapackage.json", None, s.data_package) }
                        { file("data.toml", Some("cpec-factsheet-data.toml"), s.data_toml) }
                        <li>
                            // Disabled until live (hidden without JavaScript): going live moves
                            // nothing.
                            <button type="button" class="button small" disabled={!live}
                                onclick={on_json}>
                                { s.download_json }
                            </button>
                        </li>
                    </ul>
                    <CiteThis id="page" references={page_refs} accessed={today} {lang}
                        on_status={on_status.clone()} />
                </section>
            }
        }
        Island::EmbedSource => {
            let link = match store.host() {
                Host::Page => full_sheet_link(&view),
                Host::Mounted { base } => {
                    format!("{base}{}{}", lang.path(), &full_sheet_link(&view)[2..])
                }
            };
            html! {
                <p class="embed-source">
                    <a href={link} target="_blank" rel="noopener">
                        { s.embed_source(dataset(lang).sheet.title) }
                    </a>
                </p>
            }
        }
    };
    html! {
        <ContextProvider<Lang> context={lang}>{ content }</ContextProvider<Lang>>
    }
}

fn card_embed(card: crate::core::data::Card) -> Option<Embed> {
    Embed::ALL.into_iter().find(|e| e.card() == Some(card))
}
