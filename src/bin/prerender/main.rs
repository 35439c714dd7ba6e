//! The pre-render step, run natively by trunk's post_build hook: renders the app with yew's
//! server renderer into the staged `index.html` and into one page per embed
//! (`embed-trade.html`, ...), in every language (English at the root, `zh/` and `ur/` below
//! it, each with `<html lang dir>`), so every page reads without JavaScript and the wasm only
//! hydrates it. It also replaces trunk's inline loader with `boot-<hash>.js` (a strict CSP
//! allows no inline script; the wasm is fetched with its integrity), writes `mount.js` (the
//! loader for mounting cards without an iframe), and renders the link-preview PNGs with their
//! Open Graph and Twitter tags.
//!
//! By job: `pages` (the rendered pages), `meta` (their meta tags), `previews` (the
//! link-preview images), `loader` (the JavaScript loaders, from `loaders/`), `languages`
//! (one wasm per language) and `hash` (their integrity values and hashed names).
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
    if let Err(e) = pages::run(&dir) {
        eprintln!("prerender: {e}");
        std::process::exit(1);
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}

/// The page trunk writes, as the pre-render's tests give it.
#[cfg(test)]
pub const TEMPLATE: &str = r#"<html><head><title>T</title><link rel="stylesheet" href="./style-abc.css" integrity="sha384-A"/><script type="module">import init, * as bindings from './cpec-factsheet-123.js';
const wasm = await init({ module_or_path: './cpec-factsheet-123_bg.wasm' });</script><link rel="preload" href="./cpec-factsheet-123_bg.wasm" crossorigin="anonymous" integrity="sha384-B" as="fetch" type="application/wasm"></head><body><div id="factsheet"></div></body></html>"#;

#[cfg(not(target_arch = "wasm32"))]
mod csp;
#[cfg(not(target_arch = "wasm32"))]
mod hash;
#[cfg(not(target_arch = "wasm32"))]
mod languages;

#[cfg(not(target_arch = "wasm32"))]
mod loader;
#[cfg(not(target_arch = "wasm32"))]
mod meta;
#[cfg(not(target_arch = "wasm32"))]
mod pages;
#[cfg(not(target_arch = "wasm32"))]
mod previews;
