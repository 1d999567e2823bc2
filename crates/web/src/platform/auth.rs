//! Sign-in, sign-out, registration with email verification, password reset,
//! staff invitations.

use std::net::SocketAddr;

use axum::Form;
use axum::extract::{ConnectInfo, FromRequestParts, Path, Query, State};
use axum::http::header::{LOCATION, SET_COOKIE};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use maud::{Markup, html};
use quartier_db::DbError;
use quartier_db::platform::accounts::{NewUser, Role};
use quartier_db::platform::tokens::Purpose;
use serde::Deserialize;

use crate::access::SESSION_COOKIE;
use crate::csrf::CSRF_COOKIE;
use crate::error::{AppError, AppResult};
use crate::platform::mailtexts::{self, Mail};
use crate::ui::forms::{self, Field, FieldErrors, field, safe_next, valid_email};
use crate::{AppState, Ctx, cookies, platform::password, ui::fmt::role_name, ui::layout};

/// The client's address (for rate limiting).
pub struct ClientAddr(pub String);

impl FromRequestParts<AppState> for ClientAddr {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        if state.config.trust_proxy
            && let Some(first) = parts
                .headers
                .get("x-forwarded-for")
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.split(',').next())
        {
            return Ok(ClientAddr(first.trim().to_string()));
        }
        let addr = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|c| c.0.ip().to_string())
            .unwrap_or_else(|| "unknown".into());
        Ok(ClientAddr(addr))
    }
}

fn check_rate(state: &AppState, bucket: &str, client: &ClientAddr) -> Result<(), AppError> {
    if state.limiter.check(bucket, &client.0) {
        Ok(())
    } else {
        Err(AppError::RateLimited)
    }
}

/// Starts a fresh session (new id: rotation at sign-in) and a fresh CSRF token.
async fn start_session(
    state: &AppState,
    user_id: i64,
    old: Option<&str>,
    next: &str,
    lang: &str,
) -> AppResult<Response> {
    if let Some(old) = old {
        state.db.delete_session(old).await?;
    }
    let sid = password::random_token();
    let ttl = state.config.session_ttl.as_secs() as i64;
    state
        .db
        .create_session(&password::token_hash(&sid), user_id, ttl)
        .await?;
    let secure = state.config.secure_cookies;
    let mut headers = HeaderMap::new();
    for c in [
        cookies::set(SESSION_COOKIE, &sid, Some(ttl), secure),
        cookies::set(CSRF_COOKIE, &password::random_token(), None, secure),
        cookies::set(crate::ctx::LANG_COOKIE, lang, Some(365 * 24 * 3600), secure),
    ] {
        if let Ok(v) = HeaderValue::from_str(&c) {
            headers.append(SET_COOKIE, v);
        }
    }
    if let Ok(v) = HeaderValue::from_str(next) {
        headers.insert(LOCATION, v);
    }
    Ok((StatusCode::SEE_OTHER, headers).into_response())
}

fn redirect(to: &str) -> Response {
    (StatusCode::SEE_OTHER, [(LOCATION, to.to_string())]).into_response()
}

/// Query with an optional `next`.
#[derive(Deserialize, Default)]
pub struct NextQuery {
    next: Option<String>,
}

/// The sign-in form's fields.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct LoginForm {
    email: String,
    password: String,
    next: String,
}

fn login_page(ctx: &Ctx, form: &LoginForm, errors: &FieldErrors, notice: Option<String>) -> Markup {
    let body = html! {
        @if let Some(n) = notice { p class="notice" role="status" { (n) } }
        (forms::error_summary(ctx, errors))
        form method="post" action="/login" class="form narrow" novalidate {
            (forms::csrf(ctx))
            input type="hidden" name="next" value=(form.next);
            (field(Field { name: "email", label: ctx.t("field-email"), kind: "email", value: &form.email, autocomplete: "username", required: true, hint: None }, errors))
            (field(Field { name: "password", label: ctx.t("field-password"), kind: "password", value: "", autocomplete: "current-password", required: true, hint: None }, errors))
            button type="submit" { (ctx.t("login-submit")) }
        }
        p { a href="/password/forgot" { (ctx.t("login-forgot")) } }
        p { (ctx.t("login-no-account")) " " a href="/register" { (ctx.t("nav-register")) } }
    };
    layout::page(ctx, &ctx.t("login-title"), body)
}

