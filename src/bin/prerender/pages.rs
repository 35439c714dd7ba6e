//! The pages: the app rendered by yew's server renderer into the staged `index.html` and into
//! one page per embed (`embed-trade.html`, ...), in every language (English at the root, `zh/`
//! and `ur/` below it, each with `<html lang dir>`, its title and description), each with its
//! meta tags and, in release builds, its language's own wasm.

use super::loader::{externalise_loader, for_language};
use super::meta::Meta;
use super::previews::previews;
use cpec_factsheet::core::data::{dataset, Card};
use cpec_factsheet::core::derive::compute;
use cpec_factsheet::core::embed::{oembed, oembed_file, page_file, OEmbed};
use cpec_factsheet::core::format::iso_date;
use cpec_factsheet::core::i18n::Lang;
use cpec_factsheet::core::markup::escape_attr;
use cpec_factsheet::core::model::Date;
use cpec_factsheet::core::package;
use cpec_factsheet::core::preview;
use cpec_factsheet::core::sheet::page;
use cpec_factsheet::core::units::Units;
use cpec_factsheet::core::url::Embed;
use cpec_factsheet::view::{Host, Page, PageProps, Store};
use std::path::Path;

pub const MARKER: &str = r#"<div id="factsheet"></div>"#;

/// The day the pages are rendered for: the same as build.rs's (`SOURCE_DATE_EPOCH` when set).
fn today() -> Date {
    Date::of_build()
}

fn render(today: Date, embed: Option<Embed>, lang: Lang) -> String {
    futures::executor::block_on(
        yew::ServerRenderer::<Page>::with_props(move || PageProps {
            store: Store::new((today, lang), embed, Host::Page, false),
        })
        .render(),
    )
}

pub fn run(dir: &Path) -> Result<(), String> {
    let template = externalise_loader(&read_template(dir)?, dir)?;
    let one_wasm_each = crate::languages::wanted();
    let opt_params = crate::languages::wasm_opt_params(include_str!("../../../index.html"))?;
    let today = today();
    let mut pages = vec![("index.html".to_string(), None)];
    pages.extend(Embed::ALL.into_iter().map(|e| (page_file(e), Some(e))));
    let site = site();
    // The stylesheet goes into every page (see `csp`), and the policy that allows it.
    let css_file = crate::loader::stylesheet(&template).ok_or("no stylesheet in index.html")?;
    let css = std::fs::read_to_string(dir.join(&css_file))
        .map_err(|e| format!("cannot read {css_file}: {e}"))?;
    crate::csp::write(dir, &css)?;
    write_package(dir, today)?;
    for lang in Lang::ALL {
        let previews = previews(dir, today, lang)?;
        let template = if one_wasm_each {
            let assets = crate::languages::build(lang, dir, &opt_params)?;
            for_language(&template, dir, &assets)?
        } else {
            template.clone()
        };
        let template = localise(&template, lang);
        let out_dir = dir.join(lang.path());
        std::fs::create_dir_all(&out_dir)
            .map_err(|e| format!("cannot create {}: {e}", out_dir.display()))?;
        let names = embed_names(today, lang)?;
        if let Some(root) = &site {
            write_oembed(&out_dir, root, (lang, &names), &previews)?;
        }
        for (file, embed) in &pages {
            let (file, embed) = (file.as_str(), *embed);
            let body = render(today, embed, lang);
            let meta = page_meta((file, embed, lang), site.as_deref(), &previews, &names);
            let html = fill(&template, &body, today, (embed, lang)).replacen(
                "</head>",
                &format!("{}</head>", meta.tags()),
                1,
            );
            let html = crate::csp::inline(&html, &css_file, &css)?;
            let html = crate::csp::with_meta(&html, &css)?;
            let path = out_dir.join(file);
            std::fs::write(&path, html)
                .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
            eprintln!(
                "prerender: wrote {}{file} ({} bytes of page)",
                lang.path(),
                body.len()
            );
        }
    }
    Ok(())
}

/// The staged `index.html`, which must hold the marker the app is rendered into.
fn read_template(dir: &Path) -> Result<String, String> {
    let index = dir.join("index.html");
    let template = std::fs::read_to_string(&index)
        .map_err(|e| format!("cannot read {}: {e}", index.display()))?;
    if !template.contains(MARKER) {
        return Err(format!(
            "{} has no {MARKER} to render into",
            index.display()
        ));
    }
    Ok(template)
}

/// The deployment address (`FACTSHEET_URL`, ending in `/`), when known: absolute addresses
/// for link previews.
fn site() -> Option<String> {
    std::env::var("FACTSHEET_URL")
        .ok()
        .map(|u| if u.ends_with('/') { u } else { format!("{u}/") })
}

