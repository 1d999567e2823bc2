//! The snapshots written to the change log, and the plan's use of the
//! versioned-change writer.

use serde_json::{Value, json};
use sqlx::{Any, Transaction};

use super::{
    Actual, CHANGES, FieldDraft, GoalDraft, MEASURE_COLS, Milestone, PlanIndicator, PlanMeasure,
};
use crate::DbError;
use crate::versions::Change;

pub(super) async fn measure_snapshot(
    tx: &mut Transaction<'_, Any>,
    id: i64,
) -> Result<Value, DbError> {
    let sql = format!("SELECT {MEASURE_COLS} FROM plan_measures WHERE id = $1");
    let m = sqlx::query_as::<_, PlanMeasure>(&sql)
        .bind(id)
        .fetch_optional(&mut **tx)
        .await?
        .ok_or(DbError::NotFound)?;
    let field: Option<String> = sqlx::query_scalar("SELECT code FROM plan_fields WHERE id = $1")
        .bind(m.field_id)
        .fetch_optional(&mut **tx)
        .await?;
    let goal: Option<String> = match m.goal_id {
        Some(g) => {
            sqlx::query_scalar("SELECT code FROM plan_goals WHERE id = $1")
                .bind(g)
                .fetch_optional(&mut **tx)
                .await?
        }
        None => None,
    };
    let lead: Option<String> = match m.lead_actor_id {
        Some(a) => {
            sqlx::query_scalar("SELECT name FROM actors WHERE id = $1")
                .bind(a)
                .fetch_optional(&mut **tx)
                .await?
        }
        None => None,
    };
    let mut partners = Vec::new();
    for p in m.partners() {
        let n: Option<String> = sqlx::query_scalar("SELECT name FROM actors WHERE id = $1")
            .bind(p)
            .fetch_optional(&mut **tx)
            .await?;
        if let Some(n) = n {
            partners.push(n);
        }
    }
    let inds = sqlx::query_as::<_, PlanIndicator>(
        "SELECT id, measure_id, name, level, unit, baseline, target FROM plan_indicators WHERE measure_id = $1 ORDER BY id",
    )
    .bind(id)
    .fetch_all(&mut **tx)
    .await?;
    let mut indicators = Vec::new();
    for i in &inds {
        let latest = sqlx::query_as::<_, Actual>(
            "SELECT id, indicator_id, measured_on, value, note, recorded_by, recorded_at FROM plan_actuals WHERE indicator_id = $1 ORDER BY measured_on DESC, id DESC LIMIT 1",
        )
        .bind(i.id)
        .fetch_optional(&mut **tx)
        .await?;
        indicators.push(json!({
            "id": i.id, "name": i.name, "level": i.level, "unit": i.unit,
            "baseline": i.baseline, "target": i.target,
            "actual": latest.as_ref().map(|a| a.value),
            "actual_on": latest.as_ref().map(|a| a.measured_on.clone()),
        }));
    }
    let ms = sqlx::query_as::<_, Milestone>(
        "SELECT id, measure_id, title, due_on, done FROM plan_milestones WHERE measure_id = $1 ORDER BY id",
    )
    .bind(id)
    .fetch_all(&mut **tx)
    .await?;
    let milestones: Vec<Value> = ms
        .iter()
        .map(|x| json!({"id": x.id, "title": x.title, "due_on": x.due_on, "done": x.done == 1}))
        .collect();
    Ok(json!({
        "code": m.code, "title": m.title, "description": m.description,
        "field": field.unwrap_or_default(), "goal": goal.unwrap_or_default(),
        "lead": lead.unwrap_or(m.lead_text.clone()), "partners": partners,
        "target_groups": m.groups(), "place": m.place, "cost_eur": m.cost_eur,
        "funding": m.funding, "funding_secured": m.funding_secured == 1,
        "start_on": m.start_on, "end_on": m.end_on, "priority": m.priority,
        "status": m.status, "blocked": m.blocked == 1, "status_note": m.status_note,
        "indicators": indicators, "milestones": milestones,
    }))
}

/// Records a change of plan `plan_id` and, when one was written, marks the plan changed.
pub(super) async fn record(
    tx: &mut Transaction<'_, Any>,
    plan_id: i64,
    c: Change<'_>,
) -> Result<(), DbError> {
    if CHANGES.record(tx, plan_id, &c).await? {
        sqlx::query("UPDATE plans SET updated_at = $1 WHERE id = $2")
            .bind(c.at)
            .bind(plan_id)
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

/// The snapshot of a field of action.
pub(super) fn field_snapshot(f: &FieldDraft) -> Value {
    json!({"code": f.code, "name": f.name, "description": f.description})
}

pub(super) async fn goal_snapshot(
    tx: &mut Transaction<'_, Any>,
    g: &GoalDraft,
) -> Result<Value, DbError> {
    let field: Option<String> = sqlx::query_scalar("SELECT code FROM plan_fields WHERE id = $1")
        .bind(g.field_id)
        .fetch_optional(&mut **tx)
        .await?;
    let parent: Option<String> = match g.parent_id {
        Some(p) => {
            sqlx::query_scalar("SELECT code FROM plan_goals WHERE id = $1")
                .bind(p)
                .fetch_optional(&mut **tx)
                .await?
        }
        None => None,
    };
    Ok(json!({"code": g.code, "level": g.level, "text": g.text, "field": field, "parent": parent}))
}

/// Records the measure's current snapshot.
pub(super) async fn record_measure(
    tx: &mut Transaction<'_, Any>,
    plan_id: i64,
    measure_id: i64,
    action: &str,
    by: &str,
    at: i64,
) -> Result<(), DbError> {
    let snap = measure_snapshot(tx, measure_id).await?;
    record(
        tx,
        plan_id,
        Change {
            entity: "measure",
            entity_id: measure_id,
            action,
            snapshot: &snap,
            by,
            at,
        },
    )
    .await
}