/// `GET /login`
pub async fn login_form(ctx: Ctx, Query(q): Query<NextQuery>) -> Response {
    if ctx.identity.is_some() {
        return redirect(&safe_next(q.next.as_deref()));
    }
    let form = LoginForm {
        next: safe_next(q.next.as_deref()),
        ..Default::default()
    };
    login_page(&ctx, &form, &FieldErrors::default(), None).into_response()
}

/// `POST /login`
pub async fn login(
    State(state): State<AppState>,
    ctx: Ctx,
    client: ClientAddr,
    Form(form): Form<LoginForm>,
) -> AppResult<Response> {
    check_rate(&state, "login", &client)?;
    let mut errors = FieldErrors::default();
    if form.email.trim().is_empty() {
        errors.add("email", ctx.t("error-email-required"));
    }
    if form.password.is_empty() {
        errors.add("password", ctx.t("error-password-required"));
    }
    if errors.is_empty() {
        let user = state.db.user_by_email(&form.email).await?;
        match user {
            Some(u) if password::verify(&form.password, &u.password_hash) => {
                if u.email_verified_at.is_none() {
                    send_verification(&state, &ctx, u.id, &u.email).await?;
                    errors.add("email", ctx.t("error-not-verified"));
                } else {
                    let old = ctx.identity.as_ref().and_then(|i| i.session_hash.clone());
                    return start_session(
                        &state,
                        u.id,
                        old.as_deref(),
                        &safe_next(Some(&form.next)),
                        &u.lang,
                    )
                    .await;
                }
            }
            _ => {
                // Same message whether the address exists or not.
                errors.add("password", ctx.t("error-login-failed"));
            }
        }
    }
    let mut resp = login_page(&ctx, &form, &errors, None).into_response();
    *resp.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    Ok(resp)
}

/// `POST /logout`
pub async fn logout(State(state): State<AppState>, ctx: Ctx) -> AppResult<Response> {
    if let Some(hash) = ctx.identity.as_ref().and_then(|i| i.session_hash.clone()) {
        state.db.delete_session(&hash).await?;
    }
    let mut headers = HeaderMap::new();
    for c in [cookies::clear(SESSION_COOKIE), cookies::clear(CSRF_COOKIE)] {
        if let Ok(v) = HeaderValue::from_str(&c) {
            headers.append(SET_COOKIE, v);
        }
    }
    headers.insert(LOCATION, HeaderValue::from_static("/"));
    Ok((StatusCode::SEE_OTHER, headers).into_response())
}

/// Registration fields.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct RegisterForm {
    display_name: String,
    email: String,
    password: String,
    password_confirm: String,
    accept: String,
}

fn register_page(ctx: &Ctx, form: &RegisterForm, errors: &FieldErrors) -> Markup {
    let body = html! {
        p { (ctx.t("register-intro")) }
        (forms::error_summary(ctx, errors))
        form method="post" action="/register" class="form narrow" novalidate {
            (forms::csrf(ctx))
            (field(Field { name: "display_name", label: ctx.t("field-display-name"), kind: "text", value: &form.display_name, autocomplete: "nickname", required: true, hint: Some(ctx.t("hint-display-name")) }, errors))
            (field(Field { name: "email", label: ctx.t("field-email"), kind: "email", value: &form.email, autocomplete: "email", required: true, hint: None }, errors))
            (field(Field { name: "password", label: ctx.t("field-password"), kind: "password", value: "", autocomplete: "new-password", required: true, hint: Some(ctx.ta("hint-password", &[("min", (password::MIN_LEN as i64).into())])) }, errors))
            (field(Field { name: "password_confirm", label: ctx.t("field-password-confirm"), kind: "password", value: "", autocomplete: "new-password", required: true, hint: None }, errors))
            div class={ "field checkbox" @if errors.get("accept").is_some() { " field-error" } } {
                @if let Some(e) = errors.get("accept") { p class="error" id="f-accept-error" { (e) } }
                input type="checkbox" id="f-accept" name="accept" value="yes" checked[form.accept == "yes"]
                    aria-describedby=[errors.get("accept").map(|_| "f-accept-error")];
                label for="f-accept" { (ctx.t("field-accept")) " " a href="/about" { (ctx.t("nav-about")) } }
            }
            button type="submit" { (ctx.t("register-submit")) }
        }
    };
    layout::page(ctx, &ctx.t("register-title"), body)
}

