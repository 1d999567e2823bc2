//! The idea status lifecycle and the duty to answer (Antwortpflicht).
//!
//! Every idea moves new → in review → accepted / partly accepted / rejected → implemented,
//! and gets a public answer with who and when. An idea that has no public answer `N` days
//! after it was posted is overdue; staff see these first in their queue.

use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::dates::days_between;

/// Status of an idea.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IdeaStatus {
    /// Posted, not looked at yet.
    New,
    /// Being examined by the administration or partners.
    InReview,
    /// Taken up.
    Accepted,
    /// Taken up in part.
    PartlyAccepted,
    /// Not taken up, with reasons.
    Rejected,
    /// Done.
    Implemented,
}

/// A status change that the lifecycle does not allow.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum StatusError {
    /// The change is not a step of the lifecycle.
    #[error("status cannot change from {from} to {to}")]
    NotAllowed {
        /// Current status code.
        from: &'static str,
        /// Requested status code.
        to: &'static str,
    },
    /// A decision needs an answer that gives the reasons.
    #[error("status {status} needs a public answer")]
    AnswerRequired {
        /// Requested status code.
        status: &'static str,
    },
}

impl IdeaStatus {
    /// Every status in lifecycle order.
    pub const ALL: [IdeaStatus; 6] = [
        IdeaStatus::New,
        IdeaStatus::InReview,
        IdeaStatus::Accepted,
        IdeaStatus::PartlyAccepted,
        IdeaStatus::Rejected,
        IdeaStatus::Implemented,
    ];

    /// Stable code.
    pub fn as_str(self) -> &'static str {
        match self {
            IdeaStatus::New => "new",
            IdeaStatus::InReview => "in_review",
            IdeaStatus::Accepted => "accepted",
            IdeaStatus::PartlyAccepted => "partly_accepted",
            IdeaStatus::Rejected => "rejected",
            IdeaStatus::Implemented => "implemented",
        }
    }

    /// Parses a code (`-` and spaces read as `_`, case-insensitive).
    pub fn parse(s: &str) -> Option<IdeaStatus> {
        let s = s.trim().to_lowercase().replace(['-', ' '], "_");
        IdeaStatus::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// Whether the status is a decision (accepted, partly accepted, rejected) or beyond.
    pub fn is_decided(self) -> bool {
        !matches!(self, IdeaStatus::New | IdeaStatus::InReview)
    }

    /// The statuses an idea can move to from this one.
    pub fn next(self) -> &'static [IdeaStatus] {
        use IdeaStatus::*;
        match self {
            New => &[InReview, Accepted, PartlyAccepted, Rejected],
            InReview => &[Accepted, PartlyAccepted, Rejected],
            Accepted | PartlyAccepted => &[Implemented, InReview, Rejected],
            // A rejected idea can be reopened when circumstances change.
            Rejected => &[InReview],
            Implemented => &[],
        }
    }
}

/// Checks a status change by staff; `answer` is the public answer given with it (the
/// existing one if none is given now).
pub fn check_change(
    from: IdeaStatus,
    to: IdeaStatus,
    answer: Option<&str>,
) -> Result<(), StatusError> {
    if from != to && !from.next().contains(&to) {
        return Err(StatusError::NotAllowed {
            from: from.as_str(),
            to: to.as_str(),
        });
    }
    let has_answer = answer.is_some_and(|a| !a.trim().is_empty());
    if to.is_decided() && !has_answer {
        return Err(StatusError::AnswerRequired {
            status: to.as_str(),
        });
    }
    Ok(())
}

/// Where an idea stands with respect to the duty to answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnswerState {
    /// Answered publicly after this many days.
    Answered {
        /// Days from posting to the answer.
        after_days: i64,
    },
    /// Not answered yet, still within the time allowed.
    Pending {
        /// Days since posting.
        age_days: i64,
        /// Days left until overdue.
        days_left: i64,
    },
    /// Not answered within the time allowed.
    Overdue {
        /// Days since posting.
        age_days: i64,
        /// Days past the deadline.
        days_over: i64,
    },
}

impl AnswerState {
    /// Whether the idea is overdue.
    pub fn is_overdue(self) -> bool {
        matches!(self, AnswerState::Overdue { .. })
    }
}

/// The duty to answer: an idea posted at `created` (Unix seconds) and answered at
/// `answered` (if at all) is overdue when `now` lies more than `days` days after posting
/// without an answer.
pub fn answer_state(created: i64, answered: Option<i64>, now: i64, days: i64) -> AnswerState {
    if let Some(at) = answered {
        return AnswerState::Answered {
            after_days: days_between(created, at),
        };
    }
    let age = days_between(created, now);
    if age > days {
        AnswerState::Overdue {
            age_days: age,
            days_over: age - days,
        }
    } else {
        AnswerState::Pending {
            age_days: age,
            days_left: days - age,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use IdeaStatus::*;

    const DAY: i64 = 86_400;

    #[test]
    fn lifecycle_steps() {
        assert_eq!(check_change(New, InReview, None), Ok(()));
        assert_eq!(
            check_change(InReview, Accepted, Some("Wird umgesetzt.")),
            Ok(())
        );
        assert_eq!(
            check_change(Accepted, Implemented, Some("Erledigt.")),
            Ok(())
        );
        assert_eq!(
            check_change(Implemented, New, Some("x")),
            Err(StatusError::NotAllowed {
                from: "implemented",
                to: "new"
            })
        );
        assert_eq!(
            check_change(New, Implemented, Some("x")),
            Err(StatusError::NotAllowed {
                from: "new",
                to: "implemented"
            })
        );
        // Keeping the status and changing only the answer is fine.
        assert_eq!(
            check_change(Rejected, Rejected, Some("Neue Begründung")),
            Ok(())
        );
    }

    #[test]
    fn decisions_need_an_answer() {
        assert_eq!(
            check_change(New, Rejected, Some("  ")),
            Err(StatusError::AnswerRequired { status: "rejected" })
        );
        assert_eq!(
            check_change(New, Accepted, None),
            Err(StatusError::AnswerRequired { status: "accepted" })
        );
    }

    #[test]
    fn codes_round_trip() {
        for s in IdeaStatus::ALL {
            assert_eq!(IdeaStatus::parse(s.as_str()), Some(s));
        }
        assert_eq!(IdeaStatus::parse("Partly accepted"), Some(PartlyAccepted));
        assert_eq!(IdeaStatus::parse("done"), None);
    }

    #[test]
    fn duty_to_answer() {
        let posted = 1_000 * DAY;
        assert_eq!(
            answer_state(posted, None, posted + 10 * DAY, 28),
            AnswerState::Pending {
                age_days: 10,
                days_left: 18
            }
        );
        // On the last day it is not yet overdue, the day after it is.
        assert!(!answer_state(posted, None, posted + 28 * DAY, 28).is_overdue());
        assert_eq!(
            answer_state(posted, None, posted + 29 * DAY + 5, 28),
            AnswerState::Overdue {
                age_days: 29,
                days_over: 1
            }
        );
        assert_eq!(
            answer_state(posted, Some(posted + 40 * DAY), posted + 90 * DAY, 28),
            AnswerState::Answered { after_days: 40 }
        );
    }
}
