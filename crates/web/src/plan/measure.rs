//! One measure: its page with indicators, milestones, partner suggestions and
//! history, and the forms for progress, milestones and removing indicators.

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::response::Response;
use maud::{Markup, html};
use quartier_db::plan::{Progress, STATUSES};
use quartier_rules::plan::{is_late, iso, parse_day, suggested_partners};

use crate::error::{AppError, AppResult};
use crate::plan::common::*;
use crate::plan::gantt::today;
use crate::ui::fmt::{de, fmt_num};
use crate::ui::forms::{
    self, Field, FieldErrors, checkbox, field, get, pairs, see_other, select, unprocessable,
};
use crate::{AppState, Ctx, ui::layout};

// ------------------------------------------------------------------ one measure

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
    let suggestions = suggested_partners(&m.groups(), m.lead_actor_id, &m.partners(), &actors);
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
                            (select("indicator_id", ctx.t("plan-f-indicator"), &ind_opts, get(typed, "indicator_id"), None, errors))
                            (field(Field { name: "value", label: ctx.t("plan-f-value"), kind: "text", value: get(typed, "value"), autocomplete: "off", required: false, hint: Some(ctx.t("plan-hint-value")) }, errors))
                            (field(Field { name: "measured_on", label: ctx.t("plan-f-measured-on"), kind: "date", value: &typed_or("measured_on", &iso(now)), autocomplete: "off", required: false, hint: None }, errors))
                            (field(Field { name: "note", label: ctx.t("plan-f-note"), kind: "text", value: get(typed, "note"), autocomplete: "off", required: false, hint: None }, errors))
                        }
                    }
                    fieldset {
                        legend { (ctx.t("plan-progress-status")) }
                        (select("status", ctx.t("plan-f-status"), &statuses, &typed_or("status", &m.status), None, errors))
                        (checkbox("blocked", ctx.t("plan-f-blocked"), typed_or("blocked", if m.blocked == 1 { "yes" } else { "" }) == "yes"))
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
        (crate::plan::history::changes_table(ctx, &changes, "cap-mhist", &ctx.t("plan-measure-history"), false, &d))
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
        let on = parse_day(get(&p, "measured_on"));
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
    let due = parse_day(get(&p, "due_on"));
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
