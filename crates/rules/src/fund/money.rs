//! Money in euro cents and calendar dates, both parsed from what people type.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// An amount of money in cents. Never a float, so that sums and caps are exact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Money(pub i64);

/// Why a typed amount is not money.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MoneyError {
    /// Nothing typed.
    #[error("no amount given")]
    Empty,
    /// Not a number ("abc", "12..5").
    #[error("'{0}' is not an amount (use digits, e.g. 120 or 120,50)")]
    NotANumber(String),
    /// More than two decimals.
    #[error("'{0}' has more than two decimals")]
    TooPrecise(String),
    /// Beyond any fund (more than a billion euros).
    #[error("'{0}' is too large")]
    TooLarge(String),
}

impl Money {
    /// Zero euros.
    pub const ZERO: Money = Money(0);

    /// Whole euros.
    pub const fn euros(e: i64) -> Money {
        Money(e * 100)
    }

    /// The amount in cents.
    pub const fn cents(self) -> i64 {
        self.0
    }

    /// The amount in euros as a float, for display and statistics only.
    pub fn as_f64(self) -> f64 {
        self.0 as f64 / 100.0
    }

    /// Whether the amount is below zero.
    pub const fn is_negative(self) -> bool {
        self.0 < 0
    }

    /// Sum of amounts, saturating instead of overflowing.
    pub fn sum<I: IntoIterator<Item = Money>>(items: I) -> Money {
        Money(items.into_iter().fold(0i64, |a, m| a.saturating_add(m.0)))
    }

    /// `self * percent / 100`, rounded down to the cent.
    pub fn percent(self, percent: u32) -> Money {
        Money(((i128::from(self.0) * i128::from(percent)) / 100) as i64)
    }

    /// Saturating addition.
    pub fn plus(self, other: Money) -> Money {
        Money(self.0.saturating_add(other.0))
    }

    /// Saturating subtraction.
    pub fn minus(self, other: Money) -> Money {
        Money(self.0.saturating_sub(other.0))
    }
}

impl FromStr for Money {
    type Err = MoneyError;

    /// Parses "120", "120.5", "120,50", "1.200,50", "1 200", "€ 120", "-5" (negative amounts parse;
    /// the rules reject them with the line named).
    fn from_str(raw: &str) -> Result<Self, Self::Err> {
        let s: String = raw
            .trim()
            .trim_start_matches('€')
            .trim_end_matches('€')
            .trim()
            .trim_end_matches("EUR")
            .trim()
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '\u{a0}' && *c != '\u{202f}')
            .collect();
        if s.is_empty() {
            return Err(MoneyError::Empty);
        }
        let (negative, body) = match s.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, s.as_str()),
        };
        // The last '.' or ',' followed by one or two digits is the decimal mark; other marks group thousands.
        let (int_part, frac_part) = match body.rfind(['.', ',']) {
            Some(pos) if body.len() - pos - 1 <= 2 && body.len() - pos > 1 => {
                (&body[..pos], &body[pos + 1..])
            }
            Some(pos) if body.len() - pos - 1 == 3 => (body, ""),
            Some(pos)
                if body.len() - pos - 1 > 3
                    && body[pos + 1..].chars().all(|c| c.is_ascii_digit()) =>
            {
                return Err(MoneyError::TooPrecise(raw.trim().to_string()));
            }
            Some(_) => return Err(MoneyError::NotANumber(raw.trim().to_string())),
            None => (body, ""),
        };
        let digits: String = int_part
            .chars()
            .filter(|c| *c != '.' && *c != ',')
            .collect();
        if digits.is_empty() && frac_part.is_empty()
            || !digits.chars().all(|c| c.is_ascii_digit())
            || !frac_part.chars().all(|c| c.is_ascii_digit())
            || grouping_is_broken(int_part)
        {
            return Err(MoneyError::NotANumber(raw.trim().to_string()));
        }
        if digits.len() > 10 {
            return Err(MoneyError::TooLarge(raw.trim().to_string()));
        }
        let euros: i64 = if digits.is_empty() {
            0
        } else {
            digits
                .parse()
                .map_err(|_| MoneyError::NotANumber(raw.trim().to_string()))?
        };
        let cents: i64 = match frac_part.len() {
            0 => 0,
            1 => frac_part.parse::<i64>().unwrap_or(0) * 10,
            _ => frac_part.parse::<i64>().unwrap_or(0),
        };
        let total = euros * 100 + cents;
        Ok(Money(if negative { -total } else { total }))
    }
}

/// "1.2.3" or "12,34.5" style grouping marks that are not every three digits.
fn grouping_is_broken(int_part: &str) -> bool {
    let groups: Vec<&str> = int_part.split(['.', ',']).collect();
    if groups.len() == 1 {
        return false;
    }
    groups[0].is_empty() || groups[0].len() > 3 || groups[1..].iter().any(|g| g.len() != 3)
}

impl fmt::Display for Money {
    /// "1234.50" (plain, for forms and CSV); use [`Money::format_de`] for German display.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let a = self.0.unsigned_abs();
        write!(f, "{sign}{}.{:02}", a / 100, a % 100)
    }
}

impl Serialize for Money {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_string())
    }
}

