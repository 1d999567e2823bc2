//! The Method of Equal Shares (pabutools `method_of_equal_shares`).

use super::greedy::greedy_from;
use super::{Completion, Outcome, Prepared, Progress, Satisfaction};
use crate::fund::pb::Election;

/// Relative tolerance under which two affordabilities count as a tie.
const EPS: f64 = 1e-9;

struct Mes<'a> {
    prep: &'a Prepared,
    cost: Vec<f64>,
    sat: Vec<f64>,
    /// Supported projects with a positive cost.
    candidates: Vec<usize>,
    initial_afford: Vec<f64>,
}

impl<'a> Mes<'a> {
    fn new(prep: &'a Prepared, s: Satisfaction) -> Mes<'a> {
        let n = prep.costs.len();
        let cost: Vec<f64> = prep.costs.iter().map(|c| c.as_f64()).collect();
        let sat: Vec<f64> = match s {
            Satisfaction::Cost => cost.clone(),
            Satisfaction::Cardinality => vec![1.0; n],
        };
        let candidates: Vec<usize> = (0..n)
            .filter(|&p| !prep.supporters[p].is_empty() && prep.costs[p].0 > 0)
            .collect();
        let initial_afford = (0..n)
            .map(|p| {
                let total = prep.supporters[p].len() as f64 * sat[p];
                if total > 0.0 {
                    cost[p] / total
                } else {
                    f64::INFINITY
                }
            })
            .collect();
        Mes {
            prep,
            cost,
            sat,
            candidates,
            initial_afford,
        }
    }

    /// The payment ρ per supporter such that Σ min(bᵢ, ρ) = cost.
    fn payment(cost: f64, scratch: &mut [f64]) -> f64 {
        let mut lo = 0;
        let mut poor_sum = 0.0;
        loop {
            let rich = scratch.len() - lo;
            if rich == 0 {
                return scratch.iter().copied().fold(0.0, f64::max);
            }
            let r = (cost - poor_sum) / rich as f64;
            let mut k = lo;
            let mut new_poor = 0.0;
            for j in lo..scratch.len() {
                if scratch[j] < r {
                    scratch.swap(k, j);
                    new_poor += scratch[k];
                    k += 1;
                }
            }
            if k == lo {
                return r;
            }
            poor_sum += new_poor;
            lo = k;
        }
    }

    /// One run of Equal Shares with this budget per voter; the selected projects in order.
    fn run(&self, voter_budget: f64) -> Vec<usize> {
        let mut budgets = vec![voter_budget; self.prep.voters];
        let mut afford = self.initial_afford.clone();
        let mut active = self.candidates.clone();
        let mut selected = Vec::new();
        let mut scratch: Vec<f64> = Vec::new();
        let mut rho = vec![0.0; afford.len()];
        loop {
            active.sort_by(|&a, &b| afford[a].total_cmp(&afford[b]));
            let mut best = f64::INFINITY;
            let mut best_p: Option<usize> = None;
            let mut dropped = Vec::new();
            for &p in &active {
                if best_p.is_some() && afford[p] > best * (1.0 + EPS) {
                    break;
                }
                let sup = &self.prep.supporters[p];
                scratch.clear();
                scratch.extend(sup.iter().map(|&i| budgets[i as usize]));
                let available: f64 = scratch.iter().sum();
                if available < self.cost[p] * (1.0 - EPS) {
                    dropped.push(p);
                    continue;
                }
                let r = Self::payment(self.cost[p], &mut scratch);
                let a = r / self.sat[p];
                afford[p] = a;
                rho[p] = r;
                match best_p {
                    Some(_) if a < best * (1.0 - EPS) => {
                        best = a;
                        best_p = Some(p);
                    }
                    Some(q) if a <= best * (1.0 + EPS) => {
                        if self.prep.rank[p] < self.prep.rank[q] {
                            best_p = Some(p);
                        }
                        best = best.min(a);
                    }
                    Some(_) => {}
                    None => {
                        best = a;
                        best_p = Some(p);
                    }
                }
            }
            active.retain(|p| !dropped.contains(p));
            let Some(p) = best_p else {
                return selected;
            };
            active.retain(|&q| q != p);
            selected.push(p);
            let pay = rho[p];
            for &i in &self.prep.supporters[p] {
                let b = &mut budgets[i as usize];
                *b -= b.min(pay);
            }
        }
    }
}

/// Equal Shares with the given satisfaction and completion. `progress` is called once per run
/// (each `add1` round).
pub fn equal_shares(
    e: &Election,
    sat: Satisfaction,
    completion: Completion,
    progress: &mut dyn FnMut(Progress),
) -> Outcome {
    let prep = Prepared::new(e);
    if prep.voters == 0 {
        let selected = if completion == Completion::Greedy {
            greedy_from(&prep, sat, &[])
        } else {
            vec![]
        };
        return Outcome {
            spent: prep.cost_of(&selected),
            selected,
            rounds: 0,
        };
    }
    let mes = Mes::new(&prep, sat);
    // Supported projects that cost nothing are selected before the rule runs, if they satisfy anyone:
    // under cost satisfaction a free project satisfies no one (its cost is 0) and is never selected.
    let free: Vec<usize> = (0..prep.costs.len())
        .filter(|&p| {
            sat == Satisfaction::Cardinality
                && !prep.supporters[p].is_empty()
                && prep.costs[p].0 == 0
        })
        .collect();
    let base = prep.budget.as_f64() / prep.voters as f64;
    let mut previous = free.clone();
    let mut round: u64 = 0;
    loop {
        let voter_budget = base + round as f64;
        let mut outcome = free.clone();
        outcome.extend(mes.run(voter_budget));
        let spent = prep.cost_of(&outcome);
        progress(Progress {
            round,
            voter_budget,
            selected: outcome.len(),
            spent: spent.as_f64(),
        });
        match completion {
            Completion::None => {
                return Outcome {
                    selected: outcome,
                    spent,
                    rounds: 0,
                };
            }
            Completion::Greedy => {
                let selected = greedy_from(&prep, sat, &outcome);
                return Outcome {
                    spent: prep.cost_of(&selected),
                    selected,
                    rounds: 0,
                };
            }
            Completion::Add1 => {}
        }
        if spent > prep.budget {
            return Outcome {
                spent: prep.cost_of(&previous),
                selected: previous,
                rounds: round,
            };
        }
        let mut in_outcome = vec![false; prep.costs.len()];
        for &p in &outcome {
            in_outcome[p] = true;
        }
        let exhaustive = !mes
            .candidates
            .iter()
            .any(|&p| !in_outcome[p] && spent.0 + prep.costs[p].0 <= prep.budget.0);
        if exhaustive {
            return Outcome {
                selected: outcome,
                spent,
                rounds: round,
            };
        }
        previous = outcome;
        round += 1;
    }
}
