//! The overview of all plans and the plan of one quarter (fields of action,
//! goals, measure tables) with its settings form.

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::response::Response;
use maud::{Markup, html};
use quartier_db::monitoring::city::Quarter;
use quartier_db::plan::{Plan, PlanData, PlanMeasure};
use quartier_rules::plan::is_late;

use crate::error::{AppError, AppResult};
use crate::plan::common::*;
use crate::plan::gantt::today;
use crate::ui::fmt::{de, time_el};
use crate::ui::forms::{
    self, Field, FieldErrors, checkbox, field, get, pairs, see_other, unprocessable,
};
use crate::{AppState, Ctx, ui::layout};

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
            (checkbox("published", ctx.t("plan-publish"), published))
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
