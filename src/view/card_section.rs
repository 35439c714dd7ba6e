//! A card's island: its tabs and three panels (Chart, Table, Method and sources) and its footer
//! line (publishers, Cite this, Embed) (the card's title and intro are static, outside it). The pre-render already
//! hides the panels its tabs do not select, so the page keeps its shape when it goes live;
//! without JavaScript, when the app fails to start, and in print, the stylesheets show every
//! panel with its heading instead. The publisher line stays under the card either way.
//! After a unit switch the selected panel shows the new view at once and the hidden panels a
//! task later (`settled`), so the switch the reader sees is one short task.

use super::chart_figure::ChartFigure;
use super::cite_this::CiteThis;
use super::embed_code::{EmbedChoice, EmbedCode};
use super::event_list::EventList;
use super::tab_list::{panel_id, tab_id, TabList};
use super::{raw, use_strings};
use crate::core::cite::Reference;
use crate::core::data::Card;
use crate::core::model::Date;
use crate::core::sheet::CardView;
use crate::core::state::Mode;
use crate::core::url::Tab;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CardSectionProps {
    pub view: CardView,
    /// What the hidden panels show while a switch settles (the view before it); `None` once
    /// settled, or when the switch does not concern this card.
    #[prop_or_default]
    pub settled: Option<CardView>,
    #[prop_or_default]
    pub mode: Mode,
    #[prop_or_default]
    pub tab: Tab,
    /// A tab of this card was selected.
    #[prop_or_default]
    pub on_tab: Callback<(Card, Tab)>,
    #[prop_or_default]
    pub page_title: &'static str,
    #[prop_or_default]
    pub on_status: Callback<String>,
    /// The embed codes for this card (and each of its charts) in the current view; none when
    /// embedded; their snippets empty until the page is live and knows its address.
    #[prop_or_default]
    pub embed_codes: Vec<EmbedChoice>,
    /// The card's references for "Cite this": empty until the page knows its address.
    #[prop_or_default]
    pub citation: Vec<Reference>,
    /// The permalink of the card's view, for its downloaded images; known once live.
    #[prop_or_default]
    pub permalink: Option<String>,
    /// The reader's day, for the citation's access date.
    #[prop_or_default]
    pub accessed: Option<Date>,
}

#[component]
pub fn CardSection(props: &CardSectionProps) -> Html {
    let s = use_strings();
    let v = &props.view;
    let id = v.card.key();
    let live = props.mode == Mode::Live;
    let card = v.card;

    // The selected panel shows the view; the hidden ones may trail it by a task.
    let shown = |tab: Tab| match &props.settled {
        Some(settled) if tab != props.tab => settled,
        _ => v,
    };
    let panel = |tab: Tab, content: Html| {
        let hidden = tab != props.tab;
        html! {
            <div class="panel" id={panel_id(id, tab)} data-tab={tab.key()}
                role={live.then_some("tabpanel")}
                aria-labelledby={live.then(|| tab_id(id, tab))}
                tabindex={live.then_some("0")}
                {hidden}>
                <h3 class="panel-heading">{ tab.label(s) }</h3>
                { content }
            </div>
        }
    };
    // The tables, formulas and sources come as HTML built with the card's view.
    let chart_panel = {
        let v = shown(Tab::Chart);
        html! {
            <>
                <div class="charts">
                    { for v.charts.iter().map(|c| html! {
                        <ChartFigure key={c.id.clone()} chart={c.clone()} {live}
                            page_title={props.page_title} on_status={props.on_status.clone()}
                            card_title={v.title} permalink={props.permalink.clone()} />
                    }) }
                </div>
                if !v.events.is_empty() {
                    <EventList events={v.events.clone()} {live} />
                }
            </>
        }
    };
    let table_panel = {
        let v = shown(Tab::Table);
        html! {
            <>
                { for v.html.tables.iter().map(|t| raw(t, !live)) }
                if !v.figures.is_empty() {
                    { raw(&v.html.figures, !live) }
                }
            </>
        }
    };
    // "Method and sources": how each derived figure is computed, then where every figure
    // comes from. Behind the chart, not under it: the chart panel carries the chart alone.
    let sources_panel = {
        let v = shown(Tab::Sources);
        html! {
            <>
                if !v.formulas.is_empty() {
                    { raw(&v.html.formulas, !live) }
                }
                { raw(&v.html.provenance, !live) }
            </>
        }
    };
    let sources = if v.sources.is_empty() {
        Html::default()
    } else {
        raw(&v.html.sources, !live)
    };
    let cite = match props.accessed {
        Some(accessed) => html! {
            <CiteThis id={id} references={props.citation.clone()} {accessed} lang={v.lang}
                on_status={props.on_status.clone()} />
        },
        None => Html::default(),
    };
    html! {
        <>
            <TabList id={id} label={s.tabs_label(v.title)} selected={props.tab}
                on_select={props.on_tab.reform(move |t| (card, t))} {live} />
            { panel(Tab::Chart, chart_panel) }
            { panel(Tab::Table, table_panel) }
            { panel(Tab::Sources, sources_panel) }
            // One footer line: the source, then "Cite this" and "Embed" at its end.
            <div class="card-foot">
                { sources }{ cite }
                if !props.embed_codes.is_empty() {
                    <EmbedCode id={id} choices={props.embed_codes.clone()}
                        on_status={props.on_status.clone()} />
                }
            </div>
        </>
    }
}
