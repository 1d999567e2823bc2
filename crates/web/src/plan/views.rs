//! The plan's timeline (Gantt SVG with a table alternative) and progress
//! dashboard, and what the views share. The change history and the comparison
//! are in `history.rs`, the print page in `print.rs`, the exports in `export.rs`.

use axum::extract::{Path, State};
use maud::{Markup, html};
use quartier_db::plan::{PlanData, PlanIndicator, PlanMeasure, STATUSES};
use quartier_i18n::Lang;
use quartier_rules::plan::{is_late, iso, parse_date, progress_share};

use crate::error::AppResult;
use crate::plan::common::*;
use crate::plan::gantt::{self, Bar, today};
use crate::ui::fmt::{de, fmt_num};
use crate::{AppState, Ctx, ui::layout};

pub(crate) fn num(lang: Lang, v: f64) -> String {
    fmt_num(lang, v, if v.fract() == 0.0 { 0 } else { 1 })
}

/// Measures ordered by field of action code, then by their own code.
pub(crate) fn ordered(d: &PlanData) -> Vec<&PlanMeasure> {
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

/// One Gantt bar per measure with a start date, with its milestones.
pub(crate) fn bars(ctx: &Ctx, d: &PlanData, measures: &[&PlanMeasure]) -> Vec<Bar> {
    measures
        .iter()
        .filter_map(|m| {
            Some(Bar {
                label: format!("{} {}", m.code, m.title),
                status: m.status.clone(),
                status_text: status_text(ctx, &m.status),
                start: parse_date(&m.start_on)?,
                end: parse_date(&m.end_on),
                milestones: d
                    .milestones_of(m.id)
                    .filter_map(|s| Some((parse_date(&s.due_on)?, s.title.clone(), s.done == 1)))
                    .collect(),
            })
        })
        .collect()
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
    let bars = bars(&ctx, &d, &measures);
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
                                                @let share = progress_share(i.baseline, i.target, a.value);
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
