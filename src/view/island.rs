//! One island: a part of the page a reader can change, rendered by a Yew root of its own from
//! the shared [`Store`]. It subscribes to the store, so a change anywhere re-renders it (its
//! children skip what did not change), and it shows the pre-rendered state until the page
//! makes it live.

use super::card_section::CardSection;
use super::cite_this::CiteThis;
use super::controls::Controls;
use super::embed_code::EmbedChoice;
use super::hooks::use_island_state;
use super::host::Host;
use super::key_figures::KeyFigures;
use super::language_nav::LanguageNav;
use super::store::{Island, Store};
use crate::browser::effects;
use crate::core::cite::references;
use crate::core::data::{dataset, Card, BUILT_ON};
use crate::core::embed::{embed_view, full_sheet_link, shown, snippet};
use crate::core::i18n::{Lang, Strings};
use crate::core::sheet::CardView;
use crate::core::state::{Action, Mode, ViewState};
use crate::core::url::{write, Embed, Tab, UrlState};
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
            Err(e) => failed(s, &e),
        },
        Island::Controls => html! {
            <Controls units={view.units} theme={view.theme} {on_units} {on_theme} {on_share}
                on_status={on_status.clone()} status={store.status()} {live} />
        },
        Island::Card(card) => card_island(store, card, &state, on_tab, on_status),
        Island::DataLinks => data_links(store, &state, on_json, on_status),
        Island::EmbedSource => embed_source(store, &view),
    };
    html! {
        <ContextProvider<Lang> context={lang}>{ content }</ContextProvider<Lang>>
    }
}

/// What an island shows when the figures could not be computed.
fn failed(s: &Strings, e: &dyn std::fmt::Display) -> Html {
    html! {
        <p class="error" role="alert">{ s.could_not_compute(&e.to_string()) }</p>
    }
}

/// A card's island: its section, with its embed codes, its permalink and its citation.
fn card_island(
    store: &Store,
    card: Card,
    state: &ViewState,
    on_tab: Callback<(Card, Tab)>,
    on_status: Callback<String>,
) -> Html {
    let lang = store.lang();
    let live = state.mode == Mode::Live;
    let (view, settled, today) = (state.view, state.settled, state.today);
    // While a switch settles, the hidden panels keep the view before it.
    let (v, trailing) = match store.card_island(card, (&view.units, &settled.units), today) {
        Ok(views) => views,
        Err(e) => return failed(lang.strings(), &e),
    };
    let embed_codes = embed_codes(store, card, state, &v);
    let (v, trailing) = (shown(view.embed, v), trailing.map(|t| shown(view.embed, t)));
    // The permalink of the card's own view (its tab, the units it shows, the theme), on
    // the sheet: "Cite this" names it and downloaded images carry it. A switch elsewhere
    // leaves it, and the card, as they were.
    let root = store.root();
    let permalink = (live && !root.is_empty()).then(|| {
        let own = Embed::of_card(card).map_or(settled, |e| embed_view(e, &settled));
        let view = UrlState {
            full: false,
            embed: None,
            ..own
        };
        format!("{root}{}{}#{}", lang.path(), write(&view), card.key())
    });
    // Every card cites, embedded or not: an editor's reader may cite the card where they
    // met it; the citation names the card on the sheet.
    let citation = match &permalink {
        Some(url) => references(dataset(lang), lang, Some((card, v.title)), url, BUILT_ON),
        None => Vec::new(),
    };
    html! {
        <CardSection view={v} settled={trailing} mode={state.mode}
            tab={view.tab(card)} {on_tab}
            page_title={dataset(lang).sheet.title} {on_status}
            {embed_codes} {citation} {permalink}
            accessed={Some(today)} />
    }
}

/// A card's embed codes: the whole card's, then, on a card with several charts, each
/// chart's; each compact and whole (`layout=full`). None in an embed. Offered (disabled)
/// before the page is live too, so going live moves nothing; the snippets need the page's
/// address, known only in the browser.
fn embed_codes(store: &Store, card: Card, state: &ViewState, v: &CardView) -> Vec<EmbedChoice> {
    let lang = store.lang();
    let s = lang.strings();
    let live = state.mode == Mode::Live;
    let root = store.root();
    let Some(whole) = Embed::of_card(card).filter(|_| state.view.embed.is_none()) else {
        return Vec::new();
    };
    let chart_title = |e: Embed| {
        v.charts
            .iter()
            .find(|c| Some(c.id.as_str()) == e.chart())
            .map(|c| c.title.clone())
    };
    let choices = std::iter::once((whole, Some(s.embed_all_charts.to_string())))
        .chain(Embed::charts_of(card).map(|e| (e, chart_title(e))));
    choices
        .filter_map(|(e, label)| Some((e, label?)))
        .map(|(e, label)| {
            let name = if e.chart().is_some() { &label } else { v.title };
            let title = s.embed_title(name, dataset(lang).sheet.title);
            let code = |full| {
                let view = UrlState {
                    full,
                    ..state.settled
                };
                if live && !root.is_empty() {
                    snippet(&root, lang, e, &view, &title)
                } else {
                    String::new()
                }
            };
            EmbedChoice {
                label,
                compact: code(false),
                full: code(true),
            }
        })
        .collect()
}

/// The footer's files (CSV, data package, data file, JSON download) and the page's "Cite
/// this".
fn data_links(
    store: &Store,
    state: &ViewState,
    on_json: Callback<MouseEvent>,
    on_status: Callback<String>,
) -> Html {
    let lang = store.lang();
    let s = lang.strings();
    let live = state.mode == Mode::Live;
    let up = lang.up();
    let root = store.root();
    let page_refs = if live && !root.is_empty() {
        let view = UrlState {
            embed: None,
            ..state.settled
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
            <CiteThis id="page" references={page_refs} accessed={state.today} {lang}
                {on_status} />
        </section>
    }
}

/// An embed's link back to the whole sheet, with the embed's view.
fn embed_source(store: &Store, view: &UrlState) -> Html {
    let lang = store.lang();
    let link = match store.host() {
        Host::Page => full_sheet_link(view),
        Host::Mounted { base } => {
            format!("{base}{}{}", lang.path(), &full_sheet_link(view)[2..])
        }
    };
    html! {
        <p class="embed-source">
            <a href={link} target="_blank" rel="noopener">
                { lang.strings().embed_source(dataset(lang).sheet.title) }
            </a>
        </p>
    }
}
