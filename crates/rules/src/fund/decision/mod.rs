//! Decisions of a round: majority vote, scores, approval or a public vote with Equal Shares.
//! Whatever the mode, only eligible applications are funded and no pot is ever exceeded.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::allocate::{Completion, Satisfaction, equal_shares};
use super::application::{ApplicationPlan, CheckContext, check_application};
use super::config::{DecisionMode, FundRules};
use super::jury::{
    Conflicts, JuryError, JuryMember, ScoreSheet, check_sheet, may_act, sheet_percent,
};
use super::money::Money;
use super::pb::{Amount, Ballot, Election, PbProject, VoteType};

/// An application up for decision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    /// Application id.
    pub id: String,
    /// Its plan.
    pub plan: ApplicationPlan,
}

/// A jury member's vote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Choice {
    /// For.
    Yes,
    /// Against.
    No,
    /// Abstains.
    Abstain,
}

/// One vote of a member on an application.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Vote {
    /// Member id.
    pub member: String,
    /// Application id.
    pub application: String,
    /// Choice.
    pub choice: Choice,
}

/// The input of the decision, by mode.
#[derive(Debug, Clone, PartialEq)]
pub enum Ballots {
    /// Jury votes yes/no/abstain: more yes than no passes.
    Majority(Vec<Vote>),
    /// Jury score sheets: ranked by mean weighted score; passes at `min_percent` or more.
    Scores {
        /// Sheets.
        sheets: Vec<ScoreSheet>,
        /// Lowest mean score (percent) that can be funded.
        min_percent: f64,
    },
    /// Each member approves any applications: ranked by approvals, at least one needed.
    Approval(Vec<(String, Vec<String>)>),
    /// Public resident vote (approval ballots) allocated with the Method of Equal Shares, cost satisfaction.
    EqualShares {
        /// Each voter's approved application ids.
        voters: Vec<Vec<String>>,
        /// Completion.
        completion: Completion,
    },
}

impl Ballots {
    /// The mode.
    pub fn mode(&self) -> DecisionMode {
        match self {
            Ballots::Majority(_) => DecisionMode::Majority,
            Ballots::Scores { .. } => DecisionMode::Scores,
            Ballots::Approval(_) => DecisionMode::Approval,
            Ballots::EqualShares { .. } => DecisionMode::EqualShares,
        }
    }
}

/// Why an application is not funded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "reason", content = "rules")]
pub enum Refusal {
    /// It breaks these rules.
    NotEligible(Vec<String>),
    /// Not more yes than no.
    NoMajority,
    /// Mean score below the threshold.
    ScoreTooLow,
    /// No approval.
    NoApproval,
    /// Passed, but the pot has too little left.
    NoBudget,
    /// Not selected by Equal Shares.
    NotSelected,
}

/// The tally behind a decision, for the minutes.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Tally {
    /// Yes votes.
    pub yes: usize,
    /// No votes.
    pub no: usize,
    /// Abstentions.
    pub abstain: usize,
    /// Mean weighted score in percent and the number of sheets.
    pub score: Option<(f64, usize)>,
    /// Approvals (jury or public).
    pub approvals: usize,
    /// Members excluded for a conflict of interest.
    pub excluded: Vec<String>,
}

/// The decision on one application.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Decision {
    /// Application id.
    pub application: String,
    /// Funded amount, or why not.
    pub funded: Result<Money, Refusal>,
    /// Tally.
    pub tally: Tally,
}

