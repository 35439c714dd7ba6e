//! Dates as precise as they are known: CLDR's long form per language, and the ISO form.

use crate::core::i18n::Lang;
use crate::core::model::Date;

/// Month names (CLDR, format context, wide).
pub(crate) fn month(lang: Lang, m: usize) -> Option<&'static str> {
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    const UR: [&str; 12] = [
        "جنوری",
        "فروری",
        "مارچ",
        "اپریل",
        "مئی",
        "جون",
        "جولائی",
        "اگست",
        "ستمبر",
        "اکتوبر",
        "نومبر",
        "دسمبر",
    ];
    let i = m.checked_sub(1)?;
    match lang {
        Lang::En => EN.get(i).copied(),
        Lang::Ur => UR.get(i).copied(),
        // Chinese months are numbers ("5月").
        Lang::Zh => (i < 12).then_some(""),
    }
}

/// A date as precise as it is known, in CLDR's long form: "21 May 1951" (British English, as
/// the sheet is written), "July 2007", "2013"; "1951年5月21日", "2007年7月", "2013年";
/// "21 مئی، 1951", "جولائی 2007", "2013".
pub fn date(d: Date, lang: Lang) -> String {
    let (y, m, day) = (d.year, usize::from(d.month), d.day);
    match (lang, month(lang, m), day) {
        (Lang::Zh, Some(_), 0) => format!("{y}年{m}月"),
        (Lang::Zh, Some(_), day) => format!("{y}年{m}月{day}日"),
        (Lang::Zh, None, _) => format!("{y}年"),
        (Lang::Ur, Some(name), 0) | (Lang::En, Some(name), 0) => format!("{name} {y}"),
        (Lang::En, Some(name), day) => format!("{day} {name} {y}"),
        (Lang::Ur, Some(name), day) => format!("{day} {name}، {y}"),
        (_, None, _) => y.to_string(),
    }
}

/// ISO form for `datetime` attributes and file names: "1951-05-21", "2007-07", "2013".
pub fn iso_date(d: Date) -> String {
    match (d.month, d.day) {
        (0, _) => format!("{:04}", d.year),
        (m, 0) => format!("{:04}-{m:02}", d.year),
        (m, day) => format!("{:04}-{m:02}-{day:02}", d.year),
    }
}
