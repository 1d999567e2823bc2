//! What the civic pages share: the keys of kinds, languages and public fields,
//! JSON list helpers, who may manage a quarter or edit an actor, the quarter
//! navigation and the audit entry.

use maud::{Markup, html};
use quartier_db::civic::actors::Actor;
use quartier_db::monitoring::city::Quarter;
use quartier_db::platform::accounts::Role;

use crate::error::{AppError, AppResult};
use crate::ui::forms::FieldErrors;
use crate::{AppState, Ctx};

/// Kinds of actors.
pub const KINDS: &[&str] = &[
    "association",
    "initiative",
    "individual",
    "school",
    "kita",
    "religious_community",
    "migrant_organisation",
    "housing_company",
    "library",
    "sports_club",
    "counselling_centre",
    "community_centre",
    "public_office",
    "neighbourhood_management",
    "business",
];

/// Languages an actor or offer can list.
pub const LANGS: &[&str] = &[
    "de", "en", "ar", "fa", "uk", "ru", "tr", "vi", "ku", "fr", "pl",
];

/// Fields of an actor that can be public or internal.
pub const FIELDS: &[&str] = &[
    "description",
    "address",
    "location",
    "languages",
    "target_groups",
    "opening_hours",
    "email",
    "phone",
    "website",
    "accessibility",
];

/// A JSON array of strings, or empty.
pub fn list(json: &str) -> Vec<String> {
    serde_json::from_str(json).unwrap_or_default()
}

/// Strings as a JSON array.
pub fn to_json(v: &[String]) -> String {
    serde_json::to_string(v).unwrap_or_else(|_| "[]".into())
}

/// Comma-separated words as a list (trimmed, empty ones dropped).
pub fn split_list(s: &str) -> Vec<String> {
    s.split([',', ';'])
        .map(str::trim)
        .filter(|x| !x.is_empty())
        .map(str::to_string)
        .collect()
}

/// The name of a language code in the UI language.
pub fn lang_name(ctx: &Ctx, code: &str) -> String {
    if LANGS.contains(&code) {
        ctx.t(&format!("civic-lang-{code}"))
    } else {
        code.to_string()
    }
}

/// The quarter of `slug` or 404.
pub async fn quarter(state: &AppState, ctx: &Ctx, slug: &str) -> AppResult<Quarter> {
    let city = ctx.require_city()?;
    state
        .db
        .quarter_by_slug(city.id, slug)
        .await?
        .ok_or(AppError::NotFound)
}

/// The quarter of `slug` for one who manages it (404 / 403 otherwise).
pub async fn managed_quarter(state: &AppState, ctx: &Ctx, slug: &str) -> AppResult<Quarter> {
    let q = quarter(state, ctx, slug).await?;
    if !manages(ctx, q.id) {
        return Err(AppError::Forbidden);
    }
    Ok(q)
}

/// Neighbourhood manager of this quarter, programme lead or admin.
pub fn manages(ctx: &Ctx, quarter_id: i64) -> bool {
    ctx.identity.as_ref().is_some_and(|i| {
        i.has_role_in(Role::Lead, quarter_id) || i.has_role_in(Role::Manager, quarter_id)
    })
}

/// May change the actor: manages its quarter, or represents it.
pub async fn may_edit_actor(state: &AppState, ctx: &Ctx, a: &Actor) -> AppResult<bool> {
    if manages(ctx, a.quarter_id) {
        return Ok(true);
    }
    let Some(id) = ctx.identity.as_ref() else {
        return Ok(false);
    };
    if !id.has_role_in(Role::Actor, a.quarter_id) {
        return Ok(false);
    }
    Ok(state.db.actors_of_user(id.user.id).await?.contains(&a.id))
}

/// The actor or 404.
pub async fn actor_or_404(state: &AppState, id: i64) -> AppResult<Actor> {
    state.db.actor(id).await?.ok_or(AppError::NotFound)
}

/// Checkboxes for languages.
pub fn lang_checks(
    ctx: &Ctx,
    name: &'static str,
    chosen: &[String],
    errors: &FieldErrors,
) -> Markup {
    html! {
        fieldset class={ "checks civic-checks" @if errors.get(name).is_some() { " field-error" } } id={ "f-" (name) } {
            legend { (ctx.t("civic-languages")) }
            @if let Some(e) = errors.get(name) { p class="error" { (e) } }
            @for l in LANGS {
                div class="checkbox" {
                    input type="checkbox" id={ "f-" (name) "-" (l) } name=(name) value=(l) checked[chosen.iter().any(|c| c == l)];
                    label for={ "f-" (name) "-" (l) } { (lang_name(ctx, l)) }
                }
            }
        }
    }
}

/// Navigation between the civic pages of a quarter (for staff).
pub fn quarter_nav(ctx: &Ctx, q: &Quarter) -> Markup {
    html! {
        nav class="civic-nav" aria-label=(ctx.t("civic-nav-label")) {
            ul {
                li { a href={ "/quarters/" (q.slug) "/actors" } { (ctx.t("civic-actors")) } }
                li { a href={ "/quarters/" (q.slug) "/plan" } { (ctx.t("plan-title")) } }
                li { a href={ "/quarters/" (q.slug) "/dialogues" } { (ctx.t("participation-nav-quarter")) } }
                @if manages(ctx, q.id) {
                    li { a href={ "/quarters/" (q.slug) "/matching" } { (ctx.t("civic-matching")) } }
                    li { a href={ "/quarters/" (q.slug) "/network" } { (ctx.t("civic-network")) } }
                }
                li { a href="/directory" { (ctx.t("civic-directory")) } }
                li { a href="/calendar" { (ctx.t("civic-calendar")) } }
            }
        }
    }
}

/// Writes an audit entry for the signed-in user.
pub async fn audit(state: &AppState, ctx: &Ctx, action: &str, target: &str) -> AppResult<()> {
    let who = ctx
        .identity
        .as_ref()
        .map(|i| i.user.email.clone())
        .unwrap_or_default();
    state
        .db
        .audit(
            ctx.identity.as_ref().map(|i| i.user.id),
            &who,
            action,
            target,
            "",
        )
        .await?;
    Ok(())
}
