//! Administration: accounts and roles, quarters, staff invitations, audit log, outbox.

use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::http::header::LOCATION;
use axum::response::{IntoResponse, Response};
use maud::{Markup, html};
use quartier_db::DbError;
use quartier_db::platform::accounts::Role;
use quartier_db::platform::tokens::Purpose;
use serde::Deserialize;

use crate::error::{AppError, AppResult};
use crate::platform::auth::invite_payload;
use crate::platform::mailtexts::{self, Mail};
use crate::ui::forms::{self, Field, FieldErrors, field, valid_email};
use crate::{
    AppState, Ctx,
    platform::password,
    ui::fmt::{role_name, time_el},
    ui::layout,
};

fn actor(ctx: &Ctx) -> (Option<i64>, String) {
    match &ctx.identity {
        Some(i) => (Some(i.user.id), i.user.email.clone()),
        None => (None, "anonymous".into()),
    }
}

fn see_other(to: String) -> Response {
    (StatusCode::SEE_OTHER, [(LOCATION, to)]).into_response()
}

/// `GET /admin`
pub async fn index(State(state): State<AppState>, ctx: Ctx) -> AppResult<Markup> {
    let id = ctx.require_user()?;
    let users = state.db.count_users().await?;
    let quarters = match &ctx.city {
        Some(c) => state.db.quarters(c.id).await?.len(),
        None => 0,
    };
    let body = html! {
        ul class="cards" {
            @if id.is_admin() {
                li class="card" { h2 { a href="/admin/users" { (ctx.t("admin-users")) } } p { (ctx.ta("admin-users-count", &[("count", users.into())])) } }
                li class="card" { h2 { a href="/admin/invitations" { (ctx.t("admin-invitations")) } } p { (ctx.t("admin-invitations-text")) } }
                li class="card" { h2 { a href="/admin/audit" { (ctx.t("admin-audit")) } } p { (ctx.t("admin-audit-text")) } }
                li class="card" { h2 { a href="/admin/outbox" { (ctx.t("admin-outbox")) } } p { (ctx.t("admin-outbox-text")) } }
            }
            li class="card" { h2 { a href="/admin/quarters" { (ctx.t("admin-quarters")) } } p { (ctx.ta("admin-quarters-count", &[("count", (quarters as i64).into())])) } }
        }
    };
    Ok(layout::page(&ctx, &ctx.t("nav-admin"), body))
}

/// Search query.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SearchQuery {
    q: String,
}

/// `GET /admin/users`
pub async fn users(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<SearchQuery>,
) -> AppResult<Markup> {
    let users = state.db.list_users(q.q.trim(), 500).await?;
    let body = html! {
        form method="get" action="/admin/users" class="search" role="search" {
            label for="f-q" { (ctx.t("admin-search")) }
            input id="f-q" name="q" type="search" value=(q.q);
            button type="submit" { (ctx.t("search")) }
        }
        table {
            caption { (ctx.t("admin-users")) }
            thead { tr { th scope="col" { (ctx.t("field-email")) } th scope="col" { (ctx.t("field-display-name")) } th scope="col" { (ctx.t("col-verified")) } th scope="col" { (ctx.t("col-created")) } } }
            tbody {
                @for u in &users {
                    tr {
                        th scope="row" { a href={ "/admin/users/" (u.id) } { (u.email) } }
                        td { (u.display_name) }
                        td { @if u.email_verified_at.is_some() { (ctx.t("yes")) } @else { (ctx.t("no")) } }
                        td { (time_el(u.created_at)) }
                    }
                }
            }
        }
    };
    Ok(layout::page(&ctx, &ctx.t("admin-users"), body))
}

fn role_select(ctx: &Ctx) -> Markup {
    html! {
        div class="field" {
            label for="f-role" { (ctx.t("field-role")) }
            select id="f-role" name="role" {
                @for r in Role::ALL { option value=(r.as_str()) { (role_name(ctx.lang, r.as_str())) } }
            }
        }
    }
}

fn quarter_select(ctx: &Ctx, quarters: &[quartier_db::monitoring::city::Quarter]) -> Markup {
    html! {
        div class="field" {
            label for="f-quarter" { (ctx.t("field-scope")) }
            select id="f-quarter" name="quarter_id" {
                option value="0" { (ctx.t("scope-city")) }
                @for q in quarters { option value=(q.id) { (q.name) } }
            }
        }
    }
}

