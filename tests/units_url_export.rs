//! Unit conversions, the permalink (round trip and hostile input) and the downloads' content.
#![cfg(not(target_arch = "wasm32"))]

use cpec_factsheet::core::chart::Svg;
use cpec_factsheet::core::data::{dataset, Card, Date, DATA};
use cpec_factsheet::core::derive::compute;
use cpec_factsheet::core::embed::{base_url, full_sheet_link, initial_height, page_file, snippet};
use cpec_factsheet::core::export::{csv, json, json_string, Table};
use cpec_factsheet::core::format;
use cpec_factsheet::core::i18n::Lang;
use cpec_factsheet::core::model::Unit;
use cpec_factsheet::core::sheet::page;
use cpec_factsheet::core::units::{Distance, Energy, Money, Power, Units};
use cpec_factsheet::core::url::{parse, write, Embed, Tab, Theme, UrlState, TABBED};
use proptest::prelude::*;

const TODAY: Date = Date {
    year: 2026,
    month: 11,
    day: 27,
};

fn units(money: Money, energy: Energy, distance: Distance, power: Power) -> Units {
    Units {
        money,
        energy,
        distance,
        power,
    }
}

// ---- conversions, against hand-computed values ----

#[test]
fn money() {
    let mn = units(Money::UsdMn, Energy::Kwh, Distance::Km, Power::Mw);
    assert_eq!(
        format::quantity_in(23.06, Unit::UsdBn, 2, &mn, Lang::En),
        "US$23,060 mn"
    );
    assert_eq!(
        format::quantity_in(23.06, Unit::UsdBn, 2, &Units::default(), Lang::En),
        "US$23.06 bn"
    );
}

#[test]
fn energy() {
    let at = |e| units(Money::UsdBn, e, Distance::Km, Power::Mw);
    assert_eq!(
        format::quantity_in(3.64, Unit::KwhBn, 2, &at(Energy::Kwh), Lang::En),
        "3.64 bn kWh"
    );
    assert_eq!(
        format::quantity_in(3.64, Unit::KwhBn, 2, &at(Energy::Gwh), Lang::En),
        "3,640 GWh"
    );
    assert_eq!(
        format::quantity_in(3.64, Unit::KwhBn, 2, &at(Energy::Twh), Lang::En),
        "3.64 TWh"
    );
}

#[test]
fn distance() {
    let mi = units(Money::UsdBn, Energy::Kwh, Distance::Mi, Power::Mw);
    // 510 / 1.609344 = 316.9; 886 / 1.609344 = 550.5.
    assert_eq!(
        format::quantity_in(510.0, Unit::Km, 0, &mi, Lang::En),
        "317 mi"
    );
    assert_eq!(
        format::quantity_in(886.0, Unit::Km, 0, &mi, Lang::En),
        "551 mi"
    );
}

#[test]
fn power() {
    let gw = units(Money::UsdBn, Energy::Kwh, Distance::Km, Power::Gw);
    assert_eq!(
        format::quantity_in(8000.0, Unit::Mw, 0, &gw, Lang::En),
        "8 GW"
    );
    assert_eq!(
        format::quantity_in(720.0, Unit::Mw, 0, &gw, Lang::En),
        "0.72 GW"
    );
    assert_eq!(
        format::quantity_in(415.525, Unit::Mw, 1, &gw, Lang::En),
        "0.416 GW"
    );
}

#[test]
fn units_without_alternatives_do_not_change() {
    let all = units(Money::UsdMn, Energy::Twh, Distance::Mi, Power::Gw);
    assert_eq!(
        format::quantity_in(11.1, Unit::Percent, 1, &all, Lang::En),
        "11.1%"
    );
    assert_eq!(
        format::quantity_in(236_000.0, Unit::Jobs, 0, &all, Lang::En),
        "236,000 jobs"
    );
}

/// Escapes text as plotters writes it into `<text>`, to rebuild a chart from its parts.
fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&apos;")
}

