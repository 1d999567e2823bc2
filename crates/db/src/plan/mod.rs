//! The action plan of a quarter (Aktionsplan): fields of action → goals → measures
//! with milestones and indicators whose actual values are recorded over time.
//!
//! Every write records a row in `plan_changes` holding a JSON snapshot of the
//! entity after the change and the field-by-field difference to the snapshot
//! before it. [`Db::plan_state_at`] rebuilds the plan as it was at any instant
//! from those snapshots; [`diff`] compares two snapshots.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use sqlx::{Any, FromRow, Transaction};

use crate::{Db, DbError};

/// Measure statuses in their life-cycle order.
pub const STATUSES: [&str; 6] = ["idea", "planned", "running", "done", "permanent", "dropped"];

/// Goal levels.
pub const GOAL_LEVELS: [&str; 2] = ["leitziel", "handlungsziel"];

/// Indicator levels.
pub const INDICATOR_LEVELS: [&str; 2] = ["output", "outcome"];

/// The plan of one quarter.
#[derive(Debug, Clone, FromRow, Serialize, Deserialize)]
pub struct Plan {
    /// Row id.
    pub id: i64,
    /// Quarter.
    pub quarter_id: i64,
    /// Title.
    pub title: String,
    /// 1 when everyone may read it.
    pub published: i64,
    /// Created (Unix seconds).
    pub created_at: i64,
    /// Last change (Unix seconds).
    pub updated_at: i64,
}

/// A field of action (Handlungsfeld).
#[derive(Debug, Clone, FromRow, Serialize, Deserialize)]
pub struct PlanField {
    /// Row id.
    pub id: i64,
    /// Plan.
    pub plan_id: i64,
    /// Short code ("HF1").
    pub code: String,
    /// Name.
    pub name: String,
    /// Description.
    pub description: String,
}

/// A goal: a Leitziel or a Handlungsziel below one.
#[derive(Debug, Clone, FromRow, Serialize, Deserialize)]
pub struct PlanGoal {
    /// Row id.
    pub id: i64,
    /// Plan.
    pub plan_id: i64,
    /// Field of action.
    pub field_id: i64,
    /// Parent Leitziel (for Handlungsziele).
    pub parent_id: Option<i64>,
    /// `leitziel` or `handlungsziel`.
    pub level: String,
    /// Short code ("LZ1", "HZ1.1").
    pub code: String,
    /// Goal text.
    pub text: String,
}

/// A measure (Maßnahme). List fields are JSON arrays as text.
#[derive(Debug, Clone, FromRow, Serialize, Deserialize)]
pub struct PlanMeasure {
    /// Row id.
    pub id: i64,
    /// Plan.
    pub plan_id: i64,
    /// Field of action.
    pub field_id: i64,
    /// Goal served.
    pub goal_id: Option<i64>,
    /// Number ("M01").
    pub code: String,
    /// Title.
    pub title: String,
    /// Description.
    pub description: String,
    /// Lead actor.
    pub lead_actor_id: Option<i64>,
    /// Lead in words when no actor of the quarter leads (e.g. an office).
    pub lead_text: String,
    /// Partner actor ids (JSON array of numbers).
    pub partner_ids: String,
    /// Target groups (JSON array of strings).
    pub target_groups: String,
    /// Place in words.
    pub place: String,
    /// Cost estimate in euros.
    pub cost_eur: Option<f64>,
    /// Funding source or budget reservation.
    pub funding: String,
    /// 1 when the funding is secured.
    pub funding_secured: i64,
    /// Start (YYYY-MM-DD).
    pub start_on: String,
    /// End (YYYY-MM-DD) or empty.
    pub end_on: String,
    /// Priority 1 (high) to 3 (low).
    pub priority: i64,
    /// One of [`STATUSES`].
    pub status: String,
    /// 1 when flagged as blocked.
    pub blocked: i64,
    /// Note on the status (why blocked, what happened).
    pub status_note: String,
    /// Created.
    pub created_at: i64,
    /// Last change.
    pub updated_at: i64,
}

impl PlanMeasure {
    /// Partner actor ids.
    pub fn partners(&self) -> Vec<i64> {
        serde_json::from_str(&self.partner_ids).unwrap_or_default()
    }

    /// Target groups.
    pub fn groups(&self) -> Vec<String> {
        serde_json::from_str(&self.target_groups).unwrap_or_default()
    }
}

/// A milestone of a measure.
#[derive(Debug, Clone, FromRow, Serialize, Deserialize)]
pub struct Milestone {
    /// Row id.
    pub id: i64,
    /// Measure.
    pub measure_id: i64,
    /// Title.
    pub title: String,
    /// Due date (YYYY-MM-DD).
    pub due_on: String,
    /// 1 when reached.
    pub done: i64,
}

/// An output or outcome indicator of a measure.
#[derive(Debug, Clone, FromRow, Serialize, Deserialize)]
pub struct PlanIndicator {
    /// Row id.
    pub id: i64,
    /// Measure.
    pub measure_id: i64,
    /// Name.
    pub name: String,
    /// `output` or `outcome`.
    pub level: String,
    /// Unit.
    pub unit: String,
    /// Baseline value.
    pub baseline: f64,
    /// Target value.
    pub target: f64,
}

