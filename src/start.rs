//! Starts the app in the browser (`main.rs` only calls [`start`]): hydrates each island of
//! the pre-rendered page in small tasks of its own, or renders the page where nothing was
//! pre-rendered, or mounts cards into a host page.
//!
//! It also sets up the page's own effects, which no component runs. `page_effects`: store
//! subscribers (after a switch, what is out of sight settles once the switch is painted; once
//! live, the theme follows the view, and an embed's layout, the address and the printed
//! address the settled view) and listeners for back/forward and for printing everything (the
//! appendix); a mounted card gets the settling only. `embed_effects`: an embedded page
//! reports its height to its parent (a ResizeObserver, not a subscriber). The hydration below
//! sets `<body data-ready="1">` and `data-live="all"` as it goes.
//!
//! Order: the controls and the cards in the first viewport first, each in two tasks (hydrate,
//! then go live), with the card's views built in a task before each; `<body data-ready="1">`
//! once those are live. Then the other islands the same way, and `data-live="all"`. A reader
//! who acts on an island that is not live yet (pointerdown, focusin, keydown) makes it live in
//! that task, before the click that follows reaches it.

use crate::browser::{
    after_paint, apply_layout, apply_theme, document, href, in_frame, mark_live, mark_ready,
    next_task, on_popstate, on_window, print_all_chosen, query, report_height, set_query,
    today_or_fallback, window, write_appendix, ROOT_ID,
};
use crate::core::embed::root_url;
use crate::core::i18n::Lang;
use crate::core::model::Date;
use crate::core::state::{Action, Mode};
use crate::core::url::Theme;
use crate::core::url::{parse, write, Embed, UrlState};
use crate::view::{Host, Island, IslandRoot, IslandRootProps, Page, PageProps, Store};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;

thread_local! {
    /// What lives as long as the page: the store subscriptions and listeners of its effects.
    static KEPT: RefCell<Vec<Box<dyn std::any::Any>>> = RefCell::default();
}

fn keep(thing: impl std::any::Any) {
    KEPT.with(|k| k.borrow_mut().push(Box::new(thing)));
}

/// Hydrates the pre-rendered page, or renders it when there is none (e.g. a plain
/// `trunk build` without the pre-render hook), or mounts cards into a host page.
pub fn start() {
    let Some(document) = document() else {
        gloo::console::error!("factsheet: no document");
        return;
    };
    let Some(root) = document.get_element_by_id(ROOT_ID) else {
        mount_all(&document);
        return;
    };
    let rendered_on = root
        .get_attribute("data-rendered-on")
        .and_then(|d| Date::parse(&d));
    let embed = root
        .get_attribute("data-embed")
        .and_then(|e| Embed::parse(&e));
    let lang = root
        .get_attribute("data-lang")
        .and_then(|l| Lang::parse(&l))
        .unwrap_or_default();
    let hosts = island_hosts(&root);
    let view = parse(&query());
    // The sheet's address may ask for an embed (`?embed=cpec`): a page the pre-render did
    // not write, so it is rendered here instead.
    let asks_other = embed.is_none() && view.embed.is_some();
    let prerendered = rendered_on.is_some() && !hosts.is_empty() && !asks_other;
    let today = today_or_fallback();
    let store = Store::new(
        (rendered_on.unwrap_or(today), lang),
        embed,
        Host::Page,
        !prerendered,
    );
    page_effects(&store);
    store.dispatch(Action::Start { today, view });
    // After Start: only then does the store hold the embed the address asks for (`?embed=`).
    embed_effects(&store);
    store.set_root(root_url(&href(), lang).to_string());
    if !prerendered {
        // Emptied as text, not as HTML: no string reaches `innerHTML`, which a page that
        // requires Trusted Types refuses.
        root.set_text_content(None);
        yew::Renderer::<Page>::with_root_and_props(root, PageProps { store }).render();
        yew::platform::spawn_local(async {
            next_task().await;
            mark_ready();
            mark_live();
        });
        return;
    }
    let hydrator = Rc::new(Hydrator {
        store,
        pending: RefCell::new(order(hosts)),
    });
    hydrator.listen(&root);
    yew::platform::spawn_local(hydrator.run());
}

/// The islands of the page, in document order.
fn island_hosts(root: &web_sys::Element) -> Vec<(Island, web_sys::Element)> {
    let Ok(list) = root.query_selector_all("[data-island]") else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<web_sys::Element>().ok())
        .filter_map(|el| Some((Island::parse(&el.get_attribute("data-island")?)?, el)))
        .collect()
}

/// An island waiting to be hydrated; `first` when it belongs to the first viewport's
/// interactive islands (those `data-ready` waits for).
struct Pending {
    island: Island,
    host: web_sys::Element,
    first: bool,
}

