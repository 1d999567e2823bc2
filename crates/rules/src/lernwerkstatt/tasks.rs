//! Follow-up tasks of a workshop session: status and lateness.

use serde::{Deserialize, Serialize};

/// Why a task value was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TaskError {
    /// The status is not one of [`TaskStatus::ALL`].
    #[error("unknown task status '{0}'")]
    UnknownStatus(String),
    /// The date is not a calendar date `YYYY-MM-DD`.
    #[error("'{0}' is not a date of the form YYYY-MM-DD")]
    BadDate(String),
}

/// The status of a follow-up task.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TaskStatus {
    /// Agreed, not started.
    Open,
    /// Someone works on it.
    InProgress,
    /// Finished.
    Done,
    /// No longer needed.
    Dropped,
}

impl TaskStatus {
    /// Every status in life-cycle order.
    pub const ALL: [TaskStatus; 4] = [
        TaskStatus::Open,
        TaskStatus::InProgress,
        TaskStatus::Done,
        TaskStatus::Dropped,
    ];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            TaskStatus::Open => "open",
            TaskStatus::InProgress => "in_progress",
            TaskStatus::Done => "done",
            TaskStatus::Dropped => "dropped",
        }
    }

    /// Parses a stored name.
    pub fn parse(s: &str) -> Result<TaskStatus, TaskError> {
        TaskStatus::ALL
            .into_iter()
            .find(|t| t.as_str() == s)
            .ok_or_else(|| TaskError::UnknownStatus(s.to_string()))
    }

    /// Still to be done (open or in progress).
    pub fn is_pending(self) -> bool {
        matches!(self, TaskStatus::Open | TaskStatus::InProgress)
    }
}

/// Checks `s` is a real calendar date `YYYY-MM-DD` and returns (year, month, day).
pub fn parse_iso_date(s: &str) -> Result<(i32, u32, u32), TaskError> {
    let bad = || TaskError::BadDate(s.to_string());
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return Err(bad());
    }
    let y: i32 = s[0..4].parse().map_err(|_| bad())?;
    let m: u32 = s[5..7].parse().map_err(|_| bad())?;
    let d: u32 = s[8..10].parse().map_err(|_| bad())?;
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return Err(bad()),
    };
    if d == 0 || d > days {
        return Err(bad());
    }
    Ok((y, m, d))
}

/// A task is overdue when it is still pending and its due date lies before `today`
/// (both `YYYY-MM-DD`). A task without a valid due date is never overdue.
pub fn is_overdue(status: TaskStatus, due_on: &str, today: &str) -> bool {
    status.is_pending()
        && parse_iso_date(due_on).is_ok()
        && parse_iso_date(today).is_ok()
        && due_on < today
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_round_trip() {
        for s in TaskStatus::ALL {
            assert_eq!(TaskStatus::parse(s.as_str()), Ok(s));
        }
        assert_eq!(
            TaskStatus::parse("later"),
            Err(TaskError::UnknownStatus("later".into()))
        );
    }

    #[test]
    fn dates_are_checked() {
        assert_eq!(parse_iso_date("2024-02-29"), Ok((2024, 2, 29)));
        assert!(parse_iso_date("2023-02-29").is_err());
        assert!(parse_iso_date("2024-13-01").is_err());
        assert!(parse_iso_date("14.11.2024").is_err());
        assert!(parse_iso_date("").is_err());
    }

    #[test]
    fn overdue_only_when_pending_and_past() {
        assert!(is_overdue(TaskStatus::Open, "2025-01-31", "2025-02-01"));
        assert!(is_overdue(
            TaskStatus::InProgress,
            "2025-01-31",
            "2025-02-01"
        ));
        assert!(!is_overdue(TaskStatus::Open, "2025-01-31", "2025-01-31"));
        assert!(!is_overdue(TaskStatus::Done, "2025-01-31", "2025-03-01"));
        assert!(!is_overdue(TaskStatus::Dropped, "2025-01-31", "2025-03-01"));
        assert!(!is_overdue(TaskStatus::Open, "", "2025-03-01"));
    }
}
