//! The one versioned-change writer: every write of a versioned object records,
//! in the same transaction, a row holding a JSON snapshot of the object after the
//! change and the field-by-field difference to the snapshot before it
//! ([`quartier_rules::changes::diff`]). From those rows a module shows the change
//! log and rebuilds the state at any instant ([`ChangeLog::state_at`]).
//!
//! A module that versions its objects
//! 1. creates a change table in its migration with the columns
//!    `id` (BIGINT key), `<scope>` (BIGINT: the object the log belongs to, e.g.
//!    the plan), `entity` (TEXT), `entity_id` (BIGINT), `action` (TEXT:
//!    `create`/`update`/`delete`), `changed_at` (BIGINT), `changed_by` (TEXT),
//!    `diff` (TEXT, JSON), `snapshot` (TEXT, JSON), with an index on
//!    `(entity, entity_id)`;
//! 2. declares a [`ChangeLog`] constant naming the table, the scope column and the
//!    nested lists of its snapshots;
//! 3. calls [`ChangeLog::record`] inside the transaction of each write, with a
//!    snapshot built from the rows just written.

use std::collections::BTreeMap;

use quartier_rules::changes::{self, Difference, Nested};
use serde_json::Value;
use sqlx::{Any, Transaction};

use crate::{Db, DbError};

/// Where a kind of versioned object keeps its changes.
#[derive(Debug, Clone, Copy)]
pub struct ChangeLog {
    /// The change table (a constant name, never user input).
    pub table: &'static str,
    /// Its scope column (the owner of the log, e.g. `plan_id`).
    pub scope: &'static str,
    /// Lists inside the snapshots compared element by element.
    pub nested: &'static [Nested],
}

/// One change to record.
#[derive(Debug, Clone, Copy)]
pub struct Change<'a> {
    /// Kind of object (`measure`, `goal`, …).
    pub entity: &'a str,
    /// Its id.
    pub entity_id: i64,
    /// `create`, `update` or `delete`.
    pub action: &'a str,
    /// The object after the change.
    pub snapshot: &'a Value,
    /// Who changed it.
    pub by: &'a str,
    /// When (Unix seconds).
    pub at: i64,
}

impl ChangeLog {
    /// The differences between two snapshots of one of this log's objects.
    pub fn diff(&self, before: Option<&Value>, after: &Value) -> Vec<Difference> {
        changes::diff(before, after, self.nested)
    }

    /// Records `c` in scope `scope_id` inside `tx`: the snapshot and the difference
    /// to the object's previous snapshot. Nothing is written when the object
    /// exists and did not change; the answer says whether a row was written.
    pub async fn record(
        &self,
        tx: &mut Transaction<'_, Any>,
        scope_id: i64,
        c: &Change<'_>,
    ) -> Result<bool, DbError> {
        let prev_sql = format!(
            "SELECT snapshot FROM {} WHERE entity = $1 AND entity_id = $2 ORDER BY changed_at DESC, id DESC LIMIT 1",
            self.table
        );
        let prev: Option<String> = sqlx::query_scalar(&prev_sql)
            .bind(c.entity)
            .bind(c.entity_id)
            .fetch_optional(&mut **tx)
            .await?;
        let prev: Option<Value> = prev.and_then(|s| serde_json::from_str(&s).ok());
        let d = self.diff(prev.as_ref(), c.snapshot);
        if prev.is_some() && d.is_empty() {
            return Ok(false);
        }
        let insert = format!(
            "INSERT INTO {} ({}, entity, entity_id, action, changed_at, changed_by, diff, snapshot) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            self.table, self.scope
        );
        sqlx::query(&insert)
            .bind(scope_id)
            .bind(c.entity)
            .bind(c.entity_id)
            .bind(c.action)
            .bind(c.at)
            .bind(c.by)
            .bind(serde_json::to_string(&d).unwrap_or_else(|_| "[]".into()))
            .bind(c.snapshot.to_string())
            .execute(&mut **tx)
            .await?;
        Ok(true)
    }

    /// The objects of scope `scope_id` as they were at `until` (Unix seconds): the
    /// newest snapshot of every object changed at or before then, keyed by
    /// (entity, id); deleted objects are left out.
    pub async fn state_at(
        &self,
        db: &Db,
        scope_id: i64,
        until: i64,
    ) -> Result<BTreeMap<(String, i64), Value>, DbError> {
        let sql = format!(
            "SELECT entity, entity_id, action, snapshot FROM {} WHERE {} = $1 AND changed_at <= $2 ORDER BY changed_at, id",
            self.table, self.scope
        );
        let rows: Vec<(String, i64, String, String)> = sqlx::query_as(&sql)
            .bind(scope_id)
            .bind(until)
            .fetch_all(db.pool())
            .await?;
        let mut state = BTreeMap::new();
        for (entity, id, action, snapshot) in rows {
            if action == "delete" {
                state.remove(&(entity, id));
            } else {
                let snap = serde_json::from_str(&snapshot).unwrap_or(Value::Null);
                state.insert((entity, id), snap);
            }
        }
        Ok(state)
    }
}
