//! Survey management for the analyst: surveys with their pilot quarter and
//! comparison areas, waves, samples, invitation codes and open links.

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::http::header::LOCATION;
use axum::response::{IntoResponse, Response};
use maud::{Markup, html};
use quartier_db::DbError;
use quartier_db::impact::{SampleDraft, SurveyDraft};
use quartier_i18n::FluentValue;
use quartier_rules::impact::fieldwork::{
    SamplingMethod, WaveStatus, check_wave_dates, code_from_bytes, format_code, wave_status,
};
use quartier_rules::impact::library::shipped;
use rand::RngCore;

use super::load::bundle;
use super::{text_lang, today};
use crate::error::{AppError, AppResult};
use crate::platform::password;
use crate::ui::forms::{FieldErrors, csrf, error_summary};
use crate::ui::layout::page;
use crate::{AppState, Ctx};

fn form_fields(body: &[u8]) -> AppResult<Vec<(String, String)>> {
    serde_urlencoded::from_bytes(body).map_err(|e| AppError::BadRequest(e.to_string()))
}

fn field<'a>(f: &'a [(String, String)], name: &str) -> &'a str {
    f.iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.trim())
        .unwrap_or("")
}

fn see_other(to: String) -> Response {
    (StatusCode::SEE_OTHER, [(LOCATION, to)]).into_response()
}

fn unprocessable(m: Markup) -> Response {
    let mut r = m.into_response();
    *r.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    r
}

/// Largest number of codes generated at once.
pub const MAX_CODES: i64 = 5000;

async fn list_page(
    state: &AppState,
    ctx: &Ctx,
    f: &[(String, String)],
    errors: &FieldErrors,
) -> AppResult<Markup> {
    let city = ctx.require_city()?;
    let library = shipped().map_err(|e| AppError::Internal(e.to_string()))?;
    state.db.ensure_instruments(city.id, &library).await?;
    let instruments = state.db.instruments(city.id).await?;
    let surveys = state.db.surveys(city.id).await?;
    let quarters = state.db.quarters(city.id).await?;
    let areas = state.db.areas(city.id).await?;
    let tl = text_lang(ctx.lang, false);
    let chosen: Vec<&str> = f
        .iter()
        .filter(|(k, _)| k == "comparison")
        .map(|(_, v)| v.as_str())
        .collect();
    let title = ctx.t("impact-surveys-title");
    Ok(page(
        ctx,
        &title,
        html! {
            p { (ctx.t("impact-surveys-intro")) }
            @if surveys.is_empty() { p { (ctx.t("impact-surveys-none")) } } @else {
                ul class="plain-list" {
                    @for s in &surveys {
                        li { a href={ "/impact/surveys/" (s.id) } { (s.title) } }
                    }
                }
            }
            h2 id="new-survey" { (ctx.t("impact-survey-new")) }
            (error_summary(ctx, errors))
            form method="post" action="/impact/surveys" class="stack" aria-labelledby="new-survey" {
                (csrf(ctx))
                div class={ "field" @if errors.get("title").is_some() { " field-error" } } {
                    label for="f-title" { (ctx.t("impact-survey-name")) }
                    @if let Some(e) = errors.get("title") { p class="error" id="f-title-error" { (e) } }
                    input id="f-title" name="title" type="text" value=(field(f, "title")) required;
                }
                div class="field" {
                    label for="f-instrument" { (ctx.t("impact-instrument")) }
                    select id="f-instrument" name="instrument" {
                        @for i in &instruments {
                            @let label = i.instrument().map(|x| x.title.get(tl).to_string()).unwrap_or_else(|_| i.title.clone());
                            option value=(i.id) selected[field(f, "instrument") == i.id.to_string()] { (label) " (v" (i.version) ")" }
                        }
                    }
                }
                div class={ "field" @if errors.get("pilot").is_some() { " field-error" } } {
                    label for="f-pilot" { (ctx.t("impact-pilot-quarter")) }
                    @if let Some(e) = errors.get("pilot") { p class="error" id="f-pilot-error" { (e) } }
                    select id="f-pilot" name="pilot" {
                        @for q in &quarters { option value=(q.id) selected[field(f, "pilot") == q.id.to_string()] { (q.name) } }
                    }
                }
                fieldset class={ "field" @if errors.get("comparison").is_some() { " field-error" } } id="f-comparison" {
                    legend { (ctx.t("impact-comparison-areas")) }
                    p class="hint" { (ctx.t("impact-comparison-hint")) }
                    @if let Some(e) = errors.get("comparison") { p class="error" { (e) } }
                    div class="checkbox-columns" {
                        @for a in &areas {
                            div class="option" {
                                input type="checkbox" id={ "cmp-" (a.id) } name="comparison" value=(a.id) checked[chosen.contains(&a.id.to_string().as_str())];
                                label for={ "cmp-" (a.id) } { (a.name) }
                            }
                        }
                    }
                }
                div class={ "field" @if errors.get("min_n").is_some() { " field-error" } } {
                    label for="f-min_n" { (ctx.t("impact-min-n")) }
                    p class="hint" id="f-min_n-hint" { (ctx.t("impact-min-n-hint")) }
                    @if let Some(e) = errors.get("min_n") { p class="error" id="f-min_n-error" { (e) } }
                    input id="f-min_n" name="min_n" type="number" min="10" max="1000" inputmode="numeric"
                        value=(if field(f, "min_n").is_empty() { "30" } else { field(f, "min_n") }) aria-describedby="f-min_n-hint";
                }
                button type="submit" { (ctx.t("impact-survey-create")) }
            }
        },
    ))
}

