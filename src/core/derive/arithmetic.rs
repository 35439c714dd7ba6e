//! The derivation methods on plain numbers, and the ranges a value stands for given its
//! rounding, carried through each method (interval arithmetic).

use crate::core::data::Method;
use crate::core::model::{Bound, HOURS_PER_YEAR};

/// The method's arithmetic on plain numbers (`None`: a division by zero).
pub(super) fn apply(method: Method, values: &[f64]) -> Option<f64> {
    let divide = |a: f64, b: f64| (b != 0.0 && b.is_finite()).then(|| a / b);
    match (method, values) {
        (Method::PreviousFromGrowth, [v, g]) => divide(*v, 1.0 + g / 100.0),
        (Method::Difference, [a, b]) => Some(a - b),
        (Method::Sum, vs) if vs.len() >= 2 => Some(vs.iter().sum()),
        // bn kWh → kWh, ÷ people.
        (Method::PerPerson, [e, p]) => divide(e * 1e9, *p),
        // bn kWh → kWh, ÷ hours → kW, ÷ 1000 → MW.
        (Method::AveragePower, [e]) => Some(e * 1e9 / HOURS_PER_YEAR / 1000.0),
        // MW → kW, × hours → kWh, ÷ 1e9 → bn kWh.
        (Method::EnergyAtCapacity, [c]) => Some(c * 1000.0 * HOURS_PER_YEAR / 1e9),
        (Method::SharePercent, [a, b]) => divide(*a, *b).map(|x| x * 100.0),
        _ => None,
    }
}

/// Where a method's result lies when each input lies in its range: the method is monotonic
/// in each input, so the extremes are among the corners of the inputs' ranges (interval
/// arithmetic; at most 2³ corners here).
pub(super) fn range_of(method: Method, ranges: &[(f64, f64)]) -> Option<(f64, f64)> {
    let corners = 1usize << ranges.len();
    let mut out: Option<(f64, f64)> = None;
    for corner in 0..corners {
        let values: Vec<f64> = ranges
            .iter()
            .enumerate()
            .map(|(i, (lo, hi))| if corner >> i & 1 == 1 { *hi } else { *lo })
            .collect();
        let v = apply(method, &values).filter(|v| v.is_finite())?;
        out = Some(out.map_or((v, v), |(lo, hi)| (lo.min(v), hi.max(v))));
    }
    out
}

/// The range a figure published with `decimals` places stands for: half a unit of its last
/// place either side (23.06 is 23.055 to 23.065).
pub fn rounding_range(value: f64, decimals: u8) -> (f64, f64) {
    let half = 0.5 * 10f64.powi(-i32::from(decimals));
    (value - half, value + half)
}

/// `range` with the side a bound leaves open made infinite: "more than 5 million" is at
/// least 4,999,999.5 and has no upper end; "at most 728" has no lower end. Exports write an
/// infinite end as empty (CSV) or `null` (JSON).
pub fn open((lo, hi): (f64, f64), bound: Bound) -> (f64, f64) {
    match bound {
        Bound::Exact => (lo, hi),
        Bound::AtLeast => (lo, f64::INFINITY),
        Bound::AtMost => (f64::NEG_INFINITY, hi),
    }
}

/// An end of a range for arithmetic: an open (infinite) end is taken at the value itself.
pub(super) fn closed(end: f64, value: f64) -> f64 {
    if end.is_finite() {
        end
    } else {
        value
    }
}

/// The decimals a derived value is shown with: the most (up to 3) whose last digit its range
/// leaves uncertain by at most one, that is, whose half-width is at most one unit of that
/// place. 415.525 MW within 414.95 to 416.10 (half-width 0.57): 0 decimals, 416 MW.
pub fn decimals_for((lo, hi): (f64, f64)) -> u8 {
    let half = (hi - lo) / 2.0;
    (0..=3u8)
        .rev()
        .find(|d| half <= 10f64.powi(-i32::from(*d)) * (1.0 + 1e-9))
        .unwrap_or(0)
}
