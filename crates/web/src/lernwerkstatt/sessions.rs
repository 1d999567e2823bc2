//! Workshop sessions: list, creation, the session page with participants, case
//! presentations, decisions, follow-up tasks and minutes, and the print view.

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::http::header::LOCATION;
use axum::response::{IntoResponse, Response};
use maud::{Markup, html};
use quartier_db::lernwerkstatt::workshops::{NewCase, NewSession};
use quartier_db::lernwerkstatt::{PARTICIPANT_STATUSES, Session};
use quartier_db::platform::accounts::Role;
use quartier_rules::lernwerkstatt::{TaskStatus, is_overdue, parse_iso_date};

use super::{all_quarters, is_insider, may_edit, staff_quarters};
use crate::error::{AppError, AppResult};
use crate::ui::fmt::de;
use crate::ui::forms::{self, Field, FieldErrors, field};
use crate::{AppState, Ctx, ui::layout};

pub(crate) fn pairs(body: &[u8]) -> AppResult<Vec<(String, String)>> {
    serde_urlencoded::from_bytes(body).map_err(|e| AppError::BadRequest(e.to_string()))
}

pub(crate) fn get<'a>(p: &'a [(String, String)], k: &str) -> &'a str {
    p.iter()
        .find(|(x, _)| x == k)
        .map(|(_, v)| v.trim())
        .unwrap_or("")
}

pub(crate) fn see_other(to: String) -> Response {
    (StatusCode::SEE_OTHER, [(LOCATION, to)]).into_response()
}

pub(crate) fn unprocessable(m: Markup) -> Response {
    let mut r = m.into_response();
    *r.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    r
}

pub(crate) fn today() -> String {
    let t = time::OffsetDateTime::now_utc();
    format!("{:04}-{:02}-{:02}", t.year(), u8::from(t.month()), t.day())
}

async fn session(state: &AppState, id: i64) -> AppResult<Session> {
    state
        .db
        .workshop_session(id)
        .await?
        .ok_or(AppError::NotFound)
}

/// The session for an editor (403 otherwise).
async fn editable(state: &AppState, ctx: &Ctx, id: i64) -> AppResult<Session> {
    let s = session(state, id).await?;
    let me = ctx.require_user()?;
    if !may_edit(me, &s) {
        return Err(AppError::Forbidden);
    }
    Ok(s)
}

/// `GET /workshops`
pub async fn list(State(state): State<AppState>, ctx: Ctx) -> AppResult<Markup> {
    let series = state.db.workshop_series().await?;
    let sessions = state.db.workshop_sessions().await?;
    let may_create = ctx
        .identity
        .as_ref()
        .is_some_and(|i| !staff_quarters(i).is_empty() || i.is_admin());
    let title = ctx.t("lernwerkstatt-title");
    Ok(layout::page(
        &ctx,
        &title,
        html! {
            p { (ctx.t("lernwerkstatt-intro")) }
            p { a href="/instruments" { (ctx.t("lernwerkstatt-library")) } " · " a href="/search" { (ctx.t("lernwerkstatt-search")) } }
            @if may_create { p { a class="button" href="/workshops/new" { (ctx.t("lernwerkstatt-new-session")) } } }
            @for se in &series {
                section {
                    h2 { (de(&se.title)) }
                    @if !se.description.is_empty() { p { (de(&se.description)) } }
                    ul { @for s in sessions.iter().filter(|s| s.series_id == Some(se.id)) {
                        li { time dir="ltr" { (s.held_on) } " – " a href={ "/workshops/" (s.id) } { (de(&s.title)) } " (" (de(&s.host_name)) ")" }
                    } }
                }
            }
            @let single: Vec<_> = sessions.iter().filter(|s| s.series_id.is_none()).collect();
            @if !single.is_empty() {
                section {
                    h2 { (ctx.t("lernwerkstatt-single-sessions")) }
                    ul { @for s in single { li { time dir="ltr" { (s.held_on) } " – " a href={ "/workshops/" (s.id) } { (de(&s.title)) } } } }
                }
            }
            @if sessions.is_empty() { p { (ctx.t("lernwerkstatt-none")) } }
        },
    ))
}

