//! Versioned area-selection decisions (which areas become pilot quarters, and why).

use serde::{Deserialize, Serialize};
use sqlx::FromRow;

use crate::{Db, DbError, now};

/// One version of a decision. List fields are JSON text.
#[derive(Debug, Clone, FromRow, Serialize, Deserialize)]
pub struct Decision {
    /// Row id (of this version).
    pub id: i64,
    /// City.
    pub city_id: i64,
    /// Stable key shared by all versions.
    pub decision_key: String,
    /// Version number, 1 upwards.
    pub version: i64,
    /// Title.
    pub title: String,
    /// Candidate area keys (JSON array).
    pub candidates: String,
    /// Criteria with weights (JSON array of `{indicator, weight}`).
    pub criteria: String,
    /// Chosen area keys (JSON array).
    pub chosen: String,
    /// Written rationale.
    pub rationale: String,
    /// Deciding body (e.g. city council, committee).
    pub decision_body: String,
    /// Date of the decision (ISO `YYYY-MM-DD`).
    pub decided_on: String,
    /// Link to the council paper (OParl / Ratsinformationssystem).
    pub council_link: String,
    /// 1 when shown publicly.
    pub published: i64,
    /// Who saved this version.
    pub created_by: String,
    /// When (Unix seconds).
    pub created_at: i64,
}

/// Fields of a new version.
#[derive(Debug, Clone, Default)]
pub struct DecisionDraft {
    /// Title.
    pub title: String,
    /// Candidate area keys (JSON array text).
    pub candidates: String,
    /// Criteria (JSON array text).
    pub criteria: String,
    /// Chosen area keys (JSON array text).
    pub chosen: String,
    /// Rationale.
    pub rationale: String,
    /// Deciding body.
    pub decision_body: String,
    /// ISO date.
    pub decided_on: String,
    /// Council paper link.
    pub council_link: String,
    /// Publish.
    pub published: bool,
}

const COLS: &str = "id, city_id, decision_key, version, title, candidates, criteria, chosen, rationale, decision_body, decided_on, council_link, published, created_by, created_at";

impl Db {
    /// Saves a new version of decision `key` (version 1 when new); returns the row id.
    pub async fn save_decision(
        &self,
        city_id: i64,
        key: &str,
        d: &DecisionDraft,
        by: &str,
    ) -> Result<i64, DbError> {
        let mut tx = self.pool().begin().await?;
        let last: Option<i64> = sqlx::query_scalar(
            "SELECT MAX(version) FROM selection_decisions WHERE city_id = $1 AND decision_key = $2",
        )
        .bind(city_id)
        .bind(key)
        .fetch_one(&mut *tx)
        .await?;
        let sql = "INSERT INTO selection_decisions (city_id, decision_key, version, title, candidates, criteria, chosen, rationale, decision_body, decided_on, council_link, published, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id";
        let id: i64 = sqlx::query_scalar(sql)
            .bind(city_id)
            .bind(key)
            .bind(last.unwrap_or(0) + 1)
            .bind(&d.title)
            .bind(&d.candidates)
            .bind(&d.criteria)
            .bind(&d.chosen)
            .bind(&d.rationale)
            .bind(&d.decision_body)
            .bind(&d.decided_on)
            .bind(&d.council_link)
            .bind(i64::from(d.published))
            .bind(by)
            .bind(now())
            .fetch_one(&mut *tx)
            .await
            .map_err(|e| DbError::from_insert(e, "decision version"))?;
        tx.commit().await?;
        Ok(id)
    }

    /// The newest version of every decision of a city (only published ones unless `all`).
    pub async fn latest_decisions(
        &self,
        city_id: i64,
        all: bool,
    ) -> Result<Vec<Decision>, DbError> {
        let sql = format!(
            "SELECT {COLS} FROM selection_decisions d WHERE city_id = $1 AND version = (SELECT MAX(version) FROM selection_decisions x WHERE x.city_id = d.city_id AND x.decision_key = d.decision_key) AND ($2 = 1 OR published = 1) ORDER BY created_at DESC, id DESC"
        );
        Ok(sqlx::query_as::<_, Decision>(&sql)
            .bind(city_id)
            .bind(i64::from(all))
            .fetch_all(self.pool())
            .await?)
    }

    /// Every version of one decision, newest first.
    pub async fn decision_versions(
        &self,
        city_id: i64,
        key: &str,
    ) -> Result<Vec<Decision>, DbError> {
        let sql = format!(
            "SELECT {COLS} FROM selection_decisions WHERE city_id = $1 AND decision_key = $2 ORDER BY version DESC"
        );
        Ok(sqlx::query_as::<_, Decision>(&sql)
            .bind(city_id)
            .bind(key)
            .fetch_all(self.pool())
            .await?)
    }
}
