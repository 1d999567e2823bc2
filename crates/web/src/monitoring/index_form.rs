//! The form of an index configuration: parsing, validation, the page and saving
//! a new version.

use std::collections::BTreeMap;

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::http::header::LOCATION;
use axum::response::{IntoResponse, Response};
use maud::{Markup, html};
use quartier_db::monitoring::city::Indicator;
use quartier_db::monitoring::indices::IndexConfig;

use crate::error::{AppError, AppResult};
use crate::monitoring::need::configs::{
    self, AGGREGATIONS, IndexSpec, MSS_MIN_POPULATION, MSS_PERIOD, MSS_ROLES, MssRoles,
    NORMALISATIONS, WeightedIndicator,
};
use crate::ui::fmt::indicator_name;
use crate::ui::forms::{self, Field, FieldErrors, field};
use crate::{AppState, Ctx, ui::layout};

use super::indices::*;

// ---------------------------------------------------------------------------
// Form
// ---------------------------------------------------------------------------

#[derive(Default, Clone)]
struct Form {
    name: String,
    kind: String,
    checked: Vec<String>,
    weights: BTreeMap<String, String>,
    normalisation: String,
    aggregation: String,
    year: String,
    status: [String; MSS_ROLES],
    dynamics: [String; MSS_ROLES],
    population: String,
    dynamics_given: bool,
    exclude: String,
}

fn parse_form(body: &[u8]) -> Result<Form, AppError> {
    let pairs: Vec<(String, String)> =
        serde_urlencoded::from_bytes(body).map_err(|e| AppError::BadRequest(e.to_string()))?;
    let mut f = Form::default();
    for (k, v) in pairs {
        match k.as_str() {
            "name" => f.name = v,
            "kind" => f.kind = v,
            "indicators" => f.checked.push(v),
            "normalisation" => f.normalisation = v,
            "aggregation" => f.aggregation = v,
            "year" => f.year = v,
            "population" => f.population = v,
            "dynamics_given" => f.dynamics_given = !v.is_empty(),
            "exclude" => f.exclude = v,
            other => {
                if let Some(key) = other.strip_prefix("w_") {
                    f.weights.insert(key.to_string(), v);
                } else if let Some(n) = other.strip_prefix("s") {
                    if let Some(slot) = n
                        .parse::<usize>()
                        .ok()
                        .and_then(|i| f.status.get_mut(i.wrapping_sub(1)))
                    {
                        *slot = v;
                    }
                } else if let Some(n) = other.strip_prefix("d")
                    && let Some(slot) = n
                        .parse::<usize>()
                        .ok()
                        .and_then(|i| f.dynamics.get_mut(i.wrapping_sub(1)))
                {
                    *slot = v;
                }
            }
        }
    }
    Ok(f)
}

fn from_config(c: &IndexConfig, spec: &IndexSpec) -> Form {
    let mut f = Form {
        name: c.name.clone(),
        kind: c.kind.clone(),
        normalisation: spec.normalisation.clone(),
        aggregation: spec.aggregation.clone(),
        year: spec.year.to_string(),
        ..Form::default()
    };
    if let Some(m) = &spec.mss {
        for (slot, k) in f.status.iter_mut().zip(&m.status) {
            slot.clone_from(k);
        }
        for (slot, k) in f.dynamics.iter_mut().zip(&m.dynamics) {
            slot.clone_from(k);
        }
        f.population = m.population.clone().unwrap_or_default();
        f.dynamics_given = m.dynamics_given;
        f.exclude = m.exclude.join(", ");
    } else {
        for w in &spec.indicators {
            f.checked.push(w.key.clone());
            f.weights.insert(w.key.clone(), w.weight.to_string());
        }
    }
    f
}

fn years_of(values: &[quartier_db::monitoring::city::CityValue]) -> Vec<i64> {
    let mut years: Vec<i64> = values.iter().map(|v| v.year).collect();
    years.sort_unstable();
    years.dedup();
    years
}

