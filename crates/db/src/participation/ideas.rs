//! Ideas: posting, the filtered and sorted list, official answers, the queue of
//! unanswered ideas, links to measures.

use quartier_rules::participation::listing::{IdeaQuery, PER_PAGE, Sort};
use serde::{Deserialize, Serialize};
use sqlx::FromRow;

use super::IDEA_COLS;
use crate::{Db, DbError, float_param};

/// An idea.
#[derive(Debug, Clone, FromRow, Serialize, Deserialize)]
pub struct Idea {
    /// Row id.
    pub id: i64,
    /// Dialogue.
    pub dialogue_id: i64,
    /// Title.
    pub title: String,
    /// Text.
    pub text: String,
    /// Category.
    pub category: Option<String>,
    /// Language code of the text.
    pub lang: String,
    /// Photo file reference.
    pub photo: Option<String>,
    /// Latitude of the place.
    pub lat: Option<f64>,
    /// Longitude of the place.
    pub lon: Option<f64>,
    /// Author's account (none for analog input without an account).
    pub author_user_id: Option<i64>,
    /// Author as shown (pseudonym or name).
    pub author_name: String,
    /// Channel code.
    pub channel: String,
    /// Staff who entered it on someone's behalf.
    pub recorded_by: Option<i64>,
    /// Event where it was collected.
    pub event: String,
    /// Status code.
    pub status: String,
    /// Supports.
    pub supports: i64,
    /// Visible comments.
    pub comments: i64,
    /// First public answer (Unix seconds).
    pub answered_at: Option<i64>,
    /// Public reason when hidden by the moderation.
    pub hidden_reason: Option<String>,
    /// When hidden.
    pub hidden_at: Option<i64>,
    /// The measure of the action plan it became.
    pub measure_id: Option<i64>,
    /// The import it came from.
    pub import_id: Option<i64>,
    /// Posted (Unix seconds).
    pub created_at: i64,
}

impl Idea {
    /// The place as `(lat, lon)`.
    pub fn point(&self) -> Option<(f64, f64)> {
        self.lat.zip(self.lon)
    }

    /// Whether the moderation hid it.
    pub fn is_hidden(&self) -> bool {
        self.hidden_at.is_some()
    }
}

/// A new idea.
#[derive(Debug, Clone, Default)]
pub struct NewIdea {
    /// Dialogue.
    pub dialogue_id: i64,
    /// Title.
    pub title: String,
    /// Text.
    pub text: String,
    /// Category.
    pub category: Option<String>,
    /// Language code.
    pub lang: String,
    /// Photo file reference.
    pub photo: Option<String>,
    /// Place `(lat, lon)`.
    pub point: Option<(f64, f64)>,
    /// Author's account.
    pub author_user_id: Option<i64>,
    /// Author as shown.
    pub author_name: String,
    /// Channel code.
    pub channel: String,
    /// Staff who entered it.
    pub recorded_by: Option<i64>,
    /// Event where it was collected.
    pub event: String,
    /// Status code (`new` for everything posted online).
    pub status: String,
    /// Posted (Unix seconds).
    pub created_at: i64,
}

/// One page of the idea list.
#[derive(Debug, Clone)]
pub struct IdeaPage {
    /// The ideas on the page.
    pub items: Vec<Idea>,
    /// Ideas matching the filters.
    pub total: i64,
}

/// An official answer.
#[derive(Debug, Clone, FromRow, Serialize, Deserialize)]
pub struct Answer {
    /// Row id.
    pub id: i64,
    /// Idea.
    pub idea_id: i64,
    /// Status set with it.
    pub status: String,
    /// Text.
    pub text: String,
    /// Staff account.
    pub user_id: Option<i64>,
    /// Who answered, as shown.
    pub author_name: String,
    /// When (Unix seconds).
    pub created_at: i64,
}

/// An unanswered idea in the staff queue.
#[derive(Debug, Clone, FromRow)]
pub struct QueueItem {
    /// Idea.
    pub id: i64,
    /// Title.
    pub title: String,
    /// Channel code.
    pub channel: String,
    /// Status code.
    pub status: String,
    /// Posted (Unix seconds).
    pub created_at: i64,
}

/// Contributions per channel and status.
#[derive(Debug, Clone, FromRow, Serialize)]
pub struct ChannelCount {
    /// Channel code.
    pub channel: String,
    /// Status code.
    pub status: String,
    /// Ideas.
    pub n: i64,
}

