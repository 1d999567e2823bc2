//! What the plan's pages share: who may read, edit and record progress (checked
//! in every handler on top of the route policy), loading the quarter, plan and
//! measure for a user, number input, status badges, names of lead and partners,
//! the list of dropped measures and the navigation between the plan's views.
//!
//! Who may do what: read a published plan — everyone; read a draft — staff; edit —
//! the quarter's neighbourhood manager, the programme lead, admins; record
//! progress — editors and actor representatives of the quarter (any actor-role
//! holder in the quarter: an approximation of "actors leading or partnering the
//! measure").

use maud::{Markup, html};
use quartier_db::civic::actors::Actor;
use quartier_db::monitoring::city::Quarter;
use quartier_db::plan::{Plan, PlanMeasure};
use quartier_db::platform::accounts::Role;

use crate::error::{AppError, AppResult};
use crate::ui::fmt::de;
use crate::{AppState, Ctx};

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

pub(crate) fn who(ctx: &Ctx) -> String {
    ctx.identity
        .as_ref()
        .map(|i| i.user.email.clone())
        .unwrap_or_default()
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
pub(crate) async fn editable(
    state: &AppState,
    ctx: &Ctx,
    slug: &str,
) -> AppResult<(Quarter, Plan)> {
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

pub(crate) fn goal_edit_link(ctx: &Ctx, slug: &str, id: i64, code: &str) -> Markup {
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
}
