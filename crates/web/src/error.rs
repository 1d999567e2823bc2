//! The single error-to-response mapping.
//!
//! Handlers return [`AppError`]; its `IntoResponse` only sets the status and a
//! marker. [`error_pages`] turns every marked or bodiless error status (including
//! unmatched routes) into an error page in the user's language, or JSON under
//! `/api/`.

use axum::extract::Request;
use axum::http::{StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use quartier_db::DbError;
use thiserror::Error;

use crate::{ctx, ui::layout};

/// What can go wrong while answering a request.
#[derive(Debug, Error)]
pub enum AppError {
    /// No such page or object.
    #[error("not found")]
    NotFound,
    /// Signed in but not allowed.
    #[error("forbidden")]
    Forbidden,
    /// Not signed in.
    #[error("sign-in required")]
    Unauthorized,
    /// The CSRF token was missing or wrong.
    #[error("invalid or missing CSRF token")]
    Csrf,
    /// Too many attempts.
    #[error("too many attempts")]
    RateLimited,
    /// Malformed request that no form can show (bad query parameter …).
    #[error("bad request: {0}")]
    BadRequest(String),
    /// The request body is larger than the limit (bytes).
    /// A control character in a text (refused at the edge, see `crate::input`).
    #[error("field '{field}': control character U+{code:04X} is not allowed")]
    ControlChar {
        /// The field (form name, JSON path, `path`).
        field: String,
        /// The character's code point.
        code: u32,
    },
    #[error("request body larger than {0} bytes")]
    TooLarge(usize),
    /// Database failure.
    #[error(transparent)]
    Db(#[from] DbError),
    /// Anything else unexpected.
    #[error("internal error: {0}")]
    Internal(String),
}

/// Marker telling [`error_pages`] to render the error (carries the log detail).
#[derive(Clone, Debug)]
pub struct ErrorMarker(pub String);

/// What an error page says beyond its status, in the user's language.
#[derive(Clone, Debug)]
pub enum ErrorDetail {
    /// A control character in a field.
    ControlChar {
        /// The field.
        field: String,
        /// The character's code point.
        code: u32,
    },
}

impl ErrorDetail {
    fn text(&self, lang: quartier_i18n::Lang) -> String {
        match self {
            ErrorDetail::ControlChar { field, code } => lang.t_args(
                "platform-error-control-char",
                &[
                    ("field", field.clone().into()),
                    ("code", format!("U+{code:04X}").into()),
                ],
            ),
        }
    }
}

impl AppError {
    fn status(&self) -> StatusCode {
        match self {
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::Forbidden | AppError::Csrf => StatusCode::FORBIDDEN,
            AppError::Unauthorized => StatusCode::UNAUTHORIZED,
            AppError::RateLimited => StatusCode::TOO_MANY_REQUESTS,
            AppError::BadRequest(_) | AppError::ControlChar { .. } => StatusCode::BAD_REQUEST,
            AppError::TooLarge(_) => StatusCode::PAYLOAD_TOO_LARGE,
            AppError::Db(DbError::NotFound) => StatusCode::NOT_FOUND,
            AppError::Db(_) | AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let status = self.status();
        if status.is_server_error() {
            tracing::error!(error = %self, "request failed");
        }
        let mut resp = status.into_response();
        if let AppError::ControlChar { field, code } = &self {
            resp.extensions_mut().insert(ErrorDetail::ControlChar {
                field: field.clone(),
                code: *code,
            });
        }
        resp.extensions_mut().insert(ErrorMarker(self.to_string()));
        resp
    }
}

/// Renders error pages for every error status without a body of its own.
pub async fn error_pages(req: Request, next: Next) -> Response {
    let lang = ctx::lang_from_headers(req.headers());
    let path = req.uri().path().to_string();
    let query = req.uri().query().map(str::to_string);
    let is_api = path.starts_with("/api/");
    let resp = next.run(req).await;
    let status = resp.status();
    if !(status.is_client_error() || status.is_server_error()) {
        return resp;
    }
    let marked = resp.extensions().get::<ErrorMarker>().cloned();
    let detail = resp.extensions().get::<ErrorDetail>().cloned();
    // Framework rejections (bad path or query parameters, wrong form encoding) come as
    // plain text; they get the same error page as our own errors.
    let has_body = resp
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|ct| !ct.starts_with("text/plain"));
    if marked.is_none() && has_body {
        return resp;
    }
    if is_api {
        let message = marked.map(|m| m.0).unwrap_or_else(|| status.to_string());
        let mut body = serde_json::json!({ "error": status.as_u16(), "message": message });
        if let Some(ErrorDetail::ControlChar { field, .. }) = &detail {
            body["field"] = serde_json::Value::String(field.clone());
        }
        return (status, axum::Json(body)).into_response();
    }
    if status == StatusCode::UNAUTHORIZED {
        let next = match query {
            Some(q) => format!("{path}?{q}"),
            None => path,
        };
        let target = format!("/login?next={}", crate::ui::forms::urlencode(&next));
        return Redirect::to(&target).into_response();
    }
    let mut out =
        layout::error_page(lang, status, detail.map(|d| d.text(lang)).as_deref()).into_response();
    *out.status_mut() = status;
    out
}

/// Shorthand for handler results.
pub type AppResult<T> = Result<T, AppError>;

/// A 404 answer for the router's fallback.
pub async fn not_found() -> AppError {
    AppError::NotFound
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses() {
        assert_eq!(AppError::NotFound.status(), StatusCode::NOT_FOUND);
        assert_eq!(AppError::Csrf.status(), StatusCode::FORBIDDEN);
        assert_eq!(
            AppError::Db(DbError::Conflict("x".into())).status(),
            StatusCode::INTERNAL_SERVER_ERROR
        );
    }
}
