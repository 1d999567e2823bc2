//! General composite-indicator pipeline (JRC/OECD Handbook, COINr conventions) with
//! Monte-Carlo uncertainty and sensitivity analysis.
//!
//! Pipeline order: imputation → outlier treatment (on the original scale) → polarity
//! alignment (all indicators become "higher = more need") → normalisation →
//! weighting → aggregation → ranking (rank 1 = highest need).
//!
//! The column helpers ([`min_max`], [`zscore`], [`percentile_rank`], [`skewness`],
//! [`winsorise`], [`jacobi_eigen`], …) are public and work on plain `&[f64]`.

use crate::indicator::Polarity;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use thiserror::Error;

/// Errors of the composite pipeline (naming the indicator or area concerned).
#[derive(Debug, Clone, PartialEq, Error)]
pub enum CompositeError {
    /// No indicator was given.
    #[error("at least one indicator is required")]
    NoIndicators,
    /// An area id occurs more than once.
    #[error("duplicate area id {0:?}")]
    DuplicateArea(String),
    /// A row has the wrong number of values.
    #[error("area {area:?}: expected {expected} values, found {found}")]
    WrongValueCount {
        /// Area id.
        area: String,
        /// Number of indicators.
        expected: usize,
        /// Number of values in the row.
        found: usize,
    },
    /// Too few areas with data remain.
    #[error("only {0} area(s) with complete data remain; at least 2 are needed")]
    TooFewAreas(usize),
    /// An indicator has no non-missing value (imputation impossible).
    #[error("indicator {0:?} has no values")]
    NoValues(String),
    /// An indicator has no spread, so it cannot be normalised.
    #[error("indicator {0:?} has zero spread over the included areas")]
    ZeroSpread(String),
    /// The weights are invalid.
    #[error("invalid weights: {0}")]
    InvalidWeights(String),
    /// Goalposts are invalid for an indicator.
    #[error("indicator {indicator:?}: invalid goalposts ({low}, {high})")]
    InvalidGoalposts {
        /// Indicator key.
        indicator: String,
        /// Lower goalpost.
        low: f64,
        /// Upper goalpost.
        high: f64,
    },
    /// The number of goalpost pairs differs from the number of indicators.
    #[error("expected {expected} goalpost pairs (one per indicator), found {found}")]
    GoalpostCount {
        /// Number of indicators.
        expected: usize,
        /// Number of pairs given.
        found: usize,
    },
    /// The reference area is unknown or excluded.
    #[error("reference area {0:?} is not among the included areas")]
    UnknownReference(String),
    /// The reference area's value equals the minimum, so the distance is undefined.
    #[error("indicator {indicator:?}: reference area {area:?} has the minimum value")]
    DegenerateReference {
        /// Indicator key.
        indicator: String,
        /// Reference area id.
        area: String,
    },
    /// The eigen solver did not converge or got a non-square/asymmetric matrix.
    #[error("eigen decomposition failed: {0}")]
    Eigen(String),
    /// Invalid uncertainty-analysis settings.
    #[error("invalid uncertainty settings: {0}")]
    InvalidUncertainty(String),
}

// ---------------------------------------------------------------------------
// Basic statistics
// ---------------------------------------------------------------------------

/// `x > 0` (false for NaN).
fn is_positive(x: f64) -> bool {
    x > 0.0
}

/// Arithmetic mean (NaN for an empty slice).
pub fn mean(x: &[f64]) -> f64 {
    x.iter().sum::<f64>() / x.len() as f64
}

/// Standard deviation with `ddof` (0 = population, 1 = sample); `None` if `n ≤ ddof`.
pub fn std_dev(x: &[f64], ddof: u8) -> Option<f64> {
    let d = usize::from(ddof);
    if x.len() <= d {
        return None;
    }
    let m = mean(x);
    let ss = x.iter().map(|v| (v - m) * (v - m)).sum::<f64>();
    Some((ss / (x.len() - d) as f64).sqrt())
}

/// Median (NaN for an empty slice).
pub fn median(x: &[f64]) -> f64 {
    let mut s = x.to_vec();
    s.sort_by(f64::total_cmp);
    quantile_sorted(&s, 0.5)
}

/// Quantile of sorted data with linear interpolation (R type 7, numpy default).
pub fn quantile_sorted(sorted: &[f64], p: f64) -> f64 {
    match sorted.len() {
        0 => f64::NAN,
        1 => sorted[0],
        n => {
            let h = (n - 1) as f64 * p.clamp(0.0, 1.0);
            let lo = h.floor() as usize;
            let hi = (lo + 1).min(n - 1);
            sorted[lo] + (h - lo as f64) * (sorted[hi] - sorted[lo])
        }
    }
}

/// Sample-adjusted skewness G1 (e1071 type 2, as COINr `skew`); `None` if `n < 3`
/// or the data are constant.
pub fn skewness(x: &[f64]) -> Option<f64> {
    let n = x.len() as f64;
    if x.len() < 3 {
        return None;
    }
    let m = mean(x);
    let s2: f64 = x.iter().map(|v| (v - m).powi(2)).sum();
    let s3: f64 = x.iter().map(|v| (v - m).powi(3)).sum();
    if s2 <= 0.0 {
        return None;
    }
    let y = n.sqrt() * s3 / s2.powf(1.5);
    Some(y * (n * (n - 1.0)).sqrt() / (n - 2.0))
}

/// Sample-adjusted excess kurtosis G2 (e1071 type 2, as COINr `kurt`); `None` if
/// `n < 4` or the data are constant.
pub fn kurtosis(x: &[f64]) -> Option<f64> {
    let n = x.len() as f64;
    if x.len() < 4 {
        return None;
    }
    let m = mean(x);
    let s2: f64 = x.iter().map(|v| (v - m).powi(2)).sum();
    let s4: f64 = x.iter().map(|v| (v - m).powi(4)).sum();
    if s2 <= 0.0 {
        return None;
    }
    let r = n * s4 / (s2 * s2);
    Some(((n + 1.0) * (r - 3.0) + 6.0) * (n - 1.0) / ((n - 2.0) * (n - 3.0)))
}

