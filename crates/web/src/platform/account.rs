//! My account: profile, pseudonym, language, digest, API tokens, GDPR export
//! and self-service deletion.

use axum::Form;
use axum::extract::State;
use axum::http::StatusCode;
use axum::http::header::{CONTENT_DISPOSITION, CONTENT_TYPE, LOCATION, SET_COOKIE};
use axum::response::{IntoResponse, Response};
use maud::{Markup, html};
use quartier_db::platform::tokens::Purpose;
use quartier_i18n::Lang;
use serde::Deserialize;

use crate::access::{Identity, SESSION_COOKIE};
use crate::error::{AppError, AppResult};
use crate::ui::forms::{self, Field, FieldErrors, field};
use crate::{
    AppState, Ctx, cookies,
    platform::password,
    ui::fmt::{fmt_time, role_name},
    ui::layout,
};

const DIGESTS: [&str; 3] = ["off", "daily", "weekly"];

/// Profile fields.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ProfileForm {
    display_name: String,
    pseudonym: String,
    show_pseudonym: String,
    lang: String,
    digest: String,
}

fn account_page(
    ctx: &Ctx,
    id: &Identity,
    form: &ProfileForm,
    errors: &FieldErrors,
    notice: Option<Markup>,
    tokens: i64,
) -> Markup {
    let body = html! {
        @if let Some(n) = notice { div class="notice" role="status" { (n) } }
        section aria-labelledby="h-profile" {
            h2 id="h-profile" { (ctx.t("account-profile")) }
            p { (ctx.t("field-email")) ": " strong { (id.user.email) } }
            (forms::error_summary(ctx, errors))
            form method="post" action="/account" class="form narrow" novalidate {
                (forms::csrf(ctx))
                (field(Field { name: "display_name", label: ctx.t("field-display-name"), kind: "text", value: &form.display_name, autocomplete: "name", required: true, hint: None }, errors))
                (field(Field { name: "pseudonym", label: ctx.t("field-pseudonym"), kind: "text", value: &form.pseudonym, autocomplete: "nickname", required: false, hint: Some(ctx.t("hint-pseudonym")) }, errors))
                div class="field checkbox" {
                    input type="checkbox" id="f-show_pseudonym" name="show_pseudonym" value="yes" checked[form.show_pseudonym == "yes"];
                    label for="f-show_pseudonym" { (ctx.t("field-show-pseudonym")) }
                }
                div class="field" {
                    label for="f-lang" { (ctx.t("field-language")) }
                    select id="f-lang" name="lang" {
                        @for l in Lang::ALL { option value=(l.code()) lang=(l.code()) selected[form.lang == l.code()] { (l.native_name()) } }
                    }
                }
                div class="field" {
                    label for="f-digest" { (ctx.t("field-digest")) }
                    select id="f-digest" name="digest" {
                        @for d in DIGESTS { option value=(d) selected[form.digest == d] { (ctx.t(&format!("digest-{d}"))) } }
                    }
                }
                button type="submit" { (ctx.t("save")) }
            }
        }
        section aria-labelledby="h-roles" {
            h2 id="h-roles" { (ctx.t("account-roles")) }
            @if id.roles.is_empty() { p { (ctx.t("home-no-roles")) } }
            ul { @for r in &id.roles { li { (role_name(ctx.lang, &r.role)) @if r.quarter_id != 0 { " (" (ctx.t("scope-quarter")) " " (r.quarter_id) ")" } } } }
        }
        section aria-labelledby="h-api" {
            h2 id="h-api" { (ctx.t("account-api")) }
            p { (ctx.ta("account-api-count", &[("count", tokens.into())])) }
            form method="post" action="/account/tokens" class="inline" {
                (forms::csrf(ctx))
                button type="submit" { (ctx.t("account-api-create")) }
            }
        }
        section aria-labelledby="h-data" {
            h2 id="h-data" { (ctx.t("account-data")) }
            p { a href="/account/export" download="quartier-my-data.json" { (ctx.t("account-export")) } }
            p { a href="/account/delete" { (ctx.t("account-delete")) } }
        }
    };
    layout::page(ctx, &ctx.t("nav-account"), body)
}

fn form_from(id: &Identity) -> ProfileForm {
    ProfileForm {
        display_name: id.user.display_name.clone(),
        pseudonym: id.user.pseudonym.clone().unwrap_or_default(),
        show_pseudonym: if id.user.show_pseudonym == 1 {
            "yes".into()
        } else {
            String::new()
        },
        lang: id.user.lang.clone(),
        digest: id.user.digest.clone(),
    }
}

/// `GET /account`
pub async fn show(State(state): State<AppState>, ctx: Ctx) -> AppResult<Markup> {
    let id = ctx.require_user()?;
    let tokens = state.db.count_api_tokens(id.user.id).await?;
    Ok(account_page(
        &ctx,
        id,
        &form_from(id),
        &FieldErrors::default(),
        None,
        tokens,
    ))
}