fn validate(
    ctx: &Ctx,
    f: &Form,
    inds: &[Indicator],
    years: &[i64],
) -> (FieldErrors, Option<IndexSpec>) {
    let mut e = FieldErrors::default();
    if f.name.trim().is_empty() {
        e.add("name", ctx.t("indices-error-name"));
    } else if f.name.trim().chars().count() > 120 {
        e.add("name", ctx.t("indices-error-name-long"));
    }
    let mss = f.kind == "mss";
    if !configs::KINDS.contains(&f.kind.as_str()) {
        e.add("kind", ctx.t("indices-error-kind"));
    }
    let year = f.year.trim().parse::<i64>().ok();
    match year {
        Some(y) if years.contains(&y) => {
            if mss && !f.dynamics_given && !years.contains(&(y - MSS_PERIOD)) {
                e.add(
                    "year",
                    ctx.ta(
                        "indices-error-year-period",
                        &[("year", (y - MSS_PERIOD).into())],
                    ),
                );
            }
        }
        _ => e.add("year", ctx.t("indices-error-year")),
    }
    let known = |k: &str| inds.iter().any(|i| i.ind_key == k);
    let mut indicators = Vec::new();
    let mut mss_roles = None;
    if mss {
        // Empty slots are allowed (editions use 3 or 4 indicators); status needs one.
        let check = |slots: &[String], field: &'static str, e: &mut FieldErrors| {
            let filled: Vec<&String> = slots.iter().filter(|s| !s.trim().is_empty()).collect();
            if field == "mss_status" && filled.is_empty() {
                e.add(field, ctx.t(&format!("indices-error-{field}-missing")));
            } else if filled.iter().any(|s| !known(s)) {
                e.add(field, ctx.t("indices-error-unknown-indicator"));
            } else {
                let mut u = filled.clone();
                u.sort();
                u.dedup();
                if u.len() != filled.len() {
                    e.add(field, ctx.t("indices-error-duplicate"));
                }
            }
        };
        check(&f.status, "mss_status", &mut e);
        check(&f.dynamics, "mss_dynamics", &mut e);
        let population = f.population.trim();
        if !population.is_empty() && !known(population) {
            e.add("population", ctx.t("indices-error-unknown-indicator"));
        }
        let status: Vec<String> = f
            .status
            .iter()
            .filter(|s| !s.trim().is_empty())
            .cloned()
            .collect();
        let dynamics: Vec<String> = f
            .dynamics
            .iter()
            .filter(|s| !s.trim().is_empty())
            .cloned()
            .collect();
        let exclude: Vec<String> = f
            .exclude
            .split([',', ';', ' ', '\n'])
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect();
        indicators = status
            .iter()
            .map(|k| WeightedIndicator {
                key: k.clone(),
                weight: 1.0,
            })
            .collect();
        mss_roles = Some(MssRoles {
            status,
            dynamics,
            period: MSS_PERIOD,
            population: (!population.is_empty()).then(|| population.to_string()),
            min_population: MSS_MIN_POPULATION,
            dynamics_given: f.dynamics_given,
            exclude,
        });
    } else {
        if !NORMALISATIONS.contains(&f.normalisation.as_str()) {
            e.add("normalisation", ctx.t("indices-error-normalisation"));
        }
        if !AGGREGATIONS.contains(&f.aggregation.as_str()) {
            e.add("aggregation", ctx.t("indices-error-aggregation"));
        }
        for k in &f.checked {
            let Some(i) = inds.iter().find(|i| &i.ind_key == k) else {
                e.add("indicators", ctx.t("indices-error-unknown-indicator"));
                continue;
            };
            let raw = f.weights.get(k).map(|s| s.trim()).unwrap_or("");
            let raw = if raw.is_empty() { "1" } else { raw };
            match raw.replace(',', ".").parse::<f64>() {
                Ok(w) if w.is_finite() && w > 0.0 && w <= 1000.0 => {
                    indicators.push(WeightedIndicator {
                        key: k.clone(),
                        weight: w,
                    });
                }
                _ => e.add(
                    "indicators",
                    ctx.ta(
                        "indices-error-weight",
                        &[("indicator", indicator_name(ctx.lang, i).into())],
                    ),
                ),
            }
        }
        if f.checked.len() < 2 && e.get("indicators").is_none() {
            e.add("indicators", ctx.t("indices-error-indicators"));
        }
    }
    if !e.is_empty() {
        return (e, None);
    }
    let spec = IndexSpec {
        indicators,
        normalisation: if mss {
            "zscore".into()
        } else {
            f.normalisation.clone()
        },
        aggregation: if mss {
            "arithmetic".into()
        } else {
            f.aggregation.clone()
        },
        year: year.unwrap_or_default(),
        mss: mss_roles,
    };
    (e, Some(spec))
}