#[test]
fn every_chart_splits_into_its_drawing_and_its_labels() {
    for lang in Lang::ALL {
        let data = dataset(lang);
        let c = compute(data, TODAY, lang).unwrap();
        let p = page(
            data,
            &c,
            &units(Money::UsdMn, Energy::Twh, Distance::Mi, Power::Gw),
            TODAY,
            lang,
        );
        for chart in p.cards.iter().flat_map(|card| &card.charts) {
            let svg = chart.svg.as_ref().unwrap();
            let parts: Vec<&str> = svg.drawing().split("</text>").collect();
            assert_eq!(
                parts.len() - 1,
                svg.texts().len(),
                "{}: one text per element",
                chart.id
            );
            for part in &parts[..parts.len() - 1] {
                assert!(
                    part.ends_with('>') && part.rfind("<text") > part.rfind("</"),
                    "{}: emptied",
                    chart.id
                );
            }
            let mut rebuilt = String::new();
            for (part, text) in parts.iter().zip(svg.texts()) {
                rebuilt.push_str(part);
                rebuilt.push_str(&escape(text));
                rebuilt.push_str("</text>");
            }
            rebuilt.push_str(parts[parts.len() - 1]);
            assert_eq!(rebuilt, svg.as_str(), "{} ({lang:?}) rebuilds", chart.id);
        }
    }
}

#[test]
fn chart_labels_are_unescaped_as_the_dom_reads_them() {
    let svg = Svg::new(
        "<svg><text x=\"1\">\nA &lt;b&gt; &amp; &quot;c&quot; &apos;d&apos;\n</text><rect/><text>2</text></svg>".into(),
    );
    assert_eq!(svg.texts(), ["\nA <b> & \"c\" 'd'\n", "2"]);
    assert_eq!(
        &**svg.drawing(),
        "<svg><text x=\"1\"></text><rect/><text></text></svg>"
    );
}

/// The browser patches labels in place when only they change: true of the money and energy
/// switches (the axes are rescaled, not redrawn); the distance switch redraws its chart.
#[test]
fn money_and_energy_switches_change_only_chart_labels() {
    let c = compute(DATA, TODAY, Lang::En).unwrap();
    let before = page(DATA, &c, &Units::default(), TODAY, Lang::En);
    let after = page(
        DATA,
        &c,
        &units(Money::UsdMn, Energy::Twh, Distance::Mi, Power::Mw),
        TODAY,
        Lang::En,
    );
    let chart = |p: &cpec_factsheet::core::sheet::Page, id: &str| {
        let found = p
            .cards
            .iter()
            .flat_map(|card| &card.charts)
            .find(|ch| ch.id == id);
        found
            .and_then(|ch| ch.svg.clone().ok())
            .unwrap_or_else(|| panic!("{id} drawn"))
    };
    for id in ["trade-by-year", "karot-energy"] {
        let (a, b) = (chart(&before, id), chart(&after, id));
        assert_eq!(a.drawing(), b.drawing(), "{id}: same drawing");
        assert_ne!(a.texts(), b.texts(), "{id}: new labels");
    }
    assert_ne!(
        chart(&before, "cpec-km").drawing(),
        chart(&after, "cpec-km").drawing()
    );
}

#[test]
fn unit_switches_change_charts_and_axes() {
    let c = compute(DATA, TODAY, Lang::En).unwrap();
    let before = page(DATA, &c, &Units::default(), TODAY, Lang::En);
    let all = units(Money::UsdMn, Energy::Gwh, Distance::Mi, Power::Gw);
    let after = page(DATA, &c, &all, TODAY, Lang::En);
    let trade = &after.cards[0].charts[0];
    assert_eq!(trade.unit, "US$ million");
    assert_eq!(trade.rows[1].value, "23,060");
    let svg = trade.svg.as_ref().unwrap().as_str();
    assert!(svg.contains("US$23,060 mn"));
    assert!(svg.contains("30,000"), "the axis is in millions: {svg}");
    assert_ne!(before.cards[2].charts[0].svg, after.cards[2].charts[0].svg);
    assert_eq!(after.cards[2].charts[0].rows[0].value, "317");
    assert_eq!(after.cards[1].charts[0].rows[0].value, "3,640");
    let capacity = after.key_figures.iter().find(|k| k.id == "cpec_capacity");
    assert_eq!(capacity.unwrap().value, "8 GW");
}

// ---- the permalink ----

