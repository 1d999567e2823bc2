//! The shared event calendar by month, its iCalendar feeds (RFC 5545) and the
//! event forms. German local time is a rule in `quartier_rules::civic`.

use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE};
use axum::response::{IntoResponse, Response};
use maud::{Markup, html};
use quartier_db::civic::{Event, EventDraft};
use quartier_db::platform::accounts::Role;
use quartier_rules::civic::{local_input, month_start, parse_local};
use serde::Deserialize;
use time::OffsetDateTime;

use crate::civic::common::{audit, manages, quarter};
use crate::error::{AppError, AppResult};
use crate::ui::fmt::de;
use crate::ui::forms::{
    self, Field, FieldErrors, field, see_other, select, textarea, unprocessable,
};
use crate::{AppState, Ctx, ui::layout};

/// Query of the calendar.
#[derive(Debug, Default, Deserialize)]
pub struct CalendarParams {
    #[serde(default)]
    month: String,
}

async fn may_edit_event(state: &AppState, ctx: &Ctx, e: &Event) -> AppResult<bool> {
    if manages(ctx, e.quarter_id) {
        return Ok(true);
    }
    let Some(id) = ctx.identity.as_ref() else {
        return Ok(false);
    };
    let Some(actor) = e.actor_id else {
        return Ok(false);
    };
    Ok(id.has_role_in(Role::Actor, e.quarter_id)
        && state.db.actors_of_user(id.user.id).await?.contains(&actor))
}

/// `GET /calendar`
pub async fn calendar(
    State(state): State<AppState>,
    ctx: Ctx,
    Query(p): Query<CalendarParams>,
) -> AppResult<Markup> {
    let city = ctx.require_city()?;
    let now = OffsetDateTime::now_utc();
    let (y, m) = p
        .month
        .split_once('-')
        .and_then(|(y, m)| Some((y.parse::<i32>().ok()?, m.parse::<u8>().ok()?)))
        .filter(|(y, m)| (2000..=2100).contains(y) && (1..=12).contains(m))
        .unwrap_or((now.year(), u8::from(now.month())));
    let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    let (py, pm) = if m == 1 { (y - 1, 12) } else { (y, m - 1) };
    let from = month_start(y, m).ok_or(AppError::NotFound)? - 7200;
    let to = month_start(ny, nm).ok_or(AppError::NotFound)? - 3600;
    let events = state.db.events_between(city.id, None, from, to).await?;
    let quarters = state.db.quarters(city.id).await?;
    let mut rows = Vec::new();
    for e in &events {
        let local = local_input(e.starts_at);
        if !local.starts_with(&format!("{y:04}-{m:02}")) {
            continue;
        }
        let editable = may_edit_event(&state, &ctx, e).await?;
        rows.push((e, local, editable));
    }
    let creatable: Vec<_> = quarters
        .iter()
        .filter(|q| {
            manages(&ctx, q.id)
                || ctx
                    .identity
                    .as_ref()
                    .is_some_and(|i| i.has_role_in(Role::Actor, q.id) && !i.is_admin())
        })
        .collect();
    let body = html! {
        p class="lead" { (ctx.t("civic-calendar-intro")) }
        nav class="pager" aria-label=(ctx.t("civic-months")) {
            a href={ "/calendar?month=" (format!("{py:04}-{pm:02}")) } rel="prev" { (ctx.t("civic-prev-month")) }
            span { strong dir="ltr" { (format!("{y:04}-{m:02}")) } }
            a href={ "/calendar?month=" (format!("{ny:04}-{nm:02}")) } rel="next" { (ctx.t("civic-next-month")) }
        }
        @if rows.is_empty() { p { (ctx.t("civic-no-events")) } }
        ul class="civic-events" {
            @for (e, local, editable) in &rows {
                li class="card" {
                    h2 { (de(&e.title)) }
                    p { time datetime=(local) dir="ltr" { (local.replace('T', " ")) } " – " time dir="ltr" { (local_input(e.ends_at).get(11..).unwrap_or("")) } }
                    @if !e.place.is_empty() { p { (ctx.t("civic-place")) ": " (de(&e.place)) } }
                    @if !e.description.is_empty() { p lang="de" dir="auto" { (e.description) } }
                    @if let Some(a) = e.actor_id { p { a href={ "/actors/" (a) } { (ctx.t("civic-organiser")) } } }
                    @if *editable { p { a href={ "/events/" (e.id) "/edit" } { (ctx.t("civic-edit")) span class="visually-hidden" { ": " (e.title) } } } }
                }
            }
        }
        h2 { (ctx.t("civic-subscribe")) }
        p { (ctx.t("civic-subscribe-hint")) }
        ul {
            li { a href="/calendar.ics" { (ctx.t("civic-ics-all")) } }
            @for q in &quarters { li { a href={ "/quarters/" (q.slug) "/calendar.ics" } { (ctx.ta("civic-ics-quarter", &[("quarter", q.name.clone().into())])) } } }
        }
        @if !creatable.is_empty() {
            h2 { (ctx.t("civic-event-new")) }
            ul { @for q in &creatable { li { a href={ "/quarters/" (q.slug) "/events/new" } { (ctx.ta("civic-event-new-in", &[("quarter", q.name.clone().into())])) } } } }
        }
    };
    Ok(layout::page(&ctx, &ctx.t("civic-calendar"), body))
}

