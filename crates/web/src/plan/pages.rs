//! The action plan of a quarter (M5): fields of action → goals → measures with
//! lead, partners, target groups, costs, funding, timeline, milestones, status and
//! indicators. Every change is versioned in the database layer (`plan_changes`).
//!
//! Who may do what (checked here, in every handler, on top of the route policy):
//! read a published plan — everyone; read a draft — staff; edit — the quarter's
//! neighbourhood manager, the programme lead, admins; record progress — editors
//! and actor representatives of the quarter (any actor-role holder in the quarter:
//! an approximation of "actors leading or partnering the measure").

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::http::header::LOCATION;
use axum::response::{IntoResponse, Response};
use maud::{Markup, html};
use quartier_db::DbError;
use quartier_db::civic::actors::Actor;
use quartier_db::monitoring::city::Quarter;
use quartier_db::plan::{
    FieldDraft, GOAL_LEVELS, GoalDraft, INDICATOR_LEVELS, IndicatorDraft, MeasureDraft, Plan,
    PlanData, PlanMeasure, Progress, STATUSES,
};
use quartier_db::platform::accounts::Role;

use crate::error::{AppError, AppResult};
use crate::plan::gantt::{Ymd, iso, parse_date, today};
use crate::ui::fmt::{de, fmt_num, time_el};
use crate::ui::forms::{self, Field, FieldErrors, field};
use crate::{AppState, Ctx, ui::layout};

/// May change the plan of quarter `qid`.
pub(crate) fn may_edit(ctx: &Ctx, qid: i64) -> bool {
    ctx.identity
        .as_ref()
        .is_some_and(|i| i.has_role_in(Role::Lead, qid) || i.has_role_in(Role::Manager, qid))
}

/// May record progress on measures of quarter `qid`.
pub(crate) fn may_progress(ctx: &Ctx, qid: i64) -> bool {
    may_edit(ctx, qid)
        || ctx
            .identity
            .as_ref()
            .is_some_and(|i| i.has_role_in(Role::Actor, qid))
}

/// May read an unpublished plan.
pub(crate) fn may_read_draft(ctx: &Ctx, qid: i64) -> bool {
    may_edit(ctx, qid) || ctx.identity.as_ref().is_some_and(|i| i.is_staff_for(qid))
}

fn who(ctx: &Ctx) -> String {
    ctx.identity
        .as_ref()
        .map(|i| i.user.email.clone())
        .unwrap_or_default()
}

fn see_other(to: String) -> Response {
    (StatusCode::SEE_OTHER, [(LOCATION, to)]).into_response()
}

fn unprocessable(m: Markup) -> Response {
    let mut r = m.into_response();
    *r.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    r
}

/// The quarter of `slug`, or 404.
pub(crate) async fn quarter(state: &AppState, ctx: &Ctx, slug: &str) -> AppResult<Quarter> {
    let city = ctx.require_city()?;
    state
        .db
        .quarter_by_slug(city.id, slug)
        .await?
        .ok_or(AppError::NotFound)
}

/// The quarter and its plan as this user may see it (404 for a draft to non-staff).
pub(crate) async fn readable(
    state: &AppState,
    ctx: &Ctx,
    slug: &str,
) -> AppResult<(Quarter, Plan)> {
    let q = quarter(state, ctx, slug).await?;
    let plan = state
        .db
        .plan_of_quarter(q.id)
        .await?
        .ok_or(AppError::NotFound)?;
    if plan.published == 0 && !may_read_draft(ctx, q.id) {
        return Err(AppError::NotFound);
    }
    Ok((q, plan))
}

/// The quarter and plan for an editor (403 otherwise, 404 without a plan).
async fn editable(state: &AppState, ctx: &Ctx, slug: &str) -> AppResult<(Quarter, Plan)> {
    let q = quarter(state, ctx, slug).await?;
    if !may_edit(ctx, q.id) {
        return Err(AppError::Forbidden);
    }
    let plan = state
        .db
        .plan_of_quarter(q.id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((q, plan))
}

/// A measure with its plan and quarter, if this user may read it.
pub(crate) async fn measure_ctx(
    state: &AppState,
    ctx: &Ctx,
    id: i64,
) -> AppResult<(Quarter, Plan, PlanMeasure)> {
    let m = state.db.plan_measure(id).await?.ok_or(AppError::NotFound)?;
    let plan = state
        .db
        .plan_by_id(m.plan_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let city = ctx.require_city()?;
    let q = state
        .db
        .quarters(city.id)
        .await?
        .into_iter()
        .find(|q| q.id == plan.quarter_id)
        .ok_or(AppError::NotFound)?;
    if plan.published == 0 && !may_read_draft(ctx, q.id) {
        return Err(AppError::NotFound);
    }
    Ok((q, plan, m))
}

fn pairs(body: &[u8]) -> AppResult<Vec<(String, String)>> {
    serde_urlencoded::from_bytes(body).map_err(|e| AppError::BadRequest(e.to_string()))
}

fn get<'a>(p: &'a [(String, String)], k: &str) -> &'a str {
    p.iter()
        .find(|(x, _)| x == k)
        .map(|(_, v)| v.trim())
        .unwrap_or("")
}

