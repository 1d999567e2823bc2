//! Fieldwork rules: wave dates and their status, sampling methods, answer
//! channels and invitation codes.

use serde::{Deserialize, Serialize};
use thiserror::Error;

/// Whether a wave takes answers on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum WaveStatus {
    /// Before the opening day.
    NotYetOpen,
    /// From the opening to the closing day, both included.
    Open,
    /// After the closing day.
    Closed,
}

/// A problem with fieldwork input.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum FieldworkError {
    /// A date is not `YYYY-MM-DD`.
    #[error("{field}: '{value}' is not a date of the form YYYY-MM-DD")]
    BadDate {
        /// The field.
        field: &'static str,
        /// The value.
        value: String,
    },
    /// The closing day lies before the opening day.
    #[error("the wave closes ({closes}) before it opens ({opens})")]
    ClosesBeforeOpening {
        /// Opening day.
        opens: String,
        /// Closing day.
        closes: String,
    },
    /// An invitation code of the wrong length or with characters outside the alphabet.
    #[error("an invitation code has {CODE_LEN} letters and digits, e.g. KX7P-M2QD-9RTA")]
    BadCode,
    /// An unknown sampling method.
    #[error("unknown sampling method '{0}'")]
    UnknownMethod(String),
    /// An unknown channel.
    #[error("unknown channel '{0}'")]
    UnknownChannel(String),
}

fn month_days(y: u32, m: u32) -> u32 {
    match m {
        2 if (y.is_multiple_of(4) && !y.is_multiple_of(100)) || y.is_multiple_of(400) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Checks an ISO date `YYYY-MM-DD`.
pub fn check_date(field: &'static str, value: &str) -> Result<(), FieldworkError> {
    let bad = || FieldworkError::BadDate {
        field,
        value: value.to_string(),
    };
    let b = value.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return Err(bad());
    }
    let num = |s: &str| s.parse::<u32>().map_err(|_| bad());
    let (y, m, d) = (num(&value[0..4])?, num(&value[5..7])?, num(&value[8..10])?);
    if !(1900..=2999).contains(&y) || !(1..=12).contains(&m) || d == 0 || d > month_days(y, m) {
        return Err(bad());
    }
    Ok(())
}

/// Checks a wave's opening and closing day.
pub fn check_wave_dates(opens: &str, closes: &str) -> Result<(), FieldworkError> {
    check_date("opens_on", opens)?;
    check_date("closes_on", closes)?;
    if closes < opens {
        return Err(FieldworkError::ClosesBeforeOpening {
            opens: opens.into(),
            closes: closes.into(),
        });
    }
    Ok(())
}

/// The status of a wave on `today` (all `YYYY-MM-DD`, compared as text).
pub fn wave_status(opens: &str, closes: &str, today: &str) -> WaveStatus {
    if today < opens {
        WaveStatus::NotYetOpen
    } else if today > closes {
        WaveStatus::Closed
    } else {
        WaveStatus::Open
    }
}

/// How respondents of a wave in an area were reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SamplingMethod {
    /// A random sample (e.g. from the population register) invited by letter
    /// with one invitation code each.
    RandomCodes,
    /// An open link anyone can use (convenience sample).
    OpenLink,
    /// Outreach on paper (e.g. at events, door to door), typed in by staff.
    PaperOutreach,
}

impl SamplingMethod {
    /// Every method.
    pub const ALL: [SamplingMethod; 3] = [
        SamplingMethod::RandomCodes,
        SamplingMethod::OpenLink,
        SamplingMethod::PaperOutreach,
    ];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            SamplingMethod::RandomCodes => "random_codes",
            SamplingMethod::OpenLink => "open_link",
            SamplingMethod::PaperOutreach => "paper_outreach",
        }
    }

    /// Parses a stored name.
    pub fn parse(s: &str) -> Result<SamplingMethod, FieldworkError> {
        SamplingMethod::ALL
            .into_iter()
            .find(|m| m.as_str() == s)
            .ok_or_else(|| FieldworkError::UnknownMethod(s.to_string()))
    }

    /// Whether the sample is random (and so supports inference to the area).
    pub fn is_random(self) -> bool {
        self == SamplingMethod::RandomCodes
    }
}

/// How one response came in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    /// Online with an invitation code.
    OnlineCode,
    /// Online through an open link.
    OnlineLink,
    /// A paper questionnaire typed in by staff.
    Paper,
    /// An interview (phone or in person) typed in by staff.
    Interview,
}

