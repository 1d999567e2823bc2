//! Hand-computed checks of the composite-indicator building blocks and pipeline.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use quartier_stats::composite::{
    self, Aggregation, CompositeConfig, CompositeError, CompositeInput, Imputation, IndicatorSpec,
    Normalisation, OutlierTreatment, Weighting,
};
use quartier_stats::indicator::Polarity;

fn close(a: &[f64], b: &[f64], tol: f64) {
    assert_eq!(a.len(), b.len(), "{a:?} vs {b:?}");
    for (x, y) in a.iter().zip(b) {
        assert!((x - y).abs() <= tol, "{a:?} vs {b:?}");
    }
}

#[test]
fn normalisations_by_hand() {
    close(
        &composite::min_max(&[1.0, 2.0, 3.0], 0.0, 1.0).unwrap(),
        &[0.0, 0.5, 1.0],
        1e-15,
    );
    close(
        &composite::min_max(&[1.0, 2.0, 3.0], 0.0, 100.0).unwrap(),
        &[0.0, 50.0, 100.0],
        1e-12,
    );
    assert!(composite::min_max(&[2.0, 2.0], 0.0, 1.0).is_none());
    let s = 1.5f64.sqrt();
    close(
        &composite::zscore(&[1.0, 2.0, 3.0], 0).unwrap(),
        &[-s, 0.0, s],
        1e-12,
    );
    close(
        &composite::zscore(&[1.0, 2.0, 3.0], 1).unwrap(),
        &[-1.0, 0.0, 1.0],
        1e-12,
    );
    assert_eq!(
        composite::rank_min(&[3.0, 1.0, 2.0, 2.0]),
        vec![4.0, 1.0, 2.0, 2.0]
    );
    close(
        &composite::percentile_rank(&[3.0, 1.0, 2.0, 2.0]).unwrap(),
        &[1.0, 0.0, 1.0 / 3.0, 1.0 / 3.0],
        1e-15,
    );
    // 1 − (ref − x)/(ref − min) with ref = 3, min = 1.
    close(
        &composite::distance_to_reference(&[1.0, 2.0, 3.0, 5.0], 3.0).unwrap(),
        &[0.0, 0.5, 1.0, 2.0],
        1e-15,
    );
    close(
        &composite::goalposts(&[-5.0, 5.0, 10.0, 20.0], 0.0, 10.0, 100.0).unwrap(),
        &[0.0, 50.0, 100.0, 100.0],
        1e-12,
    );
    assert_eq!(
        composite::need_ranks(&[0.5, 2.0, 1.0, 2.0]),
        vec![4, 1, 3, 1]
    );
}

#[test]
fn aggregation_by_hand() {
    assert!((composite::geometric_mean(&[1.0, 4.0], &[1.0, 1.0]) - 2.0).abs() < 1e-12);
    let g = composite::geometric_mean(&[2.0, 8.0], &[1.0, 2.0]);
    assert!((g - 2f64.powf(7.0 / 3.0)).abs() < 1e-12);
    assert!(composite::geometric_mean(&[0.0, 1.0], &[1.0, 1.0]).is_nan());
    assert!((composite::arithmetic_mean(&[1.0, 4.0], &[3.0, 1.0]) - 1.75).abs() < 1e-15);
}

#[test]
fn skew_kurtosis_and_winsorising_follow_coinr() {
    let x = [1.0, 2.0, 3.0, 4.0, 10.0];
    assert!((composite::skewness(&x).unwrap() - 1.697056274847714).abs() < 1e-12);
    assert!((composite::kurtosis(&x).unwrap() - 3.1519999999999992).abs() < 1e-12);
    // COINr example: 1:10 plus outliers 30 and 100 -> 100 is replaced by 30.
    let mut y: Vec<f64> = (1..=10).map(f64::from).collect();
    y.extend([30.0, 100.0]);
    assert!(!composite::passes_skew_kurtosis(&y, 2.0, 3.5));
    let w = composite::winsorise(&y, 5, 2.0, 3.5);
    assert!(w.passes);
    assert_eq!(w.points, 1);
    assert_eq!(w.values[11], 30.0);
    assert_eq!(&w.values[..11], &y[..11]);
    let l = composite::log_ct(&[0.0, 1.0]);
    close(&l, &[0.01f64.ln(), 1.01f64.ln()], 1e-15);
}

#[test]
fn jacobi_on_known_matrices() {
    let e = composite::jacobi_eigen(&[vec![2.0, 1.0], vec![1.0, 2.0]]).unwrap();
    close(&e.values, &[3.0, 1.0], 1e-12);
    let v = &e.vectors[0];
    let h = 0.5f64.sqrt();
    assert!((v[0].abs() - h).abs() < 1e-12 && (v[1].abs() - h).abs() < 1e-12);
    assert!(v[0] * v[1] > 0.0);
    let v2 = &e.vectors[1];
    assert!(v2[0] * v2[1] < 0.0);
    // 3x3: check A v = λ v and orthonormality.
    let a = vec![
        vec![4.0, 1.0, 0.5],
        vec![1.0, 3.0, 1.0],
        vec![0.5, 1.0, 2.0],
    ];
    let e = composite::jacobi_eigen(&a).unwrap();
    assert!(e.values.windows(2).all(|w| w[0] >= w[1]));
    assert!((e.values.iter().sum::<f64>() - 9.0).abs() < 1e-10);
    for (lambda, v) in e.values.iter().zip(&e.vectors) {
        for i in 0..3 {
            let av: f64 = (0..3).map(|j| a[i][j] * v[j]).sum();
            assert!((av - lambda * v[i]).abs() < 1e-10);
        }
        assert!((v.iter().map(|x| x * x).sum::<f64>() - 1.0).abs() < 1e-12);
    }
    assert!(composite::jacobi_eigen(&[vec![1.0, 2.0], vec![0.0, 1.0]]).is_err());
}