impl<'de> Deserialize<'de> for Money {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            Int(i64),
            Float(f64),
            Text(String),
        }
        match Raw::deserialize(d)? {
            Raw::Int(i) => i
                .checked_mul(100)
                .map(Money)
                .ok_or_else(|| serde::de::Error::custom("amount too large")),
            Raw::Float(x) if x.is_finite() && x.abs() < 1e10 => {
                Ok(Money((x * 100.0).round() as i64))
            }
            Raw::Float(_) => Err(serde::de::Error::custom("amount out of range")),
            Raw::Text(t) => t.parse().map_err(serde::de::Error::custom),
        }
    }
}

/// A calendar date (proleptic Gregorian), ordered, parsed from ISO "2024-06-15" or German "15.06.2024".
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Year.
    pub year: i32,
    /// Month 1–12.
    pub month: u8,
    /// Day 1–31.
    pub day: u8,
}

/// Why a typed date is not a date.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("'{0}' is not a date (use 2024-06-15 or 15.06.2024)")]
pub struct DateError(pub String);

impl Date {
    /// A date if it exists in the calendar.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
            2 => 28,
            _ => return None,
        };
        (1..=days)
            .contains(&day)
            .then_some(Date { year, month, day })
    }
}

impl FromStr for Date {
    type Err = DateError;
    fn from_str(raw: &str) -> Result<Self, Self::Err> {
        let s = raw.trim();
        let err = || DateError(s.to_string());
        let parts: Vec<&str>;
        let (y, m, d) = if s.contains('-') {
            parts = s.split('-').collect();
            if parts.len() != 3 || parts[0].len() != 4 {
                return Err(err());
            }
            (parts[0], parts[1], parts[2])
        } else {
            parts = s.split('.').collect();
            if parts.len() != 3 || parts[2].len() != 4 {
                return Err(err());
            }
            (parts[2], parts[1], parts[0])
        };
        let num = |x: &str| -> Result<u32, DateError> {
            if x.is_empty() || x.len() > 4 || !x.chars().all(|c| c.is_ascii_digit()) {
                return Err(err());
            }
            x.parse().map_err(|_| err())
        };
        let (y, m, d) = (num(y)?, num(m)?, num(d)?);
        let (Ok(m), Ok(d)) = (u8::try_from(m), u8::try_from(d)) else {
            return Err(err());
        };
        Date::new(y as i32, m, d).ok_or_else(err)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_string())
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d)?
            .parse()
            .map_err(serde::de::Error::custom)
    }
}

/// A day of the year without the year ("12-31"), for deadlines that repeat every year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct MonthDay {
    /// Month 1–12.
    pub month: u8,
    /// Day 1–31.
    pub day: u8,
}

impl MonthDay {
    /// This day in a given year (29 February falls back to 28 in other years).
    pub fn in_year(self, year: i32) -> Date {
        Date::new(year, self.month, self.day).unwrap_or(Date {
            year,
            month: self.month,
            day: 28,
        })
    }
}

impl FromStr for MonthDay {
    type Err = DateError;
    fn from_str(raw: &str) -> Result<Self, Self::Err> {
        let s = raw.trim();
        let err = || DateError(s.to_string());
        let (m, d) = s.split_once('-').ok_or_else(err)?;
        let m: u8 = m.parse().map_err(|_| err())?;
        let d: u8 = d.parse().map_err(|_| err())?;
        Date::new(2000, m, d).ok_or_else(err)?;
        Ok(MonthDay { month: m, day: d })
    }
}

impl fmt::Display for MonthDay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}-{:02}", self.month, self.day)
    }
}

impl Serialize for MonthDay {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_string())
    }
}

impl<'de> Deserialize<'de> for MonthDay {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d)?
            .parse()
            .map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_what_people_type() {
        let m = |s: &str| s.parse::<Money>();
        assert_eq!(m("120"), Ok(Money(12000)));
        assert_eq!(m("120,5"), Ok(Money(12050)));
        assert_eq!(m("120.50"), Ok(Money(12050)));
        assert_eq!(m("1.200,50"), Ok(Money(120050)));
        assert_eq!(m("1,200.50"), Ok(Money(120050)));
        assert_eq!(m("1.200"), Ok(Money(120000)));
        assert_eq!(m("€ 410"), Ok(Money(41000)));
        assert_eq!(m("410 €"), Ok(Money(41000)));
        assert_eq!(m("-5"), Ok(Money(-500)));
        assert_eq!(m(",5"), Ok(Money(50)));
        assert!(matches!(m(""), Err(MoneyError::Empty)));
        assert!(matches!(m("abc"), Err(MoneyError::NotANumber(_))));
        assert!(matches!(m("12..5"), Err(MoneyError::NotANumber(_))));
        assert!(matches!(m("1.2.3"), Err(MoneyError::NotANumber(_))));
        assert!(matches!(m("1.2345"), Err(MoneyError::TooPrecise(_))));
        assert!(matches!(m("99999999999999"), Err(MoneyError::TooLarge(_))));
        assert_eq!(Money(-12050).to_string(), "-120.50");
    }

    #[test]
    fn dates() {
        assert_eq!("2024-02-29".parse::<Date>().ok(), Date::new(2024, 2, 29));
        assert!("2023-02-29".parse::<Date>().is_err());
        assert_eq!("15.06.2024".parse::<Date>().ok(), Date::new(2024, 6, 15));
        assert!("2024-13-01".parse::<Date>().is_err());
        assert!("tomorrow".parse::<Date>().is_err());
        let md: MonthDay = "12-31".parse().expect("valid");
        assert_eq!(md.in_year(2024).to_string(), "2024-12-31");
        assert!("02-30".parse::<MonthDay>().is_err());
    }
}