/// `GET /impact/surveys`
pub async fn list(State(state): State<AppState>, ctx: Ctx) -> AppResult<Markup> {
    list_page(&state, &ctx, &[], &FieldErrors::default()).await
}

/// `POST /impact/surveys`
pub async fn create(State(state): State<AppState>, ctx: Ctx, body: Bytes) -> AppResult<Response> {
    let city = ctx.require_city()?.clone();
    let f = form_fields(&body)?;
    let mut errors = FieldErrors::default();
    let title = field(&f, "title");
    if title.is_empty() || title.chars().count() > 200 {
        errors.add("title", ctx.t("impact-error-title"));
    }
    let instrument = match field(&f, "instrument").parse::<i64>() {
        Ok(id) => state
            .db
            .instrument_row(id)
            .await?
            .filter(|i| i.city_id == city.id),
        Err(_) => None,
    };
    if instrument.is_none() {
        errors.add("instrument", ctx.t("impact-error-instrument"));
    }
    let quarters = state.db.quarters(city.id).await?;
    let pilot = field(&f, "pilot")
        .parse::<i64>()
        .ok()
        .and_then(|id| quarters.iter().find(|q| q.id == id));
    if pilot.is_none() {
        errors.add("pilot", ctx.t("impact-error-pilot"));
    }
    let areas = state.db.areas(city.id).await?;
    let mut comparisons = Vec::new();
    for (k, v) in &f {
        if k != "comparison" {
            continue;
        }
        match v
            .parse::<i64>()
            .ok()
            .and_then(|id| areas.iter().find(|a| a.id == id))
        {
            Some(a) if !comparisons.iter().any(|(id, _)| *id == a.id) => {
                comparisons.push((a.id, a.name.clone()))
            }
            Some(_) => {}
            None => errors.add("comparison", ctx.t("impact-error-comparison")),
        }
    }
    if comparisons.is_empty() {
        errors.add("comparison", ctx.t("impact-error-comparison"));
    }
    if let Some(p) = pilot
        && comparisons.iter().any(|(_, n)| *n == p.name)
    {
        errors.add("comparison", ctx.t("impact-error-comparison-pilot"));
    }
    let min_n = field(&f, "min_n")
        .parse::<i64>()
        .ok()
        .filter(|n| (10..=1000).contains(n));
    if min_n.is_none() {
        errors.add("min_n", ctx.t("impact-error-min-n"));
    }
    let (Some(instrument), Some(pilot), Some(min_n), true) =
        (instrument, pilot, min_n, errors.is_empty())
    else {
        return Ok(unprocessable(list_page(&state, &ctx, &f, &errors).await?));
    };
    let id = state
        .db
        .create_survey(&SurveyDraft {
            city_id: city.id,
            instrument_id: instrument.id,
            title: title.to_string(),
            min_n,
            pilot: (pilot.id, pilot.name.clone()),
            comparisons,
        })
        .await?;
    Ok(see_other(format!("/impact/surveys/{id}")))
}