/// Ascending ranks with ties given the minimum rank (R `rank(ties = "min")`), 1-based.
pub fn rank_min(x: &[f64]) -> Vec<f64> {
    let mut idx: Vec<usize> = (0..x.len()).collect();
    idx.sort_by(|&a, &b| x[a].total_cmp(&x[b]));
    let mut ranks = vec![0.0; x.len()];
    let mut i = 0;
    while i < idx.len() {
        let mut j = i;
        while j + 1 < idx.len() && x[idx[j + 1]] == x[idx[i]] {
            j += 1;
        }
        for &k in &idx[i..=j] {
            ranks[k] = (i + 1) as f64;
        }
        i = j + 1;
    }
    ranks
}

/// Descending competition ranks of scores: 1 = highest score (most need); ties share
/// the smaller rank.
pub fn need_ranks(scores: &[f64]) -> Vec<usize> {
    let neg: Vec<f64> = scores.iter().map(|s| -s).collect();
    rank_min(&neg).into_iter().map(|r| r as usize).collect()
}

// ---------------------------------------------------------------------------
// Normalisation (on values already aligned to "higher = more need")
// ---------------------------------------------------------------------------

/// Min–max: `(x − min)/(max − min)·(high − low) + low`; `None` if the range is 0.
pub fn min_max(x: &[f64], low: f64, high: f64) -> Option<Vec<f64>> {
    let mn = x.iter().copied().fold(f64::INFINITY, f64::min);
    let mx = x.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let range = mx - mn;
    if !(range > 0.0 && range.is_finite()) {
        return None;
    }
    Some(
        x.iter()
            .map(|v| (v - mn) / range * (high - low) + low)
            .collect(),
    )
}

/// z-score `(x − mean)/sd` with `ddof` 0 (MSS) or 1 (COINr); `None` if sd is 0.
pub fn zscore(x: &[f64], ddof: u8) -> Option<Vec<f64>> {
    let sd = std_dev(x, ddof)?;
    if !(sd > 0.0 && sd.is_finite()) {
        return None;
    }
    let m = mean(x);
    Some(x.iter().map(|v| (v - m) / sd).collect())
}

/// Percentile rank `(rank_min − 1)/(n − 1)` in [0, 1]; `None` if `n < 2`.
pub fn percentile_rank(x: &[f64]) -> Option<Vec<f64>> {
    if x.len() < 2 {
        return None;
    }
    let d = (x.len() - 1) as f64;
    Some(rank_min(x).into_iter().map(|r| (r - 1.0) / d).collect())
}

/// Distance to a reference value (COINr `n_dist2ref`): `1 − (x_ref − x)/(x_ref − min)`;
/// 1 at the reference, 0 at the minimum. `None` if `x_ref` equals the minimum.
pub fn distance_to_reference(x: &[f64], reference: f64) -> Option<Vec<f64>> {
    let mn = x.iter().copied().fold(f64::INFINITY, f64::min);
    let d = reference - mn;
    if !(d > 0.0 && d.is_finite()) {
        return None;
    }
    Some(x.iter().map(|v| 1.0 - (reference - v) / d).collect())
}

/// Goalposts: `clamp((x − low)/(high − low), 0, 1)·scale`; `None` unless `low < high`.
pub fn goalposts(x: &[f64], low: f64, high: f64, scale: f64) -> Option<Vec<f64>> {
    if !(low < high && low.is_finite() && high.is_finite()) {
        return None;
    }
    Some(
        x.iter()
            .map(|v| ((v - low) / (high - low)).clamp(0.0, 1.0) * scale)
            .collect(),
    )
}

/// Normalisation method applied to every indicator.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "method", rename_all = "snake_case")]
pub enum Normalisation {
    /// z-score with the given ddof (0 = population SD as in MSS, 1 = sample SD as in COINr).
    ZScore {
        /// Delta degrees of freedom of the SD.
        ddof: u8,
    },
    /// Min–max onto `[low, high]` (COINr default `[0, 100]`).
    MinMax {
        /// Value of the least-need area.
        low: f64,
        /// Value of the highest-need area.
        high: f64,
    },
    /// Ascending rank, ties = min (1 = least need).
    Rank,
    /// Percentile rank in [0, 1].
    PercentileRank,
    /// Distance to the value of a reference area (1 = as much need as the reference).
    DistanceToReference {
        /// Id of the reference area.
        area: String,
    },
    /// Fixed goalposts per indicator in the units of the (treated) indicator,
    /// `(low, high)` with `low < high`; the result is reversed for "higher = less
    /// need" indicators so that 1 always means most need.
    Goalposts {
        /// One `(low, high)` pair per indicator.
        bounds: Vec<(f64, f64)>,
        /// Multiplier of the clamped [0, 1] value (e.g. 100).
        scale: f64,
    },
}

impl Normalisation {
    /// Short label for reports.
    pub fn label(&self) -> String {
        match self {
            Normalisation::ZScore { ddof } => format!("zscore(ddof={ddof})"),
            Normalisation::MinMax { low, high } => format!("minmax[{low},{high}]"),
            Normalisation::Rank => "rank".to_owned(),
            Normalisation::PercentileRank => "percentile_rank".to_owned(),
            Normalisation::DistanceToReference { area } => format!("dist2ref({area})"),
            Normalisation::Goalposts { .. } => "goalposts".to_owned(),
        }
    }
}

// ---------------------------------------------------------------------------
// Outlier treatment
// ---------------------------------------------------------------------------

