//! Area-selection decisions (M3): candidates, weighted criteria, the chosen pilot
//! area(s), the written rationale, deciding body, date and council paper —
//! versioned, public when published, and one step to a new quarter.

use std::collections::BTreeMap;

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::http::header::LOCATION;
use axum::response::{IntoResponse, Response};
use maud::{Markup, html};
use quartier_db::DbError;
use quartier_db::decisions::{Decision, DecisionDraft};
use quartier_db::monitoring::city::{Area, Indicator};
use quartier_db::platform::accounts::Role;

use crate::error::{AppError, AppResult};
use crate::monitoring::need;
use crate::ui::fmt::{de, fmt_opt, indicator_name, time_el};
use crate::ui::forms::{self, Field, FieldErrors, field};
use crate::{AppState, Ctx, ui::layout};

fn may_edit(ctx: &Ctx) -> bool {
    ctx.identity
        .as_ref()
        .is_some_and(|i| i.has_role(Role::Lead))
}

/// The form's state (also rebuilt from a stored version for editing).
#[derive(Default, Clone)]
struct Form {
    title: String,
    candidates: Vec<String>,
    chosen: Vec<String>,
    weights: BTreeMap<String, String>,
    rationale: String,
    decision_body: String,
    decided_on: String,
    council_link: String,
    published: bool,
}

fn parse_form(body: &[u8]) -> Result<Form, AppError> {
    let pairs: Vec<(String, String)> =
        serde_urlencoded::from_bytes(body).map_err(|e| AppError::BadRequest(e.to_string()))?;
    let mut f = Form::default();
    for (k, v) in pairs {
        match k.as_str() {
            "title" => f.title = v,
            "candidates" => f.candidates.push(v),
            "chosen" => f.chosen.push(v),
            "rationale" => f.rationale = v,
            "decision_body" => f.decision_body = v,
            "decided_on" => f.decided_on = v,
            "council_link" => f.council_link = v,
            "published" => f.published = v == "yes",
            other => {
                if let Some(key) = other.strip_prefix("w_") {
                    f.weights.insert(key.to_string(), v);
                }
            }
        }
    }
    Ok(f)
}

fn from_decision(d: &Decision) -> Form {
    let list = |s: &str| serde_json::from_str::<Vec<String>>(s).unwrap_or_default();
    let weights = serde_json::from_str::<Vec<(String, f64)>>(&d.criteria)
        .unwrap_or_default()
        .into_iter()
        .map(|(k, w)| (k, w.to_string()))
        .collect();
    Form {
        title: d.title.clone(),
        candidates: list(&d.candidates),
        chosen: list(&d.chosen),
        weights,
        rationale: d.rationale.clone(),
        decision_body: d.decision_body.clone(),
        decided_on: d.decided_on.clone(),
        council_link: d.council_link.clone(),
        published: d.published == 1,
    }
}

fn valid_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && s.split('-').all(|p| p.chars().all(|c| c.is_ascii_digit()))
        && s[5..7].parse::<u8>().is_ok_and(|m| (1..=12).contains(&m))
        && s[8..10].parse::<u8>().is_ok_and(|d| (1..=31).contains(&d))
}