/// The hydration order: the controls and the cards on screen, then what only follows the
/// view (key figures, language links, the footer), then the cards out of sight.
fn order(hosts: Vec<(Island, web_sys::Element)>) -> Vec<Pending> {
    let height = window()
        .and_then(|w| w.inner_height().ok())
        .and_then(|h| h.as_f64())
        .unwrap_or(800.0);
    // An island's host has no box of its own (display: contents): its parent's tells where
    // it is.
    let on_screen = |host: &web_sys::Element| {
        host.parent_element()
            .map(|p| p.get_bounding_client_rect().top() < height)
            .unwrap_or(true)
    };
    let rank = |island: Island, seen: bool| match (island, seen) {
        (Island::Controls, _) | (Island::Card(_), true) => 0,
        (Island::Card(_), false) => 2,
        _ => 1,
    };
    let mut pending: Vec<(u8, Pending)> = hosts
        .into_iter()
        .map(|(island, host)| {
            let r = rank(island, on_screen(&host));
            (
                r,
                Pending {
                    island,
                    host,
                    first: r == 0,
                },
            )
        })
        .collect();
    // Stable: document order within a rank.
    crate::core::order::sort_by_key(&mut pending, |(r, _)| *r);
    pending.into_iter().map(|(_, p)| p).collect()
}

struct Hydrator {
    store: Store,
    /// Islands not hydrated yet, in the order they will be.
    pending: RefCell<Vec<Pending>>,
}

impl Hydrator {
    /// Hydrates `island` now (its first render is the pre-rendered state).
    fn hydrate(&self, island: Island, host: web_sys::Element) {
        let props = IslandRootProps {
            island,
            store: self.store.clone(),
        };
        yew::Renderer::<IslandRoot>::with_root_and_props(host, props).hydrate();
    }

    fn take(&self, island: Island) -> Option<Pending> {
        let mut pending = self.pending.borrow_mut();
        let i = pending.iter().position(|p| p.island == island)?;
        Some(pending.remove(i))
    }

    /// The reader acts on an island that is not live yet: hydrate it and make it live in
    /// this task, so the click (or key) that follows reaches a live control.
    fn listen(self: &Rc<Self>, root: &web_sys::Element) {
        for event in ["pointerdown", "focusin", "keydown"] {
            let me = self.clone();
            let options = gloo::events::EventListenerOptions::run_in_capture_phase();
            let listener =
                gloo::events::EventListener::new_with_options(root, event, options, move |e| {
                    let island = e
                        .target()
                        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                        .and_then(|t| t.closest("[data-island]").ok().flatten())
                        .and_then(|h| Island::parse(&h.get_attribute("data-island")?));
                    if let Some(p) = island.and_then(|i| me.take(i)) {
                        me.hydrate(p.island, p.host);
                        // Live once the hydrating render is done: Yew renders in a microtask
                        // that `hydrate` queued before this one. So the island hydrates what
                        // the pre-render wrote, as in `run` (its raw parts adopt their nodes,
                        // see `view::Raw`), and is live before the click or key that follows,
                        // a task later.
                        let (store, island) = (me.store.clone(), p.island);
                        yew::platform::spawn_local(async move { store.go_live(island) });
                    }
                });
            keep(listener);
        }
    }

    /// Hydrates every pending island, one step per task.
    async fn run(self: Rc<Self>) {
        let store = &self.store;
        let mut ready = false;
        loop {
            let next = {
                let pending = self.pending.borrow();
                pending.first().map(|p| (p.island, p.first))
            };
            let Some((island, first)) = next else { break };
            if !first && !ready {
                mark_ready();
                ready = true;
            }
            // Build what the island shows before hydrating it, each in a task of its own:
            // the pre-rendered view, then the live one.
            if let Island::Card(card) = island {
                let (was, is) = (store.rendered(), store.state());
                next_task().await;
                let _ = store.card(card, &was.view.units, was.today);
                next_task().await;
                let _ = store.card(card, &is.view.units, is.today);
            } else {
                next_task().await;
                let _ = store.computed(store.state().today);
            }
            next_task().await;
            // The reader may have made it live meanwhile.
            if let Some(p) = self.take(island) {
                self.hydrate(p.island, p.host);
                next_task().await;
                store.go_live(island);
            }
        }
        if !ready {
            mark_ready();
        }
        next_task().await;
        mark_live();
    }
}