/// COINr `check_SkewKurt`: passes if `|skew| < skew_limit` OR `kurtosis < kurt_limit`
/// (too short or constant series pass).
pub fn passes_skew_kurtosis(x: &[f64], skew_limit: f64, kurt_limit: f64) -> bool {
    match (skewness(x), kurtosis(x)) {
        (Some(s), Some(k)) => s.abs() < skew_limit || k < kurt_limit,
        _ => true,
    }
}

/// Result of [`winsorise`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Winsorised {
    /// Treated values.
    pub values: Vec<f64>,
    /// Number of winsorised points (as counted by COINr).
    pub points: usize,
    /// Whether the treated values pass the skew/kurtosis test.
    pub passes: bool,
}

/// COINr `winsorise`: while the skew/kurtosis test fails and fewer than `max_points`
/// points are treated, replace the current maximum (skew ≥ 0) or minimum (skew < 0),
/// including ties, by the next value.
pub fn winsorise(x: &[f64], max_points: usize, skew_limit: f64, kurt_limit: f64) -> Winsorised {
    let mut v = x.to_vec();
    let mut passing = passes_skew_kurtosis(&v, skew_limit, kurt_limit);
    let mut n_hi = 0usize;
    let mut n_lo = 0usize;
    while !passing && n_hi + n_lo < max_points {
        let high = skewness(&v).is_none_or(|s| s >= 0.0);
        let extreme = if high {
            v.iter().copied().fold(f64::NEG_INFINITY, f64::max)
        } else {
            v.iter().copied().fold(f64::INFINITY, f64::min)
        };
        let idx: Vec<usize> = (0..v.len()).filter(|&i| v[i] == extreme).collect();
        let others = v.iter().copied().filter(|&y| y != extreme);
        let next = if high {
            others.fold(f64::NEG_INFINITY, f64::max)
        } else {
            others.fold(f64::INFINITY, f64::min)
        };
        if !next.is_finite() {
            break;
        }
        for &i in &idx {
            v[i] = next;
        }
        if high {
            n_hi = idx.len();
        } else {
            n_lo = idx.len();
        }
        passing = passes_skew_kurtosis(&v, skew_limit, kurt_limit);
    }
    Winsorised {
        values: v,
        points: n_hi + n_lo,
        passes: passing,
    }
}

/// COINr `log_CT`: `ln(x − min + 0.01·(max − min))`.
pub fn log_ct(x: &[f64]) -> Vec<f64> {
    let mn = x.iter().copied().fold(f64::INFINITY, f64::min);
    let mx = x.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let a = 0.01 * (mx - mn);
    x.iter().map(|v| (v - mn + a).ln()).collect()
}

/// Outlier treatment per indicator.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "method", rename_all = "snake_case")]
pub enum OutlierTreatment {
    /// No treatment.
    None,
    /// COINr default: Winsorise up to `max_points` while the skew/kurtosis test fails;
    /// if it still fails, apply `log_CT` to the original values (when `log_fallback`).
    Winsorise {
        /// Maximum number of points (COINr: 5).
        max_points: usize,
        /// Absolute skewness limit (COINr: 2).
        skew_limit: f64,
        /// Kurtosis limit (COINr: 3.5).
        kurt_limit: f64,
        /// Apply `log_CT` when Winsorisation is not enough.
        log_fallback: bool,
    },
    /// `log_CT` for every indicator that fails the skew/kurtosis test (2 / 3.5).
    Log,
}

impl OutlierTreatment {
    /// COINr's default treatment.
    pub fn coinr_default() -> Self {
        OutlierTreatment::Winsorise {
            max_points: 5,
            skew_limit: 2.0,
            kurt_limit: 3.5,
            log_fallback: true,
        }
    }
}

/// What the outlier treatment did to one indicator.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TreatmentInfo {
    /// Indicator key.
    pub indicator: String,
    /// Skewness before treatment.
    pub skew: Option<f64>,
    /// Kurtosis before treatment.
    pub kurtosis: Option<f64>,
    /// Number of winsorised points.
    pub winsorised: usize,
    /// Whether `log_CT` was applied.
    pub log: bool,
    /// Whether the final values pass the skew/kurtosis test.
    pub passes: bool,
}

fn treat(key: &str, x: &[f64], t: &OutlierTreatment) -> (Vec<f64>, TreatmentInfo) {
    let mut info = TreatmentInfo {
        indicator: key.to_owned(),
        skew: skewness(x),
        kurtosis: kurtosis(x),
        winsorised: 0,
        log: false,
        passes: passes_skew_kurtosis(x, 2.0, 3.5),
    };
    match t {
        OutlierTreatment::None => (x.to_vec(), info),
        OutlierTreatment::Log => {
            if info.passes {
                (x.to_vec(), info)
            } else {
                let v = log_ct(x);
                info.log = true;
                info.passes = passes_skew_kurtosis(&v, 2.0, 3.5);
                (v, info)
            }
        }
        OutlierTreatment::Winsorise {
            max_points,
            skew_limit,
            kurt_limit,
            log_fallback,
        } => {
            if passes_skew_kurtosis(x, *skew_limit, *kurt_limit) {
                info.passes = true;
                return (x.to_vec(), info);
            }
            let w = winsorise(x, *max_points, *skew_limit, *kurt_limit);
            if w.passes || !log_fallback {
                info.winsorised = w.points;
                info.passes = w.passes;
                (w.values, info)
            } else {
                let v = log_ct(x);
                info.log = true;
                info.passes = passes_skew_kurtosis(&v, *skew_limit, *kurt_limit);
                (v, info)
            }
        }
    }
}

// ---------------------------------------------------------------------------
// Eigen decomposition and PCA weights
// ---------------------------------------------------------------------------

