//! The page model: what the view renders, as plain data (key figures, card views with their
//! charts, rows, sources, formulas and events, and their HTML). No logic.

use crate::core::chart::{ChartError, Rect, Spec, Svg};
use crate::core::data::Card;
use crate::core::derive::Origin;
use crate::core::i18n::Lang;
use crate::core::markup::SafeHtml;
// The rows the Table and Sources tabs are written from: markup's inputs, declared there so
// that markup depends on nothing of the page model.
pub use crate::core::markup::{FigureRow, FormulaInput, FormulaRow, Provenance, Row, SourceLine};

#[derive(Clone, Debug, PartialEq)]
pub struct KeyFigure {
    pub id: &'static str,
    /// The card whose chart shows it (its key, the card's id on the page).
    pub card: &'static str,
    pub value: String,
    pub label: String,
    pub origin: Origin,
}

/// What the chart's legend explains.
#[derive(Clone, Debug, PartialEq)]
pub enum Legend {
    /// What each kind of bar drawn means (solid reported, outlined context, hatched
    /// derived): the kinds the chart draws, in that order. A chart of one kind has none.
    Bars(Vec<Origin>),
    /// Dots are dated events.
    Events,
}

/// A region of the chart that answers hover and focus with a tooltip.
#[derive(Clone, Debug, PartialEq)]
pub struct Hit {
    /// In SVG pixels (the chart's viewBox).
    pub rect: Rect,
    /// What the tooltip says: label, exact value with unit, and origin.
    pub text: String,
    /// The same as a screen reader should say it (words for units).
    pub spoken: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ChartView {
    pub id: String,
    /// What the chart shows, as a sentence built from its figures where it has a finding
    /// ("Trade rose 11.1% to US$23.06 bn in 2024"), else what it draws.
    pub title: String,
    /// What it draws and in which unit ("Bilateral trade by year, US$ billion") under a
    /// finding; empty when the title already says it.
    pub subtitle: String,
    /// What the chart shows, in words, for screen readers and as a caption.
    pub summary: String,
    /// What is drawn, for an output that draws it at a size of its own (a slide).
    pub spec: Spec,
    /// The chart drawn at `chart::WIDE`: the downloaded images and link previews draw it.
    pub svg: Result<Svg, ChartError>,
    /// The SVG's size in pixels (its viewBox), for mapping pointer positions.
    pub size: (u32, u32),
    /// The tooltips, over the bars of the wide drawing.
    pub hits: Vec<Hit>,
    /// What the page shows: the chart drawn at `chart::WIDE` and at `chart::NARROW`, the
    /// stylesheet showing one by the width of its column (see `page_drawings`).
    pub page: Result<Svg, ChartError>,
    /// The narrow drawing's size and hit areas (in the order of `hits`).
    pub narrow: Drawing,
    pub legend: Legend,
    /// The unit of every value in `rows`, for the table header.
    pub unit: String,
    pub rows: Vec<Row>,
    /// The file name downloads start with, e.g. "cpec-output-2022-km".
    pub file: String,
    /// Who published the numbers, for the CSV's comment line and the downloaded image.
    pub source: String,
    /// Each derived bar's label and formula, for the downloaded image's source lines.
    pub derived: Vec<(String, String)>,
    /// The data file's unit for every value in `data_rows`.
    pub data_unit: String,
    /// `rows` in the data file's units (the CSV a script reads, whatever the view).
    pub data_rows: Vec<Row>,
}

/// A drawing's size (its viewBox) and hit areas.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Drawing {
    pub size: (u32, u32),
    pub rects: Vec<Rect>,
}

/// A dated event of the timeline.
#[derive(Clone, Debug, PartialEq)]
pub struct EventRow {
    pub id: &'static str,
    /// "March 2024", or "March 2024, inferred" when the quote does not state it whole.
    pub date: String,
    /// Why it is inferred.
    pub inferred: Option<&'static str>,
    pub iso: String,
    pub label: &'static str,
    /// The sentence quoted from the article, as HTML (see `markup::quote`): in English, with
    /// its translation on other languages' pages. Built once per view, like `CardHtml`. Only on
    /// the first event that cites it: events citing the same sentence show it once.
    pub quote: Option<SafeHtml>,
    /// With a quote, what its (closed) disclosure says: "Quote from the article", or "…, also
    /// for July 2007" when later events cite it too. Without, where it is: "Same quote as
    /// 2006, above".
    pub quote_note: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CardView {
    pub card: Card,
    pub lang: Lang,
    pub title: &'static str,
    pub intro: &'static str,
    pub charts: Vec<ChartView>,
    pub figures: Vec<FigureRow>,
    pub sources: Vec<SourceLine>,
    pub formulas: Vec<FormulaRow>,
    pub events: Vec<EventRow>,
    /// The same, as the HTML the page shows (the Sources tab's entries only as HTML: nothing
    /// reads them otherwise).
    pub html: CardHtml,
}

/// A card's parts that change only with their data, as HTML (see `markup`): built once per
/// view of the card (the card cache keeps them), shared by every render that shows them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CardHtml {
    /// Each chart's numbers as a table, in the order of `charts`.
    pub tables: Vec<SafeHtml>,
    pub figures: SafeHtml,
    pub formulas: SafeHtml,
    pub provenance: SafeHtml,
    pub sources: SafeHtml,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Page {
    pub lang: Lang,
    pub title: &'static str,
    pub subtitle: &'static str,
    /// The headline, in English as published.
    pub article_title: &'static str,
    pub article_title_translation: Option<&'static str>,
    pub article_published: String,
    pub key_figures: Vec<KeyFigure>,
    pub cards: Vec<CardView>,
}
