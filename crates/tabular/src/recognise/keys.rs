//! Choosing the area key column and the area name column.

use std::collections::HashSet;

use crate::detection::{Confidence, Detected};
use crate::grid::Cell;

use super::{cell, norm};

/// Headers of area key columns, in order of preference.
const AREA_NAMES: &[&str] = &[
    "id",
    "areaid",
    "area",
    "gebiet",
    "gebietsid",
    "ortsteil",
    "ot",
    "otnr",
    "plr",
    "plrid",
    "plrnr",
    "ags",
    "key",
    "schluessel",
    "schlüssel",
    "code",
    "bezid",
    "bzrid",
    "pgrid",
    "planungsraum",
    "planungsraumnummer",
    "districtid",
    "sbz",
    "kreis",
    "regionalschluessel",
    "regionalschlüssel",
    "gemeindeschluessel",
    "ars",
    // Added after the first list so that files recognised before keep their key column.
    "raumbezug",
    "raumeinheit",
    "gebietseinheit",
    "nr",
    "nummer",
    "sttnr",
    "stadtteilnr",
    "stadtteilnummer",
    "stadtbezirknr",
    "sbnummer",
    "stadtteil",
    "stadtbezirk",
    "bezirk",
    "statistischerbezirk",
    "name",
];

/// Headers of area name columns.
const NAME_HEADERS: &[&str] = &[
    "name",
    "gebietsname",
    "bezeichnung",
    "stadtteil",
    "stadtteilname",
    "ortsteil",
    "ortsteilname",
    "plrname",
    "sttname",
    "stadtbezirk",
    "bezirksname",
    "gebiet",
    "raumbezug",
];

fn filled(data: &[(usize, Vec<Cell>)], col: usize) -> usize {
    data.iter()
        .filter(|(_, r)| !cell(r, col).is_blank())
        .count()
}

fn distinct(data: &[(usize, Vec<Cell>)], col: usize) -> usize {
    let mut seen = HashSet::new();
    data.iter()
        .filter(|(_, r)| {
            let t = cell(r, col).text().trim().to_string();
            !t.is_empty() && seen.insert(t)
        })
        .count()
}

/// The key column: the given one, else the first listed header whose column is filled
/// in at least half of the rows, else the first such column.
pub(crate) fn key_column(
    headers: &[String],
    data: &[(usize, Vec<Cell>)],
    given: Option<&str>,
    long: bool,
) -> (Option<usize>, Detected<Option<String>>) {
    let normed: Vec<String> = headers.iter().map(|h| norm(h)).collect();
    if let Some(name) = given {
        let found = headers
            .iter()
            .position(|h| h == name)
            .or_else(|| normed.iter().position(|h| *h == norm(name)));
        return match found {
            Some(i) => (
                Some(i),
                Detected::new(headers.get(i).cloned(), Confidence::Given, "as given"),
            ),
            None => (
                None,
                Detected::new(None, Confidence::Ask, format!("column '{name}' not found")),
            ),
        };
    }
    let rows = data.len().max(1);
    let usable = |i: usize| filled(data, i) * 2 >= rows || data.is_empty();
    let describe = |i: usize, why: &str| {
        let sample = data
            .iter()
            .map(|(_, r)| cell(r, i).text())
            .find(|t| !t.trim().is_empty())
            .unwrap_or_default();
        let d = distinct(data, i);
        format!(
            "{why}; {d} distinct value(s) in {} row(s), e.g. '{}'",
            data.len(),
            sample.trim()
        )
    };
    let mut skipped = Vec::new();
    for n in AREA_NAMES {
        if let Some(i) = normed.iter().position(|h| h == n) {
            if usable(i) {
                let mut why = format!(
                    "the header '{}' names an area key",
                    headers.get(i).map_or("", String::as_str)
                );
                if !skipped.is_empty() {
                    why.push_str(&format!(" ({} skipped: mostly empty)", skipped.join(", ")));
                }
                let unique = long || distinct(data, i) == filled(data, i);
                let conf = if unique {
                    Confidence::Sure
                } else {
                    Confidence::Guess
                };
                return (
                    Some(i),
                    Detected::new(headers.get(i).cloned(), conf, describe(i, &why)),
                );
            }
            if let Some(h) = headers.get(i) {
                skipped.push(format!("'{h}'"));
            }
        }
    }
    let first = (0..headers.len()).find(|i| usable(*i)).unwrap_or(0);
    (
        Some(first),
        Detected::new(
            headers.get(first).cloned(),
            Confidence::Guess,
            describe(
                first,
                "no header names an area key: the first filled column is used",
            ),
        ),
    )
}

/// The name column: a text column other than the key, named like a name, with mostly
/// distinct values (the most distinct one wins).
pub(crate) fn name_column(
    headers: &[String],
    data: &[(usize, Vec<Cell>)],
    key: Option<usize>,
    given: Option<&str>,
) -> (Option<usize>, Detected<Option<String>>) {
    if let Some(name) = given {
        let found = headers
            .iter()
            .position(|h| h == name || norm(h) == norm(name));
        return match found {
            Some(i) => (
                Some(i),
                Detected::new(headers.get(i).cloned(), Confidence::Given, "as given"),
            ),
            None => (
                None,
                Detected::new(None, Confidence::Ask, format!("column '{name}' not found")),
            ),
        };
    }
    let mut best: Option<(usize, usize)> = None;
    for (i, h) in headers.iter().enumerate() {
        if Some(i) == key {
            continue;
        }
        let n = norm(h);
        let namish = NAME_HEADERS.contains(&n.as_str()) || n.ends_with("name");
        let texts = data
            .iter()
            .filter(|(_, r)| matches!(cell(r, i), Cell::Text(ref t) if t.trim().parse::<f64>().is_err()))
            .count();
        if !namish || texts * 2 < data.len().max(1) {
            continue;
        }
        let d = distinct(data, i);
        if best.is_none_or(|(_, bd)| d > bd) {
            best = Some((i, d));
        }
    }
    match best {
        Some((i, d)) => {
            let f = filled(data, i);
            let conf = if d * 10 >= f * 9 {
                Confidence::Sure
            } else {
                Confidence::Ask
            };
            let mut ev = format!("text column named like a name, {d} distinct of {f} value(s)");
            if conf == Confidence::Ask {
                ev.push_str(": many rows share a name, check that this is not a district column");
            }
            (Some(i), Detected::new(headers.get(i).cloned(), conf, ev))
        }
        None => (
            None,
            Detected::new(None, Confidence::Sure, "no separate name column"),
        ),
    }
}
