//! Global spatial autocorrelation: Moran's I, Geary's C and Getis–Ord G.
//!
//! Formulas follow esda 2.9 (`moran.py`, `geary.py`, `getisord.py`): analytical moments
//! under normality and randomisation plus seeded permutation inference with esda's
//! folded pseudo p-value `p_sim = (min(c, P − c) + 1) / (P + 1)`, where `c` counts
//! permuted statistics `>=` the observed one. Permutation `r` uses its own RNG stream
//! derived from `(seed, r)`, so results do not depend on the number of threads.

use crate::error::{Result, StatsError, check_finite, check_len};
use crate::lisa::WyRand;
use crate::weights::{Transform, Weights};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};

/// Options shared by the global statistics.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct GlobalOptions {
    /// Transformation applied to the weights before computing (esda default: row).
    /// Ignored by [`getis_ord_g`], which always uses binary weights.
    pub transform: Transform,
    /// Number of random permutations (0 = analytical inference only).
    pub permutations: usize,
    /// Seed of the permutation RNG.
    pub seed: u64,
    /// Double the analytical normal p-values of Moran's I (esda `two_tailed=True`).
    pub two_tailed: bool,
}

impl Default for GlobalOptions {
    fn default() -> Self {
        GlobalOptions {
            transform: Transform::Row,
            permutations: 999,
            seed: 12345,
            two_tailed: true,
        }
    }
}

/// Result of a permutation test.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct PermutationInference {
    /// Number of permutations.
    pub permutations: usize,
    /// Folded pseudo p-value `(min(c, P − c) + 1) / (P + 1)`.
    pub p_sim: f64,
    /// Mean of the permuted statistics.
    pub mean: f64,
    /// Standard deviation (ddof 0) of the permuted statistics.
    pub std: f64,
    /// `(observed − mean) / std`.
    pub z_sim: f64,
    /// One-sided normal tail probability of `|z_sim|`.
    pub p_z_sim: f64,
}

/// Global Moran's I with analytical and permutation inference.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MoranResult {
    /// Number of observations.
    pub n: usize,
    /// Moran's I.
    pub i: f64,
    /// Expected value −1/(n−1).
    pub expected: f64,
    /// Variance under normality.
    pub var_norm: f64,
    /// z-value under normality.
    pub z_norm: f64,
    /// p-value under normality (two-sided if requested).
    pub p_norm: f64,
    /// Variance under randomisation.
    pub var_rand: f64,
    /// z-value under randomisation.
    pub z_rand: f64,
    /// p-value under randomisation (two-sided if requested).
    pub p_rand: f64,
    /// Permutation inference, if permutations were requested.
    pub permutation: Option<PermutationInference>,
}

/// Geary's C with analytical and permutation inference.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GearyResult {
    /// Number of observations.
    pub n: usize,
    /// Geary's C.
    pub c: f64,
    /// Expected value (1).
    pub expected: f64,
    /// Variance under normality.
    pub var_norm: f64,
    /// z-value under normality.
    pub z_norm: f64,
    /// One-sided p-value under normality (esda).
    pub p_norm: f64,
    /// Variance under randomisation.
    pub var_rand: f64,
    /// z-value under randomisation.
    pub z_rand: f64,
    /// One-sided p-value under randomisation (esda).
    pub p_rand: f64,
    /// Permutation inference, if permutations were requested.
    pub permutation: Option<PermutationInference>,
}

/// Getis–Ord global G (binary weights).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GetisOrdGResult {
    /// Number of observations.
    pub n: usize,
    /// G statistic.
    pub g: f64,
    /// Expected value S0 / (n (n − 1)).
    pub expected: f64,
    /// Variance under normality (Getis & Ord 1992).
    pub variance: f64,
    /// z-value.
    pub z_norm: f64,
    /// One-sided p-value `1 − Φ(|z|)`.
    pub p_norm: f64,
    /// Permutation inference, if permutations were requested.
    pub permutation: Option<PermutationInference>,
}

// ---------------------------------------------------------------------- normal distribution