/// `GET /admin/users/{id}`
pub async fn user(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(uid): Path<i64>,
) -> AppResult<Markup> {
    let u = state.db.user_by_id(uid).await?.ok_or(AppError::NotFound)?;
    let roles = state.db.roles_of(uid).await?;
    let quarters = match &ctx.city {
        Some(c) => state.db.quarters(c.id).await?,
        None => Vec::new(),
    };
    let body = html! {
        dl class="facts" {
            dt { (ctx.t("field-email")) } dd { (u.email) }
            dt { (ctx.t("field-pseudonym")) } dd { (u.pseudonym.as_deref().unwrap_or("–")) }
            dt { (ctx.t("col-verified")) } dd { @if u.email_verified_at.is_some() { (ctx.t("yes")) } @else { (ctx.t("no")) } }
            dt { (ctx.t("col-created")) } dd { (time_el(u.created_at)) }
        }
        h2 { (ctx.t("account-roles")) }
        @if roles.is_empty() { p { (ctx.t("home-no-roles")) } }
        table {
            caption { (ctx.t("account-roles")) }
            thead { tr { th scope="col" { (ctx.t("field-role")) } th scope="col" { (ctx.t("field-scope")) } th scope="col" { (ctx.t("col-action")) } } }
            tbody {
                @for r in &roles {
                    tr {
                        td { (role_name(ctx.lang, &r.role)) }
                        td { @if r.quarter_id == 0 { (ctx.t("scope-city")) } @else { (quarters.iter().find(|q| q.id == r.quarter_id).map(|q| q.name.clone()).unwrap_or_else(|| r.quarter_id.to_string())) } }
                        td {
                            form method="post" action={ "/admin/roles/" (r.id) "/revoke" } class="inline" {
                                (forms::csrf(&ctx))
                                button type="submit" class="danger" { (ctx.t("revoke")) span class="visually-hidden" { " " (role_name(ctx.lang, &r.role)) } }
                            }
                        }
                    }
                }
            }
        }
        h2 { (ctx.t("admin-grant")) }
        form method="post" action={ "/admin/users/" (u.id) "/roles" } class="form narrow" {
            (forms::csrf(&ctx))
            (role_select(&ctx))
            (quarter_select(&ctx, &quarters))
            button type="submit" { (ctx.t("admin-grant")) }
        }
    };
    Ok(layout::page(&ctx, &u.display_name, body))
}

/// Role grant fields.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct GrantForm {
    role: String,
    quarter_id: i64,
}

/// `POST /admin/users/{id}/roles`
pub async fn grant(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(uid): Path<i64>,
    Form(form): Form<GrantForm>,
) -> AppResult<Response> {
    let city = ctx.require_city()?;
    let role = Role::parse(&form.role)
        .ok_or_else(|| AppError::BadRequest(format!("unknown role {}", form.role)))?;
    state.db.user_by_id(uid).await?.ok_or(AppError::NotFound)?;
    if form.quarter_id != 0
        && !state
            .db
            .quarters(city.id)
            .await?
            .iter()
            .any(|q| q.id == form.quarter_id)
    {
        return Err(AppError::BadRequest(format!(
            "unknown quarter {}",
            form.quarter_id
        )));
    }
    state
        .db
        .grant_role(uid, city.id, form.quarter_id, role)
        .await?;
    let (aid, label) = actor(&ctx);
    state
        .db
        .audit(
            aid,
            &label,
            "role.grant",
            &format!("user:{uid}"),
            &format!("{} quarter:{}", role.as_str(), form.quarter_id),
        )
        .await?;
    Ok(see_other(format!("/admin/users/{uid}")))
}

/// `POST /admin/roles/{id}/revoke`
pub async fn revoke(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(rid): Path<i64>,
) -> AppResult<Response> {
    let (aid, label) = actor(&ctx);
    if !state.db.revoke_role(rid).await? {
        return Err(AppError::NotFound);
    }
    state
        .db
        .audit(aid, &label, "role.revoke", &format!("assignment:{rid}"), "")
        .await?;
    Ok(see_other("/admin/users".into()))
}

/// New-quarter fields (`areas` repeats).
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct QuarterForm {
    name: String,
    slug: String,
    description: String,
}

