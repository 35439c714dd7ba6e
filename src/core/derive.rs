//! Derived figures: each computed from the data file's figures by its method, returned with
//! the formula (as the page prints it) and the inputs it used. Runs in the browser (and in the
//! pre-render), so "years of relations" follows the reader's today.

use super::data::{Card, Dataset, Derived, Method, Series, Status};
use super::format::{self, Amount};
use super::i18n::{Lang, Strings};
use super::model::{Bound, Date, Unit, HOURS_PER_YEAR};
use super::units::Units;
use cpec_data::vocabulary;

vocabulary! {
    /// Where a value comes from, which the reader must always be able to tell: quoted from
    /// the source article, from another cited source, or computed here from other values.
    /// The key is its spelling in exported data (CSV, JSON).
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum Origin { Reported = "reported", Context = "context", Derived = "derived" }
}

impl Origin {
    /// In running text ("reported"), in the language of `s`.
    pub fn word(self, s: &Strings) -> &'static str {
        match self {
            Origin::Reported => s.word_reported,
            Origin::Context => s.word_context,
            Origin::Derived => s.word_derived,
        }
    }

    /// As a tag beside a value ("Reported"), in the language of `s`.
    pub fn label(self, s: &Strings) -> &'static str {
        match self {
            Origin::Reported => s.origin_reported,
            Origin::Context => s.origin_context,
            Origin::Derived => s.origin_derived,
        }
    }

    /// The class of its tag (colour and outline in the stylesheet).
    pub fn class(self) -> &'static str {
        match self {
            Origin::Reported => "tag tag-reported",
            Origin::Context => "tag tag-context",
            Origin::Derived => "tag tag-derived",
        }
    }
}

/// A figure or a derived value, in the one shape charts and lists draw from.
#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    pub id: &'static str,
    pub label: &'static str,
    pub value: f64,
    pub unit: Unit,
    pub decimals: u8,
    pub bound: Bound,
    pub period: &'static str,
    pub card: Card,
    pub series: Option<Series>,
    pub key: bool,
    pub origin: Origin,
    /// Where the true value lies, given that the inputs are rounded: a figure's own rounding
    /// (half a unit of its last decimal either side), carried through each derivation.
    pub range: (f64, f64),
}

impl Item {
    /// Whether the value is known only approximately: a derived value whose inputs' rounding
    /// leaves a range (it reads "about 416 MW").
    pub fn approximate(&self) -> bool {
        self.origin == Origin::Derived && self.range.0 < self.range.1
    }

    /// The value as the page prints it in the data file's units, with its bound: "more than
    /// 5 million people".
    pub fn display(&self, lang: Lang) -> String {
        self.display_in(&Units::default(), lang)
    }

    /// The value in the reader's units and language, converted once for every text of it.
    pub fn amount(&self, units: &Units, lang: Lang) -> Amount {
        Amount::new(self.value, self.unit, self.decimals, units, lang)
            .bounded(self.bound)
            .approximate(self.approximate())
    }

    /// The same in the reader's display units.
    pub fn display_in(&self, units: &Units, lang: Lang) -> String {
        self.amount(units, lang).short()
    }

    /// The same as a screen reader should say it ("23.06 billion US dollars").
    pub fn spoken_in(&self, units: &Units, lang: Lang) -> String {
        self.amount(units, lang).spoken()
    }
}

/// One input of a derivation, as the formula shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct Input {
    pub id: &'static str,
    pub label: &'static str,
    /// The input as printed in the formula ("US$23.06 bn", "21 May 1951").
    pub shown: String,
    pub origin: Origin,
}

/// A derived value with its formula and inputs.
#[derive(Clone, Debug, PartialEq)]
pub struct Derivation {
    pub id: &'static str,
    pub value: f64,
    /// The whole computation, e.g. "US$23.06 bn ÷ (1 + 11.1%) = US$20.76 bn".
    pub formula: String,
    pub inputs: Vec<Input>,
    pub note: Option<&'static str>,
    /// Where the true value lies given the inputs' rounding, and the decimals that range
    /// allows (see [`decimals_for`]).
    pub range: (f64, f64),
    pub decimals: u8,
}

