//! Components in a real browser (headless Chromium via wasm-bindgen-test-runner).
#![cfg(target_arch = "wasm32")]

use cpec_factsheet::core::data::{dataset, Date};
use cpec_factsheet::core::derive::compute;
use cpec_factsheet::core::i18n::Lang;
use cpec_factsheet::core::sheet::page;
use cpec_factsheet::core::state::Mode;
use cpec_factsheet::core::units::Units;
use cpec_factsheet::core::url::Tab;
use cpec_factsheet::view::{CardSection, CardSectionProps, EmbedChoice};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Lets Yew's scheduler run: resolves on the next macrotask.
async fn next_tick() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// An empty element in the test page to render into.
fn fresh_root() -> web_sys::Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    root
}

/// Card `i` of the page in `lang`, as the app builds it.
fn card(lang: Lang, i: usize) -> cpec_factsheet::core::sheet::CardView {
    let today = Date {
        year: 2026,
        month: 11,
        day: 28,
    };
    let data = dataset(lang);
    let computed = compute(data, today, lang).unwrap();
    page(data, &computed, &Units::default(), today, lang).cards[i].clone()
}

#[wasm_bindgen_test]
async fn trade_card_mounts_with_its_chart_figures_and_sources() {
    let root = fresh_root();
    let view = card(Lang::En, 0);
    let props = CardSectionProps {
        view,
        settled: None,
        mode: Mode::Live,
        tab: Tab::Chart,
        on_tab: Default::default(),
        page_title: "T",
        on_status: Default::default(),
        embed_codes: vec![EmbedChoice {
            label: "The whole card".into(),
            compact: "<iframe></iframe>".into(),
            full: "<iframe full></iframe>".into(),
        }],
        citation: Vec::new(),
        permalink: Some("https://example.org/cpec/#trade".into()),
        accessed: None,
    };
    yew::Renderer::<CardSection>::with_root_and_props(root.clone(), props).render();
    next_tick().await;

    // The card's title is static page text, outside the island; its tabs name it.
    assert!(root.query_selector("h2").unwrap().is_none());
    let tablist = root.query_selector("[role=tablist]").unwrap().unwrap();
    assert!(tablist
        .get_attribute("aria-label")
        .unwrap()
        .contains("Bilateral trade"));

    let chart = root
        .query_selector("[data-chart=\"trade-by-year\"]")
        .unwrap()
        .expect("the chart container");
    assert_eq!(
        chart.get_attribute("aria-label").unwrap(),
        "Trade rose 11.1% to US$23.06 bn in 2024"
    );
    assert_eq!(chart.get_attribute("tabindex").as_deref(), Some("0"));
    let svg = chart.query_selector("svg").unwrap().expect("an svg");
    let texts = svg.query_selector_all("text").unwrap();
    let labels: Vec<String> = (0..texts.length())
        .filter_map(|i| texts.item(i))
        .filter_map(|n| n.text_content())
        .map(|t| t.trim().to_string())
        .collect();
    for want in ["2023", "2024", "US$20.8 bn", "US$23.06 bn", "+11.1%"] {
        assert!(labels.iter().any(|l| l == want), "{want} in {labels:?}");
    }
    // The first drawing is the wide one (the stylesheet shows it or the narrow one), laid out
    // by its viewBox.
    let el: web_sys::Element = svg.dyn_into().unwrap();
    assert_eq!(el.get_attribute("viewBox").unwrap(), "0 0 600 300");

    // Live: a tab list, the chart panel shown, the others hidden but present (for print).
    let tabs = root.query_selector_all("[role=tab]").unwrap();
    assert_eq!(tabs.length(), 3);
    let table_panel = root.query_selector("#trade-panel-table").unwrap().unwrap();
    assert!(table_panel.has_attribute("hidden"));
    assert!(!root
        .query_selector("#trade-panel-chart")
        .unwrap()
        .unwrap()
        .has_attribute("hidden"));
    let rows = root.query_selector_all("table.figures tbody tr").unwrap();
    assert_eq!(rows.length(), 4, "2024, growth, 2023 and the change");
    let sources = root.query_selector(".sources").unwrap().unwrap();
    assert!(sources
        .text_content()
        .unwrap()
        .contains("China's General Administration of Customs"));
    let embed = root
        .query_selector(".embed-code textarea")
        .unwrap()
        .expect("the embed code");
    assert_eq!(
        embed
            .dyn_into::<web_sys::HtmlTextAreaElement>()
            .unwrap()
            .value(),
        "<iframe></iframe>"
    );
    let formula = root.query_selector(".formula").unwrap().unwrap();
    assert_eq!(
        formula.text_content().unwrap(),
        "US$23.06 bn ÷ (1 + 11.1%) = about US$20.8 bn (between US$20.74 bn and US$20.77 bn, as the inputs are rounded)"
    );
}