/// Escapes a TEXT value (RFC 5545 §3.3.11).
pub fn ics_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line at 75 octets (continuation lines start with a space) and ends
/// every line with CRLF (RFC 5545 §3.1).
pub fn ics_fold(line: &str, out: &mut String) {
    let mut used = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if used + len > 75 {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += len;
    }
    out.push_str("\r\n");
}

fn ics_time(utc: i64) -> String {
    OffsetDateTime::from_unix_timestamp(utc)
        .map(|t| {
            format!(
                "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
                t.year(),
                u8::from(t.month()),
                t.day(),
                t.hour(),
                t.minute(),
                t.second()
            )
        })
        .unwrap_or_default()
}

/// The events as an iCalendar document.
pub fn ics(name: &str, events: &[Event], base_url: &str) -> String {
    let mut out = String::new();
    for l in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Quartier//Kalender//DE",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ] {
        ics_fold(l, &mut out);
    }
    ics_fold(&format!("X-WR-CALNAME:{}", ics_escape(name)), &mut out);
    for e in events {
        ics_fold("BEGIN:VEVENT", &mut out);
        ics_fold(&format!("UID:{}", e.uid), &mut out);
        ics_fold(&format!("DTSTAMP:{}", ics_time(e.updated_at)), &mut out);
        ics_fold(&format!("DTSTART:{}", ics_time(e.starts_at)), &mut out);
        ics_fold(&format!("DTEND:{}", ics_time(e.ends_at)), &mut out);
        ics_fold(&format!("SUMMARY:{}", ics_escape(&e.title)), &mut out);
        if !e.description.is_empty() {
            ics_fold(
                &format!("DESCRIPTION:{}", ics_escape(&e.description)),
                &mut out,
            );
        }
        if !e.place.is_empty() {
            ics_fold(&format!("LOCATION:{}", ics_escape(&e.place)), &mut out);
        }
        ics_fold(&format!("URL:{base_url}/calendar"), &mut out);
        ics_fold("END:VEVENT", &mut out);
    }
    ics_fold("END:VCALENDAR", &mut out);
    out
}

async fn feed(
    state: &AppState,
    ctx: &Ctx,
    quarter_id: Option<i64>,
    name: &str,
) -> AppResult<Response> {
    let city = ctx.require_city()?;
    let now = quartier_db::now();
    let events = state
        .db
        .events_between(city.id, quarter_id, now - 30 * 86_400, now + 400 * 86_400)
        .await?;
    let body = ics(name, &events, &state.config.base_url);
    Ok((
        [
            (CONTENT_TYPE, "text/calendar; charset=utf-8"),
            (CACHE_CONTROL, "public, max-age=300"),
        ],
        body,
    )
        .into_response())
}

/// `GET /calendar.ics`
pub async fn calendar_ics(State(state): State<AppState>, ctx: Ctx) -> AppResult<Response> {
    let name = ctx
        .city
        .as_ref()
        .map(|c| c.name.clone())
        .unwrap_or_default();
    feed(&state, &ctx, None, &name).await
}

