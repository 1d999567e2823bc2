//! The per-request page context: language, identity, CSRF token, city.

use std::collections::HashMap;
use std::sync::Arc;

use axum::extract::{FromRef, FromRequestParts};
use axum::http::HeaderMap;
use axum::http::header::ACCEPT_LANGUAGE;
use axum::http::request::Parts;
use quartier_db::monitoring::city::City;
use quartier_i18n::{FluentValue, Lang};

use crate::access::{Identity, MaybeIdentity};
use crate::csrf::CsrfToken;
use crate::error::AppError;
use crate::{AppState, cookies};

/// Name of the cookie holding the chosen city's slug.
pub const CITY_COOKIE: &str = "city";

/// How long a node caches the list of cities (other nodes may create cities).
pub const CITY_CACHE_TTL: std::time::Duration = std::time::Duration::from_secs(30);

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
    /// The city the request works on: the one chosen with the `city` cookie, else the first.
    pub city: Option<City>,
    /// Every city of the installation (for the city switcher).
    pub cities: Arc<Vec<City>>,
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
        let cities = state.cities().await?;
        let city = chosen_city(&parts.uri, &parts.headers, &cities);
        Ok(Ctx {
            lang,
            identity,
            csrf,
            here,
            city,
            cities,
        })
    }
}

/// Every city and the city of every quarter (cached per node).
#[derive(Clone)]
pub struct CityDirectory {
    /// Every city, in id order.
    pub cities: Arc<Vec<City>>,
    /// Quarter id → city id.
    pub quarter_city: Arc<HashMap<i64, i64>>,
}

/// The city a request works on: the one named by a `city` query parameter (API
/// clients), else the one chosen with the `city` cookie, else the first.
pub fn chosen_city(uri: &axum::http::Uri, headers: &HeaderMap, cities: &[City]) -> Option<City> {
    let by_slug = |slug: &str| cities.iter().find(|c| c.slug == slug).cloned();
    let from_query = uri.query().and_then(|q| {
        serde_urlencoded::from_str::<Vec<(String, String)>>(q)
            .ok()?
            .into_iter()
            .find(|(k, _)| k == "city")
            .and_then(|(_, v)| by_slug(&v))
    });
    from_query
        .or_else(|| cookies::get(headers, CITY_COOKIE).and_then(|slug| by_slug(&slug)))
        .or_else(|| cities.first().cloned())
}

impl AppState {
    /// Every city, cached for [`CITY_CACHE_TTL`] (and refreshed at once on this node
    /// after [`AppState::forget_cities`]).
    pub async fn cities(&self) -> Result<Arc<Vec<City>>, AppError> {
        Ok(self.city_directory().await?.cities)
    }

    /// Every city and the city of every quarter, cached like [`AppState::cities`].
    pub async fn city_directory(&self) -> Result<CityDirectory, AppError> {
        if let Ok(guard) = self.city_cache.read()
            && let Some((at, dir)) = guard.as_ref()
            && at.elapsed() < CITY_CACHE_TTL
        {
            return Ok(dir.clone());
        }
        let (cities, quarters) = tokio::try_join!(self.db.cities(), self.db.quarter_cities())?;
        let dir = CityDirectory {
            cities: Arc::new(cities),
            quarter_city: Arc::new(quarters.into_iter().collect()),
        };
        if let Ok(mut guard) = self.city_cache.write() {
            *guard = Some((std::time::Instant::now(), dir.clone()));
        }
        Ok(dir)
    }

    /// Drops the cached city list (after a city or a quarter was created).
    pub fn forget_cities(&self) {
        if let Ok(mut guard) = self.city_cache.write() {
            *guard = None;
        }
    }
}
