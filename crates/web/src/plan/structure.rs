//! Fields of action (Handlungsfelder) and goals (Leitziele, Handlungsziele):
//! forms, checks and new versions.

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::response::Response;
use maud::{Markup, html};
use quartier_db::DbError;
use quartier_db::plan::{FieldDraft, GOAL_LEVELS, GoalDraft, Plan, PlanData};

use crate::error::{AppError, AppResult};
use crate::plan::common::*;
use crate::ui::forms::{
    self, Field, FieldErrors, field, get, pairs, see_other, select, unprocessable,
};
use crate::{AppState, Ctx, ui::layout};

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
            (select("field_id", ctx.t("plan-f-field"), &fields, get(p, "field_id"), None, errors))
            (select("level", ctx.t("plan-f-level"), &levels, get(p, "level"), None, errors))
            (select("parent_id", ctx.t("plan-f-parent"), &parents, get(p, "parent_id"), Some(ctx.t("plan-hint-parent")), errors))
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