fn session_form(
    ctx: &Ctx,
    hosts: &[(i64, String)],
    p: &[(String, String)],
    errors: &FieldErrors,
) -> Markup {
    let v = |k: &str| get(p, k).to_string();
    let title = ctx.t("lernwerkstatt-new-session");
    layout::page(
        ctx,
        &title,
        html! {
            (forms::error_summary(ctx, errors))
            form method="post" action="/workshops" {
                (forms::csrf(ctx))
                (field(Field { name: "title", label: ctx.t("lernwerkstatt-f-title"), kind: "text", value: &v("title"), autocomplete: "off", required: true, hint: None }, errors))
                (field(Field { name: "held_on", label: ctx.t("lernwerkstatt-f-date"), kind: "date", value: &v("held_on"), autocomplete: "off", required: true, hint: None }, errors))
                div class="field" {
                    label for="f-host" { (ctx.t("lernwerkstatt-f-host")) }
                    @if let Some(e) = errors.get("host") { p class="error" id="f-host-error" { (e) } }
                    select id="f-host" name="host" {
                        @for (id, name) in hosts { option value=(id) selected[v("host") == id.to_string()] { (name) } }
                    }
                }
                (field(Field { name: "place", label: ctx.t("lernwerkstatt-f-place"), kind: "text", value: &v("place"), autocomplete: "off", required: false, hint: None }, errors))
                (field(Field { name: "online_link", label: ctx.t("lernwerkstatt-f-link"), kind: "url", value: &v("online_link"), autocomplete: "off", required: false, hint: Some(ctx.t("lernwerkstatt-f-link-hint")) }, errors))
                div class="field" {
                    label for="f-agenda" { (ctx.t("lernwerkstatt-agenda")) }
                    p class="hint" { (ctx.t("lernwerkstatt-f-lines-hint")) }
                    textarea id="f-agenda" name="agenda" rows="6" { (v("agenda")) }
                }
                button type="submit" { (ctx.t("lernwerkstatt-save")) }
            }
        },
    )
}

/// Quarters the user may host a session for: all quarters of the city for its
/// lead, else the quarters they are staff of.
async fn host_choices(state: &AppState, ctx: &Ctx) -> AppResult<Vec<(i64, String)>> {
    let me = ctx.require_user()?;
    let quarters = all_quarters(state).await?;
    let city = ctx.city.as_ref().map(|c| c.id).unwrap_or(0);
    let mut out: Vec<(i64, String)> = quarters
        .values()
        .filter(|q| {
            me.is_admin()
                || (q.city_id == city && me.has_role_in_city(Role::Lead, city))
                || me.has_role_in(Role::Manager, q.id)
                || me.has_role_in(Role::Lead, q.id)
        })
        .map(|q| (q.id, q.name.clone()))
        .collect();
    out.sort();
    Ok(out)
}

/// `GET /workshops/new`
pub async fn new_form(State(state): State<AppState>, ctx: Ctx) -> AppResult<Markup> {
    let hosts = host_choices(&state, &ctx).await?;
    if hosts.is_empty() {
        return Err(AppError::Forbidden);
    }
    Ok(session_form(&ctx, &hosts, &[], &FieldErrors::default()))
}

/// `POST /workshops`
pub async fn create(State(state): State<AppState>, ctx: Ctx, body: Bytes) -> AppResult<Response> {
    let hosts = host_choices(&state, &ctx).await?;
    if hosts.is_empty() {
        return Err(AppError::Forbidden);
    }
    let p = pairs(&body)?;
    let mut errors = FieldErrors::default();
    if get(&p, "title").is_empty() {
        errors.add("title", ctx.t("lernwerkstatt-err-required"));
    }
    if parse_iso_date(get(&p, "held_on")).is_err() {
        errors.add("held_on", ctx.t("lernwerkstatt-err-date"));
    }
    let link = get(&p, "online_link");
    if !link.is_empty() && !link.starts_with("https://") {
        errors.add("online_link", ctx.t("lernwerkstatt-err-link"));
    }
    let host = get(&p, "host")
        .parse::<i64>()
        .ok()
        .and_then(|h| hosts.iter().find(|(id, _)| *id == h).cloned());
    let Some((host_id, host_name)) = host else {
        errors.add("host", ctx.t("lernwerkstatt-err-host"));
        return Ok(unprocessable(session_form(&ctx, &hosts, &p, &errors)));
    };
    if !errors.is_empty() {
        return Ok(unprocessable(session_form(&ctx, &hosts, &p, &errors)));
    }
    let quarters = all_quarters(&state).await?;
    let city_id = quarters.get(&host_id).map(|q| q.city_id).unwrap_or(0);
    let agenda: Vec<String> = get(&p, "agenda")
        .lines()
        .map(|l| l.trim().to_string())
        .filter(|l| !l.is_empty())
        .collect();
    let id = state
        .db
        .create_workshop_session(
            &NewSession {
                series_id: None,
                city_id,
                title: get(&p, "title"),
                held_on: get(&p, "held_on"),
                host_quarter_id: Some(host_id),
                host_name: &host_name,
                place: get(&p, "place"),
                online_link: link,
                agenda: &agenda,
            },
            quartier_db::now(),
        )
        .await?;
    state.search.mark_stale();
    Ok(see_other(format!("/workshops/{id}")))
}

