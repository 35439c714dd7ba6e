//! The vocabulary of the data file: units, derivation methods, status, bounds, cards, chart
//! series and dates. The app computes with these types and the build checks the data file
//! with them, so the two cannot disagree.

use crate::vocabulary;

vocabulary! {
    /// A unit a figure can be stated in. Stored values are always in the unit named here; other
    /// display units (million, GWh, miles) are conversions done at display time.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum Unit {
        /// US dollars, billions.
        UsdBn = "usd_bn",
        /// A percentage (11.1 means 11.1 %).
        Percent = "percent",
        /// A count of jobs.
        Jobs = "jobs",
        /// Kilometres.
        Km = "km",
        /// Megawatts of power.
        Mw = "mw",
        /// Billions of kilowatt-hours of energy.
        KwhBn = "kwh_bn",
        /// A count of people.
        People = "people",
        /// Kilowatt-hours per person (derived only).
        KwhPerPerson = "kwh_per_person",
        /// Whole years (derived only).
        Years = "years",
    }
}

impl Unit {
    /// A percentage is a rate, not an amount: it cannot be summed with or grown like one.
    pub fn is_amount(self) -> bool {
        !matches!(self, Unit::Percent)
    }
}

vocabulary! {
    /// Whether a figure is stated in the source article (reported: it carries the quoted
    /// sentence) or comes from another cited source (context).
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum Status { Reported = "reported", Context = "context" }
}

vocabulary! {
    /// How exact a value is: "more than 5 million people" is a lower bound, and anything
    /// divided by it becomes an upper bound.
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
    pub enum Bound {
        /// What a figure is unless the data file says otherwise.
        #[default]
        Exact = "exact",
        /// The true value is at least this ("more than").
        AtLeast = "at_least",
        /// The true value is at most this.
        AtMost = "at_most",
    }
}

impl Bound {
    /// The bound of `1 / x` when `x` has this bound.
    pub fn inverted(self) -> Bound {
        match self {
            Bound::Exact => Bound::Exact,
            Bound::AtLeast => Bound::AtMost,
            Bound::AtMost => Bound::AtLeast,
        }
    }

    /// The bound of a value that grows with both inputs (a sum, a product). `None` when the
    /// two push in opposite directions: then nothing can be said, and validation rejects it.
    pub fn combine(self, other: Bound) -> Option<Bound> {
        match (self, other) {
            (Bound::Exact, b) | (b, Bound::Exact) => Some(b),
            (a, b) if a == b => Some(a),
            _ => None,
        }
    }
}

vocabulary! {
    /// A derivation method: how a derived figure is computed from its inputs.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum Method {
        /// `[value, growth %]` → the previous period's value: value / (1 + growth / 100).
        PreviousFromGrowth = "previous_from_growth",
        /// `[a, b]` → a − b, same unit.
        Difference = "difference",
        /// `[a, b, ...]` → a + b + ..., same unit.
        Sum = "sum",
        /// `[energy (bn kWh), people]` → kWh per person.
        PerPerson = "per_person",
        /// `[energy over a year (bn kWh)]` → average power in MW over 8,760 hours.
        AveragePower = "average_power",
        /// `[capacity (MW)]` → energy in bn kWh if run at full capacity for 8,760 hours.
        EnergyAtCapacity = "energy_at_capacity",
        /// `[part, whole]` → part / whole × 100, same unit.
        SharePercent = "share_percent",
        /// `[event]` → whole years from the event's date to today.
        YearsSince = "years_since",
    }
}

/// Hours in a (non-leap) year: the period over which annual energy becomes average power.
pub const HOURS_PER_YEAR: f64 = 8760.0;

impl Method {
    /// Whether the inputs name events (dates) rather than figures.
    pub fn takes_event(self) -> bool {
        matches!(self, Method::YearsSince)
    }

    /// Checks the input units and returns the unit of the result, or why they do not fit.
    pub fn output_unit(self, inputs: &[Unit]) -> Result<Unit, String> {
        let names = || {
            inputs
                .iter()
                .map(|u| u.key())
                .collect::<Vec<_>>()
                .join(", ")
        };
        let bad = |want: &str| {
            Err(format!(
                "method \"{}\" needs {want}, but the inputs are [{}]",
                self.key(),
                names()
            ))
        };
        match (self, inputs) {
            (Method::PreviousFromGrowth, [a, Unit::Percent]) if a.is_amount() => Ok(*a),
            (Method::PreviousFromGrowth, _) => bad("[an amount, a percent]"),
            (Method::Difference, [a, b]) if a == b && a.is_amount() => Ok(*a),
            (Method::Difference, _) => bad("two inputs of the same unit"),
            (Method::Sum, [first, rest @ ..])
                if !rest.is_empty() && first.is_amount() && rest.iter().all(|u| u == first) =>
            {
                Ok(*first)
            }
            (Method::Sum, _) => bad("two or more inputs of the same unit"),
            (Method::PerPerson, [Unit::KwhBn, Unit::People]) => Ok(Unit::KwhPerPerson),
            (Method::PerPerson, _) => bad("[kwh_bn, people]"),
            (Method::AveragePower, [Unit::KwhBn]) => Ok(Unit::Mw),
            (Method::AveragePower, _) => bad("[kwh_bn]"),
            (Method::EnergyAtCapacity, [Unit::Mw]) => Ok(Unit::KwhBn),
            (Method::EnergyAtCapacity, _) => bad("[mw]"),
            (Method::SharePercent, [a, b]) if a == b && a.is_amount() => Ok(Unit::Percent),
            (Method::SharePercent, _) => bad("two inputs of the same unit"),
            (Method::YearsSince, []) => Ok(Unit::Years),
            (Method::YearsSince, _) => bad("one event"),
        }
    }

