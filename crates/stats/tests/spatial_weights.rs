//! Spatial weights: hand-checkable grids, columbus contiguity counts (libpysal), KNN and
//! distance bands.
#![allow(clippy::unwrap_used)]

mod spatial_support;

use geo_types::{MultiPolygon, polygon};
use quartier_stats::weights::{DistanceWeighting, Transform, Weights, centroids};
use spatial_support::*;

/// Unit squares on an `nx × ny` grid, row-major.
fn grid(nx: usize, ny: usize) -> Vec<MultiPolygon<f64>> {
    let mut out = Vec::new();
    for r in 0..ny {
        for c in 0..nx {
            let (x, y) = (c as f64, r as f64);
            out.push(MultiPolygon(vec![polygon![
                (x: x, y: y), (x: x + 1.0, y: y), (x: x + 1.0, y: y + 1.0), (x: x, y: y + 1.0), (x: x, y: y)
            ]]));
        }
    }
    out
}

#[test]
fn queen_and_rook_on_3x3_grid() {
    let g = grid(3, 3);
    let q = Weights::queen(&g, 0.0).unwrap();
    assert_eq!(q.cardinalities(), vec![3, 5, 3, 5, 8, 5, 3, 5, 3]);
    assert_eq!(q.n_links(), 40);
    assert_eq!(q.neighbours(0), &[1, 3, 4]);
    assert_eq!(q.neighbours(4), &[0, 1, 2, 3, 5, 6, 7, 8]);
    assert!(q.is_symmetric());
    assert!(q.islands().is_empty());
    let r = Weights::rook(&g, 0.0).unwrap();
    assert_eq!(r.cardinalities(), vec![2, 3, 2, 3, 4, 3, 2, 3, 2]);
    assert_eq!(r.n_links(), 24);
    assert_eq!(r.neighbours(4), &[1, 3, 5, 7]);
}

#[test]
fn tolerance_joins_nearly_coincident_vertices() {
    let a = MultiPolygon(vec![
        polygon![(x: 0.0, y: 0.0), (x: 1.0, y: 0.0), (x: 1.0, y: 1.0), (x: 0.0, y: 1.0), (x: 0.0, y: 0.0)],
    ]);
    let b = MultiPolygon(vec![
        polygon![(x: 1.0 + 1e-9, y: 0.0), (x: 2.0, y: 0.0), (x: 2.0, y: 1.0), (x: 1.0 + 1e-9, y: 1.0), (x: 1.0 + 1e-9, y: 0.0)],
    ]);
    let c = MultiPolygon(vec![
        polygon![(x: 5.0, y: 5.0), (x: 6.0, y: 5.0), (x: 6.0, y: 6.0), (x: 5.0, y: 5.0)],
    ]);
    let polys = vec![a, b, c];
    let exact = Weights::queen(&polys, 0.0).unwrap();
    assert_eq!(exact.n_links(), 0);
    assert_eq!(exact.islands(), vec![0, 1, 2]);
    let tol = Weights::queen(&polys, 1e-6).unwrap();
    assert_eq!(tol.cardinalities(), vec![1, 1, 0]);
    assert_eq!(tol.islands(), vec![2]);
    let rook = Weights::rook(&polys, 1e-6).unwrap();
    assert_eq!(rook.cardinalities(), vec![1, 1, 0]);
}

#[test]
fn transforms_and_summary_constants() {
    // Path 0-1-2: binary S0 = 4, S1 = ½·Σ(2w)² = 8, S2 = Σ(2·deg)² = 4+16+4 = 24.
    let w = Weights::from_neighbour_lists(&[vec![1], vec![0, 2], vec![1]]).unwrap();
    assert_eq!(w.s0(), 4.0);
    assert_eq!(w.s1(), 8.0);
    assert_eq!(w.s2(), 24.0);
    let r = w.transformed(Transform::Row);
    assert_eq!(r.weights(1), &[0.5, 0.5]);
    assert!((r.s0() - 3.0).abs() < 1e-15);
    // Row-standardised: w01 = 1, w10 = .5 → (1.5)² twice (both orders) per edge.
    assert!((r.s1() - 0.5 * 4.0 * 2.25).abs() < 1e-12);
    assert_eq!(r.transformed(Transform::Binary).weights(1), &[1.0, 1.0]);
    assert_eq!(r.lag(&[1.0, 2.0, 3.0]).unwrap(), vec![2.0, 2.0, 2.0]);
    // Asymmetric: 0 -> 1 only. S1 = ½ (1² + 1²) = 1.
    let a = Weights::from_neighbour_lists(&[vec![1], vec![], vec![]]).unwrap();
    assert_eq!(a.s1(), 1.0);
    assert!(!a.is_symmetric());
    assert_eq!(a.islands(), vec![1, 2]);
    assert!(Weights::from_neighbour_lists(&[vec![5]]).is_err());
}

