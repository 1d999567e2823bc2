//! Surveys, their areas (pilot quarter and comparison areas), waves, samples
//! and invitation codes.

use serde::Serialize;
use sqlx::FromRow;

use crate::{Db, DbError, now};

/// A survey: one instrument asked in waves in a pilot quarter and comparison areas.
#[derive(Debug, Clone, FromRow, Serialize)]
pub struct Survey {
    /// Row id.
    pub id: i64,
    /// City.
    pub city_id: i64,
    /// The instrument version asked.
    pub instrument_id: i64,
    /// Title.
    pub title: String,
    /// Minimum answers per area and wave for a result to be shown.
    pub min_n: i64,
}

/// Whether an area of a survey is the pilot quarter or a comparison area.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum UnitRole {
    /// The pilot quarter.
    Pilot,
    /// A comparison area.
    Comparison,
}

impl UnitRole {
    /// Stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            UnitRole::Pilot => "pilot",
            UnitRole::Comparison => "comparison",
        }
    }
}

/// An area of a survey.
#[derive(Debug, Clone, FromRow, Serialize)]
pub struct Unit {
    /// Row id.
    pub id: i64,
    /// Survey.
    pub survey_id: i64,
    /// `pilot` or `comparison`.
    pub role: String,
    /// The quarter (pilot).
    pub quarter_id: Option<i64>,
    /// The statistical area (comparison).
    pub area_id: Option<i64>,
    /// Name shown in results.
    pub name: String,
}

impl Unit {
    /// Whether this is the pilot quarter.
    pub fn is_pilot(&self) -> bool {
        self.role == UnitRole::Pilot.as_str()
    }
}

/// A wave of a survey (0 = baseline).
#[derive(Debug, Clone, FromRow, Serialize)]
pub struct Wave {
    /// Row id.
    pub id: i64,
    /// Survey.
    pub survey_id: i64,
    /// Position: 0 baseline, 1, 2, … follow-ups.
    pub position: i64,
    /// Name (e.g. "Baseline 2025").
    pub name: String,
    /// First day answers are taken (`YYYY-MM-DD`).
    pub opens_on: String,
    /// Last day answers are taken.
    pub closes_on: String,
}

/// How respondents of a wave in an area are reached.
#[derive(Debug, Clone, FromRow, Serialize)]
pub struct Sample {
    /// Row id.
    pub id: i64,
    /// Wave.
    pub wave_id: i64,
    /// Area.
    pub unit_id: i64,
    /// `random_codes`, `open_link` or `paper_outreach`.
    pub method: String,
    /// The sampling frame in words (e.g. "random sample of 400 adults from the
    /// population register").
    pub frame: String,
    /// How many were invited (codes printed, leaflets handed out).
    pub invited: i64,
    /// Codes issued for this sample.
    pub codes: i64,
    /// Codes used.
    pub codes_used: i64,
    /// The open link's token (open links are public by design: they go on
    /// flyers and websites, so staff can see them again).
    pub link_token: Option<String>,
}

/// A new survey.
#[derive(Debug, Clone)]
pub struct SurveyDraft {
    /// City.
    pub city_id: i64,
    /// Instrument version.
    pub instrument_id: i64,
    /// Title.
    pub title: String,
    /// Minimum n per area and wave.
    pub min_n: i64,
    /// The pilot quarter: id and name.
    pub pilot: (i64, String),
    /// Comparison areas: area id and name.
    pub comparisons: Vec<(i64, String)>,
}

/// A new sample.
#[derive(Debug, Clone)]
pub struct SampleDraft {
    /// Wave.
    pub wave_id: i64,
    /// Area.
    pub unit_id: i64,
    /// Method (stored name).
    pub method: String,
    /// Frame in words.
    pub frame: String,
    /// Number invited.
    pub invited: i64,
    /// The open link's token (open links only).
    pub link_token: Option<String>,
}