/// An actual value of an indicator at a date.
#[derive(Debug, Clone, FromRow, Serialize, Deserialize)]
pub struct Actual {
    /// Row id.
    pub id: i64,
    /// Indicator.
    pub indicator_id: i64,
    /// Date measured (YYYY-MM-DD).
    pub measured_on: String,
    /// Value.
    pub value: f64,
    /// Note.
    pub note: String,
    /// Who recorded it.
    pub recorded_by: String,
    /// When (Unix seconds).
    pub recorded_at: i64,
}

/// One recorded change.
#[derive(Debug, Clone, FromRow, Serialize, Deserialize)]
pub struct PlanChange {
    /// Row id.
    pub id: i64,
    /// Plan.
    pub plan_id: i64,
    /// `plan`, `field`, `goal` or `measure`.
    pub entity: String,
    /// Id of the entity.
    pub entity_id: i64,
    /// `create` or `update`.
    pub action: String,
    /// When (Unix seconds).
    pub changed_at: i64,
    /// Who.
    pub changed_by: String,
    /// JSON array of [`Difference`].
    pub diff: String,
    /// JSON snapshot of the entity after the change.
    pub snapshot: String,
}

impl PlanChange {
    /// The differences recorded with this change.
    pub fn differences(&self) -> Vec<Difference> {
        serde_json::from_str(&self.diff).unwrap_or_default()
    }

    /// The snapshot.
    pub fn snapshot_value(&self) -> Value {
        serde_json::from_str(&self.snapshot).unwrap_or(Value::Null)
    }
}

/// One changed value: `field` of `item` (an indicator or milestone name, or empty)
/// went from `from` to `to` (empty = not there).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Difference {
    /// Field key (`status`, `title`, `indicator.actual`, `milestone.done`, …).
    pub field: String,
    /// Indicator or milestone the field belongs to.
    pub item: String,
    /// Value before.
    pub from: String,
    /// Value after.
    pub to: String,
}

/// Fields of a new field of action.
#[derive(Debug, Clone, Default)]
pub struct FieldDraft {
    /// Code.
    pub code: String,
    /// Name.
    pub name: String,
    /// Description.
    pub description: String,
}

/// Fields of a new goal.
#[derive(Debug, Clone, Default)]
pub struct GoalDraft {
    /// Field of action.
    pub field_id: i64,
    /// Parent Leitziel.
    pub parent_id: Option<i64>,
    /// Level.
    pub level: String,
    /// Code.
    pub code: String,
    /// Text.
    pub text: String,
}

/// Fields of a new or changed measure.
#[derive(Debug, Clone, Default)]
pub struct MeasureDraft {
    /// Field of action.
    pub field_id: i64,
    /// Goal.
    pub goal_id: Option<i64>,
    /// Number.
    pub code: String,
    /// Title.
    pub title: String,
    /// Description.
    pub description: String,
    /// Lead actor.
    pub lead_actor_id: Option<i64>,
    /// Lead in words.
    pub lead_text: String,
    /// Partner actor ids.
    pub partner_ids: Vec<i64>,
    /// Target groups.
    pub target_groups: Vec<String>,
    /// Place.
    pub place: String,
    /// Cost estimate (EUR).
    pub cost_eur: Option<f64>,
    /// Funding source or budget reservation.
    pub funding: String,
    /// Funding secured.
    pub funding_secured: bool,
    /// Start date.
    pub start_on: String,
    /// End date or empty.
    pub end_on: String,
    /// Priority 1–3.
    pub priority: i64,
    /// Status.
    pub status: String,
    /// Blocked flag.
    pub blocked: bool,
    /// Status note.
    pub status_note: String,
}

/// An indicator of a measure draft: `id` set when it exists already.
#[derive(Debug, Clone, Default)]
pub struct IndicatorDraft {
    /// Existing indicator, if any.
    pub id: Option<i64>,
    /// Name.
    pub name: String,
    /// Level.
    pub level: String,
    /// Unit.
    pub unit: String,
    /// Baseline.
    pub baseline: f64,
    /// Target.
    pub target: f64,
}

/// A progress update: an actual value and/or a status change.
#[derive(Debug, Clone, Default)]
pub struct Progress {
    /// Indicator, value, date, note.
    pub actual: Option<(i64, f64, String, String)>,
    /// New status and blocked flag and note.
    pub status: Option<(String, bool, String)>,
}

/// Everything of one plan, loaded at once for the views.
#[derive(Debug, Clone, Default)]
pub struct PlanData {
    /// Fields of action by code.
    pub fields: Vec<PlanField>,
    /// Goals by code.
    pub goals: Vec<PlanGoal>,
    /// Measures by code.
    pub measures: Vec<PlanMeasure>,
    /// Milestones by due date.
    pub milestones: Vec<Milestone>,
    /// Indicators.
    pub indicators: Vec<PlanIndicator>,
    /// Actual values by date.
    pub actuals: Vec<Actual>,
}

impl PlanData {
    /// Indicators of one measure.
    pub fn indicators_of(&self, measure_id: i64) -> impl Iterator<Item = &PlanIndicator> {
        self.indicators
            .iter()
            .filter(move |i| i.measure_id == measure_id)
    }

