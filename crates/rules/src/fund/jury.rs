//! The jury: composition by the rules, conflicts of interest, scoring by weighted criteria.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::config::FundRules;

/// A member of a round's jury.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JuryMember {
    /// Stable id.
    pub id: String,
    /// Lives in the area.
    pub resident: bool,
    /// Age in years, if known.
    pub age: Option<u8>,
    /// Staff of the neighbourhood team (Quartiersmanagement).
    pub staff: bool,
}

/// A declared conflict of interest: the member may not read the scores of, score or vote on the application.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Conflict {
    /// Member id.
    pub member: String,
    /// Application id.
    pub application: String,
}

/// The conflicts of a round, for quick look-up.
#[derive(Debug, Clone, Default)]
pub struct Conflicts(BTreeSet<(String, String)>);

impl Conflicts {
    /// From declarations.
    pub fn new<'a, I: IntoIterator<Item = &'a Conflict>>(items: I) -> Conflicts {
        Conflicts(
            items
                .into_iter()
                .map(|c| (c.member.clone(), c.application.clone()))
                .collect(),
        )
    }

    /// Whether the member declared a conflict for the application.
    pub fn has(&self, member: &str, application: &str) -> bool {
        self.0
            .contains(&(member.to_string(), application.to_string()))
    }
}

/// What is wrong with a jury or a score.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum JuryError {
    /// Fewer voting members than the rules require.
    #[error("jury: {count} voting members, at least {min} required (rule jury.min_members)")]
    TooFew {
        /// Voting members.
        count: usize,
        /// Minimum.
        min: u32,
    },
    /// More voting members than allowed.
    #[error("jury: {count} voting members, at most {max} allowed (rule jury.max_members)")]
    TooMany {
        /// Voting members.
        count: usize,
        /// Maximum.
        max: u32,
    },
    /// A voting member does not live in the area.
    #[error(
        "jury member {member}: voting members must live in the area (rule jury.residents_only)"
    )]
    NotResident {
        /// Member id.
        member: String,
    },
    /// A voting member is too young or has no age recorded.
    #[error("jury member {member}: voting members must be at least {min} (rule jury.min_age)")]
    TooYoung {
        /// Member id.
        member: String,
        /// Minimum age.
        min: u8,
    },
    /// The member declared a conflict for this application.
    #[error(
        "jury member {member} declared a conflict of interest for application {application} (rule jury.conflict_of_interest)"
    )]
    Conflict {
        /// Member id.
        member: String,
        /// Application id.
        application: String,
    },
    /// The member has no vote (staff attending without a vote).
    #[error("jury member {member} attends without a vote (rule jury.staff_vote)")]
    NoVote {
        /// Member id.
        member: String,
    },
    /// Not a member of this jury.
    #[error("{member} is not a member of this jury (rule jury.members)")]
    NotMember {
        /// Member id.
        member: String,
    },
    /// A criterion the rules do not have.
    #[error("score for unknown criterion '{criterion}' (rule criteria)")]
    UnknownCriterion {
        /// Criterion id.
        criterion: String,
    },
    /// A criterion left out.
    #[error("no score for criterion '{criterion}' (rule criteria)")]
    MissingCriterion {
        /// Criterion id.
        criterion: String,
    },
    /// A score above the criterion's maximum.
    #[error("score {score} for '{criterion}' is above {max} (rule criteria.max_score)")]
    ScoreTooHigh {
        /// Criterion id.
        criterion: String,
        /// Score given.
        score: u32,
        /// Maximum.
        max: u32,
    },
}

impl JuryError {
    /// The rule's stable name.
    pub fn rule(&self) -> String {
        let s = self.to_string();
        s.rsplit_once("(rule ")
            .map(|(_, r)| r.trim_end_matches(')').to_string())
            .unwrap_or_default()
    }
}

/// Whether a member votes under the rules (staff only if `jury.staff_vote`).
pub fn votes(rules: &FundRules, m: &JuryMember) -> bool {
    !m.staff || rules.jury.staff_vote
}

