//! Views of an action plan: timeline (Gantt SVG with a table alternative),
//! progress dashboard, change history, comparison between two dates, the print
//! page for the council and the CSV/XLSX exports.

use std::collections::{BTreeMap, BTreeSet};

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use maud::{DOCTYPE, Markup, html};
use quartier_db::plan::{PlanChange, PlanData, PlanIndicator, PlanMeasure, STATUSES, diff};
use quartier_i18n::Lang;
use quartier_tabular::{ExportCell, Sheet};
use serde::Deserialize;
use serde_json::Value;

use crate::error::AppResult;
use crate::plan::gantt::{self, Bar, end_of_day, iso, parse_date, today};
use crate::plan::pages::{
    dropped_list, is_late, lead_name, partner_names, period, plan_nav, readable, status_badge,
    status_text,
};
use crate::ui::export::{Format, download};
use crate::ui::fmt::{de, fmt_num, fmt_time, time_el};
use crate::ui::forms::{FieldErrors, error_summary};
use crate::{AppState, Ctx, ui::layout};

fn num(lang: Lang, v: f64) -> String {
    fmt_num(lang, v, if v.fract() == 0.0 { 0 } else { 1 })
}

/// Measures ordered by field of action code, then by their own code.
fn ordered(d: &PlanData) -> Vec<&PlanMeasure> {
    let mut v: Vec<&PlanMeasure> = d.measures.iter().collect();
    let code_of = |id: i64| {
        d.fields
            .iter()
            .find(|f| f.id == id)
            .map(|f| f.code.clone())
            .unwrap_or_default()
    };
    v.sort_by(|a, b| {
        code_of(a.field_id)
            .cmp(&code_of(b.field_id))
            .then(a.code.cmp(&b.code))
    });
    v
}

// ------------------------------------------------------------------ timeline

