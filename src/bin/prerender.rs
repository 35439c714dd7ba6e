//! The pre-render step, run natively by trunk's post_build hook: renders the app with yew's
//! server renderer into the staged `index.html` and into one page per embed
//! (`embed-trade.html`, ...), so every page reads without JavaScript and the wasm only
//! hydrates it; writes `mount.js`, the loader for mounting cards without an iframe.
//!
//! Usage: `prerender [STAGING_DIR]` (default: `$TRUNK_STAGING_DIR`).

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use std::path::PathBuf;

    let dir = match std::env::args()
        .nth(1)
        .or_else(|| std::env::var("TRUNK_STAGING_DIR").ok())
    {
        Some(d) => PathBuf::from(d),
        None => {
            eprintln!("prerender: give the staging directory, or run as a trunk hook");
            std::process::exit(2);
        }
    };
    if let Err(e) = shell::run(&dir) {
        eprintln!("prerender: {e}");
        std::process::exit(1);
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod shell {
    use cpec_factsheet::core::data::DATA;
    use cpec_factsheet::core::derive::compute;
    use cpec_factsheet::core::embed::page_file;
    use cpec_factsheet::core::format::iso_date;
    use cpec_factsheet::core::model::Date;
    use cpec_factsheet::core::preview;
    use cpec_factsheet::core::sheet::page;
    use cpec_factsheet::core::units::Units;
    use cpec_factsheet::core::url::Embed;
    use cpec_factsheet::view::{App, AppProps, Host};
    use std::path::Path;
    use std::time::{SystemTime, UNIX_EPOCH};

    pub const MARKER: &str = r#"<div id="factsheet"></div>"#;

    fn today() -> Date {
        let secs = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_secs() as i64)
            .unwrap_or(0);
        Date::from_unix_days(secs.div_euclid(86_400))
    }

    fn render(today: Date, embed: Option<Embed>) -> String {
        futures::executor::block_on(
            yew::ServerRenderer::<App>::with_props(move || AppProps {
                rendered_on: today,
                embed,
                host: Host::Page,
            })
            .render(),
        )
    }

    pub fn run(dir: &Path) -> Result<(), String> {
        let index = dir.join("index.html");
        let template = std::fs::read_to_string(&index)
            .map_err(|e| format!("cannot read {}: {e}", index.display()))?;
        if !template.contains(MARKER) {
            return Err(format!(
                "{} has no {MARKER} to render into",
                index.display()
            ));
        }
        let template = strip_preload_integrity(&template);
        let today = today();
        let mut pages = vec![("index.html".to_string(), None)];
        pages.extend(Embed::ALL.into_iter().map(|e| (page_file(e), Some(e))));
        // Absolute addresses for link previews when the deployment address is known.
        let site = std::env::var("FACTSHEET_URL").ok().map(|u| {
            if u.ends_with('/') {
                u
            } else {
                format!("{u}/")
            }
        });
        let previews = previews(dir, today)?;
        for (file, embed) in pages {
            let body = render(today, embed);
            let (image, alt) = previews
                .iter()
                .find(|(key, _, _)| *key == embed.map(|e| e.key()))
                .map(|(_, file, alt)| (file.clone(), alt.clone()))
                .unwrap_or_else(|| (preview::file_name(None), String::new()));
            let meta = Meta {
                title: match embed.and_then(|e| e.card()) {
                    Some(card) => format!("{}: {}", card_title(card), DATA.sheet.title),
                    None => DATA.sheet.title.to_string(),
                },
                description: DATA.sheet.subtitle.to_string(),
                image: format!("{}{image}", site.clone().unwrap_or_default()),
                image_alt: alt,
                url: site.as_ref().map(|s| {
                    if embed.is_some() {
                        format!("{s}{file}")
                    } else {
                        s.clone()
                    }
                }),
            };
            let html = fill(&template, &body, today, embed).replacen(
                "</head>",
                &format!("{}</head>", meta.tags()),
                1,
            );
            let path = dir.join(&file);
            std::fs::write(&path, html)
                .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
            eprintln!("prerender: wrote {file} ({} bytes of page)", body.len());
        }
        let loader = mount_loader(&template)?;
        std::fs::write(dir.join("mount.js"), loader).map_err(|e| format!("mount.js: {e}"))?;
        Ok(())
    }

    fn card_title(card: cpec_factsheet::core::data::Card) -> &'static str {
        use cpec_factsheet::core::data::Card;
        match card {
            Card::Trade => "Bilateral trade",
            Card::Cpec => "CPEC output",
            Card::Karot => "Karot hydropower",
            Card::Timeline => "Timeline of relations",
            Card::Relations => "Diplomatic relations",
        }
    }

    /// Open Graph and Twitter card tags of one page.
    pub struct Meta {
        pub title: String,
        pub description: String,
        pub image: String,
        pub image_alt: String,
        pub url: Option<String>,
    }

    fn attr(text: &str) -> String {
        text.replace('&', "&amp;")
            .replace('"', "&quot;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    }

    impl Meta {
        pub fn tags(&self) -> String {
            let mut tags = vec![
                ("property", "og:type", "website".to_string()),
                ("property", "og:title", self.title.clone()),
                ("property", "og:description", self.description.clone()),
                ("property", "og:image", self.image.clone()),
                ("property", "og:image:type", "image/png".into()),
                ("property", "og:image:width", preview::WIDTH.to_string()),
                ("property", "og:image:height", preview::HEIGHT.to_string()),
                ("property", "og:image:alt", self.image_alt.clone()),
                ("name", "twitter:card", "summary_large_image".into()),
                ("name", "twitter:title", self.title.clone()),
                ("name", "twitter:description", self.description.clone()),
                ("name", "twitter:image", self.image.clone()),
                ("name", "twitter:image:alt", self.image_alt.clone()),
            ];
            if let Some(url) = &self.url {
                tags.push(("property", "og:url", url.clone()));
            }
            tags.iter()
                .map(|(kind, key, value)| {
                    format!("<meta {kind}=\"{key}\" content=\"{}\" />\n", attr(value))
                })
                .collect()
        }
    }

    /// A rendered link preview: (embed key, or `None` for the sheet; file name; alt text).
    type Preview = (Option<&'static str>, String, String);

    /// Renders the link-preview PNGs (the sheet, and one per card) into `dir`.
    fn previews(dir: &Path, today: Date) -> Result<Vec<Preview>, String> {
        let computed = compute(&DATA, today).map_err(|e| e.to_string())?;
        let sheet = page(&DATA, &computed, &Units::default(), today);
        let mut options = resvg::usvg::Options::default();
        {
            let fonts = options.fontdb_mut();
            fonts.load_system_fonts();
            fonts.set_sans_serif_family("DejaVu Sans");
        }
        let mut made = Vec::new();
        let key_list: Vec<String> = sheet
            .key_figures
            .iter()
            .map(|k| format!("{} ({})", k.value, k.label))
            .collect();
        let mut jobs = vec![(
            None,
            preview::sheet_svg(&sheet),
            format!("{}: {}", sheet.title, key_list.join("; ")),
        )];
        for card in &sheet.cards {
            let embed = Embed::ALL
                .into_iter()
                .find(|e| e.card() == Some(card.card))
                .map(|e| e.key());
            let alt = card
                .charts
                .first()
                .map(|c| format!("{}. {}", card.title, c.summary))
                .unwrap_or_else(|| card.title.to_string());
            jobs.push((embed, preview::card_svg(&sheet, card), alt));
        }
        jobs.push((Some("all"), preview::sheet_svg(&sheet), jobs[0].2.clone()));
        for (key, svg, alt) in jobs {
            let file = preview::file_name(key);
            let tree =
                resvg::usvg::Tree::from_str(&svg, &options).map_err(|e| format!("{file}: {e}"))?;
            let mut pixmap = resvg::tiny_skia::Pixmap::new(preview::WIDTH, preview::HEIGHT)
                .ok_or("cannot allocate the preview image")?;
            resvg::render(
                &tree,
                resvg::tiny_skia::Transform::default(),
                &mut pixmap.as_mut(),
            );
            let png = pixmap.encode_png().map_err(|e| format!("{file}: {e}"))?;
            std::fs::write(dir.join(&file), png).map_err(|e| format!("{file}: {e}"))?;
            made.push((key, file, alt));
        }
        Ok(made)
    }

    /// The page with the rendered app in place of the marker.
    pub fn fill(template: &str, body: &str, today: Date, embed: Option<Embed>) -> String {
        let embed_attr = embed
            .map(|e| format!(r#" data-embed="{}""#, e.key()))
            .unwrap_or_default();
        let root = format!(
            r#"<div id="factsheet" data-rendered-on="{}"{embed_attr}>{body}</div>"#,
            iso_date(today)
        );
        let mut html = template.replacen(MARKER, &root, 1);
        if let Some(e) = embed {
            // The embed pages are views of the sheet: search engines should index the sheet.
            let title = format!("<title>{} (embed)</title>", DATA.sheet.title);
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

    /// The first quoted `./NAME` starting with `prefix` and ending with `suffix`.
    fn asset(template: &str, prefix: &str, suffix: &str) -> Option<String> {
        template
            .match_indices(&format!("./{prefix}"))
            .filter_map(|(at, _)| {
                let rest = &template[at + 2..];
                let end = rest.find(['\'', '"'])?;
                let name = &rest[..end];
                (name.ends_with(suffix)
                    && name
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c)))
                .then(|| name.to_string())
            })
            .next()
    }

    /// `mount.js`: loads the app as a module from wherever the sheet is served and marks each
    /// `data-cpec-factsheet` element with the sheet's address and stylesheet.
    pub fn mount_loader(template: &str) -> Result<String, String> {
        let js = asset(template, "cpec-factsheet-", ".js").ok_or("no app script in index.html")?;
        let wasm = asset(template, "cpec-factsheet-", "_bg.wasm").ok_or("no wasm in index.html")?;
        let css = asset(template, "style-", ".css").ok_or("no stylesheet in index.html")?;
        Ok(format!(
            "// Mounts China–Pakistan fact-sheet cards into <div data-cpec-factsheet=\"trade\"> elements\n\
             // (trade, cpec, karot, timeline or all), each in a shadow root. Generated at build time.\n\
             import init from './{js}';\n\
             const base = new URL('./', import.meta.url).href;\n\
             for (const el of document.querySelectorAll('[data-cpec-factsheet]')) {{\n\
             \x20 el.setAttribute('data-cpec-base', base);\n\
             \x20 el.setAttribute('data-cpec-css', new URL('./{css}', base).href);\n\
             }}\n\
             await init({{ module_or_path: new URL('./{wasm}', base) }});\n"
        ))
    }

    /// Removes `integrity` from `<link rel="preload" ... as="fetch">` tags. Chromium ignores it
    /// there and warns in the console on every load; the attribute protects nothing.
    pub fn strip_preload_integrity(html: &str) -> String {
        let mut out = String::with_capacity(html.len());
        let mut rest = html;
        while let Some(start) = rest.find("<link") {
            let Some(len) = rest[start..].find('>') else {
                break;
            };
            let tag = &rest[start..start + len + 1];
            out.push_str(&rest[..start]);
            if tag.contains(r#"rel="preload""#) && tag.contains(r#"as="fetch""#) {
                out.push_str(&remove_attribute(tag, "integrity"));
            } else {
                out.push_str(tag);
            }
            rest = &rest[start + len + 1..];
        }
        out.push_str(rest);
        out
    }

    fn remove_attribute(tag: &str, name: &str) -> String {
        let needle = format!(r#" {name}=""#);
        match tag.find(&needle) {
            Some(at) => {
                let value_start = at + needle.len();
                match tag[value_start..].find('"') {
                    Some(end) => format!("{}{}", &tag[..at], &tag[value_start + end + 1..]),
                    None => tag.to_string(),
                }
            }
            None => tag.to_string(),
        }
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        const TEMPLATE: &str = r#"<html><head><title>T</title><link rel="stylesheet" href="./style-abc.css" integrity="sha384-A"/><script type="module">import init, * as bindings from './cpec-factsheet-123.js';
const wasm = await init({ module_or_path: './cpec-factsheet-123_bg.wasm' });</script><link rel="preload" href="./cpec-factsheet-123_bg.wasm" crossorigin="anonymous" integrity="sha384-B" as="fetch" type="application/wasm"></head><body><div id="factsheet"></div></body></html>"#;

        #[test]
        fn strips_integrity_from_fetch_preloads_only() {
            let out = strip_preload_integrity(TEMPLATE);
            assert!(out.contains(r#"href="./style-abc.css" integrity="sha384-A""#));
            assert!(out.contains(r#"<link rel="preload" href="./cpec-factsheet-123_bg.wasm" crossorigin="anonymous" as="fetch" type="application/wasm">"#));
        }

        #[test]
        fn embed_pages_say_which_card_and_are_not_indexed() {
            let d = Date {
                year: 2026,
                month: 11,
                day: 27,
            };
            let page = fill(TEMPLATE, "<p>x</p>", d, Some(Embed::Cpec));
            assert!(page.contains(
                r#"<div id="factsheet" data-rendered-on="2026-11-27" data-embed="cpec"><p>x</p></div>"#
            ));
            assert!(page.contains(r#"<meta name="robots" content="noindex" />"#));
            let index = fill(TEMPLATE, "<p>x</p>", d, None);
            assert!(index
                .contains(r#"<div id="factsheet" data-rendered-on="2026-11-27"><p>x</p></div>"#));
            assert!(!index.contains("noindex"));
        }

        #[test]
        fn the_mount_loader_names_the_hashed_files() {
            let js = mount_loader(TEMPLATE).unwrap();
            assert!(js.contains("import init from './cpec-factsheet-123.js';"));
            assert!(js.contains("new URL('./style-abc.css', base)"));
            assert!(js.contains("new URL('./cpec-factsheet-123_bg.wasm', base)"));
            assert!(mount_loader("<html></html>").is_err());
        }
    }
}
