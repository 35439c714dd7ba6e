//! What the unit tests share: the day their expected values are computed for, and the
//! shipped English data derived on that day.

use super::data::{Date, DATA};
use super::derive::{compute, Computed};
use super::i18n::Lang;

/// The build day of the tests' expected values ("years of relations" depends on it).
pub(crate) const TODAY: Date = Date {
    year: 2026,
    month: 11,
    day: 27,
};

/// The shipped data, derived in English on [`TODAY`].
pub(crate) fn computed() -> Computed {
    compute(DATA, TODAY, Lang::En).expect("the shipped data derives")
}
