//! Start page, about page, health check, language switch.

use axum::Json;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::http::header::{LOCATION, SET_COOKIE};
use axum::response::IntoResponse;
use maud::{Markup, html};
use quartier_i18n::Lang;
use serde::Deserialize;

use crate::error::AppResult;
use crate::ui::forms::safe_next;
use crate::{
    AppState, Ctx, cookies,
    ctx::LANG_COOKIE,
    ui::fmt::{de, role_name},
    ui::layout,
};

/// `GET /`
pub async fn index(State(state): State<AppState>, ctx: Ctx) -> AppResult<Markup> {
    let quarters = match &ctx.city {
        Some(c) => state.db.quarters(c.id).await?,
        None => Vec::new(),
    };
    let title = match &ctx.city {
        Some(c) => ctx.ta("home-title-city", &[("city", c.name.clone().into())]),
        None => ctx.t("home-title"),
    };
    let body = html! {
        p class="lead" { (ctx.t("home-intro")) }
        @if let Some(id) = &ctx.identity {
            section aria-labelledby="h-you" class="card" {
                h2 id="h-you" { (ctx.ta("home-welcome", &[("name", id.user.display_name.clone().into())])) }
                @if id.roles.is_empty() {
                    p { (ctx.t("home-no-roles")) }
                } @else {
                    p { (ctx.t("home-your-roles")) " "
                        @for (i, r) in id.roles.iter().enumerate() {
                            @if i > 0 { ", " }
                            (role_name(ctx.lang, &r.role))
                        }
                    }
                }
            }
        }
        section aria-labelledby="h-quarters" {
            h2 id="h-quarters" { (ctx.t("home-quarters")) }
            @if quarters.is_empty() {
                p { (ctx.t("home-no-quarters")) }
            } @else {
                ul class="cards" {
                    @for q in &quarters {
                        li class="card" {
                            h3 { a href={ "/quarters/" (q.slug) } { (de(&q.name)) } }
                            p lang="de" dir="auto" { (q.description) }
                        }
                    }
                }
            }
        }
        section aria-labelledby="h-take-part" {
            h2 id="h-take-part" { (ctx.t("home-take-part")) }
            ul class="steps" {
                li { (ctx.t("home-step-online")) }
                li { (ctx.t("home-step-paper")) }
                li { (ctx.t("home-step-language")) }
            }
            @if ctx.identity.is_none() {
                p { a class="button" href="/register" { (ctx.t("nav-register")) } }
            }
        }
        section aria-labelledby="h-loop" {
            h2 id="h-loop" { (ctx.t("home-loop-title")) }
            ol class="loop" {
                @for k in ["loop-statistics", "loop-selection", "loop-quarter", "loop-plan", "loop-participation", "loop-fund", "loop-impact", "loop-transfer"] {
                    li { (ctx.t(k)) }
                }
            }
        }
    };
    Ok(layout::page(&ctx, &title, body))
}

/// `GET /about`
pub async fn about(ctx: Ctx) -> Markup {
    let body = html! {
        p { (ctx.t("about-what")) }
        h2 { (ctx.t("about-privacy-title")) }
        p { (ctx.t("about-privacy")) }
        h2 { (ctx.t("about-licence-title")) }
        p { (ctx.t("about-licence")) }
    };
    layout::page(&ctx, &ctx.t("nav-about"), body)
}

/// `GET /healthz`
pub async fn healthz(State(state): State<AppState>) -> impl IntoResponse {
    match state.db.ping().await {
        Ok(()) => (StatusCode::OK, Json(serde_json::json!({ "status": "ok" }))),
        Err(e) => {
            tracing::error!(error = %e, "health check failed");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                Json(serde_json::json!({ "status": "unavailable" })),
            )
        }
    }
}

/// Query of `GET /lang`.
#[derive(Deserialize)]
pub struct LangQuery {
    to: String,
    next: Option<String>,
}

/// `GET /lang?to=ar&next=/path` — stores the choice in a cookie and goes back.
pub async fn set_lang(
    State(state): State<AppState>,
    Query(q): Query<LangQuery>,
) -> impl IntoResponse {
    let lang = Lang::parse(&q.to).unwrap_or(Lang::De);
    let next = safe_next(q.next.as_deref());
    let cookie = cookies::set(
        LANG_COOKIE,
        lang.code(),
        Some(365 * 24 * 3600),
        state.config.secure_cookies,
    );
    (
        StatusCode::SEE_OTHER,
        [(LOCATION, next), (SET_COOKIE, cookie)],
    )
}

/// Query of `/city`.
#[derive(Debug, serde::Deserialize)]
pub struct CityQuery {
    to: String,
    next: Option<String>,
}

/// Chooses the city the pages show (cookie) and returns to `next`.
pub async fn set_city(
    State(state): State<AppState>,
    Query(q): Query<CityQuery>,
) -> Result<impl IntoResponse, crate::error::AppError> {
    let cities = state.cities().await?;
    let city = cities
        .iter()
        .find(|c| c.slug == q.to)
        .ok_or(crate::error::AppError::NotFound)?;
    let cookie = cookies::set(
        crate::ctx::CITY_COOKIE,
        &city.slug,
        Some(365 * 24 * 3600),
        state.config.secure_cookies,
    );
    Ok((
        StatusCode::SEE_OTHER,
        [
            (LOCATION, safe_next(q.next.as_deref())),
            (SET_COOKIE, cookie),
        ],
    ))
}