#[test]
fn knn_and_distance_band_on_a_line() {
    let pts: Vec<[f64; 2]> = vec![[0.0, 0.0], [1.0, 0.0], [3.0, 0.0], [6.0, 0.0]];
    let k1 = Weights::knn(&pts, 1).unwrap();
    assert_eq!(
        k1.to_neighbour_lists(),
        vec![vec![1], vec![0], vec![1], vec![2]]
    );
    let k2 = Weights::knn(&pts, 2).unwrap();
    assert_eq!(
        k2.to_neighbour_lists(),
        vec![vec![1, 2], vec![0, 2], vec![0, 1], vec![1, 2]]
    );
    // Ties broken by index: point 1 at distance 1 from 0 and 2.
    let tie: Vec<[f64; 2]> = vec![[0.0, 0.0], [1.0, 0.0], [2.0, 0.0]];
    assert_eq!(Weights::knn(&tie, 1).unwrap().neighbours(1), &[0]);
    assert!(Weights::knn(&pts, 4).is_err());
    let band = Weights::distance_band(&pts, 2.0, DistanceWeighting::Binary).unwrap();
    assert_eq!(
        band.to_neighbour_lists(),
        vec![vec![1], vec![0, 2], vec![1], vec![]]
    );
    assert_eq!(band.islands(), vec![3]);
    let inv = Weights::distance_band(&pts, 3.0, DistanceWeighting::Power { alpha: -1.0 }).unwrap();
    assert_eq!(inv.neighbours(2), &[0, 1, 3]);
    let w2 = inv.weights(2);
    assert!((w2[0] - 1.0 / 3.0).abs() < 1e-15 && (w2[1] - 0.5).abs() < 1e-15);
}

#[test]
fn knn_matches_brute_force_on_random_points() {
    use rand::{Rng, SeedableRng};
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(7);
    let pts: Vec<[f64; 2]> = (0..2000)
        .map(|_| [rng.r#gen::<f64>(), rng.r#gen::<f64>()])
        .collect();
    let k = 6;
    let w = Weights::knn(&pts, k).unwrap();
    for i in (0..pts.len()).step_by(37) {
        let mut d: Vec<(f64, usize)> = (0..pts.len())
            .filter(|&j| j != i)
            .map(|j| {
                (
                    (pts[i][0] - pts[j][0]).powi(2) + (pts[i][1] - pts[j][1]).powi(2),
                    j,
                )
            })
            .collect();
        d.sort_by(|a, b| a.partial_cmp(b).unwrap());
        let mut exp: Vec<u32> = d[..k].iter().map(|e| e.1 as u32).collect();
        exp.sort_unstable();
        assert_eq!(w.neighbours(i), exp.as_slice());
    }
    let band = Weights::distance_band(&pts, 0.05, DistanceWeighting::Binary).unwrap();
    for i in (0..pts.len()).step_by(53) {
        let exp: Vec<u32> = (0..pts.len())
            .filter(|&j| {
                j != i
                    && ((pts[i][0] - pts[j][0]).powi(2) + (pts[i][1] - pts[j][1]).powi(2)).sqrt()
                        <= 0.05
            })
            .map(|j| j as u32)
            .collect();
        assert_eq!(band.neighbours(i), exp.as_slice());
    }
}

#[test]
fn gal_parsing() {
    let text = "0 3 test ID\n10 2\n20 30\n20 1\n10\n30 1\n10\n";
    let (w, ids) = Weights::from_gal(text).unwrap();
    assert_eq!(ids, vec!["10", "20", "30"]);
    assert_eq!(w.to_neighbour_lists(), vec![vec![1, 2], vec![0], vec![0]]);
    assert!(Weights::from_gal("2\n1 1\n3\n2 0\n").is_err());
}

#[test]
fn columbus_contiguity_matches_libpysal() {
    let Some(dir) = examples_dir() else { return };
    let (geoms, _) = read_geojson(&dir.join("columbus/columbus.json"));
    assert_eq!(geoms.len(), 49);
    let q = Weights::queen(&geoms, 0.0).unwrap();
    assert_eq!(q.n_links(), 236);
    assert!((q.mean_neighbours() - 4.816326530612245).abs() < 1e-12);
    let card = q.cardinalities();
    assert_eq!(*card.iter().min().unwrap(), 2);
    assert_eq!(*card.iter().max().unwrap(), 10);
    assert!(q.islands().is_empty());
    let r = Weights::rook(&geoms, 0.0).unwrap();
    assert_eq!(r.n_links(), 200);
    // columbus.gal is the queen matrix (ids 1..49 in file order = row order).
    let (gal, ids) =
        Weights::from_gal(&std::fs::read_to_string(dir.join("columbus/columbus.gal")).unwrap())
            .unwrap();
    let expected_ids: Vec<String> = (1..=49).map(|i| i.to_string()).collect();
    assert_eq!(ids, expected_ids);
    assert_eq!(gal.to_neighbour_lists(), q.to_neighbour_lists());
    let c = centroids(&geoms).unwrap();
    assert_eq!(c.len(), 49);
}
