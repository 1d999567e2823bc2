//! Jury members, conflict-of-interest declarations, scores, votes and decisions.

use serde::Serialize;
use sqlx::FromRow;

use crate::{Db, DbError, now};

/// A jury member of a round.
#[derive(Debug, Clone, FromRow, Serialize)]
pub struct Member {
    /// Row id.
    pub id: i64,
    /// Round.
    pub round_id: i64,
    /// Account, if the member logs in.
    pub user_id: Option<i64>,
    /// Name.
    pub name: String,
    /// 1 lives in the area.
    pub resident: i64,
    /// Age.
    pub age: Option<i64>,
    /// 1 neighbourhood team.
    pub staff: i64,
}

/// A declared conflict.
#[derive(Debug, Clone, FromRow, Serialize)]
pub struct ConflictRow {
    /// Member.
    pub member_id: i64,
    /// Application.
    pub application_id: i64,
    /// Reason given.
    pub reason: String,
}

/// One score.
#[derive(Debug, Clone, FromRow, Serialize)]
pub struct ScoreRow {
    /// Member.
    pub member_id: i64,
    /// Application.
    pub application_id: i64,
    /// Criterion id.
    pub criterion: String,
    /// Score.
    pub score: i64,
}

/// One vote.
#[derive(Debug, Clone, FromRow, Serialize)]
pub struct VoteRow {
    /// Member.
    pub member_id: i64,
    /// Application.
    pub application_id: i64,
    /// yes, no, abstain.
    pub choice: String,
}

/// A stored decision.
#[derive(Debug, Clone, FromRow, Serialize)]
pub struct DecisionRow {
    /// Application.
    pub application_id: i64,
    /// 1 funded.
    pub funded: i64,
    /// Amount in cents.
    pub amount_cents: i64,
    /// Refusal (JSON) when not funded.
    pub refusal: String,
    /// Tally (JSON).
    pub tally: String,
    /// When.
    pub decided_at: i64,
}

impl Db {
    /// Adds a member to a round's jury.
    pub async fn fund_member_add(
        &self,
        round_id: i64,
        user_id: Option<i64>,
        name: &str,
        resident: bool,
        age: Option<i64>,
        staff: bool,
    ) -> Result<i64, DbError> {
        sqlx::query_scalar(
            "INSERT INTO fund_jury_members (round_id, user_id, name, resident, age, staff, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
        )
        .bind(round_id)
        .bind(user_id)
        .bind(name)
        .bind(i64::from(resident))
        .bind(age)
        .bind(i64::from(staff))
        .bind(now())
        .fetch_one(self.pool())
        .await
        .map_err(|e| DbError::from_insert(e, "jury member"))
    }

    /// The jury of a round.
    pub async fn fund_members(&self, round_id: i64) -> Result<Vec<Member>, DbError> {
        Ok(sqlx::query_as(
            "SELECT id, round_id, user_id, name, resident, age, staff FROM fund_jury_members WHERE round_id = $1 ORDER BY id",
        )
        .bind(round_id)
        .fetch_all(self.pool())
        .await?)
    }

    /// The member row of an account in a round.
    pub async fn fund_member_of_user(
        &self,
        round_id: i64,
        user_id: i64,
    ) -> Result<Option<Member>, DbError> {
        Ok(sqlx::query_as(
            "SELECT id, round_id, user_id, name, resident, age, staff FROM fund_jury_members WHERE round_id = $1 AND user_id = $2",
        )
        .bind(round_id)
        .bind(user_id)
        .fetch_optional(self.pool())
        .await?)
    }