/// Why a derivation could not be made. Build-time validation rules these out for the shipped
/// data; they exist so that the app reports instead of panicking if that ever fails.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DeriveError {
    UnknownInput {
        id: &'static str,
        input: &'static str,
    },
    WrongInputs {
        id: &'static str,
    },
    DivisionByZero {
        id: &'static str,
    },
}

impl std::fmt::Display for DeriveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DeriveError::UnknownInput { id, input } => {
                write!(f, "{id}: input \"{input}\" does not exist")
            }
            DeriveError::WrongInputs { id } => {
                write!(f, "{id}: the inputs do not fit the method")
            }
            DeriveError::DivisionByZero { id } => write!(f, "{id}: division by zero"),
        }
    }
}

/// Everything the page shows: the data file's figures and the derived values, in file order.
#[derive(Clone, Debug, PartialEq)]
pub struct Computed {
    pub items: Vec<Item>,
    pub derivations: Vec<Derivation>,
}

impl Computed {
    pub fn item(&self, id: &str) -> Option<&Item> {
        self.items.iter().find(|i| i.id == id)
    }

    pub fn derivation(&self, id: &str) -> Option<&Derivation> {
        self.derivations.iter().find(|d| d.id == id)
    }

    /// Items of a chart series, figures first, then derived values, each in file order.
    pub fn series(&self, series: Series) -> Vec<&Item> {
        self.items
            .iter()
            .filter(|i| i.series == Some(series))
            .collect()
    }
}

