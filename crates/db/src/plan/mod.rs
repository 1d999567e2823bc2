//! The action plan of a quarter (Aktionsplan): fields of action → goals → measures
//! with milestones and indicators whose actual values are recorded over time.
//!
//! Every write records a row in `plan_changes` through the one versioned-change
//! writer ([`crate::versions`], the log [`CHANGES`]): a JSON snapshot of the
//! entity after the change and the field-by-field difference to the snapshot
//! before it. [`Db::plan_state_at`] rebuilds the plan as it was at any instant
//! from those snapshots; the differences and comparisons are rules in
//! [`quartier_rules::plan`].
//!
//! Parts: `types.rs` (rows, drafts, the loaded plan), `read.rs` (queries),
//! `write.rs` (every change, each in one transaction), `snapshot.rs` (the
//! snapshots written to the change log).

mod read;
mod snapshot;
mod types;
mod write;

pub use quartier_rules::changes::Difference;
pub use quartier_rules::plan::PlanState;
pub use types::*;

use crate::versions::ChangeLog;

/// Measure statuses in their life-cycle order.
pub const STATUSES: [&str; 6] = ["idea", "planned", "running", "done", "permanent", "dropped"];

/// Goal levels.
pub const GOAL_LEVELS: [&str; 2] = ["leitziel", "handlungsziel"];

/// Indicator levels.
pub const INDICATOR_LEVELS: [&str; 2] = ["output", "outcome"];

/// The plan's change log: `plan_changes`, scoped by plan, measures with their
/// indicators and milestones compared element by element.
pub const CHANGES: ChangeLog = ChangeLog {
    table: "plan_changes",
    scope: "plan_id",
    nested: quartier_rules::plan::NESTED,
};

const MEASURE_COLS: &str = "id, plan_id, field_id, goal_id, code, title, description, lead_actor_id, lead_text, partner_ids, target_groups, place, cost_eur, funding, funding_secured, start_on, end_on, priority, status, blocked, status_note, created_at, updated_at";

impl quartier_rules::plan::Scheduled for PlanMeasure {
    fn status(&self) -> &str {
        &self.status
    }
    fn end_on(&self) -> &str {
        &self.end_on
    }
}
