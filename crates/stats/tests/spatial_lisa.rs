//! Local statistics (LISA, local G/G*) and FDR against esda/pygeoda references
//! (monitoring.md §4.2, `esda_reference_values.json`).
//!
//! Deterministic values (Iᵢ, EIc, VIc, Gᵢ, z) must match to 1e-9 relative (or to the
//! printed digits of monitoring.md). Permutation p-values cannot match esda bit for bit
//! (different RNG), so they are compared within Monte-Carlo tolerance:
//! per area `|p − p_ref| <= 4·sqrt(p(1−p)/P)·√2 + 2/(P+1)` when both are estimates, and
//! counts of significant areas within ±4 of esda's (areas near the threshold flip).
#![allow(clippy::unwrap_used)]

mod spatial_support;

use quartier_stats::fdr::{benjamini_hochberg_cut, bh_adjusted, bonferroni_cut, geoda_fdr_cut};
use quartier_stats::getis::{local_g, local_g_star};
use quartier_stats::lisa::{LisaCluster, LocalOptions, PermutationMethod, Quadrant, local_moran};
use quartier_stats::weights::Weights;
use spatial_support::*;

fn columbus() -> Option<(Weights, Vec<f64>)> {
    let dir = examples_dir()?;
    let (geoms, props) = read_geojson(&dir.join("columbus/columbus.json"));
    Some((Weights::queen(&geoms, 0.0).unwrap(), prop(&props, "CRIME")))
}

#[test]
fn local_moran_deterministic_parts_match_esda() {
    let Some((w, crime)) = columbus() else { return };
    let r = local_moran(
        &crime,
        &w,
        &LocalOptions {
            permutations: 0,
            ..Default::default()
        },
    )
    .unwrap();
    let expected_i = [
        0.7217813785551247,
        0.5179856456482939,
        0.09193542040320114,
        0.004722579554171091,
        0.29741008138980546,
    ];
    for (k, e) in expected_i.iter().enumerate() {
        assert_close(r.i[k], *e, 1e-9, "I_i");
    }
    assert_close(r.i.iter().sum::<f64>(), 24.00905074477734, 1e-9, "sum I_i");
    let count = |q: Quadrant| r.quadrant.iter().filter(|&&x| x == q).count();
    assert_eq!(
        [
            count(Quadrant::HighHigh),
            count(Quadrant::LowHigh),
            count(Quadrant::LowLow),
            count(Quadrant::HighLow)
        ],
        [21, 5, 20, 3]
    );
    for (k, (e, v)) in [
        (-0.028599, 0.666145),
        (-0.020250, 0.310266),
        (-0.001540, 0.017630),
    ]
    .iter()
    .enumerate()
    {
        // Printed with 6 decimals in monitoring.md: absolute tolerance 5e-7.
        assert!(
            (r.expected[k] - e).abs() <= 5e-7,
            "EIc {} vs {e}",
            r.expected[k]
        );
        assert!(
            (r.variance[k] - v).abs() <= 5e-7,
            "VIc {} vs {v}",
            r.variance[k]
        );
    }
    assert!(r.permutation.is_none());
    assert!(
        r.clusters(0.05)
            .iter()
            .all(|&c| c == LisaCluster::NotSignificant)
    );
}