    /// Milestones of one measure.
    pub fn milestones_of(&self, measure_id: i64) -> impl Iterator<Item = &Milestone> {
        self.milestones
            .iter()
            .filter(move |m| m.measure_id == measure_id)
    }

    /// The newest actual value of an indicator (latest date, then latest entry).
    pub fn latest_actual(&self, indicator_id: i64) -> Option<&Actual> {
        self.actuals
            .iter()
            .filter(|a| a.indicator_id == indicator_id)
            .max_by(|a, b| a.measured_on.cmp(&b.measured_on).then(a.id.cmp(&b.id)))
    }

    /// Actual values of an indicator, oldest first.
    pub fn actuals_of(&self, indicator_id: i64) -> Vec<&Actual> {
        let mut v: Vec<&Actual> = self
            .actuals
            .iter()
            .filter(|a| a.indicator_id == indicator_id)
            .collect();
        v.sort_by(|a, b| a.measured_on.cmp(&b.measured_on).then(a.id.cmp(&b.id)));
        v
    }
}

const MEASURE_COLS: &str = "id, plan_id, field_id, goal_id, code, title, description, lead_actor_id, lead_text, partner_ids, target_groups, place, cost_eur, funding, funding_secured, start_on, end_on, priority, status, blocked, status_note, created_at, updated_at";

fn text(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Bool(b) => if *b { "1" } else { "0" }.to_string(),
        Value::Number(n) => match n.as_f64() {
            Some(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", f as i64),
            Some(f) => format!("{f}"),
            None => n.to_string(),
        },
        Value::Array(a) => a.iter().map(text).collect::<Vec<_>>().join(", "),
        Value::Object(_) => v.to_string(),
    }
}

fn items(v: Option<&Value>) -> BTreeMap<i64, &serde_json::Map<String, Value>> {
    v.and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_object())
                .filter_map(|o| o.get("id").and_then(Value::as_i64).map(|id| (id, o)))
                .collect()
        })
        .unwrap_or_default()
}

/// The field-by-field difference between two snapshots of one entity. Nested
/// `indicators` and `milestones` lists are compared item by item (by `id`).
pub fn diff(before: Option<&Value>, after: &Value) -> Vec<Difference> {
    let empty = serde_json::Map::new();
    let b = before.and_then(Value::as_object).unwrap_or(&empty);
    let a = after.as_object().unwrap_or(&empty);
    let mut out = Vec::new();
    let mut keys: Vec<&String> = a.keys().chain(b.keys()).collect();
    keys.sort();
    keys.dedup();
    for k in keys {
        if k == "indicators" || k == "milestones" {
            let prefix = if k == "indicators" {
                "indicator"
            } else {
                "milestone"
            };
            let (bi, ai) = (items(b.get(k)), items(a.get(k)));
            let mut ids: Vec<i64> = bi.keys().chain(ai.keys()).copied().collect();
            ids.sort_unstable();
            ids.dedup();
            for id in ids {
                let name_of = |o: &serde_json::Map<String, Value>| {
                    text(
                        o.get("name")
                            .or_else(|| o.get("title"))
                            .unwrap_or(&Value::Null),
                    )
                };
                match (bi.get(&id), ai.get(&id)) {
                    (None, Some(n)) => out.push(Difference {
                        field: prefix.to_string(),
                        item: name_of(n),
                        from: String::new(),
                        to: name_of(n),
                    }),
                    (Some(o), None) => out.push(Difference {
                        field: prefix.to_string(),
                        item: name_of(o),
                        from: name_of(o),
                        to: String::new(),
                    }),
                    (Some(o), Some(n)) => {
                        let mut sub: Vec<&String> = n.keys().chain(o.keys()).collect();
                        sub.sort();
                        sub.dedup();
                        for s in sub {
                            if s == "id" {
                                continue;
                            }
                            let (x, y) = (
                                text(o.get(s).unwrap_or(&Value::Null)),
                                text(n.get(s).unwrap_or(&Value::Null)),
                            );
                            if x != y {
                                out.push(Difference {
                                    field: format!("{prefix}.{s}"),
                                    item: name_of(n),
                                    from: x,
                                    to: y,
                                });
                            }
                        }
                    }
                    (None, None) => {}
                }
            }
            continue;
        }
        let (x, y) = (
            text(b.get(k).unwrap_or(&Value::Null)),
            text(a.get(k).unwrap_or(&Value::Null)),
        );
        if x != y {
            out.push(Difference {
                field: k.clone(),
                item: String::new(),
                from: x,
                to: y,
            });
        }
    }
    out
}

