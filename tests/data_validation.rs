//! The data file's validation, as `build.rs` runs it: the shipped file passes, and every
//! malformed fixture fails with a one-line message naming the file, the field and the reason.
#![cfg(not(target_arch = "wasm32"))]

use cpec_data::model::{Bound, Date, Method, Unit};
use cpec_data::schema;

const BUILD_DATE: Date = Date {
    year: 2026,
    month: 11,
    day: 27,
};

fn messages(fixture: &str) -> Vec<String> {
    let path = format!("tests/fixtures/{fixture}");
    let text = std::fs::read_to_string(&path).expect("fixture exists");
    match schema::load(&path, &text, BUILD_DATE) {
        Ok(_) => panic!("{path} should fail validation"),
        Err(errors) => errors.iter().map(ToString::to_string).collect(),
    }
}

fn assert_fails(fixture: &str, expected: &str) {
    let got = messages(fixture);
    assert!(
        got.iter().any(|m| m == expected),
        "{fixture}: expected the message\n  {expected}\ngot\n  {}",
        got.join("\n  ")
    );
    assert!(
        got.iter().all(|m| !m.contains('\n')),
        "messages are one line each"
    );
}

#[test]
fn the_shipped_data_file_is_valid() {
    let text = std::fs::read_to_string("static/data.toml").expect("data file");
    let data = schema::load("static/data.toml", &text, BUILD_DATE).expect("valid data");
    let trade = data.figures.iter().find(|f| f.id == "trade_2024").unwrap();
    assert_eq!(trade.value, 23.06);
    assert_eq!(trade.unit, Unit::UsdBn);
    let per_person = data
        .derived
        .iter()
        .find(|d| d.id == "karot_per_person")
        .unwrap();
    assert_eq!(per_person.unit, Unit::KwhPerPerson);
    assert_eq!(
        per_person.bound,
        Bound::AtMost,
        "more than 5 million people makes kWh per person an upper bound"
    );
}

#[test]
fn every_reported_quote_is_a_sentence_of_the_article() {
    let article = std::fs::read_to_string("../shared/seed/000_a24e954fd0a7b307.txt")
        .or_else(|_| std::fs::read_to_string("tests/fixtures/article.txt"));
    let Ok(article) = article else {
        eprintln!("source article not found; skipped");
        return;
    };
    // A quote may run across a paragraph break, joined by one space.
    let words = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
    let article = words(&article);
    let text = std::fs::read_to_string("static/data.toml").unwrap();
    let data = schema::load("static/data.toml", &text, BUILD_DATE).unwrap();
    for f in &data.figures {
        if let Some(q) = &f.quote {
            assert!(
                article.contains(q.as_str()),
                "{}: quote not in the article",
                f.id
            );
        }
    }
    for e in &data.events {
        assert!(
            article.contains(e.quote.as_str()),
            "{}: quote not in the article",
            e.id
        );
    }
}

#[test]
fn missing_field() {
    assert_fails(
        "missing_field.toml",
        "tests/fixtures/missing_field.toml:7: figure[0].publisher: is missing",
    );
}

#[test]
fn wrong_type() {
    assert_fails(
        "wrong_type.toml",
        "tests/fixtures/wrong_type.toml:10: figure[0].value: must be a number without quotes, found string",
    );
}

#[test]
fn negative_value() {
    assert_fails(
        "negative_value.toml",
        "tests/fixtures/negative_value.toml:10: figure[0].value: must be greater than zero, found -5",
    );
}

#[test]
fn unknown_unit() {
    assert_fails(
        "unknown_unit.toml",
        "tests/fixtures/unknown_unit.toml:11: figure[0].unit: \"furlongs\" is not one of: usd_bn, percent, jobs, km, mw, kwh_bn, people, kwh_per_person, years",
    );
}

#[test]
fn unknown_series() {
    // A misspelt series would leave the figure out of every chart without a word.
    assert_fails(
        "unknown_series.toml",
        "tests/fixtures/unknown_series.toml:19: figure[0].series: \"trade_barz\" is not one of: trade_bars, trade_notes, cpec_km, cpec_units, karot_bars",
    );
}

#[test]
fn empty_quote() {
    assert_fails(
        "empty_quote.toml",
        "tests/fixtures/empty_quote.toml:17: figure[0].quote: is empty; write the text or remove the field",
    );
}

#[test]
fn unknown_id_in_a_derivation() {
    assert_fails(
        "unknown_derived_input.toml",
        "tests/fixtures/unknown_derived_input.toml:24: derived[0].inputs: \"nope\" is not the id of a figure or of a derived value defined above it",
    );
}

#[test]
fn a_derived_value_gets_no_decimals_by_hand() {
    assert_fails(
        "derived_decimals.toml",
        "tests/fixtures/derived_decimals.toml:25: derived[0].decimals: is not set by hand on a derived value: its precision follows from its inputs' (README, \"Precision\"); remove it",
    );
}

#[test]
fn duplicate_id() {
    assert_fails(
        "duplicate_id.toml",
        "tests/fixtures/duplicate_id.toml:21: figure[1].id: \"a\" is already used by figure[0]",
    );
}

#[test]
fn invalid_date() {
    assert_fails(
        "invalid_date.toml",
        "tests/fixtures/invalid_date.toml:14: figure[0].as_of: \"2024-02-30\" is not a date; write YYYY, YYYY-MM or YYYY-MM-DD",
    );
}

#[test]
fn date_after_the_build() {
    assert_fails(
        "future_date.toml",
        "tests/fixtures/future_date.toml:14: figure[0].as_of: 2999 is after the build date",
    );
}

#[test]
fn growth_rate_out_of_range() {
    assert_fails(
        "growth_out_of_range.toml",
        "tests/fixtures/growth_out_of_range.toml:10: figure[0].value: a growth rate must be between -100 and 1000 percent, found 1500",
    );
}