/// `GET /register`
pub async fn register_form(ctx: Ctx) -> Markup {
    register_page(&ctx, &RegisterForm::default(), &FieldErrors::default())
}

fn validate_password(ctx: &Ctx, pw: &str, confirm: &str, email: &str, errors: &mut FieldErrors) {
    if pw.chars().count() < password::MIN_LEN {
        errors.add(
            "password",
            ctx.ta(
                "error-password-short",
                &[("min", (password::MIN_LEN as i64).into())],
            ),
        );
    } else if pw.eq_ignore_ascii_case(email.trim()) {
        errors.add("password", ctx.t("error-password-is-email"));
    }
    if pw != confirm {
        errors.add("password_confirm", ctx.t("error-password-mismatch"));
    }
}

async fn send_verification(
    state: &AppState,
    ctx: &Ctx,
    user_id: i64,
    email: &str,
) -> AppResult<()> {
    let token = password::random_token();
    state
        .db
        .create_token(
            Purpose::Verify,
            &password::token_hash(&token),
            Some(user_id),
            "",
            48 * 3600,
        )
        .await?;
    let link = format!("{}/verify?token={token}", state.config.base_url);
    mailtexts::send(&state.db, ctx.lang, email, Mail::Verify { link: &link }).await?;
    Ok(())
}

/// `POST /register`
pub async fn register(
    State(state): State<AppState>,
    ctx: Ctx,
    client: ClientAddr,
    Form(form): Form<RegisterForm>,
) -> AppResult<Response> {
    check_rate(&state, "register", &client)?;
    let mut errors = FieldErrors::default();
    let name = form.display_name.trim();
    if name.is_empty() {
        errors.add("display_name", ctx.t("error-name-required"));
    } else if name.chars().count() > 80 {
        errors.add("display_name", ctx.t("error-name-long"));
    }
    if !valid_email(&form.email) {
        errors.add("email", ctx.t("error-email-invalid"));
    }
    validate_password(
        &ctx,
        &form.password,
        &form.password_confirm,
        &form.email,
        &mut errors,
    );
    if form.accept != "yes" {
        errors.add("accept", ctx.t("error-accept"));
    }
    if !errors.is_empty() {
        let mut resp = register_page(&ctx, &form, &errors).into_response();
        *resp.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
        return Ok(resp);
    }
    let hash = password::hash(&form.password).map_err(|e| AppError::Internal(e.to_string()))?;
    let created = state
        .db
        .create_user(NewUser {
            email: &form.email,
            password_hash: &hash,
            display_name: name,
            lang: ctx.lang.code(),
            verified: false,
        })
        .await;
    match created {
        Ok(uid) => {
            if let Some(city) = &ctx.city {
                state.db.grant_role(uid, city.id, 0, Role::Resident).await?;
            }
            send_verification(&state, &ctx, uid, &form.email).await?;
        }
        Err(DbError::Conflict(_)) => {
            // Do not reveal that the address is registered; tell its owner instead.
            let link = format!("{}/password/forgot", state.config.base_url);
            mailtexts::send(
                &state.db,
                ctx.lang,
                &form.email,
                Mail::AlreadyRegistered { reset_link: &link },
            )
            .await?;
        }
        Err(e) => return Err(e.into()),
    }
    let body = html! {
        p role="status" class="notice" { (ctx.ta("register-check-mail", &[("email", form.email.trim().to_string().into())])) }
    };
    Ok(layout::page(&ctx, &ctx.t("register-done-title"), body).into_response())
}

