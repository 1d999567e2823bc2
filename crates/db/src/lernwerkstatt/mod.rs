//! Lernwerkstatt: workshop series and sessions across quarters and cities
//! (participants of several teams, case presentations in a fixed template, minutes,
//! decisions, follow-up tasks), the instrument library with versioned profiles,
//! uses and comments, and the German full-text search over everything
//! ([`search`]).
//!
//! A *team* is the neighbourhood-management team of a quarter (`quarter_id`); a
//! guest team without a quarter on this installation has only a name.

pub mod instruments;
pub mod search;
pub mod sources;
pub mod workshops;

use serde::{Deserialize, Serialize};
use sqlx::FromRow;

/// Participation statuses, in order.
pub const PARTICIPANT_STATUSES: [&str; 3] = ["invited", "confirmed", "attended"];

/// A series of workshop sessions (e.g. four a year, rotating hosts).
#[derive(Debug, Clone, FromRow, Serialize, Deserialize)]
pub struct Series {
    /// Row id.
    pub id: i64,
    /// The city that runs the series.
    pub city_id: i64,
    /// Title.
    pub title: String,
    /// Description.
    pub description: String,
    /// Host quarters in rotation order (JSON array of ids).
    pub hosts: String,
    /// Created.
    pub created_at: i64,
}

impl Series {
    /// Host quarter ids in rotation order.
    pub fn host_ids(&self) -> Vec<i64> {
        serde_json::from_str(&self.hosts).unwrap_or_default()
    }
}

/// One workshop session.
#[derive(Debug, Clone, FromRow, Serialize, Deserialize)]
pub struct Session {
    /// Row id.
    pub id: i64,
    /// Series, if any.
    pub series_id: Option<i64>,
    /// City that organises it.
    pub city_id: i64,
    /// Title.
    pub title: String,
    /// Date (YYYY-MM-DD).
    pub held_on: String,
    /// Host team's quarter.
    pub host_quarter_id: Option<i64>,
    /// Host team's name.
    pub host_name: String,
    /// Place in words.
    pub place: String,
    /// Online link (https) or empty.
    pub online_link: String,
    /// Agenda items (JSON array of strings).
    pub agenda: String,
    /// Minutes.
    pub minutes: String,
    /// 1 when the minutes are public.
    pub minutes_published: i64,
    /// Created.
    pub created_at: i64,
    /// Last change.
    pub updated_at: i64,
}

impl Session {
    /// Agenda items.
    pub fn agenda_items(&self) -> Vec<String> {
        serde_json::from_str(&self.agenda).unwrap_or_default()
    }
}

/// A participant: a team, optionally a person of it.
#[derive(Debug, Clone, FromRow, Serialize, Deserialize)]
pub struct Participant {
    /// Row id.
    pub id: i64,
    /// Session.
    pub session_id: i64,
    /// The team's quarter (none for guests from outside the installation).
    pub quarter_id: Option<i64>,
    /// Team name.
    pub team_name: String,
    /// Account of the person, if they have one.
    pub user_id: Option<i64>,
    /// Person's name, or empty for the team as a whole.
    pub person: String,
    /// One of [`PARTICIPANT_STATUSES`].
    pub status: String,
}

/// A case presentation in the fixed template.
#[derive(Debug, Clone, FromRow, Serialize, Deserialize)]
pub struct Case {
    /// Row id.
    pub id: i64,
    /// Session.
    pub session_id: i64,
    /// Quarter the case comes from.
    pub quarter_id: Option<i64>,
    /// Title.
    pub title: String,
    /// Presenting team or person.
    pub presenter: String,
    /// Problem.
    pub problem: String,
    /// Approach.
    pub approach: String,
    /// Resources used.
    pub resources: String,
    /// Result.
    pub result: String,
    /// Lessons learned.
    pub lessons: String,
}

/// A decision of a session.
#[derive(Debug, Clone, FromRow, Serialize, Deserialize)]
pub struct Decision {
    /// Row id.
    pub id: i64,
    /// Session.
    pub session_id: i64,
    /// Text.
    pub text: String,
}

/// A follow-up task.
#[derive(Debug, Clone, FromRow, Serialize, Deserialize)]
pub struct Task {
    /// Row id.
    pub id: i64,
    /// Session.
    pub session_id: i64,
    /// What to do.
    pub title: String,
    /// Responsible team or person.
    pub owner: String,
    /// Account that took the task, if any.
    pub owner_user_id: Option<i64>,
    /// Due date (YYYY-MM-DD).
    pub due_on: String,
    /// Status (`quartier_rules::lernwerkstatt::TaskStatus`).
    pub status: String,
    /// Last change.
    pub updated_at: i64,
}

/// An instrument of the library with its current profile.
#[derive(Debug, Clone, FromRow, Serialize, Deserialize)]
pub struct Instrument {
    /// Row id.
    pub id: i64,
    /// URL name.
    pub slug: String,
    /// Quarter where it was developed.
    pub origin_quarter_id: Option<i64>,
    /// Current version number (1, 2, …).
    pub version: i64,
    /// Current profile (JSON of `quartier_rules::lernwerkstatt::Profile`).
    pub profile: String,
    /// Created.
    pub created_at: i64,
    /// Last change.
    pub updated_at: i64,
}

impl Instrument {
    /// The current profile, when it parses.
    pub fn profile(&self) -> Option<quartier_rules::lernwerkstatt::Profile> {
        serde_json::from_str(&self.profile).ok()
    }
}

/// One version of an instrument profile: the snapshot and the difference to the
/// version before (the plan's versioned-change shape).
#[derive(Debug, Clone, FromRow, Serialize, Deserialize)]
pub struct InstrumentVersion {
    /// Row id.
    pub id: i64,
    /// Instrument.
    pub instrument_id: i64,
    /// Version number.
    pub version: i64,
    /// When.
    pub changed_at: i64,
    /// Who.
    pub changed_by: String,
    /// JSON array of `crate::plan::Difference`.
    pub diff: String,
    /// The profile after the change.
    pub snapshot: String,
}

impl InstrumentVersion {
    /// The differences to the version before.
    pub fn differences(&self) -> Vec<crate::plan::Difference> {
        serde_json::from_str(&self.diff).unwrap_or_default()
    }
}

/// A use of an instrument by a quarter, with its result.
#[derive(Debug, Clone, FromRow, Serialize, Deserialize)]
pub struct InstrumentUse {
    /// Row id.
    pub id: i64,
    /// Instrument.
    pub instrument_id: i64,
    /// Quarter.
    pub quarter_id: i64,
    /// Start (YYYY-MM-DD).
    pub started_on: String,
    /// Result in words.
    pub result: String,
}

/// A comment, optionally with a rating 1–5, by staff of another quarter.
#[derive(Debug, Clone, FromRow, Serialize, Deserialize)]
pub struct Comment {
    /// Row id.
    pub id: i64,
    /// Instrument.
    pub instrument_id: i64,
    /// Author's account.
    pub user_id: i64,
    /// Author's quarter (team), if any.
    pub quarter_id: Option<i64>,
    /// Author's shown name.
    pub author: String,
    /// Text.
    pub body: String,
    /// Rating 1–5.
    pub rating: Option<i64>,
    /// When.
    pub created_at: i64,
}
