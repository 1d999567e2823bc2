//! The print page for the council (Anlage zur Beschlussvorlage).

use axum::extract::{Path, State};
use maud::{DOCTYPE, Markup, html};
use quartier_db::plan::PlanMeasure;
use quartier_rules::plan::{is_late, iso};

use crate::error::AppResult;
use crate::plan::common::*;
use crate::plan::gantt::{self, today};
use crate::plan::views::{bars, num, ordered};
use crate::ui::fmt::{de, fmt_num};
use crate::{AppState, Ctx, ui::layout};

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
    let bars = bars(&ctx, &d, &measures);
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