async fn form_page(
    state: &AppState,
    ctx: &Ctx,
    action: &str,
    f: &Form,
    errors: &FieldErrors,
    title: &str,
) -> AppResult<Markup> {
    let city = ctx.require_city()?;
    let inds = state.db.indicators(city.id).await?;
    let years = years_of(&state.db.city_values(city.id).await?);
    let scored: Vec<&Indicator> = inds.iter().filter(|i| i.polarity != "neutral").collect();
    let context: Vec<&Indicator> = inds.iter().filter(|i| i.polarity == "neutral").collect();
    let err_class = |name: &str| {
        if errors.get(name).is_some() {
            " field-error"
        } else {
            ""
        }
    };
    let role_select = |prefix: &str, n: usize, current: &str| {
        let id = format!("f-{prefix}{n}");
        html! {
            div class="field inline-field" {
                label for=(id) { (prefix.to_uppercase()) (n) }
                select id=(id) name={ (prefix) (n) } {
                    option value="" { (ctx.t("indices-choose")) }
                    @for i in &scored { option value=(i.ind_key) selected[current == i.ind_key] { (indicator_name(ctx.lang, i)) } }
                }
            }
        }
    };
    let kind = if f.kind.is_empty() {
        "composite"
    } else {
        f.kind.as_str()
    };
    let body = html! {
        (forms::error_summary(ctx, errors))
        form method="post" action=(action) class="form index-form" novalidate {
            (forms::csrf(ctx))
            (field(Field { name: "name", label: ctx.t("indices-name"), kind: "text", value: &f.name, autocomplete: "off", required: true, hint: None }, errors))
            fieldset class={ "choices" (err_class("kind")) } id="f-kind" {
                legend { (ctx.t("indices-kind")) }
                @if let Some(e) = errors.get("kind") { p class="error" { (e) } }
                @for k in configs::KINDS {
                    div class="checkbox" {
                        input type="radio" id={ "f-kind-" (k) } name="kind" value=(k) checked[kind == k];
                        label for={ "f-kind-" (k) } { (ctx.t(&format!("indices-kind-{k}"))) }
                    }
                }
                p class="hint" { (ctx.t("indices-kind-hint")) }
            }
            div class={ "field" (err_class("year")) } {
                label for="f-year" { (ctx.t("col-year")) }
                @if let Some(e) = errors.get("year") { p class="error" id="f-year-error" { (e) } }
                select id="f-year" name="year" aria-describedby=[errors.get("year").map(|_| "f-year-error")] {
                    @for y in years.iter().rev() { option value=(y) selected[f.year == y.to_string()] { (y) } }
                }
            }
            fieldset class={ "criteria" (err_class("indicators")) } id="f-indicators" {
                legend { (ctx.t("indices-composite-indicators")) }
                p class="hint" { (ctx.t("indices-weights-hint")) }
                @if let Some(e) = errors.get("indicators") { p class="error" { (e) } }
                @for i in &scored {
                    div class="weight-row" {
                        div class="checkbox" {
                            input type="checkbox" id={ "f-ind-" (i.ind_key) } name="indicators" value=(i.ind_key) checked[f.checked.contains(&i.ind_key)];
                            label for={ "f-ind-" (i.ind_key) } { (indicator_name(ctx.lang, i)) }
                        }
                        div class="field inline-field" {
                            label for={ "f-w-" (i.ind_key) } { (ctx.t("col-weight")) span class="visually-hidden" { " " (indicator_name(ctx.lang, i)) } }
                            input type="text" inputmode="decimal" id={ "f-w-" (i.ind_key) } name={ "w_" (i.ind_key) }
                                value=(f.weights.get(&i.ind_key).cloned().unwrap_or_else(|| "1".into())) size="4";
                        }
                    }
                }
            }
            div class={ "field" (err_class("normalisation")) } {
                label for="f-normalisation" { (ctx.t("indices-normalisation")) }
                @if let Some(e) = errors.get("normalisation") { p class="error" { (e) } }
                select id="f-normalisation" name="normalisation" {
                    @for n in NORMALISATIONS { option value=(n) selected[f.normalisation == n] { (ctx.t(&format!("indices-norm-{n}"))) } }
                }
            }
            div class={ "field" (err_class("aggregation")) } {
                label for="f-aggregation" { (ctx.t("indices-aggregation")) }
                @if let Some(e) = errors.get("aggregation") { p class="error" { (e) } }
                select id="f-aggregation" name="aggregation" {
                    @for a in AGGREGATIONS { option value=(a) selected[f.aggregation == a] { (ctx.t(&format!("indices-agg-{a}"))) } }
                }
            }
            fieldset class={ "criteria" (err_class("mss_status")) } id="f-mss_status" {
                legend { (ctx.t("indices-mss-status")) }
                p class="hint" { (ctx.t("indices-mss-status-hint")) }
                @if let Some(e) = errors.get("mss_status") { p class="error" { (e) } }
                @for (n, cur) in f.status.iter().enumerate() { (role_select("s", n + 1, cur)) }
            }
            fieldset class={ "criteria" (err_class("mss_dynamics")) } id="f-mss_dynamics" {
                legend { (ctx.t("indices-mss-dynamics")) }
                p class="hint" { (ctx.ta("indices-mss-dynamics-hint", &[("period", MSS_PERIOD.into())])) }
                @if let Some(e) = errors.get("mss_dynamics") { p class="error" { (e) } }
                @for (n, cur) in f.dynamics.iter().enumerate() { (role_select("d", n + 1, cur)) }
                div class="choice" {
                    input type="checkbox" id="f-dynamics_given" name="dynamics_given" value="1" checked[f.dynamics_given];
                    label for="f-dynamics_given" { (ctx.t("indices-dynamics-given")) }
                }
            }
            div class="field" {
                label for="f-exclude" { (ctx.t("indices-exclude")) }
                p class="hint" id="f-exclude-hint" { (ctx.t("indices-exclude-hint")) }
                input type="text" id="f-exclude" name="exclude" value=(f.exclude) aria-describedby="f-exclude-hint";
            }
            div class={ "field" (err_class("population")) } {
                label for="f-population" { (ctx.t("indices-population")) }
                p class="hint" id="f-population-hint" { (ctx.t("indices-population-hint")) }
                @if let Some(e) = errors.get("population") { p class="error" { (e) } }
                select id="f-population" name="population" aria-describedby="f-population-hint" {
                    option value="" { (ctx.t("indices-no-population")) }
                    @for i in &context { option value=(i.ind_key) selected[f.population == i.ind_key] { (indicator_name(ctx.lang, i)) } }
                }
            }
            button type="submit" { (ctx.t("indices-save")) }
        }
    };
    Ok(layout::page(ctx, title, body))
}