/// Query with a token.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct TokenQuery {
    token: String,
}

/// `GET /verify?token=…`
pub async fn verify(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(q): Query<TokenQuery>,
) -> AppResult<Response> {
    let tok = state
        .db
        .take_token(Purpose::Verify, &password::token_hash(q.token.trim()))
        .await?;
    let (title, text, ok) = match tok.and_then(|t| t.user_id) {
        Some(uid) => {
            state.db.mark_verified(uid).await?;
            (ctx.t("verify-ok-title"), ctx.t("verify-ok"), true)
        }
        None => (ctx.t("verify-bad-title"), ctx.t("verify-bad"), false),
    };
    let body = html! {
        p role="status" { (text) }
        @if ok { p { a class="button" href="/login" { (ctx.t("nav-login")) } } }
    };
    let mut resp = layout::page(&ctx, &title, body).into_response();
    if !ok {
        *resp.status_mut() = StatusCode::BAD_REQUEST;
    }
    Ok(resp)
}

/// Forgotten-password fields.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ForgotForm {
    email: String,
}

fn forgot_page(ctx: &Ctx, form: &ForgotForm, errors: &FieldErrors) -> Markup {
    let body = html! {
        p { (ctx.t("forgot-intro")) }
        (forms::error_summary(ctx, errors))
        form method="post" action="/password/forgot" class="form narrow" novalidate {
            (forms::csrf(ctx))
            (field(Field { name: "email", label: ctx.t("field-email"), kind: "email", value: &form.email, autocomplete: "email", required: true, hint: None }, errors))
            button type="submit" { (ctx.t("forgot-submit")) }
        }
    };
    layout::page(ctx, &ctx.t("forgot-title"), body)
}

/// `GET /password/forgot`
pub async fn forgot_form(ctx: Ctx) -> Markup {
    forgot_page(&ctx, &ForgotForm::default(), &FieldErrors::default())
}

/// `POST /password/forgot`
pub async fn forgot(
    State(state): State<AppState>,
    ctx: Ctx,
    client: ClientAddr,
    Form(form): Form<ForgotForm>,
) -> AppResult<Response> {
    check_rate(&state, "reset", &client)?;
    if !valid_email(&form.email) {
        let mut errors = FieldErrors::default();
        errors.add("email", ctx.t("error-email-invalid"));
        let mut resp = forgot_page(&ctx, &form, &errors).into_response();
        *resp.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
        return Ok(resp);
    }
    if let Some(u) = state.db.user_by_email(&form.email).await? {
        let token = password::random_token();
        state
            .db
            .create_token(
                Purpose::Reset,
                &password::token_hash(&token),
                Some(u.id),
                "",
                3600,
            )
            .await?;
        let link = format!("{}/password/reset?token={token}", state.config.base_url);
        let lang = quartier_i18n::Lang::parse(&u.lang).unwrap_or(ctx.lang);
        mailtexts::send(&state.db, lang, &u.email, Mail::Reset { link: &link }).await?;
    }
    let body = html! { p role="status" class="notice" { (ctx.t("forgot-sent")) } };
    Ok(layout::page(&ctx, &ctx.t("forgot-title"), body).into_response())
}

/// New-password fields.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ResetForm {
    token: String,
    password: String,
    password_confirm: String,
}

fn reset_page(ctx: &Ctx, token: &str, errors: &FieldErrors) -> Markup {
    let body = html! {
        (forms::error_summary(ctx, errors))
        form method="post" action="/password/reset" class="form narrow" novalidate {
            (forms::csrf(ctx))
            input type="hidden" name="token" value=(token);
            (field(Field { name: "password", label: ctx.t("field-new-password"), kind: "password", value: "", autocomplete: "new-password", required: true, hint: Some(ctx.ta("hint-password", &[("min", (password::MIN_LEN as i64).into())])) }, errors))
            (field(Field { name: "password_confirm", label: ctx.t("field-password-confirm"), kind: "password", value: "", autocomplete: "new-password", required: true, hint: None }, errors))
            button type="submit" { (ctx.t("reset-submit")) }
        }
    };
    layout::page(ctx, &ctx.t("reset-title"), body)
}

