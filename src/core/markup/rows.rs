//! What the tables and lists are written from: markup's inputs, declared here so that markup
//! depends on nothing of the page model (`core::sheet` re-exports them).

use crate::core::derive::Origin;

/// One row of a chart's data table (and CSV).
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub label: String,
    /// The number in the chart's display unit, as printed ("20.76").
    pub value: String,
    pub origin: Origin,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FigureRow {
    pub id: &'static str,
    pub label: &'static str,
    pub value: String,
    pub period: &'static str,
    pub origin: Origin,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SourceLine {
    pub publisher: &'static str,
    pub period: &'static str,
    pub origin: Origin,
    /// For context figures: where they come from (they are not in the article).
    pub citation: Option<&'static str>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FormulaInput {
    pub label: &'static str,
    pub shown: String,
    pub origin: Origin,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FormulaRow {
    pub id: &'static str,
    pub label: &'static str,
    pub formula: String,
    pub note: Option<&'static str>,
    pub inputs: Vec<FormulaInput>,
}

/// One figure's provenance for the Sources tab.
#[derive(Clone, Debug, PartialEq)]
pub struct Provenance {
    pub id: &'static str,
    pub label: &'static str,
    pub value: String,
    pub period: &'static str,
    pub origin: Origin,
    /// Reported and context figures: who published it.
    pub publisher: Option<&'static str>,
    /// Reported figures and events: the sentence from the article (English).
    pub quote: Option<&'static str>,
    /// Its translation, on pages in other languages.
    pub quote_translation: Option<&'static str>,
    /// Where its quote is shown instead, when the page shows it elsewhere (an event's, in the
    /// list of events under the timeline).
    pub quote_shown_in: Option<&'static str>,
    pub citation: Option<&'static str>,
    /// Where the citation's source can be read.
    pub url: Option<&'static str>,
    /// A date the source does not give: the date (in words) and why it is inferred.
    pub as_of_inferred: Option<(String, &'static str)>,
    /// Derived figures: how.
    pub formula: Option<FormulaRow>,
}
