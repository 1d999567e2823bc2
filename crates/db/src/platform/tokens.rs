//! One-time tokens (email verification, password reset, staff invitation) and
//! long-lived API tokens, stored by hash.

use sqlx::FromRow;

use crate::{Db, DbError, now};

/// What a token is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// Confirms an email address.
    Verify,
    /// Sets a new password.
    Reset,
    /// Invites staff; payload holds `email|role|city_id|quarter_id`.
    Invite,
    /// Authenticates REST API calls (`Authorization: Bearer`).
    Api,
}

impl Purpose {
    fn as_str(self) -> &'static str {
        match self {
            Purpose::Verify => "verify",
            Purpose::Reset => "reset",
            Purpose::Invite => "invite",
            Purpose::Api => "api",
        }
    }
}

/// A stored token.
#[derive(Debug, Clone, FromRow)]
pub struct Token {
    /// Row id.
    pub id: i64,
    /// The user it belongs to (none for invitations).
    pub user_id: Option<i64>,
    /// Free payload.
    pub payload: String,
    /// Expiry (Unix seconds).
    pub expires_at: i64,
}

impl Db {
    /// Stores a token hash.
    pub async fn create_token(
        &self,
        purpose: Purpose,
        token_hash: &str,
        user_id: Option<i64>,
        payload: &str,
        ttl_secs: i64,
    ) -> Result<i64, DbError> {
        let t = now();
        Ok(sqlx::query_scalar(
            "INSERT INTO tokens (purpose, token_hash, user_id, payload, expires_at, created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(purpose.as_str())
        .bind(token_hash)
        .bind(user_id)
        .bind(payload)
        .bind(t + ttl_secs)
        .bind(t)
        .fetch_one(self.pool())
        .await?)
    }

    /// Finds a live, unused token without consuming it.
    pub async fn peek_token(
        &self,
        purpose: Purpose,
        token_hash: &str,
    ) -> Result<Option<Token>, DbError> {
        Ok(sqlx::query_as::<_, Token>(
            "SELECT id, user_id, payload, expires_at FROM tokens WHERE purpose = $1 AND token_hash = $2 AND used_at IS NULL AND expires_at > $3",
        )
        .bind(purpose.as_str())
        .bind(token_hash)
        .bind(now())
        .fetch_optional(self.pool())
        .await?)
    }

    /// Consumes a one-time token atomically: only one caller gets it.
    pub async fn take_token(
        &self,
        purpose: Purpose,
        token_hash: &str,
    ) -> Result<Option<Token>, DbError> {
        let Some(tok) = self.peek_token(purpose, token_hash).await? else {
            return Ok(None);
        };
        let r = sqlx::query("UPDATE tokens SET used_at = $1 WHERE id = $2 AND used_at IS NULL")
            .bind(now())
            .bind(tok.id)
            .execute(self.pool())
            .await?;
        Ok((r.rows_affected() == 1).then_some(tok))
    }

    /// The user behind a live API token.
    pub async fn api_token_user(&self, token_hash: &str) -> Result<Option<i64>, DbError> {
        Ok(self
            .peek_token(Purpose::Api, token_hash)
            .await?
            .and_then(|t| t.user_id))
    }

    /// Number of live API tokens of a user.
    pub async fn count_api_tokens(&self, user_id: i64) -> Result<i64, DbError> {
        Ok(sqlx::query_scalar(
            "SELECT COUNT(*) FROM tokens WHERE purpose = 'api' AND user_id = $1 AND expires_at > $2",
        )
        .bind(user_id)
        .bind(now())
        .fetch_one(self.pool())
        .await?)
    }

    /// Revokes every API token of a user.
    pub async fn revoke_api_tokens(&self, user_id: i64) -> Result<(), DbError> {
        sqlx::query("DELETE FROM tokens WHERE purpose = 'api' AND user_id = $1")
            .bind(user_id)
            .execute(self.pool())
            .await?;
        Ok(())
    }
}
