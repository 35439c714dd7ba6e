//! Trusted Types: the page's one policy, `factsheet`, the only way HTML text reaches the DOM.
//! Pages that require Trusted Types for scripts (ours, and hosts of `mount.js` that list
//! `trusted-types factsheet`) refuse a plain string in `innerHTML`; this module turns a
//! [`SafeHtml`] (escaped by the core, which alone can make one) into a `TrustedHTML` through
//! the policy and writes it into an inert `<template>`, whose nodes the view then places.
//! The policy itself passes its input through unchanged (`String`): what vouches for the HTML
//! is the type, and the policy object never leaves this module, so nothing else can use it.
//! No `default` policy: it would let every string through, ours or anyone's.

use crate::core::markup::SafeHtml;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen]
extern "C" {
    /// A `TrustedTypePolicy`.
    type Policy;

    /// `trustedTypes.createPolicy(name, rules)`: throws where the browser has no Trusted
    /// Types (`trustedTypes` undefined) or the page's policy does not allow the name.
    #[wasm_bindgen(catch, js_namespace = trustedTypes, js_name = createPolicy)]
    fn create_policy(name: &str, rules: &js_sys::Object) -> Result<Policy, JsValue>;

    #[wasm_bindgen(method, js_name = createHTML)]
    fn create_html(this: &Policy, input: &str) -> JsValue;

    /// The global `String`: the policy's rule, the identity on strings, needing no closure
    /// (a Rust one would copy every string into the wasm and back).
    #[wasm_bindgen(thread_local_v2, js_name = String)]
    static IDENTITY: JsValue;

    /// A `<template>` element: its content is inert (nothing in it loads or runs).
    type Template;

    /// `template.innerHTML = value`, for a `TrustedHTML` (web-sys only takes a string).
    #[wasm_bindgen(catch, method, setter = innerHTML)]
    fn set_inner_html(this: &Template, value: &JsValue) -> Result<(), JsValue>;

    /// Its content fragment (typed as a node: it is one, and this needs no further web-sys
    /// feature).
    #[wasm_bindgen(method, getter)]
    fn content(this: &Template) -> web_sys::Node;
}

/// The policy's name, as a page or host lists it in `trusted-types`.
pub const POLICY: &str = "factsheet";

thread_local! {
    /// Created once, on first use. `None` where the browser has no Trusted Types (a plain
    /// string is then what `innerHTML` takes) or the page's policy refused the name (said
    /// once in the console; HTML writes then fail and are reported).
    static FACTSHEET: Option<Policy> = {
        let rules = js_sys::Object::new();
        IDENTITY.with(|f| js_sys::Reflect::set(&rules, &JsValue::from_str("createHTML"), f))
            .ok()
            .and_then(|_| create_policy(POLICY, &rules).ok())
    };
}

/// `html` as the value `innerHTML` takes on this page: a `TrustedHTML` from the policy, or
/// the string itself where there is no Trusted Types.
fn trusted(html: &SafeHtml) -> JsValue {
    FACTSHEET.with(|p| match p {
        Some(policy) => policy.create_html(html),
        None => JsValue::from_str(html),
    })
}

/// The nodes of `html`, parsed in an inert `<template>` (nothing in it loads or runs) and not
/// yet on the page. Empty if the page refuses the HTML (a host page whose policy lacks
/// `trusted-types factsheet`), which is reported in the console.
pub fn html_nodes(html: &SafeHtml) -> Vec<web_sys::Node> {
    let Some(template) = super::document().and_then(|d| d.create_element("template").ok()) else {
        return Vec::new();
    };
    let template: Template = template.unchecked_into();
    if let Err(e) = template.set_inner_html(&trusted(html)) {
        gloo::console::error!(
            "factsheet: HTML refused; a page that requires Trusted Types must allow `trusted-types factsheet`",
            e
        );
        return Vec::new();
    }
    let content = template.content();
    std::iter::successors(content.first_child(), web_sys::Node::next_sibling).collect()
}
