//! Rows that are not areas: city totals, district subtotals and "not assigned" rows,
//! recognised by their words, by a key pattern that differs from the areas' ("Altstadt"
//! between "11 Aegidii" and "21 Pluggendorf"), or by being the sum of the rows above.

use std::collections::{HashMap, HashSet};

use crate::detection::{AggregateRow, RowKind};
use crate::model::{ColumnInfo, ColumnRole};

use super::{build, cell};

/// One candidate row: line, key text, numeric values of the indicator columns.
pub(crate) struct RowSums<'a> {
    pub line: usize,
    pub key: &'a str,
    pub values: Vec<Option<f64>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pattern {
    /// `01011101`, `STGT01`, `101`
    Code,
    /// `11 Aegidii`, `01 Altstadt - Lehel`
    CodeName,
    /// `Altstadt`
    Name,
}

fn pattern(key: &str) -> Pattern {
    let k = key.trim();
    let digits = k.chars().take_while(char::is_ascii_digit).count();
    if !k.contains(char::is_whitespace) && k.chars().any(|c| c.is_ascii_digit()) {
        return Pattern::Code;
    }
    if digits > 0 && k.chars().nth(digits).is_some_and(char::is_whitespace) {
        return Pattern::CodeName;
    }
    Pattern::Name
}

fn words(key: &str) -> Vec<String> {
    key.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// Kind by wording alone.
fn by_words(key: &str) -> Option<(RowKind, String)> {
    let w = words(key);
    let lower = key.trim().to_lowercase();
    let has = |s: &str| w.iter().any(|x| x == s);
    if has("insgesamt")
        || has("gesamt")
        || has("gesamtstadt")
        || has("summe")
        || has("total")
        || has("zusammen")
    {
        return Some((RowKind::Total, format!("'{key}' says total")));
    }
    if [
        "stadt ",
        "landeshauptstadt ",
        "hansestadt ",
        "freie und hansestadt ",
        "stadtgebiet",
    ]
    .iter()
    .any(|p| lower.starts_with(p))
    {
        return Some((RowKind::Total, format!("'{key}' names the whole city")));
    }
    if lower.contains("nicht zuzuordnen")
        || lower.contains("nicht zuordenbar")
        || lower.contains("ohne zuordnung")
        || lower.contains("ohne angabe")
        || has("unbekannt")
        || has("unassigned")
    {
        return Some((RowKind::Unassigned, format!("'{key}' belongs to no area")));
    }
    None
}

/// Recognises aggregate rows. `rows` are the data rows in file order (long layout: one
/// entry per distinct key without values).
pub(crate) fn detect(rows: &[RowSums<'_>]) -> Vec<AggregateRow> {
    let n = rows.len();
    let patterns: Vec<Pattern> = rows.iter().map(|r| pattern(r.key)).collect();
    let coded = patterns.iter().filter(|p| **p != Pattern::Name).count();
    let mostly_coded = n >= 4 && coded * 10 >= n * 6;
    let district_prefix = |k: &str| {
        let l = k.trim().to_lowercase();
        [
            "stadtbezirk ",
            "bezirk ",
            "stadtbereich ",
            "teilbereich ",
            "bezirksregion ",
        ]
        .iter()
        .find(|p| l.starts_with(*p))
        .copied()
    };
    let prefixed = rows
        .iter()
        .filter(|r| district_prefix(r.key).is_some())
        .count();
    let mut out: Vec<AggregateRow> = Vec::new();
    let mut last_aggregate: Option<usize> = None;
    for (i, r) in rows.iter().enumerate() {
        let found = by_words(r.key)
            .or_else(|| {
                (district_prefix(r.key).is_some() && prefixed * 2 < n)
                    .then(|| (RowKind::District, format!("'{}' names a district", r.key)))
            })
            .or_else(|| {
                (mostly_coded && patterns.get(i) == Some(&Pattern::Name)).then(|| {
                    (
                        RowKind::District,
                        format!("'{}' has no code while {coded} of {n} rows do", r.key),
                    )
                })
            })
            .or_else(|| {
                let start = last_aggregate.map_or(0, |a| a + 1);
                let block = rows.get(start..i)?;
                sum_of(r, block).map(|cols| {
                    (
                        RowKind::District,
                        format!(
                            "its values are the sums of the {} rows above ({cols} columns checked)",
                            block.len()
                        ),
                    )
                })
            });
        if let Some((kind, evidence)) = found {
            last_aggregate = Some(i);
            out.push(AggregateRow {
                line: r.line,
                key: r.key.trim().to_string(),
                kind,
                evidence,
            });
        }
    }
    out
}

/// If every value of `row` equals the sum of `block` (≥ 2 rows, ≥ 2 non-zero columns),
/// the number of columns checked.
fn sum_of(row: &RowSums<'_>, block: &[RowSums<'_>]) -> Option<usize> {
    if block.len() < 2 {
        return None;
    }
    let mut checked = 0;
    for (j, v) in row.values.iter().enumerate() {
        let Some(v) = v else { continue };
        let mut sum = 0.0;
        for b in block {
            sum += b.values.get(j).copied().flatten()?;
        }
        if (sum - v).abs() > 1e-6 * v.abs().max(1.0) {
            return None;
        }
        if *v != 0.0 {
            checked += 1;
        }
    }
    (checked >= 2).then_some(checked)
}

/// Totals and subtotals: the mapping's list, or detected.
pub(super) fn find(ctx: &build::Context<'_>, columns: &[ColumnInfo]) -> Vec<AggregateRow> {
    let mut firsts: Vec<(usize, String, usize)> = Vec::new(); // (line, key, row index)
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (idx, (line, r)) in ctx.data.iter().enumerate() {
        let k = cell(r, ctx.area_col).text().trim().to_string();
        if k.is_empty() {
            continue;
        }
        if ctx.long {
            if seen.insert(k.clone(), idx).is_none() {
                firsts.push((*line, k, idx));
            }
        } else {
            firsts.push((*line, k, idx));
        }
    }
    if let Some(given) = &ctx.options.mapping.aggregate_rows {
        let mut done = HashSet::new();
        return firsts
            .iter()
            .filter(|(_, k, _)| given.contains(k) && done.insert(k.clone()))
            .map(|(line, k, _)| AggregateRow {
                line: *line,
                key: k.clone(),
                kind: if rows_kind_total(k) {
                    RowKind::Total
                } else {
                    RowKind::District
                },
                evidence: "as given".into(),
            })
            .collect();
    }
    let ind_cols: Vec<usize> = columns
        .iter()
        .enumerate()
        .filter(|(_, c)| matches!(c.role, ColumnRole::Indicator { .. }))
        .map(|(i, _)| i)
        .collect();
    let sums: Vec<RowSums<'_>> = firsts
        .iter()
        .map(|(line, k, idx)| RowSums {
            line: *line,
            key: k.as_str(),
            values: if ctx.long {
                Vec::new()
            } else {
                ind_cols
                    .iter()
                    .map(|&i| {
                        ctx.data
                            .get(*idx)
                            .and_then(|(_, r)| build::value_of(&cell(r, i), ctx.format_of(i)).ok())
                            .flatten()
                    })
                    .collect()
            },
        })
        .collect();
    detect(&sums)
}

fn rows_kind_total(k: &str) -> bool {
    let l = k.to_lowercase();
    l.contains("gesamt") || l.starts_with("stadt ") || l.contains("summe")
}