fn status_name(ctx: &Ctx, s: &str) -> String {
    ctx.t(&format!("lernwerkstatt-status-{s}"))
}

/// `GET /workshops/{id}`
pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Markup> {
    let s = session(&state, id).await?;
    let (insider, editor) = match ctx.identity.as_deref() {
        Some(me) => (is_insider(&state, me, &s).await?, may_edit(me, &s)),
        None => (false, false),
    };
    let people = state.db.workshop_participants(id).await?;
    let mut teams: Vec<&str> = people.iter().map(|p| p.team_name.as_str()).collect();
    teams.dedup();
    let quarters = all_quarters(&state).await?;
    // Staff of a quarter in the organising city may add their own team.
    let joinable: Vec<(i64, String)> = ctx
        .identity
        .as_deref()
        .map(|me| {
            staff_quarters(me)
                .into_iter()
                .filter_map(|q| quarters.get(&q))
                .filter(|q| q.city_id == s.city_id || insider)
                .map(|q| (q.id, q.name.clone()))
                .collect()
        })
        .unwrap_or_default();
    let today = today();
    let internal = if insider {
        Some(super::content::internal(&state, &ctx, &s, editor, &quarters, &today).await?)
    } else {
        None
    };
    let body = html! {
        dl class="facts" {
            dt { (ctx.t("lernwerkstatt-f-date")) } dd { time dir="ltr" { (s.held_on) } }
            dt { (ctx.t("lernwerkstatt-f-host")) } dd { (de(&s.host_name)) }
            @if !s.place.is_empty() { dt { (ctx.t("lernwerkstatt-f-place")) } dd { (de(&s.place)) } }
            @if insider && !s.online_link.is_empty() { dt { (ctx.t("lernwerkstatt-f-link")) } dd { a href=(s.online_link) dir="ltr" { (s.online_link) } } }
        }
        h2 { (ctx.t("lernwerkstatt-agenda")) }
        ol { @for a in s.agenda_items() { li { (de(&a)) } } }
        h2 { (ctx.t("lernwerkstatt-participants")) }
        @if insider {
            table {
                thead { tr { th scope="col" { (ctx.t("lernwerkstatt-team")) } th scope="col" { (ctx.t("lernwerkstatt-person")) } th scope="col" { (ctx.t("lernwerkstatt-status")) } } }
                tbody { @for p in &people { tr { td { (de(&p.team_name)) } td { (de(&p.person)) } td { (status_name(&ctx, &p.status)) } } } }
            }
        } @else {
            ul { @for t in &teams { li { (de(t)) } } }
        }
        @if !joinable.is_empty() {
            form method="post" action={ "/workshops/" (id) "/participants" } class="inline-form" {
                (forms::csrf(&ctx))
                label for="f-join-team" { (ctx.t("lernwerkstatt-team")) }
                select id="f-join-team" name="quarter" { @for (qid, name) in &joinable { option value=(qid) { (name) } } }
                label for="f-join-status" { (ctx.t("lernwerkstatt-status")) }
                select id="f-join-status" name="status" { @for st in PARTICIPANT_STATUSES { option value=(st) { (status_name(&ctx, st)) } } }
                button type="submit" { (ctx.t("lernwerkstatt-join")) }
            }
        }
        @if editor {
            form method="post" action={ "/workshops/" (id) "/participants" } class="inline-form" {
                (forms::csrf(&ctx))
                input type="hidden" name="status" value="invited";
                label for="f-invite" { (ctx.t("lernwerkstatt-invite")) }
                select id="f-invite" name="quarter" { @for q in quarters.values() { option value=(q.id) { (q.name) } } }
                button type="submit" { (ctx.t("lernwerkstatt-invite")) }
            }
        }
        @if let Some(m) = internal {
            (m)
        } @else if s.minutes_published == 1 {
            p { a href={ "/workshops/" (id) "/minutes" } { (ctx.t("lernwerkstatt-minutes")) } }
        } @else {
            p class="hint" { (ctx.t("lernwerkstatt-insiders-only")) }
        }
    };
    Ok(layout::page(&ctx, &s.title, body))
}

