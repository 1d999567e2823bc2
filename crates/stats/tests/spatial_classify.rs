//! Choropleth classification against mapclassify 2.10 on columbus CRIME
//! (monitoring.md §4.2; breaks printed there with 6 decimals → tolerance 5e-7 absolute),
//! plus hand-checkable cases and similarity/clustering sanity checks.
#![allow(clippy::unwrap_used)]

mod spatial_support;

use quartier_stats::classify::*;
use quartier_stats::similarity::{Metric, distances_to, kmeans, most_similar, standardize, ward};
use spatial_support::*;

fn assert_bins(actual: &[f64], expected: &[f64], what: &str) {
    assert_eq!(actual.len(), expected.len(), "{what}: {actual:?}");
    for (a, e) in actual.iter().zip(expected) {
        assert!((a - e).abs() <= 5e-7, "{what}: {actual:?} vs {expected:?}");
    }
}

#[test]
fn columbus_crime_breaks_match_mapclassify() {
    let Some(dir) = examples_dir() else { return };
    let (_, props) = read_geojson(&dir.join("columbus/columbus.json"));
    let y = prop(&props, "CRIME");
    let q = quantiles(&y, 5).unwrap();
    assert_bins(
        &q,
        &[19.022576, 29.325974, 39.025214, 53.161033, 68.892044],
        "quantiles",
    );
    assert_eq!(counts(&y, &q), vec![10, 10, 9, 10, 10]);
    let e = equal_interval(&y, 5).unwrap();
    assert_bins(
        &e,
        &[13.921024, 27.663779, 41.406534, 55.149289, 68.892044],
        "equal interval",
    );
    assert_eq!(counts(&y, &e), vec![2, 16, 14, 10, 7]);
    let f = fisher_jenks(&y, 5).unwrap();
    assert_bins(
        &f,
        &[0.223797, 22.541491, 34.000835, 48.585487, 68.892044],
        "fisher jenks",
    );
    assert_eq!(counts(&y, &f), vec![2, 12, 11, 12, 12]);
    let b = box_plot(&y, 1.5).unwrap();
    assert_bins(
        &b,
        &[-22.756971, 20.048504, 34.000835, 48.585487, 91.390962],
        "box plot",
    );
    assert_eq!(counts(&y, &b), vec![0, 13, 12, 12, 12]);
    let s = std_mean(&y, &[-2.0, -1.0, 1.0, 2.0]).unwrap();
    assert_bins(
        &s,
        &[1.66464, 18.396732, 51.860916, 68.593008, 68.892044],
        "std mean",
    );
    // The exact optimum: within-class SS of Fisher–Jenks ≈ 601.2 (monitoring.md §3.6).
    let cls = assign(&y, &f);
    let mut ss = 0.0;
    for c in 0..5 {
        let v: Vec<f64> = y
            .iter()
            .zip(&cls)
            .filter(|(_, k)| **k == c)
            .map(|(v, _)| *v)
            .collect();
        let m = v.iter().sum::<f64>() / v.len() as f64;
        ss += v.iter().map(|x| (x - m).powi(2)).sum::<f64>();
    }
    assert!((ss - 601.2).abs() < 0.1, "within SS {ss}");
}

