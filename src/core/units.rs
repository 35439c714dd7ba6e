//! Display units the reader can switch between, and the conversions from the data file's
//! units. Values are stored once (in `Unit`); every display goes through [`convert`].

use super::model::Unit;

/// US$ billion (the data) or US$ million.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Money {
    #[default]
    UsdBn,
    UsdMn,
}

/// Energy: kWh (shown in billions, as the article does), GWh or TWh.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Energy {
    #[default]
    Kwh,
    Gwh,
    Twh,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Distance {
    #[default]
    Km,
    Mi,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Power {
    #[default]
    Mw,
    Gw,
}

/// The reader's choice of display units.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Units {
    pub money: Money,
    pub energy: Energy,
    pub distance: Distance,
    pub power: Power,
}

/// A unit as displayed: what a number is printed with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Shown {
    UsdBn,
    UsdMn,
    KwhBn,
    Gwh,
    Twh,
    Km,
    Mi,
    Mw,
    Gw,
    /// Units that have no alternative (percent, jobs, people, ...).
    Same(Unit),
}

/// Kilometres in a statute mile.
pub const KM_PER_MILE: f64 = 1.609_344;

impl Shown {
    /// The unit's name for table headers and axis titles.
    pub fn name(self) -> &'static str {
        match self {
            Shown::UsdBn => "US$ billion",
            Shown::UsdMn => "US$ million",
            Shown::KwhBn => "billion kWh",
            Shown::Gwh => "GWh",
            Shown::Twh => "TWh",
            Shown::Km => "km",
            Shown::Mi => "miles",
            Shown::Mw => "MW",
            Shown::Gw => "GW",
            Shown::Same(u) => match u {
                Unit::Percent => "%",
                Unit::Jobs => "jobs",
                Unit::People => "people",
                Unit::KwhPerPerson => "kWh per person",
                Unit::Years => "years",
                Unit::UsdBn => "US$ billion",
                Unit::Km => "km",
                Unit::Mw => "MW",
                Unit::KwhBn => "billion kWh",
            },
        }
    }
}

/// A value converted for display: the number, its display unit, and the decimals to show.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Converted {
    pub value: f64,
    pub shown: Shown,
    pub decimals: u8,
    /// Trim trailing zeros (8.000 GW reads as 8 GW); set when scaling up the unit.
    pub trim: bool,
}

fn scaled(value: f64, factor: f64, shown: Shown, decimals: u8, shift: i8) -> Converted {
    let d = (i16::from(decimals) + i16::from(shift)).clamp(0, 3) as u8;
    Converted {
        value: value * factor,
        shown,
        decimals: d,
        trim: shift > 0,
    }
}

/// Converts a value stated in `unit` with `decimals` places into the reader's display units.
pub fn convert(value: f64, unit: Unit, decimals: u8, units: &Units) -> Converted {
    match (unit, units) {
        (
            Unit::UsdBn,
            Units {
                money: Money::UsdBn,
                ..
            },
        ) => scaled(value, 1.0, Shown::UsdBn, decimals, 0),
        (
            Unit::UsdBn,
            Units {
                money: Money::UsdMn,
                ..
            },
        ) => scaled(value, 1e3, Shown::UsdMn, decimals, -3),
        (
            Unit::KwhBn,
            Units {
                energy: Energy::Kwh,
                ..
            },
        ) => scaled(value, 1.0, Shown::KwhBn, decimals, 0),
        (
            Unit::KwhBn,
            Units {
                energy: Energy::Gwh,
                ..
            },
        ) => scaled(value, 1e3, Shown::Gwh, decimals, -3),
        (
            Unit::KwhBn,
            Units {
                energy: Energy::Twh,
                ..
            },
        ) => scaled(value, 1.0, Shown::Twh, decimals, 0),
        (
            Unit::Km,
            Units {
                distance: Distance::Km,
                ..
            },
        ) => scaled(value, 1.0, Shown::Km, decimals, 0),
        (
            Unit::Km,
            Units {
                distance: Distance::Mi,
                ..
            },
        ) => scaled(value, 1.0 / KM_PER_MILE, Shown::Mi, decimals, 0),
        (
            Unit::Mw,
            Units {
                power: Power::Mw, ..
            },
        ) => scaled(value, 1.0, Shown::Mw, decimals, 0),
        (
            Unit::Mw,
            Units {
                power: Power::Gw, ..
            },
        ) => scaled(value, 1e-3, Shown::Gw, decimals, 3),
        (other, _) => scaled(value, 1.0, Shown::Same(other), decimals, 0),
    }
}

/// Options of each switch: (URL key, label), in display order.
pub const MONEY: [(Money, &str, &str); 2] = [
    (Money::UsdBn, "usd-bn", "US$ billion"),
    (Money::UsdMn, "usd-mn", "US$ million"),
];
pub const ENERGY: [(Energy, &str, &str); 3] = [
    (Energy::Kwh, "kwh", "kWh"),
    (Energy::Gwh, "gwh", "GWh"),
    (Energy::Twh, "twh", "TWh"),
];
pub const DISTANCE: [(Distance, &str, &str); 2] =
    [(Distance::Km, "km", "km"), (Distance::Mi, "mi", "miles")];
pub const POWER: [(Power, &str, &str); 2] = [(Power::Mw, "mw", "MW"), (Power::Gw, "gw", "GW")];
