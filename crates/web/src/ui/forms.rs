//! Form rendering helpers: labelled fields with errors next to them, kept values.

use std::collections::BTreeMap;

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

/// A `next` target that stays on this site (no scheme, no `//`).
pub fn safe_next(next: Option<&str>) -> String {
    match next {
        Some(n) if n.starts_with('/') && !n.starts_with("//") && !n.contains('\\') => n.to_string(),
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