/// The page's effects as store subscribers: follow back/forward, let what is out of sight
/// catch up after a switch, write the permalink, the printed address and the theme.
fn page_effects(store: &Store) {
    settle_after_paint(store);
    if !store.owns_page() {
        return;
    }
    let lang = store.lang();
    {
        let s = store.clone();
        if let Some(listener) = on_popstate(move || s.dispatch(Action::Restore(parse(&query())))) {
            keep(listener);
        }
    }
    let last: RefCell<Option<(Theme, UrlState)>> = RefCell::default();
    let s = store.clone();
    let apply = move || {
        let state = s.state();
        if state.mode != Mode::Live {
            return;
        }
        let now = (state.view.theme, state.settled);
        let before = last.replace(Some(now));
        if before.map(|b| b.0) != Some(now.0) {
            apply_theme(now.0);
        }
        if before.map(|b| b.1.full) != Some(now.1.full) {
            apply_layout(now.1.full);
        }
        if before.map(|b| b.1) != Some(now.1) {
            let view = now.1;
            // An embed page's file already says which card: the address names the embed
            // only if it did before. Embeds replace the entry rather than add one, so the
            // host page's back button is not theirs.
            let current = parse(&query());
            let wanted = UrlState {
                embed: current.embed.and(view.embed),
                ..view
            };
            if current != wanted {
                set_query(&write(&wanted), view.embed.is_some());
            }
            let printed =
                document().and_then(|d| d.get_element_by_id(crate::core::ids::PRINTED_ID));
            if let Some(p) = printed {
                let date = crate::core::format::date(state.today, lang);
                let text = crate::core::i18n::fill(
                    lang.strings().printed_from,
                    &[("address", &href()), ("date", &date)],
                );
                p.set_text_content(Some(&text));
            }
        }
    };
    keep(store.subscribe(None, apply));
    // A print of everything copies the panels as they are when the dialog opens.
    let heading = lang.strings().print_appendix;
    if let Some(listener) = on_window("beforeprint", move || {
        if print_all_chosen() {
            write_appendix(true, heading);
        }
    }) {
        keep(listener);
    }
}

/// Reports an embedded page's height to the frame around it. It reads the view once, so it
/// is set up after [`Action::Start`] has put the address's view (`?embed=trade` on the
/// sheet's own page) into the store; the subscribers of [`page_effects`] read the view each
/// time instead and are set up before, to see Start itself.
fn embed_effects(store: &Store) {
    if !store.owns_page() {
        return;
    }
    if let (Some(embed), true) = (store.state().view.embed, in_frame()) {
        if let Some(reporter) = report_height(embed.key()) {
            keep(reporter);
        }
    }
}

/// After a switch, what is out of sight catches up once the switch is on screen.
fn settle_after_paint(store: &Store) {
    let due = Rc::new(std::cell::Cell::new(false));
    let s = store.clone();
    keep(store.subscribe(None, move || {
        if s.state().settling() && !due.replace(true) {
            let (s, due) = (s.clone(), due.clone());
            yew::platform::spawn_local(async move {
                after_paint().await;
                due.set(false);
                s.dispatch(Action::Settle);
            });
        }
    }));
}

/// Mounts a card into every `<div data-cpec-factsheet="trade">` of a host page, each inside a
/// shadow root with the sheet's own stylesheet, so neither page's styles reach the other.
fn mount_all(document: &web_sys::Document) {
    let Ok(hosts) = document.query_selector_all("[data-cpec-factsheet]") else {
        return;
    };
    let today = today_or_fallback();
    for i in 0..hosts.length() {
        let Some(host) = hosts
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        let Some(embed) = host
            .get_attribute("data-cpec-factsheet")
            .and_then(|k| Embed::parse(k.trim()))
        else {
            gloo::console::warn!(
                "factsheet: data-cpec-factsheet must be trade, cpec, cpec-km, cpec-jobs, cpec-capacity, karot, timeline or all"
            );
            continue;
        };
        let base = host.get_attribute("data-cpec-base").unwrap_or_default();
        let css = host.get_attribute("data-cpec-css").unwrap_or_default();
        let init = web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open);
        let Ok(shadow) = host.attach_shadow(&init) else {
            gloo::console::warn!("factsheet: this element cannot hold a shadow root");
            continue;
        };
        let Some(root) = document.create_element("div").ok() else {
            continue;
        };
        if !css.is_empty() {
            if let Ok(link) = document.create_element("link") {
                let _ = link.set_attribute("rel", "stylesheet");
                let _ = link.set_attribute("href", &css);
                let _ = shadow.append_child(&link);
            }
        }
        let _ = root.set_attribute("class", "mount");
        if shadow.append_child(&root).is_err() {
            continue;
        }
        // The editor says which language: data-lang="zh" (or "zh-CN", "ur", "ur-PK").
        let lang = host
            .get_attribute("data-lang")
            .and_then(|l| Lang::parse(l.trim()))
            .unwrap_or_default();
        let store = Store::new(
            (today, lang),
            Some(embed),
            Host::Mounted { base: base.into() },
            true,
        );
        page_effects(&store);
        store.dispatch(Action::Start {
            today,
            view: UrlState::default(),
        });
        yew::Renderer::<Page>::with_root_and_props(root, PageProps { store }).render();
    }
    if hosts.length() > 0 {
        yew::platform::spawn_local(async {
            next_task().await;
            mark_ready();
            mark_live();
        });
    }
}