    /// The bound of the result given the inputs' bounds, or `None` when they pull in opposite
    /// directions (e.g. an upper bound divided by an upper bound).
    pub fn output_bound(self, inputs: &[Bound]) -> Option<Bound> {
        match (self, inputs) {
            (Method::PreviousFromGrowth, [v, g])
            | (Method::Difference, [v, g])
            | (Method::PerPerson, [v, g])
            | (Method::SharePercent, [v, g]) => v.combine(g.inverted()),
            (Method::Sum, bounds) => bounds
                .iter()
                .try_fold(Bound::Exact, |acc, b| acc.combine(*b)),
            (Method::AveragePower, [b]) | (Method::EnergyAtCapacity, [b]) => Some(*b),
            (Method::YearsSince, _) => Some(Bound::Exact),
            _ => None,
        }
    }
}

vocabulary! {
    /// The chart a figure or derived value is drawn in (its card's); `series = "..."` in the
    /// data file.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum Series {
        /// Bilateral trade by year.
        TradeBars = "trade_bars",
        /// The change annotated on the trade chart.
        TradeNotes = "trade_notes",
        /// CPEC's lines in km.
        CpecKm = "cpec_km",
        /// One square chart each (jobs, capacity).
        CpecUnits = "cpec_units",
        /// Karot's generated and possible output.
        KarotBars = "karot_bars",
    }
}

vocabulary! {
    /// The card a figure belongs to. `Relations` has no card of its own: its figures are
    /// shown in the key-figures strip (e.g. years of relations); `Timeline` is drawn from the
    /// `[[event]]` entries.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum Card { Trade = "trade", Cpec = "cpec", Karot = "karot", Relations = "relations", Timeline = "timeline" }
}

impl Card {
    /// The cards on the page, in order (the timeline last; `Relations` has no card, only key
    /// figures).
    pub const ON_PAGE: [Card; 4] = [Card::Trade, Card::Karot, Card::Cpec, Card::Timeline];
}

/// A calendar date, as precise as the source states it (year, month, or day).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    /// 1-12, or 0 when only the year is known.
    pub month: u8,
    /// 1-31, or 0 when only the year or month is known.
    pub day: u8,
}

impl Date {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, checking the day exists in that month.
    pub fn parse(text: &str) -> Option<Date> {
        let mut parts = text.split('-');
        let year = parts.next().filter(|y| y.len() == 4)?.parse::<i32>().ok()?;
        let month = match parts.next() {
            None => 0,
            Some(m) if m.len() == 2 => m.parse::<u8>().ok().filter(|m| (1..=12).contains(m))?,
            Some(_) => return None,
        };
        let day = match parts.next() {
            None => 0,
            Some(d) if d.len() == 2 && month > 0 => d
                .parse::<u8>()
                .ok()
                .filter(|d| *d >= 1 && *d <= days_in_month(year, month))?,
            Some(_) => return None,
        };
        if parts.next().is_some() {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// The day a build is for: `SOURCE_DATE_EPOCH` (seconds) when set, for reproducible
    /// builds, else today (UTC). For build.rs and the pre-render, which must agree; the
    /// browser has the reader's own date.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn of_build() -> Date {
        use std::time::{SystemTime, UNIX_EPOCH};
        let secs = std::env::var("SOURCE_DATE_EPOCH")
            .ok()
            .and_then(|s| s.trim().parse::<i64>().ok())
            .unwrap_or_else(|| {
                SystemTime::now()
                    .duration_since(UNIX_EPOCH)
                    .map(|d| d.as_secs() as i64)
                    .unwrap_or(0)
            });
        Date::from_unix_days(secs.div_euclid(86_400))
    }

    /// The date `days` days after 1970-01-01 (proleptic Gregorian).
    pub fn from_unix_days(days: i64) -> Date {
        // Howard Hinnant's civil_from_days.
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// Whole years from `self` to `today`: a birthday-style count (the anniversary must have
    /// passed). Missing month or day count as the start of the year or month.
    pub fn whole_years_until(self, today: Date) -> i32 {
        let start = (self.month.max(1), self.day.max(1));
        let end = (today.month.max(1), today.day.max(1));
        let years = today.year - self.year;
        if end < start {
            years - 1
        } else {
            years
        }
    }
}

pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}
