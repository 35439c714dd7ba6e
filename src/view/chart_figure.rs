//! One chart: its title (HTML, not in the SVG), the SVG drawn by the core, a legend, the text
//! alternative and, once live, a tooltip (hover, tap, or focus and arrow keys: one tab stop
//! per chart) and downloads. A chart that failed to draw shows why instead.

use super::hooks::{use_chart_texts, use_disclosure, use_strings};
use super::raw;
use crate::browser::effects::{self, Format, Save};
use crate::core::chart::tooltip::FONT;
use crate::core::chart::{hit_test, Rect};
use crate::core::derive::Origin;
use crate::core::i18n::Lang;
use crate::core::i18n::Strings;
use crate::core::sheet::{ChartView, Hit, Legend};
use crate::core::standalone::{Frame, Width};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChartFigureProps {
    pub chart: ChartView,
    pub live: bool,
    /// The page title, for the CSV's comment line and the image's foot.
    pub page_title: &'static str,
    /// The card's title, the downloaded image's headline.
    #[prop_or_default]
    pub card_title: &'static str,
    /// The permalink of the card's view, drawn in the downloaded image; known once live.
    #[prop_or_default]
    pub permalink: Option<String>,
    /// Receives download results for the page's status line.
    pub on_status: Callback<String>,
}

fn legend(l: &Legend, s: &Strings) -> Html {
    match l {
        Legend::Bars(kinds) if kinds.is_empty() => Html::default(),
        Legend::Bars(kinds) => html! {
            <ul class="legend">
                { for kinds.iter().map(|k| {
                    let (class, text) = match k {
                        Origin::Reported => ("swatch swatch-reported", s.legend_reported),
                        Origin::Context => ("swatch swatch-context", s.legend_context),
                        Origin::Derived => ("swatch swatch-derived", s.legend_derived),
                    };
                    html! { <li><span class={class} aria-hidden="true"></span>{ text }</li> }
                }) }
            </ul>
        },
        Legend::Events => html! {
            <ul class="legend">
                <li><span class="swatch swatch-dot" aria-hidden="true"></span>{ s.legend_events }</li>
            </ul>
        },
    }
}

/// The highlight ring and the tooltip box, drawn in the chart's own coordinates (laid out by
/// the core, with the text measured in the reader's fonts) so they stay on the bar at any
/// width and hold their text in any font.
fn overlay((size, r): ((u32, u32), Rect), hit: &Hit, measure: &NodeRef) -> Html {
    let (w, h) = size;
    let t = effects::tooltip(measure, size, r, &hit.text);
    let cx = (t.x + t.width / 2).to_string();
    html! {
        <svg class="chart-overlay" viewBox={format!("0 0 {w} {h}")} aria-hidden="true" focusable="false">
            <rect class="hit-ring" x={(r.x0 - 3).to_string()} y={(r.y0 - 3).to_string()}
                width={(r.x1 - r.x0 + 6).to_string()} height={(r.y1 - r.y0 + 6).to_string()} rx="3" />
            <rect class="tip-box" x={t.x.to_string()} y={t.y.to_string()}
                width={t.width.to_string()} height={t.height.to_string()} rx="4" />
            <text class="tip-text" x={cx.clone()} y={t.baseline.to_string()} text-anchor="middle"
                font-family={FONT.family} font-size={FONT.size.to_string()} font-weight={FONT.weight}>
                { for t.lines.iter().enumerate().map(|(i, line)| html! {
                    <tspan x={cx.clone()} dy={if i == 0 { 0 } else { t.line_height }.to_string()}>{ line.clone() }</tspan>
                }) }
            </text>
        </svg>
    }
}

