//! Rows, drafts and the loaded plan.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use sqlx::FromRow;

use super::Difference;
#[allow(unused_imports)]
use super::STATUSES;

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
