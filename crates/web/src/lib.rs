//! Quartier's web layer: server-rendered pages (HTML that works without JavaScript)
//! and the versioned REST API, on axum.
//!
//! The middleware stack, outermost first: request id → trace → compression →
//! security headers → error pages (the single error-to-response mapping) →
//! identity (session or API token) → CSRF → per-route access policy (from the
//! route registry in [`routes`], composed from one `module_routes!` block per
//! module folder).

// Request pipeline and composition.
pub mod access;
mod assets;
mod cookies;
pub mod csrf;
mod ctx;
mod error;
pub mod ratelimit;
pub mod routes;
mod security;
/// Shared page parts: layout, forms, formatting, geometry.
pub mod ui;

// Modules of the programme, in the order of the evidence loop (the same names in
// `quartier-db`, `quartier-rules` and the demo generator).
pub mod civic;
pub mod decisions;
pub mod lernwerkstatt;
pub mod monitoring;
pub mod plan;
pub mod platform;

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::middleware;
use quartier_db::Db;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::trace::{DefaultOnResponse, TraceLayer};
use tracing::Level;

pub use ctx::Ctx;
pub use error::AppError;

/// Settings of the web layer.
#[derive(Debug, Clone)]
pub struct WebConfig {
    /// Public base URL used in mails (`http://127.0.0.1:8080`).
    pub base_url: String,
    /// Mark cookies `Secure` (behind HTTPS).
    pub secure_cookies: bool,
    /// Session lifetime.
    pub session_ttl: Duration,
    /// Attempts per minute and client address on login, registration and password reset.
    pub auth_rate_per_minute: u32,
    /// Trust `X-Forwarded-For` for the client address (behind a reverse proxy).
    pub trust_proxy: bool,
    /// Largest request body of a data upload (bytes); every other request gets 2 MB.
    pub upload_limit: usize,
}

impl Default for WebConfig {
    fn default() -> Self {
        WebConfig {
            base_url: "http://127.0.0.1:8080".into(),
            secure_cookies: false,
            session_ttl: Duration::from_secs(14 * 24 * 3600),
            auth_rate_per_minute: 10,
            trust_proxy: false,
            upload_limit: 200 * 1024 * 1024,
        }
    }
}

/// The cached city list and the city of every quarter, with the instant they were read.
type CityCache = Arc<std::sync::RwLock<Option<(std::time::Instant, ctx::CityDirectory)>>>;

/// Shared state of every handler.
#[derive(Clone)]
pub struct AppState {
    /// Database.
    pub db: Db,
    /// Settings.
    pub config: Arc<WebConfig>,
    /// Rate limiter for the authentication forms.
    pub limiter: Arc<ratelimit::RateLimiter>,
    /// The full-text search index of this node (Lernwerkstatt module).
    pub search: Arc<quartier_db::lernwerkstatt::search::SearchIndex>,
    city_cache: CityCache,
}

impl AppState {
    /// Builds the state.
    pub fn new(db: Db, config: WebConfig) -> AppState {
        let limiter =
            ratelimit::RateLimiter::new(config.auth_rate_per_minute, Duration::from_secs(60));
        AppState {
            db,
            config: Arc::new(config),
            limiter: Arc::new(limiter),
            search: Arc::default(),
            city_cache: Arc::default(),
        }
    }
}

/// Body size limit for ordinary requests.
pub const BODY_LIMIT: usize = 2 * 1024 * 1024;

/// Limits request bodies: data uploads get [`WebConfig::upload_limit`], everything else
/// [`BODY_LIMIT`]. Reading past the limit fails in the extractor (413 or a form message).
async fn body_limit(
    axum::extract::State(state): axum::extract::State<AppState>,
    req: axum::extract::Request,
    next: middleware::Next,
) -> axum::response::Response {
    let path = req.uri().path();
    let limit = if path == "/monitoring/data" || path == "/api/v1/datasets" {
        state.config.upload_limit
    } else {
        BODY_LIMIT
    };
    let declared = req
        .headers()
        .get(axum::http::header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    if declared.is_some_and(|n| n > limit) {
        return axum::response::IntoResponse::into_response(AppError::TooLarge(limit));
    }
    let req = req.map(|b| axum::body::Body::new(http_body_util::Limited::new(b, limit)));
    next.run(req).await
}

/// The whole application: every route of the registry with its access policy,
/// wrapped in the middleware stack.
pub fn app(state: AppState) -> Router {
    let router = routes::build(state.clone());
    router
        .layer(CatchPanicLayer::custom(|_panic: Box<dyn std::any::Any + Send + 'static>| {
            axum::response::IntoResponse::into_response(AppError::Internal("handler panicked".into()))
        }))
        .layer(middleware::from_fn_with_state(state.clone(), csrf::protect))
        .layer(middleware::from_fn_with_state(state.clone(), body_limit))
        .layer(axum::extract::DefaultBodyLimit::disable())
        .layer(middleware::from_fn_with_state(state.clone(), access::load_identity))
        .layer(middleware::from_fn(error::error_pages))
        .layer(middleware::from_fn_with_state(state.clone(), security::headers))
        .layer(CompressionLayer::new())
        .layer(PropagateRequestIdLayer::x_request_id())
        .layer(
            TraceLayer::new_for_http().make_span_with(|req: &axum::http::Request<_>| {
                let id = req
                    .headers()
                    .get("x-request-id")
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or("-");
                tracing::info_span!("request", method = %req.method(), path = %req.uri().path(), request_id = %id)
            })
            .on_response(DefaultOnResponse::new().level(Level::INFO)),
        )
        .layer(SetRequestIdLayer::x_request_id(MakeRequestUuid))
}