fn quarters_page(
    ctx: &Ctx,
    quarters: &[quartier_db::monitoring::city::Quarter],
    areas: &[quartier_db::monitoring::city::Area],
    form: &QuarterForm,
    chosen: &[i64],
    errors: &FieldErrors,
) -> Markup {
    let body = html! {
        table {
            caption { (ctx.t("admin-quarters")) }
            thead { tr { th scope="col" { (ctx.t("col-name")) } th scope="col" { (ctx.t("col-key")) } th scope="col" class="num" { (ctx.t("col-areas")) } } }
            tbody { @for q in quarters { tr { th scope="row" { a href={ "/quarters/" (q.slug) } { (q.name) } } td { (q.slug) } td class="num" { (q.area_count) } } } }
        }
        h2 { (ctx.t("admin-quarter-new")) }
        (forms::error_summary(ctx, errors))
        form method="post" action="/admin/quarters" class="form" novalidate {
            (forms::csrf(ctx))
            (field(Field { name: "name", label: ctx.t("col-name"), kind: "text", value: &form.name, autocomplete: "off", required: true, hint: None }, errors))
            (field(Field { name: "slug", label: ctx.t("col-key"), kind: "text", value: &form.slug, autocomplete: "off", required: true, hint: Some(ctx.t("hint-slug")) }, errors))
            (field(Field { name: "description", label: ctx.t("col-description"), kind: "text", value: &form.description, autocomplete: "off", required: false, hint: None }, errors))
            fieldset class={ "checks" @if errors.get("areas").is_some() { " field-error" } } id="f-areas" {
                legend { (ctx.t("quarter-areas")) }
                @if let Some(e) = errors.get("areas") { p class="error" { (e) } }
                @for a in areas {
                    div class="checkbox" {
                        input type="checkbox" id={ "f-area-" (a.id) } name="areas" value=(a.id) checked[chosen.contains(&a.id)];
                        label for={ "f-area-" (a.id) } { (a.name) " (" (a.area_key) ")" }
                    }
                }
            }
            button type="submit" { (ctx.t("create")) }
        }
    };
    layout::page(ctx, &ctx.t("admin-quarters"), body)
}

/// `GET /admin/quarters`
pub async fn quarters(State(state): State<AppState>, ctx: Ctx) -> AppResult<Markup> {
    let city = ctx.require_city()?;
    let quarters = state.db.quarters(city.id).await?;
    let areas = state.db.areas(city.id).await?;
    Ok(quarters_page(
        &ctx,
        &quarters,
        &areas,
        &QuarterForm::default(),
        &[],
        &FieldErrors::default(),
    ))
}

/// `POST /admin/quarters`
pub async fn create_quarter(
    State(state): State<AppState>,
    ctx: Ctx,
    body: axum::body::Bytes,
) -> AppResult<Response> {
    let city = ctx.require_city()?.clone();
    let pairs: Vec<(String, String)> =
        serde_urlencoded::from_bytes(&body).map_err(|e| AppError::BadRequest(e.to_string()))?;
    let mut form = QuarterForm::default();
    let mut chosen = Vec::new();
    for (k, v) in pairs {
        match k.as_str() {
            "name" => form.name = v,
            "slug" => form.slug = v,
            "description" => form.description = v,
            "areas" => {
                if let Ok(id) = v.parse::<i64>() {
                    chosen.push(id);
                }
            }
            _ => {}
        }
    }
    let areas = state.db.areas(city.id).await?;
    let mut errors = FieldErrors::default();
    if form.name.trim().is_empty() {
        errors.add("name", ctx.t("error-name-required"));
    }
    let slug = form.slug.trim().to_lowercase();
    if slug.is_empty()
        || !slug
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    {
        errors.add("slug", ctx.t("error-slug"));
    }
    chosen.retain(|id| areas.iter().any(|a| a.id == *id));
    if chosen.is_empty() {
        errors.add("areas", ctx.t("error-areas-required"));
    }
    if errors.is_empty() {
        match state
            .db
            .create_quarter(
                city.id,
                &slug,
                form.name.trim(),
                form.description.trim(),
                &chosen,
            )
            .await
        {
            Ok(qid) => {
                state.forget_cities();
                let (aid, label) = actor(&ctx);
                state
                    .db
                    .audit(
                        aid,
                        &label,
                        "quarter.create",
                        &format!("quarter:{qid}"),
                        &slug,
                    )
                    .await?;
                return Ok(see_other("/admin/quarters".into()));
            }
            Err(DbError::Conflict(_)) => errors.add("slug", ctx.t("error-slug-taken")),
            Err(e) => return Err(e.into()),
        }
    }
    let quarters = state.db.quarters(city.id).await?;
    let mut resp = quarters_page(&ctx, &quarters, &areas, &form, &chosen, &errors).into_response();
    *resp.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    Ok(resp)
}

/// Invitation fields.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct InviteForm {
    email: String,
    role: String,
    quarter_id: i64,
}

async fn invitations_page(
    state: &AppState,
    ctx: &Ctx,
    form: &InviteForm,
    errors: &FieldErrors,
    notice: Option<String>,
) -> AppResult<Markup> {
    let quarters = match &ctx.city {
        Some(c) => state.db.quarters(c.id).await?,
        None => Vec::new(),
    };
    let sent = state.db.audit_entries("invite.send", 100).await?;
    let body = html! {
        @if let Some(n) = notice { p class="notice" role="status" { (n) } }
        (forms::error_summary(ctx, errors))
        form method="post" action="/admin/invitations" class="form narrow" novalidate {
            (forms::csrf(ctx))
            (field(Field { name: "email", label: ctx.t("field-email"), kind: "email", value: &form.email, autocomplete: "off", required: true, hint: None }, errors))
            (role_select(ctx))
            (quarter_select(ctx, &quarters))
            button type="submit" { (ctx.t("admin-invite-submit")) }
        }
        h2 { (ctx.t("admin-invitations-sent")) }
        table {
            caption { (ctx.t("admin-invitations-sent")) }
            thead { tr { th scope="col" { (ctx.t("col-time")) } th scope="col" { (ctx.t("field-email")) } th scope="col" { (ctx.t("field-role")) } th scope="col" { (ctx.t("col-by")) } } }
            tbody { @for e in &sent { tr { td { (time_el(e.at)) } td { (e.target) } td { (role_name(ctx.lang, &e.detail)) } td { (e.actor_label) } } } }
        }
    };
    Ok(layout::page(ctx, &ctx.t("admin-invitations"), body))
}

