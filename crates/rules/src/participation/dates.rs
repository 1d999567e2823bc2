//! ISO dates and instants as the participation module reads them (import files, forms).

use time::format_description::well_known::Rfc3339;
use time::macros::format_description;
use time::{Date, OffsetDateTime, PrimitiveDateTime};

/// Parses an ISO date (`2024-05-03`), a local date-time (`2024-05-03T14:30` or with seconds,
/// read as UTC) or an RFC 3339 instant (`2024-05-03T14:30:00+02:00`) into Unix seconds.
pub fn parse_instant(s: &str) -> Option<i64> {
    let s = s.trim();
    if let Ok(t) = OffsetDateTime::parse(s, &Rfc3339) {
        return Some(t.unix_timestamp());
    }
    let s = s.trim_end_matches(" UTC").trim_end_matches('Z');
    if let Ok(t) = OffsetDateTime::parse(
        s,
        format_description!(
            "[year]-[month]-[day] [hour]:[minute]:[second] [offset_hour sign:mandatory][offset_minute]"
        ),
    ) {
        return Some(t.unix_timestamp());
    }
    let s = s.replacen(' ', "T", 1);
    let s = s.as_str();
    if let Ok(t) = PrimitiveDateTime::parse(
        s,
        format_description!("[year]-[month]-[day]T[hour]:[minute]:[second]"),
    ) {
        return Some(t.assume_utc().unix_timestamp());
    }
    if let Ok(t) = PrimitiveDateTime::parse(
        s,
        format_description!("[year]-[month]-[day]T[hour]:[minute]"),
    ) {
        return Some(t.assume_utc().unix_timestamp());
    }
    parse_date(s).map(|d| d.midnight().assume_utc().unix_timestamp())
}

/// Parses an ISO calendar date (`YYYY-MM-DD`).
pub fn parse_date(s: &str) -> Option<Date> {
    Date::parse(s.trim(), format_description!("[year]-[month]-[day]")).ok()
}

/// The calendar date (UTC) of a Unix instant.
pub fn date_of(unix: i64) -> Option<Date> {
    OffsetDateTime::from_unix_timestamp(unix)
        .ok()
        .map(|t| t.date())
}

/// Whole days from `from` to `to` (Unix seconds), never negative.
pub fn days_between(from: i64, to: i64) -> i64 {
    ((to - from) / 86_400).max(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_iso_forms() {
        assert_eq!(parse_instant("1970-01-02"), Some(86_400));
        assert_eq!(parse_instant("1970-01-01T01:00"), Some(3_600));
        assert_eq!(parse_instant("1970-01-01T01:00:05"), Some(3_605));
        assert_eq!(parse_instant("1970-01-01 01:00:05"), Some(3_605));
        assert_eq!(parse_instant("1970-01-01T02:00:00+01:00"), Some(3_600));
        assert_eq!(parse_instant("1970-01-01T00:00:00Z"), Some(0));
        // Ruby's default form, as in Decidim's exports.
        assert_eq!(parse_instant("1970-01-01 02:00:00 +0100"), Some(3_600));
        assert_eq!(parse_instant("1970-01-01 01:00:00 UTC"), Some(3_600));
        assert_eq!(parse_instant("03.05.2024"), None);
        assert_eq!(parse_instant("2024-02-30"), None);
        assert_eq!(parse_instant(""), None);
    }

    #[test]
    fn days() {
        assert_eq!(days_between(0, 86_400 * 3 + 5), 3);
        assert_eq!(days_between(100, 0), 0);
        assert_eq!(
            date_of(86_400).map(|d| d.to_string()),
            Some("1970-01-02".into())
        );
    }
}