/// `GET /password/reset?token=…`
pub async fn reset_form(ctx: Ctx, Query(q): Query<TokenQuery>) -> Markup {
    reset_page(&ctx, &q.token, &FieldErrors::default())
}

/// `POST /password/reset`
pub async fn reset(
    State(state): State<AppState>,
    ctx: Ctx,
    client: ClientAddr,
    Form(form): Form<ResetForm>,
) -> AppResult<Response> {
    check_rate(&state, "reset", &client)?;
    let mut errors = FieldErrors::default();
    validate_password(
        &ctx,
        &form.password,
        &form.password_confirm,
        "",
        &mut errors,
    );
    let hash_tok = password::token_hash(form.token.trim());
    if errors.is_empty() {
        match state.db.take_token(Purpose::Reset, &hash_tok).await? {
            Some(tok) => {
                if let Some(uid) = tok.user_id {
                    let hash = password::hash(&form.password)
                        .map_err(|e| AppError::Internal(e.to_string()))?;
                    state.db.set_password(uid, &hash).await?;
                    state.db.delete_sessions_of(uid).await?;
                    state.db.mark_verified(uid).await?;
                }
                let body = html! {
                    p role="status" class="notice" { (ctx.t("reset-done")) }
                    p { a class="button" href="/login" { (ctx.t("nav-login")) } }
                };
                return Ok(layout::page(&ctx, &ctx.t("reset-title"), body).into_response());
            }
            None => errors.add("password", ctx.t("error-token-invalid")),
        }
    }
    let mut resp = reset_page(&ctx, &form.token, &errors).into_response();
    *resp.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    Ok(resp)
}

/// Invitation payload: `role|quarter_id|email`.
/// The payload of an invitation token: role, quarter (0 = city-wide), the inviting
/// city and the address invited.
pub fn invite_payload(role: Role, quarter_id: i64, city_id: i64, email: &str) -> String {
    format!(
        "{}|{quarter_id}|{city_id}|{}",
        role.as_str(),
        email.trim().to_lowercase()
    )
}

/// Reads an invitation payload: role, quarter, inviting city (absent in invitations
/// made before roles were per city) and address.
fn parse_invite(payload: &str) -> Option<(Role, i64, Option<i64>, String)> {
    let mut it = payload.splitn(4, '|');
    let role = Role::parse(it.next()?)?;
    let q = it.next()?.parse().ok()?;
    let third = it.next()?;
    match (third.parse::<i64>(), it.next()) {
        (Ok(city), Some(email)) => Some((role, q, Some(city), email.to_string())),
        _ => Some((role, q, None, payload.splitn(3, '|').nth(2)?.to_string())),
    }
}

/// Invitation acceptance fields.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct InviteForm {
    display_name: String,
    password: String,
    password_confirm: String,
}

fn invite_page(
    ctx: &Ctx,
    token: &str,
    role: Role,
    email: &str,
    exists: bool,
    form: &InviteForm,
    errors: &FieldErrors,
) -> Markup {
    let body = html! {
        p { (ctx.ta("invite-intro", &[("role", role_name(ctx.lang, role.as_str()).into()), ("email", email.to_string().into())])) }
        (forms::error_summary(ctx, errors))
        form method="post" action={ "/invite/" (token) } class="form narrow" novalidate {
            (forms::csrf(ctx))
            @if exists {
                p { (ctx.t("invite-existing")) }
                (field(Field { name: "password", label: ctx.t("field-password"), kind: "password", value: "", autocomplete: "current-password", required: true, hint: None }, errors))
            } @else {
                (field(Field { name: "display_name", label: ctx.t("field-display-name"), kind: "text", value: &form.display_name, autocomplete: "name", required: true, hint: None }, errors))
                (field(Field { name: "password", label: ctx.t("field-password"), kind: "password", value: "", autocomplete: "new-password", required: true, hint: Some(ctx.ta("hint-password", &[("min", (password::MIN_LEN as i64).into())])) }, errors))
                (field(Field { name: "password_confirm", label: ctx.t("field-password-confirm"), kind: "password", value: "", autocomplete: "new-password", required: true, hint: None }, errors))
            }
            button type="submit" { (ctx.t("invite-submit")) }
        }
    };
    layout::page(ctx, &ctx.t("invite-title"), body)
}

