//! Local civic structures (M4): actor profiles with per-field privacy, managed by
//! the neighbourhood manager and the actor's representatives, and the CSV/XLSX
//! import of an existing actor list (upload → preview of every problem → confirm).
//! Offers and needs are in `civic_items`, the network in `civic_network`, the
//! public directory and the calendar in `civic_directory`.

use axum::body::Bytes;
use axum::extract::{Multipart, Path, Query, State};
use axum::http::StatusCode;
use axum::http::header::LOCATION;
use axum::response::{IntoResponse, Response};
use maud::{Markup, html};
use quartier_db::civic::Side;
use quartier_db::civic::actors::{Actor, ActorDraft};
use quartier_db::monitoring::city::Quarter;
use quartier_db::platform::accounts::Role;
use serde::{Deserialize, Serialize};

use crate::error::{AppError, AppResult};
use crate::ui::fmt::de;
use crate::ui::forms::{self, Field, FieldErrors, field};
use crate::{AppState, Ctx, ui::layout};

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

/// Rows per page on list pages.
pub const PAGE_SIZE: i64 = 50;

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

/// A 303 redirect.
pub fn see_other(to: &str) -> Response {
    (StatusCode::SEE_OTHER, [(LOCATION, to.to_string())]).into_response()
}

/// A page answered with 422 (form with errors).
pub fn unprocessable(m: Markup) -> Response {
    let mut r = m.into_response();
    *r.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    r
}

/// A labelled `<select>`.
pub fn select(
    name: &'static str,
    label: String,
    options: &[(String, String)],
    selected: &str,
    errors: &FieldErrors,
) -> Markup {
    let id = format!("f-{name}");
    let err = errors.get(name);
    html! {
        div class={ "field" @if err.is_some() { " field-error" } } {
            label for=(id) { (label) }
            @if let Some(e) = err { p class="error" id={ (id) "-error" } { (e) } }
            select id=(id) name=(name) aria-invalid=[err.map(|_| "true")] aria-describedby=[err.map(|_| format!("{id}-error"))] {
                @for (v, l) in options { option value=(v) selected[v == selected] { (l) } }
            }
        }
    }
}