fn validate(
    ctx: &Ctx,
    f: &Form,
    areas: &[Area],
    inds: &[Indicator],
) -> (FieldErrors, Vec<(String, f64)>) {
    let mut e = FieldErrors::default();
    if f.title.trim().is_empty() {
        e.add("title", ctx.t("error-title-required"));
    }
    if f.candidates
        .iter()
        .any(|c| !areas.iter().any(|a| &a.area_key == c))
    {
        e.add("candidates", ctx.t("error-unknown-area"));
    } else if f.candidates.is_empty() {
        e.add("candidates", ctx.t("error-candidates-required"));
    }
    if f.chosen.is_empty() {
        e.add("chosen", ctx.t("error-chosen-required"));
    } else if f.chosen.iter().any(|c| !f.candidates.contains(c)) {
        e.add("chosen", ctx.t("error-chosen-not-candidate"));
    }
    let mut criteria = Vec::new();
    for i in inds {
        let raw = f.weights.get(&i.ind_key).map(|s| s.trim()).unwrap_or("");
        if raw.is_empty() {
            continue;
        }
        match raw.replace(',', ".").parse::<f64>() {
            Ok(w) if w.is_finite() && w >= 0.0 => {
                if w > 0.0 {
                    criteria.push((i.ind_key.clone(), w));
                }
            }
            _ => e.add(
                "criteria",
                ctx.ta(
                    "error-weight",
                    &[("indicator", indicator_name(ctx.lang, i).into())],
                ),
            ),
        }
    }
    if criteria.is_empty() && e.get("criteria").is_none() {
        e.add("criteria", ctx.t("error-criteria-required"));
    }
    if f.rationale.trim().chars().count() < 20 {
        e.add("rationale", ctx.t("error-rationale"));
    }
    if f.decision_body.trim().is_empty() {
        e.add("decision_body", ctx.t("error-body-required"));
    }
    if !valid_date(f.decided_on.trim()) {
        e.add("decided_on", ctx.t("error-date"));
    }
    let link = f.council_link.trim();
    if !(link.is_empty() || link.starts_with("https://") || link.starts_with("http://")) {
        e.add("council_link", ctx.t("error-link"));
    }
    (e, criteria)
}

async fn form_page(
    state: &AppState,
    ctx: &Ctx,
    action: &str,
    f: &Form,
    errors: &FieldErrors,
) -> AppResult<Markup> {
    let city = ctx.require_city()?;
    let table = need::ranking(&state.db, city.id, &[]).await?;
    let inds = state.db.indicators(city.id).await?;
    let mut rows: Vec<&need::NeedRow> = table.rows.iter().collect();
    rows.sort_by_key(|r| r.rank.unwrap_or(usize::MAX));
    let checks = |name: &'static str, chosen: &[String]| {
        html! {
            fieldset class={ "checks" @if errors.get(name).is_some() { " field-error" } } id={ "f-" (name) } {
                legend { (ctx.t(&format!("decision-{name}"))) }
                @if let Some(e) = errors.get(name) { p class="error" { (e) } }
                @for r in &rows {
                    div class="checkbox" {
                        input type="checkbox" id={ "f-" (name) "-" (r.area.area_key) } name=(name) value=(r.area.area_key) checked[chosen.contains(&r.area.area_key)];
                        label for={ "f-" (name) "-" (r.area.area_key) } {
                            (r.area.name) " (" (ctx.t("col-rank")) " " (r.rank.map(|x| x.to_string()).unwrap_or_else(|| "–".into())) ")"
                        }
                    }
                }
            }
        }
    };
    let body = html! {
        (forms::error_summary(ctx, errors))
        form method="post" action=(action) class="form" novalidate {
            (forms::csrf(ctx))
            (field(Field { name: "title", label: ctx.t("decision-title"), kind: "text", value: &f.title, autocomplete: "off", required: true, hint: None }, errors))
            (checks("candidates", &f.candidates))
            fieldset class={ "criteria" @if errors.get("criteria").is_some() { " field-error" } } id="f-criteria" {
                legend { (ctx.t("decision-criteria")) }
                p class="hint" { (ctx.t("hint-criteria")) }
                @if let Some(e) = errors.get("criteria") { p class="error" { (e) } }
                @for i in inds.iter().filter(|i| i.polarity != "neutral") {
                    div class="field inline-field" {
                        label for={ "f-w-" (i.ind_key) } { (indicator_name(ctx.lang, i)) }
                        input type="text" inputmode="decimal" id={ "f-w-" (i.ind_key) } name={ "w_" (i.ind_key) }
                            value=(f.weights.get(&i.ind_key).cloned().unwrap_or_default()) size="4";
                    }
                }
            }
            (checks("chosen", &f.chosen))
            div class={ "field" @if errors.get("rationale").is_some() { " field-error" } } {
                label for="f-rationale" { (ctx.t("decision-rationale")) }
                @if let Some(e) = errors.get("rationale") { p class="error" id="f-rationale-error" { (e) } }
                textarea id="f-rationale" name="rationale" rows="8" aria-describedby=[errors.get("rationale").map(|_| "f-rationale-error")] { (f.rationale) }
            }
            (field(Field { name: "decision_body", label: ctx.t("decision-body"), kind: "text", value: &f.decision_body, autocomplete: "off", required: true, hint: Some(ctx.t("hint-decision-body")) }, errors))
            (field(Field { name: "decided_on", label: ctx.t("decision-date"), kind: "date", value: &f.decided_on, autocomplete: "off", required: true, hint: None }, errors))
            (field(Field { name: "council_link", label: ctx.t("decision-link"), kind: "url", value: &f.council_link, autocomplete: "url", required: false, hint: None }, errors))
            div class="field checkbox" {
                input type="checkbox" id="f-published" name="published" value="yes" checked[f.published];
                label for="f-published" { (ctx.t("decision-publish")) }
            }
            button type="submit" { (ctx.t("save")) }
        }
    };
    Ok(layout::page(ctx, &ctx.t("decision-new"), body))
}

