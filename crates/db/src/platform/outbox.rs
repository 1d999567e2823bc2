//! The email outbox: every mail is stored first, then sent by a worker with
//! retries. Claims are leases, so several app nodes can drain one outbox.

use serde::Serialize;
use sqlx::FromRow;

use crate::{Db, DbError, now};

/// A stored email.
#[derive(Debug, Clone, FromRow, Serialize)]
pub struct OutboxMail {
    /// Row id.
    pub id: i64,
    /// Recipient.
    pub to_addr: String,
    /// Subject line.
    pub subject: String,
    /// Plain-text body.
    pub body_text: String,
    /// `pending`, `sent` or `failed`.
    pub status: String,
    /// Delivery attempts so far.
    pub attempts: i64,
    /// Last delivery error.
    pub last_error: String,
    /// Creation time.
    pub created_at: i64,
}

/// After this many failed attempts a mail is marked `failed`.
pub const MAX_ATTEMPTS: i64 = 8;

const COLS: &str = "id, to_addr, subject, body_text, status, attempts, last_error, created_at";

impl Db {
    /// Queues a mail.
    pub async fn enqueue_mail(&self, to: &str, subject: &str, body: &str) -> Result<i64, DbError> {
        let t = now();
        Ok(sqlx::query_scalar(
            "INSERT INTO outbox (to_addr, subject, body_text, next_attempt_at, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id",
        )
        .bind(to)
        .bind(subject)
        .bind(body)
        .bind(t)
        .bind(t)
        .fetch_one(self.pool())
        .await?)
    }

    /// Claims up to `limit` due mails for `worker` for `lease_secs`.
    pub async fn claim_mails(
        &self,
        worker: &str,
        limit: i64,
        lease_secs: i64,
    ) -> Result<Vec<OutboxMail>, DbError> {
        let t = now();
        sqlx::query(
            "UPDATE outbox SET claimed_by = $1, claimed_until = $2 WHERE id IN (SELECT id FROM outbox WHERE status = 'pending' AND next_attempt_at <= $3 AND claimed_until < $3 ORDER BY id LIMIT $4)",
        )
        .bind(worker)
        .bind(t + lease_secs)
        .bind(t)
        .bind(limit)
        .execute(self.pool())
        .await?;
        let sql = format!(
            "SELECT {COLS} FROM outbox WHERE status = 'pending' AND claimed_by = $1 AND claimed_until = $2 ORDER BY id"
        );
        Ok(sqlx::query_as::<_, OutboxMail>(&sql)
            .bind(worker)
            .bind(t + lease_secs)
            .fetch_all(self.pool())
            .await?)
    }

    /// Records a successful delivery.
    pub async fn mark_mail_sent(&self, id: i64) -> Result<(), DbError> {
        sqlx::query("UPDATE outbox SET status = 'sent', sent_at = $1, attempts = attempts + 1, claimed_until = 0 WHERE id = $2")
            .bind(now())
            .bind(id)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// Records a failed attempt; retries with exponential back-off, gives up after [`MAX_ATTEMPTS`].
    pub async fn mark_mail_failed(
        &self,
        id: i64,
        attempts_before: i64,
        error: &str,
    ) -> Result<(), DbError> {
        let attempts = attempts_before + 1;
        let status = if attempts >= MAX_ATTEMPTS {
            "failed"
        } else {
            "pending"
        };
        let backoff = 30_i64.saturating_mul(1_i64 << attempts.min(16));
        sqlx::query(
            "UPDATE outbox SET status = $1, attempts = $2, last_error = $3, next_attempt_at = $4, claimed_until = 0 WHERE id = $5",
        )
        .bind(status)
        .bind(attempts)
        .bind(error)
        .bind(now() + backoff)
        .bind(id)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// The newest mails, optionally only those to one address (tests read verification links here).
    pub async fn outbox(&self, to: Option<&str>, limit: i64) -> Result<Vec<OutboxMail>, DbError> {
        let sql = format!(
            "SELECT {COLS} FROM outbox WHERE ($1 = '' OR to_addr = $1) ORDER BY id DESC LIMIT $2"
        );
        Ok(sqlx::query_as::<_, OutboxMail>(&sql)
            .bind(to.unwrap_or("").to_lowercase())
            .bind(limit)
            .fetch_all(self.pool())
            .await?)
    }
}