/// Eigen decomposition of a symmetric matrix.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Eigen {
    /// Eigenvalues in descending order.
    pub values: Vec<f64>,
    /// `vectors[k]` is the unit eigenvector of `values[k]`.
    pub vectors: Vec<Vec<f64>>,
}

/// Eigenvalues and eigenvectors of a symmetric matrix by the cyclic Jacobi method.
pub fn jacobi_eigen(matrix: &[Vec<f64>]) -> Result<Eigen, CompositeError> {
    let n = matrix.len();
    if matrix.iter().any(|r| r.len() != n) {
        return Err(CompositeError::Eigen("matrix is not square".to_owned()));
    }
    let mut a: Vec<Vec<f64>> = matrix.to_vec();
    let scale = a
        .iter()
        .flatten()
        .fold(0.0f64, |m, v| m.max(v.abs()))
        .max(f64::MIN_POSITIVE);
    for (i, row) in a.iter().enumerate() {
        for (j, &aij) in row.iter().enumerate().take(i + 1) {
            if !aij.is_finite() || (aij - a[j][i]).abs() > 1e-9 * scale {
                return Err(CompositeError::Eigen(format!(
                    "matrix is not symmetric/finite at ({i}, {j})"
                )));
            }
        }
    }
    let mut v: Vec<Vec<f64>> = (0..n)
        .map(|i| (0..n).map(|j| if i == j { 1.0 } else { 0.0 }).collect())
        .collect();
    let mut converged = n < 2;
    for _sweep in 0..100 {
        let off: f64 = (0..n)
            .flat_map(|i| (0..n).filter(move |&j| j != i).map(move |j| (i, j)))
            .map(|(i, j)| a[i][j] * a[i][j])
            .sum();
        if off.sqrt() <= 1e-14 * scale {
            converged = true;
            break;
        }
        for p in 0..n {
            for q in (p + 1)..n {
                let apq = a[p][q];
                if apq.abs() <= f64::MIN_POSITIVE {
                    continue;
                }
                let theta = (a[q][q] - a[p][p]) / (2.0 * apq);
                let t = theta.signum() / (theta.abs() + (theta * theta + 1.0).sqrt());
                let t = if theta == 0.0 { 1.0 } else { t };
                let c = 1.0 / (t * t + 1.0).sqrt();
                let s = t * c;
                for row in a.iter_mut() {
                    let akp = row[p];
                    let akq = row[q];
                    row[p] = c * akp - s * akq;
                    row[q] = s * akp + c * akq;
                }
                let (upper, lower) = a.split_at_mut(q);
                for (apk, aqk) in upper[p].iter_mut().zip(lower[0].iter_mut()) {
                    let x = *apk;
                    let y = *aqk;
                    *apk = c * x - s * y;
                    *aqk = s * x + c * y;
                }
                for row in v.iter_mut() {
                    let vkp = row[p];
                    let vkq = row[q];
                    row[p] = c * vkp - s * vkq;
                    row[q] = s * vkp + c * vkq;
                }
            }
        }
    }
    if !converged {
        return Err(CompositeError::Eigen(
            "Jacobi iteration did not converge".to_owned(),
        ));
    }
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&x, &y| a[y][y].total_cmp(&a[x][x]));
    Ok(Eigen {
        values: order.iter().map(|&k| a[k][k]).collect(),
        vectors: order
            .iter()
            .map(|&k| (0..n).map(|i| v[i][k]).collect())
            .collect(),
    })
}

/// PCA-based weights.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PcaWeights {
    /// Weights (sum 1, non-negative).
    pub weights: Vec<f64>,
    /// Loadings (eigenvector) of the first principal component, sign-adjusted so that
    /// their sum is non-negative.
    pub loadings: Vec<f64>,
    /// All eigenvalues of the correlation matrix, descending.
    pub eigenvalues: Vec<f64>,
    /// Share of variance explained by the first component.
    pub explained: f64,
}

/// Pearson correlation matrix of columns (each column one indicator).
pub fn correlation_matrix(columns: &[Vec<f64>]) -> Option<Vec<Vec<f64>>> {
    let z: Vec<Vec<f64>> = columns
        .iter()
        .map(|c| zscore(c, 0))
        .collect::<Option<_>>()?;
    let n = z.first().map_or(0, Vec::len) as f64;
    Some(
        z.iter()
            .map(|a| {
                z.iter()
                    .map(|b| a.iter().zip(b).map(|(x, y)| x * y).sum::<f64>() / n)
                    .collect()
            })
            .collect(),
    )
}

/// Weights from the first principal component of the correlation matrix (COINr
/// `get_PCA` with `scale = TRUE`): loadings sign-adjusted to a non-negative sum,
/// negative loadings set to 0, normalised to sum 1.
pub fn pca_weights(columns: &[Vec<f64>], keys: &[String]) -> Result<PcaWeights, CompositeError> {
    for (c, k) in columns.iter().zip(keys) {
        if zscore(c, 0).is_none() {
            return Err(CompositeError::ZeroSpread(k.clone()));
        }
    }
    let corr = correlation_matrix(columns)
        .ok_or_else(|| CompositeError::Eigen("correlation matrix undefined".to_owned()))?;
    let eig = jacobi_eigen(&corr)?;
    let mut loadings = eig.vectors.first().cloned().unwrap_or_default();
    if loadings.iter().sum::<f64>() < 0.0 {
        loadings.iter_mut().for_each(|l| *l = -*l);
    }
    let clipped: Vec<f64> = loadings.iter().map(|l| l.max(0.0)).collect();
    let total: f64 = clipped.iter().sum();
    if !is_positive(total) {
        return Err(CompositeError::InvalidWeights(
            "first principal component has no positive loading".to_owned(),
        ));
    }
    let trace: f64 = eig.values.iter().sum();
    Ok(PcaWeights {
        weights: clipped.iter().map(|w| w / total).collect(),
        explained: eig.values.first().copied().unwrap_or(0.0) / trace,
        loadings,
        eigenvalues: eig.values,
    })
}

