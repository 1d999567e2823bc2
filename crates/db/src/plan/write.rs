//! Every change of a plan, each in one transaction with its change-log entry.

use serde_json::json;
use sqlx::{Any, Transaction};

use super::snapshot::{field_snapshot, goal_snapshot, record, record_measure};
use super::{FieldDraft, GoalDraft, IndicatorDraft, MeasureDraft, Progress};
use crate::versions::Change;
use crate::{Db, DbError};

/// The plan of measure `measure_id` (404 when there is no such measure).
async fn plan_of_measure(tx: &mut Transaction<'_, Any>, measure_id: i64) -> Result<i64, DbError> {
    sqlx::query_scalar("SELECT plan_id FROM plan_measures WHERE id = $1")
        .bind(measure_id)
        .fetch_optional(&mut **tx)
        .await?
        .ok_or(DbError::NotFound)
}

/// 404 unless indicator `indicator_id` belongs to measure `measure_id`.
async fn check_indicator(
    tx: &mut Transaction<'_, Any>,
    indicator_id: i64,
    measure_id: i64,
) -> Result<(), DbError> {
    let owner: Option<i64> =
        sqlx::query_scalar("SELECT measure_id FROM plan_indicators WHERE id = $1")
            .bind(indicator_id)
            .fetch_optional(&mut **tx)
            .await?;
    if owner != Some(measure_id) {
        return Err(DbError::NotFound);
    }
    Ok(())
}