#[test]
fn misspelt_field() {
    let got = messages("unknown_field.toml");
    assert!(
        got.iter().any(|m| m.starts_with(
            "tests/fixtures/unknown_field.toml:13: figure[0].soruce: is not a known field (known: id, label"
        )),
        "{got:?}"
    );
}

#[test]
fn context_figure_without_citation() {
    assert_fails(
        "context_without_citation.toml",
        "tests/fixtures/context_without_citation.toml:7: figure[0].citation: is missing: a context figure needs the source it comes from",
    );
}

#[test]
fn context_without_its_source_s_title() {
    // A citation must name the real work: without its headline, "Cite this" would invent one.
    assert_fails(
        "context_without_source_title.toml",
        "tests/fixtures/context_without_source_title.toml:7: figure[0].source_title: is missing: a context figure needs the title of the work it comes from, as published (its headline), for citations",
    );
}

#[test]
fn derivation_with_incompatible_units() {
    assert_fails(
        "incompatible_units.toml",
        "tests/fixtures/incompatible_units.toml:37: derived[0].inputs: method \"sum\" needs two or more inputs of the same unit, but the inputs are [km, mw]",
    );
}

#[test]
fn toml_syntax_error() {
    let got = messages("syntax_error.toml");
    assert_eq!(got.len(), 1);
    assert!(
        got[0].starts_with("tests/fixtures/syntax_error.toml:11: (syntax): not valid TOML:"),
        "{got:?}"
    );
}

#[test]
fn value_not_finite() {
    assert_fails(
        "not_finite.toml",
        "tests/fixtures/not_finite.toml:10: figure[0].value: must be a finite number",
    );
}

#[test]
fn years_since_needs_an_event() {
    assert_fails(
        "years_since_without_event.toml",
        "tests/fixtures/years_since_without_event.toml:24: derived[0].inputs: \"a\" is not the id of an [[event]]",
    );
}

#[test]
fn method_signatures() {
    assert_eq!(
        Method::PreviousFromGrowth.output_unit(&[Unit::UsdBn, Unit::Percent]),
        Ok(Unit::UsdBn)
    );
    assert!(Method::PreviousFromGrowth
        .output_unit(&[Unit::Percent, Unit::Percent])
        .is_err());
    assert_eq!(
        Method::PerPerson.output_bound(&[Bound::Exact, Bound::AtLeast]),
        Some(Bound::AtMost)
    );
    assert_eq!(
        Method::PerPerson.output_bound(&[Bound::AtLeast, Bound::AtLeast]),
        None
    );
}

#[test]
fn dates() {
    assert_eq!(
        Date::parse("1951-05-21"),
        Some(Date {
            year: 1951,
            month: 5,
            day: 21
        })
    );
    assert_eq!(
        Date::parse("2024-02-29").map(|d| d.day),
        Some(29),
        "leap day"
    );
    assert_eq!(Date::parse("2023-02-29"), None);
    assert_eq!(Date::parse("2024-13"), None);
    assert_eq!(Date::parse("24-01-01"), None);
    assert_eq!(Date::parse("2024-01-01-01"), None);
    // 2026-11-27 is day 20,784 after 1970-01-01.
    assert_eq!(Date::from_unix_days(20_784), BUILD_DATE);
    assert_eq!(
        Date::from_unix_days(0),
        Date {
            year: 1970,
            month: 1,
            day: 1
        }
    );
}

#[test]
fn a_label_claims_no_number_its_quote_does_not_give() {
    assert_fails(
        "label_claim.toml",
        "tests/fixtures/label_claim.toml:23: event[0].label: says \"Eighth\", which its quote does not say: quote the sentence that does, or drop the word",
    );
}

#[test]
fn label_claims_are_compared_word_by_word() {
    use schema::claim_beyond_quote as beyond;
    let quote = "The drill marked the eighth of such joint exercises; 8,000 megawatts.";
    assert_eq!(beyond("Eighth exercise", quote), None);
    assert_eq!(beyond("8,000 MW", quote), None);
    assert_eq!(beyond("Seventh dialogue", quote), Some("Seventh"));
    assert_eq!(beyond("9,000 MW", quote), Some("9"));
    // A word inside a hyphenated one counts; a longer word containing it does not.
    assert_eq!(
        beyond("zero tolerance", "a \"zero-tolerance\" stance"),
        None
    );
    assert_eq!(beyond("one visit", "someone visited"), Some("one"));
}

#[test]
fn a_context_figure_s_url_is_a_web_address_and_its_citation_does_not_repeat_the_page() {
    let text = std::fs::read_to_string("tests/fixtures/context_without_citation.toml").unwrap();
    let with = |extra: &str| {
        let t = text.replacen(
            "status = \"context\"",
            &format!("status = \"context\"\n{extra}"),
            1,
        );
        schema::load("f.toml", &t, BUILD_DATE)
            .err()
            .unwrap_or_default()
    };
    let errors = with("citation = \"X, 2022\"\nurl = \"javascript:alert(1)\"");
    assert!(
        errors.iter().any(|e| e.to_string() == "f.toml:18: figure[0].url: must be a web address starting with https://, found \"javascript:alert(1)\""),
        "{errors:?}"
    );
    let errors = with("citation = \"Not in the source article. X reported it.\"");
    assert!(
        errors.iter().any(|e| e.to_string().starts_with(
            "f.toml:17: figure[0].citation: must not say that it is not in the article"
        )),
        "{errors:?}"
    );
    assert!(with("citation = \"X, 2022\"\nurl = \"https://example.org/x\"\nsource_title = \"X's report\"\nsource_date = \"2022-01-02\"").is_empty());
}