// ---------------------------------------------------------------------------
// Aggregation
// ---------------------------------------------------------------------------

/// Weighted arithmetic mean `Σ wᵢxᵢ / Σ wᵢ`.
pub fn arithmetic_mean(x: &[f64], w: &[f64]) -> f64 {
    let sw: f64 = w.iter().sum();
    x.iter().zip(w).map(|(a, b)| a * b).sum::<f64>() / sw
}

/// Weighted geometric mean `exp(Σ wᵢ ln xᵢ / Σ wᵢ)`; NaN if any `xᵢ ≤ 0`.
pub fn geometric_mean(x: &[f64], w: &[f64]) -> f64 {
    if x.iter().any(|v| *v <= 0.0) {
        return f64::NAN;
    }
    let sw: f64 = w.iter().sum();
    (x.iter().zip(w).map(|(a, b)| b * a.ln()).sum::<f64>() / sw).exp()
}

/// Aggregation method.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Aggregation {
    /// Weighted arithmetic mean (full compensability).
    Arithmetic,
    /// Weighted geometric mean (partial compensability). If any normalised value is
    /// ≤ 0, all values are shifted by `−min + 0.01·(max − min)` (1 if the range is 0)
    /// over the whole normalised matrix before aggregating.
    Geometric,
}

fn aggregate(rows: &[Vec<f64>], w: &[f64], agg: Aggregation) -> Vec<f64> {
    match agg {
        Aggregation::Arithmetic => rows.iter().map(|r| arithmetic_mean(r, w)).collect(),
        Aggregation::Geometric => {
            let mn = rows.iter().flatten().copied().fold(f64::INFINITY, f64::min);
            let mx = rows
                .iter()
                .flatten()
                .copied()
                .fold(f64::NEG_INFINITY, f64::max);
            let shift = if mn > 0.0 {
                0.0
            } else {
                let range = mx - mn;
                -mn + if range > 0.0 { 0.01 * range } else { 1.0 }
            };
            rows.iter()
                .map(|r| {
                    let s: Vec<f64> = r.iter().map(|v| v + shift).collect();
                    geometric_mean(&s, w)
                })
                .collect()
        }
    }
}

// ---------------------------------------------------------------------------
// Pipeline
// ---------------------------------------------------------------------------

/// One indicator of the composite.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IndicatorSpec {
    /// Indicator key (used in messages and reports).
    pub key: String,
    /// Direction with respect to need.
    pub polarity: Polarity,
}

/// Input table: areas × indicators with missing values.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CompositeInput {
    /// Area ids.
    pub area_ids: Vec<String>,
    /// Indicators (columns).
    pub indicators: Vec<IndicatorSpec>,
    /// `values[area][indicator]`; `None` or non-finite = missing.
    pub values: Vec<Vec<Option<f64>>>,
}

/// Treatment of missing values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Imputation {
    /// No imputation: areas with a missing value are dropped (with a note).
    None,
    /// Replace by the indicator mean over the areas with a value.
    Mean,
    /// Replace by the indicator median over the areas with a value.
    Median,
}

/// Weighting scheme.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "method", content = "weights", rename_all = "snake_case")]
pub enum Weighting {
    /// Equal weights.
    Equal,
    /// User-given non-negative weights, one per indicator (normalised to sum 1).
    Given(Vec<f64>),
    /// First principal component (see [`pca_weights`]).
    Pca,
}

/// Method choices of the pipeline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CompositeConfig {
    /// Missing-value treatment.
    pub imputation: Imputation,
    /// Outlier treatment.
    pub outliers: OutlierTreatment,
    /// Normalisation.
    pub normalisation: Normalisation,
    /// Weighting.
    pub weighting: Weighting,
    /// Aggregation.
    pub aggregation: Aggregation,
}

impl Default for CompositeConfig {
    /// Areas with gaps are dropped, no outlier treatment, min–max [0, 100], equal
    /// weights, arithmetic mean.
    fn default() -> Self {
        Self {
            imputation: Imputation::None,
            outliers: OutlierTreatment::None,
            normalisation: Normalisation::MinMax {
                low: 0.0,
                high: 100.0,
            },
            weighting: Weighting::Equal,
            aggregation: Aggregation::Arithmetic,
        }
    }
}

/// Result for one area.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CompositeArea {
    /// Area id.
    pub id: String,
    /// Composite score (higher = more need); `None` if the area was dropped.
    pub score: Option<f64>,
    /// Rank, 1 = highest need.
    pub rank: Option<usize>,
    /// Why the area was dropped or which values were imputed.
    pub note: Option<String>,
}

/// Result of [`compute`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CompositeResult {
    /// One result per input area, in input order.
    pub areas: Vec<CompositeArea>,
    /// Weights used (sum 1).
    pub weights: Vec<f64>,
    /// PCA details when PCA weights were used.
    pub pca: Option<PcaWeights>,
    /// Outlier treatment per indicator.
    pub treatment: Vec<TreatmentInfo>,
    /// Number of imputed values per indicator.
    pub imputed: Vec<usize>,
}

/// Data after imputation, outlier treatment and polarity alignment.
struct Prepared {
    keys: Vec<String>,
    signs: Vec<f64>,
    /// Indices of included areas into the input.
    included: Vec<usize>,
    /// `columns[indicator][included area]`, aligned to "higher = more need".
    columns: Vec<Vec<f64>>,
    notes: Vec<Option<String>>,
    treatment: Vec<TreatmentInfo>,
    imputed: Vec<usize>,
}

