//! Participatory-budgeting elections in the open pabulib `.pb` format: reading and writing.
//!
//! The reader follows pabutools' parser (`parse_pabulib_from_string`): lines split as Python's
//! `str.splitlines` does (so CRLF, CR and mixed line ends work), cells split at `;` with `"` quoting and
//! doubled quotes, sections `META`, `PROJECTS`, `VOTES` each followed by a header row, cells equal to
//! `none` treated as absent, commas as decimal marks in costs and the budget, and any extra columns
//! (results such as `votes` or `selected`) kept but not used. Every error names the line and column.

mod decimal;
mod read;
mod write;

pub use decimal::{Amount, UNIT};
pub use read::{parse, parse_bytes};
pub use write::write;

/// The ballot format of an election.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum VoteType {
    /// Approve any set of projects.
    Approval,
    /// Approve exactly one.
    Choose1,
    /// Distribute points.
    Cumulative,
    /// Score each project.
    Scoring,
    /// Rank projects.
    Ordinal,
}

impl VoteType {
    /// The `vote_type` value in a file.
    pub fn key(self) -> &'static str {
        match self {
            VoteType::Approval => "approval",
            VoteType::Choose1 => "choose-1",
            VoteType::Cumulative => "cumulative",
            VoteType::Scoring => "scoring",
            VoteType::Ordinal => "ordinal",
        }
    }

    fn from_key(k: &str) -> Option<VoteType> {
        [
            VoteType::Approval,
            VoteType::Choose1,
            VoteType::Cumulative,
            VoteType::Scoring,
            VoteType::Ordinal,
        ]
        .into_iter()
        .find(|t| t.key() == k)
    }

    /// Whether ballots carry points.
    pub fn has_points(self) -> bool {
        matches!(self, VoteType::Cumulative | VoteType::Scoring)
    }
}

/// A project of an election.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PbProject {
    /// Id as written (`BO.D4.7/23`); ties are broken by it, compared as text.
    pub id: String,
    /// Cost.
    pub cost: Amount,
    /// Name, if the file has a `name` column.
    pub name: Option<String>,
}

/// One ballot: the projects it lists (in ballot order, without repeats) and their points if any.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Ballot {
    /// Indices into [`Election::projects`].
    pub projects: Vec<usize>,
    /// Points per listed project (cumulative and scoring ballots).
    pub points: Vec<Amount>,
}

/// A whole election.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Election {
    /// META key–value pairs in file order.
    pub meta: Vec<(String, String)>,
    /// Budget limit.
    pub budget: Amount,
    /// Ballot format.
    pub vote_type: VoteType,
    /// Projects in file order.
    pub projects: Vec<PbProject>,
    /// Ballots in file order.
    pub ballots: Vec<Ballot>,
}

/// A malformed file: where and what.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}, column {column}: {message}")]
pub struct PbError {
    /// Line from 1.
    pub line: usize,
    /// Column (character) from 1.
    pub column: usize,
    /// What is wrong.
    pub message: String,
}

impl Election {
    /// A META value.
    pub fn meta(&self, key: &str) -> Option<&str> {
        self.meta
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    /// Supporters per project: how many ballots list it.
    pub fn support(&self) -> Vec<usize> {
        let mut s = vec![0; self.projects.len()];
        for b in &self.ballots {
            for &p in &b.projects {
                s[p] += 1;
            }
        }
        s
    }
}
