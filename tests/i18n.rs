//! The translation catalogs as `build.rs` checks them: the shipped ones are complete (every key
//! of English in every language, with the same placeholders, and every text of the data file
//! translated), and each kind of mistake fails with one line naming the file and the key.
#![cfg(not(target_arch = "wasm32"))]

use cpec_data::catalog::{check, load, placeholders, texts, Catalog};
use cpec_data::{model, schema};
use std::collections::BTreeSet;

const FILES: [&str; 3] = [
    "static/i18n/en.toml",
    "static/i18n/zh-CN.toml",
    "static/i18n/ur-PK.toml",
];

fn shipped() -> Vec<Catalog> {
    FILES
        .iter()
        .map(|f| {
            let text = std::fs::read_to_string(f).expect("catalog exists");
            load(f, &text).unwrap_or_else(|e| panic!("{f}: {e:?}"))
        })
        .collect()
}

fn data_texts() -> BTreeSet<String> {
    let text = std::fs::read_to_string("static/data.toml").unwrap();
    let today = model::Date {
        year: 2026,
        month: 11,
        day: 28,
    };
    texts(&schema::load("static/data.toml", &text, today).expect("data is valid"))
}

#[test]
fn every_key_exists_in_every_language() {
    let all = shipped();
    let (en, others) = all.split_first().unwrap();
    assert!(en.ui.len() > 150, "English has the interface strings");
    let others: Vec<&Catalog> = others.iter().collect();
    let errors = check(en, &others, &data_texts());
    assert!(errors.is_empty(), "{errors:#?}");
    for other in others {
        assert_eq!(
            en.ui.keys().collect::<Vec<_>>(),
            other.ui.keys().collect::<Vec<_>>(),
            "{}",
            other.file
        );
        assert_eq!(other.data.len(), data_texts().len(), "{}", other.file);
    }
}

#[test]
fn translations_are_not_english_left_in_place() {
    let all = shipped();
    let (en, others) = all.split_first().unwrap();
    // Symbols, proper names and pure patterns ("{label} = {value}") may stay the same;
    // sentences may not.
    let words = |v: &str| {
        v.split(' ')
            .filter(|w| !w.contains('{') && w.chars().any(char::is_alphabetic))
            .count()
    };
    for other in others {
        let same: Vec<&String> = en
            .ui
            .iter()
            .filter(|(k, v)| other.ui.get(*k) == Some(v) && words(v) > 2)
            .map(|(k, _)| k)
            .collect();
        assert!(same.is_empty(), "{}: untranslated {same:?}", other.file);
        let data_same: Vec<&String> = other
            .data
            .iter()
            .filter(|(k, v)| k == v && words(k) > 2)
            .map(|(k, _)| k)
            .collect();
        assert!(
            data_same.is_empty(),
            "{}: untranslated {data_same:?}",
            other.file
        );
    }
}

fn one(file: &str, text: &str) -> Catalog {
    load(file, text).unwrap_or_else(|e| panic!("{e:?}"))
}

fn messages(en: &str, other: &str, sources: &[&str]) -> Vec<String> {
    let en = one("en.toml", en);
    let other = one("xx.toml", other);
    let sources = sources.iter().map(|s| s.to_string()).collect();
    check(&en, &[&other], &sources)
        .iter()
        .map(ToString::to_string)
        .collect()
}

#[test]
fn a_missing_key_names_the_file_and_the_key() {
    let got = messages(
        "[ui]\ntab_chart = \"Chart\"\ntab_table = \"Table\"\n",
        "[ui]\ntab_chart = \"图表\"\n",
        &[],
    );
    assert_eq!(
        got,
        ["xx.toml: ui.tab_table: is missing (English: \"Table\")"]
    );
}

#[test]
fn placeholders_must_match() {
    let got = messages(
        "[ui]\nsaved = \"Saved {file}.\"\n",
        "[ui]\nsaved = \"已保存 {name}。\"\n",
        &[],
    );
    assert_eq!(
        got,
        ["xx.toml: ui.saved: has placeholders {\"name\"}, English has {\"file\"}"]
    );
}