fn prepare(input: &CompositeInput, config: &CompositeConfig) -> Result<Prepared, CompositeError> {
    let m = input.indicators.len();
    if m == 0 {
        return Err(CompositeError::NoIndicators);
    }
    let mut seen = HashSet::new();
    for (id, row) in input.area_ids.iter().zip(&input.values) {
        if !seen.insert(id.as_str()) {
            return Err(CompositeError::DuplicateArea(id.clone()));
        }
        if row.len() != m {
            return Err(CompositeError::WrongValueCount {
                area: id.clone(),
                expected: m,
                found: row.len(),
            });
        }
    }
    if input.values.len() != input.area_ids.len() {
        return Err(CompositeError::WrongValueCount {
            area: "<table>".to_owned(),
            expected: input.area_ids.len(),
            found: input.values.len(),
        });
    }
    let keys: Vec<String> = input.indicators.iter().map(|i| i.key.clone()).collect();
    let val = |a: usize, k: usize| input.values[a][k].filter(|v| v.is_finite());
    let n = input.area_ids.len();
    let mut notes: Vec<Option<String>> = vec![None; n];
    let mut imputed = vec![0usize; m];
    let included: Vec<usize>;
    let mut columns: Vec<Vec<f64>>;
    match config.imputation {
        Imputation::None => {
            included = (0..n)
                .filter(|&a| {
                    let missing: Vec<&str> = (0..m)
                        .filter(|&k| val(a, k).is_none())
                        .map(|k| keys[k].as_str())
                        .collect();
                    if missing.is_empty() {
                        true
                    } else {
                        notes[a] = Some(format!("dropped: missing {}", missing.join(", ")));
                        false
                    }
                })
                .collect();
            columns = (0..m)
                .map(|k| included.iter().map(|&a| val(a, k).unwrap_or(0.0)).collect())
                .collect();
        }
        Imputation::Mean | Imputation::Median => {
            included = (0..n).collect();
            columns = Vec::with_capacity(m);
            for (k, key) in keys.iter().enumerate() {
                let present: Vec<f64> = (0..n).filter_map(|a| val(a, k)).collect();
                if present.is_empty() {
                    return Err(CompositeError::NoValues(key.clone()));
                }
                let fill = if config.imputation == Imputation::Mean {
                    mean(&present)
                } else {
                    median(&present)
                };
                let col = (0..n)
                    .map(|a| {
                        val(a, k).unwrap_or_else(|| {
                            imputed[k] += 1;
                            let note = notes[a].get_or_insert_with(|| "imputed:".to_owned());
                            note.push(' ');
                            note.push_str(key);
                            fill
                        })
                    })
                    .collect();
                columns.push(col);
            }
        }
    }
    if included.len() < 2 {
        return Err(CompositeError::TooFewAreas(included.len()));
    }
    let mut treatment = Vec::with_capacity(m);
    for (k, key) in keys.iter().enumerate() {
        let (v, info) = treat(key, &columns[k], &config.outliers);
        columns[k] = v;
        treatment.push(info);
    }
    let signs: Vec<f64> = input.indicators.iter().map(|i| i.polarity.sign()).collect();
    for (col, s) in columns.iter_mut().zip(&signs) {
        col.iter_mut().for_each(|v| *v *= s);
    }
    Ok(Prepared {
        keys,
        signs,
        included,
        columns,
        notes,
        treatment,
        imputed,
    })
}

fn normalise_all(
    p: &Prepared,
    input: &CompositeInput,
    method: &Normalisation,
) -> Result<Vec<Vec<f64>>, CompositeError> {
    let reference = match method {
        Normalisation::DistanceToReference { area } => Some(
            p.included
                .iter()
                .position(|&a| input.area_ids[a] == *area)
                .ok_or_else(|| CompositeError::UnknownReference(area.clone()))?,
        ),
        _ => None,
    };
    if let Normalisation::Goalposts { bounds, .. } = method
        && bounds.len() != p.keys.len()
    {
        return Err(CompositeError::GoalpostCount {
            expected: p.keys.len(),
            found: bounds.len(),
        });
    }
    p.columns
        .iter()
        .enumerate()
        .map(|(k, col)| {
            let key = &p.keys[k];
            let zero = || CompositeError::ZeroSpread(key.clone());
            match method {
                Normalisation::ZScore { ddof } => zscore(col, *ddof).ok_or_else(zero),
                Normalisation::MinMax { low, high } => min_max(col, *low, *high).ok_or_else(zero),
                Normalisation::Rank => Ok(rank_min(col)),
                Normalisation::PercentileRank => percentile_rank(col).ok_or_else(zero),
                Normalisation::DistanceToReference { area } => {
                    let r = reference.unwrap_or(0);
                    distance_to_reference(col, col[r]).ok_or_else(|| {
                        CompositeError::DegenerateReference {
                            indicator: key.clone(),
                            area: area.clone(),
                        }
                    })
                }
                Normalisation::Goalposts { bounds, scale } => {
                    let (low, high) = bounds[k];
                    let (l, h) = if p.signs[k] < 0.0 {
                        (-high, -low)
                    } else {
                        (low, high)
                    };
                    goalposts(col, l, h, *scale).ok_or_else(|| CompositeError::InvalidGoalposts {
                        indicator: key.clone(),
                        low,
                        high,
                    })
                }
            }
        })
        .collect()
}

