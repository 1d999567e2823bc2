//! The plan's change history and the comparison of the plan at two dates.

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use maud::{Markup, html};
use quartier_db::plan::{Difference, PlanChange, PlanData, STATUSES};
use quartier_rules::plan::{compare_states, end_of_day, iso, parse_day, status_counts};
use serde::Deserialize;
use serde_json::Value;

use crate::error::AppResult;
use crate::plan::common::*;
use crate::plan::gantt::today;
use crate::ui::fmt::{de, fmt_time, time_el};
use crate::ui::forms::{FieldErrors, error_summary};
use crate::{AppState, Ctx, ui::layout};

// ------------------------------------------------------------------ history

fn label(ctx: &Ctx, key: &str) -> String {
    let id = match key {
        "code" => "plan-col-nr",
        "title" => "plan-f-title",
        "description" => "plan-f-description",
        "field" => "plan-f-field",
        "goal" => "plan-f-goal",
        "lead" => "plan-col-lead",
        "partners" => "plan-f-partners",
        "target_groups" => "plan-f-groups",
        "place" => "plan-f-place",
        "cost_eur" => "plan-f-cost",
        "funding" => "plan-f-funding",
        "funding_secured" => "plan-f-secured",
        "start_on" => "plan-f-start",
        "end_on" => "plan-f-end",
        "priority" => "plan-f-priority",
        "status" => "plan-f-status",
        "blocked" => "plan-f-blocked",
        "status_note" => "plan-f-status-note",
        "indicator" => "plan-f-indicator",
        "indicator.actual" => "plan-col-actual",
        "indicator.actual_on" => "plan-col-as-of",
        "indicator.target" => "plan-col-target",
        "indicator.baseline" => "plan-col-baseline",
        "indicator.name" => "plan-f-ind-name",
        "indicator.unit" => "plan-f-unit",
        "indicator.level" | "level" => "plan-f-level",
        "milestone" => "plan-milestones",
        "milestone.done" => "plan-milestone-done",
        "milestone.due_on" => "plan-f-due",
        "milestone.title" => "plan-f-ms-title",
        "name" => "plan-f-name",
        "text" => "plan-f-goal-text",
        "parent" => "plan-f-parent",
        "published" => "plan-publish",
        other => return other.to_string(),
    };
    ctx.t(id)
}

fn value(ctx: &Ctx, field: &str, v: &str) -> String {
    if v.is_empty() {
        return "–".into();
    }
    match field {
        "status" => status_text(ctx, v),
        "blocked" | "funding_secured" | "published" | "milestone.done" => {
            ctx.t(if v == "1" { "yes" } else { "no" })
        }
        "indicator.level" | "level" => ctx.t(&format!("plan-level-{v}")),
        _ => v.to_string(),
    }
}

fn entity_name(entity: &str, snap: &Value) -> String {
    let s = |k: &str| {
        snap.get(k)
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string()
    };
    match entity {
        "measure" => format!("{} {}", s("code"), s("title")),
        "field" => format!("{} {}", s("code"), s("name")),
        "goal" => format!("{} {}", s("code"), s("text")),
        _ => s("title"),
    }
}

fn entity_link(entity: &str, id: i64, d: &PlanData) -> Option<String> {
    (entity == "measure" && d.measures.iter().any(|m| m.id == id))
        .then(|| format!("/measures/{id}"))
}

fn differences(ctx: &Ctx, diffs: &[Difference]) -> Markup {
    html! {
        ul class="plan-diff" {
            @for x in diffs {
                li {
                    strong { (label(ctx, &x.field)) }
                    @let whole = matches!(x.field.as_str(), "indicator" | "milestone");
                    @if whole && x.to.is_empty() {
                        " (" (ctx.t("plan-diff-removed")) "): " del lang="de" { (x.from) }
                    } @else if whole && x.from.is_empty() {
                        " (" (ctx.t("plan-diff-added")) "): " ins lang="de" { (x.to) }
                    } @else {
                        @if !x.item.is_empty() && !whole { " (" span lang="de" { (x.item) } ")" }
                        ": "
                        del lang="de" { (value(ctx, &x.field, &x.from)) }
                        " → "
                        ins lang="de" { (value(ctx, &x.field, &x.to)) }
                    }
                }
            }
        }
    }
}