async fn show_page(
    state: &AppState,
    ctx: &Ctx,
    id: i64,
    f: &[(String, String)],
    errors: &FieldErrors,
) -> AppResult<Markup> {
    let b = bundle(state, ctx, id).await?;
    let samples = state.db.survey_samples(id).await?;
    let counts = state.db.response_counts(id).await?;
    let today = today();
    let tl = text_lang(ctx.lang, false);
    let count = |w: i64, u: i64| {
        counts
            .iter()
            .filter(|c| c.0 == w && c.1 == u)
            .map(|c| c.3)
            .sum::<i64>()
    };
    Ok(page(
        ctx,
        &b.survey.title,
        html! {
            p { (ctx.t("impact-instrument")) ": " (b.instrument.title.get(tl)) " · " (ctx.t("impact-min-n")) ": " (b.survey.min_n) }
            p { a href={ "/impact/surveys/" (id) "/results" } { (ctx.t("impact-results-link")) } " · "
                a href={ "/impact/surveys/" (id) "/paper" } { (ctx.t("impact-paper-link")) } }
            h2 { (ctx.t("impact-waves")) }
            @if b.waves.is_empty() { p { (ctx.t("impact-waves-none")) } } @else {
                div class="table-wrap" role="region" aria-label=(ctx.t("impact-waves")) tabindex="0" {
                    table {
                        thead { tr {
                            th scope="col" { (ctx.t("impact-wave")) }
                            th scope="col" { (ctx.t("impact-wave-dates")) }
                            th scope="col" { (ctx.t("impact-wave-status")) }
                            @for u in &b.units { th scope="col" { (u.name) } }
                        } }
                        tbody { @for w in &b.waves {
                            @let status = wave_status(&w.opens_on, &w.closes_on, &today);
                            tr {
                                th scope="row" { (w.name) }
                                td dir="ltr" { (w.opens_on) " – " (w.closes_on) }
                                td { (ctx.t(match status { WaveStatus::Open => "impact-status-open", WaveStatus::NotYetOpen => "impact-status-not-yet-open", WaveStatus::Closed => "impact-status-closed" })) }
                                @for u in &b.units { td { (count(w.id, u.id)) } }
                            }
                        } }
                    }
                }
            }
            h3 id="new-wave" { (ctx.t("impact-wave-new")) }
            (error_summary(ctx, errors))
            form method="post" action={ "/impact/surveys/" (id) "/waves" } class="stack" aria-labelledby="new-wave" {
                (csrf(ctx))
                (text_field(ctx, errors, "name", "impact-wave-name", "text", field(f, "name")))
                (text_field(ctx, errors, "opens_on", "impact-wave-opens", "date", field(f, "opens_on")))
                (text_field(ctx, errors, "closes_on", "impact-wave-closes", "date", field(f, "closes_on")))
                button type="submit" { (ctx.t("impact-wave-add")) }
            }
            h2 { (ctx.t("impact-samples")) }
            @if samples.is_empty() { p { (ctx.t("impact-samples-none")) } } @else {
                div class="table-wrap" role="region" aria-label=(ctx.t("impact-samples")) tabindex="0" {
                    table {
                        thead { tr {
                            th scope="col" { (ctx.t("impact-wave")) }
                            th scope="col" { (ctx.t("impact-area")) }
                            th scope="col" { (ctx.t("impact-method")) }
                            th scope="col" { (ctx.t("impact-frame")) }
                            th scope="col" { (ctx.t("impact-invited")) }
                            th scope="col" { (ctx.t("impact-codes-used")) }
                        } }
                        tbody { @for s in &samples {
                            tr {
                                td { (b.wave(s.wave_id).map(|w| w.name.as_str()).unwrap_or("")) }
                                td { (b.unit(s.unit_id).map(|u| u.name.as_str()).unwrap_or("")) }
                                td { (ctx.t(&format!("impact-method-{}", s.method))) }
                                td { (s.frame) }
                                td { (s.invited) }
                                td { @if s.codes > 0 { (s.codes_used) " / " (s.codes) } @else { "–" } }
                            td { @if let Some(t) = &s.link_token { a href={ "/survey/link/" (t) } dir="ltr" { (ctx.t("impact-open-link")) } } @else { "–" } }
                            }
                        } }
                    }
                }
            }
            @if !b.waves.is_empty() {
                h3 id="new-sample" { (ctx.t("impact-sample-new")) }
                form method="post" action={ "/impact/surveys/" (id) "/samples" } class="stack" aria-labelledby="new-sample" {
                    (csrf(ctx))
                    div class="field" {
                        label for="f-wave" { (ctx.t("impact-wave")) }
                        select id="f-wave" name="wave" { @for w in &b.waves { option value=(w.id) { (w.name) } } }
                    }
                    div class="field" {
                        label for="f-unit" { (ctx.t("impact-area")) }
                        select id="f-unit" name="unit" { @for u in &b.units { option value=(u.id) { (u.name) } } }
                    }
                    div class="field" {
                        label for="f-method" { (ctx.t("impact-method")) }
                        select id="f-method" name="method" {
                            @for m in SamplingMethod::ALL { option value=(m.as_str()) { (ctx.t(&format!("impact-method-{}", m.as_str()))) } }
                        }
                    }
                    (text_field(ctx, errors, "frame", "impact-frame", "text", field(f, "frame")))
                    (text_field(ctx, errors, "invited", "impact-sample-count", "number", field(f, "invited")))
                    button type="submit" { (ctx.t("impact-sample-add")) }
                }
            }
        },
    ))
}

