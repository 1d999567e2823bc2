//! German local time (CET/CEST) of events: the offset from UTC by the EU rule
//! (summer time from the last Sunday of March, 01:00 UTC, to the last Sunday of
//! October, 01:00 UTC), and the `YYYY-MM-DDTHH:MM` form of the event forms.

use time::{Date, Month, OffsetDateTime, PrimitiveDateTime};

fn last_sunday(year: i32, month: Month) -> Option<Date> {
    let last = Date::from_calendar_date(year, month, 31).ok()?;
    let back = last.weekday().number_days_from_sunday();
    last.checked_sub(time::Duration::days(i64::from(back)))
}

/// Offset of German local time from UTC at the UTC instant `utc`, in seconds.
pub fn berlin_offset(utc: i64) -> i64 {
    let Ok(t) = OffsetDateTime::from_unix_timestamp(utc) else {
        return 3600;
    };
    let y = t.year();
    let start =
        last_sunday(y, Month::March).map(|d| d.midnight().assume_utc().unix_timestamp() + 3600);
    let end =
        last_sunday(y, Month::October).map(|d| d.midnight().assume_utc().unix_timestamp() + 3600);
    match (start, end) {
        (Some(s), Some(e)) if utc >= s && utc < e => 7200,
        _ => 3600,
    }
}

/// Local German time of a UTC instant as `YYYY-MM-DDTHH:MM`.
pub fn local_input(utc: i64) -> String {
    OffsetDateTime::from_unix_timestamp(utc + berlin_offset(utc))
        .map(|t| {
            format!(
                "{:04}-{:02}-{:02}T{:02}:{:02}",
                t.year(),
                u8::from(t.month()),
                t.day(),
                t.hour(),
                t.minute()
            )
        })
        .unwrap_or_default()
}

/// Parses `YYYY-MM-DDTHH:MM` (or with a blank for the `T`) German local time into
/// a UTC instant.
pub fn parse_local(s: &str) -> Option<i64> {
    let s = s.trim();
    let (d, t) = s.split_once('T').or_else(|| s.split_once(' '))?;
    let mut dp = d.split('-');
    let y: i32 = dp.next()?.parse().ok()?;
    let mo: u8 = dp.next()?.parse().ok()?;
    let da: u8 = dp.next()?.parse().ok()?;
    let (h, mi) = t.split_once(':')?;
    let h: u8 = h.parse().ok()?;
    let mi: u8 = mi.get(..2).unwrap_or(mi).parse().ok()?;
    let date = Date::from_calendar_date(y, Month::try_from(mo).ok()?, da).ok()?;
    let naive = PrimitiveDateTime::new(date, time::Time::from_hms(h, mi, 0).ok()?);
    let as_utc = naive.assume_utc().unix_timestamp();
    let guess = as_utc - 3600;
    Some(as_utc - berlin_offset(guess))
}

/// Midnight UTC of the first day of month `m` (1–12) of year `y`, as Unix seconds.
pub fn month_start(y: i32, m: u8) -> Option<i64> {
    let month = Month::try_from(m).ok()?;
    Some(
        Date::from_calendar_date(y, month, 1)
            .ok()?
            .midnight()
            .assume_utc()
            .unix_timestamp(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn berlin_time_switches_on_last_sundays() {
        // 2025-03-30 00:59:59 UTC is still winter time; 01:00 UTC is summer time.
        assert_eq!(berlin_offset(1_743_296_399), 3600);
        assert_eq!(berlin_offset(1_743_296_400), 7200);
        assert_eq!(parse_local("2025-07-01T18:00"), Some(1_751_385_600));
        assert_eq!(local_input(1_751_385_600), "2025-07-01T18:00");
        assert_eq!(
            parse_local("2025-01-15T09:30").map(local_input).as_deref(),
            Some("2025-01-15T09:30")
        );
        assert_eq!(parse_local("morgen"), None);
    }

    #[test]
    fn month_starts() {
        assert_eq!(month_start(1970, 1), Some(0));
        assert_eq!(month_start(1970, 2), Some(31 * 86_400));
        assert_eq!(month_start(2025, 13), None);
    }
}
