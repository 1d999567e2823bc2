//! Reading plans, their contents and their change log.

use super::{
    Actual, CHANGES, MEASURE_COLS, Milestone, Plan, PlanChange, PlanData, PlanField, PlanGoal,
    PlanIndicator, PlanMeasure, PlanState,
};
use crate::{Db, DbError};

impl Db {
    /// The plan of a quarter, if one exists.
    pub async fn plan_of_quarter(&self, quarter_id: i64) -> Result<Option<Plan>, DbError> {
        Ok(sqlx::query_as::<_, Plan>(
            "SELECT id, quarter_id, title, published, created_at, updated_at FROM plans WHERE quarter_id = $1",
        )
        .bind(quarter_id)
        .fetch_optional(self.pool())
        .await?)
    }

    /// Every plan (for the overview), by quarter.
    pub async fn plans(&self) -> Result<Vec<Plan>, DbError> {
        Ok(sqlx::query_as::<_, Plan>(
            "SELECT id, quarter_id, title, published, created_at, updated_at FROM plans ORDER BY quarter_id",
        )
        .fetch_all(self.pool())
        .await?)
    }

    /// Everything of a plan: fields, goals, measures, milestones, indicators, actuals.
    pub async fn plan_data(&self, plan_id: i64) -> Result<PlanData, DbError> {
        let pool = self.pool();
        let fields = sqlx::query_as::<_, PlanField>(
            "SELECT id, plan_id, code, name, description FROM plan_fields WHERE plan_id = $1 ORDER BY code, id",
        )
        .bind(plan_id)
        .fetch_all(pool)
        .await?;
        let goals = sqlx::query_as::<_, PlanGoal>(
            "SELECT id, plan_id, field_id, parent_id, level, code, text FROM plan_goals WHERE plan_id = $1 ORDER BY code, id",
        )
        .bind(plan_id)
        .fetch_all(pool)
        .await?;
        let sql = format!(
            "SELECT {MEASURE_COLS} FROM plan_measures WHERE plan_id = $1 ORDER BY code, id"
        );
        let measures = sqlx::query_as::<_, PlanMeasure>(&sql)
            .bind(plan_id)
            .fetch_all(pool)
            .await?;
        let milestones = sqlx::query_as::<_, Milestone>(
            "SELECT s.id, s.measure_id, s.title, s.due_on, s.done FROM plan_milestones s JOIN plan_measures m ON m.id = s.measure_id WHERE m.plan_id = $1 ORDER BY s.due_on, s.id",
        )
        .bind(plan_id)
        .fetch_all(pool)
        .await?;
        let indicators = sqlx::query_as::<_, PlanIndicator>(
            "SELECT i.id, i.measure_id, i.name, i.level, i.unit, i.baseline, i.target FROM plan_indicators i JOIN plan_measures m ON m.id = i.measure_id WHERE m.plan_id = $1 ORDER BY i.id",
        )
        .bind(plan_id)
        .fetch_all(pool)
        .await?;
        let actuals = sqlx::query_as::<_, Actual>(
            "SELECT a.id, a.indicator_id, a.measured_on, a.value, a.note, a.recorded_by, a.recorded_at FROM plan_actuals a JOIN plan_indicators i ON i.id = a.indicator_id JOIN plan_measures m ON m.id = i.measure_id WHERE m.plan_id = $1 ORDER BY a.measured_on, a.id",
        )
        .bind(plan_id)
        .fetch_all(pool)
        .await?;
        Ok(PlanData {
            fields,
            goals,
            measures,
            milestones,
            indicators,
            actuals,
        })
    }

    /// One measure.
    pub async fn plan_measure(&self, id: i64) -> Result<Option<PlanMeasure>, DbError> {
        let sql = format!("SELECT {MEASURE_COLS} FROM plan_measures WHERE id = $1");
        Ok(sqlx::query_as::<_, PlanMeasure>(&sql)
            .bind(id)
            .fetch_optional(self.pool())
            .await?)
    }

    /// The plan a measure belongs to.
    pub async fn plan_by_id(&self, id: i64) -> Result<Option<Plan>, DbError> {
        Ok(sqlx::query_as::<_, Plan>(
            "SELECT id, quarter_id, title, published, created_at, updated_at FROM plans WHERE id = $1",
        )
        .bind(id)
        .fetch_optional(self.pool())
        .await?)
    }

    /// The change log of a plan, newest first (at most `limit` entries).
    pub async fn plan_changes(&self, plan_id: i64, limit: i64) -> Result<Vec<PlanChange>, DbError> {
        Ok(sqlx::query_as::<_, PlanChange>(
            "SELECT id, plan_id, entity, entity_id, action, changed_at, changed_by, diff, snapshot FROM plan_changes WHERE plan_id = $1 ORDER BY changed_at DESC, id DESC LIMIT $2",
        )
        .bind(plan_id)
        .bind(limit)
        .fetch_all(self.pool())
        .await?)
    }

    /// The change log of one measure, newest first.
    pub async fn measure_changes(&self, measure_id: i64) -> Result<Vec<PlanChange>, DbError> {
        Ok(sqlx::query_as::<_, PlanChange>(
            "SELECT id, plan_id, entity, entity_id, action, changed_at, changed_by, diff, snapshot FROM plan_changes WHERE entity = 'measure' AND entity_id = $1 ORDER BY changed_at DESC, id DESC",
        )
        .bind(measure_id)
        .fetch_all(self.pool())
        .await?)
    }

    /// The plan as it was at `until` (Unix seconds): the newest snapshot of every
    /// entity changed at or before then, keyed by (entity, id).
    pub async fn plan_state_at(&self, plan_id: i64, until: i64) -> Result<PlanState, DbError> {
        CHANGES.state_at(self, plan_id, until).await
    }
}