/// Why the decision cannot be taken at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecisionError {
    /// The rules do not allow this mode.
    #[error("decision mode {0} is not allowed by the fund's rules (rule jury.decision_modes)")]
    ModeNotAllowed(&'static str),
    /// A vote or sheet breaks a jury rule (e.g. a conflicted member voted).
    #[error(transparent)]
    Jury(#[from] JuryError),
    /// A vote names an application that is not in the round.
    #[error("vote for unknown application '{0}'")]
    UnknownApplication(String),
}

/// Money left in each pot of the round: `None` single pot, `Some(true)` investive, `Some(false)` non-investive.
pub type Pots = BTreeMap<Option<bool>, Money>;

/// The full pots of a fund's annual budget.
pub fn annual_pots(rules: &FundRules) -> Pots {
    if rules.budget.split {
        [
            (Some(true), rules.pot_budget(Some(true))),
            (Some(false), rules.pot_budget(Some(false))),
        ]
        .into_iter()
        .collect()
    } else {
        [(None, rules.pot_budget(None))].into_iter().collect()
    }
}

fn to_amount(m: Money) -> Amount {
    Amount(i128::from(m.cents().max(0)) * 10_000_000)
}

/// Decides a round. Returns one decision per candidate, in the candidates' order.
pub fn decide(
    rules: &FundRules,
    ctx: CheckContext,
    members: &[JuryMember],
    conflicts: &Conflicts,
    candidates: &[Candidate],
    available: &Pots,
    ballots: &Ballots,
) -> Result<Vec<Decision>, DecisionError> {
    let mode = ballots.mode();
    if !rules.jury.decision_modes.contains(&mode) {
        return Err(DecisionError::ModeNotAllowed(mode.key()));
    }
    let known = |id: &str| candidates.iter().any(|c| c.id == id);
    let mut tallies: BTreeMap<&str, Tally> = candidates
        .iter()
        .map(|c| {
            let excluded = members
                .iter()
                .filter(|m| conflicts.has(&m.id, &c.id))
                .map(|m| m.id.clone())
                .collect();
            (
                c.id.as_str(),
                Tally {
                    excluded,
                    ..Tally::default()
                },
            )
        })
        .collect();
    // Pass / rank key per candidate (higher is better).
    let mut merit: BTreeMap<&str, (bool, f64)> = BTreeMap::new();
    match ballots {
        Ballots::Majority(votes) => {
            for v in votes {
                if !known(&v.application) {
                    return Err(DecisionError::UnknownApplication(v.application.clone()));
                }
                may_act(rules, members, conflicts, &v.member, &v.application)?;
            }
            // One vote per member and application: the last one counts.
            let mut last: BTreeMap<(&str, &str), Choice> = BTreeMap::new();
            for v in votes {
                last.insert((&v.member, &v.application), v.choice);
            }
            for ((_, app), choice) in last {
                if let Some(t) = tallies.get_mut(app) {
                    match choice {
                        Choice::Yes => t.yes += 1,
                        Choice::No => t.no += 1,
                        Choice::Abstain => t.abstain += 1,
                    }
                }
            }
            for c in candidates {
                let t = &tallies[c.id.as_str()];
                merit.insert(&c.id, (t.yes > t.no, t.yes as f64 - t.no as f64));
            }
        }
        Ballots::Scores {
            sheets,
            min_percent,
        } => {
            for s in sheets {
                if !known(&s.application) {
                    return Err(DecisionError::UnknownApplication(s.application.clone()));
                }
                check_sheet(rules, members, conflicts, s)?;
            }
            for c in candidates {
                let own: Vec<f64> = sheets
                    .iter()
                    .filter(|s| s.application == c.id)
                    .map(|s| sheet_percent(rules, s))
                    .collect();
                let mean = if own.is_empty() {
                    0.0
                } else {
                    own.iter().sum::<f64>() / own.len() as f64
                };
                if let Some(t) = tallies.get_mut(c.id.as_str()) {
                    t.score = Some((mean, own.len()));
                }
                merit.insert(&c.id, (!own.is_empty() && mean >= *min_percent, mean));
            }
        }
        Ballots::Approval(list) => {
            for (member, apps) in list {
                for a in apps {
                    if !known(a) {
                        return Err(DecisionError::UnknownApplication(a.clone()));
                    }
                    may_act(rules, members, conflicts, member, a)?;
                }
            }
            for c in candidates {
                let n = list.iter().filter(|(_, apps)| apps.contains(&c.id)).count();
                if let Some(t) = tallies.get_mut(c.id.as_str()) {
                    t.approvals = n;
                }
                merit.insert(&c.id, (n > 0, n as f64));
            }
        }
        Ballots::EqualShares { voters, .. } => {
            for v in voters {
                for a in v {
                    if !known(a) {
                        return Err(DecisionError::UnknownApplication(a.clone()));
                    }
                }
            }
            for c in candidates {
                let n = voters.iter().filter(|v| v.contains(&c.id)).count();
                if let Some(t) = tallies.get_mut(c.id.as_str()) {
                    t.approvals = n;
                }
            }
        }
    }

    let mut funded: BTreeMap<&str, Result<Money, Refusal>> = BTreeMap::new();
    let mut eligible: Vec<(&Candidate, Money, Option<bool>)> = Vec::new();
    for c in candidates {
        let v = check_application(rules, &c.plan, ctx);
        if v.is_empty() {
            let t = c.plan.totals(rules);
            eligible.push((c, t.requested, rules.pot_of(c.plan.investive)));
        } else {
            funded.insert(
                &c.id,
                Err(Refusal::NotEligible(v.iter().map(|x| x.rule()).collect())),
            );
        }
    }

    let mut left = available.clone();
    if let Ballots::EqualShares { voters, completion } = ballots {
        let pots: Vec<Option<bool>> = left.keys().copied().collect();
        for pot in pots {
            let in_pot: Vec<&(&Candidate, Money, Option<bool>)> =
                eligible.iter().filter(|e| e.2 == pot).collect();
            let election = Election {
                meta: vec![],
                budget: to_amount(left.get(&pot).copied().unwrap_or(Money::ZERO)),
                vote_type: VoteType::Approval,
                projects: in_pot
                    .iter()
                    .map(|(c, m, _)| PbProject {
                        id: c.id.clone(),
                        cost: to_amount(*m),
                        name: None,
                    })
                    .collect(),
                ballots: voters
                    .iter()
                    .map(|v| Ballot {
                        projects: in_pot
                            .iter()
                            .enumerate()
                            .filter(|(_, e)| v.contains(&e.0.id))
                            .map(|(i, _)| i)
                            .collect(),
                        points: vec![],
                    })
                    .collect(),
            };
            let outcome = equal_shares(&election, Satisfaction::Cost, *completion, &mut |_| {});
            for &i in &outcome.selected {
                let (c, m, _) = in_pot[i];
                fund(&mut left, pot, c, *m, &mut funded);
            }
            for (c, _, _) in in_pot {
                funded.entry(&c.id).or_insert(Err(Refusal::NotSelected));
            }
        }
    } else {
        // Rank: passes first, then merit, then smaller request, then id as text.
        eligible.sort_by(|a, b| {
            let (pa, ma) = merit.get(a.0.id.as_str()).copied().unwrap_or((false, 0.0));
            let (pb, mb) = merit.get(b.0.id.as_str()).copied().unwrap_or((false, 0.0));
            pb.cmp(&pa)
                .then(mb.total_cmp(&ma))
                .then(a.1.cmp(&b.1))
                .then(a.0.id.cmp(&b.0.id))
        });
        for (c, m, pot) in &eligible {
            let (passes, _) = merit.get(c.id.as_str()).copied().unwrap_or((false, 0.0));
            if !passes {
                let why = match mode {
                    DecisionMode::Majority => Refusal::NoMajority,
                    DecisionMode::Scores => Refusal::ScoreTooLow,
                    _ => Refusal::NoApproval,
                };
                funded.insert(&c.id, Err(why));
                continue;
            }
            fund(&mut left, *pot, c, *m, &mut funded);
        }
    }
    Ok(candidates
        .iter()
        .map(|c| Decision {
            application: c.id.clone(),
            funded: funded
                .remove(c.id.as_str())
                .unwrap_or(Err(Refusal::NotSelected)),
            tally: tallies.remove(c.id.as_str()).unwrap_or_default(),
        })
        .collect())
}

/// Funds `c` with `m` from `pot` if the pot has enough left; never goes below zero.
fn fund<'a>(
    left: &mut Pots,
    pot: Option<bool>,
    c: &'a Candidate,
    m: Money,
    funded: &mut BTreeMap<&'a str, Result<Money, Refusal>>,
) {
    let rest = left.get(&pot).copied().unwrap_or(Money::ZERO);
    if m <= rest && !m.is_negative() {
        left.insert(pot, rest.minus(m));
        funded.insert(&c.id, Ok(m));
    } else {
        funded.insert(&c.id, Err(Refusal::NoBudget));
    }
}

#[cfg(test)]
mod tests;
