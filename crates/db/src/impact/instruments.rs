//! Instruments and their items per city.

use quartier_rules::impact::Instrument;
use serde::Serialize;
use sqlx::FromRow;

use crate::{Db, DbError, now};

/// One stored instrument version of a city.
#[derive(Debug, Clone, FromRow, Serialize)]
pub struct InstrumentRow {
    /// Row id.
    pub id: i64,
    /// City.
    pub city_id: i64,
    /// The instrument's id (e.g. `collective_efficacy`).
    pub instrument_key: String,
    /// Version.
    pub version: i64,
    /// German title.
    pub title: String,
    /// 1 for an instrument shipped with Quartier.
    pub shipped: i64,
    /// The whole definition as JSON.
    pub definition: String,
}

impl InstrumentRow {
    /// The parsed definition.
    pub fn instrument(&self) -> Result<Instrument, serde_json::Error> {
        Instrument::from_json(&self.definition)
    }
}

const COLS: &str = "id, city_id, instrument_key, version, title, shipped, definition";

impl Db {
    /// Stores an instrument (already validated) with its items; returns its id.
    /// A key and version that exist already are a [`DbError::Conflict`].
    pub async fn add_instrument(
        &self,
        city_id: i64,
        instrument: &Instrument,
        shipped: bool,
    ) -> Result<i64, DbError> {
        let definition = serde_json::to_string(instrument)
            .map_err(|e| DbError::Conflict(format!("instrument definition: {e}")))?;
        let mut tx = self.pool().begin().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO impact_instruments (city_id, instrument_key, version, title, shipped, definition, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
        )
        .bind(city_id)
        .bind(&instrument.id)
        .bind(i64::from(instrument.version))
        .bind(&instrument.title.de)
        .bind(i64::from(shipped))
        .bind(&definition)
        .bind(now())
        .fetch_one(&mut *tx)
        .await
        .map_err(|e| DbError::from_insert(e, "instrument version"))?;
        for (pos, item) in instrument.items.iter().enumerate() {
            let Some(current) = item.current() else {
                continue;
            };
            let wording = serde_json::to_string(&current.wording)
                .map_err(|e| DbError::Conflict(format!("item wording: {e}")))?;
            sqlx::query(
                "INSERT INTO impact_items (instrument_id, item_key, position, wording_version, answer_scale, reverse, wording) VALUES ($1, $2, $3, $4, $5, $6, $7)",
            )
            .bind(id)
            .bind(&item.id)
            .bind(pos as i64)
            .bind(i64::from(current.version))
            .bind(&item.answer_scale)
            .bind(i64::from(item.reverse))
            .bind(&wording)
            .execute(&mut *tx)
            .await
            .map_err(|e| DbError::from_insert(e, "item"))?;
        }
        tx.commit().await?;
        Ok(id)
    }

    /// Adds the shipped instruments a city does not have yet (same key and
    /// version); returns how many were added.
    pub async fn ensure_instruments(
        &self,
        city_id: i64,
        shipped: &[Instrument],
    ) -> Result<usize, DbError> {
        let mut added = 0;
        for ins in shipped {
            let exists: Option<i64> = sqlx::query_scalar(
                "SELECT id FROM impact_instruments WHERE city_id = $1 AND instrument_key = $2 AND version = $3",
            )
            .bind(city_id)
            .bind(&ins.id)
            .bind(i64::from(ins.version))
            .fetch_optional(self.pool())
            .await?;
            if exists.is_none() {
                match self.add_instrument(city_id, ins, true).await {
                    Ok(_) => added += 1,
                    // Another node added it at the same time.
                    Err(DbError::Conflict(_)) => {}
                    Err(e) => return Err(e),
                }
            }
        }
        Ok(added)
    }

    /// The instruments of a city, newest version of each first.
    pub async fn instruments(&self, city_id: i64) -> Result<Vec<InstrumentRow>, DbError> {
        let sql = format!(
            "SELECT {COLS} FROM impact_instruments WHERE city_id = $1 ORDER BY shipped DESC, instrument_key, version DESC"
        );
        Ok(sqlx::query_as::<_, InstrumentRow>(&sql)
            .bind(city_id)
            .fetch_all(self.pool())
            .await?)
    }

    /// One instrument by id.
    pub async fn instrument_row(&self, id: i64) -> Result<Option<InstrumentRow>, DbError> {
        let sql = format!("SELECT {COLS} FROM impact_instruments WHERE id = $1");
        Ok(sqlx::query_as::<_, InstrumentRow>(&sql)
            .bind(id)
            .fetch_optional(self.pool())
            .await?)
    }

    /// Item ids of an instrument by item key.
    pub async fn item_ids(&self, instrument_id: i64) -> Result<Vec<(String, i64)>, DbError> {
        Ok(sqlx::query_as::<_, (String, i64)>(
            "SELECT item_key, id FROM impact_items WHERE instrument_id = $1 ORDER BY position",
        )
        .bind(instrument_id)
        .fetch_all(self.pool())
        .await?)
    }
}
