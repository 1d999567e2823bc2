//! Greedy utilitarian welfare (pabutools `greedy_utilitarian_welfare`, additive satisfaction).

use std::cmp::Ordering;

use super::{Outcome, Prepared, Satisfaction};
use crate::fund::pb::{Amount, Election};

/// Satisfaction per unit of cost, compared exactly.
#[derive(Clone, Copy)]
enum Density {
    Zero,
    Ratio(i128, i128),
    Infinite,
}

fn cmp_density(a: Density, b: Density) -> Ordering {
    use Density::{Infinite, Ratio, Zero};
    match (a, b) {
        (Zero, Zero) | (Infinite, Infinite) => Ordering::Equal,
        (Zero, _) | (_, Infinite) => Ordering::Less,
        (_, Zero) | (Infinite, _) => Ordering::Greater,
        (Ratio(n1, d1), Ratio(n2, d2)) => match (n1.checked_mul(d2), n2.checked_mul(d1)) {
            (Some(x), Some(y)) => x.cmp(&y),
            _ => (n1 as f64 / d1 as f64).total_cmp(&(n2 as f64 / d2 as f64)),
        },
    }
}

fn density(prep: &Prepared, sat: Satisfaction, p: usize) -> Density {
    let count = prep.supporters[p].len() as i128;
    let cost = prep.costs[p].0;
    // Under cost satisfaction a free project satisfies no one.
    if count == 0 || (cost == 0 && sat == Satisfaction::Cost) {
        return Density::Zero;
    }
    if cost == 0 {
        return Density::Infinite;
    }
    match sat {
        // total satisfaction = count · cost, divided by cost
        Satisfaction::Cost => Density::Ratio(count, 1),
        Satisfaction::Cardinality => Density::Ratio(count, cost),
    }
}

/// Adds projects to `initial` in order of satisfaction per cost (ties: smallest id), skipping those
/// that no longer fit.
pub(crate) fn greedy_from(prep: &Prepared, sat: Satisfaction, initial: &[usize]) -> Vec<usize> {
    let mut taken = vec![false; prep.costs.len()];
    for &p in initial {
        taken[p] = true;
    }
    let mut order: Vec<usize> = (0..prep.costs.len()).filter(|&p| !taken[p]).collect();
    order.sort_by(|&a, &b| {
        cmp_density(density(prep, sat, b), density(prep, sat, a))
            .then(prep.rank[a].cmp(&prep.rank[b]))
    });
    let mut selected = initial.to_vec();
    let mut remaining = Amount(prep.budget.0 - prep.cost_of(initial).0);
    for p in order {
        if prep.costs[p] <= remaining {
            remaining = Amount(remaining.0 - prep.costs[p].0);
            selected.push(p);
        }
    }
    selected
}

/// Greedy utilitarian welfare: projects by satisfaction per cost while they fit the budget.
pub fn greedy(e: &Election, sat: Satisfaction) -> Outcome {
    let prep = Prepared::new(e);
    let selected = greedy_from(&prep, sat, &[]);
    Outcome {
        spent: prep.cost_of(&selected),
        selected,
        rounds: 0,
    }
}