/// `POST /account`
pub async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    Form(form): Form<ProfileForm>,
) -> AppResult<Response> {
    let id = ctx.require_user()?;
    let mut errors = FieldErrors::default();
    let name = form.display_name.trim();
    if name.is_empty() {
        errors.add("display_name", ctx.t("error-name-required"));
    } else if name.chars().count() > 80 {
        errors.add("display_name", ctx.t("error-name-long"));
    }
    if form.pseudonym.trim().chars().count() > 40 {
        errors.add("pseudonym", ctx.t("error-pseudonym-long"));
    }
    if form.show_pseudonym == "yes" && form.pseudonym.trim().is_empty() {
        errors.add("pseudonym", ctx.t("error-pseudonym-required"));
    }
    let lang = Lang::parse(&form.lang).unwrap_or(ctx.lang);
    let digest = if DIGESTS.contains(&form.digest.as_str()) {
        form.digest.as_str()
    } else {
        "weekly"
    };
    if !errors.is_empty() {
        let tokens = state.db.count_api_tokens(id.user.id).await?;
        let mut resp = account_page(&ctx, id, &form, &errors, None, tokens).into_response();
        *resp.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
        return Ok(resp);
    }
    let pseudonym = form.pseudonym.trim();
    state
        .db
        .update_profile(
            id.user.id,
            name,
            (!pseudonym.is_empty()).then_some(pseudonym),
            form.show_pseudonym == "yes",
            lang.code(),
            digest,
        )
        .await?;
    let cookie = cookies::set(
        crate::ctx::LANG_COOKIE,
        lang.code(),
        Some(365 * 24 * 3600),
        state.config.secure_cookies,
    );
    Ok((
        StatusCode::SEE_OTHER,
        [(LOCATION, "/account".to_string()), (SET_COOKIE, cookie)],
    )
        .into_response())
}

/// `POST /account/tokens` — creates an API token and shows it once.
pub async fn create_token(State(state): State<AppState>, ctx: Ctx) -> AppResult<Markup> {
    let id = ctx.require_user()?;
    let token = password::random_token();
    state
        .db
        .create_token(
            Purpose::Api,
            &password::token_hash(&token),
            Some(id.user.id),
            "",
            365 * 24 * 3600,
        )
        .await?;
    let tokens = state.db.count_api_tokens(id.user.id).await?;
    let notice = html! {
        p { (ctx.t("account-api-created")) }
        p { code class="token" { (token) } }
    };
    Ok(account_page(
        &ctx,
        id,
        &form_from(id),
        &FieldErrors::default(),
        Some(notice),
        tokens,
    ))
}

/// `GET /account/export` — everything stored about me, as JSON.
pub async fn export(State(state): State<AppState>, ctx: Ctx) -> AppResult<Response> {
    let id = ctx.require_user()?;
    let roles = state.db.roles_of(id.user.id).await?;
    let mails = state.db.outbox(Some(&id.user.email), 1000).await?;
    let doc = serde_json::json!({
        "exported_at": fmt_time(quartier_db::now()),
        "account": id.user,
        "roles": roles,
        "emails_sent_to_you": mails,
    });
    let body = serde_json::to_string_pretty(&doc).map_err(|e| AppError::Internal(e.to_string()))?;
    Ok((
        [
            (CONTENT_TYPE, "application/json; charset=utf-8"),
            (
                CONTENT_DISPOSITION,
                "attachment; filename=\"quartier-my-data.json\"",
            ),
        ],
        body,
    )
        .into_response())
}

/// Deletion confirmation.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct DeleteForm {
    password: String,
}

fn delete_page(ctx: &Ctx, errors: &FieldErrors) -> Markup {
    let body = html! {
        p { (ctx.t("delete-intro")) }
        (forms::error_summary(ctx, errors))
        form method="post" action="/account/delete" class="form narrow" novalidate {
            (forms::csrf(ctx))
            (field(Field { name: "password", label: ctx.t("field-password"), kind: "password", value: "", autocomplete: "current-password", required: true, hint: Some(ctx.t("hint-delete-password")) }, errors))
            button type="submit" class="danger" { (ctx.t("delete-submit")) }
        }
        p { a href="/account" { (ctx.t("cancel")) } }
    };
    layout::page(ctx, &ctx.t("account-delete"), body)
}

/// `GET /account/delete`
pub async fn delete_form(ctx: Ctx) -> Markup {
    delete_page(&ctx, &FieldErrors::default())
}

/// `POST /account/delete`
pub async fn delete(
    State(state): State<AppState>,
    ctx: Ctx,
    Form(form): Form<DeleteForm>,
) -> AppResult<Response> {
    let id = ctx.require_user()?;
    if !password::verify(&form.password, &id.user.password_hash) {
        let mut errors = FieldErrors::default();
        errors.add("password", ctx.t("error-login-failed"));
        let mut resp = delete_page(&ctx, &errors).into_response();
        *resp.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
        return Ok(resp);
    }
    state.db.delete_user(id.user.id).await?;
    state
        .db
        .audit(
            None,
            "self-service",
            "user.delete",
            &format!("user:{}", id.user.id),
            "",
        )
        .await?;
    let body = html! { p role="status" class="notice" { (ctx.t("delete-done")) } };
    let mut resp = layout::page(
        &Ctx {
            identity: None,
            ..ctx.clone()
        },
        &ctx.t("delete-done-title"),
        body,
    )
    .into_response();
    if let Ok(v) = cookies::clear(SESSION_COOKIE).parse() {
        resp.headers_mut().append(SET_COOKIE, v);
    }
    Ok(resp)
}
