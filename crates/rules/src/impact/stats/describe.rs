//! Means with t intervals, distributions and Wilson intervals for shares.

use serde::Serialize;

use super::{StatsError, check_finite, t_quantile, z_quantile};

/// A scale's summary for one group: n, mean, SD and the 95 % t interval.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Summary {
    /// Number of values.
    pub n: usize,
    /// Mean.
    pub mean: f64,
    /// Standard deviation (n − 1).
    pub sd: f64,
    /// Standard error of the mean.
    pub se: f64,
    /// Lower end of the 95 % interval.
    pub ci_low: f64,
    /// Upper end of the 95 % interval.
    pub ci_high: f64,
}

/// Mean and variance (n − 1) of at least two finite values.
pub(super) fn mean_var(what: &'static str, values: &[f64]) -> Result<(f64, f64), StatsError> {
    if values.len() < 2 {
        return Err(StatsError::TooFew {
            what,
            needed: 2,
            got: values.len(),
        });
    }
    check_finite(what, values)?;
    let n = values.len() as f64;
    let mean = values.iter().sum::<f64>() / n;
    let ss: f64 = values.iter().map(|v| (v - mean).powi(2)).sum();
    Ok((mean, ss / (n - 1.0)))
}

/// n, mean, SD and the 95 % t interval of the mean.
pub fn describe(values: &[f64]) -> Result<Summary, StatsError> {
    let (mean, var) = mean_var("mean", values)?;
    let n = values.len();
    let sd = var.sqrt();
    let se = sd / (n as f64).sqrt();
    let half = t_quantile(n as f64 - 1.0)? * se;
    Ok(Summary {
        n,
        mean,
        sd,
        se,
        ci_low: mean - half,
        ci_high: mean + half,
    })
}

/// Counts of values in `bins` equal-width bins from `lo` to `hi` (the last bin
/// includes `hi`; values outside are left out).
pub fn distribution(values: &[f64], lo: f64, hi: f64, bins: usize) -> Vec<usize> {
    let mut counts = vec![0; bins];
    if bins == 0 || hi.partial_cmp(&lo) != Some(std::cmp::Ordering::Greater) {
        return counts;
    }
    let width = (hi - lo) / bins as f64;
    for v in values.iter().filter(|v| v.is_finite()) {
        if *v < lo || *v > hi {
            continue;
        }
        let i = (((v - lo) / width).floor() as usize).min(bins - 1);
        counts[i] += 1;
    }
    counts
}

/// A share with its 95 % Wilson score interval.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Wilson {
    /// Successes.
    pub successes: u64,
    /// Trials.
    pub n: u64,
    /// The share `successes / n`.
    pub share: f64,
    /// Lower end of the 95 % interval.
    pub ci_low: f64,
    /// Upper end of the 95 % interval.
    pub ci_high: f64,
}

/// The Wilson score interval of `successes` out of `n`.
pub fn wilson(successes: u64, n: u64) -> Result<Wilson, StatsError> {
    if n == 0 {
        return Err(StatsError::TooFew {
            what: "share",
            needed: 1,
            got: 0,
        });
    }
    if successes > n {
        return Err(StatsError::BadCount { successes, n });
    }
    let z = z_quantile()?;
    let nf = n as f64;
    let p = successes as f64 / nf;
    let z2 = z * z;
    let denom = 1.0 + z2 / nf;
    let centre = (p + z2 / (2.0 * nf)) / denom;
    let half = z * (p * (1.0 - p) / nf + z2 / (4.0 * nf * nf)).sqrt() / denom;
    Ok(Wilson {
        successes,
        n,
        share: p,
        ci_low: (centre - half).max(0.0),
        ci_high: (centre + half).min(1.0),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn describe_rejects_one_value_and_nan() {
        assert!(matches!(describe(&[1.0]), Err(StatsError::TooFew { .. })));
        assert!(matches!(
            describe(&[1.0, f64::NAN]),
            Err(StatsError::NotFinite { .. })
        ));
    }

    #[test]
    fn wilson_edges() {
        let w = wilson(0, 20).expect("wilson");
        assert!(w.ci_low.abs() < 1e-12);
        assert!(w.ci_high > 0.0 && w.ci_high < 0.2);
        assert!(wilson(3, 2).is_err());
        assert!(wilson(0, 0).is_err());
    }

    #[test]
    fn distribution_bins() {
        let d = distribution(&[1.0, 1.4, 2.0, 5.0, 6.0], 1.0, 5.0, 4);
        assert_eq!(d, vec![2, 1, 0, 1]);
    }
}
