//! Imports of contributions: a preview is stored with its parsed ideas and problems; applying
//! it writes every idea, answer and comment in one transaction.

use quartier_rules::participation::import::{
    ImportComment, ImportIdea, ImportParse, ImportProblem,
};
use serde::Serialize;
use sqlx::FromRow;

use crate::float_param;
use crate::{Db, DbError};

/// A stored import (preview, maybe applied).
#[derive(Debug, Clone, FromRow, Serialize)]
pub struct ImportRow {
    /// Row id.
    pub id: i64,
    /// Dialogue.
    pub dialogue_id: i64,
    /// Staff account that uploaded it.
    pub user_id: Option<i64>,
    /// File name.
    pub file_name: String,
    /// Layout (`json`, `table`, `decidim`).
    pub layout: String,
    /// Channel for rows without one.
    pub default_channel: String,
    /// Parsed ideas as JSON.
    #[serde(skip)]
    pub payload: String,
    /// Problems as JSON.
    #[serde(skip)]
    pub problems: String,
    /// Ideas read.
    pub idea_count: i64,
    /// Comments read.
    pub comment_count: i64,
    /// Rows skipped on purpose.
    pub skipped: i64,
    /// 1 when it can be applied.
    pub can_apply: i64,
    /// When applied.
    pub applied_at: Option<i64>,
    /// When uploaded.
    pub created_at: i64,
}

impl ImportRow {
    /// The problems found.
    pub fn problem_list(&self) -> Vec<ImportProblem> {
        serde_json::from_str(&self.problems).unwrap_or_default()
    }

    /// The ideas read.
    pub fn ideas(&self) -> Vec<ImportIdea> {
        serde_json::from_str(&self.payload).unwrap_or_default()
    }
}

/// Who uploaded what, for [`Db::insert_import`].
#[derive(Debug, Clone, Copy)]
pub struct NewImport<'a> {
    /// Dialogue.
    pub dialogue_id: i64,
    /// Staff account.
    pub user_id: Option<i64>,
    /// File name.
    pub file_name: &'a str,
    /// Layout (`json`, `table`, `decidim`).
    pub layout: &'a str,
    /// Channel for rows without one.
    pub default_channel: &'a str,
    /// When (Unix seconds).
    pub at: i64,
}

/// What applying an import wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ImportApplied {
    /// Ideas written.
    pub ideas: i64,
    /// Comments written.
    pub comments: i64,
}

/// Rows per multi-row insert (at most 8 parameters each, below every engine's limit).
const BATCH: usize = 500;

/// `prefix` followed by `rows` groups of `cols` placeholders: `($1, $2), ($3, $4)`.
fn values_sql(prefix: &str, rows: usize, cols: usize) -> String {
    let mut sql = String::from(prefix);
    for r in 0..rows {
        if r > 0 {
            sql.push_str(", ");
        }
        sql.push('(');
        for c in 0..cols {
            if c > 0 {
                sql.push_str(", ");
            }
            sql.push_str(&format!("${}", r * cols + c + 1));
        }
        sql.push(')');
    }
    sql
}

impl Db {
    /// Stores the preview of an import.
    pub async fn insert_import(
        &self,
        meta: &NewImport<'_>,
        parse: &ImportParse,
    ) -> Result<i64, DbError> {
        let payload = serde_json::to_string(&parse.ideas).unwrap_or_else(|_| "[]".into());
        let problems = serde_json::to_string(&parse.problems).unwrap_or_else(|_| "[]".into());
        Ok(sqlx::query_scalar(
            "INSERT INTO dialogue_imports (dialogue_id, user_id, file_name, layout, default_channel, payload, problems, idea_count, comment_count, skipped, can_apply, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id",
        )
        .bind(meta.dialogue_id)
        .bind(meta.user_id)
        .bind(meta.file_name)
        .bind(meta.layout)
        .bind(meta.default_channel)
        .bind(payload)
        .bind(problems)
        .bind(parse.ideas.len() as i64)
        .bind(parse.comment_count() as i64)
        .bind(parse.skipped as i64)
        .bind(i64::from(parse.can_apply()))
        .bind(meta.at)
        .fetch_one(self.pool())
        .await?)
    }

    /// One import.
    pub async fn import_row(&self, id: i64) -> Result<Option<ImportRow>, DbError> {
        Ok(sqlx::query_as(
            "SELECT id, dialogue_id, user_id, file_name, layout, default_channel, payload, problems, idea_count, comment_count, skipped, can_apply, applied_at, created_at FROM dialogue_imports WHERE id = $1",
        )
        .bind(id)
        .fetch_optional(self.pool())
        .await?)
    }

