//! The live schema's foreign keys, read from the engine's catalogue — used to
//! prove that no table links an answer to an account.

use crate::{Backend, Db, DbError};

/// One foreign key: `table.column → references`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ForeignKey {
    /// The referring table.
    pub table: String,
    /// Its column.
    pub column: String,
    /// The referenced table.
    pub references: String,
}

impl Db {
    /// Every table of the schema with its columns.
    pub async fn schema_columns(&self) -> Result<Vec<(String, String)>, DbError> {
        match self.backend() {
            Backend::Sqlite => {
                let tables: Vec<String> = sqlx::query_scalar(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
                )
                .fetch_all(self.pool())
                .await?;
                let mut out = Vec::new();
                for t in tables {
                    let cols: Vec<String> = sqlx::query_scalar(
                        "SELECT name FROM pragma_table_info($1) ORDER BY cid",
                    )
                    .bind(&t)
                    .fetch_all(self.pool())
                    .await?;
                    out.extend(cols.into_iter().map(|c| (t.clone(), c)));
                }
                Ok(out)
            }
            Backend::Postgres => Ok(sqlx::query_as::<_, (String, String)>(
                "SELECT CAST(table_name AS TEXT), CAST(column_name AS TEXT) FROM information_schema.columns WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position",
            )
            .fetch_all(self.pool())
            .await?),
        }
    }

    /// Every foreign key of the schema.
    pub async fn foreign_keys(&self) -> Result<Vec<ForeignKey>, DbError> {
        let rows: Vec<(String, String, String)> = match self.backend() {
            Backend::Sqlite => {
                let tables: Vec<String> = sqlx::query_scalar(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
                )
                .fetch_all(self.pool())
                .await?;
                let mut out = Vec::new();
                for t in tables {
                    let fks: Vec<(String, String)> = sqlx::query_as(
                        "SELECT \"from\", \"table\" FROM pragma_foreign_key_list($1)",
                    )
                    .bind(&t)
                    .fetch_all(self.pool())
                    .await?;
                    out.extend(fks.into_iter().map(|(c, r)| (t.clone(), c, r)));
                }
                out
            }
            Backend::Postgres => sqlx::query_as(
                "SELECT CAST(kcu.table_name AS TEXT), CAST(kcu.column_name AS TEXT), CAST(ccu.table_name AS TEXT) \
                 FROM information_schema.table_constraints tc \
                 JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = tc.constraint_name AND kcu.constraint_schema = tc.constraint_schema \
                 JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = tc.constraint_name AND ccu.constraint_schema = tc.constraint_schema \
                 WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_schema = current_schema()",
            )
            .fetch_all(self.pool())
            .await?,
        };
        Ok(rows
            .into_iter()
            .map(|(table, column, references)| ForeignKey {
                table,
                column,
                references,
            })
            .collect())
    }
}
