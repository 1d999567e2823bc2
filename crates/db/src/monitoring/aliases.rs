//! Area key aliases: a table's way of writing an area key, remembered per city once an
//! analyst applied an upload whose preview showed the match.

use crate::{Db, DbError, now};

impl Db {
    /// The city's remembered aliases as (alias, area key), ordered by alias.
    pub async fn key_aliases(&self, city_id: i64) -> Result<Vec<(String, String)>, DbError> {
        Ok(sqlx::query_as::<_, (String, String)>(
            "SELECT alias, area_key FROM area_key_aliases WHERE city_id = $1 ORDER BY alias",
        )
        .bind(city_id)
        .fetch_all(self.pool())
        .await?)
    }

    /// Remembers (alias, area key) pairs for the city; an alias confirmed again for
    /// another area replaces the earlier one. Returns the number of pairs written.
    pub async fn remember_key_aliases(
        &self,
        city_id: i64,
        pairs: &[(String, String)],
        by: &str,
    ) -> Result<usize, DbError> {
        let mut tx = self.pool().begin().await?;
        for (alias, key) in pairs {
            sqlx::query("DELETE FROM area_key_aliases WHERE city_id = $1 AND alias = $2")
                .bind(city_id)
                .bind(alias)
                .execute(&mut *tx)
                .await?;
            sqlx::query(
                "INSERT INTO area_key_aliases (city_id, alias, area_key, confirmed_by, confirmed_at) VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(city_id)
            .bind(alias)
            .bind(key)
            .bind(by)
            .bind(now())
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(pairs.len())
    }
}