#[component]
pub fn ChartFigure(props: &ChartFigureProps) -> Html {
    let s = use_strings();
    let c = &props.chart;
    let active = use_state_eq(|| None::<usize>);
    let node = use_node_ref();
    let measure = use_node_ref();
    let count = c.hits.len();
    // Which of the two drawings the stylesheet shows (by the column's width), read when the
    // reader points or focuses: the tooltip is laid out in that drawing's coordinates.
    let narrow = use_state_eq(|| false);
    let wide: std::rc::Rc<[Rect]> = c.hits.iter().map(|h| h.rect).collect();
    let small: std::rc::Rc<[Rect]> = c.narrow.rects.clone().into();
    let drawing = {
        let (size, narrow_size) = (c.size, c.narrow.size);
        let (wide, small) = (wide.clone(), small.clone());
        move |narrow: bool| {
            if narrow {
                (narrow_size, small.clone())
            } else {
                (size, wide.clone())
            }
        }
    };
    let pick_at = {
        let (node, narrow, drawing) = (node.clone(), narrow.clone(), drawing.clone());
        move |e: &PointerEvent, slop: f64| {
            let now = effects::shows_narrow(&node);
            narrow.set(now);
            let (size, rects) = drawing(now);
            effects::pointer_fraction(e, &node).and_then(|(fx, fy)| {
                hit_test(&rects, fx * f64::from(size.0), fy * f64::from(size.1), slop)
            })
        }
    };
    let onpointermove = {
        let (active, pick_at) = (active.clone(), pick_at.clone());
        Callback::from(move |e: PointerEvent| {
            if e.pointer_type() != "touch" {
                active.set(pick_at(&e, 4.0));
            }
        })
    };
    let onpointerdown = {
        let active = active.clone();
        Callback::from(move |e: PointerEvent| {
            if e.pointer_type() == "touch" {
                let hit = pick_at(&e, 16.0);
                active.set(if hit == *active { None } else { hit });
            }
        })
    };
    let onpointerleave = {
        let (active, node) = (active.clone(), node.clone());
        Callback::from(move |e: PointerEvent| {
            if e.pointer_type() != "touch" && effects::left(&e, &node) {
                active.set(None);
            }
        })
    };
    let onfocus = {
        let (active, narrow, node) = (active.clone(), narrow.clone(), node.clone());
        Callback::from(move |_: FocusEvent| {
            narrow.set(effects::shows_narrow(&node));
            if active.is_none() && count > 0 {
                active.set(Some(0));
            }
        })
    };
    let onblur = {
        let active = active.clone();
        Callback::from(move |_: FocusEvent| active.set(None))
    };
    let onkeydown = {
        let active = active.clone();
        Callback::from(move |e: KeyboardEvent| {
            if count == 0 {
                return;
            }
            let i = active.unwrap_or(0);
            let next = match e.key().as_str() {
                "ArrowRight" | "ArrowDown" => Some((i + 1).min(count - 1)),
                "ArrowLeft" | "ArrowUp" => Some(i.saturating_sub(1)),
                "Home" => Some(0),
                "End" => Some(count - 1),
                "Escape" => None,
                _ => return,
            };
            e.prevent_default();
            active.set(next);
        })
    };

    // The SVG on the page is replaced only when the chart's drawing changes. When only its
    // labels change (a unit switch that rescales an axis), the page keeps its SVG and the
    // effect below writes the new labels into it: a dozen text nodes instead of a whole SVG
    // to parse, style and lay out again.
    let shown = use_mut_ref(|| c.page.clone().ok());
    let markup = c.page.as_ref().map(|svg| {
        let mut shown = shown.borrow_mut();
        match &*shown {
            Some(on_page) if on_page.drawing() == svg.drawing() => on_page.html(),
            _ => {
                *shown = Some(svg.clone());
                svg.html()
            }
        }
    });
    use_chart_texts(&node, c.page.as_ref().ok().cloned());

    let summary_id = format!("summary-{}", c.id);
    let current = active.and_then(|i| c.hits.get(i));
    let placed = active.and_then(|i| {
        let (size, rects) = drawing(*narrow);
        rects.get(i).map(|r| (size, *r))
    });
    let body = match (markup, props.live) {
        (Ok(svg), false) => html! {
            <div class="chart-svg" ref={node.clone()} role="img" aria-label={c.summary.clone()} data-chart={c.id.clone()}>
                { raw(&svg, true) }
                // The same children as the live chart below: Yew matches unkeyed children from
                // the end, so a different count would re-parse the SVG when the page goes live.
                if let (Some(hit), Some(at)) = (current, placed) {
                    { overlay(at, hit, &measure) }
                }
            </div>
        },
        (Ok(svg), true) => html! {
            <div class="chart-svg live" ref={node} data-chart={c.id.clone()} tabindex="0" role="group"
                aria-roledescription="chart" aria-label={c.title.clone()}
                aria-describedby={summary_id.clone()}
                {onpointermove} {onpointerdown} {onpointerleave} {onfocus} {onblur} {onkeydown}>
                { raw(&svg, false) }
                if let (Some(hit), Some(at)) = (current, placed) {
                    { overlay(at, hit, &measure) }
                }
            </div>
        },
        (Err(e), _) => html! {
            <p class="error chart-error" role="alert">
                { s.chart_error(&e.to_string()) }
            </p>
        },
    };
    // The image's width, and whether it is light whatever the page shows (for print).
    let width = use_state_eq(Width::default);
    let light = use_state_eq(|| false);
    let lang = use_context::<Lang>().unwrap_or_default();
    // One copy of the chart for the download buttons (the SVG can be 15 KB).
    let saved = std::rc::Rc::new(c.clone());
    let permalink: std::rc::Rc<str> = props.permalink.as_deref().unwrap_or_default().into();
    let save = |format: Format, label: &'static str| {
        let (chart, title, done) = (saved.clone(), props.page_title, props.on_status.clone());
        let (card, permalink, measure) = (props.card_title, permalink.clone(), measure.clone());
        let (width, light) = (*width, *light);
        let onclick = Callback::from(move |_| {
            let frame = Frame {
                card,
                sheet: title,
                permalink: &permalink,
            };
            let save = Save {
                format,
                width,
                light,
                frame,
            };
            effects::download(&chart, save, (title, lang, &measure), done.clone())
        });
        html! {
            <button type="button" class="button small" disabled={!props.live} {onclick}
                aria-label={s.download_as(&c.title, label)}>{ label }</button>
        }
    };
    // One radio group of the image's options: native radios, one tab stop, arrow keys.
    let choice = |name: &str,
                  legend: &'static str,
                  options: [(&'static str, bool, Callback<Event>); 2]| {
        html! {
            <fieldset class="image-option">
                <legend>{ legend }</legend>
                { for options.into_iter().enumerate().map(|(i, (label, checked, onchange))| {
                    let id = format!("{}-{name}-{i}", c.id);
                    html! {
                        <span class="image-choice">
                            <input type="radio" id={id.clone()} name={format!("{}-{name}", c.id)}
                                {checked} disabled={!props.live} {onchange} />
                            <label for={id}>{ label }</label>
                        </span>
                    }
                }) }
            </fieldset>
        }
    };
    let (menu, menu_open, on_menu) = use_disclosure();
    let (options, options_open, on_options) = use_disclosure();
    let set_width = |w: Width| {
        let width = width.clone();
        Callback::from(move |_: Event| width.set(w))
    };
    let set_light = |l: bool| {
        let light = light.clone();
        Callback::from(move |_: Event| light.set(l))
    };
    let downloads = html! {
        <div class="downloads" role="group" aria-label={s.download_group(&c.title)}>
            <span class="downloads-label" aria-hidden="true">{ s.download }</span>
            { save(Format::Svg, "SVG") }
            { save(Format::Png, "PNG") }
            { save(Format::CsvShown, s.csv_shown) }
            { save(Format::CsvData, s.csv_data) }
            // The image's options wait behind a disclosure, written only once opened: six
            // charts' radio groups were 5.5 KB of the pre-rendered page for the few readers
            // who change them (the defaults: a column, as shown).
            <details class="image-options" ref={options} ontoggle={on_options}>
                <summary tabindex={(!props.live).then_some("-1")}
                    aria-disabled={(!props.live).then_some("true")}>{ s.image_options }</summary>
                if options_open {
                    { choice("size", s.image_size, Width::ALL.map(|w| (w.label(s), *width == w, set_width(w)))) }
                    { choice("colours", s.image_colours, [
                        (s.image_as_shown, !*light, set_light(false)),
                        (s.image_light, *light, set_light(true)),
                    ]) }
                }
            </details>
        </div>
    };
    // The downloads wait behind one "Download" disclosure at the end of the legend's row:
    // the chart is followed by its key, not by a bar of buttons. Its buttons are written once
    // it is opened (a page of six charts' menus was 50 elements that few readers open; without
    // JavaScript they cannot work and are not shown).
    let drawn = c.svg.is_ok();
    let more = drawn.then(|| {
        html! {
            <details class="more downloads-more" ref={menu.clone()} ontoggle={on_menu}>
                <summary>{ s.download_more }</summary>
                if menu_open { { downloads } }
            </details>
        }
    });
    let foot = html! { <div class="chart-foot">{ legend(&c.legend, s) }{ more }</div> };
    html! {
        <figure class="chart" id={format!("chart-{}", c.id)}>
            <figcaption>
                <h3 class="chart-title">{ c.title.clone() }</h3>
                if !c.subtitle.is_empty() {
                    <p class="chart-subtitle">{ c.subtitle.clone() }</p>
                }
            </figcaption>
            { body }
            // Where the tooltip's lines are measured in the reader's fonts (see overlay): only
            // once live, as only a live chart has tooltips.
            if props.live {
                <svg class="tip-measure" aria-hidden="true" focusable="false" width="0" height="0">
                    <text ref={measure} font-family={FONT.family} font-size={FONT.size.to_string()}
                        font-weight={FONT.weight}></text>
                </svg>
            }
            <p class="tooltip-live visually-hidden" aria-live="polite">
                { current.map(|h| h.spoken.clone()).unwrap_or_default() }
            </p>
            { foot }
            // For screen readers only (the stylesheet hides it): the chart's description
            // (aria-describedby), which the table tab says to the eye.
            <p class="chart-summary visually-hidden" id={summary_id}>{ c.summary.clone() }</p>
        </figure>
    }
}