fn text_field(
    ctx: &Ctx,
    errors: &FieldErrors,
    name: &'static str,
    label: &str,
    kind: &str,
    value: &str,
) -> Markup {
    crate::ui::forms::field(
        crate::ui::forms::Field {
            name,
            label: ctx.t(label),
            kind,
            value,
            autocomplete: "off",
            required: false,
            hint: None,
        },
        errors,
    )
}

/// `GET /impact/surveys/{id}`
pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Markup> {
    show_page(&state, &ctx, id, &[], &FieldErrors::default()).await
}

/// `POST /impact/surveys/{id}/waves`
pub async fn add_wave(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    body: Bytes,
) -> AppResult<Response> {
    let _ = bundle(&state, &ctx, id).await?;
    let f = form_fields(&body)?;
    let mut errors = FieldErrors::default();
    let name = field(&f, "name");
    if name.is_empty() || name.chars().count() > 120 {
        errors.add("name", ctx.t("impact-error-wave-name"));
    }
    if let Err(e) = check_wave_dates(field(&f, "opens_on"), field(&f, "closes_on")) {
        let which = match &e {
            quartier_rules::impact::fieldwork::FieldworkError::BadDate {
                field: "opens_on",
                ..
            } => "opens_on",
            _ => "closes_on",
        };
        errors.add(which, ctx.t("impact-error-wave-dates"));
    }
    if !errors.is_empty() {
        return Ok(unprocessable(
            show_page(&state, &ctx, id, &f, &errors).await?,
        ));
    }
    match state
        .db
        .add_wave(id, name, field(&f, "opens_on"), field(&f, "closes_on"))
        .await
    {
        Ok(_) => Ok(see_other(format!("/impact/surveys/{id}"))),
        Err(DbError::Conflict(_)) => {
            errors.add("name", ctx.t("impact-error-wave-name"));
            Ok(unprocessable(
                show_page(&state, &ctx, id, &f, &errors).await?,
            ))
        }
        Err(e) => Err(e.into()),
    }
}