impl Channel {
    /// Every channel.
    pub const ALL: [Channel; 4] = [
        Channel::OnlineCode,
        Channel::OnlineLink,
        Channel::Paper,
        Channel::Interview,
    ];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Channel::OnlineCode => "online_code",
            Channel::OnlineLink => "online_link",
            Channel::Paper => "paper",
            Channel::Interview => "interview",
        }
    }

    /// Parses a stored name.
    pub fn parse(s: &str) -> Result<Channel, FieldworkError> {
        Channel::ALL
            .into_iter()
            .find(|c| c.as_str() == s)
            .ok_or_else(|| FieldworkError::UnknownChannel(s.to_string()))
    }
}

/// The letters and digits of invitation codes (no 0/O, 1/I/L, U/V).
pub const CODE_ALPHABET: &[u8] = b"23456789ABCDEFGHJKMNPQRSTWXYZ";
/// Characters in a code (without separators): 29^12 ≈ 3.5 · 10^17 codes.
pub const CODE_LEN: usize = 12;

/// A code from random bytes (one byte per character, reduced by rejection so
/// that every character is equally likely; returns `None` when the bytes do
/// not suffice — draw more).
pub fn code_from_bytes(bytes: &[u8]) -> Option<String> {
    let n = CODE_ALPHABET.len();
    let limit = 256 - 256 % n;
    let chars: Vec<u8> = bytes
        .iter()
        .filter(|b| usize::from(**b) < limit)
        .take(CODE_LEN)
        .map(|b| CODE_ALPHABET[usize::from(*b) % n])
        .collect();
    (chars.len() == CODE_LEN).then(|| String::from_utf8_lossy(&chars).into_owned())
}

/// A code for print: groups of four separated by dashes.
pub fn format_code(code: &str) -> String {
    code.as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join("-")
}

/// Normalises a typed code: case, spaces and dashes are ignored; characters
/// outside the alphabet (such as 0, O, 1, I) are rejected, not guessed.
pub fn normalise_code(input: &str) -> Result<String, FieldworkError> {
    let code: String = input
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| c.to_ascii_uppercase())
        .collect();
    let ok = code.len() == CODE_LEN && code.bytes().all(|b| CODE_ALPHABET.contains(&b));
    if ok {
        Ok(code)
    } else {
        Err(FieldworkError::BadCode)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_status() {
        assert!(check_date("opens_on", "2026-02-29").is_err());
        assert!(check_date("opens_on", "2028-02-29").is_ok());
        assert!(check_date("opens_on", "2026-2-1").is_err());
        assert!(matches!(
            check_wave_dates("2026-05-01", "2026-04-30"),
            Err(FieldworkError::ClosesBeforeOpening { .. })
        ));
        assert_eq!(
            wave_status("2026-05-01", "2026-05-31", "2026-04-30"),
            WaveStatus::NotYetOpen
        );
        assert_eq!(
            wave_status("2026-05-01", "2026-05-31", "2026-05-31"),
            WaveStatus::Open
        );
        assert_eq!(
            wave_status("2026-05-01", "2026-05-31", "2026-06-01"),
            WaveStatus::Closed
        );
    }

    #[test]
    fn codes_round_trip() {
        let bytes: Vec<u8> = (0u8..=255).collect();
        let code = code_from_bytes(&bytes).expect("enough bytes");
        assert_eq!(code.len(), CODE_LEN);
        let printed = format_code(&code);
        assert_eq!(printed.len(), CODE_LEN + 2);
        assert_eq!(
            normalise_code(&printed.to_lowercase()).expect("valid"),
            code
        );
        assert_eq!(
            normalise_code("KX7P-M2QD-9RT"),
            Err(FieldworkError::BadCode)
        );
        assert_eq!(
            normalise_code("KX7P-M2QD-9RT0"),
            Err(FieldworkError::BadCode)
        );
        assert!(code_from_bytes(&[255; 40]).is_none());
    }

    #[test]
    fn names_parse() {
        for m in SamplingMethod::ALL {
            assert_eq!(SamplingMethod::parse(m.as_str()), Ok(m));
        }
        for c in Channel::ALL {
            assert_eq!(Channel::parse(c.as_str()), Ok(c));
        }
        assert!(Channel::parse("fax").is_err());
    }
}
