//! Change between two waves: Welch's difference of means.

use serde::Serialize;

use super::describe::mean_var;
use super::{StatsError, t_p_value, t_quantile};

/// The change `mean(after) − mean(before)` with Welch's interval.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Welch {
    /// The difference of means (after − before).
    pub estimate: f64,
    /// Its standard error `√(s₁²/n₁ + s₂²/n₂)`.
    pub se: f64,
    /// Welch–Satterthwaite degrees of freedom.
    pub df: f64,
    /// The t statistic.
    pub t: f64,
    /// Two-sided p-value.
    pub p: f64,
    /// Lower end of the 95 % interval.
    pub ci_low: f64,
    /// Upper end of the 95 % interval.
    pub ci_high: f64,
}

/// Welch's change from `before` to `after` (two independent samples).
pub fn welch(before: &[f64], after: &[f64]) -> Result<Welch, StatsError> {
    let (m1, v1) = mean_var("Welch change (before)", before)?;
    let (m2, v2) = mean_var("Welch change (after)", after)?;
    let a = v1 / before.len() as f64;
    let b = v2 / after.len() as f64;
    let se2 = a + b;
    if se2 <= 0.0 {
        return Err(StatsError::NoVariance {
            what: "Welch change",
        });
    }
    let df = se2 * se2 / (a * a / (before.len() as f64 - 1.0) + b * b / (after.len() as f64 - 1.0));
    let se = se2.sqrt();
    let estimate = m2 - m1;
    let t = estimate / se;
    let half = t_quantile(df)? * se;
    Ok(Welch {
        estimate,
        se,
        df,
        t,
        p: t_p_value(t, df)?,
        ci_low: estimate - half,
        ci_high: estimate + half,
    })
}
