//! Form rendering helpers: labelled fields with errors next to them, kept values.

use std::collections::BTreeMap;

use axum::http::StatusCode;
use axum::http::header::LOCATION;
use axum::response::{IntoResponse, Response};
use maud::{Markup, html};

use crate::Ctx;

/// Field errors by field name, already translated.
#[derive(Debug, Default, Clone)]
pub struct FieldErrors(pub BTreeMap<&'static str, String>);

impl FieldErrors {
    /// Adds an error for `field`.
    pub fn add(&mut self, field: &'static str, message: String) {
        self.0.entry(field).or_insert(message);
    }

    /// No errors.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The error of `field`.
    pub fn get(&self, field: &str) -> Option<&String> {
        self.0.get(field)
    }
}

/// Options of an input field.
pub struct Field<'a> {
    /// Input name.
    pub name: &'static str,
    /// Visible label.
    pub label: String,
    /// Input type.
    pub kind: &'a str,
    /// Current value (kept after a failed submit; never for passwords).
    pub value: &'a str,
    /// `autocomplete` token.
    pub autocomplete: &'a str,
    /// Required.
    pub required: bool,
    /// Help text under the label.
    pub hint: Option<String>,
}

/// A labelled input with its hint and error (`aria-describedby`, `aria-invalid`).
pub fn field(f: Field<'_>, errors: &FieldErrors) -> Markup {
    let id = format!("f-{}", f.name);
    let err = errors.get(f.name);
    let hint_id = format!("{id}-hint");
    let err_id = format!("{id}-error");
    let mut described = Vec::new();
    if f.hint.is_some() {
        described.push(hint_id.clone());
    }
    if err.is_some() {
        described.push(err_id.clone());
    }
    let described = described.join(" ");
    html! {
        div class={ "field" @if err.is_some() { " field-error" } } {
            label for=(id) { (f.label) @if f.required { " " span class="req" aria-hidden="true" { "*" } } }
            @if let Some(h) = &f.hint { p class="hint" id=(hint_id) { (h) } }
            @if let Some(e) = err { p class="error" id=(err_id) { (e) } }
            input id=(id) name=(f.name) type=(f.kind) value=(f.value)
                autocomplete=(f.autocomplete)
                required[f.required]
                aria-invalid=[err.map(|_| "true")]
                aria-describedby=[(!described.is_empty()).then_some(described.as_str())];
        }
    }
}

/// A labelled `<select>` with its hint and error.
pub fn select(
    name: &'static str,
    label: String,
    options: &[(String, String)],
    selected: &str,
    hint: Option<String>,
    errors: &FieldErrors,
) -> Markup {
    let id = format!("f-{name}");
    let err = errors.get(name);
    let mut described = Vec::new();
    if hint.is_some() {
        described.push(format!("{id}-hint"));
    }
    if err.is_some() {
        described.push(format!("{id}-error"));
    }
    let described = described.join(" ");
    html! {
        div class={ "field" @if err.is_some() { " field-error" } } {
            label for=(id) { (label) }
            @if let Some(h) = &hint { p class="hint" id={ (id) "-hint" } { (h) } }
            @if let Some(e) = err { p class="error" id={ (id) "-error" } { (e) } }
            select id=(id) name=(name) aria-invalid=[err.map(|_| "true")]
                aria-describedby=[(!described.is_empty()).then_some(described.as_str())] {
                @for (v, t) in options { option value=(v) selected[v == selected] { (t) } }
            }
        }
    }
}

/// A labelled `<textarea>` (four rows) with its hint and error.
pub fn textarea(
    name: &'static str,
    label: String,
    value: &str,
    hint: Option<String>,
    errors: &FieldErrors,
) -> Markup {
    let id = format!("f-{name}");
    let err = errors.get(name);
    html! {
        div class={ "field" @if err.is_some() { " field-error" } } {
            label for=(id) { (label) }
            @if let Some(h) = &hint { p class="hint" id={ (id) "-hint" } { (h) } }
            @if let Some(e) = err { p class="error" id={ (id) "-error" } { (e) } }
            textarea id=(id) name=(name) rows="4" aria-invalid=[err.map(|_| "true")]
                aria-describedby=[hint.as_ref().map(|_| format!("{id}-hint"))] { (value) }
        }
    }
}