/// What an invitation code or open link lets in: the survey, wave and area.
#[derive(Debug, Clone, FromRow, Serialize)]
pub struct CodeTicket {
    /// Survey.
    pub survey_id: i64,
    /// Wave.
    pub wave_id: i64,
    /// Area.
    pub unit_id: i64,
    /// First day of the wave.
    pub opens_on: String,
    /// Last day of the wave.
    pub closes_on: String,
    /// 1 when the code has been used (always 0 for open links).
    pub used: i64,
}

const SURVEY_COLS: &str = "id, city_id, instrument_id, title, min_n";

impl Db {
    /// Creates a survey with its pilot quarter and comparison areas.
    pub async fn create_survey(&self, d: &SurveyDraft) -> Result<i64, DbError> {
        let mut tx = self.pool().begin().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO impact_surveys (city_id, instrument_id, title, min_n, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id",
        )
        .bind(d.city_id)
        .bind(d.instrument_id)
        .bind(&d.title)
        .bind(d.min_n)
        .bind(now())
        .fetch_one(&mut *tx)
        .await?;
        sqlx::query(
            "INSERT INTO impact_units (survey_id, role, quarter_id, name) VALUES ($1, 'pilot', $2, $3)",
        )
        .bind(id)
        .bind(d.pilot.0)
        .bind(&d.pilot.1)
        .execute(&mut *tx)
        .await
        .map_err(|e| DbError::from_insert(e, "area name"))?;
        for (area_id, name) in &d.comparisons {
            sqlx::query(
                "INSERT INTO impact_units (survey_id, role, area_id, name) VALUES ($1, 'comparison', $2, $3)",
            )
            .bind(id)
            .bind(*area_id)
            .bind(name)
            .execute(&mut *tx)
            .await
            .map_err(|e| DbError::from_insert(e, "comparison area"))?;
        }
        tx.commit().await?;
        Ok(id)
    }

    /// The surveys of a city, newest first.
    pub async fn surveys(&self, city_id: i64) -> Result<Vec<Survey>, DbError> {
        let sql =
            format!("SELECT {SURVEY_COLS} FROM impact_surveys WHERE city_id = $1 ORDER BY id DESC");
        Ok(sqlx::query_as::<_, Survey>(&sql)
            .bind(city_id)
            .fetch_all(self.pool())
            .await?)
    }

    /// One survey.
    pub async fn survey(&self, id: i64) -> Result<Option<Survey>, DbError> {
        let sql = format!("SELECT {SURVEY_COLS} FROM impact_surveys WHERE id = $1");
        Ok(sqlx::query_as::<_, Survey>(&sql)
            .bind(id)
            .fetch_optional(self.pool())
            .await?)
    }

    /// The areas of a survey, pilot first.
    pub async fn survey_units(&self, survey_id: i64) -> Result<Vec<Unit>, DbError> {
        Ok(sqlx::query_as::<_, Unit>(
            "SELECT id, survey_id, role, quarter_id, area_id, name FROM impact_units WHERE survey_id = $1 ORDER BY CASE WHEN role = 'pilot' THEN 0 ELSE 1 END, name",
        )
        .bind(survey_id)
        .fetch_all(self.pool())
        .await?)
    }

