//! Comments with one reply level, supports (one per account) and follows.

use serde::{Deserialize, Serialize};
use sqlx::FromRow;

use crate::{Db, DbError};

/// A comment or a reply to one.
#[derive(Debug, Clone, FromRow, Serialize, Deserialize)]
pub struct Comment {
    /// Row id.
    pub id: i64,
    /// Idea.
    pub idea_id: i64,
    /// The comment this replies to (replies have no replies).
    pub parent_id: Option<i64>,
    /// Text.
    pub text: String,
    /// Language code.
    pub lang: String,
    /// Author's account.
    pub author_user_id: Option<i64>,
    /// Author as shown.
    pub author_name: String,
    /// Channel code.
    pub channel: String,
    /// Staff who entered it.
    pub recorded_by: Option<i64>,
    /// Public reason when hidden.
    pub hidden_reason: Option<String>,
    /// When hidden.
    pub hidden_at: Option<i64>,
    /// Posted (Unix seconds).
    pub created_at: i64,
}

/// A new comment.
#[derive(Debug, Clone, Default)]
pub struct NewComment {
    /// Idea.
    pub idea_id: i64,
    /// The top-level comment replied to.
    pub parent_id: Option<i64>,
    /// Text.
    pub text: String,
    /// Language code.
    pub lang: String,
    /// Author's account.
    pub author_user_id: Option<i64>,
    /// Author as shown.
    pub author_name: String,
    /// Channel code.
    pub channel: String,
    /// Staff who entered it.
    pub recorded_by: Option<i64>,
    /// Posted (Unix seconds).
    pub created_at: i64,
}

const COMMENT_COLS: &str = "id, idea_id, parent_id, text, lang, author_user_id, author_name, channel, recorded_by, hidden_reason, hidden_at, created_at";

pub(crate) async fn insert_comment_in(
    conn: &mut sqlx::AnyConnection,
    c: &NewComment,
    import_id: Option<i64>,
) -> Result<i64, DbError> {
    if let Some(parent) = c.parent_id {
        // One reply level: the parent is a top-level comment of the same idea.
        let ok: Option<i64> = sqlx::query_scalar(
            "SELECT id FROM idea_comments WHERE id = $1 AND idea_id = $2 AND parent_id IS NULL",
        )
        .bind(parent)
        .bind(c.idea_id)
        .fetch_optional(&mut *conn)
        .await?;
        if ok.is_none() {
            return Err(DbError::NotFound);
        }
    }
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO idea_comments (idea_id, parent_id, text, lang, author_user_id, author_name, channel, recorded_by, import_id, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
    )
    .bind(c.idea_id)
    .bind(c.parent_id)
    .bind(&c.text)
    .bind(&c.lang)
    .bind(c.author_user_id)
    .bind(&c.author_name)
    .bind(&c.channel)
    .bind(c.recorded_by)
    .bind(import_id)
    .bind(c.created_at)
    .fetch_one(&mut *conn)
    .await?;
    Ok(id)
}