#[test]
fn pca_weights_equal_for_two_correlated_indicators() {
    let a = vec![1.0, 2.0, 3.0, 4.0, 5.0];
    let b = vec![2.0, 1.0, 4.0, 3.0, 6.0];
    let keys = vec!["a".to_owned(), "b".to_owned()];
    let p = composite::pca_weights(&[a, b], &keys).unwrap();
    // 2x2 correlation matrix [[1, r], [r, 1]] -> eigenvalues 1 ± r, PC1 = (1, 1)/√2.
    close(&p.weights, &[0.5, 0.5], 1e-12);
    let r = 10.0 / 148f64.sqrt();
    close(&p.eigenvalues, &[1.0 + r, 1.0 - r], 1e-12);
    assert!((p.explained - (1.0 + r) / 2.0).abs() < 1e-12);
}

fn input() -> CompositeInput {
    CompositeInput {
        area_ids: vec!["a".into(), "b".into(), "c".into(), "d".into()],
        indicators: vec![
            IndicatorSpec {
                key: "unemployment".into(),
                polarity: Polarity::HigherMoreNeed,
            },
            IndicatorSpec {
                key: "employment".into(),
                polarity: Polarity::HigherLessNeed,
            },
        ],
        values: vec![
            vec![Some(10.0), Some(50.0)],
            vec![Some(20.0), Some(70.0)],
            vec![Some(30.0), Some(60.0)],
            vec![None, Some(40.0)],
        ],
    }
}

#[test]
fn pipeline_min_max_equal_weights() {
    let r = composite::compute(&input(), &CompositeConfig::default()).unwrap();
    // d dropped (missing); a: u=0, e=(70-50)/20=1 → 50; b: 50, 0 → 25; c: 100, 50 → 75.
    let scores: Vec<Option<f64>> = r.areas.iter().map(|a| a.score).collect();
    assert_eq!(scores, vec![Some(50.0), Some(25.0), Some(75.0), None]);
    let ranks: Vec<Option<usize>> = r.areas.iter().map(|a| a.rank).collect();
    assert_eq!(ranks, vec![Some(2), Some(3), Some(1), None]);
    assert!(r.areas[3].note.as_deref().unwrap().contains("unemployment"));
    close(&r.weights, &[0.5, 0.5], 0.0);
}

#[test]
fn pipeline_imputation_weights_geometric_goalposts() {
    let mut cfg = CompositeConfig {
        imputation: Imputation::Mean,
        weighting: Weighting::Given(vec![3.0, 1.0]),
        ..CompositeConfig::default()
    };
    let r = composite::compute(&input(), &cfg).unwrap();
    assert_eq!(r.imputed, vec![1, 0]);
    // d: unemployment imputed 20 → 50; employment 40 → need 100: 0.75·50 + 0.25·100.
    assert!((r.areas[3].score.unwrap() - 62.5).abs() < 1e-12);
    assert!(r.areas[3].note.as_deref().unwrap().starts_with("imputed"));

    cfg.imputation = Imputation::Median;
    cfg.weighting = Weighting::Equal;
    cfg.aggregation = Aggregation::Geometric;
    let r = composite::compute(&input(), &cfg).unwrap();
    // min–max values contain 0 → shifted by 0 + 0.01·100 = 1.
    // a: u=0, e=(70-50)/30·100=66.67 → sqrt(1·67.67).
    let a = (1.0f64 * (200.0 / 3.0 + 1.0)).sqrt();
    assert!((r.areas[0].score.unwrap() - a).abs() < 1e-12);

    cfg.aggregation = Aggregation::Arithmetic;
    cfg.normalisation = Normalisation::Goalposts {
        bounds: vec![(0.0, 40.0), (40.0, 80.0)],
        scale: 1.0,
    };
    let r = composite::compute(&input(), &cfg).unwrap();
    // a: 10/40 = 0.25; employment 50 reversed: (80 − 50)/40 = 0.75 → 0.5.
    assert!((r.areas[0].score.unwrap() - 0.5).abs() < 1e-12);

    cfg.normalisation = Normalisation::DistanceToReference { area: "zz".into() };
    assert!(matches!(
        composite::compute(&input(), &cfg),
        Err(CompositeError::UnknownReference(_))
    ));
    cfg.normalisation = Normalisation::ZScore { ddof: 1 };
    cfg.outliers = OutlierTreatment::coinr_default();
    let r = composite::compute(&input(), &cfg).unwrap();
    assert_eq!(r.treatment.len(), 2);
    assert!(r.treatment.iter().all(|t| t.passes && !t.log));
    let total: f64 = r.areas.iter().filter_map(|a| a.score).sum();
    assert!(total.abs() < 1e-12, "z-score sums to zero");

    cfg.weighting = Weighting::Given(vec![1.0]);
    assert!(matches!(
        composite::compute(&input(), &cfg),
        Err(CompositeError::InvalidWeights(_))
    ));
}
