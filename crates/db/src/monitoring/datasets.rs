//! Versioned datasets: uploads of boundaries, indicator tables and programme areas, kept with
//! their files, and the writes that apply a version to the city's data.

use std::collections::HashMap;

use serde::Serialize;
use sqlx::FromRow;

use crate::{Db, DbError, now};

/// One dataset version (without its files).
#[derive(Debug, Clone, FromRow, Serialize)]
pub struct Dataset {
    /// Row id.
    pub id: i64,
    /// City.
    pub city_id: i64,
    /// `boundaries`, `indicators` or `programme_areas`.
    pub kind: String,
    /// Version number per city and kind, from 1.
    pub version: i64,
    /// `preview` (uploaded, not applied), `applied` or `discarded`.
    pub status: String,
    /// Title given at upload.
    pub title: String,
    /// Import settings (JSON).
    pub settings: String,
    /// Recognition summary (JSON).
    pub summary: String,
    /// Number of errors found.
    pub error_count: i64,
    /// Number of warnings found.
    pub warning_count: i64,
    /// Source line.
    pub source: String,
    /// Licence line.
    pub licence: String,
    /// Uploaded by (email).
    pub created_by: String,
    /// Uploaded at.
    pub created_at: i64,
    /// Applied by.
    pub applied_by: Option<String>,
    /// Applied at.
    pub applied_at: Option<i64>,
}

/// A new dataset version.
#[derive(Debug, Clone, Default)]
pub struct NewDataset<'a> {
    /// Kind.
    pub kind: &'a str,
    /// Title.
    pub title: &'a str,
    /// Settings JSON.
    pub settings: &'a str,
    /// Summary JSON.
    pub summary: &'a str,
    /// Errors.
    pub error_count: i64,
    /// Warnings.
    pub warning_count: i64,
    /// Source line.
    pub source: &'a str,
    /// Licence line.
    pub licence: &'a str,
}

/// An indicator definition written when a dataset is applied.
#[derive(Debug, Clone, Default)]
pub struct IndicatorDef {
    /// Key.
    pub key: String,
    /// German name.
    pub name_de: String,
    /// English name.
    pub name_en: String,
    /// Unit.
    pub unit: String,
    /// `need`, `less` or `neutral`.
    pub polarity: String,
    /// Source line.
    pub source: String,
    /// Licence line.
    pub licence: String,
    /// Definition.
    pub definition: String,
}

/// A boundary written when a dataset is applied.
#[derive(Debug, Clone)]
pub struct AreaRow {
    /// Key.
    pub key: String,
    /// Name.
    pub name: String,
    /// District.
    pub district: Option<String>,
    /// GeoJSON geometry.
    pub geometry: String,
}

/// An existing programme area (overlay).
#[derive(Debug, Clone, FromRow, Serialize)]
pub struct ProgrammeArea {
    /// Key.
    pub area_key: String,
    /// Name.
    pub name: String,
    /// GeoJSON geometry.
    pub geometry: String,
}

/// What applying a version changed.
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct ApplyCounts {
    /// Rows inserted.
    pub inserted: u64,
    /// Rows updated.
    pub updated: u64,
}

const COLS: &str = "id, city_id, kind, version, status, title, settings, summary, error_count, warning_count, source, licence, created_by, created_at, applied_by, applied_at";

impl Db {
    /// Stores a new version with its files; returns (id, version).
    pub async fn create_dataset(
        &self,
        city_id: i64,
        d: &NewDataset<'_>,
        files: &[(String, Vec<u8>)],
        by: &str,
    ) -> Result<(i64, i64), DbError> {
        let mut tx = self.pool().begin().await?;
        let last: Option<i64> = sqlx::query_scalar(
            "SELECT MAX(version) FROM datasets WHERE city_id = $1 AND kind = $2",
        )
        .bind(city_id)
        .bind(d.kind)
        .fetch_one(&mut *tx)
        .await?;
        let version = last.unwrap_or(0) + 1;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO datasets (city_id, kind, version, status, title, settings, summary, error_count, warning_count, source, licence, created_by, created_at) VALUES ($1, $2, $3, 'preview', $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id",
        )
        .bind(city_id)
        .bind(d.kind)
        .bind(version)
        .bind(d.title)
        .bind(d.settings)
        .bind(d.summary)
        .bind(d.error_count)
        .bind(d.warning_count)
        .bind(d.source)
        .bind(d.licence)
        .bind(by)
        .bind(now())
        .fetch_one(&mut *tx)
        .await
        .map_err(|e| DbError::from_insert(e, "dataset version"))?;
        for (name, bytes) in files {
            sqlx::query("INSERT INTO dataset_files (dataset_id, name, size_bytes, content) VALUES ($1, $2, $3, $4)")
                .bind(id)
                .bind(name)
                .bind(i64::try_from(bytes.len()).unwrap_or(i64::MAX))
                .bind(bytes.clone())
                .execute(&mut *tx)
                .await
                .map_err(|e| DbError::from_insert(e, &format!("file {name}")))?;
        }
        tx.commit().await?;
        Ok((id, version))
    }

