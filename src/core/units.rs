//! Display units the reader can switch between, and the conversions from the data file's
//! units. Values are stored once (in `Unit`); every display goes through [`convert`].

use super::i18n::{Lang, Strings};
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
    /// The unit's name in table headers and chart titles, in the language of `s`.
    pub fn name(self, s: &Strings) -> &'static str {
        match self {
            Shown::UsdBn | Shown::Same(Unit::UsdBn) => s.unit_usd_bn,
            Shown::UsdMn => s.unit_usd_mn,
            Shown::KwhBn | Shown::Same(Unit::KwhBn) => s.unit_kwh_bn,
            Shown::Gwh => s.unit_gwh,
            Shown::Twh => s.unit_twh,
            Shown::Km | Shown::Same(Unit::Km) => s.unit_km,
            Shown::Mi => s.unit_mi,
            Shown::Mw | Shown::Same(Unit::Mw) => s.unit_mw,
            Shown::Gw => s.unit_gw,
            Shown::Same(Unit::Percent) => s.unit_percent,
            Shown::Same(Unit::Jobs) => s.unit_jobs,
            Shown::Same(Unit::People) => s.unit_people,
            Shown::Same(Unit::KwhPerPerson) => s.unit_kwh_per_person,
            Shown::Same(Unit::Years) => s.unit_years,
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

impl Converted {
    /// The value as axes and tables print it: a plain number under the unit's name. Chinese
    /// counts billions in 亿 (hundreds of millions) and has no unit 十亿, so a Chinese table
    /// reads 230.6 under 亿美元, as the bar's label reads 230.6亿美元.
    pub fn in_tables(self, lang: Lang) -> Converted {
        let billions = matches!(
            self.shown,
            Shown::UsdBn | Shown::KwhBn | Shown::Same(Unit::UsdBn | Unit::KwhBn)
        );
        if lang == Lang::Zh && billions {
            Converted {
                value: self.value * 10.0,
                decimals: self.decimals.saturating_sub(1),
                ..self
            }
        } else {
            self
        }
    }
}

fn scaled(value: f64, factor: f64, shown: Shown, decimals: u8, shift: i8) -> Converted {
    let places = i16::from(decimals) + i16::from(shift);
    let d = places.clamp(0, 3) as u8;
    // A smaller unit shows no more than the value's precision: US$20.8 bn is US$20,800 mn,
    // not US$20,761 mn.
    let value = if places < 0 {
        let step = 10f64.powi(i32::from(-places));
        (value * factor / step).round() * step
    } else {
        value * factor
    };
    Converted {
        value,
        shown,
        decimals: d,
        trim: shift > 0,
    }
}

/// Converts a value stated in `unit` with `decimals` places into the reader's display units.
pub fn convert(value: f64, unit: Unit, decimals: u8, units: &Units) -> Converted {
    // (factor, display unit, shift of the decimals): a unit a thousand times smaller shows
    // three places fewer.
    let (factor, shown, shift) = match unit {
        Unit::UsdBn => match units.money {
            Money::UsdBn => (1.0, Shown::UsdBn, 0),
            Money::UsdMn => (1e3, Shown::UsdMn, -3),
        },
        Unit::KwhBn => match units.energy {
            Energy::Kwh => (1.0, Shown::KwhBn, 0),
            Energy::Gwh => (1e3, Shown::Gwh, -3),
            Energy::Twh => (1.0, Shown::Twh, 0),
        },
        Unit::Km => match units.distance {
            Distance::Km => (1.0, Shown::Km, 0),
            Distance::Mi => (1.0 / KM_PER_MILE, Shown::Mi, 0),
        },
        Unit::Mw => match units.power {
            Power::Mw => (1.0, Shown::Mw, 0),
            Power::Gw => (1e-3, Shown::Gw, 3),
        },
        other => (1.0, Shown::Same(other), 0),
    };
    scaled(value, factor, shown, decimals, shift)
}

/// The label of a switch option, in the language of the strings given.
pub type Label = fn(&Strings) -> &'static str;

/// Options of each switch: (value, URL key, label), in display order.
pub const MONEY: [(Money, &str, Label); 2] = [
    (Money::UsdBn, "usd-bn", |s| s.opt_usd_bn),
    (Money::UsdMn, "usd-mn", |s| s.opt_usd_mn),
];
pub const ENERGY: [(Energy, &str, Label); 3] = [
    (Energy::Kwh, "kwh", |s| s.opt_kwh),
    (Energy::Gwh, "gwh", |s| s.opt_gwh),
    (Energy::Twh, "twh", |s| s.opt_twh),
];
pub const DISTANCE: [(Distance, &str, Label); 2] = [
    (Distance::Km, "km", |s| s.opt_km),
    (Distance::Mi, "mi", |s| s.opt_mi),
];
pub const POWER: [(Power, &str, Label); 2] = [
    (Power::Mw, "mw", |s| s.opt_mw),
    (Power::Gw, "gw", |s| s.opt_gw),
];
