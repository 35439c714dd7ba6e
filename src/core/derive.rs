//! Derived figures: each computed from the data file's figures by its method, returned with
//! the formula (as the page prints it) and the inputs it used. Runs in the browser (and in the
//! pre-render), so "years of relations" follows the reader's today.
//!
//! By job: `types` (the items and derivations), this file (`compute`: each derivation from
//! its inputs), `arithmetic` (the methods on numbers and the rounding ranges carried through
//! them), `formula` (the formula's text).

mod arithmetic;
mod formula;
mod types;

pub use arithmetic::{decimals_for, open, rounding_range};
pub use types::{Computed, Derivation, DeriveError, Input, Item, Origin};

use super::data::{Dataset, Derived, Method, Status};
use super::format;
use super::i18n::Lang;
use super::model::Date;
use arithmetic::{apply, closed, range_of};
use formula::{expression, result};

/// Computes one derivation from already-known items.
fn derive_one(
    d: &Derived,
    known: &[Item],
    data: &Dataset,
    today: Date,
    lang: Lang,
) -> Result<Derivation, DeriveError> {
    if d.method == Method::YearsSince {
        return years_since(d, data, today, lang);
    }
    let (values, ranges, inputs) = inputs_of(d, known, lang)?;
    let expression = expression(d, &inputs, lang)?;
    let value = apply(d.method, &values).ok_or(DeriveError::DivisionByZero { id: d.id })?;
    let range = range_of(d.method, &ranges).ok_or(DeriveError::DivisionByZero { id: d.id })?;
    if !value.is_finite() {
        return Err(DeriveError::WrongInputs { id: d.id });
    }
    let decimals = decimals_for(range);
    let formula = format!("{expression} = {}", result(d, value, range, decimals, lang));
    Ok(made(
        d,
        value,
        formula,
        inputs,
        open(range, d.bound),
        decimals,
    ))
}

/// "Years of relations": whole years from an event's date to `today`, exact.
fn years_since(
    d: &Derived,
    data: &Dataset,
    today: Date,
    lang: Lang,
) -> Result<Derivation, DeriveError> {
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
    let formula = lang.strings().formula_years(
        &format::date(event.date, lang),
        &format::date(today, lang),
        &result(d, years, (years, years), 0, lang),
    );
    // Whole years between two exact dates: exact.
    Ok(made(d, years, formula, vec![input], (years, years), 0))
}

/// The inputs' values, their ranges for the arithmetic, and the inputs as the formula shows
/// them.
type Inputs = (Vec<f64>, Vec<(f64, f64)>, Vec<Input>);

fn inputs_of(d: &Derived, known: &[Item], lang: Lang) -> Result<Inputs, DeriveError> {
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
    Ok((values, ranges, inputs))
}

fn made(
    d: &Derived,
    value: f64,
    formula: String,
    inputs: Vec<Input>,
    range: (f64, f64),
    decimals: u8,
) -> Derivation {
    Derivation {
        id: d.id,
        value,
        formula,
        inputs,
        note: d.note,
        range,
        decimals,
    }
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
mod tests;