async fn measure_snapshot(tx: &mut Transaction<'_, Any>, id: i64) -> Result<Value, DbError> {
    let sql = format!("SELECT {MEASURE_COLS} FROM plan_measures WHERE id = $1");
    let m = sqlx::query_as::<_, PlanMeasure>(&sql)
        .bind(id)
        .fetch_optional(&mut **tx)
        .await?
        .ok_or(DbError::NotFound)?;
    let field: Option<String> = sqlx::query_scalar("SELECT code FROM plan_fields WHERE id = $1")
        .bind(m.field_id)
        .fetch_optional(&mut **tx)
        .await?;
    let goal: Option<String> = match m.goal_id {
        Some(g) => {
            sqlx::query_scalar("SELECT code FROM plan_goals WHERE id = $1")
                .bind(g)
                .fetch_optional(&mut **tx)
                .await?
        }
        None => None,
    };
    let lead: Option<String> = match m.lead_actor_id {
        Some(a) => {
            sqlx::query_scalar("SELECT name FROM actors WHERE id = $1")
                .bind(a)
                .fetch_optional(&mut **tx)
                .await?
        }
        None => None,
    };
    let mut partners = Vec::new();
    for p in m.partners() {
        let n: Option<String> = sqlx::query_scalar("SELECT name FROM actors WHERE id = $1")
            .bind(p)
            .fetch_optional(&mut **tx)
            .await?;
        if let Some(n) = n {
            partners.push(n);
        }
    }
    let inds = sqlx::query_as::<_, PlanIndicator>(
        "SELECT id, measure_id, name, level, unit, baseline, target FROM plan_indicators WHERE measure_id = $1 ORDER BY id",
    )
    .bind(id)
    .fetch_all(&mut **tx)
    .await?;
    let mut indicators = Vec::new();
    for i in &inds {
        let latest = sqlx::query_as::<_, Actual>(
            "SELECT id, indicator_id, measured_on, value, note, recorded_by, recorded_at FROM plan_actuals WHERE indicator_id = $1 ORDER BY measured_on DESC, id DESC LIMIT 1",
        )
        .bind(i.id)
        .fetch_optional(&mut **tx)
        .await?;
        indicators.push(json!({
            "id": i.id, "name": i.name, "level": i.level, "unit": i.unit,
            "baseline": i.baseline, "target": i.target,
            "actual": latest.as_ref().map(|a| a.value),
            "actual_on": latest.as_ref().map(|a| a.measured_on.clone()),
        }));
    }
    let ms = sqlx::query_as::<_, Milestone>(
        "SELECT id, measure_id, title, due_on, done FROM plan_milestones WHERE measure_id = $1 ORDER BY id",
    )
    .bind(id)
    .fetch_all(&mut **tx)
    .await?;
    let milestones: Vec<Value> = ms
        .iter()
        .map(|x| json!({"id": x.id, "title": x.title, "due_on": x.due_on, "done": x.done == 1}))
        .collect();
    Ok(json!({
        "code": m.code, "title": m.title, "description": m.description,
        "field": field.unwrap_or_default(), "goal": goal.unwrap_or_default(),
        "lead": lead.unwrap_or(m.lead_text.clone()), "partners": partners,
        "target_groups": m.groups(), "place": m.place, "cost_eur": m.cost_eur,
        "funding": m.funding, "funding_secured": m.funding_secured == 1,
        "start_on": m.start_on, "end_on": m.end_on, "priority": m.priority,
        "status": m.status, "blocked": m.blocked == 1, "status_note": m.status_note,
        "indicators": indicators, "milestones": milestones,
    }))
}

