//! The measure form: new and changed measures with their indicators.

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::response::Response;
use maud::{Markup, html};
use quartier_db::DbError;
use quartier_db::civic::actors::Actor;
use quartier_db::monitoring::city::Quarter;
use quartier_db::plan::{
    INDICATOR_LEVELS, IndicatorDraft, MeasureDraft, Plan, PlanData, PlanMeasure, STATUSES,
};
use quartier_rules::plan::{iso, parse_day};

use crate::error::{AppError, AppResult};
use crate::plan::common::*;
use crate::ui::forms::{
    self, Field, FieldErrors, checkbox, field, get, pairs, see_other, select, unprocessable,
};
use crate::{AppState, Ctx, ui::layout};

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
                (select("field_id", ctx.t("plan-f-field"), &fields, f.v("field_id"), None, errors))
                (select("goal_id", ctx.t("plan-f-goal"), &goals, f.v("goal_id"), None, errors))
            }
            fieldset {
                legend { (ctx.t("plan-sec-who")) }
                (select("lead_actor_id", ctx.t("plan-f-lead"), &leads, f.v("lead_actor_id"), None, errors))
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
                (checkbox("funding_secured", ctx.t("plan-f-secured"), f.v("funding_secured") == "yes"))
            }
            fieldset {
                legend { (ctx.t("plan-sec-when")) }
                (field(Field { name: "start_on", label: ctx.t("plan-f-start"), kind: "date", value: f.v("start_on"), autocomplete: "off", required: true, hint: None }, errors))
                (field(Field { name: "end_on", label: ctx.t("plan-f-end"), kind: "date", value: f.v("end_on"), autocomplete: "off", required: false, hint: Some(ctx.t("plan-hint-end")) }, errors))
                (select("priority", ctx.t("plan-f-priority"), &prios, priority, None, errors))
                (select("status", ctx.t("plan-f-status"), &statuses, status, None, errors))
                (checkbox("blocked", ctx.t("plan-f-blocked"), f.v("blocked") == "yes"))
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
    let start = parse_day(f.v("start_on"));
    match start {
        Some(s) => m.start_on = iso(s),
        None => e.add("start_on", ctx.t("plan-err-date")),
    }
    if !f.v("end_on").is_empty() {
        match parse_day(f.v("end_on")) {
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
