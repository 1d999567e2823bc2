//! Dialogue processes with their phases, named places and linked measures.

use serde::{Deserialize, Serialize};
use sqlx::FromRow;

use crate::{Db, DbError, float_param, now};

/// A dialogue process of a quarter (or city-wide when `quarter_id` is empty).
#[derive(Debug, Clone, FromRow, Serialize, Deserialize)]
pub struct Dialogue {
    /// Row id.
    pub id: i64,
    /// City.
    pub city_id: i64,
    /// Quarter, or none for a city-wide dialogue.
    pub quarter_id: Option<i64>,
    /// Stable key (unique per city), e.g. from the demo generator.
    pub key: String,
    /// Title.
    pub title: String,
    /// The question residents are asked.
    pub question: String,
    /// Description.
    pub description: String,
    /// What can be decided.
    pub can_decide: String,
    /// What cannot be decided.
    pub cannot_decide: String,
    /// Categories as a JSON array of strings.
    pub categories: String,
    /// Days within which every idea gets a public answer.
    pub answer_days: i64,
    /// Responsible staff account.
    pub responsible_user_id: Option<i64>,
    /// Responsible staff as shown (name, office).
    pub responsible_text: String,
    /// 1 when public.
    pub published: i64,
    /// Created (Unix seconds).
    pub created_at: i64,
    /// Last change (Unix seconds).
    pub updated_at: i64,
}

impl Dialogue {
    /// The categories ideas can be filed under.
    pub fn category_list(&self) -> Vec<String> {
        serde_json::from_str(&self.categories).unwrap_or_default()
    }
}

/// A new dialogue.
#[derive(Debug, Clone, Default)]
pub struct DialogueDraft {
    /// City.
    pub city_id: i64,
    /// Quarter (none: city-wide).
    pub quarter_id: Option<i64>,
    /// Stable key.
    pub key: String,
    /// Title.
    pub title: String,
    /// Question.
    pub question: String,
    /// Description.
    pub description: String,
    /// What can be decided.
    pub can_decide: String,
    /// What cannot be decided.
    pub cannot_decide: String,
    /// Categories.
    pub categories: Vec<String>,
    /// Days to answer.
    pub answer_days: i64,
    /// Responsible staff account.
    pub responsible_user_id: Option<i64>,
    /// Responsible staff as shown.
    pub responsible_text: String,
    /// Phases in order.
    pub phases: Vec<PhaseDraft>,
    /// Named places `(name, lat, lon)` for choosing a place without the map.
    pub places: Vec<(String, f64, f64)>,
    /// Measures of the action plan the dialogue feeds.
    pub measure_ids: Vec<i64>,
}

/// A phase to store.
#[derive(Debug, Clone, Default)]
pub struct PhaseDraft {
    /// Kind code (`quartier_rules::participation::PhaseKind`).
    pub kind: String,
    /// Level code (`quartier_rules::participation::Level`).
    pub level: String,
    /// Title.
    pub title: String,
    /// Description.
    pub description: String,
    /// First day (ISO).
    pub start_on: String,
    /// Last day (ISO).
    pub end_on: String,
}

/// A stored phase.
#[derive(Debug, Clone, FromRow, Serialize, Deserialize)]
pub struct Phase {
    /// Row id.
    pub id: i64,
    /// Dialogue.
    pub dialogue_id: i64,
    /// Order (from 1).
    pub position: i64,
    /// Kind code.
    pub kind: String,
    /// Level code.
    pub level: String,
    /// Title.
    pub title: String,
    /// Description.
    pub description: String,
    /// First day (ISO).
    pub start_on: String,
    /// Last day (ISO).
    pub end_on: String,
}

/// A named place of a dialogue.
#[derive(Debug, Clone, FromRow, Serialize, Deserialize)]
pub struct Place {
    /// Row id.
    pub id: i64,
    /// Dialogue.
    pub dialogue_id: i64,
    /// Order.
    pub position: i64,
    /// Name ("Spielplatz am Wehr").
    pub name: String,
    /// Latitude.
    pub lat: f64,
    /// Longitude.
    pub lon: f64,
}

const DIALOGUE_COLS: &str = "id, city_id, quarter_id, key, title, question, description, can_decide, cannot_decide, categories, answer_days, responsible_user_id, responsible_text, published, created_at, updated_at";