/// A labelled `<textarea>`.
pub fn textarea(
    name: &'static str,
    label: String,
    value: &str,
    hint: Option<String>,
    errors: &FieldErrors,
) -> Markup {
    let id = format!("f-{name}");
    let err = errors.get(name);
    html! {
        div class={ "field" @if err.is_some() { " field-error" } } {
            label for=(id) { (label) }
            @if let Some(h) = &hint { p class="hint" id={ (id) "-hint" } { (h) } }
            @if let Some(e) = err { p class="error" id={ (id) "-error" } { (e) } }
            textarea id=(id) name=(name) rows="4" aria-invalid=[err.map(|_| "true")]
                aria-describedby=[hint.as_ref().map(|_| format!("{id}-hint"))] { (value) }
        }
    }
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

/// A single checkbox.
pub fn checkbox(name: &'static str, label: String, checked: bool) -> Markup {
    html! {
        div class="field checkbox" {
            input type="checkbox" id={ "f-" (name) } name=(name) value="yes" checked[checked];
            label for={ "f-" (name) } { (label) }
        }
    }
}

/// Previous/next links for a paginated list.
pub fn pager(ctx: &Ctx, base: &str, page: i64, total: i64) -> Markup {
    let pages = ((total + PAGE_SIZE - 1) / PAGE_SIZE).max(1);
    let sep = if base.contains('?') { '&' } else { '?' };
    html! {
        @if pages > 1 {
            nav class="pager" aria-label=(ctx.t("civic-pages")) {
                @if page > 1 { a href={ (base) (sep) "page=" (page - 1) } rel="prev" { (ctx.t("civic-prev")) } }
                span { (ctx.ta("civic-page-of", &[("page", page.into()), ("pages", pages.into())])) }
                @if page < pages { a href={ (base) (sep) "page=" (page + 1) } rel="next" { (ctx.t("civic-next")) } }
            }
        }
    }
}

/// Query of a paginated list.
#[derive(Debug, Default, Deserialize)]
pub struct PageQuery {
    /// 1-based page.
    pub page: Option<i64>,
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

// ---------------------------------------------------------------- actor input

/// An actor's editable fields, from the form or one row of an import.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct ActorInput {
    name: String,
    kind: String,
    description: String,
    #[serde(default)]
    description_easy: String,
    address: String,
    lon: String,
    lat: String,
    languages: Vec<String>,
    target_groups: String,
    opening_hours: String,
    email: String,
    phone: String,
    website: String,
    barrier_free: bool,
    #[serde(default)]
    accessibility: String,
    #[serde(default)]
    public_fields: Vec<String>,
    #[serde(default)]
    published: bool,
}

fn parse_coord(s: &str) -> Result<Option<f64>, ()> {
    let s = s.trim();
    if s.is_empty() {
        return Ok(None);
    }
    s.replace(',', ".")
        .parse::<f64>()
        .ok()
        .filter(|v| v.is_finite())
        .map(Some)
        .ok_or(())
}

impl ActorInput {
    fn from_form(body: &[u8]) -> Result<ActorInput, AppError> {
        let pairs: Vec<(String, String)> =
            serde_urlencoded::from_bytes(body).map_err(|e| AppError::BadRequest(e.to_string()))?;
        let mut f = ActorInput::default();
        for (k, v) in pairs {
            match k.as_str() {
                "name" => f.name = v,
                "kind" => f.kind = v,
                "description" => f.description = v,
                "description_easy" => f.description_easy = v,
                "address" => f.address = v,
                "lon" => f.lon = v,
                "lat" => f.lat = v,
                "languages" => f.languages.push(v),
                "target_groups" => f.target_groups = v,
                "opening_hours" => f.opening_hours = v,
                "email" => f.email = v,
                "phone" => f.phone = v,
                "website" => f.website = v,
                "barrier_free" => f.barrier_free = v == "yes",
                "accessibility" => f.accessibility = v,
                "public" => f.public_fields.push(v),
                "published" => f.published = v == "yes",
                _ => {}
            }
        }
        Ok(f)
    }

    fn from_actor(a: &Actor) -> ActorInput {
        ActorInput {
            name: a.name.clone(),
            kind: a.kind.clone(),
            description: a.description.clone(),
            description_easy: a.description_easy.clone(),
            address: a.address.clone(),
            lon: a.lon.map(|v| v.to_string()).unwrap_or_default(),
            lat: a.lat.map(|v| v.to_string()).unwrap_or_default(),
            languages: list(&a.languages),
            target_groups: list(&a.target_groups).join(", "),
            opening_hours: a.opening_hours.clone(),
            email: a.email.clone(),
            phone: a.phone.clone(),
            website: a.website.clone(),
            barrier_free: a.barrier_free == 1,
            accessibility: a.accessibility.clone(),
            public_fields: list(&a.public_fields),
            published: a.published == 1,
        }
    }

    /// Problems per field (field name, message); empty when valid.
    fn check(&self, ctx: &Ctx) -> Vec<(&'static str, String)> {
        let mut e = Vec::new();
        if self.name.trim().is_empty() {
            e.push(("name", ctx.t("civic-error-name")));
        } else if self.name.chars().count() > 200 {
            e.push(("name", ctx.t("civic-error-too-long")));
        }
        if !KINDS.contains(&self.kind.as_str()) {
            e.push(("kind", ctx.t("civic-error-kind")));
        }
        let lon = parse_coord(&self.lon);
        let lat = parse_coord(&self.lat);
        match (lon, lat) {
            (Err(()), _) => e.push(("lon", ctx.t("civic-error-coord"))),
            (_, Err(())) => e.push(("lat", ctx.t("civic-error-coord"))),
            (Ok(Some(x)), Ok(Some(y))) => {
                if !(-180.0..=180.0).contains(&x) {
                    e.push(("lon", ctx.t("civic-error-coord")));
                }
                if !(-90.0..=90.0).contains(&y) {
                    e.push(("lat", ctx.t("civic-error-coord")));
                }
            }
            (Ok(None), Ok(None)) => {}
            (Ok(None), Ok(Some(_))) => e.push(("lon", ctx.t("civic-error-coord-pair"))),
            (Ok(Some(_)), Ok(None)) => e.push(("lat", ctx.t("civic-error-coord-pair"))),
        }
        if self.languages.iter().any(|l| !LANGS.contains(&l.as_str())) {
            e.push(("languages", ctx.t("civic-error-language")));
        }
        if !self.email.trim().is_empty() && !forms::valid_email(&self.email) {
            e.push(("email", ctx.t("civic-error-email")));
        }
        let w = self.website.trim();
        if !(w.is_empty() || w.starts_with("https://") || w.starts_with("http://")) {
            e.push(("website", ctx.t("civic-error-website")));
        }
        e
    }

    fn draft(&self, key: String) -> ActorDraft {
        let mut public: Vec<String> = self
            .public_fields
            .iter()
            .filter(|f| FIELDS.contains(&f.as_str()))
            .cloned()
            .collect();
        public.dedup();
        ActorDraft {
            actor_key: key,
            name: self.name.trim().to_string(),
            kind: self.kind.clone(),
            description: self.description.trim().to_string(),
            address: self.address.trim().to_string(),
            lon: parse_coord(&self.lon).ok().flatten(),
            lat: parse_coord(&self.lat).ok().flatten(),
            languages: to_json(&self.languages),
            target_groups: to_json(&split_list(&self.target_groups)),
            opening_hours: self.opening_hours.trim().to_string(),
            email: self.email.trim().to_string(),
            phone: self.phone.trim().to_string(),
            website: self.website.trim().to_string(),
            barrier_free: self.barrier_free,
            accessibility: self.accessibility.trim().to_string(),
            public_fields: to_json(&public),
            published: self.published,
        }
    }
}

/// A new unique actor key from the name.
async fn new_actor_key(state: &AppState, city_id: i64, name: &str) -> AppResult<String> {
    let mut slug: String = name
        .to_lowercase()
        .replace('ä', "ae")
        .replace('ö', "oe")
        .replace('ü', "ue")
        .replace('ß', "ss")
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect::<String>()
        .split('-')
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    slug.truncate(40);
    let slug = slug.trim_end_matches('-').to_string();
    let mut key = if slug.is_empty() {
        "akteur".to_string()
    } else {
        slug
    };
    if state.db.actor_key_taken(city_id, &key).await? {
        key = format!("{key}-{}", &crate::platform::password::random_token()[..6]);
    }
    Ok(key)
}

fn actor_form(
    ctx: &Ctx,
    title: &str,
    action: &str,
    f: &ActorInput,
    errors: &FieldErrors,
) -> Markup {
    let kinds: Vec<(String, String)> = std::iter::once((String::new(), ctx.t("civic-choose")))
        .chain(
            KINDS
                .iter()
                .map(|k| ((*k).to_string(), ctx.t(&format!("civic-kind-{k}")))),
        )
        .collect();
    let body = html! {
        (forms::error_summary(ctx, errors))
        form method="post" action=(action) class="form" novalidate {
            (forms::csrf(ctx))
            (field(Field { name: "name", label: ctx.t("civic-name"), kind: "text", value: &f.name, autocomplete: "organization", required: true, hint: None }, errors))
            (select("kind", ctx.t("civic-kind"), &kinds, &f.kind, errors))
            (textarea("description", ctx.t("civic-description"), &f.description, None, errors))
            (textarea("description_easy", ctx.t("civic-description-easy"), &f.description_easy, Some(ctx.t("civic-hint-easy")), errors))
            (field(Field { name: "address", label: ctx.t("civic-address"), kind: "text", value: &f.address, autocomplete: "street-address", required: false, hint: None }, errors))
            div class="civic-pair" {
                (field(Field { name: "lat", label: ctx.t("civic-lat"), kind: "text", value: &f.lat, autocomplete: "off", required: false, hint: Some(ctx.t("civic-hint-coord")) }, errors))
                (field(Field { name: "lon", label: ctx.t("civic-lon"), kind: "text", value: &f.lon, autocomplete: "off", required: false, hint: None }, errors))
            }
            (lang_checks(ctx, "languages", &f.languages, errors))
            (field(Field { name: "target_groups", label: ctx.t("civic-target-groups"), kind: "text", value: &f.target_groups, autocomplete: "off", required: false, hint: Some(ctx.t("civic-hint-list")) }, errors))
            (field(Field { name: "opening_hours", label: ctx.t("civic-opening-hours"), kind: "text", value: &f.opening_hours, autocomplete: "off", required: false, hint: None }, errors))
            (field(Field { name: "email", label: ctx.t("civic-email"), kind: "email", value: &f.email, autocomplete: "email", required: false, hint: None }, errors))
            (field(Field { name: "phone", label: ctx.t("civic-phone"), kind: "tel", value: &f.phone, autocomplete: "tel", required: false, hint: None }, errors))
            (field(Field { name: "website", label: ctx.t("civic-website"), kind: "url", value: &f.website, autocomplete: "url", required: false, hint: None }, errors))
            (checkbox("barrier_free", ctx.t("civic-barrier-free"), f.barrier_free))
            (textarea("accessibility", ctx.t("civic-accessibility"), &f.accessibility, None, errors))
            fieldset class="checks civic-checks" id="f-public" {
                legend { (ctx.t("civic-public-fields")) }
                p class="hint" { (ctx.t("civic-hint-public")) }
                @for fld in FIELDS {
                    div class="checkbox" {
                        input type="checkbox" id={ "f-public-" (fld) } name="public" value=(fld) checked[f.public_fields.iter().any(|x| x == fld)];
                        label for={ "f-public-" (fld) } { (ctx.t(&format!("civic-field-{fld}"))) }
                    }
                }
            }
            (checkbox("published", ctx.t("civic-published"), f.published))
            button type="submit" { (ctx.t("save")) }
        }
    };
    layout::page(ctx, title, body)
}

fn errors_of(problems: Vec<(&'static str, String)>) -> FieldErrors {
    let mut e = FieldErrors::default();
    for (f, m) in problems {
        e.add(f, m);
    }
    e
}

// ---------------------------------------------------------------- handlers

/// `GET /quarters/{slug}/actors`
pub async fn actors_list(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(pq): Query<PageQuery>,
) -> AppResult<Markup> {
    let q = quarter(&state, &ctx, &slug).await?;
    let staff = manages(&ctx, q.id);
    let page = pq.page.unwrap_or(1).max(1);
    let (actors, total) = state
        .db
        .actors_page(q.id, !staff, (page - 1) * PAGE_SIZE, PAGE_SIZE)
        .await?;
    let body = html! {
        (quarter_nav(&ctx, &q))
        p class="lead" { (ctx.ta("civic-actors-intro", &[("count", total.into())])) }
        @if staff {
            p class="civic-actions" {
                a class="button" href={ "/quarters/" (q.slug) "/actors/new" } { (ctx.t("civic-actor-new")) }
                " "
                a class="button secondary" href={ "/quarters/" (q.slug) "/actors/import" } { (ctx.t("civic-import")) }
            }
        }
        @if actors.is_empty() { p { (ctx.t("civic-none")) } }
        ul class="cards civic-cards" {
            @for a in &actors {
                li class="card" {
                    h2 { a href={ "/actors/" (a.id) } { (de(&a.name)) } }
                    p class="civic-meta" { (ctx.t(&format!("civic-kind-{}", a.kind))) }
                    @if a.published == 0 { p { strong { (ctx.t("civic-unpublished")) } } }
                }
            }
        }
        (pager(&ctx, &format!("/quarters/{}/actors", q.slug), page, total))
    };
    Ok(layout::page(
        &ctx,
        &ctx.ta("civic-actors-title", &[("quarter", q.name.clone().into())]),
        body,
    ))
}

/// `GET /quarters/{slug}/actors/new`
pub async fn actor_new(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> AppResult<Markup> {
    let q = quarter(&state, &ctx, &slug).await?;
    if !manages(&ctx, q.id) {
        return Err(AppError::Forbidden);
    }
    let f = ActorInput {
        published: true,
        public_fields: FIELDS
            .iter()
            .filter(|f| !matches!(**f, "email" | "phone"))
            .map(|f| (*f).to_string())
            .collect(),
        ..Default::default()
    };
    Ok(actor_form(
        &ctx,
        &ctx.t("civic-actor-new"),
        &format!("/quarters/{}/actors", q.slug),
        &f,
        &FieldErrors::default(),
    ))
}

/// `POST /quarters/{slug}/actors`
pub async fn actor_create(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    body: Bytes,
) -> AppResult<Response> {
    let q = quarter(&state, &ctx, &slug).await?;
    if !manages(&ctx, q.id) {
        return Err(AppError::Forbidden);
    }
    let f = ActorInput::from_form(&body)?;
    let problems = f.check(&ctx);
    if !problems.is_empty() {
        return Ok(unprocessable(actor_form(
            &ctx,
            &ctx.t("civic-actor-new"),
            &format!("/quarters/{}/actors", q.slug),
            &f,
            &errors_of(problems),
        )));
    }
    let key = new_actor_key(&state, q.city_id, &f.name).await?;
    let id = state
        .db
        .insert_actor(q.city_id, q.id, &f.draft(key.clone()))
        .await?;
    if !f.description_easy.trim().is_empty() {
        state
            .db
            .set_actor_easy(id, f.description_easy.trim())
            .await?;
    }
    audit(&state, &ctx, "actor.create", &format!("actor:{key}")).await?;
    Ok(see_other(&format!("/actors/{id}")))
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

/// `GET /actors/{id}`
pub async fn actor_show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Markup> {
    let a = actor_or_404(&state, id).await?;
    let editor = may_edit_actor(&state, &ctx, &a).await?;
    if a.published == 0 && !editor {
        return Err(AppError::NotFound);
    }
    let public = list(&a.public_fields);
    let shows = |f: &str| editor || public.iter().any(|p| p == f);
    let internal = |f: &str| editor && !public.iter().any(|p| p == f);
    let mark = |f: &str| {
        html! { @if internal(f) { " " span class="badge internal" { (ctx.t("civic-internal")) } } }
    };
    let offers = state.db.items_of_actor(Side::Offer, a.id).await?;
    let needs = state.db.items_of_actor(Side::Need, a.id).await?;
    let offers: Vec<_> = offers
        .into_iter()
        .filter(|o| editor || o.published == 1)
        .collect();
    let needs: Vec<_> = needs
        .into_iter()
        .filter(|o| editor || o.published == 1)
        .collect();
    let langs = list(&a.languages);
    let groups = list(&a.target_groups);
    let body = html! {
        p class="civic-meta" { (ctx.t(&format!("civic-kind-{}", a.kind))) }
        @if a.published == 0 { p { strong { (ctx.t("civic-unpublished")) } } }
        @if editor {
            p class="civic-actions" {
                a class="button" href={ "/actors/" (a.id) "/edit" } { (ctx.t("civic-edit")) }
                " " a class="button secondary" href={ "/actors/" (a.id) "/offers/new" } { (ctx.t("civic-offer-new")) }
                " " a class="button secondary" href={ "/actors/" (a.id) "/needs/new" } { (ctx.t("civic-need-new")) }
            }
        }
        @if shows("description") && !a.description.is_empty() {
            p lang="de" dir="auto" { (a.description) (mark("description")) }
        }
        @if !a.description_easy.is_empty() {
            section class="easy" aria-labelledby="easy-h" {
                h2 id="easy-h" { (ctx.t("civic-easy-label")) }
                p lang="de" dir="auto" { (a.description_easy) }
            }
        }
        dl class="civic-facts" {
            @if shows("address") && !a.address.is_empty() { dt { (ctx.t("civic-address")) (mark("address")) } dd { (de(&a.address)) } }
            @if shows("languages") && !langs.is_empty() {
                dt { (ctx.t("civic-languages")) (mark("languages")) }
                dd { (langs.iter().map(|l| lang_name(&ctx, l)).collect::<Vec<_>>().join(", ")) }
            }
            @if shows("target_groups") && !groups.is_empty() { dt { (ctx.t("civic-target-groups")) (mark("target_groups")) } dd { (de(&groups.join(", "))) } }
            @if shows("opening_hours") && !a.opening_hours.is_empty() { dt { (ctx.t("civic-opening-hours")) (mark("opening_hours")) } dd dir="ltr" { (a.opening_hours) } }
            @if shows("email") && !a.email.is_empty() { dt { (ctx.t("civic-email")) (mark("email")) } dd { a href={ "mailto:" (a.email) } dir="ltr" { (a.email) } } }
            @if shows("phone") && !a.phone.is_empty() { dt { (ctx.t("civic-phone")) (mark("phone")) } dd dir="ltr" { (a.phone) } }
            @if shows("website") && !a.website.is_empty() { dt { (ctx.t("civic-website")) (mark("website")) } dd { a href=(a.website) dir="ltr" { (a.website) } } }
            @if shows("accessibility") {
                dt { (ctx.t("civic-accessibility")) (mark("accessibility")) }
                dd {
                    (if a.barrier_free == 1 { ctx.t("civic-barrier-free-yes") } else { ctx.t("civic-barrier-free-no") })
                    @if !a.accessibility.is_empty() { " – " (de(&a.accessibility)) }
                }
            }
            @if shows("location") { @if let (Some(lat), Some(lon)) = (a.lat, a.lon) {
                dt { (ctx.t("civic-location")) (mark("location")) }
                dd dir="ltr" { (format!("{lat:.5}, {lon:.5}")) }
            } }
        }
        h2 { (ctx.t("civic-offers")) }
        (item_list(&ctx, "offers", &offers))
        h2 { (ctx.t("civic-needs")) }
        (item_list(&ctx, "needs", &needs))
    };
    Ok(layout::page(&ctx, &a.name, body))
}

fn item_list(ctx: &Ctx, path: &str, items: &[quartier_db::civic::Item]) -> Markup {
    html! {
        @if items.is_empty() { p { (ctx.t("civic-none")) } }
        ul class="civic-list" {
            @for o in items {
                li {
                    a href={ "/" (path) "/" (o.id) } { (de(&o.title)) }
                    " – " (ctx.t(&format!("civic-cat-{}", o.category)))
                    @if o.published == 0 { " (" (ctx.t("civic-unpublished")) ")" }
                }
            }
        }
    }
}

/// `GET /actors/{id}/edit`
pub async fn actor_edit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Markup> {
    let a = actor_or_404(&state, id).await?;
    if !may_edit_actor(&state, &ctx, &a).await? {
        return Err(AppError::Forbidden);
    }
    Ok(actor_form(
        &ctx,
        &ctx.ta("civic-actor-edit", &[("name", a.name.clone().into())]),
        &format!("/actors/{id}"),
        &ActorInput::from_actor(&a),
        &FieldErrors::default(),
    ))
}

/// `POST /actors/{id}`
pub async fn actor_update(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    body: Bytes,
) -> AppResult<Response> {
    let a = actor_or_404(&state, id).await?;
    if !may_edit_actor(&state, &ctx, &a).await? {
        return Err(AppError::Forbidden);
    }
    let f = ActorInput::from_form(&body)?;
    let problems = f.check(&ctx);
    if !problems.is_empty() {
        return Ok(unprocessable(actor_form(
            &ctx,
            &ctx.ta("civic-actor-edit", &[("name", a.name.clone().into())]),
            &format!("/actors/{id}"),
            &f,
            &errors_of(problems),
        )));
    }
    state
        .db
        .update_actor(id, &f.draft(a.actor_key.clone()), f.description_easy.trim())
        .await?;
    audit(
        &state,
        &ctx,
        "actor.update",
        &format!("actor:{}", a.actor_key),
    )
    .await?;
    Ok(see_other(&format!("/actors/{id}")))
}

// ---------------------------------------------------------------- import

/// Largest number of rows one import takes.
const IMPORT_MAX_ROWS: usize = 500;

/// Column names understood by the import, with their German and English aliases.
const COLUMNS: &[(&str, &[&str])] = &[
    ("name", &["name", "akteur", "organisation"]),
    ("kind", &["typ", "art", "kind", "type"]),
    ("description", &["beschreibung", "description"]),
    ("address", &["adresse", "anschrift", "address"]),
    ("lon", &["lon", "längengrad", "laengengrad", "longitude"]),
    ("lat", &["lat", "breitengrad", "latitude"]),
    ("languages", &["sprachen", "languages"]),
    (
        "target_groups",
        &["zielgruppen", "target groups", "target_groups"],
    ),
    (
        "opening_hours",
        &[
            "öffnungszeiten",
            "oeffnungszeiten",
            "opening hours",
            "opening_hours",
        ],
    ),
    ("email", &["e-mail", "email", "mail"]),
    ("phone", &["telefon", "phone"]),
    ("website", &["website", "webseite", "internet"]),
    (
        "barrier_free",
        &["barrierefrei", "barrier free", "barrier_free"],
    ),
];

/// One problem of an import: row, column, message.
struct ImportProblem {
    line: usize,
    column: String,
    message: String,
}

struct ImportResult {
    rows: Vec<(usize, ActorInput)>,
    problems: Vec<ImportProblem>,
}

fn column_label(ctx: &Ctx, key: &str) -> String {
    match key {
        "lon" => ctx.t("civic-lon"),
        "lat" => ctx.t("civic-lat"),
        "name" => ctx.t("civic-name"),
        "kind" => ctx.t("civic-kind"),
        "barrier_free" => ctx.t("civic-barrier-free"),
        "languages" => ctx.t("civic-languages"),
        other => ctx.t(&format!("civic-field-{other}")),
    }
}

fn parse_import(ctx: &Ctx, bytes: &[u8], file: &str) -> ImportResult {
    let mut problems = Vec::new();
    let rows = match quartier_tabular::read_rows(bytes, file) {
        Ok(r) => r,
        Err(e) => {
            problems.push(ImportProblem {
                line: 0,
                column: String::new(),
                message: ctx.ta(
                    "civic-import-unreadable",
                    &[("detail", e.to_string().into())],
                ),
            });
            return ImportResult {
                rows: Vec::new(),
                problems,
            };
        }
    };
    let mut it = rows
        .into_iter()
        .filter(|(_, cells)| cells.iter().any(|c| !c.is_empty()));
    let Some((_, header)) = it.next() else {
        problems.push(ImportProblem {
            line: 0,
            column: String::new(),
            message: ctx.t("civic-import-empty"),
        });
        return ImportResult {
            rows: Vec::new(),
            problems,
        };
    };
    let mut map: Vec<Option<&'static str>> = Vec::new();
    for h in &header {
        let h = h.trim().to_lowercase();
        map.push(
            COLUMNS
                .iter()
                .find(|(_, aliases)| aliases.contains(&h.as_str()))
                .map(|(k, _)| *k),
        );
    }
    for (i, h) in header.iter().enumerate() {
        if map.get(i).copied().flatten().is_none() && !h.trim().is_empty() {
            problems.push(ImportProblem {
                line: 1,
                column: h.clone(),
                message: ctx.t("civic-import-unknown-column"),
            });
        }
    }
    for required in ["name", "kind"] {
        if !map.contains(&Some(required)) {
            problems.push(ImportProblem {
                line: 1,
                column: column_label(ctx, required),
                message: ctx.t("civic-import-missing-column"),
            });
        }
    }
    let mut out = Vec::new();
    if !problems.is_empty() {
        return ImportResult {
            rows: out,
            problems,
        };
    }
    for (line, cells) in it {
        if out.len() >= IMPORT_MAX_ROWS {
            problems.push(ImportProblem {
                line,
                column: String::new(),
                message: ctx.ta(
                    "civic-import-too-many",
                    &[("max", (IMPORT_MAX_ROWS as i64).into())],
                ),
            });
            break;
        }
        let mut a = ActorInput {
            published: true,
            public_fields: FIELDS
                .iter()
                .filter(|f| !matches!(**f, "email" | "phone"))
                .map(|f| (*f).to_string())
                .collect(),
            ..Default::default()
        };
        let mut row_problems = Vec::new();
        for (i, cell) in cells.iter().enumerate() {
            let Some(Some(key)) = map.get(i) else {
                continue;
            };
            let v = cell.trim().to_string();
            match *key {
                "name" => a.name = v,
                "kind" => {
                    let lower = v.to_lowercase();
                    a.kind = KINDS
                        .iter()
                        .find(|k| {
                            **k == lower
                                || ctx.t(&format!("civic-kind-{k}")).to_lowercase() == lower
                                || quartier_i18n::Lang::De
                                    .t(&format!("civic-kind-{k}"))
                                    .to_lowercase()
                                    == lower
                        })
                        .map(|k| (*k).to_string())
                        .unwrap_or(v);
                }
                "description" => a.description = v,
                "address" => a.address = v,
                "lon" => a.lon = v,
                "lat" => a.lat = v,
                "languages" => {
                    a.languages = split_list(&v.to_lowercase())
                        .into_iter()
                        .flat_map(|x| x.split_whitespace().map(str::to_string).collect::<Vec<_>>())
                        .collect()
                }
                "target_groups" => a.target_groups = v,
                "opening_hours" => a.opening_hours = v,
                "email" => a.email = v,
                "phone" => a.phone = v,
                "website" => a.website = v,
                "barrier_free" => match v.to_lowercase().as_str() {
                    "" | "nein" | "no" | "0" | "n" => a.barrier_free = false,
                    "ja" | "yes" | "1" | "j" | "y" | "x" => a.barrier_free = true,
                    _ => row_problems.push(("barrier_free", ctx.t("civic-error-yes-no"))),
                },
                _ => {}
            }
        }
        row_problems.extend(a.check(ctx));
        if row_problems.is_empty() {
            out.push((line, a));
        } else {
            for (col, message) in row_problems {
                problems.push(ImportProblem {
                    line,
                    column: column_label(ctx, col),
                    message,
                });
            }
        }
    }
    ImportResult {
        rows: out,
        problems,
    }
}

fn import_form(ctx: &Ctx, q: &Quarter) -> Markup {
    html! {
        form method="post" enctype="multipart/form-data"
            action={ "/quarters/" (q.slug) "/actors/import?csrf=" (ctx.csrf) } class="form" {
            div class="field" {
                label for="f-file" { (ctx.t("civic-import-file")) }
                p class="hint" id="f-file-hint" { (ctx.t("civic-import-hint")) }
                input type="file" id="f-file" name="file" accept=".csv,.xlsx,.ods,text/csv" required aria-describedby="f-file-hint";
            }
            button type="submit" { (ctx.t("civic-import-preview")) }
        }
    }
}

/// `GET /quarters/{slug}/actors/import`
pub async fn import_page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> AppResult<Markup> {
    let q = quarter(&state, &ctx, &slug).await?;
    if !manages(&ctx, q.id) {
        return Err(AppError::Forbidden);
    }
    let cols: Vec<String> = COLUMNS.iter().map(|(_, a)| a[0].to_string()).collect();
    let body = html! {
        (quarter_nav(&ctx, &q))
        p { (ctx.t("civic-import-intro")) }
        p { (ctx.t("civic-import-columns")) " " code { (cols.join("; ")) } }
        (import_form(&ctx, &q))
    };
    Ok(layout::page(&ctx, &ctx.t("civic-import"), body))
}

/// `POST /quarters/{slug}/actors/import` — the upload: shows the preview, saves nothing.
pub async fn import_preview(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    mut multipart: Multipart,
) -> AppResult<Response> {
    let q = quarter(&state, &ctx, &slug).await?;
    if !manages(&ctx, q.id) {
        return Err(AppError::Forbidden);
    }
    let mut file: Option<(String, Vec<u8>)> = None;
    while let Some(part) = multipart
        .next_field()
        .await
        .map_err(|e| AppError::BadRequest(e.to_string()))?
    {
        if part.name() == Some("file") {
            let name = part.file_name().unwrap_or("upload").to_string();
            let bytes = part
                .bytes()
                .await
                .map_err(|e| AppError::BadRequest(e.to_string()))?;
            file = Some((name, bytes.to_vec()));
        }
    }
    let Some((name, bytes)) = file.filter(|(_, b)| !b.is_empty()) else {
        let mut e = FieldErrors::default();
        e.add("file", ctx.t("civic-import-no-file"));
        let body = html! { (forms::error_summary(&ctx, &e)) (import_form(&ctx, &q)) };
        return Ok(unprocessable(layout::page(
            &ctx,
            &ctx.t("civic-import"),
            body,
        )));
    };
    let result = parse_import(&ctx, &bytes, &name);
    let payload = serde_json::to_string(
        &result
            .rows
            .iter()
            .map(|(_, a)| a.clone())
            .collect::<Vec<_>>(),
    )
    .map_err(|e| AppError::Internal(e.to_string()))?;
    let body = html! {
        p { (ctx.ta("civic-import-summary", &[("file", name.clone().into()), ("ok", (result.rows.len() as i64).into()), ("problems", (result.problems.len() as i64).into())])) }
        @if !result.problems.is_empty() {
            div class="table-wrap" {
                table class="civic-problems" {
                    caption { (ctx.t("civic-import-problems")) }
                    thead { tr { th scope="col" { (ctx.t("civic-row")) } th scope="col" { (ctx.t("civic-column")) } th scope="col" { (ctx.t("civic-problem")) } } }
                    tbody {
                        @for p in &result.problems {
                            tr { td class="num" { @if p.line > 0 { (p.line) } @else { "–" } } td { (p.column) } td { (p.message) } }
                        }
                    }
                }
            }
        }
        @if !result.rows.is_empty() {
            div class="table-wrap" {
                table {
                    caption { (ctx.t("civic-import-rows")) }
                    thead { tr { th scope="col" { (ctx.t("civic-row")) } th scope="col" { (ctx.t("civic-name")) } th scope="col" { (ctx.t("civic-kind")) } th scope="col" { (ctx.t("civic-address")) } } }
                    tbody {
                        @for (line, a) in &result.rows {
                            tr { td class="num" { (line) } th scope="row" { (de(&a.name)) } td { (ctx.t(&format!("civic-kind-{}", a.kind))) } td { (de(&a.address)) } }
                        }
                    }
                }
            }
            form method="post" action={ "/quarters/" (q.slug) "/actors/import/confirm" } class="form" {
                (forms::csrf(&ctx))
                input type="hidden" name="payload" value=(payload);
                button type="submit" { (ctx.ta("civic-import-confirm", &[("count", (result.rows.len() as i64).into())])) }
            }
        }
        h2 { (ctx.t("civic-import-again")) }
        (import_form(&ctx, &q))
    };
    Ok(layout::page(&ctx, &ctx.t("civic-import-preview-title"), body).into_response())
}

/// `POST /quarters/{slug}/actors/import/confirm` — saves the previewed rows.
pub async fn import_confirm(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    body: Bytes,
) -> AppResult<Response> {
    let q = quarter(&state, &ctx, &slug).await?;
    if !manages(&ctx, q.id) {
        return Err(AppError::Forbidden);
    }
    let pairs: Vec<(String, String)> =
        serde_urlencoded::from_bytes(&body).map_err(|e| AppError::BadRequest(e.to_string()))?;
    let payload = pairs
        .into_iter()
        .find(|(k, _)| k == "payload")
        .map(|(_, v)| v)
        .unwrap_or_default();
    let rows: Vec<ActorInput> = serde_json::from_str(&payload).unwrap_or_default();
    if rows.is_empty()
        || rows.len() > IMPORT_MAX_ROWS
        || rows.iter().any(|r| !r.check(&ctx).is_empty())
    {
        let mut e = FieldErrors::default();
        e.add("file", ctx.t("civic-import-invalid"));
        let body = html! { (forms::error_summary(&ctx, &e)) (import_form(&ctx, &q)) };
        return Ok(unprocessable(layout::page(
            &ctx,
            &ctx.t("civic-import"),
            body,
        )));
    }
    for r in &rows {
        let key = new_actor_key(&state, q.city_id, &r.name).await?;
        state
            .db
            .insert_actor(q.city_id, q.id, &r.draft(key))
            .await?;
    }
    audit(
        &state,
        &ctx,
        "actor.import",
        &format!("quarter:{} rows:{}", q.slug, rows.len()),
    )
    .await?;
    Ok(see_other(&format!("/quarters/{}/actors", q.slug)))
}
