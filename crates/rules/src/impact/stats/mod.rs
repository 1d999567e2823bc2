//! Survey statistics as plain functions on plain numbers.
//!
//! Conventions (the same everywhere, checked against scipy/statsmodels/pingouin
//! in `tests/impact_reference.rs`):
//!
//! * intervals are two-sided 95 % intervals;
//! * standard deviations use `n − 1`;
//! * a mean's interval is `mean ± t(0.975, n − 1) · sd / √n`;
//! * change between two waves is Welch's: standard error `√(s₁²/n₁ + s₂²/n₂)`,
//!   Welch–Satterthwaite degrees of freedom, `t` quantile;
//! * shares get Wilson score intervals;
//! * Cronbach's alpha uses respondents who answered every item of the scale
//!   (listwise deletion);
//! * difference-in-differences is OLS of `y` on `1, pilot, after,
//!   pilot × after` with **HC3** heteroskedasticity-robust standard errors and
//!   a `t` quantile with `n − 4` degrees of freedom;
//! * nothing is reported for fewer than a minimum number of answers
//!   ([`MinN`], default 30 per area and wave).

mod alpha;
mod describe;
mod did;
mod welch;

use statrs::distribution::{ContinuousCDF, Normal, StudentsT};
use thiserror::Error;

pub use alpha::cronbach_alpha;
pub use describe::{Summary, Wilson, describe, distribution, wilson};
pub use did::{Did, DidObs, did};
pub use welch::{Welch, welch};

/// The confidence level of every interval.
pub const LEVEL: f64 = 0.95;

/// The default minimum number of answers per area and wave.
pub const DEFAULT_MIN_N: usize = 30;

/// Why a statistic cannot be computed or shown.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum StatsError {
    /// Fewer values than the statistic needs.
    #[error("{what} needs at least {needed} values, got {got}")]
    TooFew {
        /// What was being computed.
        what: &'static str,
        /// Values needed.
        needed: usize,
        /// Values given.
        got: usize,
    },
    /// A value is NaN or infinite.
    #[error("{what}: a value is not a finite number")]
    NotFinite {
        /// What was being computed.
        what: &'static str,
    },
    /// The data have no variance where the statistic needs some.
    #[error("{what}: the values do not vary")]
    NoVariance {
        /// What was being computed.
        what: &'static str,
    },
    /// More successes than trials.
    #[error("share: {successes} of {n} is impossible")]
    BadCount {
        /// Successes.
        successes: u64,
        /// Trials.
        n: u64,
    },
    /// The design matrix is singular (e.g. an empty cell).
    #[error("difference-in-differences: the design is singular (is a group or wave empty?)")]
    Singular,
    /// Fewer answers than the minimum for showing a result.
    #[error("{n} answers in {group}, fewer than the minimum of {min}: not shown")]
    BelowMinimum {
        /// Which group (area and wave).
        group: String,
        /// Answers there.
        n: usize,
        /// The minimum.
        min: usize,
    },
    /// A distribution could not be set up (degrees of freedom ≤ 0).
    #[error("distribution: {0}")]
    Distribution(String),
}

/// The minimum number of answers for a result to be shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MinN(pub usize);

impl Default for MinN {
    fn default() -> Self {
        MinN(DEFAULT_MIN_N)
    }
}

impl MinN {
    /// `Ok` when `n` reaches the minimum; otherwise [`StatsError::BelowMinimum`].
    pub fn check(self, group: &str, n: usize) -> Result<(), StatsError> {
        if n >= self.0 {
            Ok(())
        } else {
            Err(StatsError::BelowMinimum {
                group: group.to_string(),
                n,
                min: self.0,
            })
        }
    }
}

/// The two-sided `t` quantile for [`LEVEL`] with `df` degrees of freedom.
pub fn t_quantile(df: f64) -> Result<f64, StatsError> {
    let t = StudentsT::new(0.0, 1.0, df).map_err(|e| StatsError::Distribution(e.to_string()))?;
    Ok(t.inverse_cdf(0.5 + LEVEL / 2.0))
}

/// Two-sided p-value of a `t` statistic with `df` degrees of freedom.
pub fn t_p_value(t: f64, df: f64) -> Result<f64, StatsError> {
    let dist = StudentsT::new(0.0, 1.0, df).map_err(|e| StatsError::Distribution(e.to_string()))?;
    Ok(2.0 * dist.sf(t.abs()))
}

/// The two-sided standard normal quantile for [`LEVEL`].
pub fn z_quantile() -> Result<f64, StatsError> {
    let n = Normal::new(0.0, 1.0).map_err(|e| StatsError::Distribution(e.to_string()))?;
    Ok(n.inverse_cdf(0.5 + LEVEL / 2.0))
}

fn check_finite(what: &'static str, values: &[f64]) -> Result<(), StatsError> {
    if values.iter().all(|v| v.is_finite()) {
        Ok(())
    } else {
        Err(StatsError::NotFinite { what })
    }
}

/// A scale's summary for one area and wave, refused below the minimum.
pub fn summary_shown(group: &str, values: &[f64], min: MinN) -> Result<Summary, StatsError> {
    min.check(group, values.len())?;
    describe(values)
}

/// Change between two waves, refused when either wave is below the minimum.
pub fn change_shown(
    before: (&str, &[f64]),
    after: (&str, &[f64]),
    min: MinN,
) -> Result<Welch, StatsError> {
    min.check(before.0, before.1.len())?;
    min.check(after.0, after.1.len())?;
    welch(before.1, after.1)
}

/// Difference-in-differences, refused when any of the four cells (pilot /
/// comparison × before / after) is below the minimum.
pub fn did_shown(obs: &[DidObs], min: MinN) -> Result<Did, StatsError> {
    for (pilot, after, name) in [
        (true, false, "pilot area, before"),
        (true, true, "pilot area, after"),
        (false, false, "comparison areas, before"),
        (false, true, "comparison areas, after"),
    ] {
        let n = obs
            .iter()
            .filter(|o| o.pilot == pilot && o.after == after)
            .count();
        min.check(name, n)?;
    }
    did(obs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn below_minimum_is_refused() {
        let values: Vec<f64> = (0..29).map(f64::from).collect();
        let err = summary_shown("Mockau, baseline", &values, MinN::default());
        assert!(matches!(
            err,
            Err(StatsError::BelowMinimum { n: 29, min: 30, .. })
        ));
        let values: Vec<f64> = (0..30).map(f64::from).collect();
        assert!(summary_shown("Mockau, baseline", &values, MinN::default()).is_ok());
    }

    #[test]
    fn did_refuses_a_small_cell() {
        let mut obs = Vec::new();
        for i in 0..40 {
            for (pilot, after) in [(true, false), (true, true), (false, false), (false, true)] {
                if pilot && after && i >= 10 {
                    continue;
                }
                obs.push(DidObs {
                    pilot,
                    after,
                    y: f64::from(i % 5),
                });
            }
        }
        assert!(matches!(
            did_shown(&obs, MinN::default()),
            Err(StatsError::BelowMinimum { n: 10, .. })
        ));
        assert!(did_shown(&obs, MinN(10)).is_ok());
    }

    #[test]
    fn quantiles() {
        let z = z_quantile().expect("normal");
        assert!((z - 1.959_963_984_540_054).abs() < 1e-12);
        assert!(t_quantile(0.0).is_err());
    }
}