fn new_key(title: &str) -> String {
    let mut slug: String = title
        .to_lowercase()
        .chars()
        .map(|c| match c {
            'ä' => 'a',
            'ö' => 'o',
            'ü' => 'u',
            'ß' => 's',
            c if c.is_ascii_alphanumeric() => c,
            _ => '-',
        })
        .collect();
    slug = slug
        .split('-')
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    slug.truncate(40);
    format!(
        "{}-{}",
        slug.trim_end_matches('-'),
        &crate::platform::password::random_token()[..6]
    )
}

/// `GET /decisions`
pub async fn list(State(state): State<AppState>, ctx: Ctx) -> AppResult<Markup> {
    let city = ctx.require_city()?;
    let decisions = state.db.latest_decisions(city.id, may_edit(&ctx)).await?;
    let body = html! {
        p class="lead" { (ctx.t("decisions-intro")) }
        @if may_edit(&ctx) { p { a class="button" href="/decisions/new" { (ctx.t("decision-new")) } } }
        @if decisions.is_empty() { p { (ctx.t("decisions-none")) } }
        ul class="cards" {
            @for d in &decisions {
                li class="card" {
                    h2 { a href={ "/decisions/" (d.decision_key) } { (de(&d.title)) } }
                    p { (de(&d.decision_body)) ", " span dir="ltr" { (d.decided_on) } }
                    @if d.published == 0 { p { strong { (ctx.t("decision-draft")) } } }
                    @if may_edit(&ctx) { p { a href={ "/decisions/" (d.decision_key) "/edit" } { (ctx.t("decision-edit")) span class="visually-hidden" { ": " (d.title) } } } }
                }
            }
        }
    };
    Ok(layout::page(&ctx, &ctx.t("nav-decisions"), body))
}

/// `GET /decisions/new`
pub async fn new_form(State(state): State<AppState>, ctx: Ctx) -> AppResult<Markup> {
    form_page(
        &state,
        &ctx,
        "/decisions",
        &Form::default(),
        &FieldErrors::default(),
    )
    .await
}

async fn save(state: &AppState, ctx: &Ctx, key: Option<&str>, body: &[u8]) -> AppResult<Response> {
    let city = ctx.require_city()?.clone();
    let f = parse_form(body)?;
    let areas = state.db.areas(city.id).await?;
    let inds = state.db.indicators(city.id).await?;
    let (errors, criteria) = validate(ctx, &f, &areas, &inds);
    let action = key
        .map(|k| format!("/decisions/{k}"))
        .unwrap_or_else(|| "/decisions".into());
    if !errors.is_empty() {
        let mut resp = form_page(state, ctx, &action, &f, &errors)
            .await?
            .into_response();
        *resp.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
        return Ok(resp);
    }
    let json = |v: &[String]| serde_json::to_string(v).unwrap_or_else(|_| "[]".into());
    let draft = DecisionDraft {
        title: f.title.trim().to_string(),
        candidates: json(&f.candidates),
        criteria: serde_json::to_string(&criteria).unwrap_or_else(|_| "[]".into()),
        chosen: json(&f.chosen),
        rationale: f.rationale.trim().to_string(),
        decision_body: f.decision_body.trim().to_string(),
        decided_on: f.decided_on.trim().to_string(),
        council_link: f.council_link.trim().to_string(),
        published: f.published,
    };
    let key = key
        .map(str::to_string)
        .unwrap_or_else(|| new_key(&draft.title));
    let who = ctx
        .identity
        .as_ref()
        .map(|i| i.user.email.clone())
        .unwrap_or_default();
    state.db.save_decision(city.id, &key, &draft, &who).await?;
    state
        .db
        .audit(
            ctx.identity.as_ref().map(|i| i.user.id),
            &who,
            "decision.save",
            &format!("decision:{key}"),
            &draft.chosen,
        )
        .await?;
    Ok((
        StatusCode::SEE_OTHER,
        [(LOCATION, format!("/decisions/{key}"))],
    )
        .into_response())
}

