//! Cities (tenants), their statistical areas, indicators and quarters.

use serde::Serialize;
use sqlx::FromRow;

use crate::{Db, DbError, now};

/// A city served by this installation.
#[derive(Debug, Clone, FromRow, Serialize)]
pub struct City {
    /// Row id.
    pub id: i64,
    /// URL key.
    pub slug: String,
    /// Display name.
    pub name: String,
    /// 1 for generated demo cities (shown as fictional on every page).
    pub fictional: i64,
}

/// A statistical area (Ortsteil / Planungsraum).
#[derive(Debug, Clone, FromRow, Serialize)]
pub struct Area {
    /// Row id.
    pub id: i64,
    /// The city's own key.
    pub area_key: String,
    /// Name.
    pub name: String,
    /// District (Stadtbezirk), if known.
    pub district: Option<String>,
}

/// An area with its GeoJSON geometry (WGS84).
#[derive(Debug, Clone, FromRow, Serialize)]
pub struct AreaGeometry {
    /// Row id.
    pub id: i64,
    /// The city's own key.
    pub area_key: String,
    /// Name.
    pub name: String,
    /// GeoJSON geometry object as text.
    pub geometry: Option<String>,
}

/// An indicator definition.
#[derive(Debug, Clone, FromRow, Serialize)]
pub struct Indicator {
    /// Row id.
    pub id: i64,
    /// Key.
    pub ind_key: String,
    /// German name.
    pub name_de: String,
    /// English name.
    pub name_en: String,
    /// Unit.
    pub unit: String,
    /// `need` (higher = more need), `less` (higher = less need) or `neutral`
    /// (context indicator, not used in need indices).
    pub polarity: String,
    /// Source line (publisher).
    pub source: String,
    /// Licence / attribution (e.g. `dl-de/by-2-0`); empty when unknown.
    pub licence: String,
    /// Definition: what the value measures and how it is computed.
    pub definition: String,
}

/// A value of one indicator in one area and year.
#[derive(Debug, Clone, FromRow, Serialize)]
pub struct AreaValue {
    /// Area key.
    pub area_key: String,
    /// Area name.
    pub name: String,
    /// Year.
    pub year: i64,
    /// Value (missing = none).
    pub value: Option<f64>,
}

/// A quarter (pilot or transfer neighbourhood).
#[derive(Debug, Clone, FromRow, Serialize)]
pub struct Quarter {
    /// Row id.
    pub id: i64,
    /// City.
    pub city_id: i64,
    /// URL key.
    pub slug: String,
    /// Name.
    pub name: String,
    /// Description.
    pub description: String,
    /// Number of statistical areas it covers.
    pub area_count: i64,
}

/// Fields of a new indicator.
pub struct NewIndicator<'a> {
    /// Key.
    pub key: &'a str,
    /// German name.
    pub name_de: &'a str,
    /// English name.
    pub name_en: &'a str,
    /// Unit.
    pub unit: &'a str,
    /// Polarity: `need`, `less` or `neutral`.
    pub polarity: &'a str,
    /// Source line.
    pub source: &'a str,
    /// Licence / attribution line.
    pub licence: &'a str,
    /// Definition.
    pub definition: &'a str,
}

impl Db {
    /// Creates a city.
    pub async fn create_city(
        &self,
        slug: &str,
        name: &str,
        fictional: bool,
    ) -> Result<i64, DbError> {
        sqlx::query_scalar("INSERT INTO cities (slug, name, fictional, created_at) VALUES ($1, $2, $3, $4) RETURNING id")
            .bind(slug)
            .bind(name)
            .bind(i64::from(fictional))
            .bind(now())
            .fetch_one(self.pool())
            .await
            .map_err(|e| DbError::from_insert(e, "city"))
    }

    /// All cities.
    pub async fn cities(&self) -> Result<Vec<City>, DbError> {
        Ok(
            sqlx::query_as::<_, City>("SELECT id, slug, name, fictional FROM cities ORDER BY id")
                .fetch_all(self.pool())
                .await?,
        )
    }

    /// Every quarter's id with the id of its city (for role checks per city).
    pub async fn quarter_cities(&self) -> Result<Vec<(i64, i64)>, DbError> {
        Ok(
            sqlx::query_as::<_, (i64, i64)>("SELECT id, city_id FROM quarters ORDER BY id")
                .fetch_all(self.pool())
                .await?,
        )
    }

