//! Years in column headers (`2019`, `Arbeitslose_2019`, `2018_Anzahl`, `Einwohner (Dez
//! 2013)`) and in year columns (`2020`, `202012`, `2020-12`, `31.12.2020`).

use std::collections::{BTreeMap, BTreeSet};

use crate::detection::{Confidence, Detected, Mapping, YearColumn};
use crate::grid::Cell;
use crate::model::{Collector, Severity};

use super::{YEAR_NAMES, cell, norm};

/// Words after which a year is part of a name, not the year of the data ("bis 2019").
const PREPOSITIONS: &[&str] = &[
    "bis", "ab", "seit", "vor", "nach", "von", "vom", "zum", "zur", "um", "im", "in", "jahr",
    "jahrgang", "geboren", "since", "until", "before", "after", "from", "to",
];

/// Month names and date words allowed in a parenthesised date such as "(Dez 2013)".
const DATE_WORDS: &[&str] = &[
    "jan",
    "januar",
    "feb",
    "februar",
    "mär",
    "märz",
    "mrz",
    "apr",
    "april",
    "mai",
    "jun",
    "juni",
    "jul",
    "juli",
    "aug",
    "august",
    "sep",
    "sept",
    "september",
    "okt",
    "oktober",
    "nov",
    "november",
    "dez",
    "dezember",
    "stand",
    "am",
    "ende",
    "mitte",
    "jahresende",
    "stichtag",
    "dec",
    "oct",
    "may",
    "mar",
];

/// Names of columns that total the year columns of a year-per-column table.
pub(crate) const TOTAL_HEADERS: &[&str] = &[
    "gesamt",
    "insgesamt",
    "summe",
    "total",
    "mittelwert",
    "durchschnitt",
    "mittel",
    "alle",
    "veränderung",
    "differenz",
];

/// A 4-digit year 1900–2100 (a trailing footnote mark `*` is allowed).
pub(crate) fn plain_year(s: &str) -> Option<i32> {
    let t = s.trim().trim_end_matches('*').trim();
    if t.len() == 4 && t.bytes().all(|b| b.is_ascii_digit()) {
        let y: i32 = t.parse().ok()?;
        return (1900..=2100).contains(&y).then_some(y);
    }
    None
}

/// How a header carries a year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum HeaderYear {
    /// The whole header is the year.
    Year(i32),
    /// A name with a year; `how` is the evidence.
    Named {
        name: String,
        year: i32,
        how: &'static str,
    },
}

fn split_year_suffix(t: &str) -> Option<(&str, char, i32)> {
    let cut = t.len().checked_sub(4)?;
    let (head, tail) = (t.get(..cut)?, t.get(cut..)?);
    let y = plain_year(tail)?;
    let sep = head.chars().last()?;
    if sep.is_ascii_digit() {
        return None;
    }
    let name = head.trim_end_matches(['_', '-', ' ', '.']);
    let sep = if matches!(sep, '_' | '-' | ' ' | '.') {
        sep
    } else {
        '\0'
    };
    Some((name, sep, y))
}

fn split_year_prefix(t: &str) -> Option<(&str, char, i32)> {
    let (head, tail) = (t.get(..4)?, t.get(4..)?);
    let y = plain_year(head)?;
    let sep = tail.chars().next()?;
    if !matches!(sep, '_' | '-' | ' ' | '.') {
        return None;
    }
    let name = tail.trim_start_matches(['_', '-', ' ', '.']);
    (!name.is_empty() && !name.starts_with(|c: char| c.is_ascii_digit())).then_some((name, sep, y))
}

fn ends_with_preposition(name: &str) -> bool {
    name.rsplit(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty())
        .is_some_and(|w| PREPOSITIONS.contains(&w.to_lowercase().as_str()))
}

/// `Arbeitslose (Dez 2013)` → ("Arbeitslose", 2013).
fn parenthesised(t: &str) -> Option<(String, i32)> {
    let t = t.trim();
    let inner_start = t.rfind('(')?;
    let inner = t.get(inner_start + 1..)?.strip_suffix(')')?;
    let name = t.get(..inner_start)?.trim();
    if name.is_empty() {
        return None;
    }
    let mut year = None;
    for w in inner.split(|c: char| c.is_whitespace() || c == ',' || c == '/') {
        let w = w.trim_matches('.');
        if w.is_empty() {
            continue;
        }
        if let Some(y) = plain_year(w) {
            if year.replace(y).is_some() {
                return None;
            }
        } else if let Some((_, y)) = w
            .rsplit_once('.')
            .and_then(|(a, b)| plain_year(b).map(|y| (a, y)))
        {
            // "31.12.2013"
            if year.replace(y).is_some() {
                return None;
            }
        } else if !(DATE_WORDS.contains(&w.to_lowercase().as_str())
            || w.bytes().all(|b| b.is_ascii_digit() || b == b'.'))
        {
            return None;
        }
    }
    year.map(|y| (name.to_string(), y))
}