/// `POST /decisions`
pub async fn create(State(state): State<AppState>, ctx: Ctx, body: Bytes) -> AppResult<Response> {
    save(&state, &ctx, None, &body).await
}

/// `POST /decisions/{key}` — saves a new version.
pub async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(key): Path<String>,
    body: Bytes,
) -> AppResult<Response> {
    let city = ctx.require_city()?;
    if state.db.decision_versions(city.id, &key).await?.is_empty() {
        return Err(AppError::NotFound);
    }
    save(&state, &ctx, Some(&key), &body).await
}

/// `GET /decisions/{key}/edit`
pub async fn edit_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(key): Path<String>,
) -> AppResult<Markup> {
    let city = ctx.require_city()?;
    let versions = state.db.decision_versions(city.id, &key).await?;
    let latest = versions.first().ok_or(AppError::NotFound)?;
    form_page(
        &state,
        &ctx,
        &format!("/decisions/{key}"),
        &from_decision(latest),
        &FieldErrors::default(),
    )
    .await
}

/// `GET /decisions/{key}`
pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(key): Path<String>,
) -> AppResult<Markup> {
    let city = ctx.require_city()?;
    let versions = state.db.decision_versions(city.id, &key).await?;
    let editor = may_edit(&ctx);
    let d = versions
        .iter()
        .find(|d| editor || d.published == 1)
        .ok_or(AppError::NotFound)?;
    let f = from_decision(d);
    let table = need::ranking(&state.db, city.id, &[]).await?;
    let inds = state.db.indicators(city.id).await?;
    let criteria: Vec<(&Indicator, f64)> = serde_json::from_str::<Vec<(String, f64)>>(&d.criteria)
        .unwrap_or_default()
        .into_iter()
        .filter_map(|(k, w)| inds.iter().find(|i| i.ind_key == k).map(|i| (i, w)))
        .collect();
    let values = state.db.city_values(city.id).await?;
    let year = table.year;
    let value_of = |area: &str, ind: &str| {
        values
            .iter()
            .find(|v| v.area_key == area && v.ind_key == ind && Some(v.year) == year)
            .and_then(|v| v.value)
    };
    let body = html! {
        @if d.published == 0 { p class="notice" { (ctx.t("decision-draft")) } }
        dl class="facts" {
            dt { (ctx.t("decision-body")) } dd { (d.decision_body) }
            dt { (ctx.t("decision-date")) } dd { (d.decided_on) }
            @if !d.council_link.is_empty() { dt { (ctx.t("decision-link")) } dd { a href=(d.council_link) rel="noopener" { (d.council_link) } } }
            dt { (ctx.t("decision-chosen")) } dd {
                @for (k, c) in f.chosen.iter().enumerate() {
                    @if k > 0 { ", " }
                    @let name = table.rows.iter().find(|r| &r.area.area_key == c).map(|r| r.area.name.clone()).unwrap_or_else(|| c.clone());
                    a href={ "/monitoring/areas/" (c) } { (de(&name)) }
                }
            }
        }
        h2 { (ctx.t("decision-rationale")) }
        @for para in d.rationale.split("\n\n") { p lang="de" dir="auto" { (para) } }
        (crate::ui::export::export_links(&ctx, &format!("/decisions/{key}"), "", &format!("entscheidung-{key}")))
        div class="table-wrap" role="region" tabindex="0" aria-labelledby="cmp-caption" {
        table {
            caption id="cmp-caption" { (ctx.ta("decision-comparison", &[("year", year.unwrap_or(0).into())])) }
            thead { tr {
                th scope="col" { (ctx.t("col-name")) }
                th scope="col" class="num" { (ctx.t("col-rank")) }
                @for (i, w) in &criteria { th scope="col" class="num" { (indicator_name(ctx.lang, i)) br; span class="weight" { (ctx.t("col-weight")) " " (w) } } }
                th scope="col" { (ctx.t("decision-chosen")) }
            } }
            tbody {
                @for c in &f.candidates {
                    @let row = table.rows.iter().find(|r| &r.area.area_key == c);
                    tr {
                        th scope="row" { a href={ "/monitoring/areas/" (c) } { (de(&row.map(|r| r.area.name.clone()).unwrap_or_else(|| c.clone()))) } }
                        td class="num" { (row.and_then(|r| r.rank).map(|x| x.to_string()).unwrap_or_else(|| "–".into())) }
                        @for (i, _) in &criteria { td class="num" { (fmt_opt(ctx.lang, value_of(c, &i.ind_key), 1)) } }
                        td { @if f.chosen.contains(c) { (ctx.t("yes")) } @else { (ctx.t("no")) } }
                    }
                }
            }
        }
        }
        @if editor {
            ul class="actions" {
                li { a class="button" href={ "/decisions/" (key) "/edit" } { (ctx.t("decision-edit")) } }
                li {
                    form method="post" action={ "/decisions/" (key) "/quarter" } class="inline" {
                        (forms::csrf(&ctx))
                        button type="submit" { (ctx.t("decision-create-quarter")) }
                    }
                }
            }
        }
        h2 { (ctx.t("decision-versions")) }
        table {
            caption { (ctx.t("decision-versions")) }
            thead { tr { th scope="col" class="num" { (ctx.t("col-version")) } th scope="col" { (ctx.t("col-time")) } th scope="col" { (ctx.t("col-by")) } th scope="col" { (ctx.t("decision-chosen")) } } }
            tbody {
                @for v in versions.iter().filter(|v| editor || v.published == 1) {
                    tr { td class="num" { (v.version) } td { (time_el(v.created_at)) } td { @if editor { (v.created_by) } @else { "–" } } td { (v.chosen.replace(['[', ']', '"'], "")) } }
                }
            }
        }
    };
    Ok(layout::page(&ctx, &d.title, body))
}