/// Complementary error function, accurate to about 1e-15 relative.
pub fn erfc(x: f64) -> f64 {
    if x.is_nan() {
        return f64::NAN;
    }
    if x < 0.0 {
        return 2.0 - erfc(-x);
    }
    if x < 2.0 {
        // erf(x) = 2/sqrt(pi) exp(-x^2) sum_n (2x^2)^n x / (1·3·…·(2n+1))
        let two_x2 = 2.0 * x * x;
        let mut term = x;
        let mut sum = x;
        let mut k = 0.0;
        loop {
            k += 1.0;
            term *= two_x2 / (2.0 * k + 1.0);
            sum += term;
            if term < sum * 1e-17 {
                break;
            }
        }
        1.0 - 2.0 / std::f64::consts::PI.sqrt() * (-x * x).exp() * sum
    } else {
        if x > 27.3 {
            return 0.0;
        }
        // Continued fraction erfc(x) = exp(-x^2)/sqrt(pi) / (x + (1/2)/(x + 1/(x + (3/2)/(x + ...)))).
        let mut f = x;
        for k in (1..=200).rev() {
            f = x + (k as f64 * 0.5) / f;
        }
        (-x * x).exp() / std::f64::consts::PI.sqrt() / f
    }
}

/// Standard normal survival function `1 − Φ(z)`.
pub fn normal_sf(z: f64) -> f64 {
    0.5 * erfc(z / std::f64::consts::SQRT_2)
}

/// Standard normal cumulative distribution function `Φ(z)`.
pub fn normal_cdf(z: f64) -> f64 {
    normal_sf(-z)
}

/// One-sided normal tail in the direction of `z` (esda's `p_norm` before doubling).
fn one_sided(z: f64) -> f64 {
    if z.is_nan() {
        f64::NAN
    } else {
        normal_sf(z.abs())
    }
}

// ---------------------------------------------------------------------- helpers

pub(crate) fn validate(y: &[f64], w: &Weights, min_n: usize) -> Result<()> {
    check_len("values", w.n(), y.len())?;
    check_finite(y)?;
    if y.len() < min_n {
        return Err(StatsError::TooFewObservations {
            needed: min_n,
            found: y.len(),
        });
    }
    Ok(())
}

fn deviations(y: &[f64]) -> Result<(Vec<f64>, f64)> {
    let n = y.len() as f64;
    let mean = y.iter().sum::<f64>() / n;
    let z: Vec<f64> = y.iter().map(|v| v - mean).collect();
    let ss: f64 = z.iter().map(|v| v * v).sum();
    if ss <= 0.0 {
        return Err(StatsError::ZeroVariance);
    }
    Ok((z, ss))
}

/// Σᵢ zᵢ Σⱼ wᵢⱼ zⱼ.
fn cross_product(w: &Weights, z: &[f64]) -> f64 {
    (0..w.n())
        .into_par_iter()
        .with_min_len(8192)
        .map(|i| {
            let nb = w.neighbours(i);
            let wt = w.weights(i);
            let lag: f64 = nb.iter().zip(wt).map(|(&j, &v)| v * z[j as usize]).sum();
            z[i] * lag
        })
        .sum()
}

/// Same as [`cross_product`] but sequential (used inside parallel permutation loops).
fn cross_product_seq(w: &Weights, z: &[f64]) -> f64 {
    let mut acc = 0.0;
    for (i, zi) in z.iter().enumerate() {
        let lag: f64 = w
            .neighbours(i)
            .iter()
            .zip(w.weights(i))
            .map(|(&j, &v)| v * z[j as usize])
            .sum();
        acc += zi * lag;
    }
    acc
}

/// Σᵢⱼ wᵢⱼ (zᵢ − zⱼ)², sequential.
fn squared_differences_seq(w: &Weights, z: &[f64]) -> f64 {
    let mut acc = 0.0;
    for (i, zi) in z.iter().enumerate() {
        for (&j, &v) in w.neighbours(i).iter().zip(w.weights(i)) {
            let d = zi - z[j as usize];
            acc += v * d * d;
        }
    }
    acc
}

/// Runs `permutations` random permutations of `z` (permutation `r` seeded by
/// `(seed, r)`) and evaluates `stat` on each; returns the statistics in order.
pub(crate) fn permute_global<F>(z: &[f64], permutations: usize, seed: u64, stat: F) -> Vec<f64>
where
    F: Fn(&[f64]) -> f64 + Sync,
{
    (0..permutations)
        .into_par_iter()
        .map_init(
            || z.to_vec(),
            |buf, r| {
                buf.copy_from_slice(z);
                let mut rng = WyRand::for_area(seed, r as u64);
                // Fisher–Yates shuffle.
                for s in (1..buf.len()).rev() {
                    let j = rng.below32(s as u32 + 1) as usize;
                    buf.swap(s, j);
                }
                stat(buf)
            },
        )
        .collect()
}