fn any_state() -> impl Strategy<Value = UrlState> {
    let tab = prop::sample::select(Tab::ALL.to_vec());
    let theme = prop::sample::select(Theme::ALL.to_vec());
    let money = prop::sample::select(vec![Money::UsdBn, Money::UsdMn]);
    let energy = prop::sample::select(vec![Energy::Kwh, Energy::Gwh, Energy::Twh]);
    let distance = prop::sample::select(vec![Distance::Km, Distance::Mi]);
    let power = prop::sample::select(vec![Power::Mw, Power::Gw]);
    let embed = prop::option::of(prop::sample::select(Embed::ALL.to_vec()));
    (
        [tab.clone(), tab.clone(), tab.clone(), tab],
        (money, energy, distance, power),
        theme,
        (embed, any::<bool>()),
    )
        .prop_map(|(tabs, (m, e, d, p), theme, (embed, full))| UrlState {
            tabs,
            units: units(m, e, d, p),
            theme,
            embed,
            full,
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(10_000))]

    #[test]
    fn url_round_trip(s in any_state()) {
        prop_assert_eq!(parse(&write(&s)), s);
    }

    #[test]
    fn url_parse_is_total_on_any_string(q in ".*") {
        let s = parse(&q);
        // Whatever came in, what comes out writes and reads back as itself.
        prop_assert_eq!(parse(&write(&s)), s);
    }

    #[test]
    fn url_parse_is_total_on_any_bytes(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        // What a browser could hand over after decoding: any bytes, made text.
        let s = parse(&String::from_utf8_lossy(&bytes));
        prop_assert_eq!(parse(&write(&s)), s);
    }

    #[test]
    fn url_parse_is_total_on_query_like_strings(
        q in "[?]?(([a-z]{0,8}=[a-z0-9%<>\"'-]{0,10})&?){0,8}"
    ) {
        let s = parse(&q);
        prop_assert_eq!(parse(&write(&s)), s);
    }
}

#[test]
fn default_state_has_a_clean_url() {
    assert_eq!(write(&UrlState::default()), "");
    assert_eq!(parse(""), UrlState::default());
}

#[test]
fn url_examples() {
    let s =
        parse("?trade=table&karot=sources&money=usd-mn&energy=gwh&distance=mi&power=gw&theme=dark");
    assert_eq!(s.tab(Card::Trade), Tab::Table);
    assert_eq!(s.tab(Card::Karot), Tab::Sources);
    assert_eq!(s.tab(Card::Cpec), Tab::Chart);
    assert_eq!(
        s.units,
        units(Money::UsdMn, Energy::Gwh, Distance::Mi, Power::Gw)
    );
    assert_eq!(s.theme, Theme::Dark);
    assert_eq!(
        write(&s),
        "?trade=table&karot=sources&money=usd-mn&energy=gwh&distance=mi&power=gw&theme=dark"
    );
    assert_eq!(TABBED.len(), s.tabs.len());
}

#[test]
fn hostile_urls_fall_back_to_defaults() {
    for q in [
        "?trade=<script>alert(1)</script>",
        "?theme=\"><img src=x onerror=alert(1)>",
        "?money=javascript:alert(1)",
        "?trade=%E0%A4%A",
        "?energy=\u{202e}hwg",
        "?power=-1e309",
        "?&&&==&=",
        "?trade",
        "trade=TABLE",
    ] {
        assert_eq!(parse(q), UrlState::default(), "{q}");
    }
    let long = format!("?trade={}", "a".repeat(10_000));
    assert_eq!(parse(&long), UrlState::default());
    // Repeated keys: the last valid value wins, invalid ones are ignored.
    assert_eq!(
        parse("?theme=dark&theme=light&theme=bogus").theme,
        Theme::Light
    );
}

// ---- downloads ----

#[test]
fn chart_csv() {
    let c = compute(DATA, TODAY, Lang::En).unwrap();
    let p = page(DATA, &c, &Units::default(), TODAY, Lang::En);
    let text = csv(&p.cards[0].charts[0], p.title, Table::Shown);
    assert_eq!(text, csv(&p.cards[0].charts[0], p.title, Table::DataFile));
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[0],
        "# China–Pakistan economic cooperation in figures — Bilateral trade by year, US$ billion. Source: China's General Administration of Customs (2024); derived in this fact sheet."
    );
    assert_eq!(lines[1], "label,value (US$ billion),origin");
    assert_eq!(lines[2], "2023,20.8,derived");
    assert_eq!(lines[3], "2024,23.06,reported");
    let cpec = csv(&p.cards[2].charts[1], p.title, Table::Shown);
    assert!(
        cpec.contains("Jobs created by CPEC,236000,reported"),
        "{cpec}"
    );
}

