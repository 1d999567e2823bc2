//! Criterion benchmarks of the spatial statistics on a 500 × 500 square-cell grid
//! (250 000 polygons, queen contiguity, row-standardised), the size used for the
//! oracle timings in `shared/research/monitoring.md` §4.3.
#![allow(clippy::unwrap_used)]

use criterion::{Criterion, criterion_group, criterion_main};
use geo_types::{LineString, MultiPolygon, Polygon};
use quartier_stats::lisa::{LocalOptions, PermutationMethod, local_moran};
use quartier_stats::moran::{GlobalOptions, moran};
use quartier_stats::weights::Weights;
use rand::{Rng, SeedableRng};
use std::hint::black_box;

const SIDE: usize = 500;

fn grid(side: usize) -> Vec<MultiPolygon<f64>> {
    let mut out = Vec::with_capacity(side * side);
    for r in 0..side {
        for c in 0..side {
            let (x, y) = (c as f64, r as f64);
            let ring = LineString::from(vec![
                (x, y),
                (x + 1.0, y),
                (x + 1.0, y + 1.0),
                (x, y + 1.0),
                (x, y),
            ]);
            out.push(MultiPolygon(vec![Polygon::new(ring, vec![])]));
        }
    }
    out
}

/// y = sin(x/7) + cos(y/11) + 0.5·N(0,1)-like noise (uniform sum), as the oracle script.
fn values(side: usize) -> Vec<f64> {
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(42);
    let mut v = Vec::with_capacity(side * side);
    for r in 0..side {
        for c in 0..side {
            let noise: f64 = (0..12).map(|_| rng.r#gen::<f64>()).sum::<f64>() - 6.0;
            v.push((c as f64 / 7.0).sin() + (r as f64 / 11.0).cos() + 0.5 * noise);
        }
    }
    v
}

fn bench(c: &mut Criterion) {
    let polys = grid(SIDE);
    let y = values(SIDE);
    c.bench_function("queen_weights_500x500", |b| {
        b.iter(|| Weights::queen(black_box(&polys), 0.0).unwrap())
    });
    let w = Weights::queen(&polys, 0.0).unwrap();
    let analytic = GlobalOptions {
        permutations: 0,
        ..GlobalOptions::default()
    };
    c.bench_function("moran_analytic_500x500", |b| {
        b.iter(|| moran(black_box(&y), &w, &analytic).unwrap())
    });
    let mut g = c.benchmark_group("permutation_500x500");
    g.sample_size(10);
    g.bench_function("moran_999", |b| {
        b.iter(|| moran(black_box(&y), &w, &GlobalOptions::default()).unwrap())
    });
    for (name, method) in [
        (
            "local_moran_999_independent",
            PermutationMethod::Independent,
        ),
        ("local_moran_999_shared", PermutationMethod::Shared),
    ] {
        let opts = LocalOptions {
            method,
            ..LocalOptions::default()
        };
        g.bench_function(name, |b| {
            b.iter(|| local_moran(black_box(&y), &w, &opts).unwrap())
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
