//! The loaders: trunk's inline loader becomes `boot-<hash>.js` (a strict CSP allows no inline
//! script; the wasm is fetched with its integrity), `mount.js` mounts cards without an iframe,
//! and each language's pages get their own glue, wasm and boot script. The JavaScript is in
//! `loaders/`, filled in here.

use crate::hash::{integrity, short_hash};
use std::path::Path;

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

/// The stylesheet's file name in the template ("style-<hash>.css").
pub fn stylesheet(template: &str) -> Option<String> {
    asset(template, "style-", ".css")
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
    assets: &crate::languages::Assets,
) -> Result<String, String> {
    let read =
        |file: &str| std::fs::read(dir.join(file)).map_err(|e| format!("cannot read {file}: {e}"));
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

    use crate::TEMPLATE;
    use std::path::PathBuf;

    /// A staging folder as trunk leaves it: the wasm (`wasm`) and its glue.
    fn staged(name: &str, wasm: &[u8]) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("{name}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("cpec-factsheet-123_bg.wasm"), wasm).unwrap();
        std::fs::write(dir.join("cpec-factsheet-123.js"), "export default 1;\n").unwrap();
        dir
    }

    #[test]
    fn the_loader_moves_to_a_file_with_integrity() {
        let dir = staged("prerender-test", b"\0asm");
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
    fn a_language_gets_its_own_glue_wasm_and_boot_script_with_true_hashes() {
        let dir = staged("prerender-lang", b"\0asm all");
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
}
