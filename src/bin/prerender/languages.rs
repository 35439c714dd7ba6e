//! One wasm per language. Trunk builds one wasm, with all three languages: `mount.js` loads it
//! (a host page may mount cards in any language) and so does every page under `trunk serve`.
//! In a release build (`TRUNK_PROFILE=release`) this builds, for each language, a wasm that
//! holds only that language's strings and dataset (`--features lang-zh`), the way trunk builds
//! its own: cargo, then wasm-bindgen, then wasm-opt with the flags of `index.html`, and its
//! glue module minified (terser). Each is named by its hash; the language's pages load it with
//! its integrity.
//!
//! The builds use a target directory of their own (`<target>/lang`): sharing trunk's would
//! overwrite the wasm trunk reads with a one-language one.

use cpec_factsheet::core::i18n::Lang;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The glue module and the wasm a language's pages load, as file names in the staging dir.
pub struct Assets {
    pub js: String,
    pub wasm: String,
}

/// Whether this build makes one wasm per language: release builds, unless
/// `FACTSHEET_ONE_WASM=1` asks for the single all-language wasm (quicker to build).
pub fn wanted() -> bool {
    std::env::var("TRUNK_PROFILE").is_ok_and(|p| p == "release")
        && std::env::var("FACTSHEET_ONE_WASM").map_or(true, |v| v != "1")
}

/// The `data-wasm-opt-params` of the app's `<link data-trunk rel="rust">` in `index.html`.
pub fn wasm_opt_params(index_html: &str) -> Result<Vec<String>, String> {
    let at = index_html
        .find("data-wasm-opt-params=\"")
        .ok_or("index.html has no data-wasm-opt-params on its rust link")?;
    let rest = &index_html[at + "data-wasm-opt-params=\"".len()..];
    let end = rest.find('"').ok_or("unterminated data-wasm-opt-params")?;
    Ok(rest[..end].split_whitespace().map(String::from).collect())
}

fn run(what: &str, command: &mut Command) -> Result<(), String> {
    let status = command
        .status()
        .map_err(|e| format!("cannot run {what}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{what} failed ({status})"))
    }
}

fn target_dir(manifest_dir: &Path) -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .map(|d| {
            if d.is_relative() {
                manifest_dir.join(d)
            } else {
                d
            }
        })
        .unwrap_or_else(|| manifest_dir.join("target"))
        .join("lang")
}

/// Builds `lang`'s wasm and glue into `dir`, named by their hash.
/// Minifies wasm-bindgen's glue module with terser (`package.json`; `make setup` installs
/// it): 51 KB to 23 KB, 7.6 to 5.9 KB brotli (measured 2026-12-04). Exports keep their names.
fn minify(manifest_dir: &Path, from: &Path, to: &Path) -> Result<(), String> {
    let terser = manifest_dir.join("node_modules/.bin/terser");
    if !terser.exists() {
        return Err(format!(
            "{} is missing: run `make setup` (npm ci installs it)",
            terser.display()
        ));
    }
    run(
        "terser",
        Command::new(&terser)
            .arg(from)
            .args(["--module", "--compress", "passes=2", "--mangle", "--output"])
            .arg(to),
    )
}

pub fn build(lang: Lang, dir: &Path, opt_params: &[String]) -> Result<Assets, String> {
    let manifest_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let target = target_dir(manifest_dir);
    let feature = format!("lang-{}", lang.key());
    eprintln!("prerender: building the {} wasm ({feature})", lang.key());
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    run(
        "cargo build",
        Command::new(cargo)
            .current_dir(manifest_dir)
            .args([
                "build",
                "--quiet",
                "--release",
                "--target",
                "wasm32-unknown-unknown",
            ])
            .args(["--bin", "cpec-factsheet", "--features", &feature])
            .arg("--target-dir")
            .arg(&target),
    )?;
    let built = target.join("wasm32-unknown-unknown/release/cpec-factsheet.wasm");
    let out = target.join(format!("bindgen-{}", lang.key()));
    std::fs::create_dir_all(&out).map_err(|e| format!("{}: {e}", out.display()))?;
    let name = format!("cpec-factsheet-{}", lang.key());
    run(
        "wasm-bindgen",
        Command::new("wasm-bindgen")
            .args(["--target=web", "--no-typescript"])
            .arg(format!("--out-dir={}", out.display()))
            .arg(format!("--out-name={name}"))
            .arg(&built),
    )?;
    let bound = out.join(format!("{name}_bg.wasm"));
    let optimised = out.join(format!("{name}_opt.wasm"));
    run(
        "wasm-opt",
        Command::new("wasm-opt")
            .arg(format!("--output={}", optimised.display()))
            .arg("-Oz")
            .arg(&bound)
            .args(opt_params),
    )?;
    let wasm = std::fs::read(&optimised).map_err(|e| format!("{}: {e}", optimised.display()))?;
    let bound_js = out.join(format!("{name}.js"));
    let js_path = out.join(format!("{name}.min.js"));
    minify(manifest_dir, &bound_js, &js_path)?;
    let js = std::fs::read(&js_path).map_err(|e| format!("{}: {e}", js_path.display()))?;
    let hash = crate::hash::short_hash(&[wasm.as_slice(), js.as_slice()].concat());
    let assets = Assets {
        js: format!("{name}-{hash}.js"),
        wasm: format!("{name}-{hash}_bg.wasm"),
    };
    for (file, bytes) in [(&assets.js, &js), (&assets.wasm, &wasm)] {
        std::fs::write(dir.join(file), bytes).map_err(|e| format!("cannot write {file}: {e}"))?;
    }
    Ok(assets)
}