fn nominal_weights(
    p: &Prepared,
    weighting: &Weighting,
) -> Result<(Vec<f64>, Option<PcaWeights>), CompositeError> {
    let m = p.keys.len();
    match weighting {
        Weighting::Equal => Ok((vec![1.0 / m as f64; m], None)),
        Weighting::Given(w) => {
            if w.len() != m {
                return Err(CompositeError::InvalidWeights(format!(
                    "{} weights for {m} indicators",
                    w.len()
                )));
            }
            if let Some(k) = w.iter().position(|v| !(v.is_finite() && *v >= 0.0)) {
                return Err(CompositeError::InvalidWeights(format!(
                    "weight of {:?} is {}",
                    p.keys[k], w[k]
                )));
            }
            let total: f64 = w.iter().sum();
            if !is_positive(total) {
                return Err(CompositeError::InvalidWeights(
                    "weights sum to zero".to_owned(),
                ));
            }
            Ok((w.iter().map(|v| v / total).collect(), None))
        }
        Weighting::Pca => {
            let pca = pca_weights(&p.columns, &p.keys)?;
            Ok((pca.weights.clone(), Some(pca)))
        }
    }
}

fn scores(
    p: &Prepared,
    input: &CompositeInput,
    norm: &Normalisation,
    weights: &[f64],
    agg: Aggregation,
) -> Result<Vec<f64>, CompositeError> {
    let cols = normalise_all(p, input, norm)?;
    let rows: Vec<Vec<f64>> = (0..p.included.len())
        .map(|i| cols.iter().map(|c| c[i]).collect())
        .collect();
    Ok(aggregate(&rows, weights, agg))
}

/// Run the composite pipeline once with the given method choices.
pub fn compute(
    input: &CompositeInput,
    config: &CompositeConfig,
) -> Result<CompositeResult, CompositeError> {
    let p = prepare(input, config)?;
    let (weights, pca) = nominal_weights(&p, &config.weighting)?;
    let s = scores(
        &p,
        input,
        &config.normalisation,
        &weights,
        config.aggregation,
    )?;
    let ranks = need_ranks(&s);
    let mut areas: Vec<CompositeArea> = input
        .area_ids
        .iter()
        .zip(&p.notes)
        .map(|(id, note)| CompositeArea {
            id: id.clone(),
            score: None,
            rank: None,
            note: note.clone(),
        })
        .collect();
    for (j, &a) in p.included.iter().enumerate() {
        areas[a].score = Some(s[j]);
        areas[a].rank = Some(ranks[j]);
    }
    Ok(CompositeResult {
        areas,
        weights,
        pca,
        treatment: p.treatment,
        imputed: p.imputed,
    })
}

// ---------------------------------------------------------------------------
// Uncertainty and sensitivity analysis
// ---------------------------------------------------------------------------

/// Definition of the "highest-need class" whose membership probability is reported.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(tag = "rule", content = "value", rename_all = "snake_case")]
pub enum TopClass {
    /// The top `q` share of areas (e.g. 0.1 = top 10 %, at least one area).
    Share(f64),
    /// The top `k` areas.
    Count(usize),
}

/// Settings of the Monte-Carlo uncertainty analysis.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UncertaintyConfig {
    /// Number of Monte-Carlo runs.
    pub runs: usize,
    /// Seed; the same seed gives the same result for any number of threads.
    pub seed: u64,
    /// Relative weight perturbation `f`: `w' = w·(1 + f·U(−1, 1))`, then renormalised
    /// (JRC audits typically use 0.25). Must be in [0, 1].
    pub weight_noise: f64,
    /// Alternative normalisations sampled uniformly; empty = keep the nominal one.
    pub normalisations: Vec<Normalisation>,
    /// Alternative aggregations sampled uniformly; empty = keep the nominal one.
    pub aggregations: Vec<Aggregation>,
    /// Highest-need class.
    pub top: TopClass,
}

/// Uncertainty of one area's rank.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AreaUncertainty {
    /// Area id.
    pub id: String,
    /// Rank in the nominal configuration (1 = highest need).
    pub nominal_rank: usize,
    /// Median rank over the runs.
    pub median_rank: f64,
    /// Mean rank over the runs.
    pub mean_rank: f64,
    /// 5 % quantile of the rank.
    pub rank_q05: f64,
    /// 95 % quantile of the rank.
    pub rank_q95: f64,
    /// Share of runs in which the area is in the highest-need class.
    pub p_top: f64,
}

/// First-order sensitivity of the output to one uncertain input.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SensitivityIndex {
    /// Input name: `"weight <key>"`, `"normalisation"` or `"aggregation"`.
    pub input: String,
    /// Estimated first-order index `Var(E[y | Xᵢ]) / Var(y)`, where `y` is the mean
    /// absolute rank shift against the nominal ranking of a run.
    pub first_order: f64,
}

/// Result of [`uncertainty`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UncertaintyResult {
    /// Per included area (in input order; dropped areas are not listed).
    pub areas: Vec<AreaUncertainty>,
    /// Sensitivity per uncertain input.
    pub sensitivity: Vec<SensitivityIndex>,
    /// Number of runs.
    pub runs: usize,
    /// Size of the highest-need class in areas.
    pub top_size: usize,
    /// Mean over runs of the mean absolute rank shift.
    pub mean_rank_shift: f64,
}

struct RunOutput {
    ranks: Vec<usize>,
    /// Sampled weight noise `u ∈ [−1, 1]` per indicator.
    u: Vec<f64>,
    norm_choice: usize,
    agg_choice: usize,
}

