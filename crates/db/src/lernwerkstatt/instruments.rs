//! The instrument library: profiles versioned with a snapshot and the
//! field-by-field difference per version (the plan's change shape), uses by
//! quarters, comments and ratings.

use quartier_rules::lernwerkstatt::Profile;
use serde_json::Value;

use super::{Comment, Instrument, InstrumentUse, InstrumentVersion};
use crate::{Db, DbError};

const COLS: &str = "id, slug, origin_quarter_id, version, profile, created_at, updated_at";

fn snapshot(p: &Profile) -> Value {
    serde_json::to_value(p).unwrap_or(Value::Null)
}

/// Flattens nested profile values to text so that the diff shows them per field.
fn flat(v: &Value) -> Value {
    match v {
        Value::Object(m) => Value::Object(
            m.iter()
                .map(|(k, x)| {
                    let t = match x {
                        Value::String(s) => Value::String(s.clone()),
                        other => Value::String(other.to_string()),
                    };
                    (k.clone(), t)
                })
                .collect(),
        ),
        other => other.clone(),
    }
}

impl Db {
    /// Creates an instrument with version 1 of its profile (validate it first).
    pub async fn create_instrument(
        &self,
        slug: &str,
        origin_quarter_id: Option<i64>,
        profile: &Profile,
        by: &str,
        at: i64,
    ) -> Result<i64, DbError> {
        let snap = snapshot(profile);
        let diff = crate::plan::diff(None, &flat(&snap));
        let mut tx = self.pool().begin().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO instruments (slug, origin_quarter_id, version, profile, created_at, updated_at) VALUES ($1, $2, 1, $3, $4, $4) RETURNING id",
        )
        .bind(slug)
        .bind(origin_quarter_id)
        .bind(snap.to_string())
        .bind(at)
        .fetch_one(&mut *tx)
        .await
        .map_err(|e| DbError::from_insert(e, "slug"))?;
        sqlx::query(
            "INSERT INTO instrument_versions (instrument_id, version, changed_at, changed_by, diff, snapshot) VALUES ($1, 1, $2, $3, $4, $5)",
        )
        .bind(id)
        .bind(at)
        .bind(by)
        .bind(serde_json::to_string(&diff).unwrap_or_else(|_| "[]".into()))
        .bind(snap.to_string())
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Saves a new version of an instrument's profile; returns the new version
    /// number (unchanged when the profile is the same).
    pub async fn save_instrument_version(
        &self,
        id: i64,
        profile: &Profile,
        by: &str,
        at: i64,
    ) -> Result<i64, DbError> {
        let mut tx = self.pool().begin().await?;
        let row: Option<(i64, String)> =
            sqlx::query_as("SELECT version, profile FROM instruments WHERE id = $1")
                .bind(id)
                .fetch_optional(&mut *tx)
                .await?;
        let Some((version, before)) = row else {
            return Err(DbError::NotFound);
        };
        let before: Value = serde_json::from_str(&before).unwrap_or(Value::Null);
        let snap = snapshot(profile);
        let diff = crate::plan::diff(Some(&flat(&before)), &flat(&snap));
        if diff.is_empty() {
            return Ok(version);
        }
        let next = version + 1;
        sqlx::query(
            "UPDATE instruments SET version = $1, profile = $2, updated_at = $3 WHERE id = $4",
        )
        .bind(next)
        .bind(snap.to_string())
        .bind(at)
        .bind(id)
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "INSERT INTO instrument_versions (instrument_id, version, changed_at, changed_by, diff, snapshot) VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(id)
        .bind(next)
        .bind(at)
        .bind(by)
        .bind(serde_json::to_string(&diff).unwrap_or_else(|_| "[]".into()))
        .bind(snap.to_string())
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(next)
    }

    /// Every instrument, by slug.
    pub async fn instruments(&self) -> Result<Vec<Instrument>, DbError> {
        Ok(sqlx::query_as::<_, Instrument>(&format!(
            "SELECT {COLS} FROM instruments ORDER BY slug"
        ))
        .fetch_all(self.pool())
        .await?)
    }

    /// One instrument by its slug.
    pub async fn instrument_by_slug(&self, slug: &str) -> Result<Option<Instrument>, DbError> {
        Ok(sqlx::query_as::<_, Instrument>(&format!(
            "SELECT {COLS} FROM instruments WHERE slug = $1"
        ))
        .bind(slug)
        .fetch_optional(self.pool())
        .await?)
    }

    /// The versions of an instrument, newest first.
    pub async fn instrument_versions(&self, id: i64) -> Result<Vec<InstrumentVersion>, DbError> {
        Ok(sqlx::query_as::<_, InstrumentVersion>(
            "SELECT id, instrument_id, version, changed_at, changed_by, diff, snapshot FROM instrument_versions WHERE instrument_id = $1 ORDER BY version DESC",
        )
        .bind(id)
        .fetch_all(self.pool())
        .await?)
    }

    /// Records that a quarter used an instrument, with its result.
    pub async fn add_instrument_use(
        &self,
        instrument_id: i64,
        quarter_id: i64,
        started_on: &str,
        result: &str,
        at: i64,
    ) -> Result<i64, DbError> {
        Ok(sqlx::query_scalar(
            "INSERT INTO instrument_uses (instrument_id, quarter_id, started_on, result, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id",
        )
        .bind(instrument_id)
        .bind(quarter_id)
        .bind(started_on)
        .bind(result)
        .bind(at)
        .fetch_one(self.pool())
        .await?)
    }

    /// The uses of an instrument.
    pub async fn instrument_uses(&self, instrument_id: i64) -> Result<Vec<InstrumentUse>, DbError> {
        Ok(sqlx::query_as::<_, InstrumentUse>(
            "SELECT id, instrument_id, quarter_id, started_on, result FROM instrument_uses WHERE instrument_id = $1 ORDER BY started_on, id",
        )
        .bind(instrument_id)
        .fetch_all(self.pool())
        .await?)
    }

    /// Adds a comment with an optional rating 1–5.
    #[allow(clippy::too_many_arguments)]
    pub async fn add_instrument_comment(
        &self,
        instrument_id: i64,
        user_id: i64,
        quarter_id: Option<i64>,
        author: &str,
        body: &str,
        rating: Option<i64>,
        at: i64,
    ) -> Result<i64, DbError> {
        Ok(sqlx::query_scalar(
            "INSERT INTO instrument_comments (instrument_id, user_id, quarter_id, author, body, rating, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
        )
        .bind(instrument_id)
        .bind(user_id)
        .bind(quarter_id)
        .bind(author)
        .bind(body)
        .bind(rating)
        .bind(at)
        .fetch_one(self.pool())
        .await?)
    }

    /// The comments of an instrument, oldest first.
    pub async fn instrument_comments(&self, instrument_id: i64) -> Result<Vec<Comment>, DbError> {
        Ok(sqlx::query_as::<_, Comment>(
            "SELECT id, instrument_id, user_id, quarter_id, author, body, rating, created_at FROM instrument_comments WHERE instrument_id = $1 ORDER BY created_at, id",
        )
        .bind(instrument_id)
        .fetch_all(self.pool())
        .await?)
    }
}
