//! Moderation: reports with a reason, hiding with a public reason.

use serde::Serialize;
use sqlx::FromRow;

use crate::{Db, DbError};

/// A report of an idea or comment.
#[derive(Debug, Clone, FromRow, Serialize)]
pub struct Report {
    /// Row id.
    pub id: i64,
    /// Dialogue.
    pub dialogue_id: i64,
    /// Idea (reported or carrying the reported comment).
    pub idea_id: i64,
    /// Reported comment, if the report is about one.
    pub comment_id: Option<i64>,
    /// Reason given.
    pub reason: String,
    /// Reporting account.
    pub user_id: Option<i64>,
    /// When resolved.
    pub resolved_at: Option<i64>,
    /// Outcome (`hidden`, `kept`).
    pub outcome: String,
    /// When reported.
    pub created_at: i64,
}

impl Db {
    /// Records a report.
    pub async fn report_contribution(
        &self,
        dialogue_id: i64,
        idea_id: i64,
        comment_id: Option<i64>,
        reason: &str,
        user_id: Option<i64>,
        at: i64,
    ) -> Result<i64, DbError> {
        Ok(sqlx::query_scalar(
            "INSERT INTO moderation_reports (dialogue_id, idea_id, comment_id, reason, user_id, created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(dialogue_id)
        .bind(idea_id)
        .bind(comment_id)
        .bind(reason)
        .bind(user_id)
        .bind(at)
        .fetch_one(self.pool())
        .await?)
    }

    /// Open reports of a dialogue, oldest first.
    pub async fn open_reports(&self, dialogue_id: i64) -> Result<Vec<Report>, DbError> {
        Ok(sqlx::query_as(
            "SELECT id, dialogue_id, idea_id, comment_id, reason, user_id, resolved_at, outcome, created_at FROM moderation_reports WHERE dialogue_id = $1 AND resolved_at IS NULL ORDER BY created_at, id",
        )
        .bind(dialogue_id)
        .fetch_all(self.pool())
        .await?)
    }

    /// Closes the open reports of an idea or comment with an outcome.
    async fn resolve_reports(
        tx: &mut sqlx::AnyConnection,
        idea_id: i64,
        comment_id: Option<i64>,
        by: i64,
        outcome: &str,
        at: i64,
    ) -> Result<(), DbError> {
        let q = match comment_id {
            Some(c) => sqlx::query(
                "UPDATE moderation_reports SET resolved_at = $1, resolved_by = $2, outcome = $3 WHERE idea_id = $4 AND comment_id = $5 AND resolved_at IS NULL",
            )
            .bind(at)
            .bind(by)
            .bind(outcome)
            .bind(idea_id)
            .bind(c),
            None => sqlx::query(
                "UPDATE moderation_reports SET resolved_at = $1, resolved_by = $2, outcome = $3 WHERE idea_id = $4 AND comment_id IS NULL AND resolved_at IS NULL",
            )
            .bind(at)
            .bind(by)
            .bind(outcome)
            .bind(idea_id),
        };
        q.execute(&mut *tx).await?;
        Ok(())
    }

    /// Hides an idea with a public reason (it stays listed as hidden) and closes its reports.
    pub async fn hide_idea(
        &self,
        idea_id: i64,
        reason: &str,
        by: i64,
        at: i64,
    ) -> Result<(), DbError> {
        let mut tx = self.pool().begin().await?;
        let n = sqlx::query(
            "UPDATE ideas SET hidden_reason = $2, hidden_by = $3, hidden_at = $4, updated_at = $4 WHERE id = $1",
        )
        .bind(idea_id)
        .bind(reason)
        .bind(by)
        .bind(at)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if n == 0 {
            return Err(DbError::NotFound);
        }
        Db::resolve_reports(&mut tx, idea_id, None, by, "hidden", at).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Hides a comment with a public reason, uncounts it and closes its reports.
    pub async fn hide_comment(
        &self,
        comment_id: i64,
        reason: &str,
        by: i64,
        at: i64,
    ) -> Result<(), DbError> {
        let mut tx = self.pool().begin().await?;
        let idea: Option<(i64, Option<i64>)> =
            sqlx::query_as("SELECT idea_id, hidden_at FROM idea_comments WHERE id = $1")
                .bind(comment_id)
                .fetch_optional(&mut *tx)
                .await?;
        let Some((idea_id, hidden)) = idea else {
            return Err(DbError::NotFound);
        };
        sqlx::query("UPDATE idea_comments SET hidden_reason = $2, hidden_by = $3, hidden_at = $4 WHERE id = $1")
            .bind(comment_id)
            .bind(reason)
            .bind(by)
            .bind(at)
            .execute(&mut *tx)
            .await?;
        if hidden.is_none() {
            sqlx::query("UPDATE ideas SET comments = comments - 1 WHERE id = $1 AND comments > 0")
                .bind(idea_id)
                .execute(&mut *tx)
                .await?;
        }
        Db::resolve_reports(&mut tx, idea_id, Some(comment_id), by, "hidden", at).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Closes a report without hiding anything.
    pub async fn dismiss_report(&self, report_id: i64, by: i64, at: i64) -> Result<(), DbError> {
        let n = sqlx::query(
            "UPDATE moderation_reports SET resolved_at = $2, resolved_by = $3, outcome = 'kept' WHERE id = $1 AND resolved_at IS NULL",
        )
        .bind(report_id)
        .bind(at)
        .bind(by)
        .execute(self.pool())
        .await?
        .rows_affected();
        if n == 0 {
            return Err(DbError::NotFound);
        }
        Ok(())
    }
}