/// Monte-Carlo uncertainty analysis over weights and method choices, with a
/// first-order sensitivity estimate per uncertain input.
///
/// Each run draws from its own ChaCha8 stream (`seed`, stream = run index), runs are
/// evaluated in parallel with rayon and collected in run order, so the result does not
/// depend on the number of threads. Imputation and outlier treatment are fixed at the
/// nominal choice. Sensitivity indices are estimated from the same sample by binning
/// ("given data" correlation ratio: discrete inputs by choice, weight noise in
/// `max(2, min(20, √runs))` equal-width bins) and are biased upwards for few runs.
pub fn uncertainty(
    input: &CompositeInput,
    config: &CompositeConfig,
    ua: &UncertaintyConfig,
) -> Result<UncertaintyResult, CompositeError> {
    if ua.runs < 2 {
        return Err(CompositeError::InvalidUncertainty(
            "at least 2 runs are needed".to_owned(),
        ));
    }
    if !(0.0..=1.0).contains(&ua.weight_noise) {
        return Err(CompositeError::InvalidUncertainty(format!(
            "weight noise {} outside [0, 1]",
            ua.weight_noise
        )));
    }
    let p = prepare(input, config)?;
    let n = p.included.len();
    let m = p.keys.len();
    let top_size = match ua.top {
        TopClass::Share(q) if q > 0.0 && q <= 1.0 => ((q * n as f64).ceil() as usize).max(1),
        TopClass::Count(k) if k >= 1 => k.min(n),
        other => {
            return Err(CompositeError::InvalidUncertainty(format!(
                "invalid top class {other:?}"
            )));
        }
    };
    let (w0, _) = nominal_weights(&p, &config.weighting)?;
    let nominal = need_ranks(&scores(
        &p,
        input,
        &config.normalisation,
        &w0,
        config.aggregation,
    )?);
    let norms: Vec<Normalisation> = if ua.normalisations.is_empty() {
        vec![config.normalisation.clone()]
    } else {
        ua.normalisations.clone()
    };
    let aggs: Vec<Aggregation> = if ua.aggregations.is_empty() {
        vec![config.aggregation]
    } else {
        ua.aggregations.clone()
    };

    let outputs: Vec<RunOutput> = (0..ua.runs)
        .into_par_iter()
        .map(|run| -> Result<RunOutput, CompositeError> {
            let mut rng = ChaCha8Rng::seed_from_u64(ua.seed);
            rng.set_stream(run as u64);
            let u: Vec<f64> = (0..m).map(|_| rng.gen_range(-1.0..=1.0)).collect();
            let norm_choice = rng.gen_range(0..norms.len());
            let agg_choice = rng.gen_range(0..aggs.len());
            let w: Vec<f64> = w0
                .iter()
                .zip(&u)
                .map(|(w, u)| w * (1.0 + ua.weight_noise * u))
                .collect();
            let total: f64 = w.iter().sum();
            let w: Vec<f64> = if total > 0.0 {
                w.iter().map(|v| v / total).collect()
            } else {
                w0.clone()
            };
            let s = scores(&p, input, &norms[norm_choice], &w, aggs[agg_choice])?;
            Ok(RunOutput {
                ranks: need_ranks(&s),
                u,
                norm_choice,
                agg_choice,
            })
        })
        .collect::<Result<_, _>>()?;

    let runs = outputs.len();
    let y: Vec<f64> = outputs
        .iter()
        .map(|o| {
            o.ranks
                .iter()
                .zip(&nominal)
                .map(|(r, r0)| (*r as f64 - *r0 as f64).abs())
                .sum::<f64>()
                / n as f64
        })
        .collect();

    let areas = (0..n)
        .map(|j| {
            let mut r: Vec<f64> = outputs.iter().map(|o| o.ranks[j] as f64).collect();
            r.sort_by(f64::total_cmp);
            let in_top = outputs.iter().filter(|o| o.ranks[j] <= top_size).count();
            AreaUncertainty {
                id: input.area_ids[p.included[j]].clone(),
                nominal_rank: nominal[j],
                median_rank: quantile_sorted(&r, 0.5),
                mean_rank: mean(&r),
                rank_q05: quantile_sorted(&r, 0.05),
                rank_q95: quantile_sorted(&r, 0.95),
                p_top: in_top as f64 / runs as f64,
            }
        })
        .collect();

    let mut sensitivity = Vec::new();
    let bins = ((runs as f64).sqrt() as usize).clamp(2, 20);
    if ua.weight_noise > 0.0 {
        for (k, key) in p.keys.iter().enumerate() {
            let groups: Vec<usize> = outputs
                .iter()
                .map(|o| (((o.u[k] + 1.0) / 2.0 * bins as f64) as usize).min(bins - 1))
                .collect();
            sensitivity.push(SensitivityIndex {
                input: format!("weight {key}"),
                first_order: correlation_ratio(&y, &groups, bins),
            });
        }
    }
    if norms.len() > 1 {
        let g: Vec<usize> = outputs.iter().map(|o| o.norm_choice).collect();
        sensitivity.push(SensitivityIndex {
            input: "normalisation".to_owned(),
            first_order: correlation_ratio(&y, &g, norms.len()),
        });
    }
    if aggs.len() > 1 {
        let g: Vec<usize> = outputs.iter().map(|o| o.agg_choice).collect();
        sensitivity.push(SensitivityIndex {
            input: "aggregation".to_owned(),
            first_order: correlation_ratio(&y, &g, aggs.len()),
        });
    }

    Ok(UncertaintyResult {
        areas,
        sensitivity,
        runs,
        top_size,
        mean_rank_shift: mean(&y),
    })
}

/// `Var(E[y | group]) / Var(y)` with population variances; 0 if `y` is constant.
fn correlation_ratio(y: &[f64], groups: &[usize], n_groups: usize) -> f64 {
    let n = y.len() as f64;
    let my = mean(y);
    let var: f64 = y.iter().map(|v| (v - my).powi(2)).sum::<f64>() / n;
    if !is_positive(var) {
        return 0.0;
    }
    let mut sum = vec![0.0; n_groups];
    let mut cnt = vec![0usize; n_groups];
    for (v, &g) in y.iter().zip(groups) {
        sum[g] += v;
        cnt[g] += 1;
    }
    let between: f64 = sum
        .iter()
        .zip(&cnt)
        .filter(|(_, c)| **c > 0)
        .map(|(s, &c)| c as f64 * (s / c as f64 - my).powi(2))
        .sum::<f64>()
        / n;
    (between / var).clamp(0.0, 1.0)
}