    /// A city by URL key.
    pub async fn city_by_slug(&self, slug: &str) -> Result<Option<City>, DbError> {
        Ok(sqlx::query_as::<_, City>(
            "SELECT id, slug, name, fictional FROM cities WHERE slug = $1",
        )
        .bind(slug)
        .fetch_optional(self.pool())
        .await?)
    }

    /// Inserts areas in one transaction; returns their ids in order.
    pub async fn insert_areas(
        &self,
        city_id: i64,
        areas: &[(String, String, Option<String>, Option<String>)],
    ) -> Result<Vec<i64>, DbError> {
        let mut tx = self.pool().begin().await?;
        let mut ids = Vec::with_capacity(areas.len());
        for (key, name, district, geometry) in areas {
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO areas (city_id, area_key, name, district, geometry) VALUES ($1, $2, $3, $4, $5) RETURNING id",
            )
            .bind(city_id)
            .bind(key)
            .bind(name)
            .bind(district.clone())
            .bind(geometry.clone())
            .fetch_one(&mut *tx)
            .await
            .map_err(|e| DbError::from_insert(e, &format!("area {key}")))?;
            ids.push(id);
        }
        tx.commit().await?;
        Ok(ids)
    }

    /// The areas of a city, by key.
    pub async fn areas(&self, city_id: i64) -> Result<Vec<Area>, DbError> {
        Ok(sqlx::query_as::<_, Area>(
            "SELECT id, area_key, name, district FROM areas WHERE city_id = $1 ORDER BY area_key",
        )
        .bind(city_id)
        .fetch_all(self.pool())
        .await?)
    }

    /// The areas of a city with geometries.
    pub async fn area_geometries(&self, city_id: i64) -> Result<Vec<AreaGeometry>, DbError> {
        Ok(sqlx::query_as::<_, AreaGeometry>(
            "SELECT id, area_key, name, geometry FROM areas WHERE city_id = $1 ORDER BY area_key",
        )
        .bind(city_id)
        .fetch_all(self.pool())
        .await?)
    }

    /// Creates an indicator definition.
    pub async fn create_indicator(
        &self,
        city_id: i64,
        ind: NewIndicator<'_>,
    ) -> Result<i64, DbError> {
        sqlx::query_scalar(
            "INSERT INTO indicators (city_id, ind_key, name_de, name_en, unit, polarity, source, licence, definition) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
        )
        .bind(city_id)
        .bind(ind.key)
        .bind(ind.name_de)
        .bind(ind.name_en)
        .bind(ind.unit)
        .bind(ind.polarity)
        .bind(ind.source)
        .bind(ind.licence)
        .bind(ind.definition)
        .fetch_one(self.pool())
        .await
        .map_err(|e| DbError::from_insert(e, &format!("indicator {}", ind.key)))
    }

    /// Inserts (indicator id, area id, year, value) rows in one transaction.
    pub async fn insert_indicator_values(
        &self,
        rows: &[(i64, i64, i64, Option<f64>)],
    ) -> Result<(), DbError> {
        let mut tx = self.pool().begin().await?;
        for (ind, area, year, value) in rows {
            sqlx::query("INSERT INTO indicator_values (indicator_id, area_id, year, value) VALUES ($1, $2, $3, CAST($4 AS DOUBLE PRECISION))")
                .bind(ind)
                .bind(area)
                .bind(year)
                .bind(crate::float_param(*value))
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// The indicators of a city.
    pub async fn indicators(&self, city_id: i64) -> Result<Vec<Indicator>, DbError> {
        Ok(sqlx::query_as::<_, Indicator>(
            "SELECT id, ind_key, name_de, name_en, unit, polarity, source, licence, definition FROM indicators WHERE city_id = $1 ORDER BY id",
        )
        .bind(city_id)
        .fetch_all(self.pool())
        .await?)
    }

    /// Values of one indicator for every area and year.
    pub async fn indicator_values(&self, indicator_id: i64) -> Result<Vec<AreaValue>, DbError> {
        Ok(sqlx::query_as::<_, AreaValue>(
            "SELECT a.area_key, a.name, v.year, v.value FROM indicator_values v JOIN areas a ON a.id = v.area_id WHERE v.indicator_id = $1 ORDER BY a.area_key, v.year",
        )
        .bind(indicator_id)
        .fetch_all(self.pool())
        .await?)
    }

    /// Creates a quarter covering the given areas.
    pub async fn create_quarter(
        &self,
        city_id: i64,
        slug: &str,
        name: &str,
        description: &str,
        area_ids: &[i64],
    ) -> Result<i64, DbError> {
        let mut tx = self.pool().begin().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO quarters (city_id, slug, name, description, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id",
        )
        .bind(city_id)
        .bind(slug)
        .bind(name)
        .bind(description)
        .bind(now())
        .fetch_one(&mut *tx)
        .await
        .map_err(|e| DbError::from_insert(e, "quarter"))?;
        for a in area_ids {
            sqlx::query("INSERT INTO quarter_areas (quarter_id, area_id) VALUES ($1, $2)")
                .bind(id)
                .bind(a)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(id)
    }

    /// The quarters of a city with their area counts.
    pub async fn quarters(&self, city_id: i64) -> Result<Vec<Quarter>, DbError> {
        Ok(sqlx::query_as::<_, Quarter>(
            "SELECT q.id, q.city_id, q.slug, q.name, q.description, CAST(COUNT(qa.area_id) AS BIGINT) AS area_count FROM quarters q LEFT JOIN quarter_areas qa ON qa.quarter_id = q.id WHERE q.city_id = $1 GROUP BY q.id, q.city_id, q.slug, q.name, q.description ORDER BY q.id",
        )
        .bind(city_id)
        .fetch_all(self.pool())
        .await?)
    }

    /// One quarter by URL key.
    pub async fn quarter_by_slug(
        &self,
        city_id: i64,
        slug: &str,
    ) -> Result<Option<Quarter>, DbError> {
        Ok(sqlx::query_as::<_, Quarter>(
            "SELECT q.id, q.city_id, q.slug, q.name, q.description, CAST(COUNT(qa.area_id) AS BIGINT) AS area_count FROM quarters q LEFT JOIN quarter_areas qa ON qa.quarter_id = q.id WHERE q.city_id = $1 AND q.slug = $2 GROUP BY q.id, q.city_id, q.slug, q.name, q.description",
        )
        .bind(city_id)
        .bind(slug)
        .fetch_optional(self.pool())
        .await?)
    }

    /// The areas a quarter covers.
    pub async fn quarter_areas(&self, quarter_id: i64) -> Result<Vec<Area>, DbError> {
        Ok(sqlx::query_as::<_, Area>(
            "SELECT a.id, a.area_key, a.name, a.district FROM areas a JOIN quarter_areas qa ON qa.area_id = a.id WHERE qa.quarter_id = $1 ORDER BY a.area_key",
        )
        .bind(quarter_id)
        .fetch_all(self.pool())
        .await?)
    }

    /// Keys of every area that belongs to some quarter of the city (one query).
    pub async fn quarter_area_keys(&self, city_id: i64) -> Result<Vec<String>, DbError> {
        Ok(sqlx::query_scalar(
            "SELECT DISTINCT a.area_key FROM areas a JOIN quarter_areas qa ON qa.area_id = a.id JOIN quarters q ON q.id = qa.quarter_id WHERE q.city_id = $1 ORDER BY a.area_key",
        )
        .bind(city_id)
        .fetch_all(self.pool())
        .await?)
    }

    /// One area by its key.
    pub async fn area_by_key(&self, city_id: i64, key: &str) -> Result<Option<Area>, DbError> {
        Ok(sqlx::query_as::<_, Area>(
            "SELECT id, area_key, name, district FROM areas WHERE city_id = $1 AND area_key = $2",
        )
        .bind(city_id)
        .bind(key)
        .fetch_optional(self.pool())
        .await?)
    }

    /// Every indicator value of a city as (indicator key, area key, year, value).
    pub async fn city_values(&self, city_id: i64) -> Result<Vec<CityValue>, DbError> {
        Ok(sqlx::query_as::<_, CityValue>(
            "SELECT i.ind_key, a.area_key, v.year, v.value FROM indicator_values v JOIN indicators i ON i.id = v.indicator_id JOIN areas a ON a.id = v.area_id WHERE i.city_id = $1 ORDER BY i.id, a.area_key, v.year",
        )
        .bind(city_id)
        .fetch_all(self.pool())
        .await?)
    }
}

/// One value in a city's indicator table.
#[derive(Debug, Clone, FromRow, Serialize)]
pub struct CityValue {
    /// Indicator key.
    pub ind_key: String,
    /// Area key.
    pub area_key: String,
    /// Year.
    pub year: i64,
    /// Value (missing = none).
    pub value: Option<f64>,
}
