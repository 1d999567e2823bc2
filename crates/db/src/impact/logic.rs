//! The logic model (Wirkungslogik): one statement, its indicators and the
//! evidence so far for each of PHINEO's seven steps, per programme (quarter)
//! and per measure.

use serde::Serialize;
use sqlx::FromRow;

use crate::{Db, DbError, now};

/// One step of a logic model.
#[derive(Debug, Clone, FromRow, Serialize)]
pub struct LogicStep {
    /// The programme's quarter.
    pub quarter_id: i64,
    /// The measure (0 = the programme as a whole).
    pub measure_id: i64,
    /// Step 1–7.
    pub step: i64,
    /// What is to happen at this step.
    pub statement: String,
    /// Indicators (one per line).
    pub indicators: String,
    /// Evidence reached so far.
    pub evidence: String,
}

impl Db {
    /// The steps of a logic model, step 1 first (missing steps are absent).
    pub async fn logic_steps(
        &self,
        quarter_id: i64,
        measure_id: i64,
    ) -> Result<Vec<LogicStep>, DbError> {
        Ok(sqlx::query_as::<_, LogicStep>(
            "SELECT quarter_id, measure_id, step, statement, indicators, evidence FROM impact_logic_steps WHERE quarter_id = $1 AND measure_id = $2 ORDER BY step",
        )
        .bind(quarter_id)
        .bind(measure_id)
        .fetch_all(self.pool())
        .await?)
    }

    /// Saves the steps of a logic model (insert or replace each step).
    pub async fn save_logic_steps(&self, steps: &[LogicStep]) -> Result<(), DbError> {
        let mut tx = self.pool().begin().await?;
        for s in steps {
            sqlx::query(
                "INSERT INTO impact_logic_steps (quarter_id, measure_id, step, statement, indicators, evidence, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7) \
                 ON CONFLICT (quarter_id, measure_id, step) DO UPDATE SET statement = excluded.statement, indicators = excluded.indicators, evidence = excluded.evidence, updated_at = excluded.updated_at",
            )
            .bind(s.quarter_id)
            .bind(s.measure_id)
            .bind(s.step)
            .bind(&s.statement)
            .bind(&s.indicators)
            .bind(&s.evidence)
            .bind(now())
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }
}
