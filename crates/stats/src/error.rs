//! Shared error type of the statistics crate.

use thiserror::Error;

/// Errors raised by the statistical routines of this crate.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum StatsError {
    /// Two inputs that must describe the same areas have different lengths.
    #[error("length mismatch: {what} has {found} entries, expected {expected}")]
    LengthMismatch {
        /// Which input was inconsistent.
        what: &'static str,
        /// Expected number of entries.
        expected: usize,
        /// Number of entries found.
        found: usize,
    },
    /// Not enough observations for the requested statistic.
    #[error("too few observations: {found} given, at least {needed} needed")]
    TooFewObservations {
        /// Minimum number of observations.
        needed: usize,
        /// Number of observations given.
        found: usize,
    },
    /// A value is NaN or infinite.
    #[error("non-finite value at position {index}")]
    NonFinite {
        /// Position of the offending value.
        index: usize,
    },
    /// The variable is constant, so the statistic is undefined.
    #[error("the variable has zero variance")]
    ZeroVariance,
    /// The spatial weights contain no link at all.
    #[error("the spatial weights have no links (sum of weights is zero)")]
    NoLinks,
    /// A neighbour index points outside the set of areas.
    #[error("neighbour index {neighbour} of area {area} is out of range (n = {n})")]
    NeighbourOutOfRange {
        /// Area whose list is wrong.
        area: usize,
        /// Offending neighbour index.
        neighbour: usize,
        /// Number of areas.
        n: usize,
    },
    /// A parameter is outside its valid range.
    #[error("invalid parameter {name}: {reason}")]
    InvalidParameter {
        /// Parameter name.
        name: &'static str,
        /// Why it is invalid.
        reason: String,
    },
    /// A geometry is empty or degenerate (for example no centroid).
    #[error("geometry {index} is empty or degenerate")]
    EmptyGeometry {
        /// Position of the geometry.
        index: usize,
    },
    /// A weights file could not be parsed.
    #[error("cannot parse weights file at line {line}: {reason}")]
    Parse {
        /// 1-based line number.
        line: usize,
        /// What went wrong.
        reason: String,
    },
    /// A matrix that must be inverted is singular.
    #[error("matrix is singular or not positive definite")]
    SingularMatrix,
}

/// Convenience result alias.
pub type Result<T> = std::result::Result<T, StatsError>;

/// Checks that all values are finite.
pub(crate) fn check_finite(values: &[f64]) -> Result<()> {
    match values.iter().position(|v| !v.is_finite()) {
        Some(index) => Err(StatsError::NonFinite { index }),
        None => Ok(()),
    }
}

/// Checks that `found == expected`.
pub(crate) fn check_len(what: &'static str, expected: usize, found: usize) -> Result<()> {
    if expected == found {
        Ok(())
    } else {
        Err(StatsError::LengthMismatch {
            what,
            expected,
            found,
        })
    }
}
