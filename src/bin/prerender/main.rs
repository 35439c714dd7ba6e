//! The pre-render step, run natively by trunk's post_build hook: renders the app with yew's
//! server renderer into the staged `index.html` and into one page per embed
//! (`embed-trade.html`, ...), in every language (English at the root, `zh/` and `ur/` below
//! it, each with `<html lang dir>`), so every page reads without JavaScript and the wasm only
//! hydrates it. It also replaces trunk's inline loader with `boot-<hash>.js` (a strict CSP
//! allows no inline script; the wasm is fetched with its integrity), writes `mount.js` (the
//! loader for mounting cards without an iframe), and renders the link-preview PNGs with their
//! Open Graph and Twitter tags.
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
mod languages;

#[cfg(not(target_arch = "wasm32"))]
mod shell {
    use cpec_factsheet::core::data::{dataset, Card, DATA};
    use cpec_factsheet::core::derive::compute;
    use cpec_factsheet::core::embed::page_file;
    use cpec_factsheet::core::format::iso_date;
    use cpec_factsheet::core::i18n::Lang;
    use cpec_factsheet::core::model::Date;
    use cpec_factsheet::core::preview;
    use cpec_factsheet::core::sheet::page;
    use cpec_factsheet::core::units::Units;
    use cpec_factsheet::core::url::Embed;
    use cpec_factsheet::view::{Host, Page, PageProps, Store};
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

