//! The page's controls: unit switches, theme and share. Shown only once the page is live, as
//! they need JavaScript. Native radio groups: arrow keys move within a group, one tab stop each.

use super::use_strings;
use crate::browser::effects;
use crate::core::i18n::Strings;
use crate::core::units::{Label, Units, DISTANCE, ENERGY, MONEY, POWER};
use crate::core::url::Theme;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ControlsProps {
    pub units: Units,
    pub theme: Theme,
    pub on_units: Callback<Units>,
    pub on_theme: Callback<Theme>,
    pub on_share: Callback<()>,
    /// Receives what a switch now shows ("Trade in: US$ million"), for the status line.
    pub on_status: Callback<String>,
    /// The last status message (share result, download), announced politely.
    pub status: String,
    /// Before hydration the controls are shown disabled, so nothing shifts when they start
    /// working; without JavaScript `noscript.css` hides them.
    pub live: bool,
}

fn group<T: Copy + PartialEq + 'static>(
    (live, s): (bool, &'static Strings),
    name: &'static str,
    legend: &'static str,
    options: &[(T, &'static str, Label)],
    current: T,
    (on_pick, on_status): (Callback<T>, &Callback<String>),
) -> Html {
    html! {
        <fieldset class="switch" data-switch={name}>
            <legend>{ legend }</legend>
            { for options.iter().map(|(value, key, label)| {
                let value = *value;
                let id = format!("unit-{name}-{key}");
                let (on_pick, on_status) = (on_pick.clone(), on_status.clone());
                let label = *label;
                // Say what changed, once, in the status line (a polite live region); the text
                // is made on the change, not on every render.
                let onchange = Callback::from(move |_| {
                    on_pick.emit(value);
                    on_status.emit(s.switched(legend, label(s)));
                });
                html! {
                    <span class="switch-option">
                        <input type="radio" id={id.clone()} name={name} value={*key}
                            checked={value == current} disabled={!live} {onchange} />
                        <label for={id}>{ label(s) }</label>
                    </span>
                }
            }) }
        </fieldset>
    }
}

/// A callback that changes one field of the units.
fn set<T: 'static>(cb: &Callback<Units>, u: Units, f: fn(Units, T) -> Units) -> Callback<T> {
    let cb = cb.clone();
    Callback::from(move |v| cb.emit(f(u, v)))
}

/// The id of the view options, which the link under the key figures leads to.
pub const OPTIONS_ID: &str = "view-options";

#[component]
pub fn Controls(props: &ControlsProps) -> Html {
    let u = props.units;
    let cb = &props.on_units;
    let s = use_strings();
    let themes: [(Theme, &'static str, Label); 3] = [
        (Theme::System, Theme::System.key(), |s| s.theme_system),
        (Theme::Light, Theme::Light.key(), |s| s.theme_light),
        (Theme::Dark, Theme::Dark.key(), |s| s.theme_dark),
    ];
    let l = (props.live, s);
    let st = &props.on_status;
    // Printing everything adds the appendix; the page itself does not change.
    let print_all = use_state_eq(|| false);
    let on_print_all = {
        let print_all = print_all.clone();
        Callback::from(move |_: Event| {
            let all = !*print_all;
            print_all.set(all);
            effects::choose_print_all(all, s);
        })
    };
    html! {
        <section class="controls" id={OPTIONS_ID} aria-label={s.view_options}>
            { group(l, "money", s.trade_in, &MONEY, u.money, (set(cb, u, |u, v| Units { money: v, ..u }), st)) }
            { group(l, "energy", s.energy_in, &ENERGY, u.energy, (set(cb, u, |u, v| Units { energy: v, ..u }), st)) }
            { group(l, "distance", s.distance_in, &DISTANCE, u.distance, (set(cb, u, |u, v| Units { distance: v, ..u }), st)) }
            { group(l, "power", s.power_in, &POWER, u.power, (set(cb, u, |u, v| Units { power: v, ..u }), st)) }
            { group(l, "theme", s.theme, &themes, props.theme, (props.on_theme.clone(), st)) }
            <div class="share">
                <button type="button" class="button" disabled={!props.live}
                    onclick={props.on_share.reform(|_| ())}>
                    { s.share_view }
                </button>
                <button type="button" class="button" disabled={!props.live}
                    onclick={Callback::from(|_| effects::print())}>
                    { s.print_sheet }
                </button>
                <span class="print-choice">
                    <input type="checkbox" id="print-all" disabled={!props.live}
                        checked={*print_all} onchange={on_print_all} />
                    <label for="print-all">{ s.print_all }</label>
                </span>
            </div>
            <p class="status" role="status" aria-live="polite">{ props.status.clone() }</p>
            <p class="hint">
                { s.hint }
            </p>
        </section>
    }
}
