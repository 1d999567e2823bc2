//! User accounts and role assignments.

use serde::Serialize;
use sqlx::FromRow;

use crate::{Db, DbError, now};

/// A role a user holds in a city or in one quarter of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Installation and city administrator, data-protection officer.
    Admin,
    /// Programme lead (city office for urban renewal).
    Lead,
    /// City analyst (statistics / urban development).
    Analyst,
    /// Neighbourhood manager (Quartiersmanagement).
    Manager,
    /// Jury / Quartiersrat member.
    Jury,
    /// Representative of a local actor (association, initiative, …).
    Actor,
    /// Resident.
    Resident,
}

impl Role {
    /// Every role, most powerful first.
    pub const ALL: [Role; 7] = [
        Role::Admin,
        Role::Lead,
        Role::Analyst,
        Role::Manager,
        Role::Jury,
        Role::Actor,
        Role::Resident,
    ];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Lead => "lead",
            Role::Analyst => "analyst",
            Role::Manager => "manager",
            Role::Jury => "jury",
            Role::Actor => "actor",
            Role::Resident => "resident",
        }
    }

    /// Parses a stored name.
    pub fn parse(s: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == s)
    }
}

/// A stored account.
#[derive(Debug, Clone, FromRow, Serialize)]
pub struct User {
    /// Row id.
    pub id: i64,
    /// Login email (lower-case).
    pub email: String,
    /// Argon2id PHC string.
    #[serde(skip)]
    pub password_hash: String,
    /// Name shown to staff.
    pub display_name: String,
    /// Pseudonym shown publicly when `show_pseudonym` is 1.
    pub pseudonym: Option<String>,
    /// 1 when the pseudonym is shown instead of the name.
    pub show_pseudonym: i64,
    /// Preferred UI language code.
    pub lang: String,
    /// Email digest setting: `off`, `daily`, `weekly`.
    pub digest: String,
    /// When the email address was verified (Unix seconds).
    pub email_verified_at: Option<i64>,
    /// Creation time (Unix seconds).
    pub created_at: i64,
}

impl User {
    /// The name shown next to public contributions.
    pub fn public_name(&self) -> &str {
        match (&self.pseudonym, self.show_pseudonym) {
            (Some(p), 1) if !p.is_empty() => p,
            _ => &self.display_name,
        }
    }
}

/// A role held by a user, with its scope.
#[derive(Debug, Clone, FromRow, Serialize)]
pub struct RoleAssignment {
    /// Row id.
    pub id: i64,
    /// The holder.
    pub user_id: i64,
    /// City scope.
    pub city_id: i64,
    /// Quarter scope; 0 = the whole city.
    pub quarter_id: i64,
    /// Stored role name.
    pub role: String,
}

/// Fields of a new account.
pub struct NewUser<'a> {
    /// Email (stored lower-case).
    pub email: &'a str,
    /// Argon2id PHC string.
    pub password_hash: &'a str,
    /// Display name.
    pub display_name: &'a str,
    /// UI language.
    pub lang: &'a str,
    /// Whether the email counts as verified already (admin-created, demo).
    pub verified: bool,
}

const USER_COLS: &str = "id, email, password_hash, display_name, pseudonym, show_pseudonym, lang, digest, email_verified_at, created_at";