#[test]
fn unknown_keys_and_stale_data_translations_are_reported() {
    let got = messages(
        "[ui]\nembed = \"Embed\"\n",
        "[ui]\nembed = \"嵌入\"\nembedd = \"嵌入\"\n[data]\n\"Old label\" = \"旧\"\n",
        &["New label"],
    );
    assert_eq!(
        got,
        [
            "xx.toml: ui.embedd: is not a key of en.toml: remove it or add it there",
            "xx.toml: data.\"New label\": is missing: the data file uses this text; add its translation",
            "xx.toml: data.\"Old label\": is not a text of the data file (changed or removed?): update or remove it",
        ]
    );
}

#[test]
fn shape_errors_are_reported_by_load() {
    let err = |text: &str| {
        load("xx.toml", text)
            .expect_err("fails")
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        err("[ui]\nBad-Key = \"x\"\n"),
        ["xx.toml: ui.Bad-Key: keys are lower case letters, digits and _ (a Rust field name)"]
    );
    assert_eq!(
        err("[ui]\nempty = \"  \"\n"),
        ["xx.toml: ui.\"empty\": is empty; write the translation"]
    );
    assert_eq!(
        err("[ui]\nn = 3\n"),
        ["xx.toml: ui.\"n\": must be text in quotes, found integer"]
    );
    assert_eq!(
        err("[uu]\n"),
        ["xx.toml: uu: is not a known table (known: ui, data)"]
    );
    assert!(err("[ui\n")[0].starts_with("xx.toml: (syntax): not valid TOML"));
}

#[test]
fn placeholder_names_are_found() {
    let p = placeholders("{label}: {value} ({origin}) {not closed");
    assert_eq!(
        p.into_iter().collect::<Vec<_>>(),
        ["label", "origin", "value"]
    );
}

/// Each templated string has a method that takes its placeholders, in the English order, so a
/// misspelt or missing one does not compile (it used to print "{file}").
#[test]
fn templated_strings_are_filled_by_typed_methods() {
    use cpec_factsheet::core::i18n::Lang;
    let en = Lang::En.strings();
    assert_eq!(en.saved("a.svg"), "Saved a.svg.");
    assert_eq!(
        en.formula_range("about 416 MW", "414.9 MW", "416.1 MW"),
        "about 416 MW (between 414.9 MW and 416.1 MW, as the inputs are rounded)"
    );
    // The same method in another language fills that language's text.
    assert_eq!(Lang::Zh.strings().about("208亿美元"), "约208亿美元");
}

/// One way of writing per language (issue 28): the catalogs' Urdu amounts as `core::format`
/// writes them (a decimal number before one word, "2.36 لاکھ", never "2 لاکھ 36 ہزار"; a lone
/// one as the word, "ایک ہزار"), its dates as CLDR's ("21 مئی، 1951"), its dollars American
/// everywhere, its quote marks curly; Chinese dashes full width.
#[test]
fn each_language_writes_amounts_dates_and_quotes_one_way() {
    let all = shipped();
    let text =
        |c: &Catalog| -> Vec<String> { c.ui.values().chain(c.data.values()).cloned().collect() };
    let ur = all.iter().find(|c| c.file.ends_with("ur-PK.toml")).unwrap();
    let words = ["ہزار", "لاکھ", "کروڑ", "ارب", "کھرب"];
    let months = [
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
    let number = |t: &str| {
        !t.is_empty()
            && t.chars()
                .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    };
    let mut wrong = Vec::new();
    for s in text(ur) {
        let t: Vec<&str> = s.split_whitespace().collect();
        for (i, w) in t.iter().enumerate() {
            let at = |k: usize| t.get(i + k).copied().unwrap_or("");
            if number(w) && words.contains(&at(1)) && number(at(2)) && words.contains(&at(3)) {
                wrong.push(format!("groups of words, not one decimal number: {s}"));
            }
            if *w == "1" && words.contains(&at(1)) {
                wrong.push(format!("a lone 1 before {}: {s}", at(1)));
            }
            if number(w) && months.contains(&at(1)) && at(2).len() == 4 && number(at(2)) {
                wrong.push(format!("a date without ، after its month: {s}"));
            }
            if *w == "ڈالر" && i > 0 && t[i - 1] != "امریکی" {
                wrong.push(format!("ڈالر without امریکی: {s}"));
            }
        }
        if s.contains('"') {
            wrong.push(format!("a straight quote mark: {s}"));
        }
    }
    let zh = all.iter().find(|c| c.file.ends_with("zh-CN.toml")).unwrap();
    for s in text(zh) {
        if s.contains(" — ") {
            wrong.push(format!("a half-width dash in Chinese: {s}"));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}