impl Db {
    /// Stores a comment (a reply when `parent_id` names a top-level comment of the same
    /// idea; anything else is [`DbError::NotFound`]) and counts it on the idea.
    pub async fn insert_comment(&self, c: &NewComment) -> Result<i64, DbError> {
        let mut tx = self.pool().begin().await?;
        let id = insert_comment_in(&mut tx, c, None).await?;
        sqlx::query("UPDATE ideas SET comments = comments + 1 WHERE id = $1")
            .bind(c.idea_id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(id)
    }

    /// One comment.
    pub async fn comment(&self, id: i64) -> Result<Option<Comment>, DbError> {
        Ok(sqlx::query_as(&format!(
            "SELECT {COMMENT_COLS} FROM idea_comments WHERE id = $1"
        ))
        .bind(id)
        .fetch_optional(self.pool())
        .await?)
    }

    /// Every comment of an idea, oldest first (hidden ones included; the page shows
    /// them as hidden with the reason).
    pub async fn comments_of(&self, idea_id: i64) -> Result<Vec<Comment>, DbError> {
        Ok(sqlx::query_as(&format!(
            "SELECT {COMMENT_COLS} FROM idea_comments WHERE idea_id = $1 ORDER BY created_at, id"
        ))
        .bind(idea_id)
        .fetch_all(self.pool())
        .await?)
    }

    /// Every comment of a dialogue's ideas, by idea and time (exports).
    pub async fn comments_of_dialogue(&self, dialogue_id: i64) -> Result<Vec<Comment>, DbError> {
        Ok(sqlx::query_as(
            "SELECT c.id, c.idea_id, c.parent_id, c.text, c.lang, c.author_user_id, c.author_name, c.channel, c.recorded_by, c.hidden_reason, c.hidden_at, c.created_at \
             FROM idea_comments c JOIN ideas i ON i.id = c.idea_id WHERE i.dialogue_id = $1 ORDER BY c.idea_id, c.created_at, c.id",
        )
        .bind(dialogue_id)
        .fetch_all(self.pool())
        .await?)
    }

    /// Comments posted by an account since `since` (posting rate limit).
    pub async fn comments_by_user_since(&self, user_id: i64, since: i64) -> Result<i64, DbError> {
        Ok(sqlx::query_scalar(
            "SELECT CAST(COUNT(*) AS BIGINT) FROM idea_comments WHERE author_user_id = $1 AND created_at >= $2",
        )
        .bind(user_id)
        .bind(since)
        .fetch_one(self.pool())
        .await?)
    }

    /// Supports an idea; `false` when the account already supports it.
    pub async fn support_idea(&self, idea_id: i64, user_id: i64, at: i64) -> Result<bool, DbError> {
        let mut tx = self.pool().begin().await?;
        let n = sqlx::query(
            "INSERT INTO idea_supports (idea_id, user_id, created_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
        )
        .bind(idea_id)
        .bind(user_id)
        .bind(at)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if n > 0 {
            sqlx::query("UPDATE ideas SET supports = supports + 1 WHERE id = $1")
                .bind(idea_id)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(n > 0)
    }

    /// Withdraws a support; `false` when there was none.
    pub async fn unsupport_idea(&self, idea_id: i64, user_id: i64) -> Result<bool, DbError> {
        let mut tx = self.pool().begin().await?;
        let n = sqlx::query("DELETE FROM idea_supports WHERE idea_id = $1 AND user_id = $2")
            .bind(idea_id)
            .bind(user_id)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        if n > 0 {
            sqlx::query("UPDATE ideas SET supports = supports - 1 WHERE id = $1 AND supports > 0")
                .bind(idea_id)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(n > 0)
    }

    /// Whether an account supports and follows an idea.
    pub async fn idea_relation(&self, idea_id: i64, user_id: i64) -> Result<(bool, bool), DbError> {
        let (s, f): (i64, i64) = sqlx::query_as(
            "SELECT (SELECT CAST(COUNT(*) AS BIGINT) FROM idea_supports WHERE idea_id = $1 AND user_id = $2), \
                    (SELECT CAST(COUNT(*) AS BIGINT) FROM idea_follows WHERE idea_id = $1 AND user_id = $2)",
        )
        .bind(idea_id)
        .bind(user_id)
        .fetch_one(self.pool())
        .await?;
        Ok((s > 0, f > 0))
    }

    /// Follows (or unfollows) an idea.
    pub async fn set_follow(
        &self,
        idea_id: i64,
        user_id: i64,
        on: bool,
        at: i64,
    ) -> Result<(), DbError> {
        if on {
            sqlx::query(
                "INSERT INTO idea_follows (idea_id, user_id, created_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
            )
            .bind(idea_id)
            .bind(user_id)
            .bind(at)
            .execute(self.pool())
            .await?;
        } else {
            sqlx::query("DELETE FROM idea_follows WHERE idea_id = $1 AND user_id = $2")
                .bind(idea_id)
                .bind(user_id)
                .execute(self.pool())
                .await?;
        }
        Ok(())
    }

    /// The accounts following an idea.
    pub async fn idea_followers(&self, idea_id: i64) -> Result<Vec<i64>, DbError> {
        Ok(sqlx::query_scalar(
            "SELECT user_id FROM idea_follows WHERE idea_id = $1 ORDER BY user_id",
        )
        .bind(idea_id)
        .fetch_all(self.pool())
        .await?)
    }
}