impl Db {
    /// Creates the plan of a quarter, or changes its title and publication.
    pub async fn save_plan(
        &self,
        quarter_id: i64,
        title: &str,
        published: bool,
        by: &str,
        at: i64,
    ) -> Result<i64, DbError> {
        let mut tx = self.pool().begin().await?;
        let existing: Option<i64> =
            sqlx::query_scalar("SELECT id FROM plans WHERE quarter_id = $1")
                .bind(quarter_id)
                .fetch_optional(&mut *tx)
                .await?;
        let (id, action) = match existing {
            Some(id) => {
                sqlx::query("UPDATE plans SET title = $1, published = $2 WHERE id = $3")
                    .bind(title)
                    .bind(i64::from(published))
                    .bind(id)
                    .execute(&mut *tx)
                    .await?;
                (id, "update")
            }
            None => {
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO plans (quarter_id, title, published, created_at, updated_at) VALUES ($1, $2, $3, $4, $4) RETURNING id",
                )
                .bind(quarter_id)
                .bind(title)
                .bind(i64::from(published))
                .bind(at)
                .fetch_one(&mut *tx)
                .await
                .map_err(|e| DbError::from_insert(e, "plan"))?;
                (id, "create")
            }
        };
        let snap = json!({ "title": title, "published": published });
        record(
            &mut tx,
            id,
            Change {
                entity: "plan",
                entity_id: id,
                action: action,
                snapshot: &snap,
                by,
                at,
            },
        )
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Adds a field of action.
    pub async fn insert_plan_field(
        &self,
        plan_id: i64,
        f: &FieldDraft,
        by: &str,
        at: i64,
    ) -> Result<i64, DbError> {
        let mut tx = self.pool().begin().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO plan_fields (plan_id, code, name, description, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id",
        )
        .bind(plan_id)
        .bind(&f.code)
        .bind(&f.name)
        .bind(&f.description)
        .bind(at)
        .fetch_one(&mut *tx)
        .await
        .map_err(|e| DbError::from_insert(e, "code"))?;
        let snap = field_snapshot(f);
        record(
            &mut tx,
            plan_id,
            Change {
                entity: "field",
                entity_id: id,
                action: "create",
                snapshot: &snap,
                by,
                at,
            },
        )
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Adds a goal.
    pub async fn insert_plan_goal(
        &self,
        plan_id: i64,
        g: &GoalDraft,
        by: &str,
        at: i64,
    ) -> Result<i64, DbError> {
        let mut tx = self.pool().begin().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO plan_goals (plan_id, field_id, parent_id, level, code, text, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
        )
        .bind(plan_id)
        .bind(g.field_id)
        .bind(g.parent_id)
        .bind(&g.level)
        .bind(&g.code)
        .bind(&g.text)
        .bind(at)
        .fetch_one(&mut *tx)
        .await
        .map_err(|e| DbError::from_insert(e, "code"))?;
        let snap = goal_snapshot(&mut tx, g).await?;
        record(
            &mut tx,
            plan_id,
            Change {
                entity: "goal",
                entity_id: id,
                action: "create",
                snapshot: &snap,
                by,
                at,
            },
        )
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Changes a field of action of plan `plan_id` (a new version in the change log).
    pub async fn update_plan_field(
        &self,
        plan_id: i64,
        id: i64,
        f: &FieldDraft,
        by: &str,
        at: i64,
    ) -> Result<(), DbError> {
        let mut tx = self.pool().begin().await?;
        let n = sqlx::query(
            "UPDATE plan_fields SET code = $1, name = $2, description = $3 WHERE id = $4 AND plan_id = $5",
        )
        .bind(&f.code)
        .bind(&f.name)
        .bind(&f.description)
        .bind(id)
        .bind(plan_id)
        .execute(&mut *tx)
        .await
        .map_err(|e| DbError::from_insert(e, "code"))?;
        if n.rows_affected() == 0 {
            return Err(DbError::NotFound);
        }
        let snap = field_snapshot(f);
        record(
            &mut tx,
            plan_id,
            Change {
                entity: "field",
                entity_id: id,
                action: "update",
                snapshot: &snap,
                by,
                at,
            },
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Changes a goal of plan `plan_id` (a new version in the change log).
    pub async fn update_plan_goal(
        &self,
        plan_id: i64,
        id: i64,
        g: &GoalDraft,
        by: &str,
        at: i64,
    ) -> Result<(), DbError> {
        let mut tx = self.pool().begin().await?;
        let n = sqlx::query(
            "UPDATE plan_goals SET field_id = $1, parent_id = $2, level = $3, code = $4, text = $5 WHERE id = $6 AND plan_id = $7",
        )
        .bind(g.field_id)
        .bind(g.parent_id)
        .bind(&g.level)
        .bind(&g.code)
        .bind(&g.text)
        .bind(id)
        .bind(plan_id)
        .execute(&mut *tx)
        .await
        .map_err(|e| DbError::from_insert(e, "code"))?;
        if n.rows_affected() == 0 {
            return Err(DbError::NotFound);
        }
        let snap = goal_snapshot(&mut tx, g).await?;
        record(
            &mut tx,
            plan_id,
            Change {
                entity: "goal",
                entity_id: id,
                action: "update",
                snapshot: &snap,
                by,
                at,
            },
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Removes indicator `indicator_id` from measure `measure_id` with its actual
    /// values. The measure's change log keeps it: the snapshot before holds the
    /// indicator with its latest value, the new one records it as removed.
    pub async fn remove_plan_indicator(
        &self,
        measure_id: i64,
        indicator_id: i64,
        by: &str,
        at: i64,
    ) -> Result<(), DbError> {
        let mut tx = self.pool().begin().await?;
        let plan_id = plan_of_measure(&mut tx, measure_id).await?;
        check_indicator(&mut tx, indicator_id, measure_id).await?;
        sqlx::query("DELETE FROM plan_actuals WHERE indicator_id = $1")
            .bind(indicator_id)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM plan_indicators WHERE id = $1")
            .bind(indicator_id)
            .execute(&mut *tx)
            .await?;
        sqlx::query("UPDATE plan_measures SET updated_at = $1 WHERE id = $2")
            .bind(at)
            .bind(measure_id)
            .execute(&mut *tx)
            .await?;
        record_measure(&mut tx, plan_id, measure_id, "update", by, at).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Creates (`id` none) or changes a measure with its indicators; returns its id.
    pub async fn save_plan_measure(
        &self,
        plan_id: i64,
        id: Option<i64>,
        m: &MeasureDraft,
        indicators: &[IndicatorDraft],
        by: &str,
        at: i64,
    ) -> Result<i64, DbError> {
        let mut tx = self.pool().begin().await?;
        let partners = serde_json::to_string(&m.partner_ids).unwrap_or_else(|_| "[]".into());
        let groups = serde_json::to_string(&m.target_groups).unwrap_or_else(|_| "[]".into());
        let (mid, action) = match id {
            None => {
                // The shared columns take $1–$20 in both statements (see `bind_measure`).
                let row = bind_measure(
                    sqlx::query(
                        "INSERT INTO plan_measures (field_id, goal_id, code, title, description, lead_actor_id, lead_text, partner_ids, target_groups, place, cost_eur, funding, funding_secured, start_on, end_on, priority, status, blocked, status_note, updated_at, plan_id, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, CAST($11 AS DOUBLE PRECISION), $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $20) RETURNING id",
                    ),
                    m,
                    &partners,
                    &groups,
                    at,
                )
                .bind(plan_id)
                .fetch_one(&mut *tx)
                .await
                .map_err(|e| DbError::from_insert(e, "code"))?;
                let mid: i64 = sqlx::Row::try_get(&row, 0)?;
                (mid, "create")
            }
            Some(mid) => {
                let n = bind_measure(
                    sqlx::query(
                        "UPDATE plan_measures SET field_id = $1, goal_id = $2, code = $3, title = $4, description = $5, lead_actor_id = $6, lead_text = $7, partner_ids = $8, target_groups = $9, place = $10, cost_eur = CAST($11 AS DOUBLE PRECISION), funding = $12, funding_secured = $13, start_on = $14, end_on = $15, priority = $16, status = $17, blocked = $18, status_note = $19, updated_at = $20 WHERE id = $21 AND plan_id = $22",
                    ),
                    m,
                    &partners,
                    &groups,
                    at,
                )
                .bind(mid)
                .bind(plan_id)
                .execute(&mut *tx)
                .await
                .map_err(|e| DbError::from_insert(e, "code"))?;
                if n.rows_affected() == 0 {
                    return Err(DbError::NotFound);
                }
                (mid, "update")
            }
        };
        for i in indicators {
            match i.id {
                Some(iid) => {
                    sqlx::query(
                        "UPDATE plan_indicators SET name = $1, level = $2, unit = $3, baseline = $4, target = $5 WHERE id = $6 AND measure_id = $7",
                    )
                    .bind(&i.name)
                    .bind(&i.level)
                    .bind(&i.unit)
                    .bind(i.baseline)
                    .bind(i.target)
                    .bind(iid)
                    .bind(mid)
                    .execute(&mut *tx)
                    .await?;
                }
                None => {
                    sqlx::query(
                        "INSERT INTO plan_indicators (measure_id, name, level, unit, baseline, target, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
                    )
                    .bind(mid)
                    .bind(&i.name)
                    .bind(&i.level)
                    .bind(&i.unit)
                    .bind(i.baseline)
                    .bind(i.target)
                    .bind(at)
                    .execute(&mut *tx)
                    .await?;
                }
            }
        }
        record_measure(&mut tx, plan_id, mid, action, by, at).await?;
        tx.commit().await?;
        Ok(mid)
    }

    /// Records progress on a measure: an actual value and/or a status change.
    pub async fn record_plan_progress(
        &self,
        measure_id: i64,
        p: &Progress,
        by: &str,
        at: i64,
    ) -> Result<(), DbError> {
        let mut tx = self.pool().begin().await?;
        let plan_id = plan_of_measure(&mut tx, measure_id).await?;
        if let Some((iid, value, on, note)) = &p.actual {
            check_indicator(&mut tx, *iid, measure_id).await?;
            sqlx::query(
                "INSERT INTO plan_actuals (indicator_id, measured_on, value, note, recorded_by, recorded_at) VALUES ($1, $2, $3, $4, $5, $6)",
            )
            .bind(iid)
            .bind(on)
            .bind(value)
            .bind(note)
            .bind(by)
            .bind(at)
            .execute(&mut *tx)
            .await?;
        }
        if let Some((status, blocked, note)) = &p.status {
            sqlx::query(
                "UPDATE plan_measures SET status = $1, blocked = $2, status_note = $3, updated_at = $4 WHERE id = $5",
            )
            .bind(status)
            .bind(i64::from(*blocked))
            .bind(note)
            .bind(at)
            .bind(measure_id)
            .execute(&mut *tx)
            .await?;
        }
        record_measure(&mut tx, plan_id, measure_id, "update", by, at).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Adds a milestone (`done_id` none) or marks milestone `done_id` as reached.
    pub async fn save_plan_milestone(
        &self,
        measure_id: i64,
        new: Option<(&str, &str)>,
        done_id: Option<i64>,
        by: &str,
        at: i64,
    ) -> Result<(), DbError> {
        let mut tx = self.pool().begin().await?;
        let plan_id = plan_of_measure(&mut tx, measure_id).await?;
        if let Some((title, due)) = new {
            sqlx::query(
                "INSERT INTO plan_milestones (measure_id, title, due_on, done, created_at) VALUES ($1, $2, $3, 0, $4)",
            )
            .bind(measure_id)
            .bind(title)
            .bind(due)
            .bind(at)
            .execute(&mut *tx)
            .await?;
        }
        if let Some(mid) = done_id {
            let n = sqlx::query(
                "UPDATE plan_milestones SET done = 1 WHERE id = $1 AND measure_id = $2",
            )
            .bind(mid)
            .bind(measure_id)
            .execute(&mut *tx)
            .await?;
            if n.rows_affected() == 0 {
                return Err(DbError::NotFound);
            }
        }
        record_measure(&mut tx, plan_id, measure_id, "update", by, at).await?;
        tx.commit().await?;
        Ok(())
    }
}

/// Binds a measure's columns as `$1`–`$20` (field … status note, then the change time), the
/// part its INSERT and UPDATE share.
fn bind_measure<'q>(
    q: sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>>,
    m: &'q MeasureDraft,
    partners: &'q str,
    groups: &'q str,
    at: i64,
) -> sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>> {
    q.bind(m.field_id)
        .bind(m.goal_id)
        .bind(&m.code)
        .bind(&m.title)
        .bind(&m.description)
        .bind(m.lead_actor_id)
        .bind(&m.lead_text)
        .bind(partners)
        .bind(groups)
        .bind(&m.place)
        .bind(crate::float_param(m.cost_eur))
        .bind(&m.funding)
        .bind(i64::from(m.funding_secured))
        .bind(&m.start_on)
        .bind(&m.end_on)
        .bind(m.priority)
        .bind(&m.status)
        .bind(i64::from(m.blocked))
        .bind(&m.status_note)
        .bind(at)
}