    /// Every dataset version of a city, newest first.
    pub async fn datasets(&self, city_id: i64) -> Result<Vec<Dataset>, DbError> {
        let sql = format!(
            "SELECT {COLS} FROM datasets WHERE city_id = $1 ORDER BY created_at DESC, id DESC"
        );
        Ok(sqlx::query_as::<_, Dataset>(&sql)
            .bind(city_id)
            .fetch_all(self.pool())
            .await?)
    }

    /// One dataset version.
    pub async fn dataset(&self, id: i64) -> Result<Option<Dataset>, DbError> {
        let sql = format!("SELECT {COLS} FROM datasets WHERE id = $1");
        Ok(sqlx::query_as::<_, Dataset>(&sql)
            .bind(id)
            .fetch_optional(self.pool())
            .await?)
    }

    /// Names and sizes of a version's files.
    pub async fn dataset_file_list(&self, id: i64) -> Result<Vec<(String, i64)>, DbError> {
        Ok(sqlx::query_as::<_, (String, i64)>(
            "SELECT name, size_bytes FROM dataset_files WHERE dataset_id = $1 ORDER BY name",
        )
        .bind(id)
        .fetch_all(self.pool())
        .await?)
    }

    /// A version's files with their content.
    pub async fn dataset_files(&self, id: i64) -> Result<Vec<(String, Vec<u8>)>, DbError> {
        Ok(sqlx::query_as::<_, (String, Vec<u8>)>(
            "SELECT name, content FROM dataset_files WHERE dataset_id = $1 ORDER BY name",
        )
        .bind(id)
        .fetch_all(self.pool())
        .await?)
    }

    /// Marks a preview as discarded (its files stay stored).
    pub async fn discard_dataset(&self, id: i64, by: &str) -> Result<bool, DbError> {
        let r = sqlx::query(
            "UPDATE datasets SET status = 'discarded', applied_by = $2, applied_at = $3 WHERE id = $1 AND status = 'preview'",
        )
        .bind(id)
        .bind(by)
        .bind(now())
        .execute(self.pool())
        .await?;
        Ok(r.rows_affected() == 1)
    }

    /// Applies a boundaries version: areas are inserted or updated by key; areas missing
    /// from the file are kept (their values may belong to earlier versions).
    pub async fn apply_boundaries(
        &self,
        city_id: i64,
        dataset_id: i64,
        areas: &[AreaRow],
        by: &str,
    ) -> Result<ApplyCounts, DbError> {
        let mut tx = self.pool().begin().await?;
        let mut counts = ApplyCounts::default();
        for a in areas {
            let r = sqlx::query(
                "UPDATE areas SET name = $3, district = COALESCE($4, district), geometry = $5, dataset_id = $6 WHERE city_id = $1 AND area_key = $2",
            )
            .bind(city_id)
            .bind(&a.key)
            .bind(&a.name)
            .bind(a.district.clone())
            .bind(&a.geometry)
            .bind(dataset_id)
            .execute(&mut *tx)
            .await?;
            if r.rows_affected() == 0 {
                sqlx::query("INSERT INTO areas (city_id, area_key, name, district, geometry, dataset_id) VALUES ($1, $2, $3, $4, $5, $6)")
                    .bind(city_id)
                    .bind(&a.key)
                    .bind(&a.name)
                    .bind(a.district.clone())
                    .bind(&a.geometry)
                    .bind(dataset_id)
                    .execute(&mut *tx)
                    .await
                    .map_err(|e| DbError::from_insert(e, &format!("area {}", a.key)))?;
                counts.inserted += 1;
            } else {
                counts.updated += 1;
            }
        }
        mark_applied(&mut tx, dataset_id, by).await?;
        tx.commit().await?;
        Ok(counts)
    }

