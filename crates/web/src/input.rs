//! Clean input at the edge: control characters (U+0000–U+001F except tab, line feed
//! and carriage return, U+007F–U+009F) are refused once, here, for every path, query,
//! form and JSON body, before any handler or database sees them — the same answer on
//! SQLite and PostgreSQL (which cannot store a NUL byte). Multipart text fields are
//! checked where they are read ([`check_text`]).

use axum::body::Body;
use axum::extract::Request;
use axum::http::header::CONTENT_TYPE;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::error::AppError;

/// The first control character of `s`, if any (tab, LF and CR are allowed).
pub fn control_char(s: &str) -> Option<char> {
    s.chars()
        .find(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
}

/// Refuses `value` of `field` when it holds a control character.
pub fn check_text(field: &str, value: &str) -> Result<(), AppError> {
    match control_char(value) {
        Some(c) => Err(AppError::ControlChar {
            field: field.chars().filter(|c| !c.is_control()).take(60).collect(),
            code: u32::from(c),
        }),
        None => Ok(()),
    }
}

fn check_pairs(bytes: &[u8]) -> Result<(), AppError> {
    for (k, v) in form_urlencoded_pairs(bytes) {
        check_text("", &k).map_err(|_| AppError::ControlChar {
            field: "?".into(),
            code: control_char(&k).map(u32::from).unwrap_or(0),
        })?;
        check_text(&k, &v)?;
    }
    Ok(())
}

/// `application/x-www-form-urlencoded` pairs, percent-decoded (lossy UTF-8).
fn form_urlencoded_pairs(bytes: &[u8]) -> Vec<(String, String)> {
    serde_urlencoded::from_bytes::<Vec<(String, String)>>(bytes).unwrap_or_else(|_| {
        // Not valid UTF-8 after decoding: decode byte-wise so the check still sees NULs.
        bytes
            .split(|b| *b == b'&')
            .map(|pair| {
                let mut it = pair.splitn(2, |b| *b == b'=');
                let dec = |p: &[u8]| {
                    let s = String::from_utf8_lossy(p).replace('+', " ");
                    percent_decode(&s)
                };
                let k = dec(it.next().unwrap_or_default());
                let v = dec(it.next().unwrap_or_default());
                (k, v)
            })
            .collect()
    })
}

fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%'
            && i + 2 < b.len()
            && let (Some(h), Some(l)) = (hex(b[i + 1]), hex(b[i + 2]))
        {
            out.push(h * 16 + l);
            i += 3;
            continue;
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(c: u8) -> Option<u8> {
    (c as char).to_digit(16).and_then(|d| u8::try_from(d).ok())
}

/// Control characters written as JSON escapes (`\u0000` …) or raw inside a JSON body.
fn check_json(bytes: &[u8]) -> Result<(), AppError> {
    let Ok(v) = serde_json::from_slice::<serde_json::Value>(bytes) else {
        // Malformed JSON is the handler's to report (with line and column).
        return Ok(());
    };
    fn walk(path: &str, v: &serde_json::Value) -> Result<(), AppError> {
        match v {
            serde_json::Value::String(s) => check_text(path, s),
            serde_json::Value::Array(a) => a
                .iter()
                .enumerate()
                .try_for_each(|(i, x)| walk(&format!("{path}[{i}]"), x)),
            serde_json::Value::Object(o) => o.iter().try_for_each(|(k, x)| {
                check_text(path, k)?;
                walk(
                    &if path.is_empty() {
                        k.clone()
                    } else {
                        format!("{path}.{k}")
                    },
                    x,
                )
            }),
            _ => Ok(()),
        }
    }
    walk("", &v)
}

/// The middleware: checks path, query and form or JSON bodies.
pub async fn clean(req: Request, next: Next) -> Response {
    let path = percent_decode(req.uri().path());
    if let Err(e) = check_text("path", &path) {
        return e.into_response();
    }
    if let Some(q) = req.uri().query()
        && let Err(e) = check_pairs(q.as_bytes())
    {
        return e.into_response();
    }
    let ct = req
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_ascii_lowercase();
    let is_form = ct.starts_with("application/x-www-form-urlencoded");
    let is_json = ct.starts_with("application/json");
    if !(is_form || is_json) {
        return next.run(req).await;
    }
    let (parts, body) = req.into_parts();
    // The body limit middleware (outside this one) bounds what can be read here.
    let bytes = match axum::body::to_bytes(body, usize::MAX).await {
        Ok(b) => b,
        Err(_) => return AppError::TooLarge(crate::BODY_LIMIT).into_response(),
    };
    let checked = if is_form {
        check_pairs(&bytes)
    } else {
        check_json(&bytes)
    };
    if let Err(e) = checked {
        return e.into_response();
    }
    next.run(Request::from_parts(parts, Body::from(bytes)))
        .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_control_characters_but_allows_line_breaks() {
        assert_eq!(control_char("a\u{0}b"), Some('\u{0}'));
        assert_eq!(control_char("a\u{7f}"), Some('\u{7f}'));
        assert_eq!(control_char("a\u{85}"), Some('\u{85}'));
        assert_eq!(control_char("Zeile 1\r\nZeile 2\tEnde"), None);
        assert_eq!(control_char("مرحبا Straße"), None);
    }

    #[test]
    fn forms_and_json_are_checked() {
        assert!(check_pairs(b"name=Anna&text=Hallo").is_ok());
        assert!(check_pairs(b"name=An%00na").is_err());
        assert!(check_pairs(b"na%01me=x").is_err());
        assert!(check_pairs(b"name=%FF%00").is_err());
        assert!(check_json(br#"{"ideas":[{"title":"a\u0000b"}]}"#).is_err());
        assert!(check_json(br#"{"ideas":[{"title":"ok\nfine"}]}"#).is_ok());
        assert!(check_json(b"{not json").is_ok());
        match check_pairs(b"title=x%00y") {
            Err(AppError::ControlChar { field, code }) => {
                assert_eq!(field, "title");
                assert_eq!(code, 0);
            }
            other => panic!("expected a control-character error, got {other:?}"),
        }
    }
}
