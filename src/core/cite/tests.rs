//! The references, each citation style and each reference-manager format, against the shipped
//! data and hostile text.

use super::*;
use crate::core::data::{dataset, DATA};

/// A day of December 2026: the sheet is built on the 1st and read on the 4th.
const fn december(day: u8) -> Date {
    Date {
        year: 2026,
        month: 12,
        day,
    }
}
const BUILT: Date = december(1);
const READ: Date = december(4);
const URL: &str = "https://example.org/cpec/?money=usd-mn";

#[test]
fn the_page_cites_itself_the_article_and_the_context_source_as_published() {
    let refs = references(DATA, Lang::En, None, URL, BUILT);
    let ids: Vec<&str> = refs.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["factsheet", "article", "source-1"]);
    assert_eq!(
        apa(&refs[0], READ, Lang::En),
        "China–Pakistan economic cooperation in figures. (2026, December 1). Retrieved December 4, 2026, from https://example.org/cpec/?money=usd-mn"
    );
    assert_eq!(
        chicago(&refs[0], READ, Lang::En),
        "China–Pakistan economic cooperation in figures. 2026. Accessed December 4, 2026. https://example.org/cpec/?money=usd-mn."
    );
    // The article's date is inferred, and says so in both styles.
    assert_eq!(
        apa(&refs[1], READ, Lang::En),
        "Chinese, Pakistani foreign ministers' meeting to focus on deepening ties, safeguarding regional security. (2026, January [date inferred])."
    );
    assert!(chicago(&refs[1], READ, Lang::En).ends_with(" 2026 [date inferred]."));
    // Reported figures are cited through the article, never as reports of their own.
    assert_eq!(
        refs[1].quotes,
        [
            "China's General Administration of Customs",
            "Chinese Embassy in Pakistan",
            "China Three Gorges Corporation"
        ]
    );
    assert!(refs
        .iter()
        .all(|r| r.author.as_deref() != Some("China's General Administration of Customs")));
    assert_eq!(
        as_cited_in(&refs[1].quotes[0], &refs[1], Lang::En),
        "China's General Administration of Customs, as cited in Chinese, Pakistani foreign ministers' meeting to focus on deepening ties, safeguarding regional security (2026 [date inferred])"
    );
    // The context figure's source is the real Xinhua report, under its headline and date.
    assert_eq!(
        apa(&refs[2], READ, Lang::En),
        "Xinhua. (2022, June 30). CPEC's Karot Hydropower Plant put into full commercial operation. People's Daily Online. https://en.people.cn/n3/2022/0630/c90000-10117069.html"
    );
    assert_eq!(
        chicago(&refs[2], READ, Lang::En),
        "Xinhua. 2022. CPEC's Karot Hydropower Plant put into full commercial operation. People's Daily Online. https://en.people.cn/n3/2022/0630/c90000-10117069.html."
    );
}

#[test]
fn reference_manager_files_follow_the_same_rule() {
    let refs = references(DATA, Lang::En, None, URL, BUILT);
    let bib = bibtex(&refs, READ);
    assert!(bib.contains("@misc{source-1,\n  author = {{Xinhua}},\n  title = {CPEC's Karot Hydropower Plant put into full commercial operation},\n  year = {2022},\n  month = jun,\n  date = {2022-06-30},\n  howpublished = {People's Daily Online},"), "{bib}");
    assert!(
        !bib.contains("Bilateral trade"),
        "no work titled with the sheet's labels: {bib}"
    );
    assert!(bib.contains("Quotes figures of China's General Administration of Customs; Chinese Embassy in Pakistan; China Three Gorges Corporation."), "{bib}");
    let ris = ris(&refs, READ);
    assert!(ris.contains("TI  - CPEC's Karot Hydropower Plant put into full commercial operation\r\nPY  - 2022\r\nDA  - 2022/06/30/\r\nT2  - People's Daily Online\r\n"), "{ris}");
    let csl: serde_json::Value = match serde_json::from_str(&csl_json(&refs, READ)) {
        Ok(v) => v,
        Err(e) => panic!("{e}"),
    };
    assert_eq!(
        csl[1]["issued"]["circa"], true,
        "the article's date is inferred"
    );
    assert_eq!(
        csl[2]["issued"]["date-parts"][0],
        serde_json::json!([2022, 6, 30])
    );
    assert_eq!(csl[2]["container-title"], "People's Daily Online");
    assert_eq!(csl[2]["author"][0]["literal"], "Xinhua");
    assert_eq!(csl.as_array().map(Vec::len), Some(3));
}

#[test]
fn a_card_cites_its_own_sources_in_the_page_language() {
    let zh = dataset(Lang::Zh);
    let refs = references(
        zh,
        Lang::Zh,
        Some((Card::Karot, "卡洛特水电站")),
        URL,
        BUILT,
    );
    assert!(refs[0].title.starts_with("卡洛特水电站——"));
    assert_eq!(refs.len(), 3, "the sheet, the article and Xinhua's report");
    assert_eq!(refs[1].quotes.len(), 1, "CTG, through the article");
    let text = apa(&refs[0], READ, Lang::Zh);
    assert!(text.contains("(2026年12月1日)"), "{text}");
    assert!(text.contains("2026年12月4日"), "{text}");
    assert!(apa(&refs[1], READ, Lang::Zh).contains("[日期系推定]"));
    // The article keeps its English headline, its translation beside it.
    assert!(refs[1].title.starts_with("Chinese, Pakistani"));
    assert!(refs[1].title.contains(" ["));
    // The trade card quotes only the customs and cites no context work.
    let trade = references(DATA, Lang::En, Some((Card::Trade, "Trade")), URL, BUILT);
    assert_eq!(trade.len(), 2);
    assert_eq!(
        trade[1].quotes,
        ["China's General Administration of Customs"]
    );
}

#[test]
fn reference_manager_formats_escape_and_date_what_they_must() {
    let r = Reference {
        id: "x".into(),
        kind: Kind::Webpage,
        author: Some("A & B {C}".into()),
        title: "100% of \\ things_".into(),
        issued: Date {
            year: 2026,
            month: 1,
            day: 0,
        },
        inferred: false,
        site: None,
        url: Some("https://e.org/?a=1&b=2".into()),
        note: Some("line\nbreak".into()),
        quotes: Vec::new(),
    };
    let one = std::slice::from_ref(&r);
    let wanted: [(String, &[&str]); 2] = [
        (
            bibtex(one, READ),
            &[
                "author = {{A \\& B \\{C\\}}},",
                "title = {100\\% of \\textbackslash{} things\\_},",
                "month = jan,",
                "urldate = {2026-12-04},",
            ],
        ),
        (
            ris(one, READ),
            &[
                "DA  - 2026/01//\r\n",
                "Y2  - 2026/12/04/\r\nM1  - 2026/12/04/\r\n",
                "N1  - line break\r\n",
                "ER  - \r\n",
            ],
        ),
    ];
    for (text, parts) in &wanted {
        for part in *parts {
            assert!(text.contains(part), "{part:?} in {text}");
        }
    }
    let c = csl_json(std::slice::from_ref(&r), READ);
    let v: serde_json::Value = match serde_json::from_str(&c) {
        Ok(v) => v,
        Err(e) => panic!("{e}: {c}"),
    };
    assert_eq!(
        v[0]["issued"]["date-parts"][0],
        serde_json::json!([2026, 1])
    );
    assert_eq!(
        v[0]["accessed"]["date-parts"][0],
        serde_json::json!([2026, 12, 4])
    );
    assert_eq!(v[0]["author"][0]["literal"], "A & B {C}");
}