/// Parses a number written with a decimal comma or point (thousands dots allowed
/// when a comma is present).
pub(crate) fn parse_num(s: &str) -> Option<f64> {
    let s = s.trim().replace([' ', '\u{a0}'], "");
    let s = if s.contains(',') {
        s.replace('.', "").replace(',', ".")
    } else {
        s
    };
    s.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// The translated status.
pub(crate) fn status_text(ctx: &Ctx, s: &str) -> String {
    ctx.t(&format!("plan-status-{s}"))
}

/// A status badge: colour class plus the status in words.
pub(crate) fn status_badge(ctx: &Ctx, m: &PlanMeasure) -> Markup {
    html! {
        span class={ "plan-badge plan-badge-" (m.status) } { (status_text(ctx, &m.status)) }
        @if m.blocked == 1 { " " span class="plan-badge plan-badge-blocked" { (ctx.t("plan-blocked")) } }
    }
}

/// A measure is late when its end date has passed and it is not done, permanent or dropped.
pub(crate) fn is_late(m: &PlanMeasure, today: Ymd) -> bool {
    matches!(m.status.as_str(), "idea" | "planned" | "running")
        && parse_date(&m.end_on).is_some_and(|e| e < today)
}

/// Period of a measure in words.
pub(crate) fn period(ctx: &Ctx, m: &PlanMeasure) -> Markup {
    html! {
        span dir="ltr" { (m.start_on) " – " @if m.end_on.is_empty() { (ctx.t("plan-open-end")) } @else { (m.end_on) } }
    }
}

/// Name of the lead: actor name or the free text.
pub(crate) fn lead_name(m: &PlanMeasure, actors: &[Actor]) -> String {
    m.lead_actor_id
        .and_then(|id| actors.iter().find(|a| a.id == id))
        .map(|a| a.name.clone())
        .unwrap_or_else(|| m.lead_text.clone())
}

/// Names of the partners.
pub(crate) fn partner_names(m: &PlanMeasure, actors: &[Actor]) -> Vec<String> {
    m.partners()
        .iter()
        .filter_map(|id| actors.iter().find(|a| a.id == *id))
        .map(|a| a.name.clone())
        .collect()
}

/// Dropped measures, shown apart from the active ones (greyed, with the reason).
pub(crate) fn dropped_list(ctx: &Ctx, dropped: &[&PlanMeasure], heading_id: &str) -> Markup {
    html! {
        section class="plan-dropped" aria-labelledby=(heading_id) {
            h3 id=(heading_id) { (ctx.ta("plan-dropped-measures", &[("n", (dropped.len() as i64).into())])) }
            ul {
                @for m in dropped {
                    li {
                        a href={ "/measures/" (m.id) } { (m.code) " " (de(&m.title)) }
                        " – " (status_badge(ctx, m))
                        @if !m.status_note.is_empty() { " " span lang="de" dir="auto" { (m.status_note) } }
                    }
                }
            }
        }
    }
}

fn goal_edit_link(ctx: &Ctx, slug: &str, id: i64, code: &str) -> Markup {
    html! {
        a class="plan-edit-link" href={ "/quarters/" (slug) "/plan/goals/" (id) "/edit" } {
            (ctx.t("plan-edit")) span class="visually-hidden" { ": " (code) }
        }
    }
}

/// Links to the plan's views.
pub(crate) fn plan_nav(ctx: &Ctx, slug: &str) -> Markup {
    let base = format!("/quarters/{slug}/plan");
    html! {
        nav class="plan-nav" aria-label=(ctx.t("plan-views")) {
            ul class="actions" {
                li { a href=(base) { (ctx.t("plan-title")) } }
                li { a href={ (base) "/timeline" } { (ctx.t("plan-timeline")) } }
                li { a href={ (base) "/dashboard" } { (ctx.t("plan-dashboard")) } }
                li { a href={ (base) "/history" } { (ctx.t("plan-history")) } }
                li { a href={ (base) "/compare" } { (ctx.t("plan-compare")) } }
                li { a href={ (base) "/print" } { (ctx.t("plan-print")) } }
                li { a href={ "/quarters/" (slug) "/plan.csv" } { (ctx.t("plan-csv")) } }
                li { a href={ "/quarters/" (slug) "/plan.xlsx" } { (ctx.t("plan-xlsx")) } }
            }
        }
    }
}

// ------------------------------------------------------------------ overview

fn recent_first(d: &PlanData) -> Vec<&PlanMeasure> {
    let mut v: Vec<&PlanMeasure> = d.measures.iter().collect();
    v.sort_by_key(|m| std::cmp::Reverse((m.updated_at, m.id)));
    v
}

/// `GET /plans` — the action plans of all quarters with recent changes.
pub async fn overview(State(state): State<AppState>, ctx: Ctx) -> AppResult<Markup> {
    let city = ctx.require_city()?;
    let quarters = state.db.quarters(city.id).await?;
    let plans = state.db.plans().await?;
    let mut rows = Vec::new();
    for q in &quarters {
        let plan = plans.iter().find(|p| p.quarter_id == q.id);
        let visible = plan.filter(|p| p.published == 1 || may_read_draft(&ctx, q.id));
        let data = match visible {
            Some(p) => Some(state.db.plan_data(p.id).await?),
            None => None,
        };
        rows.push((q, visible, data));
    }
    let body = html! {
        p class="lead" { (ctx.t("plan-overview-intro")) }
        @for (q, plan, data) in &rows {
            section class="plan-card" aria-labelledby={ "h-plan-" (q.slug) } {
                h2 id={ "h-plan-" (q.slug) } { (de(&q.name)) }
                @match (plan, data) {
                    (Some(p), Some(d)) => {
                        p { a href={ "/quarters/" (q.slug) "/plan" } { (de(&p.title)) }
                            @if p.published == 0 { " " strong { (ctx.t("plan-draft")) } } }
                        p { (ctx.ta("plan-counts", &[("fields", (d.fields.len() as i64).into()), ("goals", (d.goals.len() as i64).into()), ("measures", (d.measures.len() as i64).into())])) }
                        (plan_nav(&ctx, &q.slug))
                        @if may_edit(&ctx, q.id) {
                            ul class="actions" {
                                li { a class="button" href={ "/quarters/" (q.slug) "/plan/fields/new" } { (ctx.t("plan-field-new")) } }
                                li { a class="button" href={ "/quarters/" (q.slug) "/plan/goals/new" } { (ctx.t("plan-goal-new")) } }
                                li { a class="button" href={ "/quarters/" (q.slug) "/plan/measures/new" } { (ctx.t("plan-measure-new")) } }
                            }
                        }
                        @let recent = recent_first(d);
                        @if !recent.is_empty() {
                            h3 { (ctx.t("plan-recent")) }
                            ul {
                                @for m in recent.iter().take(5) {
                                    li {
                                        a href={ "/measures/" (m.id) } { (m.code) " " (de(&m.title)) }
                                        " – " (status_badge(&ctx, m))
                                        @if may_edit(&ctx, q.id) { " (" a href={ "/measures/" (m.id) "/edit" } { (ctx.t("plan-edit")) span class="visually-hidden" { ": " (m.title) } } ")" }
                                    }
                                }
                            }
                        }
                    }
                    _ => {
                        p { (ctx.t("plan-none")) }
                        @if may_edit(&ctx, q.id) { p { a href={ "/quarters/" (q.slug) "/plan" } { (ctx.t("plan-create")) } } }
                    }
                }
            }
        }
    };
    Ok(layout::page(&ctx, &ctx.t("plan-overview-title"), body))
}

// ------------------------------------------------------------------ the plan

fn settings_form(
    ctx: &Ctx,
    slug: &str,
    title: &str,
    published: bool,
    errors: &FieldErrors,
) -> Markup {
    html! {
        (forms::error_summary(ctx, errors))
        form method="post" action={ "/quarters/" (slug) "/plan" } class="form" novalidate {
            (forms::csrf(ctx))
            (field(Field { name: "title", label: ctx.t("plan-f-plan-title"), kind: "text", value: title, autocomplete: "off", required: true, hint: None }, errors))
            div class="field checkbox" {
                input type="checkbox" id="f-published" name="published" value="yes" checked[published];
                label for="f-published" { (ctx.t("plan-publish")) }
            }
            button type="submit" { (ctx.t("save")) }
        }
    }
}

async fn render_plan(
    state: &AppState,
    ctx: &Ctx,
    q: &Quarter,
    plan: Option<&Plan>,
    errors: &FieldErrors,
    title_value: Option<&str>,
) -> AppResult<Markup> {
    let editor = may_edit(ctx, q.id);
    let Some(plan) = plan else {
        let body = html! {
            p { (ctx.t("plan-none")) }
            @if editor {
                h2 { (ctx.t("plan-create")) }
                p { (ctx.t("plan-create-hint")) }
                (settings_form(ctx, &q.slug, title_value.unwrap_or(""), false, errors))
            }
        };
        return Ok(layout::page(
            ctx,
            &ctx.ta("plan-of", &[("quarter", q.name.clone().into())]),
            body,
        ));
    };
    let d = state.db.plan_data(plan.id).await?;
    let actors = state.db.actors_in_quarter(q.id).await?;
    let now = today();
    let body = html! {
        p class="lead" { (ctx.ta("plan-intro", &[("quarter", q.name.clone().into())])) }
        @if plan.published == 0 { p class="notice" { (ctx.t("plan-draft-notice")) } }
        p { (ctx.t("plan-updated")) " " (time_el(plan.updated_at)) }
        (plan_nav(ctx, &q.slug))
        @if editor {
            ul class="actions" {
                li { a class="button" href={ "/quarters/" (q.slug) "/plan/fields/new" } { (ctx.t("plan-field-new")) } }
                li { a class="button" href={ "/quarters/" (q.slug) "/plan/goals/new" } { (ctx.t("plan-goal-new")) } }
                li { a class="button" href={ "/quarters/" (q.slug) "/plan/measures/new" } { (ctx.t("plan-measure-new")) } }
            }
        }
        @if d.fields.is_empty() { p { (ctx.t("plan-no-fields")) } }
        @for f in &d.fields {
            section class="plan-field" aria-labelledby={ "h-field-" (f.id) } {
                h2 id={ "h-field-" (f.id) } { (f.code) " " (de(&f.name)) }
                @if editor { p class="plan-edit-link" { a href={ "/quarters/" (q.slug) "/plan/fields/" (f.id) "/edit" } { (ctx.t("plan-field-edit")) span class="visually-hidden" { ": " (f.code) } } } }
                @if !f.description.is_empty() { p lang="de" dir="auto" { (f.description) } }
                @let leit: Vec<_> = d.goals.iter().filter(|g| g.field_id == f.id && g.level == "leitziel").collect();
                @if !leit.is_empty() {
                    h3 { (ctx.t("plan-goals")) }
                    ul class="plan-goals" {
                        @for g in &leit {
                            li {
                                strong { (g.code) } " " (de(&g.text))
                                @if editor { " " (goal_edit_link(ctx, &q.slug, g.id, &g.code)) }
                                @let hz: Vec<_> = d.goals.iter().filter(|h| h.parent_id == Some(g.id)).collect();
                                @if !hz.is_empty() { ul { @for h in &hz { li { strong { (h.code) } " " (de(&h.text)) @if editor { " " (goal_edit_link(ctx, &q.slug, h.id, &h.code)) } } } } }
                            }
                        }
                    }
                }
                @let ms: Vec<&PlanMeasure> = d.measures.iter().filter(|m| m.field_id == f.id && m.status != "dropped").collect();
                @let dropped: Vec<&PlanMeasure> = d.measures.iter().filter(|m| m.field_id == f.id && m.status == "dropped").collect();
                @if ms.is_empty() { p { (ctx.t("plan-no-measures")) } } @else {
                    div class="table-wrap" role="region" tabindex="0" aria-labelledby={ "cap-field-" (f.id) } {
                        table {
                            caption id={ "cap-field-" (f.id) } { (ctx.ta("plan-measures-of", &[("field", f.code.clone().into())])) }
                            thead { tr {
                                th scope="col" { (ctx.t("plan-col-nr")) }
                                th scope="col" { (ctx.t("plan-col-measure")) }
                                th scope="col" { (ctx.t("plan-col-goal")) }
                                th scope="col" { (ctx.t("plan-col-lead")) }
                                th scope="col" { (ctx.t("plan-col-period")) }
                                th scope="col" { (ctx.t("plan-col-status")) }
                                th scope="col" class="num" { (ctx.t("plan-col-priority")) }
                            } }
                            tbody {
                                @for m in &ms {
                                    tr {
                                        td { (m.code) }
                                        th scope="row" { a href={ "/measures/" (m.id) } { (de(&m.title)) } }
                                        td { (m.goal_id.and_then(|g| d.goals.iter().find(|x| x.id == g)).map(|g| g.code.clone()).unwrap_or_default()) }
                                        td { (de(&lead_name(m, &actors))) }
                                        td { (period(ctx, m)) @if is_late(m, now) { " " span class="plan-badge plan-badge-late" { (ctx.t("plan-late")) } } }
                                        td { (status_badge(ctx, m)) }
                                        td class="num" { (m.priority) }
                                    }
                                }
                            }
                        }
                    }
                }
                @if !dropped.is_empty() { (dropped_list(ctx, &dropped, &format!("h-dropped-{}", f.id))) }
            }
        }
        @if editor {
            h2 { (ctx.t("plan-settings")) }
            (settings_form(ctx, &q.slug, title_value.unwrap_or(&plan.title), plan.published == 1, errors))
        }
    };
    Ok(layout::page(ctx, &plan.title, body))
}

/// `GET /quarters/{slug}/plan`
pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> AppResult<Markup> {
    let q = quarter(&state, &ctx, &slug).await?;
    let plan = state.db.plan_of_quarter(q.id).await?;
    let plan = plan.filter(|p| p.published == 1 || may_read_draft(&ctx, q.id));
    render_plan(
        &state,
        &ctx,
        &q,
        plan.as_ref(),
        &FieldErrors::default(),
        None,
    )
    .await
}

/// `POST /quarters/{slug}/plan` — creates the plan or changes title and publication.
pub async fn save_plan(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    body: Bytes,
) -> AppResult<Response> {
    let q = quarter(&state, &ctx, &slug).await?;
    if !may_edit(&ctx, q.id) {
        return Err(AppError::Forbidden);
    }
    let p = pairs(&body)?;
    let title = get(&p, "title");
    let published = get(&p, "published") == "yes";
    let plan = state.db.plan_of_quarter(q.id).await?;
    let mut errors = FieldErrors::default();
    if title.is_empty() {
        errors.add("title", ctx.t("plan-err-title"));
    }
    if !errors.is_empty() {
        let page = render_plan(&state, &ctx, &q, plan.as_ref(), &errors, Some(title)).await?;
        return Ok(unprocessable(page));
    }
    state
        .db
        .save_plan(q.id, title, published, &who(&ctx), quartier_db::now())
        .await?;
    Ok(see_other(format!("/quarters/{slug}/plan")))
}

// ------------------------------------------------------------------ fields and goals

fn field_form(
    ctx: &Ctx,
    slug: &str,
    edit: Option<i64>,
    p: &[(String, String)],
    errors: &FieldErrors,
) -> Markup {
    let action = match edit {
        Some(id) => format!("/quarters/{slug}/plan/fields/{id}"),
        None => format!("/quarters/{slug}/plan/fields"),
    };
    let title = ctx.t(if edit.is_some() {
        "plan-field-edit"
    } else {
        "plan-field-new"
    });
    let body = html! {
        (forms::error_summary(ctx, errors))
        @if edit.is_some() { p { a href={ "/quarters/" (slug) "/plan" } { (ctx.t("plan-title")) } } }
        form method="post" action=(action) class="form" novalidate {
            (forms::csrf(ctx))
            (field(Field { name: "code", label: ctx.t("plan-f-code"), kind: "text", value: get(p, "code"), autocomplete: "off", required: true, hint: Some(ctx.t("plan-hint-field-code")) }, errors))
            (field(Field { name: "name", label: ctx.t("plan-f-name"), kind: "text", value: get(p, "name"), autocomplete: "off", required: true, hint: None }, errors))
            div class="field" {
                label for="f-description" { (ctx.t("plan-f-description")) }
                textarea id="f-description" name="description" rows="3" { (get(p, "description")) }
            }
            button type="submit" { (ctx.t("save")) }
        }
    };
    layout::page(ctx, &title, body)
}

/// Checks the form of a field of action; the draft when it is complete.
fn validate_field(ctx: &Ctx, p: &[(String, String)]) -> (FieldErrors, FieldDraft) {
    let mut errors = FieldErrors::default();
    if get(p, "code").is_empty() {
        errors.add("code", ctx.t("plan-err-code"));
    }
    if get(p, "name").is_empty() {
        errors.add("name", ctx.t("plan-err-name"));
    }
    let draft = FieldDraft {
        code: get(p, "code").to_string(),
        name: get(p, "name").to_string(),
        description: get(p, "description").to_string(),
    };
    (errors, draft)
}

/// `GET /quarters/{slug}/plan/fields/new`
pub async fn field_new(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> AppResult<Markup> {
    editable(&state, &ctx, &slug).await?;
    Ok(field_form(&ctx, &slug, None, &[], &FieldErrors::default()))
}

/// `POST /quarters/{slug}/plan/fields`
pub async fn field_create(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    body: Bytes,
) -> AppResult<Response> {
    let (_, plan) = editable(&state, &ctx, &slug).await?;
    let p = pairs(&body)?;
    let (mut errors, draft) = validate_field(&ctx, &p);
    if errors.is_empty() {
        match state
            .db
            .insert_plan_field(plan.id, &draft, &who(&ctx), quartier_db::now())
            .await
        {
            Ok(_) => return Ok(see_other(format!("/quarters/{slug}/plan"))),
            Err(DbError::Conflict(_)) => errors.add("code", ctx.t("plan-err-code-taken")),
            Err(e) => return Err(e.into()),
        }
    }
    Ok(unprocessable(field_form(&ctx, &slug, None, &p, &errors)))
}

/// `GET /quarters/{slug}/plan/fields/{id}/edit`
pub async fn field_edit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
) -> AppResult<Markup> {
    let (_, plan) = editable(&state, &ctx, &slug).await?;
    let d = state.db.plan_data(plan.id).await?;
    let f = d
        .fields
        .iter()
        .find(|f| f.id == id)
        .ok_or(AppError::NotFound)?;
    let p: Vec<(String, String)> = vec![
        ("code".into(), f.code.clone()),
        ("name".into(), f.name.clone()),
        ("description".into(), f.description.clone()),
    ];
    Ok(field_form(
        &ctx,
        &slug,
        Some(id),
        &p,
        &FieldErrors::default(),
    ))
}

/// `POST /quarters/{slug}/plan/fields/{id}` — a new version of a field of action.
pub async fn field_update(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
    body: Bytes,
) -> AppResult<Response> {
    let (_, plan) = editable(&state, &ctx, &slug).await?;
    let d = state.db.plan_data(plan.id).await?;
    if !d.fields.iter().any(|f| f.id == id) {
        return Err(AppError::NotFound);
    }
    let p = pairs(&body)?;
    let (mut errors, draft) = validate_field(&ctx, &p);
    if errors.is_empty() {
        match state
            .db
            .update_plan_field(plan.id, id, &draft, &who(&ctx), quartier_db::now())
            .await
        {
            Ok(()) => return Ok(see_other(format!("/quarters/{slug}/plan#h-field-{id}"))),
            Err(DbError::Conflict(_)) => errors.add("code", ctx.t("plan-err-code-taken")),
            Err(e) => return Err(e.into()),
        }
    }
    Ok(unprocessable(field_form(
        &ctx,
        &slug,
        Some(id),
        &p,
        &errors,
    )))
}

fn select_field(
    ctx: &Ctx,
    name: &'static str,
    label: String,
    options: &[(String, String)],
    selected: &str,
    errors: &FieldErrors,
    hint: Option<String>,
) -> Markup {
    let id = format!("f-{name}");
    let err = errors.get(name);
    let mut described = Vec::new();
    if hint.is_some() {
        described.push(format!("{id}-hint"));
    }
    if err.is_some() {
        described.push(format!("{id}-error"));
    }
    let described = described.join(" ");
    let _ = ctx;
    html! {
        div class={ "field" @if err.is_some() { " field-error" } } {
            label for=(id) { (label) }
            @if let Some(h) = &hint { p class="hint" id={ (id) "-hint" } { (h) } }
            @if let Some(e) = err { p class="error" id={ (id) "-error" } { (e) } }
            select id=(id) name=(name) aria-invalid=[err.map(|_| "true")]
                aria-describedby=[(!described.is_empty()).then_some(described.as_str())] {
                @for (v, t) in options { option value=(v) selected[v == selected] { (t) } }
            }
        }
    }
}

async fn goal_form(
    state: &AppState,
    ctx: &Ctx,
    slug: &str,
    plan: &Plan,
    edit: Option<i64>,
    p: &[(String, String)],
    errors: &FieldErrors,
) -> AppResult<Markup> {
    let d = state.db.plan_data(plan.id).await?;
    let action = match edit {
        Some(id) => format!("/quarters/{slug}/plan/goals/{id}"),
        None => format!("/quarters/{slug}/plan/goals"),
    };
    let title = ctx.t(if edit.is_some() {
        "plan-goal-edit"
    } else {
        "plan-goal-new"
    });
    let fields: Vec<(String, String)> = d
        .fields
        .iter()
        .map(|f| (f.id.to_string(), format!("{} {}", f.code, f.name)))
        .collect();
    let levels: Vec<(String, String)> = GOAL_LEVELS
        .iter()
        .map(|l| (l.to_string(), ctx.t(&format!("plan-level-{l}"))))
        .collect();
    let mut parents = vec![(String::new(), ctx.t("plan-none-option"))];
    parents.extend(
        d.goals
            .iter()
            .filter(|g| g.level == "leitziel" && Some(g.id) != edit)
            .map(|g| (g.id.to_string(), format!("{} {}", g.code, g.text))),
    );
    let body = html! {
        (forms::error_summary(ctx, errors))
        @if edit.is_some() { p { a href={ "/quarters/" (slug) "/plan" } { (ctx.t("plan-title")) } } }
        @if d.fields.is_empty() { p class="notice" { (ctx.t("plan-no-fields")) " " a href={ "/quarters/" (slug) "/plan/fields/new" } { (ctx.t("plan-field-new")) } } }
        form method="post" action=(action) class="form" novalidate {
            (forms::csrf(ctx))
            (select_field(ctx, "field_id", ctx.t("plan-f-field"), &fields, get(p, "field_id"), errors, None))
            (select_field(ctx, "level", ctx.t("plan-f-level"), &levels, get(p, "level"), errors, None))
            (select_field(ctx, "parent_id", ctx.t("plan-f-parent"), &parents, get(p, "parent_id"), errors, Some(ctx.t("plan-hint-parent"))))
            (field(Field { name: "code", label: ctx.t("plan-f-code"), kind: "text", value: get(p, "code"), autocomplete: "off", required: true, hint: Some(ctx.t("plan-hint-goal-code")) }, errors))
            div class={ "field" @if errors.get("text").is_some() { " field-error" } } {
                label for="f-text" { (ctx.t("plan-f-goal-text")) }
                @if let Some(e) = errors.get("text") { p class="error" id="f-text-error" { (e) } }
                textarea id="f-text" name="text" rows="3" aria-describedby=[errors.get("text").map(|_| "f-text-error")] { (get(p, "text")) }
            }
            button type="submit" { (ctx.t("save")) }
        }
    };
    Ok(layout::page(ctx, &title, body))
}

/// `GET /quarters/{slug}/plan/goals/new`
pub async fn goal_new(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> AppResult<Markup> {
    let (_, plan) = editable(&state, &ctx, &slug).await?;
    goal_form(
        &state,
        &ctx,
        &slug,
        &plan,
        None,
        &[],
        &FieldErrors::default(),
    )
    .await
}

/// `POST /quarters/{slug}/plan/goals`
pub async fn goal_create(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    body: Bytes,
) -> AppResult<Response> {
    let (_, plan) = editable(&state, &ctx, &slug).await?;
    let p = pairs(&body)?;
    let d = state.db.plan_data(plan.id).await?;
    let (mut errors, draft) = validate_goal(&ctx, &p, &d, None);
    if let (true, Some(draft)) = (errors.is_empty(), draft) {
        match state
            .db
            .insert_plan_goal(plan.id, &draft, &who(&ctx), quartier_db::now())
            .await
        {
            Ok(_) => return Ok(see_other(format!("/quarters/{slug}/plan"))),
            Err(DbError::Conflict(_)) => errors.add("code", ctx.t("plan-err-code-taken")),
            Err(e) => return Err(e.into()),
        }
    }
    let page = goal_form(&state, &ctx, &slug, &plan, None, &p, &errors).await?;
    Ok(unprocessable(page))
}

/// Checks the form of a goal (`existing`: the goal being changed); the draft when
/// it is complete.
fn validate_goal(
    ctx: &Ctx,
    p: &[(String, String)],
    d: &PlanData,
    existing: Option<i64>,
) -> (FieldErrors, Option<GoalDraft>) {
    let mut errors = FieldErrors::default();
    let field = get(p, "field_id")
        .parse::<i64>()
        .ok()
        .and_then(|id| d.fields.iter().find(|f| f.id == id));
    if field.is_none() {
        errors.add("field_id", ctx.t("plan-err-field"));
    }
    let level = get(p, "level");
    if !GOAL_LEVELS.contains(&level) {
        errors.add("level", ctx.t("plan-err-level"));
    }
    let parent_raw = get(p, "parent_id");
    let parent = if parent_raw.is_empty() {
        None
    } else {
        match parent_raw.parse::<i64>().ok().and_then(|id| {
            d.goals
                .iter()
                .find(|g| g.id == id && g.level == "leitziel" && Some(g.id) != existing)
        }) {
            Some(g) => Some(g),
            None => {
                errors.add("parent_id", ctx.t("plan-err-parent"));
                None
            }
        }
    };
    if level == "handlungsziel" && parent.is_none() && errors.get("parent_id").is_none() {
        errors.add("parent_id", ctx.t("plan-err-parent-required"));
    }
    if level == "leitziel" && parent.is_some() {
        errors.add("parent_id", ctx.t("plan-err-parent-leit"));
    }
    if let (Some(f), Some(g)) = (field, parent)
        && g.field_id != f.id
    {
        errors.add("parent_id", ctx.t("plan-err-parent-field"));
    }
    // A Leitziel with Handlungsziele below it keeps its level and its field.
    if let Some(id) = existing
        && d.goals.iter().any(|g| g.parent_id == Some(id))
    {
        if level != "leitziel" {
            errors.add("level", ctx.t("plan-err-level-children"));
        }
        if let Some(f) = field
            && d.goals.iter().any(|g| g.id == id && g.field_id != f.id)
        {
            errors.add("field_id", ctx.t("plan-err-field-children"));
        }
    }
    if get(p, "code").is_empty() {
        errors.add("code", ctx.t("plan-err-code"));
    }
    if get(p, "text").chars().count() < 5 {
        errors.add("text", ctx.t("plan-err-goal-text"));
    }
    let draft = field.map(|f| GoalDraft {
        field_id: f.id,
        parent_id: parent.map(|g| g.id),
        level: level.to_string(),
        code: get(p, "code").to_string(),
        text: get(p, "text").to_string(),
    });
    (errors, draft)
}

/// `GET /quarters/{slug}/plan/goals/{id}/edit`
pub async fn goal_edit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
) -> AppResult<Markup> {
    let (_, plan) = editable(&state, &ctx, &slug).await?;
    let d = state.db.plan_data(plan.id).await?;
    let g = d
        .goals
        .iter()
        .find(|g| g.id == id)
        .ok_or(AppError::NotFound)?;
    let p: Vec<(String, String)> = vec![
        ("field_id".into(), g.field_id.to_string()),
        ("level".into(), g.level.clone()),
        (
            "parent_id".into(),
            g.parent_id.map(|x| x.to_string()).unwrap_or_default(),
        ),
        ("code".into(), g.code.clone()),
        ("text".into(), g.text.clone()),
    ];
    goal_form(
        &state,
        &ctx,
        &slug,
        &plan,
        Some(id),
        &p,
        &FieldErrors::default(),
    )
    .await
}

/// `POST /quarters/{slug}/plan/goals/{id}` — a new version of a goal.
pub async fn goal_update(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
    body: Bytes,
) -> AppResult<Response> {
    let (_, plan) = editable(&state, &ctx, &slug).await?;
    let d = state.db.plan_data(plan.id).await?;
    if !d.goals.iter().any(|g| g.id == id) {
        return Err(AppError::NotFound);
    }
    let p = pairs(&body)?;
    let (mut errors, draft) = validate_goal(&ctx, &p, &d, Some(id));
    if let (true, Some(draft)) = (errors.is_empty(), draft) {
        match state
            .db
            .update_plan_goal(plan.id, id, &draft, &who(&ctx), quartier_db::now())
            .await
        {
            Ok(()) => return Ok(see_other(format!("/quarters/{slug}/plan"))),
            Err(DbError::Conflict(_)) => errors.add("code", ctx.t("plan-err-code-taken")),
            Err(e) => return Err(e.into()),
        }
    }
    let page = goal_form(&state, &ctx, &slug, &plan, Some(id), &p, &errors).await?;
    Ok(unprocessable(page))
}

// ------------------------------------------------------------------ measures

/// Form values of a measure (kept as typed after a failed submit).
#[derive(Default, Clone)]
struct MeasureForm {
    vals: Vec<(String, String)>,
}

impl MeasureForm {
    fn v(&self, k: &str) -> &str {
        get(&self.vals, k)
    }
    fn all(&self, k: &str) -> Vec<&str> {
        self.vals
            .iter()
            .filter(|(x, _)| x == k)
            .map(|(_, v)| v.as_str())
            .collect()
    }
    fn from_measure(m: &PlanMeasure, d: &PlanData) -> MeasureForm {
        let mut v: Vec<(String, String)> = vec![
            ("field_id".into(), m.field_id.to_string()),
            (
                "goal_id".into(),
                m.goal_id.map(|g| g.to_string()).unwrap_or_default(),
            ),
            ("code".into(), m.code.clone()),
            ("title".into(), m.title.clone()),
            ("description".into(), m.description.clone()),
            (
                "lead_actor_id".into(),
                m.lead_actor_id.map(|g| g.to_string()).unwrap_or_default(),
            ),
            ("lead_text".into(), m.lead_text.clone()),
            ("target_groups".into(), m.groups().join(", ")),
            ("place".into(), m.place.clone()),
            (
                "cost_eur".into(),
                m.cost_eur.map(|c| format!("{c}")).unwrap_or_default(),
            ),
            ("funding".into(), m.funding.clone()),
            ("start_on".into(), m.start_on.clone()),
            ("end_on".into(), m.end_on.clone()),
            ("priority".into(), m.priority.to_string()),
            ("status".into(), m.status.clone()),
            ("status_note".into(), m.status_note.clone()),
        ];
        if m.funding_secured == 1 {
            v.push(("funding_secured".into(), "yes".into()));
        }
        if m.blocked == 1 {
            v.push(("blocked".into(), "yes".into()));
        }
        for p in m.partners() {
            v.push(("partners".into(), p.to_string()));
        }
        for (n, i) in d.indicators_of(m.id).enumerate() {
            v.push((format!("ind_id_{n}"), i.id.to_string()));
            v.push((format!("ind_name_{n}"), i.name.clone()));
            v.push((format!("ind_level_{n}"), i.level.clone()));
            v.push((format!("ind_unit_{n}"), i.unit.clone()));
            v.push((format!("ind_baseline_{n}"), format!("{}", i.baseline)));
            v.push((format!("ind_target_{n}"), format!("{}", i.target)));
        }
        MeasureForm { vals: v }
    }
}

const IND_ROWS_EXTRA: usize = 2;

fn next_code(d: &PlanData) -> String {
    let n = d
        .measures
        .iter()
        .filter_map(|m| m.code.trim_start_matches('M').parse::<u32>().ok())
        .max()
        .unwrap_or(0);
    format!("M{:02}", n + 1)
}

#[allow(clippy::too_many_arguments)]
async fn measure_form(
    state: &AppState,
    ctx: &Ctx,
    q: &Quarter,
    plan: &Plan,
    action: &str,
    title: &str,
    f: &MeasureForm,
    errors: &FieldErrors,
) -> AppResult<Markup> {
    let d = state.db.plan_data(plan.id).await?;
    let actors = state.db.actors_in_quarter(q.id).await?;
    let fields: Vec<(String, String)> = d
        .fields
        .iter()
        .map(|x| (x.id.to_string(), format!("{} {}", x.code, x.name)))
        .collect();
    let mut goals = vec![(String::new(), ctx.t("plan-none-option"))];
    goals.extend(d.goals.iter().map(|g| {
        let t: String = g.text.chars().take(70).collect();
        (g.id.to_string(), format!("{} {}", g.code, t))
    }));
    let mut leads = vec![(String::new(), ctx.t("plan-lead-other"))];
    leads.extend(actors.iter().map(|a| (a.id.to_string(), a.name.clone())));
    let prios: Vec<(String, String)> = (1..=3)
        .map(|p| (p.to_string(), ctx.t(&format!("plan-priority-{p}"))))
        .collect();
    let statuses: Vec<(String, String)> = STATUSES
        .iter()
        .map(|s| (s.to_string(), status_text(ctx, s)))
        .collect();
    let levels: Vec<(String, String)> = INDICATOR_LEVELS
        .iter()
        .map(|l| (l.to_string(), ctx.t(&format!("plan-level-{l}"))))
        .collect();
    let partners = f.all("partners");
    let existing = (0..)
        .take_while(|n| !f.v(&format!("ind_id_{n}")).is_empty())
        .count();
    let typed = (0..20)
        .filter(|n| !f.v(&format!("ind_name_{n}")).is_empty())
        .max()
        .map(|n| n + 1)
        .unwrap_or(0);
    let rows = existing.max(typed) + IND_ROWS_EXTRA;
    let code = if f.v("code").is_empty() {
        next_code(&d)
    } else {
        f.v("code").to_string()
    };
    let status = if f.v("status").is_empty() {
        "planned"
    } else {
        f.v("status")
    };
    let priority = if f.v("priority").is_empty() {
        "2"
    } else {
        f.v("priority")
    };
    let body = html! {
        (forms::error_summary(ctx, errors))
        form method="post" action=(action) class="form plan-form" novalidate {
            (forms::csrf(ctx))
            fieldset {
                legend { (ctx.t("plan-sec-what")) }
                (field(Field { name: "code", label: ctx.t("plan-f-nr"), kind: "text", value: &code, autocomplete: "off", required: true, hint: None }, errors))
                (field(Field { name: "title", label: ctx.t("plan-f-title"), kind: "text", value: f.v("title"), autocomplete: "off", required: true, hint: None }, errors))
                div class="field" {
                    label for="f-description" { (ctx.t("plan-f-description")) }
                    textarea id="f-description" name="description" rows="4" { (f.v("description")) }
                }
                (select_field(ctx, "field_id", ctx.t("plan-f-field"), &fields, f.v("field_id"), errors, None))
                (select_field(ctx, "goal_id", ctx.t("plan-f-goal"), &goals, f.v("goal_id"), errors, None))
            }
            fieldset {
                legend { (ctx.t("plan-sec-who")) }
                (select_field(ctx, "lead_actor_id", ctx.t("plan-f-lead"), &leads, f.v("lead_actor_id"), errors, None))
                (field(Field { name: "lead_text", label: ctx.t("plan-f-lead-text"), kind: "text", value: f.v("lead_text"), autocomplete: "off", required: false, hint: Some(ctx.t("plan-hint-lead-text")) }, errors))
                fieldset class={ "checks plan-partners" @if errors.get("partners").is_some() { " field-error" } } id="f-partners" {
                    legend { (ctx.t("plan-f-partners")) }
                    @if let Some(e) = errors.get("partners") { p class="error" { (e) } }
                    @for a in &actors {
                        div class="checkbox" {
                            input type="checkbox" id={ "f-partner-" (a.id) } name="partners" value=(a.id) checked[partners.contains(&a.id.to_string().as_str())];
                            label for={ "f-partner-" (a.id) } lang="de" { (a.name) }
                        }
                    }
                }
                (field(Field { name: "target_groups", label: ctx.t("plan-f-groups"), kind: "text", value: f.v("target_groups"), autocomplete: "off", required: false, hint: Some(ctx.t("plan-hint-groups")) }, errors))
                (field(Field { name: "place", label: ctx.t("plan-f-place"), kind: "text", value: f.v("place"), autocomplete: "off", required: false, hint: None }, errors))
            }
            fieldset {
                legend { (ctx.t("plan-sec-money")) }
                (field(Field { name: "cost_eur", label: ctx.t("plan-f-cost"), kind: "text", value: f.v("cost_eur"), autocomplete: "off", required: false, hint: Some(ctx.t("plan-hint-cost")) }, errors))
                (field(Field { name: "funding", label: ctx.t("plan-f-funding"), kind: "text", value: f.v("funding"), autocomplete: "off", required: false, hint: Some(ctx.t("plan-hint-funding")) }, errors))
                div class="field checkbox" {
                    input type="checkbox" id="f-funding_secured" name="funding_secured" value="yes" checked[f.v("funding_secured") == "yes"];
                    label for="f-funding_secured" { (ctx.t("plan-f-secured")) }
                }
            }
            fieldset {
                legend { (ctx.t("plan-sec-when")) }
                (field(Field { name: "start_on", label: ctx.t("plan-f-start"), kind: "date", value: f.v("start_on"), autocomplete: "off", required: true, hint: None }, errors))
                (field(Field { name: "end_on", label: ctx.t("plan-f-end"), kind: "date", value: f.v("end_on"), autocomplete: "off", required: false, hint: Some(ctx.t("plan-hint-end")) }, errors))
                (select_field(ctx, "priority", ctx.t("plan-f-priority"), &prios, priority, errors, None))
                (select_field(ctx, "status", ctx.t("plan-f-status"), &statuses, status, errors, None))
                div class="field checkbox" {
                    input type="checkbox" id="f-blocked" name="blocked" value="yes" checked[f.v("blocked") == "yes"];
                    label for="f-blocked" { (ctx.t("plan-f-blocked")) }
                }
                (field(Field { name: "status_note", label: ctx.t("plan-f-note"), kind: "text", value: f.v("status_note"), autocomplete: "off", required: false, hint: None }, errors))
            }
            fieldset class={ "plan-indicators" @if errors.get("indicators").is_some() { " field-error" } } id="f-indicators" {
                legend { (ctx.t("plan-indicators")) }
                p class="hint" { (ctx.t("plan-hint-indicators")) }
                @if let Some(e) = errors.get("indicators") { p class="error" { (e) } }
                @for n in 0..rows {
                    fieldset class="plan-indicator-row" {
                        legend { (ctx.ta("plan-indicator-n", &[("n", (n as i64 + 1).into())])) }
                        @let idv = f.v(&format!("ind_id_{n}"));
                        @if !idv.is_empty() { input type="hidden" name={ "ind_id_" (n) } value=(idv); }
                        div class="field" {
                            label for={ "f-ind-name-" (n) } { (ctx.t("plan-f-ind-name")) }
                            input type="text" id={ "f-ind-name-" (n) } name={ "ind_name_" (n) } value=(f.v(&format!("ind_name_{n}")));
                        }
                        div class="field" {
                            label for={ "f-ind-level-" (n) } { (ctx.t("plan-f-level")) }
                            select id={ "f-ind-level-" (n) } name={ "ind_level_" (n) } {
                                @for (v, t) in &levels { option value=(v) selected[v == f.v(&format!("ind_level_{n}"))] { (t) } }
                            }
                        }
                        div class="field" {
                            label for={ "f-ind-unit-" (n) } { (ctx.t("plan-f-unit")) }
                            input type="text" id={ "f-ind-unit-" (n) } name={ "ind_unit_" (n) } value=(f.v(&format!("ind_unit_{n}")));
                        }
                        div class="field" {
                            label for={ "f-ind-baseline-" (n) } { (ctx.t("plan-col-baseline")) }
                            input type="text" inputmode="decimal" id={ "f-ind-baseline-" (n) } name={ "ind_baseline_" (n) } value=(f.v(&format!("ind_baseline_{n}")));
                        }
                        div class="field" {
                            label for={ "f-ind-target-" (n) } { (ctx.t("plan-col-target")) }
                            input type="text" inputmode="decimal" id={ "f-ind-target-" (n) } name={ "ind_target_" (n) } value=(f.v(&format!("ind_target_{n}")));
                        }
                    }
                }
            }
            button type="submit" { (ctx.t("save")) }
        }
    };
    Ok(layout::page(ctx, title, body))
}

/// `GET /quarters/{slug}/plan/measures/new`
pub async fn measure_new(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> AppResult<Markup> {
    let (q, plan) = editable(&state, &ctx, &slug).await?;
    let action = format!("/quarters/{slug}/plan/measures");
    measure_form(
        &state,
        &ctx,
        &q,
        &plan,
        &action,
        &ctx.t("plan-measure-new"),
        &MeasureForm::default(),
        &FieldErrors::default(),
    )
    .await
}

fn validate_measure(
    ctx: &Ctx,
    f: &MeasureForm,
    d: &PlanData,
    actors: &[Actor],
    existing: Option<i64>,
) -> (FieldErrors, MeasureDraft, Vec<IndicatorDraft>) {
    let mut e = FieldErrors::default();
    let mut m = MeasureDraft {
        code: f.v("code").to_string(),
        title: f.v("title").to_string(),
        description: f.v("description").to_string(),
        lead_text: f.v("lead_text").to_string(),
        place: f.v("place").to_string(),
        funding: f.v("funding").to_string(),
        funding_secured: f.v("funding_secured") == "yes",
        blocked: f.v("blocked") == "yes",
        status_note: f.v("status_note").to_string(),
        target_groups: f
            .v("target_groups")
            .split([',', ';'])
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect(),
        ..Default::default()
    };
    if m.code.is_empty() {
        e.add("code", ctx.t("plan-err-code"));
    } else if d
        .measures
        .iter()
        .any(|x| x.code == m.code && Some(x.id) != existing)
    {
        e.add("code", ctx.t("plan-err-code-taken"));
    }
    if m.title.is_empty() {
        e.add("title", ctx.t("plan-err-measure-title"));
    }
    match f
        .v("field_id")
        .parse::<i64>()
        .ok()
        .filter(|id| d.fields.iter().any(|x| x.id == *id))
    {
        Some(id) => m.field_id = id,
        None => e.add("field_id", ctx.t("plan-err-field")),
    }
    let goal = f.v("goal_id");
    if !goal.is_empty() {
        match goal
            .parse::<i64>()
            .ok()
            .and_then(|id| d.goals.iter().find(|g| g.id == id))
        {
            Some(g) if m.field_id == 0 || g.field_id == m.field_id => m.goal_id = Some(g.id),
            Some(_) => e.add("goal_id", ctx.t("plan-err-goal-field")),
            None => e.add("goal_id", ctx.t("plan-err-goal")),
        }
    }
    let lead = f.v("lead_actor_id");
    if !lead.is_empty() {
        match lead
            .parse::<i64>()
            .ok()
            .filter(|id| actors.iter().any(|a| a.id == *id))
        {
            Some(id) => m.lead_actor_id = Some(id),
            None => e.add("lead_actor_id", ctx.t("plan-err-actor")),
        }
    } else if m.lead_text.is_empty() {
        e.add("lead_actor_id", ctx.t("plan-err-lead"));
    }
    for p in f.all("partners") {
        match p
            .parse::<i64>()
            .ok()
            .filter(|id| actors.iter().any(|a| a.id == *id))
        {
            Some(id) if Some(id) != m.lead_actor_id => m.partner_ids.push(id),
            Some(_) => {}
            None => e.add("partners", ctx.t("plan-err-actor")),
        }
    }
    let cost = f.v("cost_eur");
    if !cost.is_empty() {
        match parse_num(cost) {
            Some(c) if c >= 0.0 => m.cost_eur = Some(c),
            _ => e.add("cost_eur", ctx.t("plan-err-cost")),
        }
    }
    let start = parse_date(f.v("start_on")).filter(|_| f.v("start_on").len() == 10);
    match start {
        Some(s) => m.start_on = iso(s),
        None => e.add("start_on", ctx.t("plan-err-date")),
    }
    if !f.v("end_on").is_empty() {
        match parse_date(f.v("end_on")).filter(|_| f.v("end_on").len() == 10) {
            Some(end) if start.is_none_or(|s| end >= s) => m.end_on = iso(end),
            Some(_) => e.add("end_on", ctx.t("plan-err-end-before-start")),
            None => e.add("end_on", ctx.t("plan-err-date")),
        }
    }
    match f.v("priority").parse::<i64>() {
        Ok(p) if (1..=3).contains(&p) => m.priority = p,
        _ => e.add("priority", ctx.t("plan-err-priority")),
    }
    if STATUSES.contains(&f.v("status")) {
        m.status = f.v("status").to_string();
    } else {
        e.add("status", ctx.t("plan-err-status"));
    }
    let mut inds = Vec::new();
    for n in 0..20 {
        let name = f.v(&format!("ind_name_{n}"));
        let id = f.v(&format!("ind_id_{n}")).parse::<i64>().ok();
        if name.is_empty() {
            if id.is_some() {
                e.add(
                    "indicators",
                    ctx.ta("plan-err-ind-name", &[("n", (n as i64 + 1).into())]),
                );
            }
            continue;
        }
        if let Some(i) = id
            && !existing.is_some_and(|mid| d.indicators_of(mid).any(|x| x.id == i))
        {
            e.add("indicators", ctx.t("plan-err-ind-unknown"));
            continue;
        }
        let level = f.v(&format!("ind_level_{n}"));
        let base = parse_num(f.v(&format!("ind_baseline_{n}")));
        let target = parse_num(f.v(&format!("ind_target_{n}")));
        match (base, target, INDICATOR_LEVELS.contains(&level)) {
            (Some(b), Some(t), true) => inds.push(IndicatorDraft {
                id,
                name: name.to_string(),
                level: level.to_string(),
                unit: f.v(&format!("ind_unit_{n}")).to_string(),
                baseline: b,
                target: t,
            }),
            _ => e.add(
                "indicators",
                ctx.ta("plan-err-ind-values", &[("name", name.to_string().into())]),
            ),
        }
    }
    (e, m, inds)
}

async fn save_measure(
    state: &AppState,
    ctx: &Ctx,
    q: &Quarter,
    plan: &Plan,
    existing: Option<i64>,
    body: &[u8],
) -> AppResult<Response> {
    let f = MeasureForm { vals: pairs(body)? };
    let d = state.db.plan_data(plan.id).await?;
    let actors = state.db.actors_in_quarter(q.id).await?;
    let (mut errors, draft, inds) = validate_measure(ctx, &f, &d, &actors, existing);
    if errors.is_empty() {
        match state
            .db
            .save_plan_measure(
                plan.id,
                existing,
                &draft,
                &inds,
                &who(ctx),
                quartier_db::now(),
            )
            .await
        {
            Ok(id) => return Ok(see_other(format!("/measures/{id}"))),
            Err(DbError::Conflict(_)) => errors.add("code", ctx.t("plan-err-code-taken")),
            Err(e) => return Err(e.into()),
        }
    }
    let (action, title) = match existing {
        Some(id) => (format!("/measures/{id}"), ctx.t("plan-measure-edit")),
        None => (
            format!("/quarters/{}/plan/measures", q.slug),
            ctx.t("plan-measure-new"),
        ),
    };
    let page = measure_form(state, ctx, q, plan, &action, &title, &f, &errors).await?;
    Ok(unprocessable(page))
}

/// `POST /quarters/{slug}/plan/measures`
pub async fn measure_create(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    body: Bytes,
) -> AppResult<Response> {
    let (q, plan) = editable(&state, &ctx, &slug).await?;
    save_measure(&state, &ctx, &q, &plan, None, &body).await
}

/// `GET /measures/{id}/edit`
pub async fn measure_edit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Markup> {
    let (q, plan, m) = measure_ctx(&state, &ctx, id).await?;
    if !may_edit(&ctx, q.id) {
        return Err(AppError::Forbidden);
    }
    let d = state.db.plan_data(plan.id).await?;
    measure_form(
        &state,
        &ctx,
        &q,
        &plan,
        &format!("/measures/{id}"),
        &ctx.t("plan-measure-edit"),
        &MeasureForm::from_measure(&m, &d),
        &FieldErrors::default(),
    )
    .await
}

/// `POST /measures/{id}`
pub async fn measure_update(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    body: Bytes,
) -> AppResult<Response> {
    let (q, plan, _) = measure_ctx(&state, &ctx, id).await?;
    if !may_edit(&ctx, q.id) {
        return Err(AppError::Forbidden);
    }
    save_measure(&state, &ctx, &q, &plan, Some(id), &body).await
}

// ------------------------------------------------------------------ one measure

/// Actors of the quarter whose target groups overlap the measure's (not already
/// lead or partner), with the shared groups as the reason.
pub(crate) fn suggested_partners<'a>(
    m: &PlanMeasure,
    actors: &'a [Actor],
) -> Vec<(&'a Actor, Vec<String>)> {
    let groups: Vec<String> = m.groups().iter().map(|g| g.to_lowercase()).collect();
    let taken = m.partners();
    let mut out: Vec<(&Actor, Vec<String>)> = actors
        .iter()
        .filter(|a| Some(a.id) != m.lead_actor_id && !taken.contains(&a.id))
        .filter_map(|a| {
            let theirs: Vec<String> = serde_json::from_str(&a.target_groups).unwrap_or_default();
            let shared: Vec<String> = theirs
                .into_iter()
                .filter(|g| groups.contains(&g.to_lowercase()))
                .collect();
            (!shared.is_empty()).then_some((a, shared))
        })
        .collect();
    out.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then(a.0.name.cmp(&b.0.name)));
    out
}

