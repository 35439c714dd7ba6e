//! Number, quantity and date formatting per language, for the page, the charts and the
//! formulas. Pure, so the pre-render and the browser agree; checked against fixtures produced
//! by ICU (CLDR 48) in `tests/fixtures/locale/`.
//!
//! What CLDR says for our three languages: all three write Latin digits with `,` grouping in
//! threes and `.` decimals by default (236,000 in en, zh-CN and ur-PK). Large amounts in words
//! differ: English groups by thousands (23.06 billion), Chinese by ten-thousands (23.6万,
//! 230.6亿), Urdu by hazar (1e3), lakh (1e5), crore (1e7) and arab (1e9). Urdu writes a left-to-right mark
//! before a sign, so "-2.3" and "+11.1%" keep their sign on the left inside right-to-left text.
//!
//! Urdu amounts have one style, ICU's, everywhere (here and in the catalogs' translated
//! quotes, which tests/i18n.rs checks): a decimal number before one word, as Urdu papers
//! write billions of dollars (23.06 ارب), so 236,000 is "2.36 لاکھ" and 720,000 "7.2 لاکھ",
//! never "2 لاکھ 36 ہزار". One departure from ICU: a lone one is the word, "ایک ہزار" (ICU:
//! "1 ہزار"), as newspapers write it.
//! Words around the numbers (units, "more than") are translations, from `i18n`.
//!
//! By job: `numbers` (plain numbers and large amounts in words), `amount` (quantities in the
//! reader's units), `dates`.

mod amount;
mod dates;
mod numbers;

pub use amount::{converted, converted_number, quantity_in, Amount, Style};
pub(crate) use dates::month;
pub use dates::{date, iso_date};
pub use numbers::{compact, count, number, number_in, percent, plain, significant};

#[cfg(test)]
mod tests;
