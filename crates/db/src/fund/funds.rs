//! Funds, their rule versions and rounds.

use quartier_rules::fund::FundRules;
use serde::Serialize;
use sqlx::FromRow;

use crate::{Db, DbError, now};

/// A fund of a quarter.
#[derive(Debug, Clone, FromRow, Serialize)]
pub struct Fund {
    /// Row id.
    pub id: i64,
    /// Quarter.
    pub quarter_id: i64,
    /// Name.
    pub name: String,
}

/// One version of a fund's rules.
#[derive(Debug, Clone, FromRow, Serialize)]
pub struct RuleVersion {
    /// Version number from 1.
    pub version: i64,
    /// The rules as JSON.
    pub rules_json: String,
    /// Why it changed.
    pub note: String,
    /// Author.
    pub created_by: Option<i64>,
    /// When (Unix seconds).
    pub created_at: i64,
}

impl RuleVersion {
    /// The rules; a stored version always parses (it was checked before saving).
    pub fn rules(&self) -> Result<FundRules, DbError> {
        FundRules::from_json(&self.rules_json)
            .map_err(|e| DbError::Conflict(format!("stored fund rules: {e}")))
    }
}

/// A round of a fund.
#[derive(Debug, Clone, FromRow, Serialize)]
pub struct Round {
    /// Row id.
    pub id: i64,
    /// Fund.
    pub fund_id: i64,
    /// Year.
    pub year: i64,
    /// Number within the year.
    pub round_no: i64,
    /// Deadline (ISO date).
    pub deadline: String,
    /// Jury meeting (ISO date or empty).
    pub jury_date: String,
    /// Rules version that applies.
    pub rules_version: i64,
    /// Decision mode key.
    pub decision_mode: String,
    /// open, jury, decided.
    pub status: String,
}

const ROUND_COLS: &str =
    "id, fund_id, year, round_no, deadline, jury_date, rules_version, decision_mode, status";

impl Db {
    /// Creates a fund with its first rules version.
    pub async fn fund_create(
        &self,
        quarter_id: i64,
        name: &str,
        rules: &FundRules,
        by: Option<i64>,
    ) -> Result<i64, DbError> {
        let mut tx = self.pool().begin().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO fund_funds (quarter_id, name, created_at) VALUES ($1, $2, $3) RETURNING id",
        )
        .bind(quarter_id)
        .bind(name)
        .bind(now())
        .fetch_one(&mut *tx)
        .await
        .map_err(|e| DbError::from_insert(e, "fund"))?;
        sqlx::query(
            "INSERT INTO fund_rule_versions (fund_id, version, rules_json, note, created_by, created_at) VALUES ($1, 1, $2, $3, $4, $5)",
        )
        .bind(id)
        .bind(rules.to_json())
        .bind(format!("profile {}", rules.id))
        .bind(by)
        .bind(now())
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    /// The funds of a quarter.
    pub async fn funds_of_quarter(&self, quarter_id: i64) -> Result<Vec<Fund>, DbError> {
        Ok(sqlx::query_as(
            "SELECT id, quarter_id, name FROM fund_funds WHERE quarter_id = $1 ORDER BY id",
        )
        .bind(quarter_id)
        .fetch_all(self.pool())
        .await?)
    }

    /// All funds.
    pub async fn funds(&self) -> Result<Vec<Fund>, DbError> {
        Ok(
            sqlx::query_as("SELECT id, quarter_id, name FROM fund_funds ORDER BY id")
                .fetch_all(self.pool())
                .await?,
        )
    }

    /// One fund.
    pub async fn fund(&self, id: i64) -> Result<Option<Fund>, DbError> {
        Ok(
            sqlx::query_as("SELECT id, quarter_id, name FROM fund_funds WHERE id = $1")
                .bind(id)
                .fetch_optional(self.pool())
                .await?,
        )
    }

    /// Every rules version, newest first.
    pub async fn fund_rule_versions(&self, fund_id: i64) -> Result<Vec<RuleVersion>, DbError> {
        Ok(sqlx::query_as(
            "SELECT version, rules_json, note, created_by, created_at FROM fund_rule_versions WHERE fund_id = $1 ORDER BY version DESC",
        )
        .bind(fund_id)
        .fetch_all(self.pool())
        .await?)
    }

