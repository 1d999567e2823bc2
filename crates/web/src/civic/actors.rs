//! Actor profiles (M4) with per-field privacy, managed by the neighbourhood
//! manager and the actor's representatives. The import of an actor list is in
//! `import.rs`, offers and needs in `items.rs`, the network in `network.rs`, the
//! directory in `directory.rs` and the calendar in `calendar.rs`.

use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use maud::{Markup, html};
use quartier_db::civic::Side;
use quartier_db::civic::actors::{Actor, ActorDraft};
use serde::{Deserialize, Serialize};

use crate::civic::common::{
    FIELDS, KINDS, LANGS, actor_or_404, audit, lang_checks, lang_name, list, manages,
    may_edit_actor, quarter, quarter_nav, split_list, to_json,
};
use crate::error::{AppError, AppResult};
use crate::ui::fmt::de;
use crate::ui::forms::{
    self, Field, FieldErrors, checkbox, field, see_other, select, textarea, unprocessable,
};
use crate::ui::list::{PageQuery, Paging};
use crate::{AppState, Ctx, ui::layout};

// ---------------------------------------------------------------- actor input

/// An actor's editable fields, from the form or one row of an import.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct ActorInput {
    pub(super) name: String,
    pub(super) kind: String,
    pub(super) description: String,
    #[serde(default)]
    pub(super) description_easy: String,
    pub(super) address: String,
    pub(super) lon: String,
    pub(super) lat: String,
    pub(super) languages: Vec<String>,
    pub(super) target_groups: String,
    pub(super) opening_hours: String,
    pub(super) email: String,
    pub(super) phone: String,
    pub(super) website: String,
    pub(super) barrier_free: bool,
    #[serde(default)]
    pub(super) accessibility: String,
    #[serde(default)]
    pub(super) public_fields: Vec<String>,
    #[serde(default)]
    pub(super) published: bool,
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
    pub(super) fn check(&self, ctx: &Ctx) -> Vec<(&'static str, String)> {
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

    pub(super) fn draft(&self, key: String) -> ActorDraft {
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
pub(super) async fn new_actor_key(state: &AppState, city_id: i64, name: &str) -> AppResult<String> {
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
            (select("kind", ctx.t("civic-kind"), &kinds, &f.kind, None, errors))
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
    let paging = Paging::new(pq.page);
    let (actors, total) = state
        .db
        .actors_page(q.id, !staff, paging.offset(), paging.limit())
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
        (paging.nav(&ctx, &format!("/quarters/{}/actors", q.slug), total))
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
