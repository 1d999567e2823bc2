//! Finding the header row (or deciding there is none), description/unit rows below it,
//! sub-header rows, and assembling one name per column.

use crate::detection::{Confidence, Detected, HeaderRow};
use crate::grid::{Cell, NumberEvidence, number_evidence, parse_number};
use crate::model::DecimalSeparator;

use super::{cell, non_blank};

/// Unit words that make a row below the header a unit row rather than sub-headers.
const UNIT_WORDS: &[&str] = &[
    "anzahl",
    "%",
    "in %",
    "prozent",
    "in prozent",
    "euro",
    "in euro",
    "€",
    "in €",
    "personen",
    "jahre",
    "in jahren",
    "absolut",
    "abs.",
    "qm",
    "m²",
    "km²",
    "ha",
    "je 1000",
    "je 1.000",
    "je 100",
    "je einwohner",
    "einheit",
];

/// The header as found.
#[derive(Debug)]
pub(crate) struct HeaderInfo {
    /// Index (into the rows) of the first data row.
    pub first_data: usize,
    /// One name per column.
    pub headers: Vec<String>,
    /// Unit per column from a unit row, if any.
    pub units: Vec<Option<String>>,
    /// Description/unit rows left out of the names: (line, text).
    pub description_rows: Vec<(usize, String)>,
    /// The decision.
    pub detected: Detected<Option<usize>>,
    /// Non-blank cells of the header row (for the footer heuristic).
    pub header_filled: usize,
}

fn is_numeric(c: &Cell) -> bool {
    match c {
        Cell::Number(n) => n.is_finite(),
        Cell::Text(t) => !matches!(number_evidence(t), NumberEvidence::NotNumeric),
        Cell::Empty => false,
    }
}

fn as_year(c: &Cell) -> Option<i32> {
    let v = match c {
        Cell::Number(n) => *n,
        Cell::Text(t) => t.trim().parse::<f64>().ok()?,
        Cell::Empty => return None,
    };
    (v.fract() == 0.0 && (1900.0..=2100.0).contains(&v)).then_some(v as i32)
}

