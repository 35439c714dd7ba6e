//! The stylesheet inlined into every page, and the Content-Security-Policy that allows exactly
//! that style by its hash. Linked, the stylesheet was a second round trip before first paint:
//! inlined, first contentful paint came 200 ms sooner on a throttled phone profile (748 → 548
//! ms, 7 interleaved runs, 2026-12-04). The file stays in `dist/` for `mount.js`, which gives
//! it to cards mounted in other sites' pages. The policy is written beside the pages for the
//! server: `csp.conf` (an nginx `add_header`, included by `deploy/nginx.conf`) and `csp.txt`
//! (the header's value, for any other host).

use std::path::Path;

/// The policy, with `{style}` for the inline style's hash. Trusted Types: every HTML string
/// the page writes must come from the app's one policy, `factsheet` (`browser::web::trusted`);
/// no other policy may be created, a `default` one included.
const POLICY: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' {style}; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types factsheet; frame-ancestors *";

/// Directives a `<meta>` policy cannot carry (CSP 3, "the meta element"): the browser ignores
/// them there, with a console warning.
const NOT_IN_META: [&str; 3] = ["frame-ancestors", "report-uri", "sandbox"];

/// The CSP source that allows a `<style>` element holding exactly `css`.
pub fn style_source(css: &str) -> String {
    use base64::Engine;
    use sha2::Digest;
    let digest = sha2::Sha256::digest(css.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// The page's policy.
pub fn policy(css: &str) -> String {
    POLICY.replace("{style}", &style_source(css))
}

/// The page's policy as its `<meta http-equiv>` carries it: all but what meta cannot carry.
pub fn meta_policy(css: &str) -> String {
    policy(css)
        .split("; ")
        .filter(|d| !NOT_IN_META.iter().any(|n| d.split(' ').next() == Some(*n)))
        .collect::<Vec<_>>()
        .join("; ")
}

/// `html` with the policy in a `<meta http-equiv="Content-Security-Policy">` right after its
/// `<meta charset>` (a meta policy governs only what follows it), so a host that cannot send
/// headers still applies it. Not where the page has an inline script: that is `trunk serve`'s
/// live-reload script (the pre-render moves the app's own loader to a file), which the policy
/// would block, and with it reloading in `make serve`; a release build has none.
pub fn with_meta(html: &str, css: &str) -> Result<String, String> {
    if html.contains("<script>") {
        return Ok(html.to_string());
    }
    let charset = html
        .find("<meta charset=")
        .ok_or("the page has no <meta charset> to put its policy after")?;
    let end = charset
        + html[charset..]
            .find('>')
            .ok_or("unterminated <meta charset>")?
        + 1;
    let meta = format!(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"{}\" />",
        cpec_factsheet::core::markup::escape_attr(&meta_policy(css))
    );
    Ok(format!("{}{meta}{}", &html[..end], &html[end..]))
}

/// `html` with its link to the stylesheet `file` (`./file` or, one directory down,
/// `../file`) replaced by a `<style>` element holding `css`.
pub fn inline(html: &str, file: &str, css: &str) -> Result<String, String> {
    if css.contains("</style") {
        return Err(format!("{file} contains \"</style\": it cannot be inlined"));
    }
    let at = ["./", "../"]
        .iter()
        .find_map(|dir| html.find(&format!("<link rel=\"stylesheet\" href=\"{dir}{file}\"")))
        .ok_or_else(|| format!("the page has no <link rel=\"stylesheet\"> to {file}"))?;
    let end = at
        + html[at..]
            .find('>')
            .ok_or("unterminated <link> to the stylesheet")?
        + 1;
    Ok(format!(
        "{}<style>{css}</style>{}",
        &html[..at],
        &html[end..]
    ))
}

/// Writes `csp.conf` and `csp.txt` into `dir`.
pub fn write(dir: &Path, css: &str) -> Result<(), String> {
    let policy = policy(css);
    let files = [
        (
            "csp.conf",
            format!(
                "# Written by the pre-render: the policy for these pages (their inline style's hash).\nadd_header Content-Security-Policy \"{policy}\" always;\n"
            ),
        ),
        ("csp.txt", format!("{policy}\n")),
    ];
    for (name, text) in files {
        std::fs::write(dir.join(name), text).map_err(|e| format!("cannot write {name}: {e}"))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hash_is_sha256_base64_of_the_style_text() {
        // sha256("abc"), FIPS 180-2 appendix B.1, in base64.
        assert_eq!(
            style_source("abc"),
            "'sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0='"
        );
        assert!(policy("abc").contains(
            "style-src 'self' 'sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0='; img-src"
        ));
    }

    #[test]
    fn pages_carry_the_policy_in_a_meta_element_without_frame_ancestors() {
        assert!(policy("p{}").ends_with(
            "base-uri 'none'; require-trusted-types-for 'script'; trusted-types factsheet; frame-ancestors *"
        ));
        let meta = meta_policy("p{}");
        assert_eq!(meta, policy("p{}").replace("; frame-ancestors *", ""));
        let page = r#"<html><head><meta charset="utf-8" /><title>T</title></head></html>"#;
        let out = with_meta(page, "p{}").unwrap();
        assert_eq!(
            out,
            format!(
                r#"<html><head><meta charset="utf-8" /><meta http-equiv="Content-Security-Policy" content="{meta}" /><title>T</title></head></html>"#
            )
        );
        // `trunk serve`'s live-reload script: no meta policy to block it.
        let served = page.replace("</head>", "</head><body><script>reload()</script>");
        assert_eq!(with_meta(&served, "p{}").unwrap(), served);
        assert!(with_meta("<head></head>", "p{}").is_err());
    }

    #[test]
    fn the_link_becomes_a_style_element_in_both_directories() {
        let en = r#"<head><link rel="stylesheet" href="./style-abc.css" integrity="sha384-A"/><noscript><link rel="stylesheet" href="noscript.css" /></noscript></head>"#;
        let out = inline(en, "style-abc.css", "p{color:red}").unwrap();
        assert_eq!(
            out,
            r#"<head><style>p{color:red}</style><noscript><link rel="stylesheet" href="noscript.css" /></noscript></head>"#
        );
        let zh = en.replace("./style", "../style");
        assert!(inline(&zh, "style-abc.css", "p{}")
            .unwrap()
            .starts_with("<head><style>p{}</style><noscript>"));
        assert!(inline(en, "style-abc.css", "</style><script>").is_err());
        assert!(inline("<head></head>", "style-abc.css", "p{}").is_err());
    }
}