/// The change log as a table (used on the plan history and the measure page).
pub(crate) fn changes_table(
    ctx: &Ctx,
    changes: &[PlanChange],
    cap_id: &str,
    caption: &str,
    with_entity: bool,
    d: &PlanData,
) -> Markup {
    let staff = ctx.identity.as_ref().is_some_and(|i| i.is_staff());
    html! {
        @if changes.is_empty() { p { (ctx.t("plan-no-changes")) } } @else {
            div class="table-wrap" role="region" tabindex="0" aria-labelledby=(cap_id) {
                table class="plan-history" {
                    caption id=(cap_id) { (caption) }
                    thead { tr {
                        th scope="col" { (ctx.t("col-time")) }
                        th scope="col" { (ctx.t("col-by")) }
                        @if with_entity { th scope="col" { (ctx.t("plan-col-what")) } }
                        th scope="col" { (ctx.t("plan-col-change")) }
                    } }
                    tbody {
                        @for c in changes {
                            tr {
                                td { (time_el(c.changed_at)) }
                                td { @if staff { (c.changed_by) } @else { "–" } }
                                @if with_entity {
                                    td {
                                        (ctx.t(&format!("plan-entity-{}", c.entity))) ": "
                                        @let name = entity_name(&c.entity, &c.snapshot_value());
                                        @match entity_link(&c.entity, c.entity_id, d) {
                                            Some(href) => a href=(href) { (de(&name)) },
                                            None => (de(&name)),
                                        }
                                    }
                                }
                                td {
                                    @if c.action == "create" { (ctx.t("plan-created")) } @else { (differences(ctx, &c.differences())) }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// `GET /quarters/{slug}/plan/history`
pub async fn history(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> AppResult<Markup> {
    let (_, plan) = readable(&state, &ctx, &slug).await?;
    let d = state.db.plan_data(plan.id).await?;
    let changes = state.db.plan_changes(plan.id, 500).await?;
    let title = ctx.ta("plan-history-of", &[("plan", plan.title.clone().into())]);
    let body = html! {
        (plan_nav(&ctx, &slug))
        p { (ctx.t("plan-history-intro")) }
        (changes_table(&ctx, &changes, "cap-history", &ctx.t("plan-history"), true, &d))
    };
    Ok(layout::page(&ctx, &title, body))
}

// ------------------------------------------------------------------ compare

/// Query of the comparison.
#[derive(Debug, Deserialize, Default)]
pub struct CompareQuery {
    /// Earlier date.
    pub from: Option<String>,
    /// Later date.
    pub to: Option<String>,
}

/// `GET /quarters/{slug}/plan/compare?from=YYYY-MM-DD&to=YYYY-MM-DD`
pub async fn compare(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(q): Query<CompareQuery>,
) -> AppResult<Response> {
    let (_, plan) = readable(&state, &ctx, &slug).await?;
    let d = state.db.plan_data(plan.id).await?;
    let created = fmt_time(plan.created_at);
    let default_from = created.get(..10).unwrap_or("").to_string();
    let from_s = q.from.clone().unwrap_or(default_from);
    let to_s = q.to.clone().unwrap_or_else(|| iso(today()));
    let mut errors = FieldErrors::default();
    let from = parse_day(&from_s);
    let to = parse_day(&to_s);
    if from.is_none() {
        errors.add("from", ctx.t("plan-err-date"));
    }
    if to.is_none() {
        errors.add("to", ctx.t("plan-err-date"));
    }
    if let (Some(a), Some(b)) = (from, to)
        && a > b
    {
        errors.add("to", ctx.t("plan-err-to-before-from"));
    }
    let result = match (from, to, errors.is_empty()) {
        (Some(a), Some(b), true) => {
            let sa = state.db.plan_state_at(plan.id, end_of_day(a)).await?;
            let sb = state.db.plan_state_at(plan.id, end_of_day(b)).await?;
            Some((
                status_counts(&sa),
                status_counts(&sb),
                compare_states(&sa, &sb),
            ))
        }
        _ => None,
    };
    let title = ctx.ta("plan-compare-of", &[("plan", plan.title.clone().into())]);
    let item = |e: &str, id: i64, snap: &Value| {
        let name = entity_name(e, snap);
        html! {
            (ctx.t(&format!("plan-entity-{e}"))) ": "
            @match entity_link(e, id, &d) { Some(h) => a href=(h) { (de(&name)) }, None => (de(&name)) }
        }
    };
    let body = html! {
        (plan_nav(&ctx, &slug))
        p { (ctx.t("plan-compare-intro")) }
        (error_summary(&ctx, &errors))
        form method="get" action={ "/quarters/" (slug) "/plan/compare" } class="map-controls" {
            @for (name, v) in [("from", &from_s), ("to", &to_s)] {
                div class={ "field" @if errors.get(name).is_some() { " field-error" } } {
                    label for={ "f-" (name) } { (ctx.t(&format!("plan-compare-{name}"))) }
                    @if let Some(e) = errors.get(name) { p class="error" id={ "f-" (name) "-error" } { (e) } }
                    input type="date" id={ "f-" (name) } name=(name) value=(v) aria-invalid=[errors.get(name).map(|_| "true")] aria-describedby=[errors.get(name).map(|_| format!("f-{name}-error"))];
                }
            }
            button type="submit" { (ctx.t("plan-compare-go")) }
        }
        @if let Some((ca, cb, cmp)) = &result {
            div class="table-wrap" role="region" tabindex="0" aria-labelledby="cap-cmp-status" {
                table {
                    caption id="cap-cmp-status" { (ctx.t("plan-compare-status")) }
                    thead { tr { th scope="col" { (ctx.t("plan-col-status")) } th scope="col" class="num" { span dir="ltr" { (from_s) } } th scope="col" class="num" { span dir="ltr" { (to_s) } } } }
                    tbody {
                        @for s in STATUSES {
                            @let (x, y) = (ca.get(s).copied().unwrap_or(0), cb.get(s).copied().unwrap_or(0));
                            tr class=[(x != y).then_some("plan-changed")] { th scope="row" { (status_text(&ctx, s)) } td class="num" { (x) } td class="num" { (y) } }
                        }
                    }
                }
            }
            h2 { (ctx.ta("plan-compare-added", &[("n", (cmp.added.len() as i64).into())])) }
            @if !cmp.added.is_empty() { ul class="plan-added" { @for (e, id, s) in &cmp.added { li { (item(e, *id, s)) } } } }
            h2 { (ctx.ta("plan-compare-removed", &[("n", (cmp.removed.len() as i64).into())])) }
            @if !cmp.removed.is_empty() { ul class="plan-removed" { @for (e, id, s) in &cmp.removed { li { (item(e, *id, s)) } } } }
            h2 { (ctx.ta("plan-compare-changed", &[("n", (cmp.changed.len() as i64).into())])) }
            @for (e, id, s, diffs) in &cmp.changed {
                section class="plan-changed-item" {
                    h3 { (item(e, *id, s)) }
                    (differences(&ctx, diffs))
                }
            }
        }
    };
    let mut resp = layout::page(&ctx, &title, body).into_response();
    if !errors.is_empty() {
        *resp.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    }
    Ok(resp)
}