/// Cleans header text: joins words broken across lines ("Ins-\ngesamt"), collapses space.
pub(crate) fn clean(s: &str) -> String {
    let joined = s.replace("-\n", "").replace("-\r\n", "");
    joined.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn is_unit_row(r: &[Cell]) -> bool {
    let texts: Vec<String> = r
        .iter()
        .filter(|c| !c.is_blank())
        .map(|c| clean(&c.text()).to_lowercase())
        .collect();
    !texts.is_empty()
        && texts
            .iter()
            .all(|t| UNIT_WORDS.contains(&t.as_str()) || t.starts_with("in ") && t.len() <= 12)
}

/// Finds the header. `given` is the mapping's choice.
pub(crate) fn find(
    rows: &[(usize, Vec<Cell>)],
    given: Option<HeaderRow>,
) -> (HeaderInfo, Vec<String>) {
    let mut notes = Vec::new();
    let widest = rows
        .iter()
        .take(60)
        .map(|(_, r)| non_blank(r))
        .max()
        .unwrap_or(0);
    let need = (widest.div_ceil(2)).max(2.min(widest));
    let guessed = rows
        .iter()
        .position(|(_, r)| non_blank(r) >= need && need > 0)
        .unwrap_or(0);
    let width = rows.iter().map(|(_, r)| r.len()).max().unwrap_or(0);
    let (idx, detected) = match given {
        Some(HeaderRow::None) => (
            None,
            Detected::new(None, Confidence::Given, "no header row (as given)"),
        ),
        Some(HeaderRow::Line(l)) => match rows.iter().position(|(line, _)| *line == l) {
            Some(i) => (
                Some(i),
                Detected::new(
                    Some(l),
                    Confidence::Given,
                    format!("header on line {l} (as given)"),
                ),
            ),
            None => {
                notes.push(format!(
                    "header line {l} not found; the header was detected instead"
                ));
                detect(rows, guessed)
            }
        },
        None => detect(rows, guessed),
    };
    let Some(h) = idx else {
        let headers = (0..width).map(|i| format!("column {}", i + 1)).collect();
        return (
            HeaderInfo {
                first_data: 0,
                headers,
                units: vec![None; width],
                description_rows: Vec::new(),
                detected,
                header_filled: width,
            },
            notes,
        );
    };
    let header_cells = rows.get(h).map(|(_, r)| r.clone()).unwrap_or_default();
    let width = width.max(header_cells.len());
    let mut first_data = h + 1;
    let mut description_rows = Vec::new();
    let mut units: Vec<Option<String>> = vec![None; width];
    // Rows directly below the header: a unit/description row ("Anzahl") is kept apart;
    // sub-headers under merged cells (blank first cell, only text) are merged into names.
    let mut sub_cells: Option<Vec<Cell>> = None;
    for _ in 0..2 {
        let Some((line, r)) = rows.get(first_data) else {
            break;
        };
        let only_text = r.iter().all(|c| match c {
            Cell::Text(t) => parse_number(t, DecimalSeparator::Point).is_err(),
            Cell::Empty => true,
            Cell::Number(_) => false,
        });
        if !(cell(r, 0).is_blank() && non_blank(r) > 0 && only_text) {
            break;
        }
        if is_unit_row(r) || (non_blank(r) == 1 && non_blank(&header_cells) >= 3) {
            let mut current: Option<String> = None;
            for (i, u) in units.iter_mut().enumerate() {
                let c = cell(r, i);
                if !c.is_blank() {
                    current = Some(clean(&c.text()));
                }
                if i > 0 {
                    u.clone_from(&current);
                }
            }
            description_rows.push((
                *line,
                clean(&r.iter().map(Cell::text).collect::<Vec<_>>().join(" ")),
            ));
        } else if sub_cells.is_none() {
            sub_cells = Some(r.clone());
        } else {
            break;
        }
        first_data += 1;
    }
    if let Some((_, r)) = rows.get(first_data) {
        let nums: Vec<f64> = r
            .iter()
            .filter(|c| !c.is_blank())
            .filter_map(|c| match c {
                Cell::Number(n) => Some(*n),
                Cell::Text(t) => t.trim().parse::<f64>().ok(),
                Cell::Empty => None,
            })
            .collect();
        let sequential = nums.len() >= 3
            && nums.len() == non_blank(r)
            && nums.iter().enumerate().all(|(i, n)| *n == (i + 1) as f64);
        if sequential {
            first_data += 1;
        }
    }
    // Rows above the header fill its blank cells (multi-row headers, "Ins-\ngesamt" above
    // a blank cell); titles (rows with at most one cell beyond the first) fill only the
    // first column.
    let above: Vec<&Vec<Cell>> = rows
        .get(h.saturating_sub(3)..h)
        .map(|s| s.iter().rev().map(|(_, r)| r).collect())
        .unwrap_or_default();
    let mut last_top = String::new();
    let headers: Vec<String> = (0..width)
        .map(|i| {
            let mut top = clean(&cell(&header_cells, i).text());
            if top.is_empty() {
                for r in &above {
                    let beyond = r.iter().skip(1).filter(|c| !c.is_blank()).count();
                    let t = clean(&cell(r, i).text());
                    if !t.is_empty() && (i == 0 || beyond >= 2) {
                        top = t;
                        break;
                    }
                }
            }
            if !top.is_empty() {
                last_top.clone_from(&top);
            }
            let sub = sub_cells
                .as_ref()
                .map(|s| clean(&cell(s, i).text()))
                .unwrap_or_default();
            let t = match (top.is_empty(), sub.is_empty()) {
                (false, true) => top,
                (false, false) => format!("{top} {sub}"),
                (true, false) => format!("{last_top} {sub}").trim().to_string(),
                (true, true) => String::new(),
            };
            if t.is_empty() {
                format!("column {}", i + 1)
            } else {
                t
            }
        })
        .collect();
    let header_filled = non_blank(&header_cells);
    (
        HeaderInfo {
            first_data,
            headers,
            units,
            description_rows,
            detected,
            header_filled,
        },
        notes,
    )
}

/// Decides whether the candidate row is a header or the first data row of a table
/// without a header.
fn detect(rows: &[(usize, Vec<Cell>)], idx: usize) -> (Option<usize>, Detected<Option<usize>>) {
    let Some((line, cand)) = rows.get(idx) else {
        return (
            None,
            Detected::new(None, Confidence::Ask, "the table is empty"),
        );
    };
    let below: Vec<&Vec<Cell>> = rows.iter().skip(idx + 1).take(50).map(|(_, r)| r).collect();
    let width = cand
        .len()
        .max(below.iter().map(|r| r.len()).max().unwrap_or(0));
    let (mut numeric_cols, mut data_like) = (0usize, 0usize);
    let mut sample = String::new();
    for j in 0..width {
        let filled: Vec<Cell> = below
            .iter()
            .map(|r| cell(r, j))
            .filter(|c| !c.is_blank())
            .collect();
        if filled.len() < 2 {
            continue;
        }
        let numeric = filled.iter().filter(|c| is_numeric(c)).count();
        if numeric * 5 < filled.len() * 4 {
            continue;
        }
        numeric_cols += 1;
        let c = cell(cand, j);
        let years_below = filled.iter().all(|c| as_year(c).is_some());
        let header_year = as_year(&c).is_some() && !years_below;
        if is_numeric(&c) && !header_year {
            data_like += 1;
            if sample.is_empty() {
                sample = c.text();
            }
        }
    }
    if numeric_cols > 0 && data_like * 2 > numeric_cols {
        let first = cell(cand, 0).text();
        (
            None,
            Detected::new(
                None,
                Confidence::Guess,
                format!(
                    "line {line} holds values like the rows below ('{first}', '{sample}' in {data_like} of {numeric_cols} numeric columns): the table has no header row; name the columns in the mapping step"
                ),
            ),
        )
    } else if data_like > 0 {
        (
            Some(idx),
            Detected::new(
                Some(*line),
                Confidence::Ask,
                format!(
                    "line {line} is taken as the header, but {data_like} of its {numeric_cols} cells over numeric columns are numbers (e.g. '{sample}'): confirm the header row"
                ),
            ),
        )
    } else {
        let texts: Vec<String> = cand
            .iter()
            .filter(|c| !c.is_blank())
            .take(3)
            .map(|c| clean(&c.text()))
            .collect();
        (
            Some(idx),
            Detected::new(
                Some(*line),
                Confidence::Sure,
                format!(
                    "line {line} names the columns ({}) and the values start below it",
                    texts.join(", ")
                ),
            ),
        )
    }
}
