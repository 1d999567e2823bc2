//! Login sessions, stored by the SHA-256 of their random id so that a database
//! dump does not hand out live sessions.

use crate::{Db, DbError, now};

impl Db {
    /// Stores a session for `user_id` under `id_hash`, valid for `ttl_secs`.
    pub async fn create_session(
        &self,
        id_hash: &str,
        user_id: i64,
        ttl_secs: i64,
    ) -> Result<(), DbError> {
        let t = now();
        sqlx::query(
            "INSERT INTO sessions (id, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)",
        )
        .bind(id_hash)
        .bind(user_id)
        .bind(t)
        .bind(t + ttl_secs)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// Ends one session.
    pub async fn delete_session(&self, id_hash: &str) -> Result<(), DbError> {
        sqlx::query("DELETE FROM sessions WHERE id = $1")
            .bind(id_hash)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// Ends every session of a user (after a password reset).
    pub async fn delete_sessions_of(&self, user_id: i64) -> Result<(), DbError> {
        sqlx::query("DELETE FROM sessions WHERE user_id = $1")
            .bind(user_id)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// Removes expired sessions and tokens; returns how many rows went.
    pub async fn purge_expired(&self) -> Result<u64, DbError> {
        let t = now();
        let a = sqlx::query("DELETE FROM sessions WHERE expires_at <= $1")
            .bind(t)
            .execute(self.pool())
            .await?;
        let b = sqlx::query("DELETE FROM tokens WHERE expires_at <= $1")
            .bind(t)
            .execute(self.pool())
            .await?;
        Ok(a.rows_affected() + b.rows_affected())
    }
}
