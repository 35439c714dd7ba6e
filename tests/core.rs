//! The core through its public surface: the page model built from the shipped data, the
//! islands' store, and the server-side render the pre-render writes. (Derivations, formatting,
//! charts and markup are tested beside their code.)
#![cfg(not(target_arch = "wasm32"))]

use cpec_factsheet::core::data::{dataset, Card, Date, DATA};
use cpec_factsheet::core::derive::{compute, Computed, Origin};
use cpec_factsheet::core::i18n::Lang;
use cpec_factsheet::core::sheet::{page, Legend};
use cpec_factsheet::core::state::{Action, ViewState};
use cpec_factsheet::core::units::Units;

const TODAY: Date = Date {
    year: 2026,
    month: 11,
    day: 27,
};

fn computed() -> Computed {
    compute(DATA, TODAY, Lang::En).expect("the shipped data derives")
}

// ---- the page model ----

#[test]
fn the_page_has_three_cards_with_sources_and_formulas() {
    let c = computed();
    let p = page(DATA, &c, &Units::default(), TODAY, Lang::En);
    let cards: Vec<Card> = p.cards.iter().map(|c| c.card).collect();
    // The two one-chart cards share the first row; CPEC and the timeline span the width.
    assert_eq!(
        cards,
        [Card::Trade, Card::Karot, Card::Cpec, Card::Timeline]
    );
    for card in &p.cards[..3] {
        assert!(
            !card.sources.is_empty(),
            "{:?} has a source line",
            card.card
        );
        assert!(!card.formulas.is_empty(), "{:?} shows formulas", card.card);
        for chart in &card.charts {
            assert!(chart.svg.is_ok(), "{} draws", chart.id);
        }
    }
    let karot = &p.cards[1];
    assert!(karot
        .sources
        .iter()
        .any(|s| s.publisher == "Xinhua" && s.origin == Origin::Context));
    let cpec = &p.cards[2];
    assert_eq!(cpec.charts.len(), 3, "km bars and two figures");
    // Jobs and megawatts are one number each, with no key: nothing to count or compare.
    for (chart, value) in cpec.charts[1..].iter().zip(["236,000 jobs", "8,000 MW"]) {
        assert_eq!(chart.legend, Legend::Bars(Vec::new()));
        let page = chart.page.as_ref().map(|p| p.as_str().to_string());
        let page = page.unwrap_or_default();
        assert!(page.contains(&format!(">{value}</p>")), "{page}");
        assert!(!page.contains("<rect"), "{page}");
    }
}

#[test]
fn key_figures_are_the_seed_figures() {
    let p = page(DATA, &computed(), &Units::default(), TODAY, Lang::En);
    let values: Vec<&str> = p.key_figures.iter().map(|k| k.value.as_str()).collect();
    assert_eq!(
        values,
        [
            "US$23.06 bn",
            "+11.1%",
            "3.64 bn kWh",
            "236,000 jobs",
            "8,000 MW",
            "510 km",
            "886 km",
        ],
        "the findings of the three cards, in the cards' order; the derived 75 years is on the timeline"
    );
}

#[test]
fn trade_chart_orders_years_and_describes_itself() {
    let p = page(DATA, &computed(), &Units::default(), TODAY, Lang::En);
    let chart = &p.cards[0].charts[0];
    assert_eq!(
        chart.summary,
        "Bar chart of bilateral trade in US$ billion. 2023: about 20.8 billion US dollars (derived); \
2024: 23.06 billion US dollars (reported). Year-on-year growth of bilateral trade: 11.1%; \
Change in bilateral trade, 2023 to 2024: about 2.3 billion US dollars."
    );
}

#[test]
fn reducer() {
    use cpec_factsheet::core::state::Mode;
    use cpec_factsheet::core::units::{Energy, Money};
    use cpec_factsheet::core::url::{Tab, Theme, UrlState};
    let s = ViewState::new(TODAY, None);
    assert_eq!(s.mode, Mode::Static, "the pre-render is static");
    let later = Date {
        year: 2030,
        month: 1,
        day: 1,
    };
    let from_url = UrlState::default().with_tab(Card::Karot, Tab::Sources);
    let live = s.reduce(Action::Start {
        today: later,
        view: from_url,
    });
    assert_eq!(
        (live.today, live.mode, live.view),
        (later, Mode::Live, from_url)
    );
    let tabbed = live.reduce(Action::SelectTab(Card::Trade, Tab::Table));
    assert_eq!(tabbed.view.tab(Card::Trade), Tab::Table);
    assert_eq!(
        tabbed.view.tab(Card::Karot),
        Tab::Sources,
        "other cards keep theirs"
    );
    let units = Units {
        money: Money::UsdMn,
        energy: Energy::Twh,
        ..Units::default()
    };
    assert_eq!(tabbed.reduce(Action::SetUnits(units)).view.units, units);
    assert_eq!(
        tabbed.reduce(Action::SetTheme(Theme::Dark)).view.theme,
        Theme::Dark
    );
    assert_eq!(
        tabbed.reduce(Action::Restore(UrlState::default())).view,
        UrlState::default()
    );
}