#[wasm_bindgen_test]
fn a_failure_notice_is_shown_politely() {
    let document = web_sys::window().unwrap().document().unwrap();
    cpec_factsheet::browser::show_notice("The interactive features stopped.");
    let notice = document
        .query_selector(".failure-notice")
        .unwrap()
        .expect("a notice");
    assert_eq!(notice.get_attribute("role").as_deref(), Some("status"));
    assert_eq!(
        notice.text_content().unwrap(),
        "The interactive features stopped."
    );
}

#[derive(yew::Properties, PartialEq)]
struct InLanguageProps {
    lang: Lang,
    view: cpec_factsheet::core::sheet::CardView,
}

/// A card's island as the page renders it: with the page's language provided to it.
#[yew::component]
fn InLanguage(props: &InLanguageProps) -> yew::Html {
    yew::html! {
        <yew::ContextProvider<Lang> context={props.lang}>
            <CardSection view={props.view.clone()} mode={Mode::Live} />
        </yew::ContextProvider<Lang>>
    }
}

#[wasm_bindgen_test]
async fn an_urdu_card_speaks_urdu_and_mirrors_its_chart() {
    let root = fresh_root();
    let view = card(Lang::Ur, 1); // Karot: the second card
    yew::Renderer::<InLanguage>::with_root_and_props(
        root.clone(),
        InLanguageProps {
            lang: Lang::Ur,
            view,
        },
    )
    .render();
    next_tick().await;

    let tabs = root.query_selector_all("[role=tab]").unwrap();
    let labels: Vec<String> = (0..tabs.length())
        .filter_map(|i| tabs.item(i))
        .filter_map(|n| n.text_content())
        .collect();
    assert_eq!(labels, ["چارٹ", "جدول", "طریقۂ کار اور ذرائع"]);
    let svg = root
        .query_selector("[data-chart=\"karot-energy\"] svg")
        .unwrap()
        .expect("the Karot chart");
    assert_eq!(svg.get_attribute("direction").as_deref(), Some("rtl"));
    let text = root.text_content().unwrap_or_default();
    assert!(
        text.contains("3.64 ارب کلوواٹ آور"),
        "Urdu numbers and units"
    );
    assert!(text.contains("ڈاؤن لوڈ"), "Urdu download label");
}

#[wasm_bindgen_test]
async fn image_text_is_measured_in_the_page_fonts_and_never_narrower_than_the_estimate() {
    use cpec_factsheet::browser::ImageRuler;
    use cpec_factsheet::core::standalone::{Generous, Ruler};

    let root = fresh_root();
    root.set_inner_html(
        "<svg><text font-family=\"system-ui, sans-serif\" font-size=\"13\" font-weight=\"600\"></text></svg>",
    );
    let text = root.query_selector("text").unwrap();
    let ruler = ImageRuler::new(text.clone());
    let sample = "Bilateral trade by year, US$ billion";
    let (regular, bold) = (
        ruler.width(sample, 20.0, false),
        ruler.width(sample, 20.0, true),
    );
    assert!(regular >= Generous.width(sample, 20.0, false));
    assert!(bold >= Generous.width(sample, 20.0, true));
    assert!(
        ruler.width(sample, 40.0, false) > regular * 1.9,
        "measured at the size asked"
    );
    // The tooltip's font is back once measured.
    let text = text.unwrap();
    assert_eq!(text.get_attribute("font-size").as_deref(), Some("13"));
    assert_eq!(text.get_attribute("font-weight").as_deref(), Some("600"));
    assert_eq!(text.text_content().as_deref(), Some(""));
    // With nothing to measure in, the estimate.
    let none = ImageRuler::new(None);
    assert_eq!(
        none.width(sample, 20.0, false),
        Generous.width(sample, 20.0, false)
    );
}
