//! Exact decimal amounts for elections: costs and budgets as integers of 10⁻⁹ units.

use std::fmt;

/// An exact non-negative decimal with nine fractional digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Amount(pub i128);

/// 10⁹: one unit.
pub const UNIT: i128 = 1_000_000_000;

impl Amount {
    /// Whole units.
    pub const fn units(u: i64) -> Amount {
        Amount(u as i128 * UNIT)
    }

    /// As a float, for the inner arithmetic of Equal Shares.
    pub fn as_f64(self) -> f64 {
        self.0 as f64 / UNIT as f64
    }

    /// Saturating sum.
    pub fn sum<I: IntoIterator<Item = Amount>>(it: I) -> Amount {
        Amount(it.into_iter().fold(0i128, |a, b| a.saturating_add(b.0)))
    }

    /// Parses "1500", "1500.5", "1500,50" (comma as decimal mark, as pabutools does).
    /// Returns a message for the reader's error.
    pub fn parse(raw: &str) -> Result<Amount, String> {
        let s = raw.trim().replace(',', ".");
        if s.is_empty() {
            return Err("empty number".into());
        }
        let (int, frac) = s.split_once('.').unwrap_or((s.as_str(), ""));
        if (int.is_empty() && frac.is_empty())
            || !int.chars().all(|c| c.is_ascii_digit())
            || !frac.chars().all(|c| c.is_ascii_digit())
        {
            if s.starts_with('-') {
                return Err(format!("'{}' is negative", raw.trim()));
            }
            return Err(format!("'{}' is not a number", raw.trim()));
        }
        if int.len() > 18 {
            return Err(format!("'{}' is too large", raw.trim()));
        }
        let frac = frac.trim_end_matches('0');
        if frac.len() > 9 {
            return Err(format!("'{}' has more than nine decimals", raw.trim()));
        }
        let i: i128 = if int.is_empty() {
            0
        } else {
            int.parse()
                .map_err(|_| format!("'{}' is not a number", raw.trim()))?
        };
        let mut f: i128 = if frac.is_empty() {
            0
        } else {
            frac.parse()
                .map_err(|_| format!("'{}' is not a number", raw.trim()))?
        };
        for _ in frac.len()..9 {
            f *= 10;
        }
        Ok(Amount(i * UNIT + f))
    }
}

impl fmt::Display for Amount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let int = self.0 / UNIT;
        let frac = (self.0 % UNIT).abs();
        if frac == 0 {
            write!(f, "{int}")
        } else {
            let s = format!("{frac:09}");
            write!(f, "{int}.{}", s.trim_end_matches('0'))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_decimals_exactly() {
        assert_eq!(Amount::parse("1500"), Ok(Amount::units(1500)));
        assert_eq!(
            Amount::parse("1500,5").map(|a| a.to_string()),
            Ok("1500.5".into())
        );
        assert_eq!(Amount::parse(" 0.000000001 "), Ok(Amount(1)));
        assert_eq!(
            Amount::parse("12.50").map(|a| a.to_string()),
            Ok("12.5".into())
        );
        assert!(Amount::parse("-3").is_err());
        assert!(Amount::parse("1e6").is_err());
        assert!(Amount::parse("").is_err());
        assert!(Amount::parse(".").is_err());
        assert!(Amount::parse("1.0000000001").is_err());
    }
}
