//! The neighbourhood fund (Verfügungsfonds / Aktionsfonds): funds with versioned rules, rounds,
//! applications with cost and financing lines, the jury (members, conflicts of interest, scores,
//! votes) and decisions. The rules themselves are `quartier_rules::fund`; this module stores them.

mod applications;
mod funds;
mod jury;

pub use applications::{Application, ApplicationInput, ApplicationSummary, STATUSES};
pub use funds::{Fund, Round, RuleVersion};
pub use jury::{ConflictRow, DecisionRow, Member, ScoreRow, VoteRow};