/// Folded pseudo p-value and moments of permuted statistics (esda rule).
pub(crate) fn summarize_permutations(observed: f64, sims: &[f64]) -> PermutationInference {
    let p = sims.len();
    let larger = sims.iter().filter(|&&s| s >= observed).count();
    let folded = larger.min(p - larger);
    let mean = sims.iter().sum::<f64>() / p as f64;
    let var = sims.iter().map(|s| (s - mean) * (s - mean)).sum::<f64>() / p as f64;
    let std = var.sqrt();
    let z_sim = (observed - mean) / std;
    PermutationInference {
        permutations: p,
        p_sim: (folded as f64 + 1.0) / (p as f64 + 1.0),
        mean,
        std,
        z_sim,
        p_z_sim: one_sided(z_sim),
    }
}

// ---------------------------------------------------------------------- Moran's I

/// Global Moran's I of `y` with weights `w` (transformed as `opts.transform`).
///
/// `I = (n/S0) Σᵢⱼ wᵢⱼ zᵢ zⱼ / Σ zᵢ²`; variances under normality and randomisation as esda.
pub fn moran(y: &[f64], w: &Weights, opts: &GlobalOptions) -> Result<MoranResult> {
    validate(y, w, 4)?;
    if y.len() > u32::MAX as usize {
        return Err(StatsError::InvalidParameter {
            name: "values",
            reason: "more than 2^32 areas".into(),
        });
    }
    let wt = w.transformed(opts.transform);
    let s0 = wt.s0();
    if s0 == 0.0 {
        return Err(StatsError::NoLinks);
    }
    let (z, ss) = deviations(y)?;
    let n = y.len() as f64;
    let i = n / s0 * cross_product(&wt, &z) / ss;
    let s1 = wt.s1();
    let s2 = wt.s2();
    let s02 = s0 * s0;
    let ei = -1.0 / (n - 1.0);
    let ei2 = ei * ei;
    let var_norm = (n * n * s1 - n * s2 + 3.0 * s02) / ((n - 1.0) * (n + 1.0) * s02) - ei2;
    let m2 = ss / n;
    let m4 = z.iter().map(|v| v.powi(4)).sum::<f64>() / n;
    let b2 = m4 / (m2 * m2);
    let a = n * ((n * n - 3.0 * n + 3.0) * s1 - n * s2 + 3.0 * s02);
    let b = b2 * ((n * n - n) * s1 - 2.0 * n * s2 + 6.0 * s02);
    let var_rand = (a - b) / ((n - 1.0) * (n - 2.0) * (n - 3.0) * s02) - ei2;
    let z_norm = (i - ei) / var_norm.sqrt();
    let z_rand = (i - ei) / var_rand.sqrt();
    let tails = if opts.two_tailed { 2.0 } else { 1.0 };
    let permutation = (opts.permutations > 0).then(|| {
        let sims = permute_global(&z, opts.permutations, opts.seed, |zp| {
            n / s0 * cross_product_seq(&wt, zp) / ss
        });
        summarize_permutations(i, &sims)
    });
    Ok(MoranResult {
        n: y.len(),
        i,
        expected: ei,
        var_norm,
        z_norm,
        p_norm: tails * one_sided(z_norm),
        var_rand,
        z_rand,
        p_rand: tails * one_sided(z_rand),
        permutation,
    })
}

// ---------------------------------------------------------------------- Geary's C