#[test]
fn hand_checkable_classifications() {
    let y: Vec<f64> = (1..=10).map(f64::from).collect();
    assert_eq!(quantiles(&y, 2).unwrap(), vec![5.5, 10.0]);
    assert_eq!(equal_interval(&y, 3).unwrap(), vec![4.0, 7.0, 10.0]);
    assert_eq!(
        fisher_jenks(&[1.0, 2.0, 3.0, 10.0, 11.0, 12.0], 2).unwrap(),
        vec![3.0, 12.0]
    );
    assert_eq!(
        fisher_jenks(&[5.0, 1.0, 1.2, 9.0, 9.1, 5.1], 3).unwrap(),
        vec![1.2, 5.1, 9.1]
    );
    assert!(fisher_jenks(&[1.0, 1.0, 2.0], 3).is_err());
    assert_eq!(
        quantiles(&[1.0, 1.0, 1.0, 2.0], 4).unwrap(),
        vec![1.0, 1.25, 2.0]
    );
    assert_eq!(
        assign(&[0.5, 1.0, 1.1, 2.0, 99.0], &[1.0, 2.0]),
        vec![0, 0, 1, 1, 1]
    );
    // Box plot with a far outlier: fence below the maximum is inserted (6 bins).
    let mut z: Vec<f64> = (1..=9).map(f64::from).collect();
    z.push(100.0);
    let b = box_plot(&z, 1.5).unwrap();
    assert_eq!(b.len(), 6);
    assert_eq!(b[5], 100.0);
    assert!(quantiles(&[], 3).is_err());
    assert!(percentiles(&y, &[50.0, 100.0]).unwrap() == vec![5.5, 10.0]);
}

#[test]
fn similarity_and_clustering() {
    // Two indicators; area 0 is the pilot.
    let data = vec![
        vec![1.0, 10.0],
        vec![1.1, 10.5],
        vec![5.0, 50.0],
        vec![5.2, 49.0],
        vec![0.9, 9.8],
        vec![9.0, 20.0],
    ];
    let z = standardize(&data).unwrap();
    let mean0: f64 = z.iter().map(|r| r[0]).sum::<f64>() / 6.0;
    let var0: f64 = z.iter().map(|r| r[0] * r[0]).sum::<f64>() / 6.0;
    assert!(mean0.abs() < 1e-12 && (var0 - 1.0).abs() < 1e-12);
    let d = distances_to(&data, 0, Metric::Euclidean).unwrap();
    assert_eq!(d[0], 0.0);
    let near = most_similar(&data, 0, Metric::Euclidean, 2).unwrap();
    let ids: Vec<usize> = near.iter().map(|e| e.0).collect();
    assert!(ids.contains(&1) && ids.contains(&4));
    let dm = distances_to(&data, 0, Metric::Mahalanobis).unwrap();
    assert_eq!(dm[0], 0.0);
    assert!(dm.iter().all(|v| v.is_finite()));
    // Mahalanobis with uncorrelated unit-variance columns equals Euclidean·√((n−1)/n).
    let sym = vec![
        vec![1.0, 0.0],
        vec![-1.0, 0.0],
        vec![0.0, 1.0],
        vec![0.0, -1.0],
    ];
    let e = distances_to(&sym, 0, Metric::Euclidean).unwrap();
    let m = distances_to(&sym, 0, Metric::Mahalanobis).unwrap();
    for (a, b) in e.iter().zip(&m) {
        assert!((a * (3.0f64 / 4.0).sqrt() - b).abs() < 1e-12, "{a} {b}");
    }
    let km = kmeans(&z, 3, 5, 100, 1).unwrap();
    assert_eq!(km.labels[0], km.labels[1]);
    assert_eq!(km.labels[0], km.labels[4]);
    assert_eq!(km.labels[2], km.labels[3]);
    assert_ne!(km.labels[0], km.labels[2]);
    assert_eq!(km, kmeans(&z, 3, 5, 100, 1).unwrap());
    let wl = ward(&z, 3).unwrap();
    assert_eq!(wl, vec![0, 0, 1, 1, 0, 2]);
    // Ward heights on a line: points 0, 1, 10 → first merge at distance 1, then
    // sqrt(2·1·(9.5)²·... ) as scipy: d(k, ij) = sqrt((2·100 + 2·81 − 1)/3) = sqrt(361/3).
    let line = vec![vec![0.0], vec![1.0], vec![10.0]];
    let merges = quartier_stats::similarity::ward_linkage(&line).unwrap();
    assert!((merges[0].height - 1.0).abs() < 1e-12);
    assert!((merges[1].height - (361.0f64 / 3.0).sqrt()).abs() < 1e-12);
}
