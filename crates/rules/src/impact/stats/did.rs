//! Difference-in-differences as OLS with an interaction term and HC3
//! heteroskedasticity-robust standard errors.

use nalgebra::{DMatrix, DVector};
use serde::Serialize;

use super::{StatsError, check_finite, t_p_value, t_quantile};

/// One respondent's score with where and when they answered.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DidObs {
    /// In the pilot quarter (true) or a comparison area (false).
    pub pilot: bool,
    /// In the follow-up wave (true) or the baseline (false).
    pub after: bool,
    /// The scale score.
    pub y: f64,
}

/// The difference-in-differences estimate: the coefficient of `pilot × after`
/// in `y = b0 + b1·pilot + b2·after + b3·pilot·after + e`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Did {
    /// The estimate `b3` = (pilot after − pilot before) − (comparison after − comparison before).
    pub estimate: f64,
    /// Its HC3 standard error.
    pub se: f64,
    /// Residual degrees of freedom `n − 4` used for the `t` quantile.
    pub df: f64,
    /// The t statistic.
    pub t: f64,
    /// Two-sided p-value.
    pub p: f64,
    /// Lower end of the 95 % interval.
    pub ci_low: f64,
    /// Upper end of the 95 % interval.
    pub ci_high: f64,
    /// Observations.
    pub n: usize,
}

/// OLS coefficients and their HC3 covariance matrix.
fn ols_hc3(x: &DMatrix<f64>, y: &DVector<f64>) -> Result<(DVector<f64>, DMatrix<f64>), StatsError> {
    let xtx = x.transpose() * x;
    let bread = xtx.try_inverse().ok_or(StatsError::Singular)?;
    let beta = &bread * x.transpose() * y;
    let resid = y - x * &beta;
    let p = x.ncols();
    let mut meat = DMatrix::<f64>::zeros(p, p);
    for i in 0..x.nrows() {
        let xi = x.row(i).transpose();
        let h = (xi.transpose() * &bread * &xi)[(0, 0)];
        if 1.0 - h <= 1e-12 {
            return Err(StatsError::Singular);
        }
        let w = (resid[i] / (1.0 - h)).powi(2);
        meat += &xi * xi.transpose() * w;
    }
    Ok((beta, &bread * meat * &bread))
}

/// Difference-in-differences of pilot vs comparison areas, before vs after.
pub fn did(obs: &[DidObs]) -> Result<Did, StatsError> {
    let n = obs.len();
    if n < 6 {
        return Err(StatsError::TooFew {
            what: "difference-in-differences",
            needed: 6,
            got: n,
        });
    }
    let ys: Vec<f64> = obs.iter().map(|o| o.y).collect();
    check_finite("difference-in-differences", &ys)?;
    let x = DMatrix::from_fn(n, 4, |i, j| {
        let o = obs[i];
        let (p, a) = (f64::from(u8::from(o.pilot)), f64::from(u8::from(o.after)));
        match j {
            0 => 1.0,
            1 => p,
            2 => a,
            _ => p * a,
        }
    });
    let y = DVector::from_vec(ys);
    let (beta, cov) = ols_hc3(&x, &y)?;
    let estimate = beta[3];
    let se = cov[(3, 3)].max(0.0).sqrt();
    if se <= 0.0 {
        return Err(StatsError::NoVariance {
            what: "difference-in-differences",
        });
    }
    let df = (n - 4) as f64;
    let t = estimate / se;
    let half = t_quantile(df)? * se;
    Ok(Did {
        estimate,
        se,
        df,
        t,
        p: t_p_value(t, df)?,
        ci_low: estimate - half,
        ci_high: estimate + half,
        n,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn estimate_is_the_difference_of_differences() {
        let mut obs = Vec::new();
        for (pilot, after, base) in [
            (true, false, 3.0),
            (true, true, 3.6),
            (false, false, 3.1),
            (false, true, 3.2),
        ] {
            for d in [-0.5, 0.0, 0.5, 0.25] {
                obs.push(DidObs {
                    pilot,
                    after,
                    y: base + d,
                });
            }
        }
        let r = did(&obs).expect("did");
        assert!((r.estimate - 0.5).abs() < 1e-12);
        assert!(r.ci_low < 0.5 && r.ci_high > 0.5);
    }

    #[test]
    fn empty_cell_is_singular() {
        let obs: Vec<DidObs> = (0..10)
            .map(|i| DidObs {
                pilot: i % 2 == 0,
                after: false,
                y: f64::from(i),
            })
            .collect();
        assert_eq!(did(&obs), Err(StatsError::Singular));
    }
}