/// A single checkbox sending `yes` when checked.
pub fn checkbox(name: &'static str, label: String, checked: bool) -> Markup {
    html! {
        div class="field checkbox" {
            input type="checkbox" id={ "f-" (name) } name=(name) value="yes" checked[checked];
            label for={ "f-" (name) } { (label) }
        }
    }
}

/// A 303 redirect (after a successful POST).
pub fn see_other(to: impl Into<String>) -> Response {
    (StatusCode::SEE_OTHER, [(LOCATION, to.into())]).into_response()
}

/// A page answered with 422 (a form with errors).
pub fn unprocessable(m: Markup) -> Response {
    let mut r = m.into_response();
    *r.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    r
}

/// The form body as name–value pairs (a name may repeat).
pub fn pairs(body: &[u8]) -> Result<Vec<(String, String)>, crate::error::AppError> {
    serde_urlencoded::from_bytes(body)
        .map_err(|e| crate::error::AppError::BadRequest(e.to_string()))
}

/// The first value of `k` in form pairs, trimmed (empty when missing).
pub fn get<'a>(p: &'a [(String, String)], k: &str) -> &'a str {
    p.iter()
        .find(|(x, _)| x == k)
        .map(|(_, v)| v.trim())
        .unwrap_or("")
}

/// The hidden CSRF field every form carries.
pub fn csrf(ctx: &Ctx) -> Markup {
    html! { input type="hidden" name="csrf" value=(ctx.csrf); }
}

/// A summary of all errors at the top of a form (focus target for screen readers).
pub fn error_summary(ctx: &Ctx, errors: &FieldErrors) -> Markup {
    html! {
        @if !errors.is_empty() {
            div class="error-summary" role="alert" tabindex="-1" id="error-summary" {
                h2 { (ctx.t("form-errors-title")) }
                ul { @for (field, msg) in &errors.0 { li { a href={ "#f-" (field) } { (msg) } } } }
            }
        }
    }
}

/// Percent-encodes a string for use in a query parameter.
pub fn urlencode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// A `next` target that stays on this site. The target is parsed the way a browser
/// parses it (WHATWG URL rules: tabs and line breaks removed, backslashes as slashes,
/// `//host` as another host) against a placeholder origin; only a result on that
/// origin is accepted, and then only its path, query and fragment are kept.
pub fn safe_next(next: Option<&str>) -> String {
    const BASE: &str = "https://quartier.invalid/";
    let Some(n) = next.filter(|n| n.starts_with('/')) else {
        return "/".to_string();
    };
    let Ok(base) = url::Url::parse(BASE) else {
        return "/".to_string();
    };
    match base.join(n) {
        Ok(u) if u.origin() == base.origin() && u.username().is_empty() => {
            let mut out = u.path().to_string();
            if let Some(q) = u.query() {
                out.push('?');
                out.push_str(q);
            }
            if let Some(f) = u.fragment() {
                out.push('#');
                out.push_str(f);
            }
            out
        }
        _ => "/".to_string(),
    }
}

/// A plausible email address (one `@`, a dot in the domain, no spaces).
pub fn valid_email(s: &str) -> bool {
    let s = s.trim();
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !s.contains(char::is_whitespace)
        && !domain.contains('@')
        && s.len() <= 254
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_stays_on_site() {
        assert_eq!(safe_next(Some("/account")), "/account");
        assert_eq!(safe_next(Some("//evil.example")), "/");
        assert_eq!(safe_next(Some("https://evil.example")), "/");
        assert_eq!(safe_next(None), "/");
        // Browsers drop tabs and line breaks and read backslashes as slashes.
        assert_eq!(safe_next(Some("/\t/evil.example")), "/");
        assert_eq!(safe_next(Some("/\n/evil.example/x")), "/");
        assert_eq!(safe_next(Some("/\\evil.example")), "/");
        assert_eq!(safe_next(Some("/%09/evil.example")), "/%09/evil.example");
        assert_eq!(safe_next(Some("/plans?x=1#top")), "/plans?x=1#top");
        assert_eq!(safe_next(Some("/a/../b")), "/b");
    }

    #[test]
    fn emails() {
        assert!(valid_email("a@b.de"));
        assert!(!valid_email("a@b"));
        assert!(!valid_email("a b@c.de"));
        assert!(!valid_email("@c.de"));
    }

    #[test]
    fn encodes() {
        assert_eq!(urlencode("/a b?c=d"), "/a%20b%3Fc%3Dd");
    }
}