/// The meta tags of the page `file` (showing `embed`, in `lang`): its title and
/// description, its link-preview image, and its addresses when the site's is known.
fn page_meta(
    (file, embed, lang): (&str, Option<Embed>, Lang),
    site: Option<&str>,
    previews: &[(Option<&str>, String, String)],
    names: &[(Embed, String)],
) -> Meta {
    // A chart's embed has its card's preview.
    let (image, alt) = previews
        .iter()
        .find(|(key, _, _)| *key == embed.map(|e| e.whole().key()))
        .map(|(_, file, alt)| (file.clone(), alt.clone()))
        .unwrap_or_else(|| (preview::file_name(None), String::new()));
    let title = dataset(lang).sheet.title;
    Meta {
        title: match embed.and_then(|e| name_of(names, e)) {
            Some(name) => format!("{name}: {title}"),
            None => title.to_string(),
        },
        description: dataset(lang).sheet.subtitle.to_string(),
        // Each language's preview images are drawn in it, beside its pages.
        image: match site {
            Some(s) => format!("{s}{}{image}", lang.path()),
            None => image,
        },
        image_alt: alt,
        url: site.map(|s| {
            let page = if embed.is_some() { file } else { "" };
            format!("{s}{}{page}", lang.path())
        }),
        locale: lang,
        alternates: embed.is_none(),
        oembed: site.map(|s| {
            format!(
                "{s}{}{}",
                lang.path(),
                oembed_file(embed.unwrap_or(Embed::All))
            )
        }),
    }
}

