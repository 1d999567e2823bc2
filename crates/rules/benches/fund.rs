//! Equal Shares with add1 completion on 100 projects and 10,000 approval voters.
//!
//! The election is generated deterministically and written to `target/fund-bench/bench_100x10000.pb`
//! so that `tools/reference/pabutools_fund_bench.py` can time pabutools on the same file in the same run.

use std::hint::black_box;
use std::path::PathBuf;

use criterion::{Criterion, criterion_group, criterion_main};
use quartier_rules::fund::allocate::{Completion, Satisfaction, equal_shares};
use quartier_rules::fund::pb::{self, Amount, Ballot, Election, PbProject, VoteType};

/// xorshift64*: small, deterministic, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> f64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 11) as f64 / (1u64 << 53) as f64
    }
}

fn election(projects: usize, voters: usize) -> Election {
    let mut rng = Rng(0x5EED_F00D);
    let costs: Vec<i64> = (0..projects)
        .map(|_| 10_000 + (rng.next() * 190.0) as i64 * 1000)
        .collect();
    let popularity: Vec<f64> = (0..projects)
        .map(|_| 0.02 + 0.3 * rng.next().powi(2))
        .collect();
    let ballots = (0..voters)
        .map(|_| Ballot {
            projects: (0..projects)
                .filter(|&p| rng.next() < popularity[p])
                .collect(),
            points: vec![],
        })
        .collect();
    Election {
        meta: vec![(
            "description".into(),
            "Quartier benchmark: 100 projects, 10,000 voters".into(),
        )],
        budget: Amount::units(costs.iter().sum::<i64>() / 4),
        vote_type: VoteType::Approval,
        projects: (0..projects)
            .map(|p| PbProject {
                id: format!("{}", p + 1),
                cost: Amount::units(costs[p]),
                name: None,
            })
            .collect(),
        ballots,
    }
}

fn bench(c: &mut Criterion) {
    let e = election(100, 10_000);
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target/fund-bench");
    let _ = std::fs::create_dir_all(&dir);
    let _ = std::fs::write(dir.join("bench_100x10000.pb"), pb::write(&e));
    let o = equal_shares(&e, Satisfaction::Cost, Completion::Add1, &mut |_| {});
    eprintln!(
        "add1: {} projects selected after {} rounds, {} of {} spent",
        o.selected.len(),
        o.rounds,
        o.spent,
        e.budget
    );
    let mut g = c.benchmark_group("fund");
    g.sample_size(10);
    g.bench_function("equal_shares_add1_cost_100x10000", |b| {
        b.iter(|| {
            equal_shares(
                black_box(&e),
                Satisfaction::Cost,
                Completion::Add1,
                &mut |_| {},
            )
        })
    });
    g.bench_function("equal_shares_plain_cost_100x10000", |b| {
        b.iter(|| {
            equal_shares(
                black_box(&e),
                Satisfaction::Cost,
                Completion::None,
                &mut |_| {},
            )
        })
    });
    let text = pb::write(&e);
    g.bench_function("read_pb_100x10000", |b| {
        b.iter(|| pb::parse(black_box(&text)))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
