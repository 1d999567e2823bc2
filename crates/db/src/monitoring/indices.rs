//! Index configurations (named, versioned need-index definitions) and their stored
//! results. Saving a configuration adds a version row and its results in one
//! transaction; older versions and their results stay as they were.

use serde::{Deserialize, Serialize};
use sqlx::FromRow;

use crate::{Db, DbError, now};

/// One version of an index configuration.
#[derive(Debug, Clone, FromRow, Serialize, Deserialize)]
pub struct IndexConfig {
    /// Row id (of this version).
    pub id: i64,
    /// City.
    pub city_id: i64,
    /// Stable key shared by all versions.
    pub config_key: String,
    /// Version number, 1 upwards.
    pub version: i64,
    /// Name.
    pub name: String,
    /// `mss` (Berlin MSS preset) or `composite`.
    pub kind: String,
    /// The specification as JSON text (indicators, weights, methods, year, MSS roles).
    pub spec: String,
    /// Who saved this version.
    pub created_by: String,
    /// When (Unix seconds).
    pub created_at: i64,
}

/// The stored result of one area in one configuration version.
#[derive(Debug, Clone, PartialEq, FromRow, Serialize, Deserialize)]
pub struct IndexResult {
    /// Area key.
    pub area_key: String,
    /// Composite score or MSS status index (higher = more need).
    pub score: Option<f64>,
    /// MSS dynamics index (positive = negative development).
    pub dynamic_score: Option<f64>,
    /// Class: `top`/`rest` for composites, the MSS group code (e.g. `3-`) for MSS.
    pub class_code: Option<String>,
    /// Rank (1 = highest need).
    pub area_rank: Option<i64>,
    /// 5 % quantile of the rank over the Monte-Carlo runs.
    pub rank_q05: Option<f64>,
    /// 95 % quantile of the rank.
    pub rank_q95: Option<f64>,
    /// Probability of belonging to the highest-need class.
    pub p_top: Option<f64>,
    /// Why the area has no result (empty otherwise).
    pub note: String,
}

const COLS: &str = "id, city_id, config_key, version, name, kind, spec, created_by, created_at";
const RESULT_COLS: &str =
    "area_key, score, dynamic_score, class_code, area_rank, rank_q05, rank_q95, p_top, note";
/// Rows per multi-row insert (3 parameters each; far below every engine's limit).
const CHUNK: usize = 100;

/// A finite number as an SQL literal, anything else as `NULL`.
fn literal(v: Option<f64>) -> String {
    match v {
        Some(x) if x.is_finite() => format!("{x:?}"),
        _ => "NULL".into(),
    }
}

impl Db {
    /// Saves a new version of configuration `key` (version 1 when new) together
    /// with its results; returns the new version's row.
    #[allow(clippy::too_many_arguments)]
    pub async fn save_index_config(
        &self,
        city_id: i64,
        key: &str,
        name: &str,
        kind: &str,
        spec: &str,
        results: &[IndexResult],
        by: &str,
    ) -> Result<IndexConfig, DbError> {
        let mut tx = self.pool().begin().await?;
        let last: Option<i64> = sqlx::query_scalar(
            "SELECT MAX(version) FROM index_configs WHERE city_id = $1 AND config_key = $2",
        )
        .bind(city_id)
        .bind(key)
        .fetch_one(&mut *tx)
        .await?;
        let sql = format!(
            "INSERT INTO index_configs (city_id, config_key, version, name, kind, spec, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING {COLS}"
        );
        let config = sqlx::query_as::<_, IndexConfig>(&sql)
            .bind(city_id)
            .bind(key)
            .bind(last.unwrap_or(0) + 1)
            .bind(name)
            .bind(kind)
            .bind(spec)
            .bind(by)
            .bind(now())
            .fetch_one(&mut *tx)
            .await
            .map_err(|e| DbError::from_insert(e, "index configuration version"))?;
        for chunk in results.chunks(CHUNK) {
            // Numbers are written as SQL literals: sqlx 0.8's `Any` driver declares a
            // NULL `f64` parameter as `float4` on PostgreSQL, which poisons the cached
            // statement for later non-NULL values. They are computed, never user text.
            let mut sql = format!("INSERT INTO index_results (config_id, {RESULT_COLS}) VALUES ");
            for (i, r) in chunk.iter().enumerate() {
                if i > 0 {
                    sql.push_str(", ");
                }
                let b = i * 3;
                sql.push_str(&format!(
                    "({}, ${}, {}, {}, ${}, {}, {}, {}, {}, ${})",
                    config.id,
                    b + 1,
                    literal(r.score),
                    literal(r.dynamic_score),
                    b + 2,
                    r.area_rank
                        .map(|x| x.to_string())
                        .unwrap_or_else(|| "NULL".into()),
                    literal(r.rank_q05),
                    literal(r.rank_q95),
                    literal(r.p_top),
                    b + 3
                ));
            }
            let mut q = sqlx::query(&sql);
            for r in chunk {
                q = q.bind(&r.area_key).bind(&r.class_code).bind(&r.note);
            }
            q.execute(&mut *tx)
                .await
                .map_err(|e| DbError::from_insert(e, "index result"))?;
        }
        tx.commit().await?;
        Ok(config)
    }

    /// The newest version of every index configuration of a city, by name.
    pub async fn latest_index_configs(&self, city_id: i64) -> Result<Vec<IndexConfig>, DbError> {
        let sql = format!(
            "SELECT {COLS} FROM index_configs c WHERE city_id = $1 AND version = (SELECT MAX(version) FROM index_configs x WHERE x.city_id = c.city_id AND x.config_key = c.config_key) ORDER BY name, config_key"
        );
        Ok(sqlx::query_as::<_, IndexConfig>(&sql)
            .bind(city_id)
            .fetch_all(self.pool())
            .await?)
    }

    /// Every version of one configuration, newest first.
    pub async fn index_config_versions(
        &self,
        city_id: i64,
        key: &str,
    ) -> Result<Vec<IndexConfig>, DbError> {
        let sql = format!(
            "SELECT {COLS} FROM index_configs WHERE city_id = $1 AND config_key = $2 ORDER BY version DESC"
        );
        Ok(sqlx::query_as::<_, IndexConfig>(&sql)
            .bind(city_id)
            .bind(key)
            .fetch_all(self.pool())
            .await?)
    }

    /// The stored results of one configuration version, in area-key order.
    pub async fn index_results(&self, config_id: i64) -> Result<Vec<IndexResult>, DbError> {
        let sql = format!(
            "SELECT {RESULT_COLS} FROM index_results WHERE config_id = $1 ORDER BY area_key"
        );
        Ok(sqlx::query_as::<_, IndexResult>(&sql)
            .bind(config_id)
            .fetch_all(self.pool())
            .await?)
    }
}