#[test]
fn the_data_file_csv_keeps_the_data_units_when_the_reader_switches() {
    let c = compute(DATA, TODAY, Lang::En).unwrap();
    let units = Units {
        money: Money::UsdMn,
        distance: Distance::Mi,
        ..Units::default()
    };
    let p = page(DATA, &c, &units, TODAY, Lang::En);
    let trade = &p.cards[0].charts[0];
    let shown: Vec<String> = csv(trade, p.title, Table::Shown)
        .lines()
        .skip(1)
        .map(String::from)
        .collect();
    assert_eq!(
        shown,
        [
            "label,value (US$ million),origin",
            "2023,20800,derived",
            "2024,23060,reported"
        ]
    );
    let stored: Vec<String> = csv(trade, p.title, Table::DataFile)
        .lines()
        .skip(1)
        .map(String::from)
        .collect();
    assert_eq!(
        stored,
        [
            "label,value (US$ billion),origin",
            "2023,20.8,derived",
            "2024,23.06,reported"
        ]
    );
    let km = csv(&p.cards[2].charts[0], p.title, Table::DataFile);
    assert!(
        km.contains("value (km)") && km.contains(",510,reported"),
        "{km}"
    );
    let mi = csv(&p.cards[2].charts[0], p.title, Table::Shown);
    assert!(
        mi.contains("value (miles)") && mi.contains(",317,reported"),
        "{mi}"
    );
    // Chinese counts billions in 亿: the data file's US$23.06 bn is 230.6 under 亿美元.
    let zh = compute(DATA, TODAY, Lang::Zh).unwrap();
    let pz = page(DATA, &zh, &Units::default(), TODAY, Lang::Zh);
    let text = csv(&pz.cards[0].charts[0], pz.title, Table::DataFile);
    assert!(text.contains(",230.6,reported"), "{text}");
}

#[test]
fn csv_quotes_and_defuses_fields() {
    use cpec_factsheet::core::chart::figure::{Figure, Glyph};
    use cpec_factsheet::core::chart::{ChartError, Spec};
    use cpec_factsheet::core::derive::Origin;
    use cpec_factsheet::core::sheet::{ChartView, Legend, Row};
    let chart = ChartView {
        id: "x".into(),
        title: "T".into(),
        subtitle: String::new(),
        summary: String::new(),
        spec: Spec::Figure {
            figure: Figure {
                value: "1".into(),
                label: "x".into(),
                glyph: Glyph::Person,
            },
            rtl: false,
        },
        svg: Err(ChartError::Empty),
        size: (1, 1),
        hits: vec![],
        page: Err(ChartError::Empty),
        narrow: Default::default(),
        legend: Legend::Events,
        unit: "u".into(),
        rows: vec![Row {
            label: "=HYPERLINK(\"x\"), a".into(),
            value: "-5".into(),
            origin: Origin::Reported,
        }],
        file: "x".into(),
        source: "S".into(),
        derived: vec![],
        data_unit: "u".into(),
        data_rows: vec![],
    };
    let text = csv(&chart, "P", Table::Shown);
    assert_eq!(
        text.lines().nth(2),
        Some("\"'=HYPERLINK(\"\"x\"\"), a\",-5,reported")
    );
}