#[test]
fn what_is_out_of_sight_settles_after_a_switch() {
    use cpec_factsheet::core::units::Money;
    use cpec_factsheet::core::url::{Tab, UrlState};
    let from_url = UrlState::default().with_tab(Card::Karot, Tab::Table);
    let live = ViewState::new(TODAY, None).reduce(Action::Start {
        today: TODAY,
        view: from_url,
    });
    assert!(
        !live.settling(),
        "the address already holds the view it starts with"
    );
    assert_eq!(live.settled, from_url);
    let units = Units {
        money: Money::UsdMn,
        ..Units::default()
    };
    let switched = live
        .reduce(Action::SetUnits(units))
        .reduce(Action::SelectTab(Card::Trade, Tab::Sources));
    assert!(switched.settling());
    assert_eq!(
        switched.settled, from_url,
        "out of sight: still the earlier view"
    );
    let settled = switched.reduce(Action::Settle);
    assert!(!settled.settling());
    assert_eq!(settled.settled, switched.view);
    assert_eq!(
        settled.view, switched.view,
        "settling changes nothing in sight"
    );
    assert_eq!(settled.reduce(Action::Settle), settled);
}

// ---- the islands' store ----

#[test]
fn an_island_shows_the_prerendered_state_until_it_goes_live() {
    use cpec_factsheet::view::{Host, Island, Store};
    use std::cell::Cell;
    use std::rc::Rc;
    let store = Store::new((TODAY, Lang::En), None, Host::Page, false);
    let later = Date {
        year: 2027,
        ..TODAY
    };
    store.dispatch(Action::Start {
        today: later,
        view: Default::default(),
    });
    let controls = Island::Controls;
    assert!(store.hydrates());
    assert_eq!(store.state_for(controls).today, TODAY, "as pre-rendered");
    assert_eq!(store.state().today, later);
    let (mine, all) = (Rc::new(Cell::new(0)), Rc::new(Cell::new(0)));
    let _a = {
        let mine = mine.clone();
        store.subscribe(Some(controls), move || mine.set(mine.get() + 1))
    };
    let _b = {
        let all = all.clone();
        store.subscribe(Some(Island::KeyFigures), move || all.set(all.get() + 1))
    };
    store.go_live(controls);
    assert_eq!(
        (mine.get(), all.get()),
        (1, 0),
        "only the island made live renders"
    );
    assert_eq!(store.state_for(controls).today, later);
    assert_eq!(store.state_for(Island::KeyFigures).today, TODAY);
    store.go_live(controls);
    assert_eq!(mine.get(), 1, "once");
    store.dispatch(Action::SetTheme(cpec_factsheet::core::url::Theme::Dark));
    assert_eq!(
        (mine.get(), all.get()),
        (2, 1),
        "a change of state reaches every island"
    );
    store.dispatch(Action::SetTheme(cpec_factsheet::core::url::Theme::Dark));
    assert_eq!(mine.get(), 2, "no change, no render");
    drop(_a);
    store.set_status("saved".into());
    assert_eq!(
        (mine.get(), all.get()),
        (2, 2),
        "a dropped subscription hears nothing"
    );
}

#[test]
fn a_page_rendered_in_the_browser_is_live_from_its_first_render() {
    use cpec_factsheet::view::{Host, Island, Store};
    let store = Store::new((TODAY, Lang::Zh), None, Host::Page, true);
    assert!(!store.hydrates());
    assert!(store.is_live(Island::Card(Card::Trade)));
}

#[test]
fn island_keys_name_their_host_elements() {
    use cpec_factsheet::view::Island;
    let all = [
        Island::Languages,
        Island::KeyFigures,
        Island::Controls,
        Island::Card(Card::Trade),
        Island::Card(Card::Timeline),
        Island::DataLinks,
        Island::EmbedSource,
    ];
    for island in all {
        assert_eq!(Island::parse(island.key()), Some(island));
    }
    assert_eq!(Island::parse("nothing"), None);
}

