//! A derivation's formula as the page prints it: the expression of its inputs, and its result
//! with "about" and the range its inputs' rounding leaves.

use super::types::{DeriveError, Input};
use crate::core::data::{Derived, Method};
use crate::core::format::{self, Amount};
use crate::core::i18n::Lang;
use crate::core::model::{Bound, HOURS_PER_YEAR};
use crate::core::units::Units;

/// The left side of the formula: the inputs as shown, joined by the method's operators.
pub(super) fn expression(d: &Derived, inputs: &[Input], lang: Lang) -> Result<String, DeriveError> {
    let hours = lang.strings().q_hours(&format::number(HOURS_PER_YEAR, 0));
    let shown: Vec<&str> = inputs.iter().map(|i| i.shown.as_str()).collect();
    Ok(match (d.method, shown.as_slice()) {
        (Method::PreviousFromGrowth, [sv, sg]) => format!("{sv} ÷ (1 + {sg})"),
        (Method::Difference, [sa, sb]) => format!("{sa} − {sb}"),
        (Method::Sum, ss) if ss.len() >= 2 => ss.join(" + "),
        (Method::PerPerson, [se, sp]) | (Method::SharePercent, [se, sp]) => format!("{se} ÷ {sp}"),
        (Method::AveragePower, [se]) => format!("{se} ÷ {hours}"),
        (Method::EnergyAtCapacity, [sc]) => format!("{sc} × {hours}"),
        _ => return Err(DeriveError::WrongInputs { id: d.id }),
    })
}

/// The result as the page prints it, with "about" when its range says so, and the range.
pub(super) fn result(
    d: &Derived,
    value: f64,
    range: (f64, f64),
    decimals: u8,
    lang: Lang,
) -> String {
    let s = lang.strings();
    let units = Units::default();
    let shown = |v: f64, places: u8, bound: Bound| {
        Amount::new(v, d.unit, places, &units, lang)
            .bounded(bound)
            .short()
    };
    let text = Amount::new(value, d.unit, decimals, &units, lang)
        .bounded(d.bound)
        .approximate(range.0 < range.1)
        .short();
    if range.0 >= range.1 {
        return text;
    }
    let (places, lo, hi) = range_ends(range, decimals);
    let (lo, hi) = (
        shown(lo, places, Bound::Exact),
        shown(hi, places, Bound::Exact),
    );
    // A bound leaves one side open: "at most 728" says nothing of how low it may be.
    match d.bound {
        Bound::Exact => s.formula_range(&text, &lo, &hi),
        Bound::AtMost => s.formula_range_at_most(&text, &hi),
        Bound::AtLeast => s.formula_range_at_least(&text, &lo),
    }
}

/// The ends of the range as printed, and their decimals: one decimal finer than the result,
/// rounded outwards so that the range holds the true one; ends that are whole at the
/// result's own decimals (a sum of whole kilometres) keep those. A relative 1e-6 absorbs
/// float noise (726.99993 is 727).
fn range_ends(range: (f64, f64), decimals: u8) -> (u8, f64, f64) {
    let whole = |x: f64| {
        let scaled = x * 10f64.powi(i32::from(decimals));
        ((scaled - scaled.round()).abs() <= 1e-6 * scaled.abs().max(1.0))
            .then(|| scaled.round() / 10f64.powi(i32::from(decimals)))
    };
    match (whole(range.0), whole(range.1)) {
        (Some(lo), Some(hi)) => (decimals, lo, hi),
        _ => {
            let step = 10f64.powi(-i32::from(decimals + 1));
            let out = |x: f64, f: fn(f64) -> f64| f(x / step) * step;
            (
                decimals + 1,
                out(range.0, f64::floor),
                out(range.1, f64::ceil),
            )
        }
    }
}