#[allow(clippy::too_many_arguments)]
async fn record(
    tx: &mut Transaction<'_, Any>,
    plan_id: i64,
    entity: &str,
    entity_id: i64,
    action: &str,
    snapshot: &Value,
    by: &str,
    at: i64,
) -> Result<(), DbError> {
    let prev: Option<String> = sqlx::query_scalar(
        "SELECT snapshot FROM plan_changes WHERE entity = $1 AND entity_id = $2 ORDER BY changed_at DESC, id DESC LIMIT 1",
    )
    .bind(entity)
    .bind(entity_id)
    .fetch_optional(&mut **tx)
    .await?;
    let prev: Option<Value> = prev.and_then(|s| serde_json::from_str(&s).ok());
    let d = diff(prev.as_ref(), snapshot);
    if prev.is_some() && d.is_empty() {
        return Ok(());
    }
    sqlx::query(
        "INSERT INTO plan_changes (plan_id, entity, entity_id, action, changed_at, changed_by, diff, snapshot) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(plan_id)
    .bind(entity)
    .bind(entity_id)
    .bind(action)
    .bind(at)
    .bind(by)
    .bind(serde_json::to_string(&d).unwrap_or_else(|_| "[]".into()))
    .bind(snapshot.to_string())
    .execute(&mut **tx)
    .await?;
    sqlx::query("UPDATE plans SET updated_at = $1 WHERE id = $2")
        .bind(at)
        .bind(plan_id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

async fn goal_snapshot(tx: &mut Transaction<'_, Any>, g: &GoalDraft) -> Result<Value, DbError> {
    let field: Option<String> = sqlx::query_scalar("SELECT code FROM plan_fields WHERE id = $1")
        .bind(g.field_id)
        .fetch_optional(&mut **tx)
        .await?;
    let parent: Option<String> = match g.parent_id {
        Some(p) => {
            sqlx::query_scalar("SELECT code FROM plan_goals WHERE id = $1")
                .bind(p)
                .fetch_optional(&mut **tx)
                .await?
        }
        None => None,
    };
    Ok(json!({"code": g.code, "level": g.level, "text": g.text, "field": field, "parent": parent}))
}

async fn record_measure(
    tx: &mut Transaction<'_, Any>,
    plan_id: i64,
    measure_id: i64,
    action: &str,
    by: &str,
    at: i64,
) -> Result<(), DbError> {
    let snap = measure_snapshot(tx, measure_id).await?;
    record(tx, plan_id, "measure", measure_id, action, &snap, by, at).await
}

impl Db {
    /// The plan of a quarter, if one exists.
    pub async fn plan_of_quarter(&self, quarter_id: i64) -> Result<Option<Plan>, DbError> {
        Ok(sqlx::query_as::<_, Plan>(
            "SELECT id, quarter_id, title, published, created_at, updated_at FROM plans WHERE quarter_id = $1",
        )
        .bind(quarter_id)
        .fetch_optional(self.pool())
        .await?)
    }

    /// Every plan (for the overview), by quarter.
    pub async fn plans(&self) -> Result<Vec<Plan>, DbError> {
        Ok(sqlx::query_as::<_, Plan>(
            "SELECT id, quarter_id, title, published, created_at, updated_at FROM plans ORDER BY quarter_id",
        )
        .fetch_all(self.pool())
        .await?)
    }

    /// Creates the plan of a quarter, or changes its title and publication.
    pub async fn save_plan(
        &self,
        quarter_id: i64,
        title: &str,
        published: bool,
        by: &str,
        at: i64,
    ) -> Result<i64, DbError> {
        let mut tx = self.pool().begin().await?;
        let existing: Option<i64> =
            sqlx::query_scalar("SELECT id FROM plans WHERE quarter_id = $1")
                .bind(quarter_id)
                .fetch_optional(&mut *tx)
                .await?;
        let (id, action) = match existing {
            Some(id) => {
                sqlx::query("UPDATE plans SET title = $1, published = $2 WHERE id = $3")
                    .bind(title)
                    .bind(i64::from(published))
                    .bind(id)
                    .execute(&mut *tx)
                    .await?;
                (id, "update")
            }
            None => {
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO plans (quarter_id, title, published, created_at, updated_at) VALUES ($1, $2, $3, $4, $4) RETURNING id",
                )
                .bind(quarter_id)
                .bind(title)
                .bind(i64::from(published))
                .bind(at)
                .fetch_one(&mut *tx)
                .await
                .map_err(|e| DbError::from_insert(e, "plan"))?;
                (id, "create")
            }
        };
        let snap = json!({ "title": title, "published": published });
        record(&mut tx, id, "plan", id, action, &snap, by, at).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Everything of a plan: fields, goals, measures, milestones, indicators, actuals.
    pub async fn plan_data(&self, plan_id: i64) -> Result<PlanData, DbError> {
        let pool = self.pool();
        let fields = sqlx::query_as::<_, PlanField>(
            "SELECT id, plan_id, code, name, description FROM plan_fields WHERE plan_id = $1 ORDER BY code, id",
        )
        .bind(plan_id)
        .fetch_all(pool)
        .await?;
        let goals = sqlx::query_as::<_, PlanGoal>(
            "SELECT id, plan_id, field_id, parent_id, level, code, text FROM plan_goals WHERE plan_id = $1 ORDER BY code, id",
        )
        .bind(plan_id)
        .fetch_all(pool)
        .await?;
        let sql = format!(
            "SELECT {MEASURE_COLS} FROM plan_measures WHERE plan_id = $1 ORDER BY code, id"
        );
        let measures = sqlx::query_as::<_, PlanMeasure>(&sql)
            .bind(plan_id)
            .fetch_all(pool)
            .await?;
        let milestones = sqlx::query_as::<_, Milestone>(
            "SELECT s.id, s.measure_id, s.title, s.due_on, s.done FROM plan_milestones s JOIN plan_measures m ON m.id = s.measure_id WHERE m.plan_id = $1 ORDER BY s.due_on, s.id",
        )
        .bind(plan_id)
        .fetch_all(pool)
        .await?;
        let indicators = sqlx::query_as::<_, PlanIndicator>(
            "SELECT i.id, i.measure_id, i.name, i.level, i.unit, i.baseline, i.target FROM plan_indicators i JOIN plan_measures m ON m.id = i.measure_id WHERE m.plan_id = $1 ORDER BY i.id",
        )
        .bind(plan_id)
        .fetch_all(pool)
        .await?;
        let actuals = sqlx::query_as::<_, Actual>(
            "SELECT a.id, a.indicator_id, a.measured_on, a.value, a.note, a.recorded_by, a.recorded_at FROM plan_actuals a JOIN plan_indicators i ON i.id = a.indicator_id JOIN plan_measures m ON m.id = i.measure_id WHERE m.plan_id = $1 ORDER BY a.measured_on, a.id",
        )
        .bind(plan_id)
        .fetch_all(pool)
        .await?;
        Ok(PlanData {
            fields,
            goals,
            measures,
            milestones,
            indicators,
            actuals,
        })
    }

    /// One measure.
    pub async fn plan_measure(&self, id: i64) -> Result<Option<PlanMeasure>, DbError> {
        let sql = format!("SELECT {MEASURE_COLS} FROM plan_measures WHERE id = $1");
        Ok(sqlx::query_as::<_, PlanMeasure>(&sql)
            .bind(id)
            .fetch_optional(self.pool())
            .await?)
    }

    /// The plan a measure belongs to.
    pub async fn plan_by_id(&self, id: i64) -> Result<Option<Plan>, DbError> {
        Ok(sqlx::query_as::<_, Plan>(
            "SELECT id, quarter_id, title, published, created_at, updated_at FROM plans WHERE id = $1",
        )
        .bind(id)
        .fetch_optional(self.pool())
        .await?)
    }

    /// Adds a field of action.
    pub async fn insert_plan_field(
        &self,
        plan_id: i64,
        f: &FieldDraft,
        by: &str,
        at: i64,
    ) -> Result<i64, DbError> {
        let mut tx = self.pool().begin().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO plan_fields (plan_id, code, name, description, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id",
        )
        .bind(plan_id)
        .bind(&f.code)
        .bind(&f.name)
        .bind(&f.description)
        .bind(at)
        .fetch_one(&mut *tx)
        .await
        .map_err(|e| DbError::from_insert(e, "code"))?;
        let snap = json!({"code": f.code, "name": f.name, "description": f.description});
        record(&mut tx, plan_id, "field", id, "create", &snap, by, at).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Adds a goal.
    pub async fn insert_plan_goal(
        &self,
        plan_id: i64,
        g: &GoalDraft,
        by: &str,
        at: i64,
    ) -> Result<i64, DbError> {
        let mut tx = self.pool().begin().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO plan_goals (plan_id, field_id, parent_id, level, code, text, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
        )
        .bind(plan_id)
        .bind(g.field_id)
        .bind(g.parent_id)
        .bind(&g.level)
        .bind(&g.code)
        .bind(&g.text)
        .bind(at)
        .fetch_one(&mut *tx)
        .await
        .map_err(|e| DbError::from_insert(e, "code"))?;
        let snap = goal_snapshot(&mut tx, g).await?;
        record(&mut tx, plan_id, "goal", id, "create", &snap, by, at).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Changes a field of action of plan `plan_id` (a new version in the change log).
    pub async fn update_plan_field(
        &self,
        plan_id: i64,
        id: i64,
        f: &FieldDraft,
        by: &str,
        at: i64,
    ) -> Result<(), DbError> {
        let mut tx = self.pool().begin().await?;
        let n = sqlx::query(
            "UPDATE plan_fields SET code = $1, name = $2, description = $3 WHERE id = $4 AND plan_id = $5",
        )
        .bind(&f.code)
        .bind(&f.name)
        .bind(&f.description)
        .bind(id)
        .bind(plan_id)
        .execute(&mut *tx)
        .await
        .map_err(|e| DbError::from_insert(e, "code"))?;
        if n.rows_affected() == 0 {
            return Err(DbError::NotFound);
        }
        let snap = json!({"code": f.code, "name": f.name, "description": f.description});
        record(&mut tx, plan_id, "field", id, "update", &snap, by, at).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Changes a goal of plan `plan_id` (a new version in the change log).
    pub async fn update_plan_goal(
        &self,
        plan_id: i64,
        id: i64,
        g: &GoalDraft,
        by: &str,
        at: i64,
    ) -> Result<(), DbError> {
        let mut tx = self.pool().begin().await?;
        let n = sqlx::query(
            "UPDATE plan_goals SET field_id = $1, parent_id = $2, level = $3, code = $4, text = $5 WHERE id = $6 AND plan_id = $7",
        )
        .bind(g.field_id)
        .bind(g.parent_id)
        .bind(&g.level)
        .bind(&g.code)
        .bind(&g.text)
        .bind(id)
        .bind(plan_id)
        .execute(&mut *tx)
        .await
        .map_err(|e| DbError::from_insert(e, "code"))?;
        if n.rows_affected() == 0 {
            return Err(DbError::NotFound);
        }
        let snap = goal_snapshot(&mut tx, g).await?;
        record(&mut tx, plan_id, "goal", id, "update", &snap, by, at).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Removes indicator `indicator_id` from measure `measure_id` with its actual
    /// values. The measure's change log keeps it: the snapshot before holds the
    /// indicator with its latest value, the new one records it as removed.
    pub async fn remove_plan_indicator(
        &self,
        measure_id: i64,
        indicator_id: i64,
        by: &str,
        at: i64,
    ) -> Result<(), DbError> {
        let mut tx = self.pool().begin().await?;
        let plan_id: i64 = sqlx::query_scalar("SELECT plan_id FROM plan_measures WHERE id = $1")
            .bind(measure_id)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(DbError::NotFound)?;
        let owner: Option<i64> =
            sqlx::query_scalar("SELECT measure_id FROM plan_indicators WHERE id = $1")
                .bind(indicator_id)
                .fetch_optional(&mut *tx)
                .await?;
        if owner != Some(measure_id) {
            return Err(DbError::NotFound);
        }
        sqlx::query("DELETE FROM plan_actuals WHERE indicator_id = $1")
            .bind(indicator_id)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM plan_indicators WHERE id = $1")
            .bind(indicator_id)
            .execute(&mut *tx)
            .await?;
        sqlx::query("UPDATE plan_measures SET updated_at = $1 WHERE id = $2")
            .bind(at)
            .bind(measure_id)
            .execute(&mut *tx)
            .await?;
        record_measure(&mut tx, plan_id, measure_id, "update", by, at).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Creates (`id` none) or changes a measure with its indicators; returns its id.
    pub async fn save_plan_measure(
        &self,
        plan_id: i64,
        id: Option<i64>,
        m: &MeasureDraft,
        indicators: &[IndicatorDraft],
        by: &str,
        at: i64,
    ) -> Result<i64, DbError> {
        let mut tx = self.pool().begin().await?;
        let partners = serde_json::to_string(&m.partner_ids).unwrap_or_else(|_| "[]".into());
        let groups = serde_json::to_string(&m.target_groups).unwrap_or_else(|_| "[]".into());
        let (mid, action) = match id {
            None => {
                // The shared columns take $1–$20 in both statements (see `bind_measure`).
                let row = bind_measure(
                    sqlx::query(
                        "INSERT INTO plan_measures (field_id, goal_id, code, title, description, lead_actor_id, lead_text, partner_ids, target_groups, place, cost_eur, funding, funding_secured, start_on, end_on, priority, status, blocked, status_note, updated_at, plan_id, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, CAST($11 AS DOUBLE PRECISION), $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $20) RETURNING id",
                    ),
                    m,
                    &partners,
                    &groups,
                    at,
                )
                .bind(plan_id)
                .fetch_one(&mut *tx)
                .await
                .map_err(|e| DbError::from_insert(e, "code"))?;
                let mid: i64 = sqlx::Row::try_get(&row, 0)?;
                (mid, "create")
            }
            Some(mid) => {
                let n = bind_measure(
                    sqlx::query(
                        "UPDATE plan_measures SET field_id = $1, goal_id = $2, code = $3, title = $4, description = $5, lead_actor_id = $6, lead_text = $7, partner_ids = $8, target_groups = $9, place = $10, cost_eur = CAST($11 AS DOUBLE PRECISION), funding = $12, funding_secured = $13, start_on = $14, end_on = $15, priority = $16, status = $17, blocked = $18, status_note = $19, updated_at = $20 WHERE id = $21 AND plan_id = $22",
                    ),
                    m,
                    &partners,
                    &groups,
                    at,
                )
                .bind(mid)
                .bind(plan_id)
                .execute(&mut *tx)
                .await
                .map_err(|e| DbError::from_insert(e, "code"))?;
                if n.rows_affected() == 0 {
                    return Err(DbError::NotFound);
                }
                (mid, "update")
            }
        };
        for i in indicators {
            match i.id {
                Some(iid) => {
                    sqlx::query(
                        "UPDATE plan_indicators SET name = $1, level = $2, unit = $3, baseline = $4, target = $5 WHERE id = $6 AND measure_id = $7",
                    )
                    .bind(&i.name)
                    .bind(&i.level)
                    .bind(&i.unit)
                    .bind(i.baseline)
                    .bind(i.target)
                    .bind(iid)
                    .bind(mid)
                    .execute(&mut *tx)
                    .await?;
                }
                None => {
                    sqlx::query(
                        "INSERT INTO plan_indicators (measure_id, name, level, unit, baseline, target, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
                    )
                    .bind(mid)
                    .bind(&i.name)
                    .bind(&i.level)
                    .bind(&i.unit)
                    .bind(i.baseline)
                    .bind(i.target)
                    .bind(at)
                    .execute(&mut *tx)
                    .await?;
                }
            }
        }
        record_measure(&mut tx, plan_id, mid, action, by, at).await?;
        tx.commit().await?;
        Ok(mid)
    }

    /// Records progress on a measure: an actual value and/or a status change.
    pub async fn record_plan_progress(
        &self,
        measure_id: i64,
        p: &Progress,
        by: &str,
        at: i64,
    ) -> Result<(), DbError> {
        let mut tx = self.pool().begin().await?;
        let plan_id: i64 = sqlx::query_scalar("SELECT plan_id FROM plan_measures WHERE id = $1")
            .bind(measure_id)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(DbError::NotFound)?;
        if let Some((iid, value, on, note)) = &p.actual {
            let owner: Option<i64> =
                sqlx::query_scalar("SELECT measure_id FROM plan_indicators WHERE id = $1")
                    .bind(iid)
                    .fetch_optional(&mut *tx)
                    .await?;
            if owner != Some(measure_id) {
                return Err(DbError::NotFound);
            }
            sqlx::query(
                "INSERT INTO plan_actuals (indicator_id, measured_on, value, note, recorded_by, recorded_at) VALUES ($1, $2, $3, $4, $5, $6)",
            )
            .bind(iid)
            .bind(on)
            .bind(value)
            .bind(note)
            .bind(by)
            .bind(at)
            .execute(&mut *tx)
            .await?;
        }
        if let Some((status, blocked, note)) = &p.status {
            sqlx::query(
                "UPDATE plan_measures SET status = $1, blocked = $2, status_note = $3, updated_at = $4 WHERE id = $5",
            )
            .bind(status)
            .bind(i64::from(*blocked))
            .bind(note)
            .bind(at)
            .bind(measure_id)
            .execute(&mut *tx)
            .await?;
        }
        record_measure(&mut tx, plan_id, measure_id, "update", by, at).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Adds a milestone (`done_id` none) or marks milestone `done_id` as reached.
    pub async fn save_plan_milestone(
        &self,
        measure_id: i64,
        new: Option<(&str, &str)>,
        done_id: Option<i64>,
        by: &str,
        at: i64,
    ) -> Result<(), DbError> {
        let mut tx = self.pool().begin().await?;
        let plan_id: i64 = sqlx::query_scalar("SELECT plan_id FROM plan_measures WHERE id = $1")
            .bind(measure_id)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(DbError::NotFound)?;
        if let Some((title, due)) = new {
            sqlx::query(
                "INSERT INTO plan_milestones (measure_id, title, due_on, done, created_at) VALUES ($1, $2, $3, 0, $4)",
            )
            .bind(measure_id)
            .bind(title)
            .bind(due)
            .bind(at)
            .execute(&mut *tx)
            .await?;
        }
        if let Some(mid) = done_id {
            let n = sqlx::query(
                "UPDATE plan_milestones SET done = 1 WHERE id = $1 AND measure_id = $2",
            )
            .bind(mid)
            .bind(measure_id)
            .execute(&mut *tx)
            .await?;
            if n.rows_affected() == 0 {
                return Err(DbError::NotFound);
            }
        }
        record_measure(&mut tx, plan_id, measure_id, "update", by, at).await?;
        tx.commit().await?;
        Ok(())
    }

    /// The change log of a plan, newest first (at most `limit` entries).
    pub async fn plan_changes(&self, plan_id: i64, limit: i64) -> Result<Vec<PlanChange>, DbError> {
        Ok(sqlx::query_as::<_, PlanChange>(
            "SELECT id, plan_id, entity, entity_id, action, changed_at, changed_by, diff, snapshot FROM plan_changes WHERE plan_id = $1 ORDER BY changed_at DESC, id DESC LIMIT $2",
        )
        .bind(plan_id)
        .bind(limit)
        .fetch_all(self.pool())
        .await?)
    }

    /// The change log of one measure, newest first.
    pub async fn measure_changes(&self, measure_id: i64) -> Result<Vec<PlanChange>, DbError> {
        Ok(sqlx::query_as::<_, PlanChange>(
            "SELECT id, plan_id, entity, entity_id, action, changed_at, changed_by, diff, snapshot FROM plan_changes WHERE entity = 'measure' AND entity_id = $1 ORDER BY changed_at DESC, id DESC",
        )
        .bind(measure_id)
        .fetch_all(self.pool())
        .await?)
    }

    /// The plan as it was at `until` (Unix seconds): the newest snapshot of every
    /// entity changed at or before then, keyed by (entity, id).
    pub async fn plan_state_at(
        &self,
        plan_id: i64,
        until: i64,
    ) -> Result<BTreeMap<(String, i64), Value>, DbError> {
        let rows = sqlx::query_as::<_, PlanChange>(
            "SELECT id, plan_id, entity, entity_id, action, changed_at, changed_by, diff, snapshot FROM plan_changes WHERE plan_id = $1 AND changed_at <= $2 ORDER BY changed_at, id",
        )
        .bind(plan_id)
        .bind(until)
        .fetch_all(self.pool())
        .await?;
        let mut state = BTreeMap::new();
        for r in rows {
            let snap = r.snapshot_value();
            if r.action == "delete" {
                state.remove(&(r.entity.clone(), r.entity_id));
            } else {
                state.insert((r.entity.clone(), r.entity_id), snap);
            }
        }
        Ok(state)
    }
}

/// Binds a measure's columns as `$1`–`$20` (field … status note, then the change time), the
/// part its INSERT and UPDATE share.
fn bind_measure<'q>(
    q: sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>>,
    m: &'q MeasureDraft,
    partners: &'q str,
    groups: &'q str,
    at: i64,
) -> sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>> {
    q.bind(m.field_id)
        .bind(m.goal_id)
        .bind(&m.code)
        .bind(&m.title)
        .bind(&m.description)
        .bind(m.lead_actor_id)
        .bind(&m.lead_text)
        .bind(partners)
        .bind(groups)
        .bind(&m.place)
        .bind(crate::float_param(m.cost_eur))
        .bind(&m.funding)
        .bind(i64::from(m.funding_secured))
        .bind(&m.start_on)
        .bind(&m.end_on)
        .bind(m.priority)
        .bind(&m.status)
        .bind(i64::from(m.blocked))
        .bind(&m.status_note)
        .bind(at)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diff_of_scalars_and_new_entities() {
        let a = json!({"title": "A", "status": "planned", "cost_eur": 100.0});
        let d = diff(None, &a);
        assert_eq!(d.len(), 3);
        let b = json!({"title": "A", "status": "running", "cost_eur": 100.0});
        let d = diff(Some(&a), &b);
        assert_eq!(
            d,
            vec![Difference {
                field: "status".into(),
                item: String::new(),
                from: "planned".into(),
                to: "running".into()
            }]
        );
    }

    #[test]
    fn diff_of_nested_indicators() {
        let a =
            json!({"indicators": [{"id": 1, "name": "Plätze", "actual": null, "target": 45.0}]});
        let b = json!({"indicators": [{"id": 1, "name": "Plätze", "actual": 30.0, "target": 45.0},
                                       {"id": 2, "name": "Wartezeit", "actual": null, "target": 6.0}]});
        let d = diff(Some(&a), &b);
        assert!(d.iter().any(|x| x.field == "indicator.actual"
            && x.item == "Plätze"
            && x.from.is_empty()
            && x.to == "30"));
        assert!(
            d.iter()
                .any(|x| x.field == "indicator" && x.to == "Wartezeit")
        );
        assert_eq!(d.len(), 2);
    }
}
