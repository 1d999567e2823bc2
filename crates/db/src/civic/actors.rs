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
        // The shared columns take $1–$17 in both statements (see `bind_actor`).
        let sql = "INSERT INTO actors (name, kind, description, address, lon, lat, languages, target_groups, opening_hours, email, phone, website, barrier_free, accessibility, public_fields, published, updated_at, city_id, quarter_id, actor_key, created_at) VALUES ($1, $2, $3, $4, CAST($5 AS DOUBLE PRECISION), CAST($6 AS DOUBLE PRECISION), $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $17) RETURNING id";
        let row = bind_actor(sqlx::query(sql), a, now())
            .bind(city_id)
            .bind(quarter_id)
            .bind(&a.actor_key)
            .fetch_one(self.pool())
            .await
            .map_err(|e| DbError::from_insert(e, "actor"))?;
        Ok(sqlx::Row::try_get(&row, 0)?)
    }

    /// Changes an actor's fields (key, city and quarter stay).
    pub async fn update_actor(
        &self,
        id: i64,
        a: &ActorDraft,
        description_easy: &str,
    ) -> Result<(), DbError> {
        let sql = "UPDATE actors SET name = $1, kind = $2, description = $3, address = $4, lon = CAST($5 AS DOUBLE PRECISION), lat = CAST($6 AS DOUBLE PRECISION), languages = $7, target_groups = $8, opening_hours = $9, email = $10, phone = $11, website = $12, barrier_free = $13, accessibility = $14, public_fields = $15, published = $16, updated_at = $17, description_easy = $18 WHERE id = $19";
        bind_actor(sqlx::query(sql), a, now())
            .bind(description_easy)
            .bind(id)
            .execute(self.pool())
            .await?;
        Ok(())
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

    /// Sets the plain-language description of an actor.
    pub async fn set_actor_easy(&self, id: i64, text: &str) -> Result<(), DbError> {
        sqlx::query("UPDATE actors SET description_easy = $1 WHERE id = $2")
            .bind(text)
            .bind(id)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// One page of a quarter's actors by name, and the total count.
    pub async fn actors_page(
        &self,
        quarter_id: i64,
        published_only: bool,
        offset: i64,
        limit: i64,
    ) -> Result<(Vec<Actor>, i64), DbError> {
        let filter = if published_only {
            " AND published = 1"
        } else {
            ""
        };
        let sql = format!(
            "SELECT {ACTOR_COLS} FROM actors WHERE quarter_id = $1{filter} ORDER BY name, id LIMIT $2 OFFSET $3"
        );
        let rows = sqlx::query_as::<_, Actor>(&sql)
            .bind(quarter_id)
            .bind(limit)
            .bind(offset)
            .fetch_all(self.pool())
            .await?;
        let count_sql = format!("SELECT COUNT(*) FROM actors WHERE quarter_id = $1{filter}");
        let total: i64 = sqlx::query_scalar(&count_sql)
            .bind(quarter_id)
            .fetch_one(self.pool())
            .await?;
        Ok((rows, total))
    }

    /// Does an actor key exist in the city?
    pub async fn actor_key_taken(&self, city_id: i64, key: &str) -> Result<bool, DbError> {
        let n: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM actors WHERE city_id = $1 AND actor_key = $2")
                .bind(city_id)
                .bind(key)
                .fetch_one(self.pool())
                .await?;
        Ok(n > 0)
    }

    /// Makes `user_id` a representative of `actor_id`.
    pub async fn add_actor_member(&self, actor_id: i64, user_id: i64) -> Result<(), DbError> {
        sqlx::query("INSERT INTO actor_members (actor_id, user_id) VALUES ($1, $2)")
            .bind(actor_id)
            .bind(user_id)
            .execute(self.pool())
            .await
            .map_err(|e| DbError::from_insert(e, "actor member"))?;
        Ok(())
    }

    /// Ids of the actors `user_id` represents.
    pub async fn actors_of_user(&self, user_id: i64) -> Result<Vec<i64>, DbError> {
        Ok(
            sqlx::query_scalar("SELECT actor_id FROM actor_members WHERE user_id = $1")
                .bind(user_id)
                .fetch_all(self.pool())
                .await?,
        )
    }
}

type AnyQuery<'q> = sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>>;

/// Binds an actor's columns as `$1`–`$17` (name … published, then the change
/// time), the part its INSERT and UPDATE share.
fn bind_actor<'q>(q: AnyQuery<'q>, a: &'q ActorDraft, at: i64) -> AnyQuery<'q> {
    q.bind(&a.name)
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
        .bind(at)
}