#[test]
fn data_json_has_every_figure_with_its_source() {
    let c = compute(DATA, TODAY, Lang::En).unwrap();
    let text = json(DATA, &c);
    let v: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
    let figures = v["figures"].as_array().unwrap();
    assert_eq!(figures.len(), DATA.figures.len());
    let trade = figures.iter().find(|f| f["id"] == "trade_2024").unwrap();
    assert_eq!(trade["value"], 23.06);
    assert_eq!(
        trade["publisher"],
        "China's General Administration of Customs"
    );
    assert!(trade["quote"].as_str().unwrap().contains("$23.06 billion"));
    let capacity = figures
        .iter()
        .find(|f| f["id"] == "karot_capacity")
        .unwrap();
    assert_eq!(capacity["status"], "context");
    assert!(capacity["citation"].as_str().unwrap().contains("Karot"));
    assert_eq!(
        capacity["source_title"],
        "CPEC's Karot Hydropower Plant put into full commercial operation"
    );
    assert_eq!(capacity["source_date"], "2022-06-30");
    let derived = v["derived"].as_array().unwrap();
    assert_eq!(derived.len(), DATA.derived.len());
    let t2023 = derived.iter().find(|d| d["id"] == "trade_2023").unwrap();
    assert_eq!(
        t2023["formula"],
        "US$23.06 bn ÷ (1 + 11.1%) = about US$20.8 bn (between US$20.74 bn and US$20.77 bn, as the inputs are rounded)"
    );
    // 23.055 / 1.1115 to 23.065 / 1.1105.
    let range = t2023["range"].as_array().unwrap();
    assert!((range[0].as_f64().unwrap() - 20.742_24).abs() < 1e-5);
    assert!((range[1].as_f64().unwrap() - 20.769_92).abs() < 1e-5);
    assert_eq!(
        (t2023["decimals"].as_u64(), t2023["approximate"].as_bool()),
        (Some(1), Some(true))
    );
    // Dates the sources do not give are marked, with the reason.
    let energy = figures.iter().find(|f| f["id"] == "karot_energy").unwrap();
    assert_eq!(energy["as_of"], "2023-06");
    assert!(energy["as_of_inferred"]
        .as_str()
        .unwrap()
        .contains("29 June 2022"));
    assert_eq!(trade["as_of_inferred"], serde_json::Value::Null);
    assert!(v["article"]["published_inferred"]
        .as_str()
        .unwrap()
        .contains("names neither its outlet nor its date"));
    let years = derived
        .iter()
        .find(|d| d["id"] == "relations_years")
        .unwrap();
    assert_eq!(
        years["approximate"], false,
        "whole years between two dates are exact"
    );
    assert_eq!(v["events"].as_array().unwrap().len(), DATA.events.len());
}

#[test]
fn json_strings_are_escaped() {
    assert_eq!(json_string("a\"b\\c\n<"), "\"a\\\"b\\\\c\\n\\u003c\"");
    assert_eq!(json_string("\u{1}"), "\"\\u0001\"");
}

// ---- embedding ----

#[test]
fn embed_parameter() {
    assert_eq!(parse("?embed=cpec").embed, Some(Embed::Cpec));
    assert_eq!(parse("?embed=all").embed, Some(Embed::All));
    assert_eq!(parse("?embed=<script>").embed, None);
    assert_eq!(
        write(&parse("?money=usd-mn&embed=trade")),
        "?embed=trade&money=usd-mn"
    );
    assert!(Embed::All.shows(Card::Karot));
    assert!(!Embed::Trade.shows(Card::Karot));
}

#[test]
fn a_chart_of_the_cpec_card_has_an_embed_of_its_own() {
    for (key, embed, chart) in [
        ("cpec-km", Embed::CpecKm, "cpec-km"),
        ("cpec-jobs", Embed::CpecJobs, "cpec-jobs"),
        ("cpec-capacity", Embed::CpecCapacity, "cpec-capacity"),
    ] {
        let view = parse(&format!("?embed={key}&distance=mi"));
        assert_eq!(view.embed, Some(embed));
        assert_eq!(write(&view), format!("?embed={key}&distance=mi"));
        assert_eq!(embed.card(), Some(Card::Cpec));
        assert_eq!(embed.chart(), Some(chart));
        assert_eq!(embed.whole(), Embed::Cpec);
        assert_eq!(page_file(embed), format!("embed-{key}.html"));
        assert!(embed.shows(Card::Cpec) && !embed.shows(Card::Trade));
    }
    // The whole card's embed is as it was: every chart.
    assert_eq!(parse("?embed=cpec").embed, Some(Embed::Cpec));
    assert_eq!(Embed::Cpec.chart(), None);
    assert_eq!(Embed::of_card(Card::Cpec), Some(Embed::Cpec));
    assert_eq!(
        Embed::charts_of(Card::Cpec).collect::<Vec<_>>(),
        [Embed::CpecKm, Embed::CpecJobs, Embed::CpecCapacity]
    );
    assert_eq!(Embed::charts_of(Card::Trade).count(), 0);
    // Anything but an exact key is ignored: a near miss, another case, an added suffix or
    // markup leave the default (or the last valid value) in place.
    for hostile in [
        "cpec-",
        "cpec-KM",
        "CPEC-km",
        "cpec-km ",
        "cpec-km%00",
        "cpec-km<script>alert(1)</script>",
        "cpec-jobs\"onload=\"alert(1)",
        "cpec-mw",
        "cpec-relations",
    ] {
        assert_eq!(parse(&format!("?embed={hostile}")).embed, None, "{hostile}");
        assert_eq!(
            parse(&format!("?embed=cpec-jobs&embed={hostile}")).embed,
            Some(Embed::CpecJobs),
            "{hostile}"
        );
    }
}

