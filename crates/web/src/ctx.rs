//! The per-request page context: language, identity, CSRF token, city.

use std::sync::Arc;

use axum::extract::{FromRef, FromRequestParts};
use axum::http::HeaderMap;
use axum::http::header::ACCEPT_LANGUAGE;
use axum::http::request::Parts;
use quartier_db::city::City;
use quartier_i18n::{FluentValue, Lang};

use crate::access::{Identity, MaybeIdentity};
use crate::csrf::CsrfToken;
use crate::error::AppError;
use crate::{AppState, cookies};

/// Name of the language cookie.
pub const LANG_COOKIE: &str = "lang";

/// Language from the `lang` cookie, else `Accept-Language`, else German.
pub fn lang_from_headers(headers: &HeaderMap) -> Lang {
    cookies::get(headers, LANG_COOKIE)
        .and_then(|c| Lang::parse(&c))
        .unwrap_or_else(|| {
            headers
                .get(ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .map(quartier_i18n::negotiate)
                .unwrap_or(Lang::De)
        })
}

/// Everything a page needs to know about the request.
#[derive(Clone)]
pub struct Ctx {
    /// UI language.
    pub lang: Lang,
    /// Signed-in user, if any.
    pub identity: Option<Arc<Identity>>,
    /// CSRF token to embed in forms.
    pub csrf: String,
    /// Path and query of this request (for the language switcher and `next`).
    pub here: String,
    /// The city this installation serves (first city), if one exists.
    pub city: Option<City>,
}

impl Ctx {
    /// A UI message.
    pub fn t(&self, key: &str) -> String {
        self.lang.t(key)
    }

    /// A UI message with arguments.
    pub fn ta(&self, key: &str, args: &[(&'static str, FluentValue<'static>)]) -> String {
        self.lang.t_args(key, args)
    }

    /// The signed-in user's identity or 401.
    pub fn require_user(&self) -> Result<&Identity, AppError> {
        self.identity.as_deref().ok_or(AppError::Unauthorized)
    }

    /// The city or 404.
    pub fn require_city(&self) -> Result<&City, AppError> {
        self.city.as_ref().ok_or(AppError::NotFound)
    }
}

impl<S> FromRequestParts<S> for Ctx
where
    AppState: FromRef<S>,
    S: Send + Sync,
{
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let state = AppState::from_ref(state);
        let identity = parts
            .extensions
            .get::<MaybeIdentity>()
            .and_then(|m| m.0.clone());
        let lang = cookies::get(&parts.headers, LANG_COOKIE)
            .and_then(|c| Lang::parse(&c))
            .or_else(|| identity.as_ref().and_then(|i| Lang::parse(&i.user.lang)))
            .unwrap_or_else(|| lang_from_headers(&parts.headers));
        let csrf = parts
            .extensions
            .get::<CsrfToken>()
            .map(|c| c.0.clone())
            .unwrap_or_default();
        let here = parts
            .uri
            .path_and_query()
            .map(|p| p.as_str().to_string())
            .unwrap_or_else(|| "/".into());
        let city = state.city().await?;
        Ok(Ctx {
            lang,
            identity,
            csrf,
            here,
            city,
        })
    }
}

impl AppState {
    /// The city this installation serves: the first one (cached after the first hit).
    pub async fn city(&self) -> Result<Option<City>, AppError> {
        if let Ok(guard) = self.city_cache.read()
            && let Some(c) = guard.as_ref()
        {
            return Ok(Some(c.clone()));
        }
        let city = self.db.cities().await?.into_iter().next();
        if let (Some(c), Ok(mut guard)) = (&city, self.city_cache.write()) {
            *guard = Some(c.clone());
        }
        Ok(city)
    }
}