#[test]
fn a_card_view_that_does_not_follow_the_clock_is_built_once_for_any_day() {
    use cpec_factsheet::view::{Host, Store};
    let store = Store::new((TODAY, Lang::En), None, Host::Page, false);
    let later = Date {
        year: 2031,
        ..TODAY
    };
    let units = Units::default();
    let trade = store.card(Card::Trade, &units, TODAY).unwrap();
    assert_eq!(store.card(Card::Trade, &units, later).unwrap(), trade);
    let timeline = store.card(Card::Timeline, &units, TODAY).unwrap();
    assert_ne!(
        store.card(Card::Timeline, &units, later).unwrap(),
        timeline,
        "the timeline runs to today"
    );
}

/// One list of the page's cards, one build date: the pages, the address and the browser's
/// fallback day agree.
#[test]
fn the_cards_and_the_build_date_are_declared_once() {
    use cpec_factsheet::core::data::BUILT_ON;
    use cpec_factsheet::core::sheet::CARDS;
    use cpec_factsheet::core::url::TABBED;
    assert_eq!(CARDS, TABBED);
    assert_eq!(CARDS, Card::ON_PAGE);
    // build.rs checked the data against this day, which honours SOURCE_DATE_EPOCH.
    if let Some(secs) = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.parse::<i64>().ok())
    {
        assert_eq!(BUILT_ON, Date::from_unix_days(secs.div_euclid(86_400)));
    }
}

#[test]
fn every_language_names_itself_in_its_own_script() {
    assert_eq!(Lang::En.name(), "English");
    assert_eq!(Lang::Zh.name(), "简体中文");
    assert_eq!(Lang::Ur.name(), "اردو");
    assert_eq!(Lang::ONLY, None, "the native build holds every language");
}

// ---- the server-side render (what the pre-render writes) ----

/// The page as the pre-render renders it.
fn server_render(embed: Option<cpec_factsheet::core::url::Embed>) -> String {
    use cpec_factsheet::view::{Host, Page, PageProps, Store};
    futures::executor::block_on(
        yew::ServerRenderer::<Page>::with_props(move || PageProps {
            store: Store::new((TODAY, Lang::En), embed, Host::Page, false),
        })
        .render(),
    )
}

#[test]
fn server_render_contains_every_figure_and_chart() {
    let html = server_render(None);
    for needle in [
        "US$23.06 bn",
        "+11.1%",
        "236,000 jobs",
        "510 km",
        "8,000 MW",
        "886 km",
        "3.64 bn kWh",
        "more than 5 million people",
        "75 years",
        "about US$20.8 bn",
        "at most 728 kWh per person",
        "about 416 MW",
        "about 58%",
    ] {
        assert!(html.contains(needle), "{needle} is rendered");
    }
    // Four charts drawn at two widths each, and the glyphs of the two figures.
    assert_eq!(
        html.matches("<svg").count(),
        10,
        "four charts twice, two glyphs"
    );
    // Inferred dates say so: the article's in the footer, Karot's in its Sources tab.
    assert!(
        html.contains("(January 2026, inferred)"),
        "the article's date"
    );
    assert!(html.contains("Inferred date: The article names neither its outlet nor its date"));
    assert!(html.contains("As of June 2023, inferred: Not dated by the source"));
    // The parts a reader changes are islands; the title, intros and footer are not.
    for island in [
        "languages",
        "key-figures",
        "controls",
        "trade",
        "cpec",
        "karot",
        "timeline",
        "data-links",
    ] {
        assert!(
            html.contains(&format!("data-island=\"{island}\"")),
            "{island}"
        );
    }
    let title = html.find("<h1>").unwrap();
    let first_island = html.find("data-island=").unwrap();
    assert!(
        html[first_island..].find("</div>").unwrap() + first_island < title,
        "the title is outside"
    );
}

#[test]
fn server_render_of_an_embed_has_one_card_and_a_link_back() {
    use cpec_factsheet::core::url::Embed;
    let html = server_render(Some(Embed::Karot));
    assert!(html.contains("id=\"karot\""));
    for other in ["id=\"trade\"", "id=\"cpec\"", "id=\"timeline\"", "<h1>"] {
        assert!(!html.contains(other), "{other} is not in the Karot embed");
    }
    assert!(html.contains("Source: China–Pakistan economic cooperation in figures"));
    assert!(html.contains("target=\"_blank\""));
}

