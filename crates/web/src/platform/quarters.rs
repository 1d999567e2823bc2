//! Public pages about quarters and statistical areas.

use axum::extract::{Path, State};
use maud::{Markup, html};

use crate::error::{AppError, AppResult};
use crate::ui::fmt::de;
use crate::{AppState, Ctx, ui::layout};

/// `GET /quarters`
pub async fn list(State(state): State<AppState>, ctx: Ctx) -> AppResult<Markup> {
    let city = ctx.require_city()?;
    let quarters = state.db.quarters(city.id).await?;
    let body = html! {
        @if quarters.is_empty() {
            p { (ctx.t("home-no-quarters")) }
        } @else {
            table {
                caption { (ctx.t("quarters-caption")) }
                thead { tr { th scope="col" { (ctx.t("col-name")) } th scope="col" { (ctx.t("col-description")) } th scope="col" class="num" { (ctx.t("col-areas")) } } }
                tbody {
                    @for q in &quarters {
                        tr {
                            th scope="row" { a href={ "/quarters/" (q.slug) } { (de(&q.name)) } }
                            td lang="de" dir="auto" { (q.description) }
                            td class="num" { (q.area_count) }
                        }
                    }
                }
            }
        }
    };
    Ok(layout::page(&ctx, &ctx.t("nav-quarters"), body))
}

/// `GET /quarters/{slug}`
pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> AppResult<Markup> {
    let city = ctx.require_city()?;
    let q = state
        .db
        .quarter_by_slug(city.id, &slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let areas = state.db.quarter_areas(q.id).await?;
    let body = html! {
        p class="lead" lang="de" dir="auto" { (q.description) }
        (crate::civic::common::quarter_nav(&ctx, &q))
        h2 { (ctx.t("quarter-areas")) }
        ul { @for a in &areas { li { a href={ "/monitoring/areas/" (a.area_key) } { (de(&a.name)) } " (" (a.area_key) ")" } } }
    };
    Ok(layout::page(&ctx, &q.name, body))
}

/// `GET /areas`
pub async fn areas(State(state): State<AppState>, ctx: Ctx) -> AppResult<Markup> {
    let city = ctx.require_city()?;
    let areas = state.db.areas(city.id).await?;
    let body = html! {
        p { (ctx.ta("areas-intro", &[("count", (areas.len() as i64).into())])) }
        table {
            caption { (ctx.t("areas-caption")) }
            thead { tr { th scope="col" { (ctx.t("col-key")) } th scope="col" { (ctx.t("col-name")) } th scope="col" { (ctx.t("col-district")) } } }
            tbody {
                @for a in &areas {
                    tr { td { (a.area_key) } th scope="row" { a href={ "/monitoring/areas/" (a.area_key) } { (de(&a.name)) } } td { (de(a.district.as_deref().unwrap_or("–"))) } }
                }
            }
        }
    };
    Ok(layout::page(&ctx, &ctx.t("nav-areas"), body))
}