/// `GET /admin/invitations`
pub async fn invitations(State(state): State<AppState>, ctx: Ctx) -> AppResult<Markup> {
    invitations_page(
        &state,
        &ctx,
        &InviteForm::default(),
        &FieldErrors::default(),
        None,
    )
    .await
}

/// `POST /admin/invitations`
pub async fn invite(
    State(state): State<AppState>,
    ctx: Ctx,
    Form(form): Form<InviteForm>,
) -> AppResult<Response> {
    let city = ctx.require_city()?.clone();
    let mut errors = FieldErrors::default();
    if !valid_email(&form.email) {
        errors.add("email", ctx.t("error-email-invalid"));
    }
    let role = Role::parse(&form.role);
    if role.is_none() {
        errors.add("role", ctx.t("error-role"));
    }
    let (Some(role), true) = (role, errors.is_empty()) else {
        let mut resp = invitations_page(&state, &ctx, &form, &errors, None)
            .await?
            .into_response();
        *resp.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
        return Ok(resp);
    };
    let token = password::random_token();
    state
        .db
        .create_token(
            Purpose::Invite,
            &password::token_hash(&token),
            None,
            &invite_payload(role, form.quarter_id, city.id, &form.email),
            7 * 24 * 3600,
        )
        .await?;
    let link = format!("{}/invite/{token}", state.config.base_url);
    mailtexts::send(
        &state.db,
        ctx.lang,
        &form.email,
        Mail::Invite {
            link: &link,
            role: role_name(ctx.lang, role.as_str()),
            city: &city.name,
        },
    )
    .await?;
    let (aid, label) = actor(&ctx);
    state
        .db
        .audit(
            aid,
            &label,
            "invite.send",
            &form.email.trim().to_lowercase(),
            role.as_str(),
        )
        .await?;
    let notice = ctx.ta(
        "admin-invite-sent",
        &[("email", form.email.trim().to_string().into())],
    );
    Ok(invitations_page(
        &state,
        &ctx,
        &InviteForm::default(),
        &FieldErrors::default(),
        Some(notice),
    )
    .await?
    .into_response())
}

/// Audit filter.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AuditQuery {
    action: String,
}

/// `GET /admin/audit`
pub async fn audit(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<AuditQuery>,
) -> AppResult<Markup> {
    let entries = state.db.audit_entries(q.action.trim(), 500).await?;
    let body = html! {
        form method="get" action="/admin/audit" class="search" {
            label for="f-action" { (ctx.t("col-action")) }
            input id="f-action" name="action" type="text" value=(q.action);
            button type="submit" { (ctx.t("search")) }
        }
        table {
            caption { (ctx.t("admin-audit")) }
            thead { tr { th scope="col" { (ctx.t("col-time")) } th scope="col" { (ctx.t("col-by")) } th scope="col" { (ctx.t("col-action")) } th scope="col" { (ctx.t("col-target")) } th scope="col" { (ctx.t("col-detail")) } } }
            tbody { @for e in &entries { tr { td { (time_el(e.at)) } td { (e.actor_label) } td { code { (e.action) } } td { (e.target) } td { (e.detail) } } } }
        }
    };
    Ok(layout::page(&ctx, &ctx.t("admin-audit"), body))
}

/// `GET /admin/outbox`
pub async fn outbox(State(state): State<AppState>, ctx: Ctx) -> AppResult<Markup> {
    let mails = state.db.outbox(None, 200).await?;
    let body = html! {
        table {
            caption { (ctx.t("admin-outbox")) }
            thead { tr { th scope="col" { (ctx.t("col-time")) } th scope="col" { (ctx.t("col-to")) } th scope="col" { (ctx.t("col-subject")) } th scope="col" { (ctx.t("col-status")) } th scope="col" class="num" { (ctx.t("col-attempts")) } } }
            tbody { @for m in &mails { tr { td { (time_el(m.created_at)) } td { (m.to_addr) } td { (m.subject) } td { (m.status) @if !m.last_error.is_empty() { " – " (m.last_error) } } td class="num" { (m.attempts) } } } }
        }
    };
    Ok(layout::page(&ctx, &ctx.t("admin-outbox"), body))
}