/// `GET /quarters/{slug}/plan/timeline`
pub async fn timeline(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> AppResult<Markup> {
    let (_, plan) = readable(&state, &ctx, &slug).await?;
    let d = state.db.plan_data(plan.id).await?;
    let measures = ordered(&d);
    let bars: Vec<Bar> = measures
        .iter()
        .filter_map(|m| {
            Some(Bar {
                label: format!("{} {}", m.code, m.title),
                status: m.status.clone(),
                status_text: status_text(&ctx, &m.status),
                start: parse_date(&m.start_on)?,
                end: parse_date(&m.end_on),
                milestones: d
                    .milestones_of(m.id)
                    .filter_map(|s| Some((parse_date(&s.due_on)?, s.title.clone(), s.done == 1)))
                    .collect(),
            })
        })
        .collect();
    let now = today();
    let title = ctx.ta("plan-timeline-of", &[("plan", plan.title.clone().into())]);
    let body = html! {
        (plan_nav(&ctx, &slug))
        p { (ctx.t("plan-timeline-intro")) }
        ul class="plan-legend" aria-label=(ctx.t("plan-legend")) {
            @for s in STATUSES { li { span class={ "plan-swatch gantt-" (s) } {} (status_text(&ctx, s)) } }
            li { span class="plan-swatch plan-swatch-milestone" {} (ctx.t("plan-milestones")) }
            li { span class="plan-swatch plan-swatch-today" {} (ctx.t("plan-today")) " " span dir="ltr" { (iso(now)) } }
        }
        div class="gantt-wrap" role="region" tabindex="0" aria-label=(ctx.t("plan-timeline")) {
            (gantt::svg(&bars, now, &title, &ctx.t("plan-today"), &ctx.t("plan-open-end-short"), ctx.lang.is_rtl()))
        }
        div class="table-wrap" role="region" tabindex="0" aria-labelledby="cap-timeline" {
            table {
                caption id="cap-timeline" { (ctx.t("plan-timeline-table")) }
                thead { tr {
                    th scope="col" { (ctx.t("plan-col-nr")) }
                    th scope="col" { (ctx.t("plan-col-measure")) }
                    th scope="col" { (ctx.t("plan-f-start")) }
                    th scope="col" { (ctx.t("plan-f-end")) }
                    th scope="col" { (ctx.t("plan-col-status")) }
                    th scope="col" { (ctx.t("plan-milestones")) }
                } }
                tbody {
                    @for m in &measures {
                        tr {
                            td { (m.code) }
                            th scope="row" { a href={ "/measures/" (m.id) } { (de(&m.title)) } }
                            td { span dir="ltr" { (m.start_on) } }
                            td { @if m.end_on.is_empty() { (ctx.t("plan-open-end")) } @else { span dir="ltr" { (m.end_on) } } @if is_late(m, now) { " " span class="plan-badge plan-badge-late" { (ctx.t("plan-late")) } } }
                            td { (status_badge(&ctx, m)) }
                            td { @for (k, s) in d.milestones_of(m.id).enumerate() { @if k > 0 { "; " } span dir="ltr" { (s.due_on) } " " (de(&s.title)) @if s.done == 1 { " (" (ctx.t("plan-milestone-done")) ")" } } }
                        }
                    }
                }
            }
        }
    };
    Ok(layout::page(&ctx, &title, body))
}

// ------------------------------------------------------------------ dashboard

/// Share of the way from baseline to target reached by `actual` (0 when the
/// target equals the baseline and is not reached).
pub(crate) fn progress_share(i: &PlanIndicator, actual: f64) -> f64 {
    let span = i.target - i.baseline;
    if span.abs() < f64::EPSILON {
        return if (actual - i.target).abs() < f64::EPSILON {
            1.0
        } else {
            0.0
        };
    }
    (actual - i.baseline) / span
}

fn bar(share: f64) -> Markup {
    let w = (share.clamp(0.0, 1.2) * 100.0).round();
    html! {
        svg class="plan-bar" viewBox="0 0 120 10" width="120" height="10" aria-hidden="true" focusable="false" {
            rect class="plan-bar-track" x="0" y="0" width="100" height="10" {}
            rect class={ "plan-bar-fill" @if share >= 1.0 { " plan-bar-reached" } } x="0" y="1" width=(w) height="8" {}
            line class="plan-bar-target" x1="100" x2="100" y1="0" y2="10" {}
        }
    }
}

/// `GET /quarters/{slug}/plan/dashboard`
pub async fn dashboard(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> AppResult<Markup> {
    let (_, plan) = readable(&state, &ctx, &slug).await?;
    let d = state.db.plan_data(plan.id).await?;
    let now = today();
    let late: Vec<&PlanMeasure> = ordered(&d)
        .into_iter()
        .filter(|m| is_late(m, now))
        .collect();
    let blocked: Vec<&PlanMeasure> = ordered(&d)
        .into_iter()
        .filter(|m| m.blocked == 1 && m.status != "dropped")
        .collect();
    let dropped: Vec<&PlanMeasure> = ordered(&d)
        .into_iter()
        .filter(|m| m.status == "dropped")
        .collect();
    let title = ctx.ta("plan-dashboard-of", &[("plan", plan.title.clone().into())]);
    let body = html! {
        (plan_nav(&ctx, &slug))
        div class="table-wrap" role="region" tabindex="0" aria-labelledby="cap-status" {
            table {
                caption id="cap-status" { (ctx.t("plan-status-by-field")) }
                thead { tr {
                    th scope="col" { (ctx.t("plan-f-field")) }
                    @for s in STATUSES { th scope="col" class="num" { (status_text(&ctx, s)) } }
                    th scope="col" class="num" { (ctx.t("plan-late")) }
                    th scope="col" class="num" { (ctx.t("plan-blocked")) }
                } }
                tbody {
                    @for f in &d.fields {
                        @let ms: Vec<&PlanMeasure> = d.measures.iter().filter(|m| m.field_id == f.id).collect();
                        tr {
                            th scope="row" { (f.code) " " (de(&f.name)) }
                            @for s in STATUSES { td class="num" { (ms.iter().filter(|m| m.status == s).count()) } }
                            td class="num" { (ms.iter().filter(|m| is_late(m, now)).count()) }
                            td class="num" { (ms.iter().filter(|m| m.blocked == 1 && m.status != "dropped").count()) }
                        }
                    }
                }
            }
        }
        div class="plan-alerts" {
            section aria-labelledby="h-late" {
                h2 id="h-late" { (ctx.t("plan-late-measures")) }
                @if late.is_empty() { p { (ctx.t("plan-none-late")) } } @else {
                    ul { @for m in &late { li { a href={ "/measures/" (m.id) } { (m.code) " " (de(&m.title)) } " – " (ctx.t("plan-f-end")) " " span dir="ltr" { (m.end_on) } ", " (status_text(&ctx, &m.status)) } } }
                }
            }
            section aria-labelledby="h-blocked" {
                h2 id="h-blocked" { (ctx.t("plan-blocked-measures")) }
                @if blocked.is_empty() { p { (ctx.t("plan-none-blocked")) } } @else {
                    ul { @for m in &blocked { li { a href={ "/measures/" (m.id) } { (m.code) " " (de(&m.title)) } @if !m.status_note.is_empty() { " – " (de(&m.status_note)) } } } }
                }
            }
        }
        @if !dropped.is_empty() {
            p class="hint" { (ctx.t("plan-dropped-hint")) }
            (dropped_list(&ctx, &dropped, "h-dropped"))
        }
        @for f in &d.fields {
            @let ms: Vec<&PlanMeasure> = d.measures.iter().filter(|m| m.field_id == f.id && m.status != "dropped").collect();
            @let inds: Vec<(&PlanMeasure, &PlanIndicator)> = ms.iter().flat_map(|m| d.indicators_of(m.id).map(move |i| (*m, i))).collect();
            section aria-labelledby={ "h-dash-" (f.id) } {
                h2 id={ "h-dash-" (f.id) } { (f.code) " " (de(&f.name)) }
                @if inds.is_empty() { p { (ctx.t("plan-no-indicators")) } } @else {
                    div class="table-wrap" role="region" tabindex="0" aria-labelledby={ "cap-dash-" (f.id) } {
                        table class="plan-dash" {
                            caption id={ "cap-dash-" (f.id) } { (ctx.ta("plan-targets-caption", &[("field", f.code.clone().into())])) }
                            thead { tr {
                                th scope="col" { (ctx.t("plan-f-ind-name")) }
                                th scope="col" { (ctx.t("plan-col-measure")) }
                                th scope="col" class="num" { (ctx.t("plan-col-baseline")) }
                                th scope="col" class="num" { (ctx.t("plan-col-target")) }
                                th scope="col" class="num" { (ctx.t("plan-col-actual")) }
                                th scope="col" { (ctx.t("plan-col-progress")) }
                            } }
                            tbody {
                                @for (m, i) in &inds {
                                    @let a = d.latest_actual(i.id);
                                    tr {
                                        th scope="row" lang="de" { (i.name) @if !i.unit.is_empty() { " (" (i.unit) ")" } }
                                        td { a href={ "/measures/" (m.id) } { (m.code) } }
                                        td class="num" { (num(ctx.lang, i.baseline)) }
                                        td class="num" { (num(ctx.lang, i.target)) }
                                        td class="num" { @if let Some(a) = a { (num(ctx.lang, a.value)) } @else { "–" } }
                                        td {
                                            @if let Some(a) = a {
                                                @let share = progress_share(i, a.value);
                                                (bar(share)) " " (fmt_num(ctx.lang, share * 100.0, 0)) " %"
                                            } @else { (ctx.t("plan-not-measured")) }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    };
    Ok(layout::page(&ctx, &title, body))
}

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

fn differences(ctx: &Ctx, diffs: &[quartier_db::plan::Difference]) -> Markup {
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

/// What changed between two states of a plan.
#[derive(Debug, Default)]
pub struct Comparison {
    /// Entities there at `to` but not at `from`: (entity, id, snapshot).
    pub added: Vec<(String, i64, Value)>,
    /// Entities there at `from` but not at `to`.
    pub removed: Vec<(String, i64, Value)>,
    /// Entities changed: (entity, id, snapshot at `to`, differences).
    pub changed: Vec<(String, i64, Value, Vec<quartier_db::plan::Difference>)>,
}

/// Compares two plan states (as from `plan_state_at`).
pub fn compare_states(
    a: &BTreeMap<(String, i64), Value>,
    b: &BTreeMap<(String, i64), Value>,
) -> Comparison {
    let mut out = Comparison::default();
    let keys: BTreeSet<&(String, i64)> = a.keys().chain(b.keys()).collect();
    for k in keys {
        if k.0 == "plan" {
            continue;
        }
        match (a.get(k), b.get(k)) {
            (None, Some(s)) => out.added.push((k.0.clone(), k.1, s.clone())),
            (Some(s), None) => out.removed.push((k.0.clone(), k.1, s.clone())),
            (Some(x), Some(y)) => {
                let d = diff(Some(x), y);
                if !d.is_empty() {
                    out.changed.push((k.0.clone(), k.1, y.clone(), d));
                }
            }
            (None, None) => {}
        }
    }
    out
}

fn status_counts(s: &BTreeMap<(String, i64), Value>) -> BTreeMap<String, usize> {
    let mut m = BTreeMap::new();
    for ((e, _), v) in s {
        if e == "measure" {
            let st = v
                .get("status")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_string();
            *m.entry(st).or_insert(0) += 1;
        }
    }
    m
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
    let from = parse_date(&from_s).filter(|_| from_s.len() == 10);
    let to = parse_date(&to_s).filter(|_| to_s.len() == 10);
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

// ------------------------------------------------------------------ print

/// `GET /quarters/{slug}/plan/print` — the council attachment (Anlage zur
/// Beschlussvorlage): a document of its own without site navigation or footer —
/// title, city, quarter, date, the measure table per field of action, the
/// indicators and the timeline — with A4 print styles.
pub async fn print(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> AppResult<Markup> {
    let (q, plan) = readable(&state, &ctx, &slug).await?;
    let d = state.db.plan_data(plan.id).await?;
    let actors = state.db.actors_in_quarter(q.id).await?;
    let now = today();
    let measures = ordered(&d);
    let active: Vec<&PlanMeasure> = measures
        .iter()
        .copied()
        .filter(|m| m.status != "dropped")
        .collect();
    let dropped: Vec<&PlanMeasure> = measures
        .iter()
        .copied()
        .filter(|m| m.status == "dropped")
        .collect();
    let total: f64 = active.iter().filter_map(|m| m.cost_eur).sum();
    let timeline_title = ctx.ta("plan-timeline-of", &[("plan", plan.title.clone().into())]);
    let bars: Vec<Bar> = measures
        .iter()
        .filter_map(|m| {
            Some(Bar {
                label: format!("{} {}", m.code, m.title),
                status: m.status.clone(),
                status_text: status_text(&ctx, &m.status),
                start: parse_date(&m.start_on)?,
                end: parse_date(&m.end_on),
                milestones: d
                    .milestones_of(m.id)
                    .filter_map(|s| Some((parse_date(&s.due_on)?, s.title.clone(), s.done == 1)))
                    .collect(),
            })
        })
        .collect();
    let city = ctx.city.as_ref();
    let lang = ctx.lang;
    let body = html! {
        div class="plan-print" {
            header class="plan-print-head" {
                h1 { (de(&plan.title)) }
                dl class="plan-print-meta" {
                    div { dt { (ctx.t("plan-print-city")) } dd { @if let Some(c) = city { (de(&c.name)) } } }
                    div { dt { (ctx.t("plan-print-quarter")) } dd { (de(&q.name)) } }
                    div { dt { (ctx.t("plan-print-as-of")) } dd { span dir="ltr" { (iso(now)) } } }
                }
                p class="lead" { (ctx.ta("plan-print-intro", &[("quarter", q.name.clone().into()), ("date", iso(now).into())])) }
                @if city.is_some_and(|c| c.fictional == 1) {
                    p class="fictional-notice" { strong { (ctx.t("fictional-label")) } " " (ctx.t("fictional-notice")) }
                }
            }
            p class="no-print" { (ctx.t("report-print-hint")) " " a href={ "/quarters/" (slug) "/plan" } { (ctx.t("plan-print-back")) } }
            p { (ctx.ta("plan-total-cost", &[("sum", fmt_num(ctx.lang, total, 0).into())])) }
            @for f in &d.fields {
                section class="plan-print-field" aria-labelledby={ "h-pf-" (f.id) } {
                    h2 id={ "h-pf-" (f.id) } { (f.code) " " (de(&f.name)) }
                    @if !f.description.is_empty() { p { (de(&f.description)) } }
                    @for g in d.goals.iter().filter(|g| g.field_id == f.id) {
                        p class={ "plan-goal-" (g.level) } { strong { (g.code) } " " (de(&g.text)) }
                    }
                    @let ms: Vec<&PlanMeasure> = active.iter().copied().filter(|m| m.field_id == f.id).collect();
                    @if ms.is_empty() { p { (ctx.t("plan-no-measures")) } } @else {
                        div class="table-wrap" role="region" tabindex="0" aria-labelledby={ "cap-pf-" (f.id) } {
                        table class="plan-print-table" {
                            caption id={ "cap-pf-" (f.id) } { (ctx.ta("plan-measures-of", &[("field", f.code.clone().into())])) }
                            thead { tr {
                                th scope="col" { (ctx.t("plan-col-nr")) }
                                th scope="col" { (ctx.t("plan-col-measure")) }
                                th scope="col" { (ctx.t("plan-col-lead")) " / " (ctx.t("plan-f-partners")) }
                                th scope="col" { (ctx.t("plan-f-groups")) }
                                th scope="col" class="num" { (ctx.t("plan-f-cost")) }
                                th scope="col" { (ctx.t("plan-f-funding")) }
                                th scope="col" { (ctx.t("plan-col-period")) }
                                th scope="col" { (ctx.t("plan-col-status")) }
                            } }
                            tbody {
                                @for m in &ms {
                                    tr {
                                        td { (m.code) }
                                        th scope="row" { (de(&m.title)) @if !m.place.is_empty() { br; span class="source" { (de(&m.place)) } } }
                                        td { strong { (de(&lead_name(m, &actors))) } @let p = partner_names(m, &actors); @if !p.is_empty() { br; (de(&p.join(", "))) } }
                                        td { (de(&m.groups().join(", "))) }
                                        td class="num" { @if let Some(c) = m.cost_eur { (fmt_num(ctx.lang, c, 0)) } @else { "–" } }
                                        td { (de(&m.funding)) @if m.funding_secured == 0 { " (" (ctx.t("plan-reserved")) ")" } }
                                        td { (period(&ctx, m)) }
                                        td { (status_text(&ctx, &m.status)) @if m.blocked == 1 { ", " (ctx.t("plan-blocked")) } @if is_late(m, now) { ", " (ctx.t("plan-late")) } }
                                    }
                                }
                            }
                        }
                        }
                    }
                }
            }
            @if !dropped.is_empty() {
                (dropped_list(&ctx, &dropped, "h-print-dropped"))
            }
            section class="plan-print-section" aria-labelledby="h-print-inds" {
                h2 id="h-print-inds" { (ctx.t("plan-indicators")) }
                div class="table-wrap" role="region" tabindex="0" aria-labelledby="cap-print-inds" {
                    table class="plan-print-table" {
                        caption id="cap-print-inds" { (ctx.t("plan-print-indicators")) }
                        thead { tr {
                            th scope="col" { (ctx.t("plan-col-nr")) }
                            th scope="col" { (ctx.t("plan-f-ind-name")) }
                            th scope="col" { (ctx.t("plan-f-level")) }
                            th scope="col" class="num" { (ctx.t("plan-col-baseline")) }
                            th scope="col" class="num" { (ctx.t("plan-col-target")) }
                            th scope="col" class="num" { (ctx.t("plan-col-actual")) }
                            th scope="col" { (ctx.t("plan-col-as-of")) }
                        } }
                        tbody {
                            @for m in &active {
                                @for i in d.indicators_of(m.id) {
                                    @let a = d.latest_actual(i.id);
                                    tr {
                                        td { (m.code) }
                                        th scope="row" { (de(&i.name)) @if !i.unit.is_empty() { " (" (de(&i.unit)) ")" } }
                                        td { (ctx.t(&format!("plan-level-{}", i.level))) }
                                        td class="num" { (num(ctx.lang, i.baseline)) }
                                        td class="num" { (num(ctx.lang, i.target)) }
                                        td class="num" { @if let Some(a) = a { (num(ctx.lang, a.value)) } @else { "–" } }
                                        td { @if let Some(a) = a { span dir="ltr" { (a.measured_on) } } @else { (ctx.t("plan-not-measured")) } }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            section class="plan-print-section plan-print-timeline" aria-labelledby="h-print-timeline" {
                h2 id="h-print-timeline" { (ctx.t("plan-print-timeline")) }
                div class="gantt-wrap" role="region" tabindex="0" aria-label=(ctx.t("plan-timeline")) {
                    (gantt::svg(&bars, now, &timeline_title, &ctx.t("plan-today"), &ctx.t("plan-open-end-short"), lang.is_rtl()))
                }
            }
        }
    };
    Ok(html! {
        (DOCTYPE)
        html lang=(lang.code()) dir=(lang.dir()) {
            (layout::head(lang, &plan.title))
            body class="plan-print-doc" {
                main id="main" tabindex="-1" { (body) }
            }
        }
    })
}

// ------------------------------------------------------------------ exports

/// Column headers of the export, as in German measure tables.
pub const EXPORT_COLUMNS: [&str; 19] = [
    "Nr.",
    "Handlungsfeld",
    "Ziel",
    "Maßnahme",
    "Federführung",
    "Partner",
    "Zielgruppen",
    "Ort",
    "Kosten (EUR)",
    "Finanzierung",
    "Beginn",
    "Ende",
    "Priorität",
    "Status",
    "Indikator",
    "Basiswert",
    "Zielwert",
    "Istwert",
    "Stand",
];

fn export_sheet(d: &PlanData, actors: &[quartier_db::civic::actors::Actor]) -> Sheet {
    let de_status = |s: &str| Lang::De.t(&format!("plan-status-{s}"));
    let mut rows = Vec::new();
    for m in ordered(d) {
        let field = d
            .fields
            .iter()
            .find(|f| f.id == m.field_id)
            .map(|f| format!("{} {}", f.code, f.name))
            .unwrap_or_default();
        let goal = m
            .goal_id
            .and_then(|g| d.goals.iter().find(|x| x.id == g))
            .map(|g| format!("{} {}", g.code, g.text))
            .unwrap_or_default();
        let funding = if m.funding.is_empty() {
            String::new()
        } else if m.funding_secured == 1 {
            format!("{} (gesichert)", m.funding)
        } else {
            format!("{} (Haushaltsvorbehalt)", m.funding)
        };
        let mut status = de_status(&m.status);
        if m.blocked == 1 {
            status.push_str(", blockiert");
        }
        let base: Vec<ExportCell> = vec![
            m.code.clone().into(),
            field.into(),
            goal.into(),
            m.title.clone().into(),
            lead_name(m, actors).into(),
            partner_names(m, actors).join("; ").into(),
            m.groups().join("; ").into(),
            m.place.clone().into(),
            m.cost_eur.into(),
            funding.into(),
            m.start_on.clone().into(),
            m.end_on.clone().into(),
            (m.priority as f64).into(),
            status.into(),
        ];
        let inds: Vec<&PlanIndicator> = d.indicators_of(m.id).collect();
        if inds.is_empty() {
            let mut r = base.clone();
            r.extend(std::iter::repeat_n(ExportCell::Empty, 5));
            rows.push(r);
        }
        for i in inds {
            let a = d.latest_actual(i.id);
            let mut r = base.clone();
            let name = if i.unit.is_empty() {
                i.name.clone()
            } else {
                format!("{} ({})", i.name, i.unit)
            };
            r.push(name.into());
            r.push(i.baseline.into());
            r.push(i.target.into());
            r.push(a.map(|a| a.value).into());
            r.push(
                a.map(|a| ExportCell::Text(a.measured_on.clone()))
                    .unwrap_or(ExportCell::Empty),
            );
            rows.push(r);
        }
    }
    Sheet {
        name: "Aktionsplan".into(),
        headers: EXPORT_COLUMNS.iter().map(|s| s.to_string()).collect(),
        rows,
    }
}

/// `GET /quarters/{slug}/plan.csv`
pub async fn csv(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let (q, plan) = readable(&state, &ctx, &slug).await?;
    let d = state.db.plan_data(plan.id).await?;
    let actors = state.db.actors_in_quarter(q.id).await?;
    download(
        &export_sheet(&d, &actors),
        Format::Csv,
        &format!("aktionsplan-{}", q.slug),
    )
}

/// `GET /quarters/{slug}/plan.xlsx`
pub async fn xlsx(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let (q, plan) = readable(&state, &ctx, &slug).await?;
    let d = state.db.plan_data(plan.id).await?;
    let actors = state.db.actors_in_quarter(q.id).await?;
    download(
        &export_sheet(&d, &actors),
        Format::Xlsx,
        &format!("aktionsplan-{}", q.slug),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn share_of_the_way_to_target() {
        let i = PlanIndicator {
            id: 1,
            measure_id: 1,
            name: "Wartezeit".into(),
            level: "outcome".into(),
            unit: "Wochen".into(),
            baseline: 20.0,
            target: 6.0,
        };
        // Falling targets work too: 20 → 11 is 9 of 14 weeks.
        assert!((progress_share(&i, 11.0) - 9.0 / 14.0).abs() < 1e-9);
        assert!((progress_share(&i, 6.0) - 1.0).abs() < 1e-9);
    }

    #[test]
    fn comparison_finds_added_removed_changed() {
        let mut a = BTreeMap::new();
        let mut b = BTreeMap::new();
        a.insert(
            ("measure".to_string(), 1),
            json!({"code": "M01", "status": "planned"}),
        );
        a.insert(
            ("measure".to_string(), 2),
            json!({"code": "M02", "status": "idea"}),
        );
        b.insert(
            ("measure".to_string(), 1),
            json!({"code": "M01", "status": "running"}),
        );
        b.insert(
            ("measure".to_string(), 3),
            json!({"code": "M03", "status": "idea"}),
        );
        let c = compare_states(&a, &b);
        assert_eq!(c.added.len(), 1);
        assert_eq!(c.added[0].1, 3);
        assert_eq!(c.removed.len(), 1);
        assert_eq!(c.removed[0].1, 2);
        assert_eq!(c.changed.len(), 1);
        assert_eq!(c.changed[0].3[0].from, "planned");
    }
}