#[test]
fn server_render_of_a_chart_embed_has_that_chart_alone_with_its_source() {
    use cpec_factsheet::core::url::Embed;
    for (embed, chart, others) in [
        (Embed::CpecKm, "cpec-km", ["cpec-jobs", "cpec-capacity"]),
        (Embed::CpecJobs, "cpec-jobs", ["cpec-km", "cpec-capacity"]),
        (
            Embed::CpecCapacity,
            "cpec-capacity",
            ["cpec-km", "cpec-jobs"],
        ),
    ] {
        let html = server_render(Some(embed));
        assert!(html.contains("id=\"cpec\""), "{chart}: the card");
        assert!(html.contains(&format!("data-chart=\"{chart}\"")), "{chart}");
        for other in others {
            assert!(
                !html.contains(&format!("data-chart=\"{other}\"")),
                "{chart}: not {other}"
            );
        }
        // One table, the chart's; the source line and the link back stay.
        assert_eq!(html.matches("<table").count(), 1, "{chart}: one table");
        assert!(
            html.contains("Chinese Embassy in Pakistan"),
            "{chart}: its source"
        );
        assert!(html.contains("Source: China–Pakistan economic cooperation in figures"));
    }
    // The whole card's embed keeps every chart.
    let html = server_render(Some(Embed::Cpec));
    for chart in ["cpec-km", "cpec-jobs", "cpec-capacity"] {
        assert!(html.contains(&format!("data-chart=\"{chart}\"")), "{chart}");
    }
}

#[test]
fn a_page_prerendered_as_an_embed_stays_one() {
    use cpec_factsheet::core::url::{Embed, UrlState};
    let s = ViewState::new(TODAY, Some(Embed::Trade));
    let live = s.reduce(Action::Start {
        today: TODAY,
        view: UrlState::default(),
    });
    assert_eq!(live.view.embed, Some(Embed::Trade));
    let other = s.reduce(Action::Start {
        today: TODAY,
        view: UrlState {
            embed: Some(Embed::Cpec),
            ..UrlState::default()
        },
    });
    assert_eq!(
        other.view.embed,
        Some(Embed::Cpec),
        "the URL wins when it says"
    );
}

#[test]
fn link_previews_show_the_figures_and_escape_text() {
    use cpec_factsheet::core::preview::{card_svg, file_name, sheet_svg, HEIGHT, WIDTH};
    let p = page(DATA, &computed(), &Units::default(), TODAY, Lang::En);
    let sheet = sheet_svg(&p);
    assert!(sheet.starts_with(&format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{HEIGHT}\""
    )));
    for v in [
        "US$23.06 bn",
        "+11.1%",
        "236,000 jobs",
        "8,000 MW",
        "3.64 bn kWh",
    ] {
        assert!(sheet.contains(&format!(">{v}</text>")), "{v}");
    }
    assert!(
        sheet.contains(">Sources: China's General Administration of Customs; China Three Gorges Corporation; Xinhua; Chinese Embassy in Pakistan</text>"),
        "every publisher, from the data: {sheet}"
    );
    let trade = card_svg(&p, &p.cards[0]);
    assert!(trade.contains(">Bilateral trade</text>"));
    assert_eq!(
        trade.matches("<svg").count(),
        2,
        "the chart is nested in the picture"
    );
    assert_eq!(file_name(Some("trade")), "og-trade.png");
    assert_eq!(file_name(None), "og-sheet.png");
}

/// Each language's previews are in its script and direction, in the font the build loads.
#[test]
fn link_previews_are_drawn_in_the_page_language() {
    use cpec_factsheet::core::preview::{card_svg, font, sheet_svg};
    for (lang, title, sources) in [
        (
            Lang::Zh,
            ">中巴经济合作数据一览</text>",
            ">来源：中国海关总署；",
        ),
        (Lang::Ur, "direction=\"rtl\"", ">ذرائع: "),
    ] {
        let data = dataset(lang);
        let c = compute(data, TODAY, lang).unwrap();
        let p = page(data, &c, &Units::default(), TODAY, lang);
        let sheet = sheet_svg(&p);
        assert!(sheet.contains(&format!("font-family=\"{}, sans-serif\"", font(lang))));
        assert!(sheet.contains(title), "{sheet}");
        assert!(sheet.contains(sources), "{sheet}");
        assert!(!sheet.contains("Sources:"), "no English left: {sheet}");
    }
    // Urdu: text starts on the right; the chart sits on the left, its labels anchored as
    // resvg draws them (physically: a label left of its bar ends there).
    let data = dataset(Lang::Ur);
    let c = compute(data, TODAY, Lang::Ur).unwrap();
    let p = page(data, &c, &Units::default(), TODAY, Lang::Ur);
    let karot = card_svg(&p, &p.cards[1]);
    assert!(karot.contains("<text x=\"1140\" text-anchor=\"end\" direction=\"rtl\" y=\"90\""));
    assert!(
        karot.contains("<svg x=\"60\" y=\"170\" width=\"500\""),
        "{karot}"
    );
}