    /// Applies an indicator version: definitions are inserted or updated by key, values
    /// `(indicator key, area key, year, value)` inserted or replaced.
    pub async fn apply_indicators(
        &self,
        city_id: i64,
        dataset_id: i64,
        defs: &[IndicatorDef],
        values: &[(String, String, i64, Option<f64>)],
        by: &str,
    ) -> Result<ApplyCounts, DbError> {
        let mut tx = self.pool().begin().await?;
        let mut ind_ids: HashMap<String, i64> = HashMap::new();
        for d in defs {
            let existing: Option<i64> =
                sqlx::query_scalar("SELECT id FROM indicators WHERE city_id = $1 AND ind_key = $2")
                    .bind(city_id)
                    .bind(&d.key)
                    .fetch_optional(&mut *tx)
                    .await?;
            let id = match existing {
                Some(id) => {
                    sqlx::query("UPDATE indicators SET name_de = $2, name_en = $3, unit = $4, polarity = $5, source = $6, licence = $7, definition = $8 WHERE id = $1")
                        .bind(id)
                        .bind(&d.name_de)
                        .bind(&d.name_en)
                        .bind(&d.unit)
                        .bind(&d.polarity)
                        .bind(&d.source)
                        .bind(&d.licence)
                        .bind(&d.definition)
                        .execute(&mut *tx)
                        .await?;
                    id
                }
                None => sqlx::query_scalar("INSERT INTO indicators (city_id, ind_key, name_de, name_en, unit, polarity, source, licence, definition) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id")
                    .bind(city_id)
                    .bind(&d.key)
                    .bind(&d.name_de)
                    .bind(&d.name_en)
                    .bind(&d.unit)
                    .bind(&d.polarity)
                    .bind(&d.source)
                    .bind(&d.licence)
                    .bind(&d.definition)
                    .fetch_one(&mut *tx)
                    .await
                    .map_err(|e| DbError::from_insert(e, &format!("indicator {}", d.key)))?,
            };
            ind_ids.insert(d.key.clone(), id);
        }
        let area_ids: HashMap<String, i64> =
            sqlx::query_as::<_, (String, i64)>("SELECT area_key, id FROM areas WHERE city_id = $1")
                .bind(city_id)
                .fetch_all(&mut *tx)
                .await?
                .into_iter()
                .collect();
        let mut counts = ApplyCounts::default();
        for (ind, area, year, value) in values {
            let (Some(i), Some(a)) = (ind_ids.get(ind), area_ids.get(area)) else {
                continue;
            };
            let bind = |q: &'static str| {
                sqlx::query(q)
                    .bind(*i)
                    .bind(*a)
                    .bind(*year)
                    .bind(dataset_id)
                    .bind(crate::float_param(*value))
            };
            let upd = "UPDATE indicator_values SET value = CAST($5 AS DOUBLE PRECISION), dataset_id = $4 WHERE indicator_id = $1 AND area_id = $2 AND year = $3";
            let ins = "INSERT INTO indicator_values (indicator_id, area_id, year, dataset_id, value) VALUES ($1, $2, $3, $4, CAST($5 AS DOUBLE PRECISION))";
            let r = bind(upd).execute(&mut *tx).await?;
            if r.rows_affected() == 0 {
                bind(ins).execute(&mut *tx).await?;
                counts.inserted += 1;
            } else {
                counts.updated += 1;
            }
        }
        mark_applied(&mut tx, dataset_id, by).await?;
        tx.commit().await?;
        Ok(counts)
    }

    /// Applies a programme-area version: it becomes the city's current overlay.
    pub async fn apply_programme_areas(
        &self,
        city_id: i64,
        dataset_id: i64,
        areas: &[AreaRow],
        by: &str,
    ) -> Result<ApplyCounts, DbError> {
        let mut tx = self.pool().begin().await?;
        sqlx::query("DELETE FROM programme_areas WHERE dataset_id = $1")
            .bind(dataset_id)
            .execute(&mut *tx)
            .await?;
        for a in areas {
            sqlx::query("INSERT INTO programme_areas (city_id, dataset_id, area_key, name, geometry) VALUES ($1, $2, $3, $4, $5)")
                .bind(city_id)
                .bind(dataset_id)
                .bind(&a.key)
                .bind(&a.name)
                .bind(&a.geometry)
                .execute(&mut *tx)
                .await?;
        }
        mark_applied(&mut tx, dataset_id, by).await?;
        tx.commit().await?;
        Ok(ApplyCounts {
            inserted: areas.len() as u64,
            updated: 0,
        })
    }

    /// True if an applied programme-area version exists.
    pub async fn has_programme_areas(&self, city_id: i64) -> Result<bool, DbError> {
        let n: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM datasets WHERE city_id = $1 AND kind = 'programme_areas' AND status = 'applied'",
        )
        .bind(city_id)
        .fetch_one(self.pool())
        .await?;
        Ok(n > 0)
    }

    /// The programme areas of the most recently applied programme-area version.
    pub async fn programme_areas(&self, city_id: i64) -> Result<Vec<ProgrammeArea>, DbError> {
        Ok(sqlx::query_as::<_, ProgrammeArea>(
            "SELECT area_key, name, geometry FROM programme_areas WHERE city_id = $1 AND dataset_id = (SELECT id FROM datasets WHERE city_id = $1 AND kind = 'programme_areas' AND status = 'applied' ORDER BY applied_at DESC, id DESC LIMIT 1) ORDER BY area_key",
        )
        .bind(city_id)
        .fetch_all(self.pool())
        .await?)
    }
}

async fn mark_applied(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    dataset_id: i64,
    by: &str,
) -> Result<(), DbError> {
    sqlx::query(
        "UPDATE datasets SET status = 'applied', applied_by = $2, applied_at = $3 WHERE id = $1",
    )
    .bind(dataset_id)
    .bind(by)
    .bind(now())
    .execute(&mut **tx)
    .await?;
    Ok(())
}
