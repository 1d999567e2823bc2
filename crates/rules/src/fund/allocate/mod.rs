//! Allocation methods for participatory-budgeting elections, with pabutools' semantics.
//!
//! * [`equal_shares`], the Method of Equal Shares (`method_of_equal_shares`), with completion
//!   `none`, `add1` (`voter_budget_increment=1`: every voter starts with budget/n, one more currency
//!   unit per voter per round, until an outcome leaves no supported project that fits, or the next
//!   outcome would exceed the budget, in which case the previous one stands) or `greedy`
//!   (`completion_by_rule_combination` with `greedy_utilitarian_welfare`).
//! * [`greedy`] (pabutools `greedy_utilitarian_welfare`).
//!
//! Satisfaction is `cost` (`Cost_Sat`) or `cardinality` (`Cardinality_Sat`); a project listed on a
//! cumulative, scoring or ordinal ballot counts as approved. Ties go to the smallest project id
//! compared as text (pabutools' `lexico_tie_breaking`). Budgets and costs are exact decimals; the
//! inner arithmetic of Equal Shares uses floats, with ties recognised up to a relative 1e-9.

mod greedy;
mod mes;

pub use greedy::greedy;
pub use mes::equal_shares;

use super::pb::{Amount, Election};

/// How a voter's satisfaction with a project is measured.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Satisfaction {
    /// The project's cost (pabutools `Cost_Sat`).
    Cost,
    /// One per project (pabutools `Cardinality_Sat`).
    Cardinality,
}

/// How Equal Shares spends what it leaves over.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Completion {
    /// Plain Equal Shares.
    None,
    /// Raise every voter's budget by one unit per round.
    Add1,
    /// Fill up greedily by utilitarian welfare.
    Greedy,
}

/// What a long run reports while it goes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Progress {
    /// Rounds of `add1` so far (0 for the first run).
    pub round: u64,
    /// Budget per voter in this round.
    pub voter_budget: f64,
    /// Projects selected in this round's outcome.
    pub selected: usize,
    /// Cost of this round's outcome.
    pub spent: f64,
}

/// The result of an allocation: selected projects in selection order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// Indices into the election's projects.
    pub selected: Vec<usize>,
    /// Total cost.
    pub spent: Amount,
    /// `add1` rounds run (0 without add1).
    pub rounds: u64,
}

/// Precomputed view of an election used by both methods.
pub(crate) struct Prepared {
    pub costs: Vec<Amount>,
    pub supporters: Vec<Vec<u32>>,
    /// Rank of each project's id in text order (smaller wins ties).
    pub rank: Vec<usize>,
    pub budget: Amount,
    pub voters: usize,
}

impl Prepared {
    pub fn new(e: &Election) -> Prepared {
        let n = e.projects.len();
        let mut supporters = vec![Vec::new(); n];
        for (v, b) in e.ballots.iter().enumerate() {
            for &p in &b.projects {
                if p < n {
                    supporters[p].push(v as u32);
                }
            }
        }
        let mut order: Vec<usize> = (0..n).collect();
        order.sort_by(|&a, &b| e.projects[a].id.cmp(&e.projects[b].id));
        let mut rank = vec![0; n];
        for (r, &p) in order.iter().enumerate() {
            rank[p] = r;
        }
        Prepared {
            costs: e.projects.iter().map(|p| p.cost).collect(),
            supporters,
            rank,
            budget: e.budget,
            voters: e.ballots.len(),
        }
    }

    pub fn cost_of(&self, set: &[usize]) -> Amount {
        Amount::sum(set.iter().map(|&p| self.costs[p]))
    }
}
