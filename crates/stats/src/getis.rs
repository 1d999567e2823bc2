//! Local Getis–Ord statistics Gᵢ and Gᵢ* (esda `G_Local`, pygeoda `local_g` /
//! `local_gstar`).
//!
//! * Gᵢ  = Σ_{j≠i} wᵢⱼ yⱼ / (Σⱼ yⱼ − yᵢ)   (self excluded)
//! * Gᵢ* = Σⱼ w*ᵢⱼ yⱼ / Σⱼ yⱼ, where `w*` adds a self-link of original weight 1 before the
//!   transformation (row-standardised by default, as esda).
//!
//! Analytical moments with `N = n − 1` (Gᵢ) or `N = n` (Gᵢ*): `E = Wᵢ/N`,
//! `V = Wᵢ (N − Wᵢ) / (N − 1) / N² · s²/ȳ²`, where `Wᵢ` is the row sum and `ȳ`, `s²`
//! (ddof 0) are taken over the `N` values (self excluded for Gᵢ). `p_norm = 1 − Φ(|z|)`.
//! Conditional permutation inference uses the same engine and options as
//! [`crate::lisa::local_moran`]. `y` should be non-negative (counts, rates).

use crate::error::{Result, StatsError};
use crate::lisa::{Engine, LocalOptions, LocalPermutation};
use crate::moran::{normal_sf, validate};
use crate::weights::Weights;
use serde::{Deserialize, Serialize};

/// Result of [`local_g`] / [`local_g_star`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LocalGResult {
    /// True for Gᵢ*, false for Gᵢ.
    pub star: bool,
    /// The statistic per area.
    pub g: Vec<f64>,
    /// Expected value per area.
    pub expected: Vec<f64>,
    /// Variance per area.
    pub variance: Vec<f64>,
    /// Standardised statistic `(G − E)/√V` (positive = hot spot).
    pub z: Vec<f64>,
    /// One-sided normal p-value `1 − Φ(|z|)`.
    pub p_norm: Vec<f64>,
    /// Permutation inference, if requested.
    pub permutation: Option<LocalPermutation>,
}

/// Local Getis–Ord Gᵢ (self excluded).
pub fn local_g(y: &[f64], w: &Weights, opts: &LocalOptions) -> Result<LocalGResult> {
    compute(y, w, opts, false)
}

/// Local Getis–Ord Gᵢ* (self included with weight 1 before transformation).
pub fn local_g_star(y: &[f64], w: &Weights, opts: &LocalOptions) -> Result<LocalGResult> {
    compute(y, w, opts, true)
}

fn compute(y: &[f64], w: &Weights, opts: &LocalOptions, star: bool) -> Result<LocalGResult> {
    validate(y, w, 3)?;
    let n = y.len();
    let base = if star {
        w.with_self_neighbours(1.0)
    } else {
        w.clone()
    };
    let wt = base.transformed(opts.transform);
    let sum: f64 = y.iter().sum();
    let sum2: f64 = y.iter().map(|v| v * v).sum();
    let nn = if star { n as f64 } else { (n - 1) as f64 };
    let mut g = Vec::with_capacity(n);
    let mut expected = Vec::with_capacity(n);
    let mut variance = Vec::with_capacity(n);
    let mut z = Vec::with_capacity(n);
    let mut p_norm = Vec::with_capacity(n);
    let mut alpha = Vec::with_capacity(n);
    let mut beta = Vec::with_capacity(n);
    for i in 0..n {
        let mut lag = 0.0;
        let mut wsum = 0.0;
        let mut self_w = 0.0;
        for (&j, &v) in wt.neighbours(i).iter().zip(wt.weights(i)) {
            let j = j as usize;
            if j == i {
                self_w = v;
                if !star {
                    continue;
                }
            }
            lag += v * y[j];
            wsum += v;
        }
        let (den, mean, var) = if star {
            let mean = sum / nn;
            (sum, mean, sum2 / nn - mean * mean)
        } else {
            let mean = (sum - y[i]) / nn;
            (sum - y[i], mean, (sum2 - y[i] * y[i]) / nn - mean * mean)
        };
        if den == 0.0 {
            return Err(StatsError::ZeroVariance);
        }
        let gi = lag / den;
        let e = wsum / nn;
        let v = wsum * (nn - wsum) / (nn - 1.0) / (nn * nn) * (var / (mean * mean));
        let zi = (gi - e) / v.sqrt();
        g.push(gi);
        expected.push(e);
        variance.push(v);
        z.push(zi);
        p_norm.push(if zi.is_nan() {
            f64::NAN
        } else {
            normal_sf(zi.abs())
        });
        alpha.push(1.0 / den);
        beta.push(if star { self_w * y[i] } else { 0.0 });
    }
    let permutation = if opts.permutations > 0 {
        let engine = Engine {
            values: y,
            w: &wt,
            alpha: &alpha,
            beta: &beta,
            observed: &g,
        };
        Some(engine.run(opts.permutations, opts.seed, opts.method)?)
    } else {
        None
    };
    Ok(LocalGResult {
        star,
        g,
        expected,
        variance,
        z,
        p_norm,
        permutation,
    })
}