/// Checks the jury's composition against the rules; every problem is returned.
pub fn check_composition(rules: &FundRules, members: &[JuryMember]) -> Vec<JuryError> {
    let mut out = Vec::new();
    let voting: Vec<&JuryMember> = members.iter().filter(|m| votes(rules, m)).collect();
    if let Some(min) = rules.jury.min_members
        && voting.len() < min as usize
    {
        out.push(JuryError::TooFew {
            count: voting.len(),
            min,
        });
    }
    if let Some(max) = rules.jury.max_members
        && voting.len() > max as usize
    {
        out.push(JuryError::TooMany {
            count: voting.len(),
            max,
        });
    }
    for m in voting {
        if rules.jury.residents_only && !m.resident {
            out.push(JuryError::NotResident {
                member: m.id.clone(),
            });
        }
        if let Some(min) = rules.jury.min_age
            && m.age.is_none_or(|a| a < min)
        {
            out.push(JuryError::TooYoung {
                member: m.id.clone(),
                min,
            });
        }
    }
    out
}

/// May this member act (read scores, score, vote) on this application?
pub fn may_act(
    rules: &FundRules,
    members: &[JuryMember],
    conflicts: &Conflicts,
    member: &str,
    application: &str,
) -> Result<(), JuryError> {
    let m = members
        .iter()
        .find(|m| m.id == member)
        .ok_or_else(|| JuryError::NotMember {
            member: member.to_string(),
        })?;
    if conflicts.has(member, application) {
        return Err(JuryError::Conflict {
            member: member.to_string(),
            application: application.to_string(),
        });
    }
    if !votes(rules, m) {
        return Err(JuryError::NoVote {
            member: member.to_string(),
        });
    }
    Ok(())
}

/// One member's scores for one application, by criterion id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScoreSheet {
    /// Member id.
    pub member: String,
    /// Application id.
    pub application: String,
    /// Score per criterion id.
    pub scores: BTreeMap<String, u32>,
}

/// Checks a score sheet: member may act, every criterion scored once within its range.
pub fn check_sheet(
    rules: &FundRules,
    members: &[JuryMember],
    conflicts: &Conflicts,
    sheet: &ScoreSheet,
) -> Result<(), JuryError> {
    may_act(rules, members, conflicts, &sheet.member, &sheet.application)?;
    for k in sheet.scores.keys() {
        if !rules.criteria.iter().any(|c| &c.id == k) {
            return Err(JuryError::UnknownCriterion {
                criterion: k.clone(),
            });
        }
    }
    for c in &rules.criteria {
        match sheet.scores.get(&c.id) {
            None => {
                return Err(JuryError::MissingCriterion {
                    criterion: c.id.clone(),
                });
            }
            Some(&s) if s > c.max_score => {
                return Err(JuryError::ScoreTooHigh {
                    criterion: c.id.clone(),
                    score: s,
                    max: c.max_score,
                });
            }
            Some(_) => {}
        }
    }
    Ok(())
}

/// The weighted score of one sheet in percent of the maximum (0–100).
pub fn sheet_percent(rules: &FundRules, sheet: &ScoreSheet) -> f64 {
    let (mut got, mut max) = (0u64, 0u64);
    for c in &rules.criteria {
        got += u64::from(c.weight)
            * u64::from(
                sheet
                    .scores
                    .get(&c.id)
                    .copied()
                    .unwrap_or(0)
                    .min(c.max_score),
            );
        max += u64::from(c.weight) * u64::from(c.max_score);
    }
    if max == 0 {
        0.0
    } else {
        100.0 * got as f64 / max as f64
    }
}

/// An application's result from the jury's scores.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScoreResult {
    /// Mean weighted score of the valid sheets, in percent.
    pub mean_percent: f64,
    /// Sheets counted.
    pub sheets: usize,
    /// Members excluded for a conflict of interest.
    pub excluded: Vec<String>,
}

