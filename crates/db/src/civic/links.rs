//! Cooperation links between actors.

use serde::Serialize;
use sqlx::FromRow;

use crate::{Db, DbError, now};

/// A cooperation link between two actors.
#[derive(Debug, Clone, FromRow, Serialize)]
pub struct Link {
    /// Row id.
    pub id: i64,
    /// Quarter.
    pub quarter_id: i64,
    /// One actor (the smaller id).
    pub actor_a: i64,
    /// The other actor.
    pub actor_b: i64,
    /// Kind of cooperation.
    pub kind: String,
    /// Through which measure (free text).
    pub measure: String,
    /// Since which year.
    pub since_year: i64,
    /// Ended in this year; `None` while active.
    pub until_year: Option<i64>,
    /// Created (Unix seconds).
    pub created_at: i64,
}

impl quartier_rules::civic::Tie for Link {
    fn since_year(&self) -> i64 {
        self.since_year
    }
    fn until_year(&self) -> Option<i64> {
        self.until_year
    }
}

const LINK_COLS: &str =
    "id, quarter_id, actor_a, actor_b, kind, measure, since_year, until_year, created_at";

impl Db {
    /// Records a cooperation link (stored with the smaller actor id first).
    pub async fn insert_link(
        &self,
        quarter_id: i64,
        a: i64,
        b: i64,
        kind: &str,
        measure: &str,
        since_year: i64,
    ) -> Result<i64, DbError> {
        let (a, b) = if a <= b { (a, b) } else { (b, a) };
        sqlx::query_scalar("INSERT INTO actor_links (quarter_id, actor_a, actor_b, kind, measure, since_year, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id")
            .bind(quarter_id)
            .bind(a)
            .bind(b)
            .bind(kind)
            .bind(measure)
            .bind(since_year)
            .bind(now())
            .fetch_one(self.pool())
            .await
            .map_err(|e| DbError::from_insert(e, "link"))
    }

    /// Ends a link in `year`.
    pub async fn end_link(&self, id: i64, year: i64) -> Result<(), DbError> {
        sqlx::query("UPDATE actor_links SET until_year = $1 WHERE id = $2 AND until_year IS NULL")
            .bind(year)
            .bind(id)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// One link.
    pub async fn link(&self, id: i64) -> Result<Option<Link>, DbError> {
        let sql = format!("SELECT {LINK_COLS} FROM actor_links WHERE id = $1");
        Ok(sqlx::query_as::<_, Link>(&sql)
            .bind(id)
            .fetch_optional(self.pool())
            .await?)
    }

    /// Every link of a quarter (active and ended), oldest first.
    pub async fn links_in_quarter(&self, quarter_id: i64) -> Result<Vec<Link>, DbError> {
        let sql = format!(
            "SELECT {LINK_COLS} FROM actor_links WHERE quarter_id = $1 ORDER BY since_year, id"
        );
        Ok(sqlx::query_as::<_, Link>(&sql)
            .bind(quarter_id)
            .fetch_all(self.pool())
            .await?)
    }
}