pub(crate) async fn insert_idea_in<'c, E>(
    ex: E,
    i: &NewIdea,
    import_id: Option<i64>,
) -> Result<i64, DbError>
where
    E: sqlx::Executor<'c, Database = sqlx::Any>,
{
    Ok(sqlx::query_scalar(
        "INSERT INTO ideas (dialogue_id, title, text, category, lang, photo, lat, lon, author_user_id, author_name, channel, recorded_by, event, status, import_id, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, CAST($7 AS DOUBLE PRECISION), CAST($8 AS DOUBLE PRECISION), $9, $10, $11, $12, $13, $14, $15, $16, $16) RETURNING id",
    )
    .bind(i.dialogue_id)
    .bind(&i.title)
    .bind(&i.text)
    .bind(&i.category)
    .bind(&i.lang)
    .bind(&i.photo)
    .bind(float_param(i.point.map(|p| p.0)))
    .bind(float_param(i.point.map(|p| p.1)))
    .bind(i.author_user_id)
    .bind(&i.author_name)
    .bind(&i.channel)
    .bind(i.recorded_by)
    .bind(&i.event)
    .bind(&i.status)
    .bind(import_id)
    .bind(i.created_at)
    .fetch_one(ex)
    .await?)
}

impl Db {
    /// Stores a new idea.
    pub async fn insert_idea(&self, i: &NewIdea) -> Result<i64, DbError> {
        insert_idea_in(self.pool(), i, None).await
    }

    /// One idea.
    pub async fn idea(&self, id: i64) -> Result<Option<Idea>, DbError> {
        Ok(
            sqlx::query_as(&format!("SELECT {IDEA_COLS} FROM ideas WHERE id = $1"))
                .bind(id)
                .fetch_optional(self.pool())
                .await?,
        )
    }

    /// One page of a dialogue's ideas with the query's filters, order and page (hidden
    /// ideas included: they are listed as hidden with the public reason).
    pub async fn ideas_page(&self, dialogue_id: i64, q: &IdeaQuery) -> Result<IdeaPage, DbError> {
        let mut cond = String::from("dialogue_id = $1");
        let mut binds: Vec<String> = Vec::new();
        if let Some(c) = &q.category {
            binds.push(c.clone());
            cond.push_str(&format!(" AND category = ${}", binds.len() + 1));
        }
        if let Some(s) = q.status {
            binds.push(s.as_str().to_string());
            cond.push_str(&format!(" AND status = ${}", binds.len() + 1));
        }
        if let Some(c) = q.channel {
            binds.push(c.as_str().to_string());
            cond.push_str(&format!(" AND channel = ${}", binds.len() + 1));
        }
        let order = match q.sort {
            Sort::Newest => "created_at DESC, id DESC",
            Sort::MostSupported => "supports DESC, created_at DESC, id DESC",
            Sort::MostDiscussed => "comments DESC, created_at DESC, id DESC",
        };
        let count_sql = format!("SELECT CAST(COUNT(*) AS BIGINT) FROM ideas WHERE {cond}");
        let mut count = sqlx::query_scalar::<_, i64>(&count_sql).bind(dialogue_id);
        for b in &binds {
            count = count.bind(b);
        }
        let total = count.fetch_one(self.pool()).await?;
        let n = binds.len();
        let list_sql = format!(
            "SELECT {IDEA_COLS} FROM ideas WHERE {cond} ORDER BY {order} LIMIT ${} OFFSET ${}",
            n + 2,
            n + 3
        );
        let mut list = sqlx::query_as::<_, Idea>(&list_sql).bind(dialogue_id);
        for b in &binds {
            list = list.bind(b);
        }
        let items = list
            .bind(i64::from(PER_PAGE))
            .bind(q.offset())
            .fetch_all(self.pool())
            .await?;
        Ok(IdeaPage { items, total })
    }

    /// The newest visible ideas of a dialogue.
    pub async fn newest_ideas(&self, dialogue_id: i64, limit: i64) -> Result<Vec<Idea>, DbError> {
        Ok(sqlx::query_as(&format!(
            "SELECT {IDEA_COLS} FROM ideas WHERE dialogue_id = $1 AND hidden_at IS NULL ORDER BY created_at DESC, id DESC LIMIT $2"
        ))
        .bind(dialogue_id)
        .bind(limit)
        .fetch_all(self.pool())
        .await?)
    }

    /// Every idea of a dialogue, oldest first (accountability page, exports, GeoJSON).
    pub async fn all_ideas(&self, dialogue_id: i64) -> Result<Vec<Idea>, DbError> {
        Ok(sqlx::query_as(&format!(
            "SELECT {IDEA_COLS} FROM ideas WHERE dialogue_id = $1 ORDER BY created_at, id"
        ))
        .bind(dialogue_id)
        .fetch_all(self.pool())
        .await?)
    }

    /// `(id, title and text)` of the visible ideas, for the duplicate check.
    pub async fn idea_texts(
        &self,
        dialogue_id: i64,
    ) -> Result<Vec<(i64, String, String)>, DbError> {
        Ok(sqlx::query_as(
            "SELECT id, title, text FROM ideas WHERE dialogue_id = $1 AND hidden_at IS NULL ORDER BY id",
        )
        .bind(dialogue_id)
        .fetch_all(self.pool())
        .await?)
    }

    /// Ideas posted by an account since `since` (posting rate limit).
    pub async fn ideas_by_user_since(&self, user_id: i64, since: i64) -> Result<i64, DbError> {
        Ok(sqlx::query_scalar(
            "SELECT CAST(COUNT(*) AS BIGINT) FROM ideas WHERE author_user_id = $1 AND created_at >= $2",
        )
        .bind(user_id)
        .bind(since)
        .fetch_one(self.pool())
        .await?)
    }