/// `GET /quarters/{slug}/calendar.ics`
pub async fn quarter_ics(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let q = quarter(&state, &ctx, &slug).await?;
    feed(&state, &ctx, Some(q.id), &q.name).await
}

// ---------------------------------------------------------------- events

#[derive(Default, Deserialize)]
struct EventInput {
    #[serde(default)]
    title: String,
    #[serde(default)]
    description: String,
    #[serde(default)]
    place: String,
    #[serde(default)]
    starts: String,
    #[serde(default)]
    ends: String,
    #[serde(default)]
    actor: String,
}

/// Actors the user may organise events for in the quarter (all for managers).
async fn event_actors(
    state: &AppState,
    ctx: &Ctx,
    quarter_id: i64,
) -> AppResult<Vec<(String, String)>> {
    let actors = state.db.actors_in_quarter(quarter_id).await?;
    if manages(ctx, quarter_id) {
        return Ok(
            std::iter::once((String::new(), ctx.t("civic-no-organiser")))
                .chain(actors.iter().map(|a| (a.id.to_string(), a.name.clone())))
                .collect(),
        );
    }
    let mine = match ctx.identity.as_ref() {
        Some(i) if i.has_role_in(Role::Actor, quarter_id) => {
            state.db.actors_of_user(i.user.id).await?
        }
        _ => Vec::new(),
    };
    Ok(actors
        .iter()
        .filter(|a| mine.contains(&a.id))
        .map(|a| (a.id.to_string(), a.name.clone()))
        .collect())
}

fn event_form(
    ctx: &Ctx,
    title: &str,
    action: &str,
    f: &EventInput,
    actors: &[(String, String)],
    errors: &FieldErrors,
) -> Markup {
    let body = html! {
        (forms::error_summary(ctx, errors))
        form method="post" action=(action) class="form" novalidate {
            (forms::csrf(ctx))
            (field(Field { name: "title", label: ctx.t("civic-title"), kind: "text", value: &f.title, autocomplete: "off", required: true, hint: None }, errors))
            (field(Field { name: "starts", label: ctx.t("civic-starts"), kind: "datetime-local", value: &f.starts, autocomplete: "off", required: true, hint: Some(ctx.t("civic-hint-datetime")) }, errors))
            (field(Field { name: "ends", label: ctx.t("civic-ends"), kind: "datetime-local", value: &f.ends, autocomplete: "off", required: true, hint: None }, errors))
            (field(Field { name: "place", label: ctx.t("civic-place"), kind: "text", value: &f.place, autocomplete: "off", required: false, hint: None }, errors))
            (textarea("description", ctx.t("civic-description"), &f.description, None, errors))
            (select("actor", ctx.t("civic-organiser"), actors, &f.actor, None, errors))
            button type="submit" { (ctx.t("save")) }
        }
    };
    layout::page(ctx, title, body)
}

fn validate_event(
    ctx: &Ctx,
    f: &EventInput,
    actors: &[(String, String)],
) -> (FieldErrors, EventDraft) {
    let mut e = FieldErrors::default();
    if f.title.trim().is_empty() {
        e.add("title", ctx.t("civic-error-title"));
    }
    let starts = parse_local(&f.starts);
    let ends = parse_local(&f.ends);
    if starts.is_none() {
        e.add("starts", ctx.t("civic-error-datetime"));
    }
    match (starts, ends) {
        (_, None) => e.add("ends", ctx.t("civic-error-datetime")),
        (Some(s), Some(en)) if en <= s => e.add("ends", ctx.t("civic-error-ends")),
        _ => {}
    }
    if !actors.iter().any(|(v, _)| *v == f.actor) {
        e.add("actor", ctx.t("civic-error-actor"));
    }
    let draft = EventDraft {
        actor_id: f.actor.parse().ok(),
        title: f.title.trim().to_string(),
        description: f.description.trim().to_string(),
        place: f.place.trim().to_string(),
        starts_at: starts.unwrap_or(0),
        ends_at: ends.unwrap_or(0),
    };
    (e, draft)
}