/// `POST /workshops/{id}/participants`: an editor invites a team; staff add their
/// own team (quarter in the organising city, or already taking part) with a status.
pub async fn participants(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    body: Bytes,
) -> AppResult<Response> {
    let s = session(&state, id).await?;
    let me = ctx.require_user()?;
    if !may_edit(me, &s) && staff_quarters(me).is_empty() {
        return Err(AppError::Forbidden);
    }
    let p = pairs(&body)?;
    let status = get(&p, "status");
    if !PARTICIPANT_STATUSES.contains(&status) {
        return Err(AppError::BadRequest(format!(
            "status: unknown value '{status}'"
        )));
    }
    let quarters = all_quarters(&state).await?;
    let q = get(&p, "quarter")
        .parse::<i64>()
        .ok()
        .and_then(|q| quarters.get(&q))
        .ok_or_else(|| AppError::BadRequest("quarter: unknown team".into()))?;
    let editor = may_edit(me, &s);
    let own_team = me.is_staff_for(q.id);
    let insider = is_insider(&state, me, &s).await?;
    let allowed = if status == "invited" {
        editor
    } else {
        own_team && (q.city_id == s.city_id || insider)
    };
    if !allowed {
        return Err(AppError::Forbidden);
    }
    let (user, person) = if status == "invited" {
        (None, String::new())
    } else {
        (Some(me.user.id), me.user.display_name.clone())
    };
    state
        .db
        .add_workshop_participant(
            id,
            Some(q.id),
            &q.name,
            user,
            &person,
            status,
            quartier_db::now(),
        )
        .await?;
    Ok(see_other(format!("/workshops/{id}")))
}

/// `POST /workshops/{id}/cases`
pub async fn case_create(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    body: Bytes,
) -> AppResult<Response> {
    editable(&state, &ctx, id).await?;
    let p = pairs(&body)?;
    let fields = [
        "title",
        "presenter",
        "problem",
        "approach",
        "resources",
        "result",
        "lessons",
    ];
    if let Some(f) = fields.iter().find(|f| get(&p, f).is_empty()) {
        return Err(AppError::BadRequest(format!(
            "{f}: {}",
            ctx.t("lernwerkstatt-err-required")
        )));
    }
    let c = NewCase {
        quarter_id: get(&p, "quarter").parse().ok(),
        title: get(&p, "title"),
        presenter: get(&p, "presenter"),
        problem: get(&p, "problem"),
        approach: get(&p, "approach"),
        resources: get(&p, "resources"),
        result: get(&p, "result"),
        lessons: get(&p, "lessons"),
    };
    let cid = state
        .db
        .add_workshop_case(id, &c, quartier_db::now())
        .await?;
    state.search.mark_stale();
    Ok(see_other(format!("/workshops/{id}#case-{cid}")))
}

/// `POST /workshops/{id}/decisions`
pub async fn decision_create(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    body: Bytes,
) -> AppResult<Response> {
    editable(&state, &ctx, id).await?;
    let p = pairs(&body)?;
    let text = get(&p, "text");
    if text.is_empty() {
        return Err(AppError::BadRequest(format!(
            "text: {}",
            ctx.t("lernwerkstatt-err-required")
        )));
    }
    state
        .db
        .add_workshop_decision(id, text, quartier_db::now())
        .await?;
    Ok(see_other(format!("/workshops/{id}#decisions")))
}

/// `POST /workshops/{id}/tasks`
pub async fn task_create(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    body: Bytes,
) -> AppResult<Response> {
    editable(&state, &ctx, id).await?;
    let p = pairs(&body)?;
    let (title, owner, due) = (get(&p, "title"), get(&p, "owner"), get(&p, "due_on"));
    if title.is_empty() || owner.is_empty() {
        return Err(AppError::BadRequest(format!(
            "title/owner: {}",
            ctx.t("lernwerkstatt-err-required")
        )));
    }
    if parse_iso_date(due).is_err() {
        return Err(AppError::BadRequest(format!(
            "due_on: {}",
            ctx.t("lernwerkstatt-err-date")
        )));
    }
    let tid = state
        .db
        .add_workshop_task(
            id,
            title,
            owner,
            due,
            TaskStatus::Open.as_str(),
            quartier_db::now(),
        )
        .await?;
    state.search.mark_stale();
    Ok(see_other(format!("/workshops/{id}#task-{tid}")))
}

