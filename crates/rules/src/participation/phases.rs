//! Dialogue phases and participation levels (Beteiligungsstufen), and which actions
//! residents may take in each.
//!
//! A dialogue runs through phases (inform → consult → co-design → decide → feedback); each
//! phase has dates and a participation level: Informieren (residents are told), Konsultieren
//! (residents are asked), Mitgestalten (residents shape the result with staff), Entscheiden
//! (residents decide within a stated frame). What a resident may do is what both the phase
//! and its level allow. Staff answers and moderation are never restricted by the phase.

use serde::{Deserialize, Serialize};
use thiserror::Error;
use time::Date;

/// The kind of a dialogue phase.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PhaseKind {
    /// Information about the dialogue and its frame.
    Inform,
    /// Collecting ideas and opinions.
    Consult,
    /// Working out proposals together.
    CoDesign,
    /// Setting priorities or deciding.
    Decide,
    /// Reporting back what became of the input.
    Feedback,
}

/// The participation level of a phase (the four steps of the Leipzig guidelines).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// Informieren: residents are informed; no input is collected.
    Inform,
    /// Konsultieren: residents give ideas and opinions; the administration decides.
    Consult,
    /// Mitgestalten: residents and staff work the proposals out together.
    CoDesign,
    /// Entscheiden: residents decide within the stated frame (supports count as votes).
    Decide,
}

/// What a resident can do in a dialogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// Post a new idea.
    PostIdea,
    /// Comment on an idea or reply to a comment.
    Comment,
    /// Support an idea (one per account).
    Support,
    /// Follow an idea or dialogue.
    Follow,
}

impl PhaseKind {
    /// Every kind in the order a dialogue runs through them.
    pub const ALL: [PhaseKind; 5] = [
        PhaseKind::Inform,
        PhaseKind::Consult,
        PhaseKind::CoDesign,
        PhaseKind::Decide,
        PhaseKind::Feedback,
    ];

    /// Stable code.
    pub fn as_str(self) -> &'static str {
        match self {
            PhaseKind::Inform => "inform",
            PhaseKind::Consult => "consult",
            PhaseKind::CoDesign => "co_design",
            PhaseKind::Decide => "decide",
            PhaseKind::Feedback => "feedback",
        }
    }

    /// Parses a code.
    pub fn parse(s: &str) -> Option<PhaseKind> {
        PhaseKind::ALL.into_iter().find(|k| k.as_str() == s.trim())
    }

    /// The level a phase of this kind has unless configured otherwise.
    pub fn default_level(self) -> Level {
        match self {
            PhaseKind::Inform | PhaseKind::Feedback => Level::Inform,
            PhaseKind::Consult => Level::Consult,
            PhaseKind::CoDesign => Level::CoDesign,
            PhaseKind::Decide => Level::Decide,
        }
    }

    fn actions(self) -> &'static [Action] {
        use Action::*;
        match self {
            PhaseKind::Inform => &[Follow],
            PhaseKind::Consult | PhaseKind::CoDesign => &[PostIdea, Comment, Support, Follow],
            PhaseKind::Decide => &[Comment, Support, Follow],
            PhaseKind::Feedback => &[Comment, Follow],
        }
    }
}

impl Level {
    /// Every level from least to most influence.
    pub const ALL: [Level; 4] = [
        Level::Inform,
        Level::Consult,
        Level::CoDesign,
        Level::Decide,
    ];

    /// Stable code.
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Inform => "inform",
            Level::Consult => "consult",
            Level::CoDesign => "co_design",
            Level::Decide => "decide",
        }
    }

    /// Parses a code.
    pub fn parse(s: &str) -> Option<Level> {
        Level::ALL.into_iter().find(|k| k.as_str() == s.trim())
    }

    /// The German name used in the Leipzig guidelines.
    pub fn german(self) -> &'static str {
        match self {
            Level::Inform => "Informieren",
            Level::Consult => "Konsultieren",
            Level::CoDesign => "Mitgestalten",
            Level::Decide => "Entscheiden",
        }
    }

    fn actions(self) -> &'static [Action] {
        use Action::*;
        match self {
            Level::Inform => &[Follow],
            Level::Consult | Level::CoDesign | Level::Decide => {
                &[PostIdea, Comment, Support, Follow]
            }
        }
    }
}

/// Whether a resident may take `action` in a phase of `kind` at `level`.
pub fn allows(kind: PhaseKind, level: Level, action: Action) -> bool {
    kind.actions().contains(&action) && level.actions().contains(&action)
}

/// The actions a phase allows, in a fixed order.
pub fn allowed_actions(kind: PhaseKind, level: Level) -> Vec<Action> {
    [
        Action::PostIdea,
        Action::Comment,
        Action::Support,
        Action::Follow,
    ]
    .into_iter()
    .filter(|a| allows(kind, level, *a))
    .collect()
}