/// Mean weighted scores per application; sheets that fail [`check_sheet`] (conflicts, non-voting members)
/// are never counted.
pub fn score_results(
    rules: &FundRules,
    members: &[JuryMember],
    conflicts: &Conflicts,
    applications: &[String],
    sheets: &[ScoreSheet],
) -> BTreeMap<String, ScoreResult> {
    applications
        .iter()
        .map(|a| {
            let valid: Vec<f64> = sheets
                .iter()
                .filter(|s| {
                    &s.application == a && check_sheet(rules, members, conflicts, s).is_ok()
                })
                .map(|s| sheet_percent(rules, s))
                .collect();
            let excluded = members
                .iter()
                .filter(|m| conflicts.has(&m.id, a))
                .map(|m| m.id.clone())
                .collect();
            let mean = if valid.is_empty() {
                0.0
            } else {
                valid.iter().sum::<f64>() / valid.len() as f64
            };
            (
                a.clone(),
                ScoreResult {
                    mean_percent: mean,
                    sheets: valid.len(),
                    excluded,
                },
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn jury() -> Vec<JuryMember> {
        let m = |id: &str, resident, age, staff| JuryMember {
            id: id.into(),
            resident,
            age,
            staff,
        };
        vec![
            m("anna", true, Some(34), false),
            m("bilal", true, Some(16), false),
            m("clara", true, Some(71), false),
            m("qm", false, Some(40), true),
        ]
    }

    #[test]
    fn berlin_jury_residents_16_plus_staff_without_vote() {
        let rules = FundRules::berlin();
        assert!(check_composition(&rules, &jury()).is_empty());
        let mut j = jury();
        j[1].age = Some(15);
        j[2].resident = false;
        let rules_hit: Vec<String> = check_composition(&rules, &j)
            .iter()
            .map(JuryError::rule)
            .collect();
        assert_eq!(rules_hit, vec!["jury.min_age", "jury.residents_only"]);
        let c = Conflicts::default();
        assert_eq!(
            may_act(&rules, &jury(), &c, "qm", "A1").map_err(|e| e.rule()),
            Err("jury.staff_vote".into())
        );
        assert_eq!(
            may_act(&rules, &jury(), &c, "zoe", "A1").map_err(|e| e.rule()),
            Err("jury.members".into())
        );
    }

    #[test]
    fn leipzig_jury_needs_five() {
        let rules = FundRules::leipzig();
        let e = check_composition(&rules, &jury());
        assert_eq!(
            e,
            vec![
                JuryError::TooFew { count: 4, min: 5 },
                JuryError::TooYoung {
                    member: "bilal".into(),
                    min: 18
                }
            ]
        );
    }

    #[test]
    fn conflicted_member_cannot_score_and_is_not_counted() {
        let rules = FundRules::leipzig();
        let j = jury();
        let conflicts = Conflicts::new(&[Conflict {
            member: "anna".into(),
            application: "A1".into(),
        }]);
        let sheet = |member: &str, app: &str, s: u32| ScoreSheet {
            member: member.into(),
            application: app.into(),
            scores: rules.criteria.iter().map(|c| (c.id.clone(), s)).collect(),
        };
        let e = check_sheet(&rules, &j, &conflicts, &sheet("anna", "A1", 5)).expect_err("conflict");
        assert_eq!(e.rule(), "jury.conflict_of_interest");
        assert!(check_sheet(&rules, &j, &conflicts, &sheet("anna", "A2", 5)).is_ok());
        let mut bad = sheet("bilal", "A1", 3);
        bad.scores.insert("area".into(), 9);
        assert_eq!(
            check_sheet(&rules, &j, &conflicts, &bad).map_err(|e| e.rule()),
            Err("criteria.max_score".into())
        );
        bad.scores.remove("area");
        assert_eq!(
            check_sheet(&rules, &j, &conflicts, &bad).map_err(|e| e.rule()),
            Err("criteria".into())
        );
        let sheets = vec![
            sheet("anna", "A1", 5),
            sheet("bilal", "A1", 2),
            sheet("clara", "A1", 4),
            sheet("anna", "A2", 5),
        ];
        let r = score_results(&rules, &j, &conflicts, &["A1".into(), "A2".into()], &sheets);
        assert_eq!(r["A1"].sheets, 2);
        assert!((r["A1"].mean_percent - 60.0).abs() < 1e-9, "{:?}", r["A1"]);
        assert_eq!(r["A1"].excluded, vec!["anna".to_string()]);
        assert!((r["A2"].mean_percent - 100.0).abs() < 1e-9);
    }

    #[test]
    fn weights_count() {
        let rules = FundRules::berlin(); // neighbourhood ×2, participation ×1, max 5 each
        let s = ScoreSheet {
            member: "anna".into(),
            application: "A".into(),
            scores: [
                ("neighbourhood".to_string(), 5),
                ("participation".to_string(), 0),
            ]
            .into_iter()
            .collect(),
        };
        assert!((sheet_percent(&rules, &s) - 100.0 * 10.0 / 15.0).abs() < 1e-9);
    }
}