/// `POST /workshops/tasks/{id}`: `status` and optionally `take=1`.
pub async fn task_update(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    body: Bytes,
) -> AppResult<Response> {
    let t = state
        .db
        .workshop_task(id)
        .await?
        .ok_or(AppError::NotFound)?;
    let s = session(&state, t.session_id).await?;
    let me = ctx.require_user()?;
    if !is_insider(&state, me, &s).await? {
        return Err(AppError::Forbidden);
    }
    let p = pairs(&body)?;
    let status = TaskStatus::parse(get(&p, "status"))
        .map_err(|e| AppError::BadRequest(format!("status: {e}")))?;
    let take = get(&p, "take") == "1";
    let name = format!("{} ({})", me.user.display_name, me.user.email);
    state
        .db
        .update_workshop_task(
            id,
            status.as_str(),
            take.then_some((me.user.id, name.as_str())),
            quartier_db::now(),
        )
        .await?;
    state.search.mark_stale();
    Ok(see_other(format!("/workshops/{}#task-{id}", s.id)))
}

/// `POST /workshops/{id}/minutes`
pub async fn minutes_save(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    body: Bytes,
) -> AppResult<Response> {
    editable(&state, &ctx, id).await?;
    let p = pairs(&body)?;
    let minutes = get(&p, "minutes");
    if minutes.chars().count() > 50_000 {
        return Err(AppError::BadRequest(
            "minutes: longer than 50000 characters".into(),
        ));
    }
    state
        .db
        .save_workshop_minutes(id, minutes, get(&p, "published") == "1", quartier_db::now())
        .await?;
    state.search.mark_stale();
    Ok(see_other(format!("/workshops/{id}#minutes")))
}

/// `GET /workshops/{id}/minutes`: print view (insiders, or everyone when published).
pub async fn minutes_print(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Markup> {
    let s = session(&state, id).await?;
    let insider = match ctx.identity.as_deref() {
        Some(me) => is_insider(&state, me, &s).await?,
        None => false,
    };
    if !insider && s.minutes_published == 0 {
        return Err(AppError::NotFound);
    }
    let people = state.db.workshop_participants(id).await?;
    let decisions = state.db.workshop_decisions(id).await?;
    let tasks = if insider {
        state.db.workshop_tasks(id).await?
    } else {
        Vec::new()
    };
    let title = format!("{} – {}", ctx.t("lernwerkstatt-minutes"), s.title);
    Ok(layout::page(
        &ctx,
        &title,
        html! {
            div class="print-doc" {
                p { time dir="ltr" { (s.held_on) } " · " (de(&s.host_name)) @if !s.place.is_empty() { " · " (de(&s.place)) } }
                h2 { (ctx.t("lernwerkstatt-participants")) }
                ul { @for p in people.iter().filter(|p| p.status == "attended" || !insider) { li { (de(&p.team_name)) @if insider && !p.person.is_empty() { ": " (de(&p.person)) } } } }
                h2 { (ctx.t("lernwerkstatt-agenda")) }
                ol { @for a in s.agenda_items() { li { (de(&a)) } } }
                h2 { (ctx.t("lernwerkstatt-minutes")) }
                @for para in s.minutes.split("\n\n") { p { (de(para)) } }
                @if !decisions.is_empty() { h2 { (ctx.t("lernwerkstatt-decisions")) } ol { @for d in &decisions { li { (de(&d.text)) } } } }
                @if !tasks.is_empty() {
                    h2 { (ctx.t("lernwerkstatt-tasks")) }
                    table { thead { tr { th scope="col" { (ctx.t("lernwerkstatt-f-title")) } th scope="col" { (ctx.t("lernwerkstatt-owner")) } th scope="col" { (ctx.t("lernwerkstatt-due")) } } }
                        tbody { @for t in &tasks { tr { td { (de(&t.title)) } td { (de(&t.owner)) } td { time dir="ltr" { (t.due_on) } } } } } }
                }
            }
        },
    ))
}

/// Whether a task is overdue today.
pub(crate) fn overdue(status: &str, due_on: &str, today: &str) -> bool {
    TaskStatus::parse(status).is_ok_and(|s| is_overdue(s, due_on, today))
}
