//! The number format of each column, decided from all of its values: decimal comma or
//! point, thousands separators, units such as `%` stripped.

use std::collections::BTreeMap;

use crate::detection::{ColumnNumbers, Confidence};
use crate::grid::{Cell, NumberEvidence, number_evidence, strip_unit};
use crate::model::DecimalSeparator;

/// Context for columns without unambiguous values.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Hints {
    /// The separator the other columns of the table use, if they say so.
    pub table: Option<DecimalSeparator>,
    /// The file is German-style delimited text (`;`).
    pub german: bool,
}

fn comma(d: DecimalSeparator) -> &'static str {
    match d {
        DecimalSeparator::Comma => "decimal comma",
        DecimalSeparator::Point => "decimal point",
    }
}

/// Decides the format of one column.
pub(crate) fn decide(
    header: &str,
    cells: &[&Cell],
    hints: Hints,
    unit_row: Option<&str>,
) -> ColumnNumbers {
    let mut count: BTreeMap<&'static str, (usize, String)> = BTreeMap::new();
    let mut units: BTreeMap<&'static str, usize> = BTreeMap::new();
    let mut small_ints = 0usize;
    let mut big_ints = 0usize;
    let mut note = |k: &'static str, t: &str| {
        let e = count.entry(k).or_insert((0, t.trim().to_string()));
        e.0 += 1;
    };
    for c in cells {
        let Cell::Text(t) = c else { continue };
        if let (_, Some(u)) = strip_unit(t) {
            *units.entry(u).or_default() += 1;
        }
        match number_evidence(t) {
            NumberEvidence::Decimal(DecimalSeparator::Comma) => note("comma", t),
            NumberEvidence::Decimal(DecimalSeparator::Point) => note("point", t),
            NumberEvidence::PointGroups => note("pgroups", t),
            NumberEvidence::CommaGroups => note("cgroups", t),
            NumberEvidence::Integer => {
                let v: f64 = strip_unit(t)
                    .0
                    .trim_start_matches(['-', '+'])
                    .parse()
                    .unwrap_or(0.0);
                if v < 1000.0 {
                    small_ints += 1
                } else {
                    big_ints += 1
                }
            }
            NumberEvidence::NotNumeric => {}
        }
    }
    let unit = units
        .iter()
        .max_by_key(|(_, n)| **n)
        .map(|(u, _)| (*u).to_string())
        .or_else(|| unit_row.map(str::to_string));
    let get = |k: &str| count.get(k).cloned().unwrap_or((0, String::new()));
    let (c, cs) = get("comma");
    let (p, ps) = get("point");
    let (pg, pgs) = get("pgroups");
    let (cg, cgs) = get("cgroups");
    let fallback = hints.table.unwrap_or(if hints.german {
        DecimalSeparator::Comma
    } else {
        DecimalSeparator::Point
    });
    let (decimal, confidence, evidence) = if c > 0 && p == 0 {
        (
            DecimalSeparator::Comma,
            Confidence::Sure,
            format!("{c} value(s) with a decimal comma, e.g. '{cs}'"),
        )
    } else if p > 0 && c == 0 {
        (
            DecimalSeparator::Point,
            Confidence::Sure,
            format!("{p} value(s) with a decimal point, e.g. '{ps}'"),
        )
    } else if c > 0 && p > 0 {
        let d = if c >= p {
            DecimalSeparator::Comma
        } else {
            DecimalSeparator::Point
        };
        (
            d,
            Confidence::Ask,
            format!(
                "conflicting values: {c} with a decimal comma (e.g. '{cs}') and {p} with a decimal point (e.g. '{ps}'); read with the {}",
                comma(d)
            ),
        )
    } else if pg > 0 && cg == 0 {
        // "1.374": thousands unless the table says decimal point and nothing suggests groups.
        let thousands = hints.table == Some(DecimalSeparator::Comma)
            || (hints.table.is_none() && (hints.german || small_ints > 0 && big_ints == 0));
        let d = if thousands {
            DecimalSeparator::Comma
        } else {
            DecimalSeparator::Point
        };
        let why = if hints.table == Some(DecimalSeparator::Comma) {
            "the other columns use a decimal comma"
        } else if hints.table == Some(DecimalSeparator::Point) {
            "the other columns use a decimal point"
        } else if hints.german {
            "the file is German-style (';' separated)"
        } else if thousands {
            "values without a point are all below 1000"
        } else {
            "nothing suggests thousands separators"
        };
        (
            d,
            Confidence::Guess,
            format!(
                "{pg} value(s) like '{pgs}' read as {} because {why}",
                if thousands {
                    "thousands with a point"
                } else {
                    "decimals with a point"
                }
            ),
        )
    } else if cg > 0 && pg == 0 {
        let thousands = hints.table == Some(DecimalSeparator::Point)
            || (hints.table.is_none() && !hints.german);
        let d = if thousands {
            DecimalSeparator::Point
        } else {
            DecimalSeparator::Comma
        };
        (
            d,
            Confidence::Guess,
            format!(
                "{cg} value(s) like '{cgs}' read as {}",
                if thousands {
                    "thousands with a comma"
                } else {
                    "decimals with a comma"
                }
            ),
        )
    } else if pg > 0 && cg > 0 {
        (
            fallback,
            Confidence::Ask,
            format!("values with both point groups ('{pgs}') and comma groups ('{cgs}')"),
        )
    } else if cells.iter().any(|c| matches!(c, Cell::Number(_))) && small_ints + big_ints == 0 {
        (fallback, Confidence::Sure, "numeric cells".to_string())
    } else {
        (fallback, Confidence::Sure, "whole numbers only".to_string())
    };
    ColumnNumbers {
        column: header.to_string(),
        decimal,
        confidence,
        evidence,
        unit,
    }
}
