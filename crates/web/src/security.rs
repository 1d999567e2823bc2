//! Security headers on every response.

use axum::extract::{Request, State};
use axum::http::HeaderValue;
use axum::middleware::Next;
use axum::response::Response;

use crate::AppState;

const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

/// Adds CSP (no inline script), frame, referrer and content-type headers.
/// Responses to signed-in requests (a session cookie or a bearer token) are never
/// stored by browsers or proxies: `Cache-Control: no-store`.
pub async fn headers(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let signed_in = !req.uri().path().starts_with("/static/")
        && (crate::cookies::get(req.headers(), crate::access::SESSION_COOKIE).is_some()
            || req
                .headers()
                .contains_key(axum::http::header::AUTHORIZATION));
    let mut resp = next.run(req).await;
    let h = resp.headers_mut();
    if signed_in {
        h.insert(
            axum::http::header::CACHE_CONTROL,
            HeaderValue::from_static("no-store"),
        );
    }
    h.insert("content-security-policy", HeaderValue::from_static(CSP));
    h.insert(
        "x-content-type-options",
        HeaderValue::from_static("nosniff"),
    );
    h.insert("x-frame-options", HeaderValue::from_static("DENY"));
    h.insert("referrer-policy", HeaderValue::from_static("same-origin"));
    h.insert(
        "permissions-policy",
        HeaderValue::from_static("camera=(), microphone=(), geolocation=(self)"),
    );
    h.insert(
        "cross-origin-opener-policy",
        HeaderValue::from_static("same-origin"),
    );
    if state.config.secure_cookies {
        h.insert(
            "strict-transport-security",
            HeaderValue::from_static("max-age=31536000"),
        );
    }
    resp
}