/// Each embed's oEmbed document in `lang` (`oembed-trade.json`, ...; the whole sheet's is
/// `oembed-all.json`), beside the language's pages: oEmbed needs absolute addresses, so only
/// when the deployment address (`FACTSHEET_URL`) is known.
fn write_oembed(
    out_dir: &Path,
    root: &str,
    (lang, names): (Lang, &[(Embed, String)]),
    previews: &[(Option<&str>, String, String)],
) -> Result<(), String> {
    for embed in Embed::ALL {
        let thumbnail = previews
            .iter()
            .find(|(key, _, _)| *key == Some(embed.whole().key()))
            .map_or_else(|| preview::file_name(None), |(_, file, _)| file.clone());
        let sheet = dataset(lang).sheet.title;
        let title = match name_of(names, embed) {
            Some(name) => format!("{name}: {sheet}"),
            None => sheet.to_string(),
        };
        let doc = oembed(&OEmbed {
            root,
            lang,
            embed,
            title: &title,
            provider: sheet,
            thumbnail: &thumbnail,
            thumbnail_size: (preview::WIDTH, preview::HEIGHT),
        });
        let path = out_dir.join(oembed_file(embed));
        std::fs::write(&path, doc).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    Ok(())
}

/// The figures as a data package (`core::package`), beside `data.toml`: in English, as
/// published, for every language's page.
fn write_package(dir: &Path, today: Date) -> Result<(), String> {
    let data = dataset(Lang::En);
    let computed = compute(data, today, Lang::En).map_err(|e| format!("the data: {e:?}"))?;
    for (file, text) in [
        ("figures.csv", package::figures_csv(data, &computed)),
        ("datapackage.json", package::datapackage_json(data, today)),
    ] {
        let path = dir.join(file);
        std::fs::write(&path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    Ok(())
}

/// The template for `lang`'s pages: `<html lang dir>`, the title and description in the
/// language, and (one directory down) every relative asset address one level up.
pub fn localise(template: &str, lang: Lang) -> String {
    let data = dataset(lang);
    let mut html = template.replacen(
        "<html lang=\"en\">",
        &format!("<html lang=\"{}\" dir=\"{}\">", lang.tag(), lang.dir()),
        1,
    );
    if let (Some(a), Some(b)) = (html.find("<title>"), html.find("</title>")) {
        let title = format!("<title>{}</title>", escape_attr(data.sheet.title));
        html.replace_range(a..b + "</title>".len(), &title);
    }
    if let Some(a) = html.find("name=\"description\"") {
        let start = html[..a].rfind("<meta").unwrap_or(a);
        if let Some(len) = html[start..].find("/>") {
            let tag = format!(
                "<meta name=\"description\" content=\"{}\" />",
                escape_attr(data.sheet.subtitle)
            );
            html.replace_range(start..start + len + 2, &tag);
        }
    }
    if lang.up().is_empty() {
        html
    } else {
        html.replace("=\"./", &format!("=\"{}", lang.up())).replace(
            "href=\"noscript.css\"",
            &format!("href=\"{}noscript.css\"", lang.up()),
        )
    }
}

/// Each embed's name in `lang` (but the whole sheet's): its card's short title, or for one
/// chart the chart's title as the sheet shows it by default.
fn embed_names(today: Date, lang: Lang) -> Result<Vec<(Embed, String)>, String> {
    let data = dataset(lang);
    let computed = compute(data, today, lang).map_err(|e| format!("the data: {e:?}"))?;
    let sheet = page(data, &computed, &Units::default(), today, lang);
    let chart_title = |id: &str| {
        sheet
            .cards
            .iter()
            .flat_map(|c| &c.charts)
            .find(|c| c.id == id)
            .map(|c| c.title.clone())
    };
    Embed::ALL
        .into_iter()
        .filter_map(|e| e.card().map(|card| (e, card)))
        .map(|(e, card)| match e.chart() {
            None => Ok((e, card_title(card, lang).to_string())),
            Some(id) => chart_title(id)
                .map(|t| (e, t))
                .ok_or_else(|| format!("the embed {} shows no chart {id}", e.key())),
        })
        .collect()
}

fn name_of(names: &[(Embed, String)], embed: Embed) -> Option<&str> {
    names
        .iter()
        .find(|(e, _)| *e == embed)
        .map(|(_, n)| n.as_str())
}

fn card_title(card: Card, lang: Lang) -> &'static str {
    let s = lang.strings();
    match card {
        Card::Trade => s.card_trade,
        Card::Cpec => s.short_cpec,
        Card::Karot => s.short_karot,
        Card::Timeline => s.card_timeline,
        Card::Relations => s.card_relations,
    }
}

/// The page with the rendered app in place of the marker.
pub fn fill(
    template: &str,
    body: &str,
    today: Date,
    (embed, lang): (Option<Embed>, Lang),
) -> String {
    let embed_attr = embed
        .map(|e| format!(r#" data-embed="{}""#, e.key()))
        .unwrap_or_default();
    // The loader shows `data-failure` if the app cannot start, in the page's language.
    let root = format!(
        r#"<div id="factsheet" data-rendered-on="{}" data-lang="{}" data-failure="{}"{embed_attr}>{body}</div>"#,
        iso_date(today),
        lang.key(),
        escape_attr(lang.strings().failure)
    );
    let mut html = template.replacen(MARKER, &root, 1);
    if let Some(e) = embed {
        // The embed pages are views of the sheet: search engines should index the sheet.
        let title = format!(
            "<title>{} (embed)</title>",
            escape_attr(dataset(lang).sheet.title)
        );
        if let (Some(a), Some(b)) = (html.find("<title>"), html.find("</title>")) {
            html.replace_range(a..b + "</title>".len(), &title);
        }
        html = html.replacen(
            "</head>",
            &format!(
                "<meta name=\"robots\" content=\"noindex\" />\n<link rel=\"canonical\" href=\"./\" />\n<meta name=\"factsheet-embed\" content=\"{}\" />\n</head>",
                e.key()
            ),
            1,
        );
    }
    html
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::TEMPLATE;

    #[test]
    fn embed_pages_say_which_card_and_are_not_indexed() {
        let d = Date {
            year: 2026,
            month: 11,
            day: 27,
        };
        let page = fill(TEMPLATE, "<p>x</p>", d, (Some(Embed::Cpec), Lang::Zh));
        assert!(
            page.contains(r#"<div id="factsheet" data-rendered-on="2026-11-27" data-lang="zh" "#)
        );
        assert!(page.contains(r#" data-embed="cpec"><p>x</p></div>"#));
        assert!(page.contains(r#"<meta name="robots" content="noindex" />"#));
        let index = fill(TEMPLATE, "<p>x</p>", d, (None, Lang::En));
        assert!(index.contains(r#"data-lang="en" data-failure="The interactive"#));
        assert!(!index.contains("data-embed"));
        assert!(!index.contains("noindex"));
    }

    #[test]
    fn pages_in_other_languages_say_so_and_find_their_assets() {
        let zh = localise(
            r#"<html lang="en"><head><title>T</title><link href="./style-abc.css"/><noscript><link rel="stylesheet" href="noscript.css" /></noscript></head></html>"#,
            Lang::Ur,
        );
        assert!(zh.starts_with(r#"<html lang="ur-PK" dir="rtl">"#), "{zh}");
        assert!(zh.contains(r#"href="../style-abc.css""#));
        assert!(zh.contains(r#"href="../noscript.css""#));
        assert!(!zh.contains("<title>T</title>"));
    }
}