#[test]
fn local_moran_permutations_agree_with_esda_within_monte_carlo_error() {
    let Some((w, crime)) = columbus() else { return };
    for method in [PermutationMethod::Independent, PermutationMethod::Shared] {
        let opts = LocalOptions {
            method,
            ..Default::default()
        };
        let r = local_moran(&crime, &w, &opts).unwrap();
        let p = &r.permutation.as_ref().unwrap().p_sim;
        let n05 = p.iter().filter(|&&x| x < 0.05).count() as i64;
        let n01 = p.iter().filter(|&&x| x < 0.01).count() as i64;
        // esda (seed 12345): 20 areas p < 0.05, 9 areas p < 0.01.
        assert!((n05 - 20).abs() <= 4, "{method:?}: {n05} areas p<0.05");
        assert!((n01 - 9).abs() <= 4, "{method:?}: {n01} areas p<0.01");
        let cl = r.clusters(0.05);
        let c = |x: LisaCluster| cl.iter().filter(|&&y| y == x).count() as i64;
        // esda: HH 11, LL 7, LH 1, HL 1.
        assert!((c(LisaCluster::HighHigh) - 11).abs() <= 3);
        assert!((c(LisaCluster::LowLow) - 7).abs() <= 3);
        assert!(c(LisaCluster::LowHigh) <= 3 && c(LisaCluster::HighLow) <= 3);
        // FDR cut: esda 0.009184 = 9·0.05/49 for its p-values; ours within ±4 steps.
        let cut = benjamini_hochberg_cut(p, 0.05);
        let steps = (cut / (0.05 / 49.0)).round() as i64;
        assert!((steps - 9).abs() <= 4, "{method:?}: FDR cut {cut}");
        assert!(p.iter().all(|&x| x > 0.0 && x <= 0.5 + 1e-12));
    }
}

#[test]
fn independent_and_shared_agree_per_area() {
    let Some((w, crime)) = columbus() else { return };
    let perms = 9999;
    let run = |method| {
        local_moran(
            &crime,
            &w,
            &LocalOptions {
                permutations: perms,
                method,
                seed: 7,
                ..Default::default()
            },
        )
        .unwrap()
        .permutation
        .unwrap()
        .p_sim
    };
    let a = run(PermutationMethod::Independent);
    let b = run(PermutationMethod::Shared);
    let pf = perms as f64;
    for (k, (&x, &y)) in a.iter().zip(&b).enumerate() {
        let p = 0.5 * (x + y);
        let tol = 4.0 * (p * (1.0 - p) / pf).sqrt() * 2f64.sqrt() + 2.0 / (pf + 1.0);
        assert!((x - y).abs() <= tol, "area {k}: {x} vs {y} (tol {tol})");
    }
}

#[test]
fn permutations_are_reproducible_and_thread_independent() {
    let Some((w, crime)) = columbus() else { return };
    for method in [PermutationMethod::Independent, PermutationMethod::Shared] {
        let opts = LocalOptions {
            method,
            seed: 99,
            ..Default::default()
        };
        let a = local_moran(&crime, &w, &opts).unwrap();
        let one = rayon::ThreadPoolBuilder::new()
            .num_threads(1)
            .build()
            .unwrap();
        let b = one.install(|| local_moran(&crime, &w, &opts).unwrap());
        let three = rayon::ThreadPoolBuilder::new()
            .num_threads(3)
            .build()
            .unwrap();
        let c = three.install(|| local_moran(&crime, &w, &opts).unwrap());
        assert_eq!(a, b);
        assert_eq!(a, c);
        let other = local_moran(&crime, &w, &LocalOptions { seed: 100, ..opts }).unwrap();
        assert_ne!(a.permutation, other.permutation);
    }
}

#[test]
fn dense_weights_use_the_fisher_yates_path() {
    // Complete graph on 6 areas: every permuted neighbour set is "all others", so the
    // simulated statistic always equals the observed one: c = P → folded p = 1/(P+1).
    let n = 6;
    let lists: Vec<Vec<usize>> = (0..n)
        .map(|i| (0..n).filter(|&j| j != i).collect())
        .collect();
    let w = Weights::from_neighbour_lists(&lists).unwrap();
    let y = [1.0, 3.0, 2.0, 7.0, 5.0, 4.0];
    for method in [PermutationMethod::Independent, PermutationMethod::Shared] {
        let r = local_moran(
            &y,
            &w,
            &LocalOptions {
                permutations: 99,
                method,
                ..Default::default()
            },
        )
        .unwrap();
        let p = r.permutation.unwrap();
        for &x in &p.p_sim {
            assert!(x <= 0.5, "{x}");
        }
    }
    // Islands get NaN p-values and the Isolated cluster.
    let w = Weights::from_neighbour_lists(&[vec![1], vec![0, 2], vec![1], vec![]]).unwrap();
    let r = local_moran(&[1.0, 2.0, 3.0, 9.0], &w, &LocalOptions::default()).unwrap();
    assert!(r.permutation.as_ref().unwrap().p_sim[3].is_nan());
    assert_eq!(r.clusters(0.05)[3], LisaCluster::Isolated);
}