async fn render_measure(
    state: &AppState,
    ctx: &Ctx,
    id: i64,
    errors: &FieldErrors,
    typed: &[(String, String)],
) -> AppResult<Markup> {
    let (q, plan, m) = measure_ctx(state, ctx, id).await?;
    let d = state.db.plan_data(plan.id).await?;
    let actors = state.db.actors_in_quarter(q.id).await?;
    let changes = state.db.measure_changes(id).await?;
    let editor = may_edit(ctx, q.id);
    let progress = may_progress(ctx, q.id);
    let fld = d.fields.iter().find(|f| f.id == m.field_id);
    let goal = m.goal_id.and_then(|g| d.goals.iter().find(|x| x.id == g));
    let inds: Vec<_> = d.indicators_of(id).collect();
    let milestones: Vec<_> = d.milestones_of(id).collect();
    let suggestions = suggested_partners(&m, &actors);
    let now = today();
    let typed_or = |k: &str, dflt: &str| {
        let v = get(typed, k);
        if v.is_empty() && !typed.iter().any(|(x, _)| x == k) {
            dflt.to_string()
        } else {
            v.to_string()
        }
    };
    let statuses: Vec<(String, String)> = STATUSES
        .iter()
        .map(|s| (s.to_string(), status_text(ctx, s)))
        .collect();
    let ind_opts: Vec<(String, String)> = inds
        .iter()
        .map(|i| (i.id.to_string(), i.name.clone()))
        .collect();
    let body = html! {
        @if plan.published == 0 { p class="notice" { (ctx.t("plan-draft-notice")) } }
        p { a href={ "/quarters/" (q.slug) "/plan" } { (ctx.ta("plan-back", &[("plan", plan.title.clone().into())])) } }
        p { (status_badge(ctx, &m)) @if is_late(&m, now) { " " span class="plan-badge plan-badge-late" { (ctx.t("plan-late")) } } }
        @if !m.status_note.is_empty() { p lang="de" dir="auto" { (m.status_note) } }
        @if !m.description.is_empty() { p class="lead" lang="de" dir="auto" { (m.description) } }
        dl class="facts" {
            dt { (ctx.t("plan-col-nr")) } dd { (m.code) }
            dt { (ctx.t("plan-f-field")) } dd { @if let Some(f) = fld { (f.code) " " (de(&f.name)) } }
            dt { (ctx.t("plan-f-goal")) } dd { @if let Some(g) = goal { (g.code) " " (de(&g.text)) } @else { "–" } }
            dt { (ctx.t("plan-col-lead")) } dd { (de(&lead_name(&m, &actors))) }
            dt { (ctx.t("plan-f-partners")) } dd { @let p = partner_names(&m, &actors); @if p.is_empty() { "–" } @else { (de(&p.join(", "))) } }
            dt { (ctx.t("plan-f-groups")) } dd { @if m.groups().is_empty() { "–" } @else { (de(&m.groups().join(", "))) } }
            dt { (ctx.t("plan-f-place")) } dd { (de(&m.place)) }
            dt { (ctx.t("plan-f-cost")) } dd { @if let Some(c) = m.cost_eur { (fmt_num(ctx.lang, c, 0)) " €" } @else { "–" } }
            dt { (ctx.t("plan-f-funding")) } dd { (de(&m.funding)) " (" @if m.funding_secured == 1 { (ctx.t("plan-secured")) } @else { (ctx.t("plan-reserved")) } ")" }
            dt { (ctx.t("plan-col-period")) } dd { (period(ctx, &m)) }
            dt { (ctx.t("plan-f-priority")) } dd { (ctx.t(&format!("plan-priority-{}", m.priority))) }
        }
        @if editor { p { a class="button" href={ "/measures/" (id) "/edit" } { (ctx.t("plan-measure-edit")) } } }
        h2 { (ctx.t("plan-indicators")) }
        @if inds.is_empty() { p { (ctx.t("plan-no-indicators")) } } @else {
            @if editor { p class="hint" { (ctx.t("plan-ind-remove-hint")) } }
            @if let Some(e) = errors.get("remove_indicator") { p class="error" { (e) } }
            div class="table-wrap" role="region" tabindex="0" aria-labelledby="cap-inds" id="f-remove_indicator" {
                table {
                    caption id="cap-inds" { (ctx.t("plan-indicators-caption")) }
                    thead { tr {
                        th scope="col" { (ctx.t("plan-f-ind-name")) }
                        th scope="col" { (ctx.t("plan-f-level")) }
                        th scope="col" class="num" { (ctx.t("plan-col-baseline")) }
                        th scope="col" class="num" { (ctx.t("plan-col-target")) }
                        th scope="col" class="num" { (ctx.t("plan-col-actual")) }
                        th scope="col" { (ctx.t("plan-col-as-of")) }
                        th scope="col" { (ctx.t("plan-col-history")) }
                        @if editor { th scope="col" { (ctx.t("plan-col-remove")) } }
                    } }
                    tbody {
                        @for i in &inds {
                            @let latest = d.latest_actual(i.id);
                            tr {
                                th scope="row" lang="de" { (i.name) @if !i.unit.is_empty() { " (" (i.unit) ")" } }
                                td { (ctx.t(&format!("plan-level-{}", i.level))) }
                                td class="num" { (fmt_num(ctx.lang, i.baseline, if i.baseline.fract() == 0.0 { 0 } else { 1 })) }
                                td class="num" { (fmt_num(ctx.lang, i.target, if i.target.fract() == 0.0 { 0 } else { 1 })) }
                                td class="num" { @if let Some(a) = latest { (fmt_num(ctx.lang, a.value, if a.value.fract() == 0.0 { 0 } else { 1 })) } @else { "–" } }
                                td { @if let Some(a) = latest { span dir="ltr" { (a.measured_on) } } @else { "–" } }
                                td { @for (k, a) in d.actuals_of(i.id).iter().enumerate() { @if k > 0 { "; " } span dir="ltr" { (a.measured_on) ": " (fmt_num(ctx.lang, a.value, if a.value.fract() == 0.0 { 0 } else { 1 })) } } }
                                @if editor {
                                    td {
                                        form method="post" action={ "/measures/" (id) "/indicators/remove" } class="inline plan-ind-remove" {
                                            (forms::csrf(ctx))
                                            input type="hidden" name="indicator_id" value=(i.id);
                                            button type="submit" class="link danger" { (ctx.t("plan-ind-remove")) span class="visually-hidden" { ": " (i.name) } }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        h2 { (ctx.t("plan-milestones")) }
        @if milestones.is_empty() { p { (ctx.t("plan-no-milestones")) } } @else {
            ul class="plan-milestones" {
                @for s in &milestones {
                    li {
                        span dir="ltr" { (s.due_on) } " " (de(&s.title)) " – "
                        @if s.done == 1 { (ctx.t("plan-milestone-done")) } @else { (ctx.t("plan-milestone-open")) }
                        @if s.done == 0 && editor {
                            form method="post" action={ "/measures/" (id) "/milestones" } class="inline" {
                                (forms::csrf(ctx))
                                input type="hidden" name="done" value=(s.id);
                                button type="submit" class="link" { (ctx.t("plan-milestone-mark")) span class="visually-hidden" { ": " (s.title) } }
                            }
                        }
                    }
                }
            }
        }
        h2 { (ctx.t("plan-suggested")) }
        p class="hint" { (ctx.t("plan-suggested-hint")) }
        @if suggestions.is_empty() { p { (ctx.t("plan-suggested-none")) } } @else {
            ul {
                @for (a, shared) in suggestions.iter().take(8) {
                    li { strong lang="de" { (a.name) } " – " (ctx.ta("plan-suggested-reason", &[("groups", shared.join(", ").into())])) }
                }
            }
        }
        @if progress {
            section class="plan-progress" aria-labelledby="h-progress" {
                h2 id="h-progress" { (ctx.t("plan-progress")) }
                (forms::error_summary(ctx, errors))
                form method="post" action={ "/measures/" (id) "/progress" } class="form" novalidate {
                    (forms::csrf(ctx))
                    @if !inds.is_empty() {
                        fieldset {
                            legend { (ctx.t("plan-progress-actual")) }
                            (select_field(ctx, "indicator_id", ctx.t("plan-f-indicator"), &ind_opts, get(typed, "indicator_id"), errors, None))
                            (field(Field { name: "value", label: ctx.t("plan-f-value"), kind: "text", value: get(typed, "value"), autocomplete: "off", required: false, hint: Some(ctx.t("plan-hint-value")) }, errors))
                            (field(Field { name: "measured_on", label: ctx.t("plan-f-measured-on"), kind: "date", value: &typed_or("measured_on", &iso(now)), autocomplete: "off", required: false, hint: None }, errors))
                            (field(Field { name: "note", label: ctx.t("plan-f-note"), kind: "text", value: get(typed, "note"), autocomplete: "off", required: false, hint: None }, errors))
                        }
                    }
                    fieldset {
                        legend { (ctx.t("plan-progress-status")) }
                        (select_field(ctx, "status", ctx.t("plan-f-status"), &statuses, &typed_or("status", &m.status), errors, None))
                        div class="field checkbox" {
                            input type="checkbox" id="f-blocked" name="blocked" value="yes" checked[typed_or("blocked", if m.blocked == 1 { "yes" } else { "" }) == "yes"];
                            label for="f-blocked" { (ctx.t("plan-f-blocked")) }
                        }
                        (field(Field { name: "status_note", label: ctx.t("plan-f-status-note"), kind: "text", value: &typed_or("status_note", &m.status_note), autocomplete: "off", required: false, hint: None }, errors))
                    }
                    button type="submit" { (ctx.t("plan-progress-save")) }
                }
            }
        }
        @if editor {
            section aria-labelledby="h-ms-new" {
                h2 id="h-ms-new" { (ctx.t("plan-milestone-new")) }
                form method="post" action={ "/measures/" (id) "/milestones" } class="form" novalidate {
                    (forms::csrf(ctx))
                    (field(Field { name: "ms_title", label: ctx.t("plan-f-ms-title"), kind: "text", value: get(typed, "ms_title"), autocomplete: "off", required: true, hint: None }, errors))
                    (field(Field { name: "due_on", label: ctx.t("plan-f-due"), kind: "date", value: get(typed, "due_on"), autocomplete: "off", required: true, hint: None }, errors))
                    button type="submit" { (ctx.t("plan-milestone-add")) }
                }
            }
        }
        h2 { (ctx.t("plan-measure-history")) }
        (crate::plan::views::changes_table(ctx, &changes, "cap-mhist", &ctx.t("plan-measure-history"), false, &d))
    };
    Ok(layout::page(ctx, &format!("{} {}", m.code, m.title), body))
}

/// `GET /measures/{id}`
pub async fn measure_show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
) -> AppResult<Markup> {
    render_measure(&state, &ctx, id, &FieldErrors::default(), &[]).await
}

/// `POST /measures/{id}/progress` — an actual value of an indicator at a date
/// and/or a status change.
pub async fn progress(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    body: Bytes,
) -> AppResult<Response> {
    let (q, _, m) = measure_ctx(&state, &ctx, id).await?;
    if !may_progress(&ctx, q.id) {
        return Err(AppError::Forbidden);
    }
    let p = pairs(&body)?;
    let d = state.db.plan_data(m.plan_id).await?;
    let mut errors = FieldErrors::default();
    let mut prog = Progress::default();
    let value = get(&p, "value");
    if !value.is_empty() {
        let ind = get(&p, "indicator_id")
            .parse::<i64>()
            .ok()
            .filter(|i| d.indicators_of(id).any(|x| x.id == *i));
        let v = parse_num(value);
        let on = parse_date(get(&p, "measured_on")).filter(|_| get(&p, "measured_on").len() == 10);
        if ind.is_none() {
            errors.add("indicator_id", ctx.t("plan-err-indicator"));
        }
        if v.is_none() {
            errors.add("value", ctx.t("plan-err-value"));
        }
        match on {
            None => errors.add("measured_on", ctx.t("plan-err-date")),
            Some(t) if t > today() => errors.add("measured_on", ctx.t("plan-err-future")),
            _ => {}
        }
        if let (Some(i), Some(v), Some(on)) = (ind, v, on) {
            prog.actual = Some((i, v, iso(on), get(&p, "note").to_string()));
        }
    }
    let status = get(&p, "status");
    if !status.is_empty() {
        if STATUSES.contains(&status) {
            let blocked = get(&p, "blocked") == "yes";
            let note = get(&p, "status_note").to_string();
            if status != m.status || blocked != (m.blocked == 1) || note != m.status_note {
                prog.status = Some((status.to_string(), blocked, note));
            }
        } else {
            errors.add("status", ctx.t("plan-err-status"));
        }
    }
    if errors.is_empty() && prog.actual.is_none() && prog.status.is_none() {
        errors.add("value", ctx.t("plan-err-nothing"));
    }
    if !errors.is_empty() {
        let page = render_measure(&state, &ctx, id, &errors, &p).await?;
        return Ok(unprocessable(page));
    }
    state
        .db
        .record_plan_progress(id, &prog, &who(&ctx), quartier_db::now())
        .await?;
    Ok(see_other(format!("/measures/{id}")))
}

/// `POST /measures/{id}/milestones` — adds a milestone, or marks one as reached (`done`).
pub async fn milestones(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    body: Bytes,
) -> AppResult<Response> {
    let (q, _, _) = measure_ctx(&state, &ctx, id).await?;
    if !may_edit(&ctx, q.id) {
        return Err(AppError::Forbidden);
    }
    let p = pairs(&body)?;
    let done = get(&p, "done");
    let by = who(&ctx);
    if !done.is_empty() {
        let Ok(mid) = done.parse::<i64>() else {
            return Err(AppError::BadRequest("done: not a milestone id".into()));
        };
        state
            .db
            .save_plan_milestone(id, None, Some(mid), &by, quartier_db::now())
            .await?;
        return Ok(see_other(format!("/measures/{id}")));
    }
    let mut errors = FieldErrors::default();
    let title = get(&p, "ms_title");
    if title.is_empty() {
        errors.add("ms_title", ctx.t("plan-err-ms-title"));
    }
    let due = parse_date(get(&p, "due_on")).filter(|_| get(&p, "due_on").len() == 10);
    if due.is_none() {
        errors.add("due_on", ctx.t("plan-err-date"));
    }
    if let (true, Some(due)) = (errors.is_empty(), due) {
        state
            .db
            .save_plan_milestone(id, Some((title, &iso(due))), None, &by, quartier_db::now())
            .await?;
        return Ok(see_other(format!("/measures/{id}")));
    }
    let page = render_measure(&state, &ctx, id, &errors, &p).await?;
    Ok(unprocessable(page))
}

/// `POST /measures/{id}/indicators/remove` — removes an indicator of the measure
/// (`indicator_id`); the change log keeps it.
pub async fn indicator_remove(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    body: Bytes,
) -> AppResult<Response> {
    let (q, _, m) = measure_ctx(&state, &ctx, id).await?;
    if !may_edit(&ctx, q.id) {
        return Err(AppError::Forbidden);
    }
    let p = pairs(&body)?;
    let d = state.db.plan_data(m.plan_id).await?;
    let ind = get(&p, "indicator_id")
        .parse::<i64>()
        .ok()
        .filter(|i| d.indicators_of(id).any(|x| x.id == *i));
    let Some(ind) = ind else {
        let mut errors = FieldErrors::default();
        errors.add("remove_indicator", ctx.t("plan-err-ind-remove"));
        let page = render_measure(&state, &ctx, id, &errors, &[]).await?;
        return Ok(unprocessable(page));
    };
    state
        .db
        .remove_plan_indicator(id, ind, &who(&ctx), quartier_db::now())
        .await?;
    Ok(see_other(format!("/measures/{id}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_in_german_and_english_notation() {
        assert_eq!(parse_num("1.234,5"), Some(1234.5));
        assert_eq!(parse_num("1234.5"), Some(1234.5));
        assert_eq!(parse_num("12 000"), Some(12000.0));
        assert_eq!(parse_num("abc"), None);
        assert_eq!(parse_num("NaN"), None);
    }

    fn m(status: &str, end: &str) -> PlanMeasure {
        PlanMeasure {
            id: 1,
            plan_id: 1,
            field_id: 1,
            goal_id: None,
            code: "M01".into(),
            title: "T".into(),
            description: String::new(),
            lead_actor_id: None,
            lead_text: "Amt".into(),
            partner_ids: "[]".into(),
            target_groups: r#"["Kinder","Eltern"]"#.into(),
            place: String::new(),
            cost_eur: None,
            funding: String::new(),
            funding_secured: 0,
            start_on: "2024-01-01".into(),
            end_on: end.into(),
            priority: 2,
            status: status.into(),
            blocked: 0,
            status_note: String::new(),
            created_at: 0,
            updated_at: 0,
        }
    }

    #[test]
    fn lateness() {
        let t = Ymd {
            y: 2025,
            m: 1,
            d: 1,
        };
        assert!(is_late(&m("running", "2024-12-31"), t));
        assert!(!is_late(&m("running", "2025-01-01"), t));
        assert!(!is_late(&m("done", "2024-12-31"), t));
        assert!(!is_late(&m("running", ""), t));
        assert!(!is_late(&m("dropped", "2024-12-31"), t));
        assert!(is_late(&m("planned", "2024-12-31"), t));
    }
}
