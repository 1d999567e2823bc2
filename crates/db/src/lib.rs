//! Quartier's persistence layer.
//!
//! One schema and one migration history serve both engines: SQLite (the embedded
//! default) and PostgreSQL (the scale-out database). Access goes through sqlx's
//! `Any` driver, so every query is written once with `$n` placeholders; the
//! portability rules are in `docs/DATABASE.md`. Sessions, background jobs and the
//! email outbox live in the database so that several app nodes can share one
//! PostgreSQL.

pub mod civic;
pub mod decisions;
mod error;
pub mod lernwerkstatt;
mod migrate;
pub mod monitoring;
pub mod plan;
pub mod platform;

use std::str::FromStr;
use std::time::{SystemTime, UNIX_EPOCH};

pub use error::DbError;
use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::{AnyPool, ConnectOptions, Executor};

/// The database engine behind a connection.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    /// Embedded SQLite (default).
    Sqlite,
    /// PostgreSQL (scale-out).
    Postgres,
}

/// A connection pool plus the engine it talks to.
#[derive(Clone, Debug)]
pub struct Db {
    pool: AnyPool,
    backend: Backend,
}

/// Current time as Unix seconds, the representation of every instant in the schema.
pub fn now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

impl Db {
    /// Connects to `url` (`sqlite://path?mode=rwc` or `postgres://…`).
    ///
    /// SQLite connections get WAL journaling, foreign keys and a busy timeout.
    /// `schema`, when given on PostgreSQL, becomes the `search_path` of every
    /// connection (used by the tests for per-test isolation).
    pub async fn connect(url: &str, schema: Option<&str>) -> Result<Db, DbError> {
        sqlx::any::install_default_drivers();
        let backend = if url.starts_with("sqlite:") {
            Backend::Sqlite
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            Backend::Postgres
        } else {
            return Err(DbError::UnsupportedUrl(redact(url)));
        };
        if backend == Backend::Sqlite {
            ensure_sqlite_dir(url)?;
        }
        let opts = AnyConnectOptions::from_str(url)
            .map_err(|e| DbError::Connect(redact(url), e.to_string()))?
            .disable_statement_logging();
        let schema_owned = schema.map(str::to_string);
        let max = if backend == Backend::Sqlite { 8 } else { 10 };
        let pool = AnyPoolOptions::new()
            .max_connections(max)
            .min_connections(1)
            .after_connect(move |conn, _meta| {
                let schema = schema_owned.clone();
                Box::pin(async move {
                    match backend {
                        Backend::Sqlite => {
                            conn.execute("PRAGMA journal_mode=WAL").await?;
                            conn.execute("PRAGMA foreign_keys=ON").await?;
                            conn.execute("PRAGMA busy_timeout=5000").await?;
                            conn.execute("PRAGMA synchronous=NORMAL").await?;
                        }
                        Backend::Postgres => {
                            if let Some(s) = schema {
                                let stmt = format!("SET search_path TO \"{}\"", s.replace('"', ""));
                                conn.execute(stmt.as_str()).await?;
                            }
                        }
                    }
                    Ok(())
                })
            })
            .connect_with(opts)
            .await
            .map_err(|e| DbError::Connect(redact(url), e.to_string()))?;
        Ok(Db { pool, backend })
    }

    /// The pool, for the repository modules.
    pub(crate) fn pool(&self) -> &AnyPool {
        &self.pool
    }

    /// Which engine this is.
    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// Applies every pending migration (idempotent; serialised across nodes on PostgreSQL).
    pub async fn migrate(&self) -> Result<usize, DbError> {
        migrate::run(self).await
    }

    /// Executes one trusted statement (administration and test set-up, e.g.
    /// `CREATE SCHEMA`); never pass user input.
    pub async fn execute_raw(&self, sql: &str) -> Result<(), DbError> {
        sqlx::query(sql).execute(&self.pool).await?;
        Ok(())
    }