    /// Applies an import: every idea with its answer and comments in one transaction,
    /// recorded by `by`. An import that has problems or was applied before is a
    /// [`DbError::Conflict`].
    pub async fn apply_import(
        &self,
        import_id: i64,
        by: Option<i64>,
        default_lang: &str,
        at: i64,
    ) -> Result<ImportApplied, DbError> {
        let mut tx = self.pool().begin().await?;
        // Claim the import first so that two concurrent applies cannot both write.
        let n = sqlx::query(
            "UPDATE dialogue_imports SET applied_at = $2 WHERE id = $1 AND applied_at IS NULL AND can_apply = 1",
        )
        .bind(import_id)
        .bind(at)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if n == 0 {
            return Err(DbError::Conflict(
                "import already applied or not applicable".into(),
            ));
        }
        let (dialogue_id, default_channel, payload): (i64, String, String) = sqlx::query_as(
            "SELECT dialogue_id, default_channel, payload FROM dialogue_imports WHERE id = $1",
        )
        .bind(import_id)
        .fetch_one(&mut *tx)
        .await?;
        let ideas: Vec<ImportIdea> = serde_json::from_str(&payload).unwrap_or_default();
        let mut written = ImportApplied {
            ideas: 0,
            comments: 0,
        };
        // One round trip per idea (its id is needed); answers and comments afterwards in
        // multi-row statements.
        let mut answers: Vec<(i64, &ImportIdea, i64)> = Vec::new();
        let mut comments: Vec<(i64, &ImportComment, String, String, i64)> = Vec::new();
        for idea in &ideas {
            let channel = idea
                .channel
                .map_or(default_channel.clone(), |c| c.as_str().to_string());
            let created = idea.created.unwrap_or(at);
            let lang = idea
                .lang
                .clone()
                .unwrap_or_else(|| default_lang.to_string());
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO ideas (dialogue_id, title, text, category, lang, lat, lon, author_name, channel, recorded_by, status, comments, answered_at, import_id, created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, CAST($6 AS DOUBLE PRECISION), CAST($7 AS DOUBLE PRECISION), $8, $9, $10, $11, $12, $13, $14, $15, $15) RETURNING id",
            )
            .bind(dialogue_id)
            .bind(&idea.title)
            .bind(&idea.text)
            .bind(&idea.category)
            .bind(&lang)
            .bind(float_param(idea.point.map(|p| p.0)))
            .bind(float_param(idea.point.map(|p| p.1)))
            .bind(idea.author.clone().unwrap_or_default())
            .bind(&channel)
            .bind(by)
            .bind(idea.status.as_str())
            .bind(idea.comments.len() as i64)
            .bind(idea.answer.as_ref().map(|_| created))
            .bind(import_id)
            .bind(created)
            .fetch_one(&mut *tx)
            .await?;
            written.ideas += 1;
            if idea.answer.is_some() {
                answers.push((id, idea, created));
            }
            for c in &idea.comments {
                comments.push((
                    id,
                    c,
                    lang.clone(),
                    channel.clone(),
                    c.created.unwrap_or(created),
                ));
            }
        }
        for chunk in answers.chunks(BATCH) {
            let sql = values_sql(
                "INSERT INTO idea_answers (idea_id, status, text, user_id, created_at) VALUES ",
                chunk.len(),
                5,
            );
            let mut stmt = sqlx::query(&sql);
            for (id, idea, created) in chunk {
                stmt = stmt
                    .bind(*id)
                    .bind(idea.status.as_str())
                    .bind(idea.answer.clone().unwrap_or_default())
                    .bind(by)
                    .bind(*created);
            }
            stmt.execute(&mut *tx).await?;
        }
        for chunk in comments.chunks(BATCH) {
            let sql = values_sql(
                "INSERT INTO idea_comments (idea_id, text, lang, author_name, channel, recorded_by, import_id, created_at) VALUES ",
                chunk.len(),
                8,
            );
            let mut stmt = sqlx::query(&sql);
            for (id, c, lang, channel, created) in chunk {
                stmt = stmt
                    .bind(*id)
                    .bind(&c.text)
                    .bind(lang)
                    .bind(c.author.clone().unwrap_or_default())
                    .bind(channel)
                    .bind(by)
                    .bind(import_id)
                    .bind(*created);
            }
            stmt.execute(&mut *tx).await?;
            written.comments += chunk.len() as i64;
        }
        tx.commit().await?;
        Ok(written)
    }
}
