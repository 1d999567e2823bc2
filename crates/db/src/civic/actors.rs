//! Actors of a quarter: associations, initiatives, schools, offices, individuals.

use serde::{Deserialize, Serialize};
use sqlx::FromRow;

use crate::{Db, DbError, now};

/// One actor. List fields are JSON arrays as text.
#[derive(Debug, Clone, FromRow, Serialize, Deserialize)]
pub struct Actor {
    /// Row id.
    pub id: i64,
    /// City.
    pub city_id: i64,
    /// Quarter the actor works in.
    pub quarter_id: i64,
    /// Stable key (unique per city).
    pub actor_key: String,
    /// Name.
    pub name: String,
    /// Kind (association, initiative, school, …).
    pub kind: String,
    /// Description.
    pub description: String,
    /// Plain-language description (Leichte Sprache); empty when none.
    pub description_easy: String,
    /// Street address.
    pub address: String,
    /// Longitude (WGS 84).
    pub lon: Option<f64>,
    /// Latitude (WGS 84).
    pub lat: Option<f64>,
    /// Languages spoken (JSON array of ISO 639-1 codes).
    pub languages: String,
    /// Target groups (JSON array).
    pub target_groups: String,
    /// Opening hours (OSM `opening_hours` syntax or free text).
    pub opening_hours: String,
    /// Contact email.
    pub email: String,
    /// Contact phone.
    pub phone: String,
    /// Website.
    pub website: String,
    /// 1 when the rooms are step-free.
    pub barrier_free: i64,
    /// Accessibility of the rooms in words.
    pub accessibility: String,
    /// Fields shown publicly (JSON array of column names).
    pub public_fields: String,
    /// 1 when listed in the public directory.
    pub published: i64,
    /// Created (Unix seconds).
    pub created_at: i64,
    /// Last change (Unix seconds).
    pub updated_at: i64,
}

/// Fields of a new or changed actor.
#[derive(Debug, Clone, Default)]
pub struct ActorDraft {
    /// Stable key.
    pub actor_key: String,
    /// Name.
    pub name: String,
    /// Kind.
    pub kind: String,
    /// Description.
    pub description: String,
    /// Address.
    pub address: String,
    /// Longitude.
    pub lon: Option<f64>,
    /// Latitude.
    pub lat: Option<f64>,
    /// JSON array text.
    pub languages: String,
    /// JSON array text.
    pub target_groups: String,
    /// Opening hours.
    pub opening_hours: String,
    /// Email.
    pub email: String,
    /// Phone.
    pub phone: String,
    /// Website.
    pub website: String,
    /// Step-free rooms.
    pub barrier_free: bool,
    /// Accessibility in words.
    pub accessibility: String,
    /// JSON array text of public fields.
    pub public_fields: String,
    /// Listed publicly.
    pub published: bool,
}

impl quartier_rules::plan::Candidate for Actor {
    fn id(&self) -> i64 {
        self.id
    }
    fn name(&self) -> &str {
        &self.name
    }
    fn target_groups(&self) -> Vec<String> {
        serde_json::from_str(&self.target_groups).unwrap_or_default()
    }
}

/// Columns of [`Actor`] in declaration order.
pub const ACTOR_COLS: &str = "id, city_id, quarter_id, actor_key, name, kind, description, description_easy, address, lon, lat, languages, target_groups, opening_hours, email, phone, website, barrier_free, accessibility, public_fields, published, created_at, updated_at";

impl Db {
    /// Inserts an actor; returns its id.
    pub async fn insert_actor(
        &self,
        city_id: i64,
        quarter_id: i64,
        a: &ActorDraft,
    ) -> Result<i64, DbError> {
        let t = now();
        let sql = "INSERT INTO actors (city_id, quarter_id, actor_key, name, kind, description, address, lon, lat, languages, target_groups, opening_hours, email, phone, website, barrier_free, accessibility, public_fields, published, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, CAST($8 AS DOUBLE PRECISION), CAST($9 AS DOUBLE PRECISION), $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21) RETURNING id";
        sqlx::query_scalar(sql)
            .bind(city_id)
            .bind(quarter_id)
            .bind(&a.actor_key)
            .bind(&a.name)
            .bind(&a.kind)
            .bind(&a.description)
            .bind(&a.address)
            .bind(crate::float_param(a.lon))
            .bind(crate::float_param(a.lat))
            .bind(&a.languages)
            .bind(&a.target_groups)
            .bind(&a.opening_hours)
            .bind(&a.email)
            .bind(&a.phone)
            .bind(&a.website)
            .bind(i64::from(a.barrier_free))
            .bind(&a.accessibility)
            .bind(&a.public_fields)
            .bind(i64::from(a.published))
            .bind(t)
            .bind(t)
            .fetch_one(self.pool())
            .await
            .map_err(|e| DbError::from_insert(e, "actor"))
    }

    /// Actors of a quarter, by name.
    pub async fn actors_in_quarter(&self, quarter_id: i64) -> Result<Vec<Actor>, DbError> {
        let sql =
            format!("SELECT {ACTOR_COLS} FROM actors WHERE quarter_id = $1 ORDER BY name, id");
        Ok(sqlx::query_as::<_, Actor>(&sql)
            .bind(quarter_id)
            .fetch_all(self.pool())
            .await?)
    }

    /// One actor by id.
    pub async fn actor(&self, id: i64) -> Result<Option<Actor>, DbError> {
        let sql = format!("SELECT {ACTOR_COLS} FROM actors WHERE id = $1");
        Ok(sqlx::query_as::<_, Actor>(&sql)
            .bind(id)
            .fetch_optional(self.pool())
            .await?)
    }
}
