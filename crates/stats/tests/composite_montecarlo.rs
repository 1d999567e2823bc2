//! Monte-Carlo uncertainty analysis: determinism across thread counts and sanity.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use quartier_stats::composite::{
    self, Aggregation, CompositeConfig, CompositeInput, IndicatorSpec, Normalisation, TopClass,
    UncertaintyConfig,
};
use quartier_stats::indicator::Polarity;

fn synthetic(n: usize) -> CompositeInput {
    // Deterministic pseudo-data with a common factor so the indicators correlate.
    let mut state: u64 = 12345;
    let mut next = || {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((state >> 11) as f64) / ((1u64 << 53) as f64)
    };
    let values = (0..n)
        .map(|_| {
            let f = next();
            vec![
                Some(5.0 + 10.0 * f + 3.0 * next()),
                Some(20.0 + 30.0 * f + 10.0 * next()),
                Some(80.0 - 20.0 * f - 10.0 * next()),
                Some(1.0 + f * next() * 4.0),
            ]
        })
        .collect();
    CompositeInput {
        area_ids: (0..n).map(|i| format!("A{i:03}")).collect(),
        indicators: vec![
            IndicatorSpec {
                key: "s1".into(),
                polarity: Polarity::HigherMoreNeed,
            },
            IndicatorSpec {
                key: "s3".into(),
                polarity: Polarity::HigherMoreNeed,
            },
            IndicatorSpec {
                key: "employment".into(),
                polarity: Polarity::HigherLessNeed,
            },
            IndicatorSpec {
                key: "k1".into(),
                polarity: Polarity::HigherMoreNeed,
            },
        ],
        values,
    }
}

fn ua(seed: u64) -> UncertaintyConfig {
    UncertaintyConfig {
        runs: 400,
        seed,
        weight_noise: 0.25,
        normalisations: vec![
            Normalisation::MinMax {
                low: 0.0,
                high: 100.0,
            },
            Normalisation::ZScore { ddof: 1 },
            Normalisation::PercentileRank,
        ],
        aggregations: vec![Aggregation::Arithmetic, Aggregation::Geometric],
        top: TopClass::Share(0.1),
    }
}

#[test]
fn same_seed_same_result_for_1_and_4_threads() {
    let input = synthetic(60);
    let cfg = CompositeConfig::default();
    let run = |threads: usize, seed: u64| {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .unwrap();
        pool.install(|| composite::uncertainty(&input, &cfg, &ua(seed)).unwrap())
    };
    let one = run(1, 7);
    let four = run(4, 7);
    assert_eq!(one, four);
    let other = run(4, 8);
    assert_ne!(one, other);

    assert_eq!(one.areas.len(), 60);
    assert_eq!(one.top_size, 6);
    for a in &one.areas {
        assert!(a.rank_q05 <= a.median_rank && a.median_rank <= a.rank_q95);
        assert!((1.0..=60.0).contains(&a.rank_q05) && a.rank_q95 <= 60.0);
        assert!((0.0..=1.0).contains(&a.p_top));
    }
    let p_sum: f64 = one.areas.iter().map(|a| a.p_top).sum();
    // Exactly 6 areas are in the top class per run (no ties in continuous data).
    assert!((p_sum - 6.0).abs() < 1e-9, "{p_sum}");
    let names: Vec<&str> = one.sensitivity.iter().map(|s| s.input.as_str()).collect();
    assert_eq!(
        names,
        vec![
            "weight s1",
            "weight s3",
            "weight employment",
            "weight k1",
            "normalisation",
            "aggregation"
        ]
    );
    assert!(
        one.sensitivity
            .iter()
            .all(|s| (0.0..=1.0).contains(&s.first_order))
    );
    // The method choices drive the rank shifts far more than ±25 % weight noise.
    let method: f64 = one.sensitivity[4].first_order + one.sensitivity[5].first_order;
    assert!(method > 0.3, "{:?}", one.sensitivity);
    let json = serde_json::to_string(&one).unwrap();
    assert!(json.contains("median_rank"));
}

#[test]
fn no_uncertainty_reproduces_nominal_ranks() {
    let input = synthetic(25);
    let cfg = CompositeConfig::default();
    let nominal = composite::compute(&input, &cfg).unwrap();
    let settings = UncertaintyConfig {
        runs: 10,
        seed: 1,
        weight_noise: 0.0,
        normalisations: vec![],
        aggregations: vec![],
        top: TopClass::Count(3),
    };
    let r = composite::uncertainty(&input, &cfg, &settings).unwrap();
    assert!(r.sensitivity.is_empty());
    assert_eq!(r.mean_rank_shift, 0.0);
    for (u, n) in r.areas.iter().zip(&nominal.areas) {
        let rank = n.rank.unwrap();
        assert_eq!(u.nominal_rank, rank);
        assert_eq!(u.median_rank, rank as f64);
        assert_eq!(u.rank_q05, u.rank_q95);
        assert_eq!(u.p_top, if rank <= 3 { 1.0 } else { 0.0 });
    }
}