/// `GET /quarters/{slug}/events/new`
pub async fn event_new(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> AppResult<Markup> {
    let q = quarter(&state, &ctx, &slug).await?;
    let actors = event_actors(&state, &ctx, q.id).await?;
    if actors.is_empty() {
        return Err(AppError::Forbidden);
    }
    let f = EventInput {
        actor: actors.first().map(|a| a.0.clone()).unwrap_or_default(),
        ..Default::default()
    };
    Ok(event_form(
        &ctx,
        &ctx.ta("civic-event-new-in", &[("quarter", q.name.clone().into())]),
        &format!("/quarters/{}/events", q.slug),
        &f,
        &actors,
        &FieldErrors::default(),
    ))
}

/// `POST /quarters/{slug}/events`
pub async fn event_create(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    body: Bytes,
) -> AppResult<Response> {
    let q = quarter(&state, &ctx, &slug).await?;
    let actors = event_actors(&state, &ctx, q.id).await?;
    if actors.is_empty() {
        return Err(AppError::Forbidden);
    }
    let f: EventInput =
        serde_urlencoded::from_bytes(&body).map_err(|e| AppError::BadRequest(e.to_string()))?;
    let (errors, draft) = validate_event(&ctx, &f, &actors);
    if !errors.is_empty() {
        return Ok(unprocessable(event_form(
            &ctx,
            &ctx.ta("civic-event-new-in", &[("quarter", q.name.clone().into())]),
            &format!("/quarters/{}/events", q.slug),
            &f,
            &actors,
            &errors,
        )));
    }
    let uid = format!("{}@quartier", uuid::Uuid::new_v4());
    let id = state.db.insert_event(q.city_id, q.id, &draft, &uid).await?;
    audit(&state, &ctx, "event.create", &format!("event:{id}")).await?;
    Ok(see_other(&format!(
        "/calendar?month={}",
        local_input(draft.starts_at).get(..7).unwrap_or("")
    )))
}

/// `GET /events/{id}/edit`
pub async fn event_edit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Markup> {
    let e = state.db.event(id).await?.ok_or(AppError::NotFound)?;
    if !may_edit_event(&state, &ctx, &e).await? {
        return Err(AppError::Forbidden);
    }
    let actors = event_actors(&state, &ctx, e.quarter_id).await?;
    let f = EventInput {
        title: e.title.clone(),
        description: e.description.clone(),
        place: e.place.clone(),
        starts: local_input(e.starts_at),
        ends: local_input(e.ends_at),
        actor: e.actor_id.map(|a| a.to_string()).unwrap_or_default(),
    };
    Ok(event_form(
        &ctx,
        &ctx.ta("civic-event-edit", &[("title", e.title.clone().into())]),
        &format!("/events/{id}"),
        &f,
        &actors,
        &FieldErrors::default(),
    ))
}

/// `POST /events/{id}`
pub async fn event_update(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    body: Bytes,
) -> AppResult<Response> {
    let e = state.db.event(id).await?.ok_or(AppError::NotFound)?;
    if !may_edit_event(&state, &ctx, &e).await? {
        return Err(AppError::Forbidden);
    }
    let actors = event_actors(&state, &ctx, e.quarter_id).await?;
    let f: EventInput =
        serde_urlencoded::from_bytes(&body).map_err(|e| AppError::BadRequest(e.to_string()))?;
    let (errors, draft) = validate_event(&ctx, &f, &actors);
    if !errors.is_empty() {
        return Ok(unprocessable(event_form(
            &ctx,
            &ctx.ta("civic-event-edit", &[("title", e.title.clone().into())]),
            &format!("/events/{id}"),
            &f,
            &actors,
            &errors,
        )));
    }
    state.db.update_event(id, &draft).await?;
    audit(&state, &ctx, "event.update", &format!("event:{id}")).await?;
    Ok(see_other(&format!(
        "/calendar?month={}",
        local_input(draft.starts_at).get(..7).unwrap_or("")
    )))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_and_escapes() {
        let mut out = String::new();
        let long = format!("SUMMARY:{}", "ä".repeat(60));
        ics_fold(&long, &mut out);
        for line in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(line.len() <= 75, "{} octets", line.len());
        }
        assert_eq!(out.replace("\r\n ", ""), format!("{long}\r\n"));
        assert_eq!(ics_escape("a;b,c\\d\ne"), "a\\;b\\,c\\\\d\\ne");
    }
}
