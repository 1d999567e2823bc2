//! Background jobs with lease-based claiming, shared by all app nodes.

use sqlx::FromRow;

use crate::{Db, DbError, now};

/// A claimed job.
#[derive(Debug, Clone, FromRow)]
pub struct Job {
    /// Row id.
    pub id: i64,
    /// Job kind (e.g. `purge_expired`).
    pub kind: String,
    /// JSON payload.
    pub payload: String,
    /// Attempts so far.
    pub attempts: i64,
}

impl Db {
    /// Schedules a job to run at `run_at` (Unix seconds).
    pub async fn enqueue_job(
        &self,
        kind: &str,
        payload: &str,
        run_at: i64,
    ) -> Result<i64, DbError> {
        Ok(sqlx::query_scalar(
            "INSERT INTO jobs (kind, payload, run_at, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
        )
        .bind(kind)
        .bind(payload)
        .bind(run_at)
        .bind(now())
        .fetch_one(self.pool())
        .await?)
    }

    /// Claims one due job for `worker` for `lease_secs`.
    pub async fn claim_job(&self, worker: &str, lease_secs: i64) -> Result<Option<Job>, DbError> {
        let t = now();
        let until = t + lease_secs;
        sqlx::query(
            "UPDATE jobs SET claimed_by = $1, claimed_until = $2 WHERE id = (SELECT id FROM jobs WHERE status = 'pending' AND run_at <= $3 AND claimed_until < $3 ORDER BY run_at, id LIMIT 1)",
        )
        .bind(worker)
        .bind(until)
        .bind(t)
        .execute(self.pool())
        .await?;
        Ok(sqlx::query_as::<_, Job>(
            "SELECT id, kind, payload, attempts FROM jobs WHERE status = 'pending' AND claimed_by = $1 AND claimed_until = $2 ORDER BY id LIMIT 1",
        )
        .bind(worker)
        .bind(until)
        .fetch_optional(self.pool())
        .await?)
    }

    /// Marks a job done.
    pub async fn finish_job(&self, id: i64) -> Result<(), DbError> {
        sqlx::query("UPDATE jobs SET status = 'done', attempts = attempts + 1 WHERE id = $1")
            .bind(id)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// Records a failure; retried later until 5 attempts.
    pub async fn fail_job(&self, job: &Job, error: &str) -> Result<(), DbError> {
        let attempts = job.attempts + 1;
        let status = if attempts >= 5 { "failed" } else { "pending" };
        sqlx::query(
            "UPDATE jobs SET status = $1, attempts = $2, last_error = $3, run_at = $4, claimed_until = 0 WHERE id = $5",
        )
        .bind(status)
        .bind(attempts)
        .bind(error)
        .bind(now() + 60 * attempts)
        .bind(job.id)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// Whether a pending job of this kind exists (to avoid scheduling duplicates).
    pub async fn has_pending_job(&self, kind: &str) -> Result<bool, DbError> {
        let n: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM jobs WHERE kind = $1 AND status = 'pending'")
                .bind(kind)
                .fetch_one(self.pool())
                .await?;
        Ok(n > 0)
    }
}