#[test]
fn a_chart_embed_code_names_the_chart_and_carries_its_cards_view() {
    let view = parse("?cpec=table&distance=mi&money=usd-mn");
    let code = snippet("https://x.org/", Lang::Ur, Embed::CpecKm, &view, "T");
    assert!(
        code.starts_with(
            "<iframe src=\"https://x.org/ur/embed-cpec-km.html?cpec=table&amp;distance=mi\""
        ),
        "{code}"
    );
    assert!(code.contains("data-cpec-factsheet=\"cpec-km\""), "{code}");
    assert!(code.contains(&format!("height: {}px", initial_height(Embed::CpecKm))));
}

#[test]
fn base_urls() {
    assert_eq!(
        base_url("https://example.org/graphics/cpec/index.html?trade=table#x"),
        "https://example.org/graphics/cpec/"
    );
    assert_eq!(
        base_url("https://example.org/graphics/cpec/?a=/b"),
        "https://example.org/graphics/cpec/"
    );
    assert_eq!(base_url("http://127.0.0.1:8080/"), "http://127.0.0.1:8080/");
}

#[test]
fn embed_snippet_keeps_the_view_and_escapes_the_title() {
    let view = parse("?trade=table&money=usd-mn&theme=dark");
    let code = snippet(
        "https://example.org/cpec/",
        Lang::En,
        Embed::Trade,
        &view,
        "Trade <& \"quotes\">",
    );
    assert_eq!(
        code,
        "<iframe src=\"https://example.org/cpec/embed-trade.html?trade=table&amp;money=usd-mn&amp;theme=dark\" title=\"Trade &lt;&amp; &quot;quotes&quot;&gt;\" loading=\"lazy\" data-cpec-factsheet=\"trade\" style=\"width: 100%; height: 650px; border: 0;\"></iframe>\n<script src=\"https://example.org/cpec/embed.js\" defer></script>"
    );
    assert_eq!(
        full_sheet_link(&parse("?embed=karot&power=gw")),
        "./?power=gw"
    );
}

#[test]
fn an_embed_code_carries_only_what_its_card_shows() {
    use cpec_factsheet::core::sheet::units_for as sheet_units_for;
    let view =
        parse("?trade=table&cpec=sources&money=usd-mn&energy=twh&distance=mi&power=gw&theme=dark");
    let query = |embed| {
        let code = snippet("https://x.org/", Lang::En, embed, &view, "T");
        let (_, src) = code.split_once("src=\"").unwrap();
        let (src, _) = src.split_once('"').unwrap();
        src.split_once('?')
            .map(|(_, q)| q.replace("&amp;", "&"))
            .unwrap_or_default()
    };
    assert_eq!(query(Embed::Trade), "trade=table&money=usd-mn&theme=dark");
    assert_eq!(
        query(Embed::Cpec),
        "cpec=sources&distance=mi&power=gw&theme=dark"
    );
    assert_eq!(query(Embed::Karot), "energy=twh&power=gw&theme=dark");
    assert_eq!(query(Embed::Timeline), "theme=dark");
    // The whole sheet keeps the whole view.
    assert_eq!(
        query(Embed::All),
        "trade=table&cpec=sources&money=usd-mn&energy=twh&distance=mi&power=gw&theme=dark"
    );
    // A unit switch that leaves a card as it was (see each_card_depends_only_on_its_units)
    // leaves its embed code as it was.
    for other in [
        "money=usd-bn",
        "energy=kwh",
        "distance=km",
        "power=mw",
        "karot=table",
    ] {
        let changed = parse(&format!("{}&{other}", write(&view)));
        for embed in [Embed::Trade, Embed::Cpec, Embed::Karot, Embed::Timeline] {
            let card = embed.card().unwrap();
            let same = sheet_units_for(card, &changed.units) == sheet_units_for(card, &view.units)
                && changed.tab(card) == view.tab(card);
            let a = snippet("https://x.org/", Lang::En, embed, &view, "T");
            let b = snippet("https://x.org/", Lang::En, embed, &changed, "T");
            assert_eq!(a == b, same, "{embed:?} after {other}");
        }
    }
}