    /// Declares a conflict of interest; the member's scores and vote on that application are removed.
    pub async fn fund_declare_conflict(
        &self,
        member_id: i64,
        application_id: i64,
        reason: &str,
    ) -> Result<(), DbError> {
        let mut tx = self.pool().begin().await?;
        sqlx::query(
            "INSERT INTO fund_conflicts (member_id, application_id, reason, declared_at) VALUES ($1, $2, $3, $4)",
        )
        .bind(member_id)
        .bind(application_id)
        .bind(reason)
        .bind(now())
        .execute(&mut *tx)
        .await
        .map_err(|e| DbError::from_insert(e, "conflict"))?;
        for table in ["fund_scores", "fund_votes"] {
            sqlx::query(&format!(
                "DELETE FROM {table} WHERE member_id = $1 AND application_id = $2"
            ))
            .bind(member_id)
            .bind(application_id)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// The conflicts declared in a round.
    pub async fn fund_conflicts(&self, round_id: i64) -> Result<Vec<ConflictRow>, DbError> {
        Ok(sqlx::query_as(
            "SELECT c.member_id, c.application_id, c.reason FROM fund_conflicts c JOIN fund_jury_members m ON m.id = c.member_id \
             WHERE m.round_id = $1 ORDER BY c.member_id, c.application_id",
        )
        .bind(round_id)
        .fetch_all(self.pool())
        .await?)
    }

    /// Replaces a member's scores for an application (the caller has checked the sheet with the rules).
    pub async fn fund_save_scores(
        &self,
        member_id: i64,
        application_id: i64,
        scores: &[(String, i64)],
    ) -> Result<(), DbError> {
        let mut tx = self.pool().begin().await?;
        sqlx::query("DELETE FROM fund_scores WHERE member_id = $1 AND application_id = $2")
            .bind(member_id)
            .bind(application_id)
            .execute(&mut *tx)
            .await?;
        for (criterion, score) in scores {
            sqlx::query(
                "INSERT INTO fund_scores (member_id, application_id, criterion, score, created_at) VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(member_id)
            .bind(application_id)
            .bind(criterion)
            .bind(*score)
            .bind(now())
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Every score of a round.
    pub async fn fund_scores(&self, round_id: i64) -> Result<Vec<ScoreRow>, DbError> {
        Ok(sqlx::query_as(
            "SELECT s.member_id, s.application_id, s.criterion, s.score FROM fund_scores s JOIN fund_jury_members m ON m.id = s.member_id \
             WHERE m.round_id = $1 ORDER BY s.application_id, s.member_id, s.criterion",
        )
        .bind(round_id)
        .fetch_all(self.pool())
        .await?)
    }

    /// Records (or changes) a member's vote.
    pub async fn fund_save_vote(
        &self,
        member_id: i64,
        application_id: i64,
        choice: &str,
    ) -> Result<(), DbError> {
        let mut tx = self.pool().begin().await?;
        sqlx::query("DELETE FROM fund_votes WHERE member_id = $1 AND application_id = $2")
            .bind(member_id)
            .bind(application_id)
            .execute(&mut *tx)
            .await?;
        sqlx::query("INSERT INTO fund_votes (member_id, application_id, choice, created_at) VALUES ($1, $2, $3, $4)")
            .bind(member_id)
            .bind(application_id)
            .bind(choice)
            .bind(now())
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Every vote of a round.
    pub async fn fund_votes(&self, round_id: i64) -> Result<Vec<VoteRow>, DbError> {
        Ok(sqlx::query_as(
            "SELECT v.member_id, v.application_id, v.choice FROM fund_votes v JOIN fund_jury_members m ON m.id = v.member_id \
             WHERE m.round_id = $1 ORDER BY v.application_id, v.member_id",
        )
        .bind(round_id)
        .fetch_all(self.pool())
        .await?)
    }

    /// Stores a round's decisions (replacing earlier ones), sets application statuses and closes the round.
    pub async fn fund_save_decisions(
        &self,
        round_id: i64,
        decisions: &[(i64, Option<i64>, String, String)],
        by: Option<i64>,
    ) -> Result<(), DbError> {
        let mut tx = self.pool().begin().await?;
        sqlx::query("DELETE FROM fund_decisions WHERE round_id = $1")
            .bind(round_id)
            .execute(&mut *tx)
            .await?;
        let t = now();
        for (app, amount, refusal, tally) in decisions {
            sqlx::query(
                "INSERT INTO fund_decisions (application_id, round_id, funded, amount_cents, refusal, tally, decided_by, decided_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            )
            .bind(*app)
            .bind(round_id)
            .bind(i64::from(amount.is_some()))
            .bind(amount.unwrap_or(0))
            .bind(refusal)
            .bind(tally)
            .bind(by)
            .bind(t)
            .execute(&mut *tx)
            .await?;
            sqlx::query("UPDATE fund_applications SET status = $1, updated_at = $2 WHERE id = $3")
                .bind(if amount.is_some() {
                    "approved"
                } else {
                    "rejected"
                })
                .bind(t)
                .bind(*app)
                .execute(&mut *tx)
                .await?;
        }
        sqlx::query("UPDATE fund_rounds SET status = 'decided' WHERE id = $1")
            .bind(round_id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The decisions of a round.
    pub async fn fund_decisions(&self, round_id: i64) -> Result<Vec<DecisionRow>, DbError> {
        Ok(sqlx::query_as(
            "SELECT application_id, funded, amount_cents, refusal, tally, decided_at FROM fund_decisions WHERE round_id = $1 ORDER BY application_id",
        )
        .bind(round_id)
        .fetch_all(self.pool())
        .await?)
    }

    /// Cents already granted in a fund's year, per pot (`investive` 1/0) from other rounds.
    pub async fn fund_granted_in_year(
        &self,
        fund_id: i64,
        year: i64,
        except_round: i64,
    ) -> Result<Vec<(i64, i64)>, DbError> {
        Ok(sqlx::query_as(
            "SELECT a.investive, CAST(SUM(d.amount_cents) AS BIGINT) FROM fund_decisions d \
             JOIN fund_applications a ON a.id = d.application_id JOIN fund_rounds r ON r.id = d.round_id \
             WHERE r.fund_id = $1 AND r.year = $2 AND r.id <> $3 AND d.funded = 1 GROUP BY a.investive",
        )
        .bind(fund_id)
        .bind(year)
        .bind(except_round)
        .fetch_all(self.pool())
        .await?)
    }
}
