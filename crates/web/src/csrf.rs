//! CSRF protection for every state-changing request (double-submit token).
//!
//! Every visitor gets a random token in the HttpOnly `qcsrf` cookie; pages embed
//! the same token in each form (`csrf` field), and scripts send it as
//! `X-CSRF-Token`. A POST/PUT/PATCH/DELETE passes only when the submitted token
//! equals the cookie and the request is not cross-site (`Sec-Fetch-Site`).
//! Multipart uploads carry the token in the query string (`?csrf=`). Requests
//! authenticated by an API bearer token carry no cookies and are exempt.

use axum::body::{Body, to_bytes};
use axum::extract::{Request, State};
use axum::http::header::{AUTHORIZATION, CONTENT_TYPE, COOKIE, SET_COOKIE};
use axum::http::{HeaderValue, Method};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::error::AppError;
use crate::{AppState, cookies, platform::password};

/// Name of the CSRF cookie.
pub const CSRF_COOKIE: &str = "qcsrf";
/// Largest url-encoded form body accepted (uploads use multipart).
pub const FORM_LIMIT: usize = 256 * 1024;

/// The token of this request, for embedding in forms.
#[derive(Clone, Debug)]
pub struct CsrfToken(pub String);

/// The middleware.
pub async fn protect(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let existing = cookies::get(req.headers(), CSRF_COOKIE).filter(|t| t.len() == 64);
    let unsafe_method = !matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    let mut req = req;
    if unsafe_method {
        let bearer_only =
            req.headers().contains_key(AUTHORIZATION) && !req.headers().contains_key(COOKIE);
        if !bearer_only {
            let cross_site = req
                .headers()
                .get("sec-fetch-site")
                .and_then(|v| v.to_str().ok())
                .is_some_and(|v| v == "cross-site");
            let Some(expected) = existing.clone() else {
                return AppError::Csrf.into_response();
            };
            if cross_site {
                return AppError::Csrf.into_response();
            }
            match submitted_token(req).await {
                Ok((r, Some(tok))) if password::ct_eq(&tok, &expected) => req = r,
                Ok(_) => return AppError::Csrf.into_response(),
                Err(resp) => return resp,
            }
        }
    }
    let (token, fresh) = match existing {
        Some(t) => (t, false),
        None => (password::random_token(), true),
    };
    req.extensions_mut().insert(CsrfToken(token.clone()));
    let mut resp = next.run(req).await;
    if fresh {
        let cookie = cookies::set(CSRF_COOKIE, &token, None, state.config.secure_cookies);
        if let Ok(v) = HeaderValue::from_str(&cookie) {
            resp.headers_mut().append(SET_COOKIE, v);
        }
    }
    resp
}

/// Finds the submitted token (header, query or form field); re-assembles the request.
async fn submitted_token(req: Request) -> Result<(Request, Option<String>), Response> {
    if let Some(h) = req
        .headers()
        .get("x-csrf-token")
        .and_then(|v| v.to_str().ok())
    {
        let t = h.to_string();
        return Ok((req, Some(t)));
    }
    if let Some(q) = req.uri().query() {
        let from_query = serde_urlencoded::from_str::<Vec<(String, String)>>(q)
            .ok()
            .and_then(|pairs| pairs.into_iter().find(|(k, _)| k == "csrf").map(|(_, v)| v));
        if from_query.is_some() {
            return Ok((req, from_query));
        }
    }
    let is_form = req
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
    if !is_form {
        return Ok((req, None));
    }
    let (parts, body) = req.into_parts();
    let bytes = to_bytes(body, FORM_LIMIT)
        .await
        .map_err(|_| AppError::BadRequest("form too large".into()).into_response())?;
    let token = serde_urlencoded::from_bytes::<Vec<(String, String)>>(&bytes)
        .ok()
        .and_then(|pairs| pairs.into_iter().find(|(k, _)| k == "csrf").map(|(_, v)| v));
    Ok((Request::from_parts(parts, Body::from(bytes)), token))
}