    /// Records an official answer with the status it sets; the first answer stamps
    /// `answered_at` (the duty to answer).
    pub async fn answer_idea(
        &self,
        idea_id: i64,
        status: &str,
        text: &str,
        user_id: Option<i64>,
        author_name: &str,
        at: i64,
    ) -> Result<i64, DbError> {
        let mut tx = self.pool().begin().await?;
        let n = sqlx::query(
            "UPDATE ideas SET status = $2, answered_at = COALESCE(answered_at, $3), updated_at = $3 WHERE id = $1",
        )
        .bind(idea_id)
        .bind(status)
        .bind(at)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if n == 0 {
            return Err(DbError::NotFound);
        }
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO idea_answers (idea_id, status, text, user_id, author_name, created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(idea_id)
        .bind(status)
        .bind(text)
        .bind(user_id)
        .bind(author_name)
        .bind(at)
        .fetch_one(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    /// The answers to an idea, oldest first (the last one is the current answer).
    pub async fn idea_answers(&self, idea_id: i64) -> Result<Vec<Answer>, DbError> {
        Ok(sqlx::query_as(
            "SELECT id, idea_id, status, text, user_id, author_name, created_at FROM idea_answers WHERE idea_id = $1 ORDER BY created_at, id",
        )
        .bind(idea_id)
        .fetch_all(self.pool())
        .await?)
    }

    /// The current (latest) answer of every answered idea of a dialogue.
    pub async fn latest_answers(&self, dialogue_id: i64) -> Result<Vec<Answer>, DbError> {
        Ok(sqlx::query_as(
            "SELECT a.id, a.idea_id, a.status, a.text, a.user_id, a.author_name, a.created_at FROM idea_answers a \
             JOIN ideas i ON i.id = a.idea_id \
             WHERE i.dialogue_id = $1 AND a.id = (SELECT MAX(b.id) FROM idea_answers b WHERE b.idea_id = a.idea_id) \
             ORDER BY a.idea_id",
        )
        .bind(dialogue_id)
        .fetch_all(self.pool())
        .await?)
    }

    /// Visible ideas without a public answer, oldest first (the staff queue).
    pub async fn unanswered_ideas(&self, dialogue_id: i64) -> Result<Vec<QueueItem>, DbError> {
        Ok(sqlx::query_as(
            "SELECT id, title, channel, status, created_at FROM ideas WHERE dialogue_id = $1 AND answered_at IS NULL AND hidden_at IS NULL ORDER BY created_at, id",
        )
        .bind(dialogue_id)
        .fetch_all(self.pool())
        .await?)
    }

    /// Links an idea to the measure it became (or removes the link).
    pub async fn set_idea_measure(
        &self,
        idea_id: i64,
        measure_id: Option<i64>,
    ) -> Result<(), DbError> {
        let n = sqlx::query("UPDATE ideas SET measure_id = $2 WHERE id = $1")
            .bind(idea_id)
            .bind(measure_id)
            .execute(self.pool())
            .await?
            .rows_affected();
        if n == 0 {
            return Err(DbError::NotFound);
        }
        Ok(())
    }

    /// `(id, title)` of the ideas that became a measure.
    pub async fn ideas_of_measure(&self, measure_id: i64) -> Result<Vec<(i64, String)>, DbError> {
        Ok(
            sqlx::query_as("SELECT id, title FROM ideas WHERE measure_id = $1 ORDER BY id")
                .bind(measure_id)
                .fetch_all(self.pool())
                .await?,
        )
    }

    /// Ideas per channel and status (analog and online counted alike).
    pub async fn idea_counts(&self, dialogue_id: i64) -> Result<Vec<ChannelCount>, DbError> {
        Ok(sqlx::query_as(
            "SELECT channel, status, CAST(COUNT(*) AS BIGINT) AS n FROM ideas WHERE dialogue_id = $1 GROUP BY channel, status ORDER BY channel, status",
        )
        .bind(dialogue_id)
        .fetch_all(self.pool())
        .await?)
    }

    /// The distinct categories in use in a dialogue.
    pub async fn idea_categories(&self, dialogue_id: i64) -> Result<Vec<String>, DbError> {
        Ok(sqlx::query_scalar(
            "SELECT DISTINCT category FROM ideas WHERE dialogue_id = $1 AND category IS NOT NULL ORDER BY category",
        )
        .bind(dialogue_id)
        .fetch_all(self.pool())
        .await?)
    }

    /// Adds supports collected offline (dot votes, signature lists) to an idea's count.
    pub async fn add_recorded_supports(&self, idea_id: i64, n: i64) -> Result<(), DbError> {
        sqlx::query("UPDATE ideas SET supports = supports + $2 WHERE id = $1")
            .bind(idea_id)
            .bind(n.max(0))
            .execute(self.pool())
            .await?;
        Ok(())
    }
}
