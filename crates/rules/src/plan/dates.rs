//! Calendar dates of the plan: parsing, day numbers, month arithmetic.

/// A calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Ymd {
    /// Year.
    pub y: i32,
    /// Month 1–12.
    pub m: u32,
    /// Day 1–31.
    pub d: u32,
}

/// Days in a month.
pub fn month_days(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

/// Parses `YYYY-MM-DD` (a real calendar date) or `YYYY-MM` (first of the month).
pub fn parse_date(s: &str) -> Option<Ymd> {
    let s = s.trim();
    let mut parts = s.split('-');
    let y: i32 = parts.next()?.parse().ok()?;
    let m: u32 = parts.next()?.parse().ok()?;
    let d: u32 = match parts.next() {
        Some(p) if p.len() == 2 => p.parse().ok()?,
        Some(_) => return None,
        None => 1,
    };
    if parts.next().is_some() || !(1000..=9999).contains(&y) || !(1..=12).contains(&m) {
        return None;
    }
    if s.len() != 10 && s.len() != 7 {
        return None;
    }
    (d >= 1 && d <= month_days(y, m)).then_some(Ymd { y, m, d })
}

/// Parses a full day `YYYY-MM-DD` as typed (no month-only form, no surrounding
/// blanks): the form of every date field of the plan.
pub fn parse_day(s: &str) -> Option<Ymd> {
    parse_date(s).filter(|_| s.len() == 10)
}

/// Days since 1970-01-01 (proleptic Gregorian calendar).
pub fn day_number(t: Ymd) -> i64 {
    let y = i64::from(t.y) - i64::from(t.m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(t.m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(t.d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The last second (Unix time, UTC) of a date.
pub fn end_of_day(t: Ymd) -> i64 {
    day_number(t) * 86_400 + 86_399
}

/// `YYYY-MM-DD`.
pub fn iso(t: Ymd) -> String {
    format!("{:04}-{:02}-{:02}", t.y, t.m, t.d)
}

/// Adds `n` months (to the first of the month).
pub fn add_months(t: Ymd, n: i32) -> Ymd {
    let idx = t.y * 12 + (t.m as i32 - 1) + n;
    Ymd {
        y: idx.div_euclid(12),
        m: (idx.rem_euclid(12) + 1) as u32,
        d: 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Ymd {
        parse_date(s).unwrap_or(Ymd { y: 0, m: 0, d: 0 })
    }

    #[test]
    fn parses_and_rejects_dates() {
        assert_eq!(
            d("2024-02-29"),
            Ymd {
                y: 2024,
                m: 2,
                d: 29
            }
        );
        assert_eq!(
            d("2024-07"),
            Ymd {
                y: 2024,
                m: 7,
                d: 1
            }
        );
        assert!(parse_date("2023-02-29").is_none());
        assert!(parse_date("2023-13-01").is_none());
        assert!(parse_date("2023-1-01").is_none());
        assert!(parse_date("31.12.2023").is_none());
        assert!(parse_date("").is_none());
    }

    #[test]
    fn full_days_only() {
        assert_eq!(parse_day("2024-07-01"), Some(d("2024-07-01")));
        assert!(parse_day("2024-07").is_none());
        assert!(parse_day(" 2024-07-01").is_none());
    }

    #[test]
    fn day_numbers() {
        assert_eq!(day_number(d("1970-01-01")), 0);
        assert_eq!(day_number(d("2000-03-01")), 11_017);
        assert_eq!(day_number(d("2024-03-01")) - day_number(d("2024-02-28")), 2);
        assert_eq!(end_of_day(d("1970-01-02")), 2 * 86_400 - 1);
    }

    #[test]
    fn month_arithmetic() {
        assert_eq!(add_months(d("2024-11-15"), 3), d("2025-02-01"));
        assert_eq!(add_months(d("2024-01-31"), -1), d("2023-12-01"));
        assert_eq!(month_days(2100, 2), 28);
        assert_eq!(month_days(2000, 2), 29);
        assert_eq!(iso(d("2024-07")), "2024-07-01");
    }
}