/// `POST /decisions/{key}/quarter` — creates a quarter from the chosen areas.
pub async fn create_quarter(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(key): Path<String>,
) -> AppResult<Response> {
    let city = ctx.require_city()?.clone();
    let versions = state.db.decision_versions(city.id, &key).await?;
    let d = versions.first().ok_or(AppError::NotFound)?;
    let chosen: Vec<String> = serde_json::from_str(&d.chosen).unwrap_or_default();
    let areas = state.db.areas(city.id).await?;
    let picked: Vec<&Area> = areas
        .iter()
        .filter(|a| chosen.contains(&a.area_key))
        .collect();
    if picked.is_empty() {
        return Err(AppError::BadRequest(
            "the decision names no existing area".into(),
        ));
    }
    let name = picked
        .iter()
        .map(|a| a.name.as_str())
        .collect::<Vec<_>>()
        .join(" / ");
    let base = new_key(&name);
    let slug = base
        .rsplit_once('-')
        .map(|(s, _)| s.to_string())
        .unwrap_or(base.clone());
    let ids: Vec<i64> = picked.iter().map(|a| a.id).collect();
    let description = format!("{} – {}", d.title, d.decided_on);
    let slug = match state
        .db
        .create_quarter(city.id, &slug, &name, &description, &ids)
        .await
    {
        Ok(_) => slug,
        Err(DbError::Conflict(_)) => {
            state
                .db
                .create_quarter(city.id, &base, &name, &description, &ids)
                .await?;
            base
        }
        Err(e) => return Err(e.into()),
    };
    state.forget_cities();
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
            "quarter.create",
            &format!("quarter:{slug}"),
            &format!("from decision {key}"),
        )
        .await?;
    Ok((
        StatusCode::SEE_OTHER,
        [(LOCATION, format!("/quarters/{slug}"))],
    )
        .into_response())
}