#[test]
fn local_g_matches_esda() {
    let Some((w, crime)) = columbus() else { return };
    let g = local_g(
        &crime,
        &w,
        &LocalOptions {
            permutations: 0,
            ..Default::default()
        },
    )
    .unwrap();
    for (k, (e, z)) in [
        (0.014490188, -0.656038),
        (0.015416550, -0.556831),
        (0.017396346, -0.347556),
    ]
    .iter()
    .enumerate()
    {
        assert_close(g.g[k], *e, 1e-7, "G_i");
        assert_close(g.z[k], *z, 2e-6, "Z(G_i)");
    }
    let gs = local_g_star(
        &crime,
        &w,
        &LocalOptions {
            permutations: 0,
            ..Default::default()
        },
    )
    .unwrap();
    for (k, e) in [0.012617, 0.014167, 0.017228].iter().enumerate() {
        assert_close(gs.g[k], *e, 5e-5, "G*_i");
    }
    // Permutation p-values of G are plausible and consistent with the z-values.
    let gp = local_g(&crime, &w, &LocalOptions::default()).unwrap();
    let p = gp.permutation.unwrap().p_sim;
    let strong = (0..crime.len())
        .filter(|&i| gp.z[i].abs() > 3.5)
        .collect::<Vec<_>>();
    for i in strong {
        assert!(
            p[i] < 0.05,
            "area {i}: |z| = {} but p_sim = {}",
            gp.z[i].abs(),
            p[i]
        );
    }
}

#[test]
fn fdr_rules_by_hand() {
    let p = [
        0.001, 0.008, 0.039, 0.041, 0.042, 0.06, 0.074, 0.205, 0.212, 0.216,
    ];
    // BH α = 0.05: lines 0.005·i → p(1)=.001<.005, p(2)=.008<.010, p(3)=.039>.015 …
    assert!((benjamini_hochberg_cut(&p, 0.05) - 0.010).abs() < 1e-15);
    assert!((geoda_fdr_cut(&p, 0.05) - 0.010).abs() < 1e-15);
    // A sequence that crosses the line twice: BH takes the last crossing, GeoDa stops
    // at the first failure.
    let q = [0.001, 0.5, 0.02, 0.03];
    // sorted .001 .02 .03 .5; lines (α=.1) .025 .05 .075 .1 → all but the last pass.
    assert!((benjamini_hochberg_cut(&q, 0.1) - 0.075).abs() < 1e-15);
    let r = [0.001, 0.04, 0.05, 0.5];
    // lines .025 .05 .075 .1: .04 < .05 passes, .05 < .075 passes → 0.075 both.
    assert!((geoda_fdr_cut(&r, 0.1) - 0.075).abs() < 1e-15);
    let s = [0.01, 0.06, 0.07, 0.5];
    // lines .025 .05 .075 .1: .06 >= .05 stops GeoDa at .025; BH finds .07 < .075.
    assert!((geoda_fdr_cut(&s, 0.1) - 0.025).abs() < 1e-15);
    assert!((benjamini_hochberg_cut(&s, 0.1) - 0.075).abs() < 1e-15);
    assert!((benjamini_hochberg_cut(&[0.9, 0.8], 0.05) - 0.025).abs() < 1e-15);
    assert_eq!(bonferroni_cut(49, 0.05), 0.05 / 49.0);
    let adj = bh_adjusted(&[0.01, 0.04, f64::NAN, 0.03]);
    assert!((adj[0] - 0.03).abs() < 1e-15 && (adj[1] - 0.04).abs() < 1e-15 && adj[2].is_nan());
    assert!((adj[3] - 0.04).abs() < 1e-15);
}