    /// Adds the next wave (dates checked by the caller); returns its id.
    pub async fn add_wave(
        &self,
        survey_id: i64,
        name: &str,
        opens_on: &str,
        closes_on: &str,
    ) -> Result<i64, DbError> {
        let mut tx = self.pool().begin().await?;
        let next: i64 = sqlx::query_scalar(
            "SELECT CAST(COUNT(*) AS BIGINT) FROM impact_waves WHERE survey_id = $1",
        )
        .bind(survey_id)
        .fetch_one(&mut *tx)
        .await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO impact_waves (survey_id, position, name, opens_on, closes_on) VALUES ($1, $2, $3, $4, $5) RETURNING id",
        )
        .bind(survey_id)
        .bind(next)
        .bind(name)
        .bind(opens_on)
        .bind(closes_on)
        .fetch_one(&mut *tx)
        .await
        .map_err(|e| DbError::from_insert(e, "wave"))?;
        tx.commit().await?;
        Ok(id)
    }

    /// The waves of a survey, baseline first.
    pub async fn survey_waves(&self, survey_id: i64) -> Result<Vec<Wave>, DbError> {
        Ok(sqlx::query_as::<_, Wave>(
            "SELECT id, survey_id, position, name, opens_on, closes_on FROM impact_waves WHERE survey_id = $1 ORDER BY position",
        )
        .bind(survey_id)
        .fetch_all(self.pool())
        .await?)
    }

    /// Records a sample; returns its id.
    pub async fn add_sample(&self, d: &SampleDraft) -> Result<i64, DbError> {
        sqlx::query_scalar(
            "INSERT INTO impact_samples (wave_id, unit_id, method, frame, invited, link_token, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
        )
        .bind(d.wave_id)
        .bind(d.unit_id)
        .bind(&d.method)
        .bind(&d.frame)
        .bind(d.invited)
        .bind(d.link_token.as_deref())
        .bind(now())
        .fetch_one(self.pool())
        .await
        .map_err(|e| DbError::from_insert(e, "sample of this method for this wave and area"))
    }

    /// The samples of a survey with their code counts.
    pub async fn survey_samples(&self, survey_id: i64) -> Result<Vec<Sample>, DbError> {
        Ok(sqlx::query_as::<_, Sample>(
            "SELECT s.id, s.wave_id, s.unit_id, s.method, s.frame, s.invited, \
             CAST((SELECT COUNT(*) FROM impact_codes c WHERE c.sample_id = s.id) AS BIGINT) AS codes, \
             CAST((SELECT COUNT(*) FROM impact_codes c WHERE c.sample_id = s.id AND c.used = 1) AS BIGINT) AS codes_used, s.link_token \
             FROM impact_samples s JOIN impact_waves w ON w.id = s.wave_id \
             WHERE w.survey_id = $1 ORDER BY w.position, s.unit_id, s.id",
        )
        .bind(survey_id)
        .fetch_all(self.pool())
        .await?)
    }

    /// Stores invitation codes (hashes only) for a sample.
    pub async fn add_codes(&self, sample_id: i64, hashes: &[String]) -> Result<(), DbError> {
        let mut tx = self.pool().begin().await?;
        for h in hashes {
            sqlx::query("INSERT INTO impact_codes (sample_id, code_hash) VALUES ($1, $2)")
                .bind(sample_id)
                .bind(h)
                .execute(&mut *tx)
                .await
                .map_err(|e| DbError::from_insert(e, "invitation code"))?;
        }
        sqlx::query("UPDATE impact_samples SET invited = invited + $1 WHERE id = $2")
            .bind(hashes.len() as i64)
            .bind(sample_id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// What an invitation code (by hash) lets in.
    pub async fn code_ticket(&self, code_hash: &str) -> Result<Option<CodeTicket>, DbError> {
        Ok(sqlx::query_as::<_, CodeTicket>(
            "SELECT w.survey_id, s.wave_id, s.unit_id, w.opens_on, w.closes_on, c.used \
             FROM impact_codes c JOIN impact_samples s ON s.id = c.sample_id \
             JOIN impact_waves w ON w.id = s.wave_id WHERE c.code_hash = $1",
        )
        .bind(code_hash)
        .fetch_optional(self.pool())
        .await?)
    }

    /// What an open link (by its token) lets in.
    pub async fn link_ticket(&self, link_token: &str) -> Result<Option<CodeTicket>, DbError> {
        Ok(sqlx::query_as::<_, CodeTicket>(
            "SELECT w.survey_id, s.wave_id, s.unit_id, w.opens_on, w.closes_on, CAST(0 AS BIGINT) AS used \
             FROM impact_samples s JOIN impact_waves w ON w.id = s.wave_id \
             WHERE s.link_token = $1 AND s.method = 'open_link'",
        )
        .bind(link_token)
        .fetch_optional(self.pool())
        .await?)
    }
}