/// Geary's C (esda `Geary`, default row-standardised weights).
///
/// `C = (n−1) Σᵢⱼ wᵢⱼ (yᵢ − yⱼ)² / (2 S0 Σ (yᵢ − ȳ)²)`, E[C] = 1.
pub fn geary(y: &[f64], w: &Weights, opts: &GlobalOptions) -> Result<GearyResult> {
    validate(y, w, 4)?;
    let wt = w.transformed(opts.transform);
    let s0 = wt.s0();
    if s0 == 0.0 {
        return Err(StatsError::NoLinks);
    }
    let (z, ss) = deviations(y)?;
    let n = y.len() as f64;
    let c = (n - 1.0) * squared_differences_seq(&wt, &z) / (2.0 * s0 * ss);
    let s1 = wt.s1();
    let s2 = wt.s2();
    let s02 = s0 * s0;
    let n2 = n * n;
    let k = (z.iter().map(|v| v.powi(4)).sum::<f64>() / n) / (ss / n).powi(2);
    let a = (n - 1.0) * s1 * (n2 - 3.0 * n + 3.0 - (n - 1.0) * k);
    let b = 0.25 * ((n - 1.0) * s2 * (n2 + 3.0 * n - 6.0 - (n2 - n + 2.0) * k));
    let cc = s02 * (n2 - 3.0 - (n - 1.0).powi(2) * k);
    let var_rand = (a - b + cc) / (n * (n - 2.0) * (n - 3.0) * s02);
    let var_norm = (1.0 / (2.0 * (n + 1.0) * s02)) * ((2.0 * s1 + s2) * (n - 1.0) - 4.0 * s02);
    let z_norm = (c - 1.0) / var_norm.sqrt();
    let z_rand = (c - 1.0) / var_rand.sqrt();
    let permutation = (opts.permutations > 0).then(|| {
        let sims = permute_global(&z, opts.permutations, opts.seed, |zp| {
            (n - 1.0) * squared_differences_seq(&wt, zp) / (2.0 * s0 * ss)
        });
        summarize_permutations(c, &sims)
    });
    Ok(GearyResult {
        n: y.len(),
        c,
        expected: 1.0,
        var_norm,
        z_norm,
        p_norm: one_sided(z_norm),
        var_rand,
        z_rand,
        p_rand: one_sided(z_rand),
        permutation,
    })
}

// ---------------------------------------------------------------------- Getis–Ord G

/// Getis–Ord global G with binary weights (esda `G`): `G = Σᵢⱼ wᵢⱼ yᵢ yⱼ / Σ_{i≠j} yᵢ yⱼ`.
/// `y` should be non-negative. `opts.transform` is ignored (binary is forced).
pub fn getis_ord_g(y: &[f64], w: &Weights, opts: &GlobalOptions) -> Result<GetisOrdGResult> {
    validate(y, w, 4)?;
    let wt = w.transformed(Transform::Binary);
    let s0 = wt.s0();
    if s0 == 0.0 {
        return Err(StatsError::NoLinks);
    }
    let n = y.len() as f64;
    let sy: f64 = y.iter().sum();
    let sy2: f64 = y.iter().map(|v| v * v).sum();
    let sy3: f64 = y.iter().map(|v| v.powi(3)).sum();
    let sy4: f64 = y.iter().map(|v| v.powi(4)).sum();
    let den = sy * sy - sy2;
    if den == 0.0 {
        return Err(StatsError::ZeroVariance);
    }
    let g = cross_product(&wt, y) / den;
    let n2 = n * n;
    let s02 = s0 * s0;
    let s1 = wt.s1();
    let s2 = wt.s2();
    let expected = s0 / (n * (n - 1.0));
    let b0 = (n2 - 3.0 * n + 3.0) * s1 - n * s2 + 3.0 * s02;
    let b1 = -((n2 - n) * s1 - 2.0 * n * s2 + 6.0 * s02);
    let b2 = -(2.0 * n * s1 - (n + 3.0) * s2 + 6.0 * s02);
    let b3 = 4.0 * (n - 1.0) * s1 - 2.0 * (n + 1.0) * s2 + 8.0 * s02;
    let b4 = s1 - s2 + s02;
    let eg2_num = b0 * sy2 * sy2 + b1 * sy4 + b2 * sy * sy * sy2 + b3 * sy * sy3 + b4 * sy.powi(4);
    let eg2_den = den * den * n * (n - 1.0) * (n - 2.0) * (n - 3.0);
    let variance = eg2_num / eg2_den - expected * expected;
    let z_norm = (g - expected) / variance.sqrt();
    let permutation = (opts.permutations > 0).then(|| {
        let sims = permute_global(y, opts.permutations, opts.seed, |yp| {
            cross_product_seq(&wt, yp) / den
        });
        summarize_permutations(g, &sims)
    });
    Ok(GetisOrdGResult {
        n: y.len(),
        g,
        expected,
        variance,
        z_norm,
        p_norm: one_sided(z_norm),
        permutation,
    })
}