    /// A given rules version, or the newest with `None`.
    pub async fn fund_rules(
        &self,
        fund_id: i64,
        version: Option<i64>,
    ) -> Result<RuleVersion, DbError> {
        let row: Option<RuleVersion> = match version {
            Some(v) => sqlx::query_as(
                "SELECT version, rules_json, note, created_by, created_at FROM fund_rule_versions WHERE fund_id = $1 AND version = $2",
            )
            .bind(fund_id)
            .bind(v)
            .fetch_optional(self.pool())
            .await?,
            None => sqlx::query_as(
                "SELECT version, rules_json, note, created_by, created_at FROM fund_rule_versions WHERE fund_id = $1 ORDER BY version DESC LIMIT 1",
            )
            .bind(fund_id)
            .fetch_optional(self.pool())
            .await?,
        };
        row.ok_or(DbError::NotFound)
    }

    /// Saves new rules as the next version; returns the version number.
    pub async fn fund_save_rules(
        &self,
        fund_id: i64,
        rules: &FundRules,
        note: &str,
        by: Option<i64>,
    ) -> Result<i64, DbError> {
        let mut tx = self.pool().begin().await?;
        let last: Option<i64> = sqlx::query_scalar(
            "SELECT CAST(MAX(version) AS BIGINT) FROM fund_rule_versions WHERE fund_id = $1",
        )
        .bind(fund_id)
        .fetch_one(&mut *tx)
        .await?;
        let v = last.unwrap_or(0) + 1;
        sqlx::query(
            "INSERT INTO fund_rule_versions (fund_id, version, rules_json, note, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(fund_id)
        .bind(v)
        .bind(rules.to_json())
        .bind(note)
        .bind(by)
        .bind(now())
        .execute(&mut *tx)
        .await
        .map_err(|e| DbError::from_insert(e, "rules version"))?;
        tx.commit().await?;
        Ok(v)
    }

    /// Opens a round under the fund's newest rules.
    pub async fn fund_round_create(
        &self,
        fund_id: i64,
        year: i64,
        round_no: i64,
        deadline: &str,
        jury_date: &str,
        decision_mode: &str,
    ) -> Result<i64, DbError> {
        let v = self.fund_rules(fund_id, None).await?.version;
        sqlx::query_scalar(
            "INSERT INTO fund_rounds (fund_id, year, round_no, deadline, jury_date, rules_version, decision_mode, status, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, 'open', $8) RETURNING id",
        )
        .bind(fund_id)
        .bind(year)
        .bind(round_no)
        .bind(deadline)
        .bind(jury_date)
        .bind(v)
        .bind(decision_mode)
        .bind(now())
        .fetch_one(self.pool())
        .await
        .map_err(|e| DbError::from_insert(e, "round"))
    }

    /// Rounds of a fund, newest first.
    pub async fn fund_rounds(&self, fund_id: i64) -> Result<Vec<Round>, DbError> {
        Ok(sqlx::query_as(&format!(
            "SELECT {ROUND_COLS} FROM fund_rounds WHERE fund_id = $1 ORDER BY year DESC, round_no DESC"
        ))
        .bind(fund_id)
        .fetch_all(self.pool())
        .await?)
    }

    /// One round.
    pub async fn fund_round(&self, id: i64) -> Result<Option<Round>, DbError> {
        Ok(sqlx::query_as(&format!(
            "SELECT {ROUND_COLS} FROM fund_rounds WHERE id = $1"
        ))
        .bind(id)
        .fetch_optional(self.pool())
        .await?)
    }

    /// Sets a round's status (open, jury, decided).
    pub async fn fund_round_set_status(&self, id: i64, status: &str) -> Result<(), DbError> {
        sqlx::query("UPDATE fund_rounds SET status = $1 WHERE id = $2")
            .bind(status)
            .bind(id)
            .execute(self.pool())
            .await?;
        Ok(())
    }
}
