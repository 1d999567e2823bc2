//! Audit log of administrative actions.

use serde::Serialize;
use sqlx::FromRow;

use crate::{Db, DbError, now};

/// One audit entry.
#[derive(Debug, Clone, FromRow, Serialize)]
pub struct AuditEntry {
    /// Row id.
    pub id: i64,
    /// When (Unix seconds).
    pub at: i64,
    /// Who (label kept even after the account is deleted).
    pub actor_label: String,
    /// What, as a stable key (`role.grant`, `user.delete`, …).
    pub action: String,
    /// On what.
    pub target: String,
    /// Details.
    pub detail: String,
}

impl Db {
    /// Appends an entry.
    pub async fn audit(
        &self,
        actor_user_id: Option<i64>,
        actor_label: &str,
        action: &str,
        target: &str,
        detail: &str,
    ) -> Result<(), DbError> {
        sqlx::query(
            "INSERT INTO audit_log (at, actor_user_id, actor_label, action, target, detail) VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(now())
        .bind(actor_user_id)
        .bind(actor_label)
        .bind(action)
        .bind(target)
        .bind(detail)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// The newest entries, optionally only those of one action.
    pub async fn audit_entries(
        &self,
        action: &str,
        limit: i64,
    ) -> Result<Vec<AuditEntry>, DbError> {
        Ok(sqlx::query_as::<_, AuditEntry>(
            "SELECT id, at, actor_label, action, target, detail FROM audit_log WHERE ($1 = '' OR action = $1) ORDER BY id DESC LIMIT $2",
        )
        .bind(action)
        .bind(limit)
        .fetch_all(self.pool())
        .await?)
    }
}