impl Db {
    /// Creates an account; [`DbError::Conflict`] when the email is taken.
    pub async fn create_user(&self, u: NewUser<'_>) -> Result<i64, DbError> {
        let t = now();
        let verified = if u.verified { Some(t) } else { None };
        sqlx::query_scalar(
            "INSERT INTO users (email, password_hash, display_name, lang, email_verified_at, created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(u.email.trim().to_lowercase())
        .bind(u.password_hash)
        .bind(u.display_name)
        .bind(u.lang)
        .bind(verified)
        .bind(t)
        .fetch_one(self.pool())
        .await
        .map_err(|e| DbError::from_insert(e, "email"))
    }

    /// Looks an account up by email (case-insensitive).
    pub async fn user_by_email(&self, email: &str) -> Result<Option<User>, DbError> {
        let sql = format!("SELECT {USER_COLS} FROM users WHERE email = $1");
        Ok(sqlx::query_as::<_, User>(&sql)
            .bind(email.trim().to_lowercase())
            .fetch_optional(self.pool())
            .await?)
    }

    /// Looks an account up by id.
    pub async fn user_by_id(&self, id: i64) -> Result<Option<User>, DbError> {
        let sql = format!("SELECT {USER_COLS} FROM users WHERE id = $1");
        Ok(sqlx::query_as::<_, User>(&sql)
            .bind(id)
            .fetch_optional(self.pool())
            .await?)
    }

    /// The user of a live session, in one round trip (sessions joined with users).
    pub async fn session_user_row(&self, session_hash: &str) -> Result<Option<User>, DbError> {
        let sql = "SELECT u.id, u.email, u.password_hash, u.display_name, u.pseudonym, u.show_pseudonym, u.lang, u.digest, u.email_verified_at, u.created_at FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id = $1 AND s.expires_at > $2";
        Ok(sqlx::query_as::<_, User>(sql)
            .bind(session_hash)
            .bind(now())
            .fetch_optional(self.pool())
            .await?)
    }

    /// The roles of the user behind a live session (one round trip, usable in
    /// parallel with [`Db::session_user_row`]).
    pub async fn session_roles(&self, session_hash: &str) -> Result<Vec<RoleAssignment>, DbError> {
        Ok(sqlx::query_as::<_, RoleAssignment>(
            "SELECT r.id, r.user_id, r.city_id, r.quarter_id, r.role FROM role_assignments r JOIN sessions s ON s.user_id = r.user_id WHERE s.id = $1 AND s.expires_at > $2 ORDER BY r.id",
        )
        .bind(session_hash)
        .bind(now())
        .fetch_all(self.pool())
        .await?)
    }

    /// All accounts, newest first, optionally filtered by a substring of email or name.
    pub async fn list_users(&self, filter: &str, limit: i64) -> Result<Vec<User>, DbError> {
        let sql = format!(
            "SELECT {USER_COLS} FROM users WHERE email LIKE $1 OR display_name LIKE $1 ORDER BY id DESC LIMIT $2"
        );
        Ok(sqlx::query_as::<_, User>(&sql)
            .bind(format!("%{}%", filter.replace(['%', '_'], "")))
            .bind(limit)
            .fetch_all(self.pool())
            .await?)
    }

    /// Marks the email of a user as verified.
    pub async fn mark_verified(&self, user_id: i64) -> Result<(), DbError> {
        sqlx::query(
            "UPDATE users SET email_verified_at = $1 WHERE id = $2 AND email_verified_at IS NULL",
        )
        .bind(now())
        .bind(user_id)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// Replaces the password hash.
    pub async fn set_password(&self, user_id: i64, hash: &str) -> Result<(), DbError> {
        sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2")
            .bind(hash)
            .bind(user_id)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// Updates the self-service profile fields.
    pub async fn update_profile(
        &self,
        user_id: i64,
        display_name: &str,
        pseudonym: Option<&str>,
        show_pseudonym: bool,
        lang: &str,
        digest: &str,
    ) -> Result<(), DbError> {
        sqlx::query(
            "UPDATE users SET display_name = $1, pseudonym = $2, show_pseudonym = $3, lang = $4, digest = $5 WHERE id = $6",
        )
        .bind(display_name)
        .bind(pseudonym)
        .bind(i64::from(show_pseudonym))
        .bind(lang)
        .bind(digest)
        .bind(user_id)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// Deletes an account and everything that cascades from it (sessions, roles, tokens).
    pub async fn delete_user(&self, user_id: i64) -> Result<(), DbError> {
        sqlx::query("DELETE FROM users WHERE id = $1")
            .bind(user_id)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// Grants a role (idempotent). `quarter_id` 0 = city-wide.
    pub async fn grant_role(
        &self,
        user_id: i64,
        city_id: i64,
        quarter_id: i64,
        role: Role,
    ) -> Result<(), DbError> {
        let existing: Option<i64> = sqlx::query_scalar(
            "SELECT id FROM role_assignments WHERE user_id = $1 AND city_id = $2 AND quarter_id = $3 AND role = $4",
        )
        .bind(user_id)
        .bind(city_id)
        .bind(quarter_id)
        .bind(role.as_str())
        .fetch_optional(self.pool())
        .await?;
        if existing.is_none() {
            sqlx::query(
                "INSERT INTO role_assignments (user_id, city_id, quarter_id, role, created_at) VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(user_id)
            .bind(city_id)
            .bind(quarter_id)
            .bind(role.as_str())
            .bind(now())
            .execute(self.pool())
            .await
            .map_err(|e| DbError::from_insert(e, "role"))?;
        }
        Ok(())
    }

    /// Removes a role assignment by id; returns whether one was removed.
    pub async fn revoke_role(&self, assignment_id: i64) -> Result<bool, DbError> {
        let r = sqlx::query("DELETE FROM role_assignments WHERE id = $1")
            .bind(assignment_id)
            .execute(self.pool())
            .await?;
        Ok(r.rows_affected() > 0)
    }

    /// The roles a user holds.
    pub async fn roles_of(&self, user_id: i64) -> Result<Vec<RoleAssignment>, DbError> {
        Ok(sqlx::query_as::<_, RoleAssignment>(
            "SELECT id, user_id, city_id, quarter_id, role FROM role_assignments WHERE user_id = $1 ORDER BY id",
        )
        .bind(user_id)
        .fetch_all(self.pool())
        .await?)
    }

    /// Number of accounts.
    pub async fn count_users(&self) -> Result<i64, DbError> {
        Ok(sqlx::query_scalar("SELECT COUNT(*) FROM users")
            .fetch_one(self.pool())
            .await?)
    }
}
