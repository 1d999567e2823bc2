//! Events of the shared calendar.

use serde::Serialize;
use sqlx::FromRow;

use crate::{Db, DbError, now};

/// An event of the shared calendar.
#[derive(Debug, Clone, FromRow, Serialize)]
pub struct Event {
    /// Row id.
    pub id: i64,
    /// City.
    pub city_id: i64,
    /// Quarter.
    pub quarter_id: i64,
    /// Organising actor.
    pub actor_id: Option<i64>,
    /// Title.
    pub title: String,
    /// Description.
    pub description: String,
    /// Place.
    pub place: String,
    /// Start (Unix seconds).
    pub starts_at: i64,
    /// End (Unix seconds).
    pub ends_at: i64,
    /// Stable iCalendar UID.
    pub uid: String,
    /// Created (Unix seconds).
    pub created_at: i64,
    /// Last change (Unix seconds).
    pub updated_at: i64,
}

/// Fields of a new or changed event.
#[derive(Debug, Clone, Default)]
pub struct EventDraft {
    /// Organising actor.
    pub actor_id: Option<i64>,
    /// Title.
    pub title: String,
    /// Description.
    pub description: String,
    /// Place.
    pub place: String,
    /// Start (Unix seconds).
    pub starts_at: i64,
    /// End (Unix seconds).
    pub ends_at: i64,
}

const EVENT_COLS: &str = "id, city_id, quarter_id, actor_id, title, description, place, starts_at, ends_at, uid, created_at, updated_at";

impl Db {
    /// Adds an event; returns its id.
    pub async fn insert_event(
        &self,
        city_id: i64,
        quarter_id: i64,
        e: &EventDraft,
        uid: &str,
    ) -> Result<i64, DbError> {
        let t = now();
        sqlx::query_scalar("INSERT INTO events (city_id, quarter_id, actor_id, title, description, place, starts_at, ends_at, uid, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id")
            .bind(city_id)
            .bind(quarter_id)
            .bind(e.actor_id)
            .bind(&e.title)
            .bind(&e.description)
            .bind(&e.place)
            .bind(e.starts_at)
            .bind(e.ends_at)
            .bind(uid)
            .bind(t)
            .bind(t)
            .fetch_one(self.pool())
            .await
            .map_err(|err| DbError::from_insert(err, "event"))
    }

    /// Changes an event.
    pub async fn update_event(&self, id: i64, e: &EventDraft) -> Result<(), DbError> {
        sqlx::query("UPDATE events SET actor_id = $1, title = $2, description = $3, place = $4, starts_at = $5, ends_at = $6, updated_at = $7 WHERE id = $8")
            .bind(e.actor_id)
            .bind(&e.title)
            .bind(&e.description)
            .bind(&e.place)
            .bind(e.starts_at)
            .bind(e.ends_at)
            .bind(now())
            .bind(id)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// One event.
    pub async fn event(&self, id: i64) -> Result<Option<Event>, DbError> {
        let sql = format!("SELECT {EVENT_COLS} FROM events WHERE id = $1");
        Ok(sqlx::query_as::<_, Event>(&sql)
            .bind(id)
            .fetch_optional(self.pool())
            .await?)
    }

    /// Events of the city (or one quarter) starting in `[from, to)`, earliest first.
    pub async fn events_between(
        &self,
        city_id: i64,
        quarter_id: Option<i64>,
        from: i64,
        to: i64,
    ) -> Result<Vec<Event>, DbError> {
        let (sql, scope) = match quarter_id {
            Some(q) => (
                format!(
                    "SELECT {EVENT_COLS} FROM events WHERE quarter_id = $1 AND starts_at >= $2 AND starts_at < $3 ORDER BY starts_at, id LIMIT 500"
                ),
                q,
            ),
            None => (
                format!(
                    "SELECT {EVENT_COLS} FROM events WHERE city_id = $1 AND starts_at >= $2 AND starts_at < $3 ORDER BY starts_at, id LIMIT 500"
                ),
                city_id,
            ),
        };
        Ok(sqlx::query_as::<_, Event>(&sql)
            .bind(scope)
            .bind(from)
            .bind(to)
            .fetch_all(self.pool())
            .await?)
    }
}