fn new_key(name: &str) -> String {
    let mut slug: String = name
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

async fn save(state: &AppState, ctx: &Ctx, key: Option<&str>, body: &[u8]) -> AppResult<Response> {
    let city = ctx.require_city()?.clone();
    let f = parse_form(body)?;
    let inds = state.db.indicators(city.id).await?;
    let years = years_of(&state.db.city_values(city.id).await?);
    let (mut errors, spec) = validate(ctx, &f, &inds, &years);
    let action = key
        .map(|k| format!("/monitoring/indices/{k}"))
        .unwrap_or_else(|| "/monitoring/indices".into());
    let title = ctx.t(if key.is_some() {
        "indices-edit"
    } else {
        "indices-new"
    });
    let key = key
        .map(str::to_string)
        .unwrap_or_else(|| new_key(f.name.trim()));
    let who = ctx
        .identity
        .as_ref()
        .map(|i| i.user.email.clone())
        .unwrap_or_default();
    if let Some(spec) = spec {
        match configs::compute_and_store(
            &state.db,
            city.id,
            &key,
            f.name.trim(),
            &f.kind,
            &spec,
            &who,
        )
        .await
        {
            Ok(c) => {
                state
                    .db
                    .audit(
                        ctx.identity.as_ref().map(|i| i.user.id),
                        &who,
                        "index.save",
                        &format!("index:{key}"),
                        &format!("version {}", c.version),
                    )
                    .await?;
                return Ok((
                    StatusCode::SEE_OTHER,
                    [(LOCATION, format!("/monitoring/indices/{key}"))],
                )
                    .into_response());
            }
            Err(configs::StoreError::Compute(e)) => {
                let field = if f.kind == "mss" {
                    "mss_status"
                } else {
                    "indicators"
                };
                errors.add(
                    field,
                    ctx.ta("indices-error-compute", &[("detail", e.to_string().into())]),
                );
            }
            Err(configs::StoreError::Db(e)) => return Err(e.into()),
            Err(configs::StoreError::Internal(e)) => return Err(AppError::Internal(e)),
        }
    }
    let mut resp = form_page(state, ctx, &action, &f, &errors, &title)
        .await?
        .into_response();
    *resp.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    Ok(resp)
}

/// `GET /monitoring/indices/new`
pub async fn new_form(State(state): State<AppState>, ctx: Ctx) -> AppResult<Markup> {
    let city = ctx.require_city()?;
    let years = years_of(&state.db.city_values(city.id).await?);
    let f = Form {
        kind: "composite".into(),
        normalisation: "minmax".into(),
        aggregation: "arithmetic".into(),
        year: years.last().map(|y| y.to_string()).unwrap_or_default(),
        ..Form::default()
    };
    form_page(
        &state,
        &ctx,
        "/monitoring/indices",
        &f,
        &FieldErrors::default(),
        &ctx.t("indices-new"),
    )
    .await
}

/// `POST /monitoring/indices`
pub async fn create(State(state): State<AppState>, ctx: Ctx, body: Bytes) -> AppResult<Response> {
    save(&state, &ctx, None, &body).await
}

/// `GET /monitoring/indices/{key}/edit`
pub async fn edit_form(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(key): Path<String>,
) -> AppResult<Markup> {
    let city = ctx.require_city()?;
    let l = load(&state.db, city.id, &key, None).await?;
    form_page(
        &state,
        &ctx,
        &format!("/monitoring/indices/{key}"),
        &from_config(&l.config, &l.spec),
        &FieldErrors::default(),
        &ctx.t("indices-edit"),
    )
    .await
}

/// `POST /monitoring/indices/{key}` — saves a new version.
pub async fn update(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(key): Path<String>,
    body: Bytes,
) -> AppResult<Response> {
    let city = ctx.require_city()?;
    if state
        .db
        .index_config_versions(city.id, &key)
        .await?
        .is_empty()
    {
        return Err(AppError::NotFound);
    }
    save(&state, &ctx, Some(&key), &body).await
}
