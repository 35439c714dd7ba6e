//! The page: header, controls, key figures, the cards and the footer, or, embedded, just the
//! chosen card(s) with a link back. Owns the view state; its effects start the live page,
//! follow back/forward, let what is out of sight catch up after a switch, write the permalink
//! and the theme, and report the embed's height.

use super::card_section::CardSection;
use super::controls::Controls;
use super::key_figures::KeyFigures;
use super::language_nav::LanguageNav;
use crate::core::data::{dataset, Date};
use crate::core::derive::compute;
use crate::core::embed::{full_sheet_link, snippet};
use crate::core::i18n::{fill, split, Lang, Strings};
use crate::core::sheet::{key_formulas, page_cached, units_for, CardCache, CARDS};
use crate::core::state::{Action, Mode, ViewState};
use crate::core::url::{write, Embed, UrlState};
use std::rc::Rc;
use yew::prelude::*;

/// Where the app runs.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Host {
    /// Its own page (or an iframe of it): owns the address, history and theme.
    #[default]
    Page,
    /// Mounted in someone else's page: touches none of that. `base` is the sheet's address.
    Mounted { base: AttrValue },
}

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// The date the page was pre-rendered on; the browser replaces it with the reader's.
    pub rendered_on: Date,
    /// The page's language (each language has its own pre-rendered pages).
    #[prop_or_default]
    pub lang: Lang,
    /// Set for the pre-rendered embed pages and for mounted cards.
    #[prop_or_default]
    pub embed: Option<Embed>,
    #[prop_or_default]
    pub host: Host,
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
    let state = use_reducer_eq(|| State(ViewState::new(props.rendered_on, props.embed)));
    let status = use_state(String::new);
    // The sheet's root address once live, for the embed codes. Only the root: a state that
    // followed the whole address would re-render the page on every switch.
    let root = use_state_eq(String::new);
    // The printed address ("Printed from ...") is written by the effect below, not rendered.
    let printed = use_node_ref();
    let owns_page = props.host == Host::Page;

    // Callbacks keep their identity across renders, so a switch re-renders only the
    // components whose data changed (Yew compares callbacks by identity).
    let on_status = {
        let set = status.setter();
        use_callback((), move |m: String, _| set.set(m))
    };
    let on_tab = {
        let d = state.dispatcher();
        use_callback((), move |(c, t), _| d.dispatch(Action::SelectTab(c, t)))
    };
    let on_units = {
        let d = state.dispatcher();
        use_callback((), move |u, _| d.dispatch(Action::SetUnits(u)))
    };
    let on_theme = {
        let d = state.dispatcher();
        use_callback((), move |t, _| d.dispatch(Action::SetTheme(t)))
    };
    let on_share = use_callback(
        (props.lang, on_status.clone()),
        |_: (), (lang, on_status)| {
            share(
                dataset(*lang).sheet.title,
                lang.strings(),
                on_status.clone(),
            )
        },
    );
    let on_json = use_callback(
        (props.lang, on_status.clone()),
        |_: MouseEvent, (lang, on_status)| json_download(lang.strings(), on_status),
    );

    // Start: the reader's date and the view in the URL; then follow back/forward.
    {
        let dispatch = state.dispatcher();
        use_effect_with(owns_page, move |owns_page| {
            #[cfg(target_arch = "wasm32")]
            {
                use crate::browser;
                use crate::core::url::parse;
                let today = browser::today().unwrap_or(fallback_today());
                let view = if *owns_page {
                    parse(&browser::query())
                } else {
                    crate::core::url::UrlState::default()
                };
                // Hydration is one long task; the first live render another: yield between
                // them so neither blocks input for long.
                {
                    let dispatch = dispatch.clone();
                    yew::platform::spawn_local(async move {
                        browser::next_task().await;
                        dispatch.dispatch(Action::Start { today, view });
                    });
                }
                let listener = owns_page
                    .then(|| {
                        browser::on_popstate(move || {
                            dispatch.dispatch(Action::Restore(parse(&browser::query())));
                        })
                    })
                    .flatten();
                move || drop(listener)
            }
            #[cfg(not(target_arch = "wasm32"))]
            {
                let _ = (dispatch, owns_page);
                || ()
            }
        });
    }
    // After a switch, what is out of sight catches up once the switch is on screen.
    {
        let dispatch = state.dispatcher();
        use_effect_with(state.0.settling(), move |settling| {
            #[cfg(target_arch = "wasm32")]
            if *settling {
                yew::platform::spawn_local(async move {
                    crate::browser::after_paint().await;
                    dispatch.dispatch(Action::Settle);
                });
            }
            #[cfg(not(target_arch = "wasm32"))]
            let _ = (dispatch, settling);
        });
    }
    // The theme follows the view at once: it changes what the reader sees.
    {
        let (theme, mode) = (state.0.view.theme, state.0.mode);
        use_effect_with((theme, mode, owns_page), move |(theme, mode, owns_page)| {
            #[cfg(target_arch = "wasm32")]
            if *mode == Mode::Live && *owns_page {
                crate::browser::apply_theme(*theme);
            }
            #[cfg(not(target_arch = "wasm32"))]
            let _ = (theme, mode, owns_page);
        });
    }
    // The permalink follows the settled view (writing history is slow, and out of sight);
    // `data-ready` once live.
    {
        let (settled, mode, root, printed) =
            (state.0.settled, state.0.mode, root.clone(), printed.clone());
        let props_lang = props.lang;
        use_effect_with(
            (settled, mode, owns_page),
            move |(view, mode, owns_page)| {
                #[cfg(target_arch = "wasm32")]
                if *mode == Mode::Live {
                    use crate::browser;
                    use crate::core::url::{parse, write};
                    if *owns_page {
                        // An embed page's file already says which card: the address names the
                        // embed only if it did before. Embeds replace the entry rather than add
                        // one, so the host page's back button is not theirs.
                        let current = parse(&browser::query());
                        let wanted = crate::core::url::UrlState {
                            embed: current.embed.and(view.embed),
                            ..*view
                        };
                        if current != wanted {
                            browser::set_query(&write(&wanted), view.embed.is_some());
                        }
                        let href = browser::href();
                        let new_root = crate::core::embed::root_url(&href, props_lang).to_string();
                        if *root != new_root {
                            // The embed codes appear in a task of their own: the first live render
                            // is long enough already (Lighthouse counts long tasks).
                            let root = root.clone();
                            yew::platform::spawn_local(async move {
                                browser::next_task().await;
                                root.set(new_root);
                            });
                        }
                        if let Some(p) = printed.cast::<web_sys::Element>() {
                            let s = props_lang.strings();
                            p.set_text_content(Some(&fill(s.printed_from, &[("address", &href)])));
                        }
                    }
                    browser::mark_ready();
                }
                #[cfg(not(target_arch = "wasm32"))]
                let _ = (view, mode, root, printed, owns_page, props_lang);
            },
        );
    }
    // Embedded in an iframe: tell the parent our height whenever it changes.
    {
        let (embed, mode) = (state.0.view.embed, state.0.mode);
        use_effect_with((embed, mode, owns_page), move |(embed, mode, owns_page)| {
            #[cfg(target_arch = "wasm32")]
            {
                let reporter = match (embed, *mode, *owns_page) {
                    (Some(e), Mode::Live, true) if crate::browser::in_frame() => {
                        crate::browser::report_height(e.key())
                    }
                    _ => None,
                };
                move || drop(reporter)
            }
            #[cfg(not(target_arch = "wasm32"))]
            {
                let _ = (embed, mode, owns_page);
                || ()
            }
        });
    }

    let (today, units, lang) = (state.0.today, state.0.view.units, props.lang);
    let settled_units = state.0.settled.units;
    let s = lang.strings();
    // Derivations follow the date only; a unit switch reuses them and the unchanged cards.
    let computed = use_memo((today, lang), |(today, lang)| {
        compute(dataset(*lang), *today, *lang)
    });
    let cache = use_mut_ref(CardCache::default);
    let built = {
        let computed = computed.clone();
        use_memo(
            (today, units, settled_units, lang),
            move |(today, units, settled_units, lang)| {
                computed.as_ref().as_ref().map_err(Clone::clone).map(|c| {
                    let (data, at) = (dataset(*lang), (*today, *lang));
                    let cache = &mut cache.borrow_mut();
                    let sheet = page_cached(data, c, units, at, cache);
                    // While a switch settles, the cards it concerns keep their earlier view
                    // for the panels out of sight.
                    let trailing: Vec<_> = CARDS
                        .into_iter()
                        .map(|card| {
                            (units_for(card, units) != units_for(card, settled_units))
                                .then(|| cache.get(data, c, card, settled_units, at))
                        })
                        .collect();
                    (sheet, key_formulas(c), trailing)
                })
            },
        )
    };
    let (sheet, formulas, trailing) = match &*built {
        Ok((sheet, formulas, trailing)) => (sheet, formulas, trailing),
        Err(e) => {
            return html! {
                <div class="sheet" lang={lang.tag()} dir={lang.dir()}>
                    <p class="error" role="alert">
                        { fill(s.could_not_compute, &[("error", &e.to_string())]) }
                    </p>
                </div>
            }
        }
    };
    let (view, settled) = (state.0.view, state.0.settled);
    let live = state.0.mode == Mode::Live;
    // The sheet's root address (where embed.js and each language's pages are).
    let root = match &props.host {
        Host::Page => (*root).clone(),
        Host::Mounted { base } => base.to_string(),
    };
    let cards = html! {
        <div class="cards">
            { for sheet.cards.iter().zip(trailing).filter(|(c, _)| view.embed.is_none_or(|e| e.shows(c.card))).map(|(card, trailing)| {
                let c = card.card;
                // Offered (disabled) before the page is live too, so going live moves nothing;
                // the snippet needs the page's address, known only in the browser.
                let embed_code = view.embed.is_none()
                    .then(|| card_embed(c))
                    .flatten()
                    .map(|e| {
                        if live && !root.is_empty() {
                            let title = fill(s.embed_title, &[("card", card.title), ("title", sheet.title)]);
                            snippet(&root, lang, e, &settled, &title)
                        } else {
                            String::new()
                        }
                    });
                html! {
                    <CardSection key={card.card.key()} view={card.clone()} settled={trailing.clone()} mode={state.0.mode}
                        tab={view.tab(c)} on_tab={on_tab.clone()} page_title={sheet.title}
                        on_status={on_status.clone()} snippet={embed_code} />
                }
            }) }
        </div>
    };

    if let Some(embed) = view.embed {
        let link = match &props.host {
            Host::Page => full_sheet_link(&view),
            Host::Mounted { base } => {
                format!("{base}{}{}", lang.path(), &full_sheet_link(&view)[2..])
            }
        };
        let source = html! {
            <p class="embed-source">
                <a href={link} target="_blank" rel="noopener">{ fill(s.embed_source, &[("title", sheet.title)]) }</a>
            </p>
        };
        return html! {
            <ContextProvider<Lang> context={lang}>
            <div class={classes!("sheet", "embedded", format!("embed-{}", embed.key()))}
                lang={lang.tag()} dir={lang.dir()}>
                // A page of its own in an iframe needs its landmark and heading; mounted in
                // someone's page, the host page has them.
                if owns_page {
                    <main class="sheet-main">
                        <h1 class="visually-hidden">{ sheet.title }</h1>
                        if embed == Embed::All {
                            <KeyFigures figures={sheet.key_figures.clone()} formulas={formulas.clone()} />
                        }
                        { cards }
                        { source }
                    </main>
                } else {
                    { cards }
                    { source }
                }
            </div>
            </ContextProvider<Lang>>
        };
    }

    let controls = html! {
        <Controls units={units} theme={view.theme} {on_units} {on_theme} {on_share}
            on_status={on_status.clone()} status={(*status).clone()} {live} />
    };
    let query = if live {
        write(&UrlState {
            embed: None,
            ..settled
        })
    } else {
        String::new()
    };
    let (before, after) = split(s.footer_reported, "article");
    html! {
        <ContextProvider<Lang> context={lang}>
        <div class="sheet" lang={lang.tag()} dir={lang.dir()}>
            <header class="sheet-head">
                <LanguageNav {lang} {query} />
                <h1>{ sheet.title }</h1>
                <p class="subtitle">{ sheet.subtitle }</p>
            </header>
            // The headline figures first (a phone's first screen), then the view options.
            <main class="sheet-main">
                <KeyFigures figures={sheet.key_figures.clone()} formulas={formulas.clone()} />
                { controls }
                { cards }
            </main>
            <footer class="sheet-foot">
                <p>
                    { before.to_string() }
                    // The headline as published, in English, with its translation beside it.
                    <cite lang="en" dir="ltr">{ sheet.article_title }</cite>
                    if let Some(t) = sheet.article_title_translation {
                        { format!(" ({t})") }
                    }
                    { fill(after, &[("published", &sheet.article_published)]) }
                    { " " }
                    { s.footer_context }
                </p>
                <p class="data-links">
                    <a href={format!("{}data.toml", lang.up())} download="cpec-factsheet-data.toml">
                        { s.download_data }
                    </a>
                    // Disabled until live (hidden without JavaScript): going live moves nothing.
                    <button type="button" class="button small" disabled={!live}
                        onclick={on_json}>
                        { s.download_json }
                    </button>
                </p>
                <p class="print-only" ref={printed}></p>
            </footer>
        </div>
        </ContextProvider<Lang>>
    }
}

