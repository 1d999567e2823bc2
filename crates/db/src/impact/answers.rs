//! Responses and answers: saved apart from any identity; an invitation code
//! is burnt in the same transaction that saves the response.

use serde::Serialize;
use sqlx::FromRow;

use crate::{Db, DbError};

/// One answer to save.
#[derive(Debug, Clone, Copy)]
pub struct NewAnswer {
    /// The item row.
    pub item_id: i64,
    /// The value (none for "don't know").
    pub value: Option<i64>,
    /// "Don't know" chosen.
    pub dont_know: bool,
}

/// A response to save.
#[derive(Debug, Clone)]
pub struct Submission {
    /// Wave.
    pub wave_id: i64,
    /// Area.
    pub unit_id: i64,
    /// Channel (stored name: `online_code`, `online_link`, `paper`, `interview`).
    pub channel: String,
    /// Language the questionnaire was answered in.
    pub lang: String,
    /// The day it came in (`YYYY-MM-DD`).
    pub received_on: String,
    /// Hash of the invitation code to burn, if it came in with one.
    pub code_hash: Option<String>,
    /// The answers.
    pub answers: Vec<NewAnswer>,
}

/// One stored answer with where and when its response came in.
#[derive(Debug, Clone, FromRow, Serialize)]
pub struct AnswerRow {
    /// Response (internal grouping key; never shown).
    pub response_id: i64,
    /// Wave.
    pub wave_id: i64,
    /// Area.
    pub unit_id: i64,
    /// Item key.
    pub item_key: String,
    /// Value.
    pub value: Option<i64>,
    /// 1 for "don't know".
    pub dont_know: i64,
}

impl Db {
    /// Saves a response; burns its invitation code first. A code already used
    /// (or used at the same moment by another request) is a
    /// [`DbError::Conflict`] and nothing is saved.
    pub async fn submit_response(&self, s: &Submission) -> Result<(), DbError> {
        let mut tx = self.pool().begin().await?;
        if let Some(hash) = &s.code_hash {
            let burnt =
                sqlx::query("UPDATE impact_codes SET used = 1 WHERE code_hash = $1 AND used = 0")
                    .bind(hash)
                    .execute(&mut *tx)
                    .await?;
            if burnt.rows_affected() != 1 {
                return Err(DbError::Conflict("invitation code already used".into()));
            }
        }
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO impact_responses (wave_id, unit_id, channel, lang, received_on) VALUES ($1, $2, $3, $4, $5) RETURNING id",
        )
        .bind(s.wave_id)
        .bind(s.unit_id)
        .bind(&s.channel)
        .bind(&s.lang)
        .bind(&s.received_on)
        .fetch_one(&mut *tx)
        .await?;
        for a in &s.answers {
            sqlx::query(
                "INSERT INTO impact_answers (response_id, item_id, value, dont_know) VALUES ($1, $2, $3, $4)",
            )
            .bind(id)
            .bind(a.item_id)
            .bind(a.value)
            .bind(i64::from(a.dont_know))
            .execute(&mut *tx)
            .await
            .map_err(|e| DbError::from_insert(e, "answer"))?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Saves many responses without codes in one transaction (demo seeding,
    /// batch entry of paper questionnaires).
    pub async fn insert_responses(&self, subs: &[Submission]) -> Result<(), DbError> {
        let mut tx = self.pool().begin().await?;
        for s in subs {
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO impact_responses (wave_id, unit_id, channel, lang, received_on) VALUES ($1, $2, $3, $4, $5) RETURNING id",
            )
            .bind(s.wave_id)
            .bind(s.unit_id)
            .bind(&s.channel)
            .bind(&s.lang)
            .bind(&s.received_on)
            .fetch_one(&mut *tx)
            .await?;
            for a in &s.answers {
                sqlx::query(
                    "INSERT INTO impact_answers (response_id, item_id, value, dont_know) VALUES ($1, $2, $3, $4)",
                )
                .bind(id)
                .bind(a.item_id)
                .bind(a.value)
                .bind(i64::from(a.dont_know))
                .execute(&mut *tx)
                .await
                .map_err(|e| DbError::from_insert(e, "answer"))?;
            }
        }
        tx.commit().await?;
        Ok(())
    }

    /// Every answer of a survey, grouped by response (for the statistics only;
    /// never exported).
    pub async fn survey_answers(&self, survey_id: i64) -> Result<Vec<AnswerRow>, DbError> {
        Ok(sqlx::query_as::<_, AnswerRow>(
            "SELECT r.id AS response_id, r.wave_id, r.unit_id, i.item_key, a.value, a.dont_know \
             FROM impact_answers a JOIN impact_responses r ON r.id = a.response_id \
             JOIN impact_items i ON i.id = a.item_id JOIN impact_waves w ON w.id = r.wave_id \
             WHERE w.survey_id = $1 ORDER BY r.id, i.position",
        )
        .bind(survey_id)
        .fetch_all(self.pool())
        .await?)
    }

    /// Number of responses per wave, area and channel.
    pub async fn response_counts(
        &self,
        survey_id: i64,
    ) -> Result<Vec<(i64, i64, String, i64)>, DbError> {
        Ok(sqlx::query_as::<_, (i64, i64, String, i64)>(
            "SELECT r.wave_id, r.unit_id, r.channel, CAST(COUNT(*) AS BIGINT) \
             FROM impact_responses r JOIN impact_waves w ON w.id = r.wave_id \
             WHERE w.survey_id = $1 GROUP BY r.wave_id, r.unit_id, r.channel ORDER BY r.wave_id, r.unit_id, r.channel",
        )
        .bind(survey_id)
        .fetch_all(self.pool())
        .await?)
    }
}