#[test]
fn the_card_cache_keeps_the_two_latest_views_of_each_card() {
    use cpec_factsheet::core::sheet::{CardCache, CARDS};
    let c = compute(DATA, TODAY, Lang::En).unwrap();
    let mut cache = CardCache::default();
    let at = (TODAY, Lang::En);
    let with = |e| units(Money::UsdBn, e, Distance::Km, Power::Mw);
    let (kwh, gwh, twh) = (with(Energy::Kwh), with(Energy::Gwh), with(Energy::Twh));
    let first = cache.get(DATA, &c, Card::Karot, &kwh, at);
    let second = cache.get(DATA, &c, Card::Karot, &gwh, at);
    assert_ne!(first, second);
    // In sight and out of sight while a switch settles: both kept, and equal to a fresh build.
    assert!(cache.holds(Card::Karot, &kwh, at) && cache.holds(Card::Karot, &gwh, at));
    assert_eq!(cache.get(DATA, &c, Card::Karot, &kwh, at), first);
    // A third evicts the least recently used (GWh, as kWh was just used), and only it.
    cache.get(DATA, &c, Card::Karot, &twh, at);
    assert!(cache.holds(Card::Karot, &kwh, at));
    assert!(cache.holds(Card::Karot, &twh, at));
    assert!(!cache.holds(Card::Karot, &gwh, at));
    // Units a card ignores share its view; other cards have places of their own.
    assert!(cache.holds(
        Card::Karot,
        &units(Money::UsdMn, Energy::Kwh, Distance::Mi, Power::Mw),
        at
    ));
    for card in CARDS {
        cache.get(DATA, &c, card, &gwh, at);
    }
    assert!(
        cache.holds(Card::Karot, &twh, at),
        "filling other cards evicts nothing of Karot's but the oldest"
    );
    assert!(!cache.holds(Card::Karot, &kwh, at));
}

/// While a switch settles, a card's hidden panels keep the view before it; a switch that
/// does not concern the card leaves it one view.
#[test]
fn an_island_shows_the_new_view_and_keeps_the_old_one_while_a_switch_settles() {
    use cpec_factsheet::core::sheet::CardCache;
    let c = compute(DATA, TODAY, Lang::En).unwrap();
    let at = (TODAY, Lang::En);
    let with = |e| units(Money::UsdBn, e, Distance::Km, Power::Mw);
    let (kwh, gwh) = (with(Energy::Kwh), with(Energy::Gwh));
    let mut cache = CardCache::default();
    let (before, none) = cache.island((DATA, &c), Card::Karot, (&kwh, &kwh), at);
    assert!(none.is_none());
    let (after, trailing) = cache.island((DATA, &c), Card::Karot, (&gwh, &kwh), at);
    assert_ne!(after, before);
    assert_eq!(
        trailing.as_ref(),
        Some(&before),
        "the hidden panels keep the old view"
    );
    let (settled, none) = cache.island((DATA, &c), Card::Karot, (&gwh, &gwh), at);
    assert_eq!((settled, none), (after, None));
    // Money does not concern Karot: one view, no trailing one.
    let mn = units(Money::UsdMn, Energy::Gwh, Distance::Km, Power::Mw);
    let (_, none) = cache.island((DATA, &c), Card::Karot, (&mn, &gwh), at);
    assert!(none.is_none());
}

#[test]
fn each_card_depends_only_on_its_units() {
    use cpec_factsheet::core::sheet::{units_for, CardCache, CARDS};
    let c = compute(DATA, TODAY, Lang::En).unwrap();
    let monies = [Money::UsdBn, Money::UsdMn];
    let energies = [Energy::Kwh, Energy::Gwh, Energy::Twh];
    let distances = [Distance::Km, Distance::Mi];
    let powers = [Power::Mw, Power::Gw];
    let mut cache = CardCache::default();
    for m in monies {
        for e in energies {
            for d in distances {
                for p in powers {
                    let all = units(m, e, d, p);
                    let full = page(DATA, &c, &all, TODAY, Lang::En);
                    for (i, card) in CARDS.into_iter().enumerate() {
                        // Built with only the units the card claims to depend on: the same.
                        let narrow = page(DATA, &c, &units_for(card, &all), TODAY, Lang::En);
                        assert_eq!(full.cards[i], narrow.cards[i], "{card:?} with {all:?}");
                        assert_eq!(
                            cache.get(DATA, &c, card, &all, (TODAY, Lang::En)),
                            full.cards[i]
                        );
                    }
                }
            }
        }
    }
}