/// `GET /invite/{token}`
pub async fn invite_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
) -> AppResult<Markup> {
    let tok = state
        .db
        .peek_token(Purpose::Invite, &password::token_hash(&token))
        .await?
        .ok_or(AppError::NotFound)?;
    let (role, _, _, email) = parse_invite(&tok.payload).ok_or(AppError::NotFound)?;
    let exists = state.db.user_by_email(&email).await?.is_some();
    Ok(invite_page(
        &ctx,
        &token,
        role,
        &email,
        exists,
        &InviteForm::default(),
        &FieldErrors::default(),
    ))
}

/// `POST /invite/{token}`
pub async fn invite_accept(
    State(state): State<AppState>,
    ctx: Ctx,
    client: ClientAddr,
    Path(token): Path<String>,
    Form(form): Form<InviteForm>,
) -> AppResult<Response> {
    check_rate(&state, "login", &client)?;
    let hash_tok = password::token_hash(&token);
    let tok = state
        .db
        .peek_token(Purpose::Invite, &hash_tok)
        .await?
        .ok_or(AppError::NotFound)?;
    let (role, quarter_id, city_id, email) =
        parse_invite(&tok.payload).ok_or(AppError::NotFound)?;
    // The role counts in the inviting city, whatever city the visitor has chosen.
    let city_id = match city_id {
        Some(c) => c,
        None => match state.city_directory().await?.quarter_city.get(&quarter_id) {
            Some(c) => *c,
            None => ctx.require_city()?.id,
        },
    };
    let existing = state.db.user_by_email(&email).await?;
    let mut errors = FieldErrors::default();
    match &existing {
        Some(u) => {
            if !password::verify(&form.password, &u.password_hash) {
                errors.add("password", ctx.t("error-login-failed"));
            }
        }
        None => {
            if form.display_name.trim().is_empty() {
                errors.add("display_name", ctx.t("error-name-required"));
            }
            validate_password(
                &ctx,
                &form.password,
                &form.password_confirm,
                &email,
                &mut errors,
            );
        }
    }
    if !errors.is_empty() {
        let mut resp = invite_page(
            &ctx,
            &token,
            role,
            &email,
            existing.is_some(),
            &form,
            &errors,
        )
        .into_response();
        *resp.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
        return Ok(resp);
    }
    if state
        .db
        .take_token(Purpose::Invite, &hash_tok)
        .await?
        .is_none()
    {
        return Err(AppError::NotFound);
    }
    let (uid, lang) = match existing {
        Some(u) => (u.id, u.lang),
        None => {
            let hash =
                password::hash(&form.password).map_err(|e| AppError::Internal(e.to_string()))?;
            let uid = state
                .db
                .create_user(NewUser {
                    email: &email,
                    password_hash: &hash,
                    display_name: form.display_name.trim(),
                    lang: ctx.lang.code(),
                    verified: true,
                })
                .await?;
            (uid, ctx.lang.code().to_string())
        }
    };
    state.db.grant_role(uid, city_id, quarter_id, role).await?;
    state
        .db
        .audit(
            Some(uid),
            &email,
            "invite.accept",
            &format!("user:{uid}"),
            role.as_str(),
        )
        .await?;
    let old = ctx.identity.as_ref().and_then(|i| i.session_hash.clone());
    start_session(&state, uid, old.as_deref(), "/", &lang).await
}