    /// A cheap round trip, for `/healthz`.
    pub async fn ping(&self) -> Result<(), DbError> {
        sqlx::query("SELECT 1").execute(&self.pool).await?;
        Ok(())
    }

    /// Closes the pool (graceful shutdown).
    pub async fn close(&self) {
        self.pool.close().await;
    }
}

/// Removes a password from a database URL before it is logged or shown.
pub fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(s), Some(at)) if at > s => {
            let creds = &url[s + 3..at];
            match creds.find(':') {
                Some(c) => format!("{}://{}:***{}", &url[..s], &creds[..c], &url[at..]),
                None => url.to_string(),
            }
        }
        _ => url.to_string(),
    }
}

fn ensure_sqlite_dir(url: &str) -> Result<(), DbError> {
    let path = url
        .trim_start_matches("sqlite://")
        .trim_start_matches("sqlite:")
        .split('?')
        .next()
        .unwrap_or("");
    if path.is_empty() || path == ":memory:" {
        return Ok(());
    }
    if let Some(parent) = std::path::Path::new(path).parent()
        && !parent.as_os_str().is_empty()
    {
        std::fs::create_dir_all(parent)
            .map_err(|e| DbError::Connect(url.to_string(), e.to_string()))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redacts_passwords() {
        assert_eq!(redact("postgres://u:secret@h/db"), "postgres://u:***@h/db");
        assert_eq!(redact("postgres://u@h/db"), "postgres://u@h/db");
        assert_eq!(redact("sqlite://x.db"), "sqlite://x.db");
    }
}

/// A float parameter for `CAST($n AS DOUBLE PRECISION)`: finite numbers as text, anything else
/// as NULL. sqlx's `Any` driver sends a `None::<f64>` to PostgreSQL as `float4`, which breaks the
/// cached statement for later numbers; text plus a cast works on both engines
/// (docs/DATABASE.md, rule 7).
pub(crate) fn float_param(v: Option<f64>) -> Option<String> {
    v.filter(|x| x.is_finite()).map(|x| x.to_string())
}

#[cfg(test)]
mod pg_float_tests {
    //! Binding a missing float through sqlx `Any` on PostgreSQL (the float4/float8
    //! statement-cache problem). Runs only with `QUARTIER_TEST_DATABASE_URL`.
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::Db;

    #[tokio::test]
    async fn none_then_some_float_in_one_statement() {
        let Ok(url) = std::env::var("QUARTIER_TEST_DATABASE_URL") else {
            eprintln!("NOTICE: QUARTIER_TEST_DATABASE_URL unset; PostgreSQL-only test skipped");
            return;
        };
        let schema = format!("nf_{}", std::process::id());
        let admin = Db::connect(&url, None).await.unwrap();
        admin
            .execute_raw(&format!("CREATE SCHEMA \"{schema}\""))
            .await
            .unwrap();
        let db = Db::connect(&url, Some(&schema)).await.unwrap();
        db.execute_raw("CREATE TABLE t (id BIGINT, v DOUBLE PRECISION)")
            .await
            .unwrap();
        let mut errors = Vec::new();
        for (i, v) in [None, Some(1.5), None, Some(2.25), Some(3.0)]
            .into_iter()
            .enumerate()
        {
            let r = sqlx::query("INSERT INTO t (id, v) VALUES ($1, CAST($2 AS DOUBLE PRECISION))")
                .bind(i as i64)
                .bind(super::float_param(v))
                .execute(db.pool())
                .await;
            if let Err(e) = r {
                errors.push(format!("{v:?}: {e}"));
            }
        }
        assert!(errors.is_empty(), "{errors:?}");
        let back: Vec<Option<f64>> = sqlx::query_scalar("SELECT v FROM t ORDER BY id")
            .fetch_all(db.pool())
            .await
            .unwrap_or_default();
        let _ = admin
            .execute_raw(&format!("DROP SCHEMA \"{schema}\" CASCADE"))
            .await;
        assert_eq!(back, vec![None, Some(1.5), None, Some(2.25), Some(3.0)]);
    }
}