fn card_embed(card: crate::core::data::Card) -> Option<Embed> {
    Embed::ALL.into_iter().find(|e| e.card() == Some(card))
}

#[cfg(target_arch = "wasm32")]
fn fallback_today() -> Date {
    Date {
        year: 2026,
        month: 1,
        day: 1,
    }
}

#[cfg(target_arch = "wasm32")]
fn share(title: &'static str, s: &'static Strings, on_status: Callback<String>) {
    use crate::browser::Shared;
    yew::platform::spawn_local(async move {
        let message = match crate::browser::share(crate::browser::href(), title.to_string()).await {
            Shared::Shared => s.shared.to_string(),
            Shared::Cancelled => s.share_cancelled.to_string(),
            Shared::Copied => s.link_copied.to_string(),
            Shared::CopyThis(url) => fill(s.copy_this_link, &[("url", &url)]),
        };
        on_status.emit(message);
    });
}

#[cfg(not(target_arch = "wasm32"))]
fn share(_: &'static str, _: &'static Strings, _: Callback<String>) {}

/// The JSON export (the data file's figures, in English as published, with sources and
/// formulas) is computed for the reader's today at the moment of the click.
fn json_download(s: &'static Strings, on_status: &Callback<String>) {
    #[cfg(target_arch = "wasm32")]
    {
        use crate::core::data::DATA;
        use crate::core::export::json;
        let today = crate::browser::today().unwrap_or(fallback_today());
        let file = "china-pakistan-figures.json";
        let message = match compute(DATA, today, Lang::En) {
            Ok(c) => match crate::browser::download_text(file, "application/json", &json(DATA, &c))
            {
                Ok(()) => fill(s.saved, &[("file", file)]),
                Err(e) => fill(s.could_not_save, &[("file", file), ("error", &e)]),
            },
            Err(e) => fill(s.could_not_compute, &[("error", &e.to_string())]),
        };
        on_status.emit(message);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (s, on_status);
}
