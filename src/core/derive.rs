//! Derived figures: each computed from the data file's figures by its method, returned with
//! the formula (as the page prints it) and the inputs it used. Runs in the browser (and in the
//! pre-render), so "years of relations" follows the reader's today.

use super::data::{Card, Dataset, Derived, Method, Series, Status};
use super::format::{self, Style};
use super::i18n::{Lang, Strings};
use super::model::{Bound, Date, Unit, HOURS_PER_YEAR};
use super::units::{convert, Converted, Units};
use cpec_data::vocabulary;

vocabulary! {
    /// Where a value comes from: the reader must always be able to tell. The key is its
    /// spelling in exported data (CSV, JSON).
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum Origin {
        /// Quoted from the source article.
        Reported = "reported",
        /// From another cited source.
        Context = "context",
        /// Computed here from other values.
        Derived = "derived",
    }
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

    /// The same in the reader's display units.
    pub fn display_in(&self, units: &Units, lang: Lang) -> String {
        self.shown_in(units, lang, Style::Short)
    }

    /// The same as a screen reader should say it ("23.06 billion US dollars").
    pub fn spoken_in(&self, units: &Units, lang: Lang) -> String {
        self.shown_in(units, lang, Style::Spoken)
    }

    fn shown_in(&self, units: &Units, lang: Lang, style: Style) -> String {
        let text = format::bounded_in(
            self.value,
            self.unit,
            self.decimals,
            self.bound,
            units,
            lang,
            style,
        );
        // A bound ("at most") already says the value is not exact.
        if self.approximate() && self.bound == Bound::Exact {
            lang.strings().about(&text)
        } else {
            text
        }
    }

    /// The value converted to the reader's units.
    pub fn converted(&self, units: &Units) -> Converted {
        convert(self.value, self.unit, self.decimals, units)
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
            format::bounded_in(v, d.unit, places, bound, &units, lang, Style::Short)
        };
        if range.0 >= range.1 {
            return shown(value, decimals, d.bound);
        }
        let text = shown(value, decimals, d.bound);
        let text = if d.bound == Bound::Exact {
            s.about(&text)
        } else {
            text
        };
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
        s.formula_range(
            &text,
            &shown(lo, places, Bound::Exact),
            &shown(hi, places, Bound::Exact),
        )
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
        ranges.push(item.range);
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
    made(value, formula, inputs, range, decimals)
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
            range: rounding_range(f.value, f.decimals),
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