/// The method's arithmetic on plain numbers (`None`: a division by zero).
fn apply(method: Method, values: &[f64]) -> Option<f64> {
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
fn range_of(method: Method, ranges: &[(f64, f64)]) -> Option<(f64, f64)> {
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
fn closed(end: f64, value: f64) -> f64 {
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

/// Computes one derivation from already-known items.
fn derive_one(
    d: &Derived,
    known: &[Item],
    data: &Dataset,
    today: Date,
    lang: Lang,
) -> Result<Derivation, DeriveError> {
    let s = lang.strings();
    let hours = s.q_hours(&format::number(HOURS_PER_YEAR, 0));
    // The result as the page prints it, with "about" when its range says so, and the range.
    let result = |value: f64, range: (f64, f64), decimals: u8| {
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
        // The ends one decimal finer, rounded outwards so that the range holds the true one;
        // ends that are whole at the result's own decimals (a sum of whole kilometres) keep
        // those. A relative 1e-6 absorbs float noise (726.99993 is 727).
        let whole = |x: f64| {
            let scaled = x * 10f64.powi(i32::from(decimals));
            ((scaled - scaled.round()).abs() <= 1e-6 * scaled.abs().max(1.0))
                .then(|| scaled.round() / 10f64.powi(i32::from(decimals)))
        };
        let (places, lo, hi) = match (whole(range.0), whole(range.1)) {
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
        };
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
    };
    let made = |value: f64, formula: String, inputs: Vec<Input>, range, decimals| {
        Ok(Derivation {
            id: d.id,
            value,
            formula,
            inputs,
            note: d.note,
            range,
            decimals,
        })
    };

    if d.method == Method::YearsSince {
        let [event_id] = d.inputs else {
            return Err(DeriveError::WrongInputs { id: d.id });
        };
        let event = data.event(event_id).ok_or(DeriveError::UnknownInput {
            id: d.id,
            input: event_id,
        })?;
        let years = f64::from(event.date.whole_years_until(today));
        let input = Input {
            id: event.id,
            label: event.label,
            shown: format::date(event.date, lang),
            origin: Origin::Reported,
        };
        let formula = s.formula_years(
            &format::date(event.date, lang),
            &format::date(today, lang),
            &result(years, (years, years), 0),
        );
        // Whole years between two exact dates: exact.
        return made(years, formula, vec![input], (years, years), 0);
    }

    let mut values = Vec::with_capacity(d.inputs.len());
    let mut ranges = Vec::with_capacity(d.inputs.len());
    let mut inputs = Vec::with_capacity(d.inputs.len());
    for input in d.inputs {
        let item = known
            .iter()
            .find(|i| i.id == *input)
            .ok_or(DeriveError::UnknownInput { id: d.id, input })?;
        values.push(item.value);
        // An open side ("more than 5 million") is closed at the value itself for the
        // arithmetic; the result's own bound opens it again (see `open`).
        ranges.push((
            closed(item.range.0, item.value),
            closed(item.range.1, item.value),
        ));
        inputs.push(Input {
            id: item.id,
            label: item.label,
            shown: item.display(lang),
            origin: item.origin,
        });
    }
    let shown: Vec<&str> = inputs.iter().map(|i| i.shown.as_str()).collect();
    let wrong = DeriveError::WrongInputs { id: d.id };
    let expression = match (d.method, shown.as_slice()) {
        (Method::PreviousFromGrowth, [sv, sg]) => format!("{sv} ÷ (1 + {sg})"),
        (Method::Difference, [sa, sb]) => format!("{sa} − {sb}"),
        (Method::Sum, ss) if ss.len() >= 2 => ss.join(" + "),
        (Method::PerPerson, [se, sp]) | (Method::SharePercent, [se, sp]) => format!("{se} ÷ {sp}"),
        (Method::AveragePower, [se]) => format!("{se} ÷ {hours}"),
        (Method::EnergyAtCapacity, [sc]) => format!("{sc} × {hours}"),
        _ => return Err(wrong),
    };
    let value = apply(d.method, &values).ok_or(DeriveError::DivisionByZero { id: d.id })?;
    let range = range_of(d.method, &ranges).ok_or(DeriveError::DivisionByZero { id: d.id })?;
    if !value.is_finite() {
        return Err(wrong);
    }
    let decimals = decimals_for(range);
    let formula = format!("{expression} = {}", result(value, range, decimals));
    made(value, formula, inputs, open(range, d.bound), decimals)
}

/// Computes every derived value of `data` for the reader's `today`, the formulas written in
/// `lang` (the dataset's language).
pub fn compute(data: &Dataset, today: Date, lang: Lang) -> Result<Computed, DeriveError> {
    let mut items: Vec<Item> = data
        .figures
        .iter()
        .map(|f| Item {
            id: f.id,
            label: f.label,
            value: f.value,
            unit: f.unit,
            decimals: f.decimals,
            bound: f.bound,
            period: f.period,
            card: f.card,
            series: f.series,
            key: f.key,
            origin: match f.status {
                Status::Reported => Origin::Reported,
                Status::Context => Origin::Context,
            },
            range: open(rounding_range(f.value, f.decimals), f.bound),
        })
        .collect();
    let mut derivations = Vec::with_capacity(data.derived.len());
    for d in data.derived {
        let derivation = derive_one(d, &items, data, today, lang)?;
        items.push(Item {
            id: d.id,
            label: d.label,
            value: derivation.value,
            unit: d.unit,
            decimals: derivation.decimals,
            bound: d.bound,
            period: d.period,
            card: d.card,
            series: d.series,
            key: d.key,
            origin: Origin::Derived,
            range: derivation.range,
        });
        derivations.push(derivation);
    }
    Ok(Computed { items, derivations })
}

#[cfg(test)]
mod tests {
    // The derivations, each against a value computed by hand from the shipped data.

    use super::{compute, Computed, Origin};
    use crate::core::data::{Bound, Date, DATA};
    use crate::core::i18n::Lang;
    use crate::core::testing::computed;
    use crate::core::units::Units;

    fn value(c: &Computed, id: &str) -> f64 {
        c.item(id).unwrap_or_else(|| panic!("{id} exists")).value
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9 * b.abs().max(1.0)
    }

    #[test]
    fn trade_2023_from_growth() {
        let c = computed();
        // 23.06 / 1.111 = 20.756075...
        assert!(close(value(&c, "trade_2023"), 20.756_075_607_56));
        // 23.055 / 1.1115 = 20.7422 to 23.065 / 1.1105 = 20.7699: half-width 0.014, more than
        // one unit of the second decimal, at most one of the first.
        let d = c.derivation("trade_2023").unwrap();
        assert!(close(d.range.0, 20.742_240_215_92) && close(d.range.1, 20.769_923_457_90));
        assert_eq!(d.decimals, 1);
        assert_eq!(
            d.formula,
            "US$23.06 bn ÷ (1 + 11.1%) = about US$20.8 bn (between US$20.74 bn and US$20.77 bn, as the inputs are rounded)"
        );
        let item = c.item("trade_2023").unwrap();
        assert_eq!(item.origin, Origin::Derived);
        assert_eq!(item.display(Lang::En), "about US$20.8 bn");
        assert_eq!(item.display(Lang::Zh), "约208亿美元");
    }

    #[test]
    fn trade_change() {
        let c = computed();
        // 23.06 - 20.756075... = 2.303924...
        assert!(close(value(&c, "trade_change_2024"), 2.303_924_392_44));
        // 23.055 − 20.7699 = 2.2851 to 23.065 − 20.7422 = 2.3228 (interval arithmetic treats the
        // two inputs as independent, so the range is wider than the truth, never narrower).
        assert_eq!(
            c.derivation("trade_change_2024").unwrap().formula,
            "US$23.06 bn − about US$20.8 bn = about US$2.3 bn (between US$2.28 bn and US$2.33 bn, as the inputs are rounded)"
        );
    }

    /// The decimals a range allows: the most whose last digit it leaves uncertain by at most one.
    #[test]
    fn precision_follows_from_the_range() {
        use crate::core::derive::{decimals_for, rounding_range};
        let (lo, hi) = rounding_range(23.06, 2);
        assert!(close(lo, 23.055) && close(hi, 23.065));
        assert_eq!(rounding_range(720.0, 0), (719.5, 720.5));
        // Half-widths: 0.57 → 0 decimals; 0.014 → 1; 0.0099 → 2; 0.0004 → 3 (the most shown).
        assert_eq!(decimals_for((414.954, 416.096)), 0);
        assert_eq!(decimals_for((20.7422, 20.7699)), 1);
        assert_eq!(decimals_for((2.2941, 2.3138)), 2);
        assert_eq!(decimals_for((1.0, 1.0008)), 3);
        assert_eq!(decimals_for((5.0, 5.0)), 3, "an exact range allows any");
        // One unit either side is still that place: 1,395 to 1,397 is shown as 1,396.
        assert_eq!(decimals_for((1395.0, 1397.0)), 0);
        assert_eq!(
            decimals_for((1394.0, 1397.0)),
            0,
            "more than one unit: still 0 at most"
        );
    }

    #[test]
    fn a_smaller_unit_claims_no_more_precision_than_the_value_has() {
        let c = computed();
        let item = c.item("trade_2023").unwrap();
        let mn = Units {
            money: crate::core::units::Money::UsdMn,
            ..Units::default()
        };
        // About US$20.8 bn is about US$20,800 mn, not US$20,761 mn.
        assert_eq!(item.display_in(&mn, Lang::En), "about US$20,800 mn");
        let reported = c.item("trade_2024").unwrap();
        assert_eq!(reported.display_in(&mn, Lang::En), "US$23,060 mn");
    }

    #[test]
    fn cpec_km_total() {
        let c = computed();
        assert_eq!(value(&c, "cpec_km_total"), 1396.0);
        assert_eq!(
            c.derivation("cpec_km_total").unwrap().formula,
            "510 km + 886 km = about 1,396 km (between 1,395 km and 1,397 km, as the inputs are rounded)"
        );
    }

    #[test]
    fn karot_per_person_is_an_upper_bound() {
        let c = computed();
        // 3.64e9 kWh / 5e6 people = 728 kWh.
        assert!(close(value(&c, "karot_per_person"), 728.0));
        let item = c.item("karot_per_person").unwrap();
        assert_eq!(item.bound, Bound::AtMost);
        assert_eq!(item.display(Lang::En), "at most 728 kWh per person");
        assert_eq!(
            c.derivation("karot_per_person").unwrap().formula,
            "3.64 bn kWh ÷ more than 5 million people = at most 728 kWh per person \
    (at most 729 kWh per person, as the inputs are rounded)"
        );
        // "More than 5 million": 6 million would give 607, so the range has no lower end
        // (and the people's none above).
        assert_eq!(item.range.0, f64::NEG_INFINITY);
        assert!(item.range.1 > 729.0 && item.range.1 < 729.001);
        let people = c.item("karot_people").unwrap();
        assert_eq!(people.range, (4_999_999.5, f64::INFINITY));
    }

    #[test]
    fn karot_average_power() {
        let c = computed();
        // 3.64e9 kWh / 8760 h = 415,525.1 kW = 415.525 MW.
        assert!(close(value(&c, "karot_average_power"), 415.525_114_155_25));
        // 3.635e9 / 8760 / 1000 = 414.954 to 3.645e9 / 8760 / 1000 = 416.096: half-width 0.57.
        let d = c.derivation("karot_average_power").unwrap();
        assert!(close(d.range.0, 414.954_337_899_54) && close(d.range.1, 416.095_890_410_96));
        assert_eq!(d.decimals, 0);
        assert_eq!(
            d.formula,
            "3.64 bn kWh ÷ 8,760 h = about 416 MW (between 414.9 MW and 416.1 MW, as the inputs are rounded)"
        );
    }

    #[test]
    fn karot_possible_output_and_capacity_factor() {
        let c = computed();
        // 720 MW * 8760 h = 6,307,200 MWh = 6.3072 bn kWh.
        assert!(close(value(&c, "karot_possible_energy"), 6.3072));
        // 415.525 / 720 = 57.71 %.
        assert!(close(value(&c, "karot_capacity_factor"), 57.711_821_410_45));
        // 414.954 / 720.5 = 57.59 % to 416.096 / 719.5 = 57.83 %: half-width 0.12.
        assert_eq!(
            c.derivation("karot_capacity_factor").unwrap().formula,
            "about 416 MW ÷ 720 MW = about 58% (between 57.5% and 57.9%, as the inputs are rounded)"
        );
        // 719.5 to 720.5 MW over 8,760 h: 6.3028 to 6.3116 bn kWh, half-width 0.0044.
        assert_eq!(
            c.derivation("karot_possible_energy").unwrap().formula,
            "720 MW × 8,760 h = about 6.31 bn kWh (between 6.302 bn kWh and 6.312 bn kWh, as the inputs are rounded)"
        );
        let inputs = &c.derivation("karot_capacity_factor").unwrap().inputs;
        assert_eq!(
            inputs[1].origin,
            Origin::Context,
            "720 MW is a context figure"
        );
    }

    #[test]
    fn years_of_relations_follow_today() {
        let years = |year, month, day| {
            let c = compute(DATA, Date { year, month, day }, Lang::En).unwrap();
            value(&c, "relations_years")
        };
        assert_eq!(years(2026, 11, 27), 75.0);
        assert_eq!(years(2026, 5, 20), 74.0, "the day before the anniversary");
        assert_eq!(years(2026, 5, 21), 75.0, "the anniversary itself");
        assert_eq!(years(2051, 5, 21), 100.0);
        let c = computed();
        assert_eq!(
            c.derivation("relations_years").unwrap().formula,
            "whole years from 21 May 1951 to 27 November 2026 = 75 years"
        );
    }
}
