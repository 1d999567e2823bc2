use thiserror::Error;

/// Everything that can go wrong in the persistence layer.
#[derive(Debug, Error)]
pub enum DbError {
    /// The URL names an engine Quartier does not support.
    #[error("unsupported database URL {0}: use sqlite://… or postgres://…")]
    UnsupportedUrl(String),
    /// The database could not be reached or opened.
    #[error("cannot connect to {0}: {1}")]
    Connect(String, String),
    /// A migration failed; nothing of it was applied.
    #[error("migration {version} ({name}) failed: {message}")]
    Migration {
        /// Migration number.
        version: i64,
        /// Migration name.
        name: &'static str,
        /// The engine's message.
        message: String,
    },
    /// A uniqueness rule was violated (e.g. an email address that is already registered).
    #[error("already exists: {0}")]
    Conflict(String),
    /// The requested row does not exist.
    #[error("not found")]
    NotFound,
    /// The full-text search index failed.
    #[error("search index: {0}")]
    Search(String),
    /// Any other engine error.
    #[error("database error: {0}")]
    Sqlx(#[from] sqlx::Error),
}

impl DbError {
    /// Maps unique-constraint violations to [`DbError::Conflict`].
    pub(crate) fn from_insert(e: sqlx::Error, what: &str) -> DbError {
        if let sqlx::Error::Database(db) = &e
            && (db.is_unique_violation()
                || db.message().contains("UNIQUE")
                || db.message().contains("duplicate key"))
        {
            return DbError::Conflict(what.to_string());
        }
        DbError::Sqlx(e)
    }
}