/// Classifies every header. A year glued to a name with a space counts only when the same
/// name comes with two or more years and the name does not end in a preposition ("bis").
pub(crate) fn classify(headers: &[String]) -> Vec<Option<HeaderYear>> {
    let mut by_stem: BTreeMap<String, BTreeSet<i32>> = BTreeMap::new();
    for h in headers {
        let t = h.trim();
        if let Some((name, _, y)) = split_year_suffix(t).or_else(|| split_year_prefix(t)) {
            by_stem.entry(name.to_lowercase()).or_default().insert(y);
        }
    }
    headers
        .iter()
        .map(|h| {
            let t = h.trim();
            if let Some(y) = plain_year(t) {
                return Some(HeaderYear::Year(y));
            }
            if let Some((name, year)) = parenthesised(t) {
                return Some(HeaderYear::Named {
                    name,
                    year,
                    how: "date in parentheses",
                });
            }
            let repeated = |name: &str| {
                by_stem
                    .get(&name.to_lowercase())
                    .is_some_and(|s| s.len() >= 2)
            };
            if let Some((name, sep, year)) = split_year_suffix(t)
                && !name.is_empty()
                && !ends_with_preposition(name)
                && (matches!(sep, '_' | '-' | '.') || repeated(name))
            {
                return Some(HeaderYear::Named {
                    name: name.to_string(),
                    year,
                    how: "year after the name",
                });
            }
            if let Some((name, sep, year)) = split_year_prefix(t)
                && (matches!(sep, '_' | '-') || repeated(name))
            {
                return Some(HeaderYear::Named {
                    name: name.to_string(),
                    year,
                    how: "year before the name",
                });
            }
            None
        })
        .collect()
}

/// A year column value: year and, for `202012`, `2020-12` or `31.12.2020`, the month.
pub(crate) fn period(c: &Cell) -> Option<(i32, Option<u32>)> {
    let t = match c {
        Cell::Number(n) if n.fract() == 0.0 => format!("{}", *n as i64),
        Cell::Number(_) | Cell::Empty => return None,
        Cell::Text(t) => t.trim().to_string(),
    };
    let digits = t.bytes().all(|b| b.is_ascii_digit());
    let year = |s: &str| s.parse::<i32>().ok().filter(|y| (1000..=3000).contains(y));
    let month = |s: &str| s.parse::<u32>().ok().filter(|m| (1..=12).contains(m));
    if digits {
        return match t.len() {
            4 => year(&t).map(|y| (y, None)),
            6 => Some((year(t.get(..4)?)?, Some(month(t.get(4..)?)?))),
            8 => Some((year(t.get(..4)?)?, Some(month(t.get(4..6)?)?))),
            _ => None,
        };
    }
    let parts: Vec<&str> = t
        .split(['-', '/', '.', ' '])
        .filter(|p| !p.is_empty())
        .collect();
    match parts.as_slice() {
        // 2020-12, 2020-12-31, 2020/21 (school year: first year)
        [y, m, ..] if y.len() == 4 => {
            let y = year(y)?;
            Some((y, month(m).filter(|_| m.len() <= 2 && parts.len() <= 3)))
        }
        // 12/2020, 31.12.2020
        [.., m, y] if y.len() == 4 => Some((year(y)?, month(m))),
        _ => None,
    }
}

/// The year column: the given one, or a column named like a year whose values are years
/// (or year and month). A column named like a year whose values are not is reported.
pub(super) fn choose_column(
    headers: &[String],
    normed: &[String],
    data: &[(usize, Vec<Cell>)],
    area_col: usize,
    mapping: &Mapping,
    problems: &mut Collector,
    header_line: usize,
) -> (Option<usize>, Detected<Option<String>>) {
    match &mapping.year_column {
        Some(YearColumn::None) => {
            return (
                None,
                Detected::new(None, Confidence::Given, "no year column (as given)"),
            );
        }
        Some(YearColumn::Named(name)) => {
            let found = headers
                .iter()
                .position(|h| h == name || norm(h) == norm(name));
            if found.is_none() {
                problems.push(
                    Severity::Error,
                    Some(header_line),
                    Some(name),
                    None,
                    format!(
                        "year column '{name}' not found (columns: {})",
                        headers.join(", ")
                    ),
                );
            }
            return (
                found,
                Detected::new(found.map(|_| name.clone()), Confidence::Given, "as given"),
            );
        }
        None => {}
    }
    for (i, h) in normed.iter().enumerate() {
        if i == area_col || !YEAR_NAMES.contains(&h.as_str()) {
            continue;
        }
        let header = headers.get(i).cloned().unwrap_or_default();
        let filled: Vec<Cell> = data
            .iter()
            .map(|(_, r)| cell(r, i))
            .filter(|c| !c.is_blank())
            .collect();
        let periods: Vec<(i32, Option<u32>)> = filled.iter().filter_map(period).collect();
        if !filled.is_empty() && periods.len() * 10 >= filled.len() * 9 {
            let sample = filled.first().map(Cell::text).unwrap_or_default();
            let months = periods.iter().any(|(_, m)| m.is_some());
            let ev = match periods.first() {
                Some((y, Some(m))) if months => {
                    format!("'{header}' holds years and months: '{sample}' is year {y}, month {m}")
                }
                _ => format!("'{header}' holds years, e.g. '{sample}'"),
            };
            return (Some(i), Detected::new(Some(header), Confidence::Sure, ev));
        }
        let bad = filled
            .iter()
            .find(|c| period(c).is_none())
            .map(Cell::text)
            .unwrap_or_default();
        return (
            None,
            Detected::new(
                None,
                Confidence::Ask,
                format!(
                    "'{header}' is named like a year column, but values such as '{}' are not years: it is read as an ordinary column",
                    bad.trim()
                ),
            ),
        );
    }
    (
        None,
        Detected::new(None, Confidence::Sure, "no year column"),
    )
}
