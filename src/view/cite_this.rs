//! The "Cite this" control of the page or of a card: the citation in APA 7 and Chicago
//! author-date, each ready to copy, the files a reference manager reads (BibTeX, RIS,
//! CSL-JSON), and the sources to cite beside it: the article (with the publishers it quotes,
//! each cited "as cited in" it) and the real work behind each context figure. A native
//! `<details>`; until the page is live and knows its address (the citation's URL) it is shown
//! disabled, so going live moves nothing.

use super::use_strings;
use crate::browser::effects::{copy, save_text};
use crate::core::cite::{apa, as_cited_in, bibtex, chicago, csl_json, ris, Reference};
use crate::core::i18n::Lang;
use crate::core::model::Date;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CiteThisProps {
    /// "page" or the card's key: element ids and file names.
    pub id: &'static str,
    /// The work first, then its sources; empty until the page knows its address.
    pub references: Vec<Reference>,
    /// The reader's day: when the page was read.
    pub accessed: Date,
    pub lang: Lang,
    /// Receives copy and download results for the page's status line.
    pub on_status: Callback<String>,
}

#[component]
pub fn CiteThis(props: &CiteThisProps) -> Html {
    let s = use_strings();
    let (refs, day, lang) = (&props.references, props.accessed, props.lang);
    let pending = refs.is_empty();
    let style = |name: &'static str, text: String| {
        let (on_status, copied) = (props.on_status.clone(), text.clone());
        let onclick = Callback::from(move |_: MouseEvent| {
            copy(copied.clone(), s.cite_copied, s, on_status.clone())
        });
        html! {
            <div class="citation">
                <p class="cite-style">{ name }</p>
                <p class="cite-text">{ text }</p>
                <button type="button" class="button small" disabled={pending} {onclick}
                    aria-label={s.cite_copy_style(name)}>{ s.cite_copy }</button>
            </div>
        }
    };
    let file = |label: &'static str,
                extension: &'static str,
                mime: &'static str,
                text: fn(&[Reference], Date) -> String| {
        let (refs, on_status) = (refs.clone(), props.on_status.clone());
        let name = format!("cpec-factsheet-{}.{extension}", props.id);
        let onclick = Callback::from(move |_: MouseEvent| {
            save_text(&name, mime, &text(&refs, day), s, &on_status)
        });
        html! {
            <button type="button" class="button small" disabled={pending} {onclick}>{ label }</button>
        }
    };
    let first = refs.first();
    html! {
        <details class="cite">
            <summary tabindex={pending.then_some("-1")}
                aria-disabled={pending.then_some("true")}>{ s.cite_this }</summary>
            { style(s.cite_apa, first.map(|r| apa(r, day, lang)).unwrap_or_default()) }
            { style(s.cite_chicago, first.map(|r| chicago(r, day, lang)).unwrap_or_default()) }
            <div class="cite-files" role="group" aria-label={s.cite_files}>
                <span aria-hidden="true">{ s.cite_files }</span>
                { file("BibTeX", "bib", "application/x-bibtex", bibtex) }
                { file("RIS", "ris", "application/x-research-info-systems", ris) }
                { file("CSL-JSON", "json", "application/vnd.citationstyles.csl+json", csl_json) }
            </div>
            if refs.len() > 1 {
                <p class="cite-also">{ s.cite_also }</p>
                <ul class="cite-sources">
                    { for refs[1..].iter().map(|r| html! {
                        <li>
                            { apa(r, day, lang) }
                            // Whose figures reach the sheet through this work, and how to cite them.
                            if !r.quotes.is_empty() {
                                <ul class="cite-quoted">
                                    { for r.quotes.iter().map(|p| html! { <li>{ as_cited_in(p, r, lang) }</li> }) }
                                </ul>
                            }
                        </li>
                    }) }
                </ul>
            }
        </details>
    }
}