impl Db {
    /// Stores a dialogue with its phases, places and measure links; a taken key is a
    /// [`DbError::Conflict`].
    pub async fn insert_dialogue(&self, d: &DialogueDraft) -> Result<i64, DbError> {
        let t = now();
        let mut tx = self.pool().begin().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO dialogues (city_id, quarter_id, key, title, question, description, can_decide, cannot_decide, categories, answer_days, responsible_user_id, responsible_text, published, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 1, $13, $13) RETURNING id",
        )
        .bind(d.city_id)
        .bind(d.quarter_id)
        .bind(&d.key)
        .bind(&d.title)
        .bind(&d.question)
        .bind(&d.description)
        .bind(&d.can_decide)
        .bind(&d.cannot_decide)
        .bind(serde_json::to_string(&d.categories).unwrap_or_else(|_| "[]".into()))
        .bind(d.answer_days)
        .bind(d.responsible_user_id)
        .bind(&d.responsible_text)
        .bind(t)
        .fetch_one(&mut *tx)
        .await
        .map_err(|e| DbError::from_insert(e, "dialogue key"))?;
        for (i, p) in d.phases.iter().enumerate() {
            sqlx::query(
                "INSERT INTO dialogue_phases (dialogue_id, position, kind, level, title, description, start_on, end_on) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            )
            .bind(id)
            .bind(i as i64 + 1)
            .bind(&p.kind)
            .bind(&p.level)
            .bind(&p.title)
            .bind(&p.description)
            .bind(&p.start_on)
            .bind(&p.end_on)
            .execute(&mut *tx)
            .await?;
        }
        for (i, (name, lat, lon)) in d.places.iter().enumerate() {
            sqlx::query(
                "INSERT INTO dialogue_places (dialogue_id, position, name, lat, lon) VALUES ($1, $2, $3, CAST($4 AS DOUBLE PRECISION), CAST($5 AS DOUBLE PRECISION))",
            )
            .bind(id)
            .bind(i as i64 + 1)
            .bind(name)
            .bind(float_param(Some(*lat)))
            .bind(float_param(Some(*lon)))
            .execute(&mut *tx)
            .await?;
        }
        for m in &d.measure_ids {
            sqlx::query("INSERT INTO dialogue_measures (dialogue_id, measure_id) VALUES ($1, $2)")
                .bind(id)
                .bind(m)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(id)
    }

    /// One dialogue.
    pub async fn dialogue(&self, id: i64) -> Result<Option<Dialogue>, DbError> {
        Ok(sqlx::query_as(&format!(
            "SELECT {DIALOGUE_COLS} FROM dialogues WHERE id = $1"
        ))
        .bind(id)
        .fetch_optional(self.pool())
        .await?)
    }

    /// A dialogue by its key within a city.
    pub async fn dialogue_by_key(
        &self,
        city_id: i64,
        key: &str,
    ) -> Result<Option<Dialogue>, DbError> {
        Ok(sqlx::query_as(&format!(
            "SELECT {DIALOGUE_COLS} FROM dialogues WHERE city_id = $1 AND key = $2"
        ))
        .bind(city_id)
        .bind(key)
        .fetch_optional(self.pool())
        .await?)
    }

    /// The dialogues of a quarter, newest first.
    pub async fn dialogues_of_quarter(&self, quarter_id: i64) -> Result<Vec<Dialogue>, DbError> {
        Ok(sqlx::query_as(&format!(
            "SELECT {DIALOGUE_COLS} FROM dialogues WHERE quarter_id = $1 ORDER BY created_at DESC, id DESC"
        ))
        .bind(quarter_id)
        .fetch_all(self.pool())
        .await?)
    }

    /// Every dialogue of a city (quarter and city-wide), newest first.
    pub async fn dialogues_of_city(&self, city_id: i64) -> Result<Vec<Dialogue>, DbError> {
        Ok(sqlx::query_as(&format!(
            "SELECT {DIALOGUE_COLS} FROM dialogues WHERE city_id = $1 ORDER BY created_at DESC, id DESC"
        ))
        .bind(city_id)
        .fetch_all(self.pool())
        .await?)
    }

    /// The phases of a dialogue in order.
    pub async fn dialogue_phases(&self, dialogue_id: i64) -> Result<Vec<Phase>, DbError> {
        Ok(sqlx::query_as(
            "SELECT id, dialogue_id, position, kind, level, title, description, start_on, end_on FROM dialogue_phases WHERE dialogue_id = $1 ORDER BY position",
        )
        .bind(dialogue_id)
        .fetch_all(self.pool())
        .await?)
    }

    /// The named places of a dialogue in order.
    pub async fn dialogue_places(&self, dialogue_id: i64) -> Result<Vec<Place>, DbError> {
        Ok(sqlx::query_as(
            "SELECT id, dialogue_id, position, name, lat, lon FROM dialogue_places WHERE dialogue_id = $1 ORDER BY position",
        )
        .bind(dialogue_id)
        .fetch_all(self.pool())
        .await?)
    }

    /// The measures a dialogue feeds.
    pub async fn dialogue_measures(&self, dialogue_id: i64) -> Result<Vec<i64>, DbError> {
        Ok(sqlx::query_scalar(
            "SELECT measure_id FROM dialogue_measures WHERE dialogue_id = $1 ORDER BY measure_id",
        )
        .bind(dialogue_id)
        .fetch_all(self.pool())
        .await?)
    }

    /// `(slug, name)` of a quarter by id.
    pub async fn quarter_slug_name(
        &self,
        quarter_id: i64,
    ) -> Result<Option<(String, String)>, DbError> {
        Ok(
            sqlx::query_as("SELECT slug, name FROM quarters WHERE id = $1")
                .bind(quarter_id)
                .fetch_optional(self.pool())
                .await?,
        )
    }

    /// The GeoJSON geometries of a quarter's areas (its boundary).
    pub async fn quarter_geometries(&self, quarter_id: i64) -> Result<Vec<String>, DbError> {
        Ok(sqlx::query_scalar(
            "SELECT a.geometry FROM areas a JOIN quarter_areas qa ON qa.area_id = a.id WHERE qa.quarter_id = $1 AND a.geometry IS NOT NULL ORDER BY a.area_key",
        )
        .bind(quarter_id)
        .fetch_all(self.pool())
        .await?)
    }
}
