//! The pre-render step, run natively by trunk's post_build hook: renders the app with yew's
//! server renderer into the staged `index.html`, so the page reads without JavaScript and the
//! wasm only hydrates it.
//!
//! Usage: `prerender [INDEX_HTML]` (default: `$TRUNK_STAGING_DIR/index.html`).

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use cpec_factsheet::core::format::iso_date;
    use cpec_factsheet::core::model::Date;
    use cpec_factsheet::view::{App, AppProps};
    use std::time::{SystemTime, UNIX_EPOCH};

    const MARKER: &str = r#"<div id="factsheet"></div>"#;

    let path = match std::env::args().nth(1) {
        Some(p) => std::path::PathBuf::from(p),
        None => match std::env::var("TRUNK_STAGING_DIR") {
            Ok(dir) => std::path::Path::new(&dir).join("index.html"),
            Err(_) => {
                eprintln!("prerender: give the index.html path, or run as a trunk hook");
                std::process::exit(2);
            }
        },
    };
    let html = match std::fs::read_to_string(&path) {
        Ok(h) => h,
        Err(e) => {
            eprintln!("prerender: cannot read {}: {e}", path.display());
            std::process::exit(1);
        }
    };
    if !html.contains(MARKER) {
        eprintln!(
            "prerender: {} has no {MARKER} to render into",
            path.display()
        );
        std::process::exit(1);
    }
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    let today = Date::from_unix_days(secs.div_euclid(86_400));
    let body = futures::executor::block_on(
        yew::ServerRenderer::<App>::with_props(move || AppProps { rendered_on: today }).render(),
    );
    let filled = format!(
        r#"<div id="factsheet" data-rendered-on="{}">{body}</div>"#,
        iso_date(today)
    );
    let out = strip_preload_integrity(&html.replacen(MARKER, &filled, 1));
    if let Err(e) = std::fs::write(&path, out) {
        eprintln!("prerender: cannot write {}: {e}", path.display());
        std::process::exit(1);
    }
    eprintln!(
        "prerender: wrote {} ({} bytes of page)",
        path.display(),
        body.len()
    );
}

/// Removes `integrity` from `<link rel="preload" ... as="fetch">` tags. Chromium ignores it
/// there and warns in the console on every load; the attribute protects nothing.
#[cfg_attr(target_arch = "wasm32", allow(dead_code))]
fn strip_preload_integrity(html: &str) -> String {
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

#[cfg_attr(target_arch = "wasm32", allow(dead_code))]
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

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(test)]
mod tests {
    use super::strip_preload_integrity;

    #[test]
    fn strips_integrity_from_fetch_preloads_only() {
        let html = r#"<link rel="stylesheet" href="a.css" integrity="sha384-A"/><link rel="preload" href="x.wasm" crossorigin="anonymous" integrity="sha384-B" as="fetch" type="application/wasm"></head>"#;
        assert_eq!(
            strip_preload_integrity(html),
            r#"<link rel="stylesheet" href="a.css" integrity="sha384-A"/><link rel="preload" href="x.wasm" crossorigin="anonymous" as="fetch" type="application/wasm"></head>"#
        );
    }
}