fn new_code() -> Option<String> {
    let mut bytes = [0u8; 64];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    code_from_bytes(&bytes)
}

/// `POST /impact/surveys/{id}/samples` — records a sample; for a random
/// sample, generates its invitation codes and shows them once; for an open
/// link, shows the link once.
pub async fn add_sample(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    body: Bytes,
) -> AppResult<Response> {
    let b = bundle(&state, &ctx, id).await?;
    let f = form_fields(&body)?;
    let mut errors = FieldErrors::default();
    let wave = field(&f, "wave")
        .parse::<i64>()
        .ok()
        .and_then(|w| b.wave(w));
    let unit = field(&f, "unit")
        .parse::<i64>()
        .ok()
        .and_then(|u| b.unit(u));
    let method = SamplingMethod::parse(field(&f, "method")).ok();
    let invited = field(&f, "invited");
    let count = if invited.is_empty() {
        Some(0)
    } else {
        invited
            .parse::<i64>()
            .ok()
            .filter(|n| (0..=MAX_CODES).contains(n))
    };
    if count.is_none() || (method == Some(SamplingMethod::RandomCodes) && count == Some(0)) {
        errors.add(
            "invited",
            ctx.ta(
                "impact-error-count",
                &[("max", FluentValue::from(MAX_CODES))],
            ),
        );
    }
    if field(&f, "frame").chars().count() > 500 {
        errors.add("frame", ctx.t("impact-error-frame"));
    }
    let (Some(wave), Some(unit), Some(method), Some(count), true) =
        (wave, unit, method, count, errors.is_empty())
    else {
        if errors.is_empty() {
            errors.add("frame", ctx.t("impact-paper-bad-choice"));
        }
        return Ok(unprocessable(
            show_page(&state, &ctx, id, &f, &errors).await?,
        ));
    };
    let link_token = (method == SamplingMethod::OpenLink).then(password::random_token);
    let draft = SampleDraft {
        wave_id: wave.id,
        unit_id: unit.id,
        method: method.as_str().into(),
        frame: field(&f, "frame").to_string(),
        invited: if method == SamplingMethod::RandomCodes {
            0
        } else {
            count
        },
        link_token: link_token.clone(),
    };
    let sample = match state.db.add_sample(&draft).await {
        Ok(s) => s,
        Err(DbError::Conflict(_)) => {
            errors.add("frame", ctx.t("impact-error-sample-exists"));
            return Ok(unprocessable(
                show_page(&state, &ctx, id, &f, &errors).await?,
            ));
        }
        Err(e) => return Err(e.into()),
    };
    let mut codes = Vec::new();
    if method == SamplingMethod::RandomCodes {
        while codes.len() < usize::try_from(count).unwrap_or(0) {
            if let Some(c) = new_code()
                && !codes.contains(&c)
            {
                codes.push(c);
            }
        }
        let hashes: Vec<String> = codes.iter().map(|c| password::token_hash(c)).collect();
        state.db.add_codes(sample, &hashes).await?;
    }
    let title = ctx.t("impact-sample-created");
    let base = state.config.base_url.trim_end_matches('/').to_string();
    Ok(page(&ctx, &title, html! {
        p { (wave.name) " · " (unit.name) " · " (ctx.t(&format!("impact-method-{}", method.as_str()))) }
        @if let Some(t) = &link_token {
            p { (ctx.t("impact-link-public")) }
            p { code dir="ltr" class="break" { (base) "/survey/link/" (t) } }
        }
        @if !codes.is_empty() {
            p { (ctx.t("impact-codes-once")) }
            p { (ctx.ta("impact-codes-where", &[("url", FluentValue::from(format!("{base}/survey")))])) }
            ol class="code-list" dir="ltr" { @for c in &codes { li { code { (format_code(c)) } } } }
        }
        p { a href={ "/impact/surveys/" (id) } { (ctx.t("impact-back-to-survey")) } }
    })
    .into_response())
}
