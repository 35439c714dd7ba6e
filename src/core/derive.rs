//! Derived figures: each computed from the data file's figures by its method, returned with
//! the formula (as the page prints it) and the inputs it used. Runs in the browser (and in the
//! pre-render), so "years of relations" follows the reader's today.

use super::data::{Card, Dataset, Derived, Method, Status};
use super::format::{self, Style};
use super::i18n::{fill, Lang};
use super::model::{Bound, Date, Unit, HOURS_PER_YEAR};
use super::units::{convert, Converted, Units};

/// Where a value comes from: the reader must always be able to tell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// Quoted from the source article.
    Reported,
    /// From another cited source.
    Context,
    /// Computed here from other values.
    Derived,
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
    pub series: Option<&'static str>,
    pub key: bool,
    pub origin: Origin,
}

impl Item {
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
        format::bounded_in(
            self.value,
            self.unit,
            self.decimals,
            self.bound,
            units,
            lang,
            style,
        )
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
    pub fn series(&self, name: &str) -> Vec<&Item> {
        self.items
            .iter()
            .filter(|i| i.series == Some(name))
            .collect()
    }
}

fn divide(id: &'static str, a: f64, b: f64) -> Result<f64, DeriveError> {
    if b == 0.0 || !b.is_finite() {
        Err(DeriveError::DivisionByZero { id })
    } else {
        Ok(a / b)
    }
}

/// Computes one derivation from already-known items.
fn derive_one(
    d: &Derived,
    known: &[Item],
    data: &Dataset,
    today: Date,
    lang: Lang,
) -> Result<(f64, Derivation), DeriveError> {
    let s = lang.strings();
    let hours = fill(s.q_hours, &[("n", &format::number(HOURS_PER_YEAR, 0))]);
    let result = |value: f64| {
        let units = Units::default();
        format::bounded_in(
            value,
            d.unit,
            d.decimals,
            d.bound,
            &units,
            lang,
            Style::Short,
        )
    };
    let made = |value: f64, formula: String, inputs: Vec<Input>| {
        Ok((
            value,
            Derivation {
                id: d.id,
                value,
                formula,
                inputs,
                note: d.note,
            },
        ))
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
        let formula = fill(
            s.formula_years,
            &[
                ("from", &format::date(event.date, lang)),
                ("to", &format::date(today, lang)),
                ("result", &result(years)),
            ],
        );
        return made(years, formula, vec![input]);
    }

    let mut values = Vec::with_capacity(d.inputs.len());
    let mut inputs = Vec::with_capacity(d.inputs.len());
    for input in d.inputs {
        let item = known
            .iter()
            .find(|i| i.id == *input)
            .ok_or(DeriveError::UnknownInput { id: d.id, input })?;
        values.push(item.value);
        inputs.push(Input {
            id: item.id,
            label: item.label,
            shown: item.display(lang),
            origin: item.origin,
        });
    }
    let shown: Vec<&str> = inputs.iter().map(|i| i.shown.as_str()).collect();
    let wrong = DeriveError::WrongInputs { id: d.id };
    let (value, expression) = match (d.method, values.as_slice(), shown.as_slice()) {
        (Method::PreviousFromGrowth, [v, g], [sv, sg]) => (
            divide(d.id, *v, 1.0 + g / 100.0)?,
            format!("{sv} ÷ (1 + {sg})"),
        ),
        (Method::Difference, [a, b], [sa, sb]) => (a - b, format!("{sa} − {sb}")),
        (Method::Sum, vs, ss) if vs.len() >= 2 => (vs.iter().sum(), ss.join(" + ")),
        (Method::PerPerson, [e, p], [se, sp]) => {
            (divide(d.id, e * 1e9, *p)?, format!("{se} ÷ {sp}"))
        }
        (Method::AveragePower, [e], [se]) => (
            // bn kWh → kWh, ÷ hours → kW, ÷ 1000 → MW.
            e * 1e9 / HOURS_PER_YEAR / 1000.0,
            format!("{se} ÷ {hours}"),
        ),
        (Method::EnergyAtCapacity, [c], [sc]) => (
            // MW → kW, × hours → kWh, ÷ 1e9 → bn kWh.
            c * 1000.0 * HOURS_PER_YEAR / 1e9,
            format!("{sc} × {hours}"),
        ),
        (Method::SharePercent, [a, b], [sa, sb]) => {
            (divide(d.id, *a, *b)? * 100.0, format!("{sa} ÷ {sb}"))
        }
        _ => return Err(wrong),
    };
    if !value.is_finite() {
        return Err(wrong);
    }
    made(value, format!("{expression} = {}", result(value)), inputs)
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
        })
        .collect();
    let mut derivations = Vec::with_capacity(data.derived.len());
    for d in data.derived {
        let (value, derivation) = derive_one(d, &items, data, today, lang)?;
        items.push(Item {
            id: d.id,
            label: d.label,
            value,
            unit: d.unit,
            decimals: d.decimals,
            bound: d.bound,
            period: d.period,
            card: d.card,
            series: d.series,
            key: d.key,
            origin: Origin::Derived,
        });
        derivations.push(derivation);
    }
    Ok(Computed { items, derivations })
}