/// A phase with its dates (both inclusive).
#[derive(Debug, Clone, PartialEq)]
pub struct Phase {
    /// Kind.
    pub kind: PhaseKind,
    /// Level.
    pub level: Level,
    /// First day.
    pub start: Date,
    /// Last day.
    pub end: Date,
}

/// A problem with a dialogue's phases, naming the phase (1-based, in the given order).
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum PhaseError {
    /// The phase ends before it starts.
    #[error("phase {phase}: the end lies before the start")]
    EndBeforeStart {
        /// Phase number.
        phase: usize,
    },
    /// The phase starts before the previous one has ended.
    #[error("phase {phase}: starts before phase {previous} has ended")]
    Overlap {
        /// Phase number.
        phase: usize,
        /// The earlier phase.
        previous: usize,
    },
}

/// Checks that phases are ordered by date and do not overlap.
pub fn check_phases(phases: &[Phase]) -> Result<(), PhaseError> {
    for (i, p) in phases.iter().enumerate() {
        if p.end < p.start {
            return Err(PhaseError::EndBeforeStart { phase: i + 1 });
        }
        if i > 0 && p.start <= phases[i - 1].end {
            return Err(PhaseError::Overlap {
                phase: i + 1,
                previous: i,
            });
        }
    }
    Ok(())
}

/// The phase running on `today`, if any.
pub fn current_phase(phases: &[Phase], today: Date) -> Option<&Phase> {
    phases.iter().find(|p| p.start <= today && today <= p.end)
}

/// What residents may do on `today`: the actions of the running phase; between or outside
/// phases only following is open.
pub fn actions_on(phases: &[Phase], today: Date) -> Vec<Action> {
    match current_phase(phases, today) {
        Some(p) => allowed_actions(p.kind, p.level),
        None => vec![Action::Follow],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn phase(kind: PhaseKind, start: Date, end: Date) -> Phase {
        Phase {
            kind,
            level: kind.default_level(),
            start,
            end,
        }
    }

    #[test]
    fn consult_allows_posting_inform_only_following() {
        assert!(allows(PhaseKind::Consult, Level::Consult, Action::PostIdea));
        assert!(!allows(PhaseKind::Inform, Level::Inform, Action::PostIdea));
        assert!(allows(PhaseKind::Inform, Level::Inform, Action::Follow));
        // An Informieren level closes input even in a consultation phase.
        assert!(!allows(PhaseKind::Consult, Level::Inform, Action::Comment));
        // Deciding is about supporting, not about new ideas.
        assert!(!allows(PhaseKind::Decide, Level::Decide, Action::PostIdea));
        assert!(allows(PhaseKind::Decide, Level::Decide, Action::Support));
        assert_eq!(
            allowed_actions(PhaseKind::Feedback, Level::Consult),
            vec![Action::Comment, Action::Follow]
        );
    }

    #[test]
    fn codes_round_trip() {
        for k in PhaseKind::ALL {
            assert_eq!(PhaseKind::parse(k.as_str()), Some(k));
        }
        for l in Level::ALL {
            assert_eq!(Level::parse(l.as_str()), Some(l));
        }
        assert_eq!(Level::CoDesign.german(), "Mitgestalten");
        assert_eq!(PhaseKind::parse("vote"), None);
    }

    #[test]
    fn phases_in_order_and_the_running_one() {
        let ps = vec![
            phase(
                PhaseKind::Inform,
                date!(2024 - 04 - 15),
                date!(2024 - 04 - 30),
            ),
            phase(
                PhaseKind::Consult,
                date!(2024 - 05 - 01),
                date!(2024 - 06 - 15),
            ),
            phase(
                PhaseKind::Feedback,
                date!(2024 - 09 - 16),
                date!(2024 - 11 - 30),
            ),
        ];
        assert_eq!(check_phases(&ps), Ok(()));
        assert_eq!(
            current_phase(&ps, date!(2024 - 06 - 15)).map(|p| p.kind),
            Some(PhaseKind::Consult)
        );
        assert!(actions_on(&ps, date!(2024 - 05 - 10)).contains(&Action::PostIdea));
        // Between two phases only following is open.
        assert_eq!(actions_on(&ps, date!(2024 - 07 - 01)), vec![Action::Follow]);
    }

    #[test]
    fn bad_phases_are_named() {
        let ps = vec![
            phase(
                PhaseKind::Inform,
                date!(2024 - 04 - 15),
                date!(2024 - 05 - 02),
            ),
            phase(
                PhaseKind::Consult,
                date!(2024 - 05 - 01),
                date!(2024 - 06 - 15),
            ),
        ];
        assert_eq!(
            check_phases(&ps),
            Err(PhaseError::Overlap {
                phase: 2,
                previous: 1
            })
        );
        let ps = vec![phase(
            PhaseKind::Inform,
            date!(2024 - 04 - 15),
            date!(2024 - 04 - 01),
        )];
        assert_eq!(
            check_phases(&ps),
            Err(PhaseError::EndBeforeStart { phase: 1 })
        );
    }
}