    fn render(today: Date, embed: Option<Embed>, lang: Lang) -> String {
        futures::executor::block_on(
            yew::ServerRenderer::<Page>::with_props(move || PageProps {
                store: Store::new((today, lang), embed, Host::Page, false),
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
        let template = externalise_loader(&template, dir)?;
        let one_wasm_each = super::languages::wanted();
        let opt_params = super::languages::wasm_opt_params(include_str!("../../../index.html"))?;
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
        for lang in Lang::ALL {
            let template = if one_wasm_each {
                let assets = super::languages::build(lang, dir, &opt_params)?;
                for_language(&template, dir, &assets)?
            } else {
                template.clone()
            };
            let template = localise(&template, lang);
            let out_dir = dir.join(lang.path());
            std::fs::create_dir_all(&out_dir)
                .map_err(|e| format!("cannot create {}: {e}", out_dir.display()))?;
            for (file, embed) in &pages {
                let (file, embed) = (file.as_str(), *embed);
                let body = render(today, embed, lang);
                let (image, alt) = previews
                    .iter()
                    .find(|(key, _, _)| *key == embed.map(|e| e.key()))
                    .map(|(_, file, alt)| (file.clone(), alt.clone()))
                    .unwrap_or_else(|| (preview::file_name(None), String::new()));
                let title = dataset(lang).sheet.title;
                let meta = Meta {
                    title: match embed.and_then(|e| e.card()) {
                        Some(card) => format!("{}: {title}", card_title(card, lang)),
                        None => title.to_string(),
                    },
                    description: dataset(lang).sheet.subtitle.to_string(),
                    // The preview images are drawn in English (the build has Latin fonts only).
                    image: match &site {
                        Some(s) => format!("{s}{image}"),
                        None => format!("{}{image}", lang.up()),
                    },
                    image_alt: alt,
                    url: site.as_ref().map(|s| {
                        let page = if embed.is_some() { file } else { "" };
                        format!("{s}{}{page}", lang.path())
                    }),
                    locale: lang,
                    alternates: embed.is_none(),
                };
                let html = fill(&template, &body, today, (embed, lang)).replacen(
                    "</head>",
                    &format!("{}</head>", meta.tags()),
                    1,
                );
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
            let title = format!("<title>{}</title>", attr(data.sheet.title));
            html.replace_range(a..b + "</title>".len(), &title);
        }
        if let Some(a) = html.find("name=\"description\"") {
            let start = html[..a].rfind("<meta").unwrap_or(a);
            if let Some(len) = html[start..].find("/>") {
                let tag = format!(
                    "<meta name=\"description\" content=\"{}\" />",
                    attr(data.sheet.subtitle)
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

    /// Open Graph and Twitter card tags of one page.
    pub struct Meta {
        pub title: String,
        pub description: String,
        pub image: String,
        pub image_alt: String,
        pub url: Option<String>,
        pub locale: Lang,
        /// Link the page's versions in the other languages (`hreflang`).
        pub alternates: bool,
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
            tags.push(("property", "og:locale", self.locale.tag().replace('-', "_")));
            let mut out: String = tags
                .iter()
                .map(|(kind, key, value)| {
                    format!("<meta {kind}=\"{key}\" content=\"{}\" />\n", attr(value))
                })
                .collect();
            // Search engines (and Lighthouse) want absolute hreflang addresses: only when the
            // deployment address is known.
            if let (true, Some(url)) = (self.alternates, &self.url) {
                let root = url.strip_suffix(self.locale.path()).unwrap_or(url);
                for l in Lang::ALL {
                    let href = format!("{root}{}", l.path());
                    out.push_str(&format!(
                        "<link rel=\"alternate\" hreflang=\"{}\" href=\"{href}\" />\n",
                        l.tag()
                    ));
                }
            }
            out
        }
    }

    /// A rendered link preview: (embed key, or `None` for the sheet; file name; alt text).
    type Preview = (Option<&'static str>, String, String);

    /// Renders the link-preview PNGs (the sheet, and one per card) into `dir`.
    fn previews(dir: &Path, today: Date) -> Result<Vec<Preview>, String> {
        let computed = compute(DATA, today, Lang::En).map_err(|e| e.to_string())?;
        let sheet = page(DATA, &computed, &Units::default(), today, Lang::En);
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
            attr(lang.strings().failure)
        );
        let mut html = template.replacen(MARKER, &root, 1);
        if let Some(e) = embed {
            // The embed pages are views of the sheet: search engines should index the sheet.
            let title = format!("<title>{} (embed)</title>", attr(dataset(lang).sheet.title));
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

    /// `sha384-<base64>`: a subresource-integrity value.
    pub fn integrity(bytes: &[u8]) -> String {
        use base64::Engine;
        use sha2::Digest;
        let digest = sha2::Sha384::digest(bytes);
        format!(
            "sha384-{}",
            base64::engine::general_purpose::STANDARD.encode(digest)
        )
    }

    /// A short content hash for file names.
    pub fn short_hash(bytes: &[u8]) -> String {
        use sha2::Digest;
        sha2::Sha384::digest(bytes)
            .iter()
            .take(8)
            .map(|b| format!("{b:02x}"))
            .collect()
    }

    /// What the loaders do when the app cannot start: keep the page, say so politely.
    const FAILURE: &str = "The interactive features of this fact sheet could not load. Every figure, chart, table and source on the page is complete.";

    /// Fetches the wasm with its hash and compiles it while it streams in, so compiling
    /// overlaps the page's parsing and layout instead of following them. A host that serves
    /// the wasm without `application/wasm` gets the buffered compile (streaming refuses it).
    fn compile_wasm(url: &str, wasm_integrity: &str) -> String {
        include_str!("loaders/compile-wasm.js")
            .replace("__WASM_URL__", url)
            .replace("__WASM_INTEGRITY__", wasm_integrity)
    }

    /// Fills a loader's placeholders: the wasm compile, the glue module, the failure text.
    fn loader(source: &str, js: &str, compile: &str) -> String {
        source
            .replace("__COMPILE_WASM__\n", compile)
            .replace("__GLUE__", js)
            .replace("__FAILURE__", &format!("{FAILURE:?}"))
    }

    /// The page loader, as a file (`loaders/boot.js`): a strict Content-Security-Policy
    /// forbids trunk's inline script. It runs as soon as it arrives (`async`): it starts the
    /// wasm download and compile (checked against its hash) and the glue import (checked
    /// through its modulepreload integrity) at once, hydrates once the document is parsed,
    /// and on any failure shows the pre-rendered page as it reads without JavaScript, with a
    /// notice.
    pub fn boot_script(js: &str, wasm: &str, wasm_integrity: &str) -> String {
        let compile = compile_wasm(
            &format!("new URL('./{wasm}', import.meta.url)"),
            wasm_integrity,
        );
        loader(include_str!("loaders/boot.js"), js, &compile)
    }

    /// Replaces trunk's inline loader with `boot-<hash>.js` (with its integrity, `async`) and
    /// trunk's wasm preload with one the loader's fetch reuses, so the download starts while
    /// the head is parsed.
    pub fn externalise_loader(template: &str, dir: &Path) -> Result<String, String> {
        let js = asset(template, "cpec-factsheet-", ".js").ok_or("no app script in index.html")?;
        let template = &hint_eager_compile(template, dir, &js)?;
        let start = template
            .find("<script type=\"module\">")
            .ok_or("no inline loader script in index.html")?;
        let end = template[start..]
            .find("</script>")
            .map(|e| start + e + "</script>".len())
            .ok_or("unterminated loader script")?;
        let wasm = asset(template, "cpec-factsheet-", "_bg.wasm").ok_or("no wasm in index.html")?;
        let wasm_bytes =
            std::fs::read(dir.join(&wasm)).map_err(|e| format!("cannot read {wasm}: {e}"))?;
        let wasm_integrity = integrity(&wasm_bytes);
        let boot = boot_script(&js, &wasm, &wasm_integrity);
        let boot_file = format!("boot-{}.js", short_hash(boot.as_bytes()));
        std::fs::write(dir.join(&boot_file), &boot)
            .map_err(|e| format!("cannot write {boot_file}: {e}"))?;
        // The loader's fetch reuses this preload when mode and credentials match
        // (`crossorigin="anonymous"` is fetch()'s default) and checks the loader's hash
        // against it. The preload carries no hash: Chromium ignores one on `as="fetch"` and
        // warns in the console.
        let tags = format!(
            "<link rel=\"preload\" href=\"./{wasm}\" as=\"fetch\" type=\"application/wasm\" crossorigin=\"anonymous\">\
             <script type=\"module\" async src=\"./{boot_file}\" integrity=\"{}\" crossorigin=\"anonymous\"></script>",
            integrity(boot.as_bytes())
        );
        let html = remove_wasm_preload(&template[end..]);
        let mut out = String::with_capacity(template.len());
        out.push_str(&remove_wasm_preload(&template[..start]));
        out.push_str(&tags);
        out.push_str(&html);
        // A glue module is also mount.js's to import: keep its name findable.
        let mount = mount_loader(&js, &wasm, &wasm_integrity, template)?;
        std::fs::write(dir.join("mount.js"), mount).map_err(|e| format!("mount.js: {e}"))?;
        Ok(out)
    }

    /// The template for a language's pages: its own glue and wasm (`assets`), preloaded and
    /// loaded by a boot script of its own, each with its integrity.
    pub fn for_language(
        template: &str,
        dir: &Path,
        assets: &super::languages::Assets,
    ) -> Result<String, String> {
        let read = |file: &str| {
            std::fs::read(dir.join(file)).map_err(|e| format!("cannot read {file}: {e}"))
        };
        let old_js = asset(template, "cpec-factsheet-", ".js").ok_or("no app script")?;
        let old_wasm = asset(template, "cpec-factsheet-", "_bg.wasm").ok_or("no wasm preload")?;
        let old_boot = asset(template, "boot-", ".js").ok_or("no boot script")?;
        let glue = String::from_utf8(read(&assets.js)?).map_err(|e| e.to_string())?;
        let glue = format!("{EAGER_HINT}{glue}");
        std::fs::write(dir.join(&assets.js), &glue)
            .map_err(|e| format!("cannot write {}: {e}", assets.js))?;
        let boot = boot_script(&assets.js, &assets.wasm, &integrity(&read(&assets.wasm)?));
        let boot_file = format!("boot-{}.js", short_hash(boot.as_bytes()));
        std::fs::write(dir.join(&boot_file), &boot)
            .map_err(|e| format!("cannot write {boot_file}: {e}"))?;
        Ok(template
            .replace(&integrity(&read(&old_js)?), &integrity(glue.as_bytes()))
            .replace(&integrity(&read(&old_boot)?), &integrity(boot.as_bytes()))
            .replace(&old_js, &assets.js)
            .replace(&old_wasm, &assets.wasm)
            .replace(&old_boot, &boot_file))
    }

    const EAGER_HINT: &str = "//# allFunctionsCalledOnLoad\n";

    /// The glue module's functions are nearly all called (hydration, then the first switch):
    /// Chromium compiles them while the module loads when its first line says so, rather
    /// than one by one on first call (measured: the first unit switch 6-12 ms shorter at CPU
    /// 4× in two interleaved runs). Returns the template with the module's new integrity.
    pub fn hint_eager_compile(template: &str, dir: &Path, js: &str) -> Result<String, String> {
        const HINT: &str = EAGER_HINT;
        let path = dir.join(js);
        let glue = std::fs::read_to_string(&path).map_err(|e| format!("cannot read {js}: {e}"))?;
        if glue.starts_with(HINT) {
            return Ok(template.to_string());
        }
        let hinted = format!("{HINT}{glue}");
        std::fs::write(&path, &hinted).map_err(|e| format!("cannot write {js}: {e}"))?;
        Ok(template.replace(&integrity(glue.as_bytes()), &integrity(hinted.as_bytes())))
    }

    /// `mount.js` (`loaders/mount.js`): loads the app as a module from wherever the sheet is
    /// served and marks each `data-cpec-factsheet` element with the sheet's address and
    /// stylesheet.
    pub fn mount_loader(
        js: &str,
        wasm: &str,
        wasm_integrity: &str,
        template: &str,
    ) -> Result<String, String> {
        let css = asset(template, "style-", ".css").ok_or("no stylesheet in index.html")?;
        let compile = compile_wasm(&format!("new URL('./{wasm}', base)"), wasm_integrity);
        Ok(loader(include_str!("loaders/mount.js"), js, &compile).replace("__CSS__", &css))
    }

    /// Removes `<link rel="preload" ... as="fetch">` (the wasm preload).
    pub fn remove_wasm_preload(html: &str) -> String {
        let mut out = String::with_capacity(html.len());
        let mut rest = html;
        while let Some(start) = rest.find("<link") {
            let Some(len) = rest[start..].find('>') else {
                break;
            };
            let tag = &rest[start..start + len + 1];
            out.push_str(&rest[..start]);
            if !(tag.contains(r#"rel="preload""#) && tag.contains(r#"as="fetch""#)) {
                out.push_str(tag);
            }
            rest = &rest[start + len + 1..];
        }
        out.push_str(rest);
        out
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        const TEMPLATE: &str = r#"<html><head><title>T</title><link rel="stylesheet" href="./style-abc.css" integrity="sha384-A"/><script type="module">import init, * as bindings from './cpec-factsheet-123.js';
const wasm = await init({ module_or_path: './cpec-factsheet-123_bg.wasm' });</script><link rel="preload" href="./cpec-factsheet-123_bg.wasm" crossorigin="anonymous" integrity="sha384-B" as="fetch" type="application/wasm"></head><body><div id="factsheet"></div></body></html>"#;

        #[test]
        fn the_loader_moves_to_a_file_with_integrity() {
            let dir = std::env::temp_dir().join(format!("prerender-test-{}", std::process::id()));
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(dir.join("cpec-factsheet-123_bg.wasm"), b"\0asm").unwrap();
            std::fs::write(dir.join("cpec-factsheet-123.js"), "export default 1;\n").unwrap();
            let out = externalise_loader(TEMPLATE, &dir).unwrap();
            assert!(
                !out.contains("<script type=\"module\">"),
                "no inline script left"
            );
            let preload = r#"<link rel="preload" href="./cpec-factsheet-123_bg.wasm" as="fetch" type="application/wasm" crossorigin="anonymous">"#;
            assert_eq!(out.matches("rel=\"preload\"").count(), 1, "{out}");
            assert!(out.contains(preload), "one preload, without a hash");
            assert!(!out.contains("sha384-B"), "trunk's stale hash is gone");
            assert!(out.contains(r#"href="./style-abc.css" integrity="sha384-A""#));
            let (_, after) = out
                .split_once("<script type=\"module\" async src=\"./")
                .unwrap();
            let (file, _) = after.split_once('"').unwrap();
            assert!(file.starts_with("boot-") && file.ends_with(".js"), "{file}");
            let boot = std::fs::read(dir.join(file)).unwrap();
            assert!(out.contains(&format!("integrity=\"{}\"", integrity(&boot))));
            let boot = String::from_utf8(boot).unwrap();
            assert!(
                boot.contains(&integrity(b"\0asm")),
                "the wasm is fetched with its hash"
            );
            assert!(boot.contains("import('./cpec-factsheet-123.js')"));
            let mount = std::fs::read_to_string(dir.join("mount.js")).unwrap();
            assert!(mount.contains("new URL('./style-abc.css', base)"));
            assert!(mount.contains(&integrity(b"\0asm")));
            std::fs::remove_dir_all(&dir).unwrap();
        }

        #[test]
        fn the_glue_asks_to_be_compiled_eagerly_and_keeps_a_true_hash() {
            let dir = std::env::temp_dir().join(format!("prerender-hint-{}", std::process::id()));
            std::fs::create_dir_all(&dir).unwrap();
            let glue = "export default 1;\n";
            std::fs::write(dir.join("g.js"), glue).unwrap();
            let template = format!(
                r#"<link rel="modulepreload" href="./g.js" integrity="{}">"#,
                integrity(glue.as_bytes())
            );
            let out = hint_eager_compile(&template, &dir, "g.js").unwrap();
            let hinted = std::fs::read(dir.join("g.js")).unwrap();
            assert!(hinted.starts_with(b"//# allFunctionsCalledOnLoad\n"));
            assert!(
                hinted.ends_with(glue.as_bytes()),
                "the module itself is unchanged"
            );
            assert!(out.contains(&integrity(&hinted)), "{out}");
            assert!(!out.contains(&integrity(glue.as_bytes())), "no stale hash");
            // A second run (the hook running again on the same files) changes nothing.
            assert_eq!(hint_eager_compile(&out, &dir, "g.js").unwrap(), out);
            assert_eq!(std::fs::read(dir.join("g.js")).unwrap(), hinted);
            std::fs::remove_dir_all(&dir).unwrap();
        }

        #[test]
        fn integrity_is_sha384_base64() {
            // sha384("abc"), from FIPS 180-2 appendix D.1, in base64.
            assert_eq!(
                integrity(b"abc"),
                "sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn"
            );
        }

        #[test]
        fn embed_pages_say_which_card_and_are_not_indexed() {
            let d = Date {
                year: 2026,
                month: 11,
                day: 27,
            };
            let page = fill(TEMPLATE, "<p>x</p>", d, (Some(Embed::Cpec), Lang::Zh));
            assert!(page
                .contains(r#"<div id="factsheet" data-rendered-on="2026-11-27" data-lang="zh" "#));
            assert!(page.contains(r#" data-embed="cpec"><p>x</p></div>"#));
            assert!(page.contains(r#"<meta name="robots" content="noindex" />"#));
            let index = fill(TEMPLATE, "<p>x</p>", d, (None, Lang::En));
            assert!(index.contains(r#"data-lang="en" data-failure="The interactive"#));
            assert!(!index.contains("data-embed"));
            assert!(!index.contains("noindex"));
        }

        #[test]
        fn hreflang_alternates_are_absolute_or_absent() {
            let meta = |url: Option<&str>| Meta {
                title: "T".into(),
                description: "D".into(),
                image: "og-sheet.png".into(),
                image_alt: String::new(),
                url: url.map(String::from),
                locale: Lang::Zh,
                alternates: true,
            };
            let tags = meta(Some("https://example.org/cpec/zh/")).tags();
            for (tag, href) in [
                ("en", "https://example.org/cpec/"),
                ("zh-CN", "https://example.org/cpec/zh/"),
                ("ur-PK", "https://example.org/cpec/ur/"),
            ] {
                let link = format!(r#"<link rel="alternate" hreflang="{tag}" href="{href}" />"#);
                assert!(tags.contains(&link), "{link} in {tags}");
            }
            assert!(!meta(None).tags().contains("hreflang"));
        }

        #[test]
        fn a_language_gets_its_own_glue_wasm_and_boot_script_with_true_hashes() {
            let dir = std::env::temp_dir().join(format!("prerender-lang-{}", std::process::id()));
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(dir.join("cpec-factsheet-123_bg.wasm"), b"\0asm all").unwrap();
            std::fs::write(dir.join("cpec-factsheet-123.js"), "export default 1;\n").unwrap();
            // As trunk writes it: the glue preloaded with its hash.
            let template = TEMPLATE.replace(
                "</head>",
                &format!(
                    r#"<link rel="modulepreload" href="./cpec-factsheet-123.js" crossorigin="anonymous" integrity="{}"></head>"#,
                    integrity(b"export default 1;\n")
                ),
            );
            let all = externalise_loader(&template, &dir).unwrap();
            std::fs::write(dir.join("cpec-factsheet-zh-9_bg.wasm"), b"\0asm zh").unwrap();
            std::fs::write(dir.join("cpec-factsheet-zh-9.js"), "export default 2;\n").unwrap();
            let assets = crate::languages::Assets {
                js: "cpec-factsheet-zh-9.js".into(),
                wasm: "cpec-factsheet-zh-9_bg.wasm".into(),
            };
            let zh = for_language(&all, &dir, &assets).unwrap();
            assert!(
                !zh.contains("cpec-factsheet-123"),
                "nothing of the other wasm: {zh}"
            );
            assert!(zh.contains(r#"<link rel="preload" href="./cpec-factsheet-zh-9_bg.wasm""#));
            let glue = std::fs::read(dir.join("cpec-factsheet-zh-9.js")).unwrap();
            assert!(zh.contains(&format!(
                r#"href="./cpec-factsheet-zh-9.js" crossorigin="anonymous" integrity="{}""#,
                integrity(&glue)
            )));
            let boot = asset(&zh, "boot-", ".js").unwrap();
            let boot_bytes = std::fs::read(dir.join(&boot)).unwrap();
            assert!(zh.contains(&format!("integrity=\"{}\"", integrity(&boot_bytes))));
            let boot_text = String::from_utf8(boot_bytes).unwrap();
            assert!(boot_text.contains("import('./cpec-factsheet-zh-9.js')"));
            assert!(
                boot_text.contains(&integrity(b"\0asm zh")),
                "the wasm's own hash"
            );
            let glue = std::fs::read(dir.join("cpec-factsheet-zh-9.js")).unwrap();
            assert!(
                glue.starts_with(EAGER_HINT.as_bytes()),
                "the glue is compiled eagerly"
            );
            std::fs::remove_dir_all(&dir).unwrap();
        }

        #[test]
        fn the_language_wasms_are_optimised_with_the_flags_of_index_html() {
            let params =
                crate::languages::wasm_opt_params(include_str!("../../../index.html")).unwrap();
            assert!(
                params.contains(&"--enable-bulk-memory".to_string()),
                "{params:?}"
            );
            assert!(params.iter().all(|p| p.starts_with("--")), "{params:?}");
            assert!(crate::languages::wasm_opt_params("<link data-trunk rel=\"rust\">").is_err());
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
}
