//! Header, footer, layout and column recognition, and conversion of the grid into records.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::grid::{Cell, Grid, decimal_evidence, parse_number};
use crate::model::{
    Collector, ColumnInfo, ColumnRole, DecimalSeparator, Layout, Recognition, Record, Severity,
    SourceFormat, Table, TableImport, TableOptions,
};

/// Normalises a header for name matching: lowercase alphanumerics only.
fn norm(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

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
];
const YEAR_NAMES: &[&str] = &["jahr", "year", "berichtsjahr", "zeit", "time"];
const INDICATOR_NAMES: &[&str] = &[
    "indikator",
    "indicator",
    "merkmal",
    "variable",
    "kennzahl",
    "kennziffer",
    "indicatorname",
    "indikatorname",
    "series",
    "serie",
    "merkmalsname",
];
const VALUE_NAMES: &[&str] = &[
    "wert",
    "value",
    "werte",
    "values",
    "auspraegung",
    "ausprägung",
];

/// Upper bound on the number of values one import may produce.
pub(crate) const MAX_VALUES: usize = 20_000_000;

fn header_year(s: &str) -> Option<i32> {
    let t = s.trim();
    if t.len() == 4 && t.bytes().all(|b| b.is_ascii_digit()) {
        let y: i32 = t.parse().ok()?;
        return (1900..=2100).contains(&y).then_some(y);
    }
    None
}

/// `arbeitslose_2019` → ("arbeitslose", 2019).
fn suffix_year(s: &str) -> Option<(String, i32)> {
    let t = s.trim();
    let cut = t.len().checked_sub(4)?;
    let (head, tail) = (t.get(..cut)?, t.get(cut..)?);
    let y = header_year(tail)?;
    let name = head.trim_end_matches(['_', '-', ' ', '.']);
    if name.is_empty() || name.ends_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    Some((name.to_string(), y))
}

fn non_blank(cells: &[Cell]) -> usize {
    cells.iter().filter(|c| !c.is_blank()).count()
}

fn cell(cells: &[Cell], i: usize) -> Cell {
    cells.get(i).cloned().unwrap_or(Cell::Empty)
}

/// Converts a grid into the normalised table and a recognition report.
pub(crate) fn recognise(
    grid: Grid,
    format: SourceFormat,
    encoding: Option<String>,
    delimiter: Option<char>,
    sheet: Option<String>,
    file: &str,
    options: &TableOptions,
) -> TableImport {
    let mut problems = Collector::new(file, options.max_problems);
    let rows = grid.rows;
    // --- header row: first row with at least half as many filled cells as the widest row
    let widest = rows
        .iter()
        .take(60)
        .map(|(_, r)| non_blank(r))
        .max()
        .unwrap_or(0);
    let need = (widest.div_ceil(2)).max(2.min(widest));
    let header_idx = rows
        .iter()
        .position(|(_, r)| non_blank(r) >= need && need > 0)
        .unwrap_or(0);
    let (header_line, header_cells) = rows.get(header_idx).cloned().unwrap_or((1, Vec::new()));
    let width = rows
        .iter()
        .map(|(_, r)| r.len())
        .max()
        .unwrap_or(0)
        .max(header_cells.len());
    // A second header row (sub-headers under merged cells, as in Destatis tables): blank
    // first cell, only text cells. A following column-numbering row (1, 2, 3, …) is skipped.
    let mut first_data = header_idx + 1;
    let sub_cells: Option<Vec<Cell>> = rows.get(first_data).and_then(|(_, r)| {
        let only_text = r.iter().all(|c| matches!(c, Cell::Empty | Cell::Text(_)))
            && r.iter().all(|c| match c {
                Cell::Text(t) => crate::grid::parse_number(t, DecimalSeparator::Point).is_err(),
                _ => true,
            });
        (cell(r, 0).is_blank() && non_blank(r) > 0 && only_text).then(|| r.clone())
    });
    if sub_cells.is_some() {
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
    let mut last_top = String::new();
    let headers: Vec<String> = (0..width)
        .map(|i| {
            let top = cell(&header_cells, i)
                .text()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            if !top.is_empty() {
                last_top = top.clone();
            }
            let sub = sub_cells
                .as_ref()
                .map(|s| {
                    cell(s, i)
                        .text()
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" ")
                })
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
    // --- footer: trailing rows that are blank or short notes
    let header_filled = non_blank(&header_cells);
    let threshold = (header_filled / 3).max(1);
    let mut end = rows.len();
    let mut footer_text = Vec::new();
    while end > first_data {
        let Some((_, r)) = rows.get(end - 1) else {
            break;
        };
        let n = non_blank(r);
        let text: String = r
            .iter()
            .map(Cell::text)
            .collect::<Vec<_>>()
            .join(" ")
            .trim()
            .to_string();
        let is_note = n <= threshold
            && header_filled > 2
            && (text.contains(char::is_whitespace)
                || text.contains(':')
                || text.chars().count() > 30);
        if n == 0 || is_note {
            if n > 0 {
                footer_text.push(text);
            }
            end -= 1;
        } else {
            break;
        }
    }
    footer_text.reverse();
    let footer_lines = rows.len() - end;
    let data: Vec<(usize, Vec<Cell>)> = rows
        .get(first_data..end.max(first_data))
        .map(<[_]>::to_vec)
        .unwrap_or_default()
        .into_iter()
        .filter(|(_, r)| non_blank(r) > 0)
        .collect();

    // --- roles
    let normed: Vec<String> = headers.iter().map(|h| norm(h)).collect();
    let skip: BTreeSet<String> = options.skip_columns.iter().map(|s| norm(s)).collect();
    let area_col = match &options.area_column {
        Some(name) => {
            let found = headers
                .iter()
                .position(|h| h == name)
                .or_else(|| normed.iter().position(|h| *h == norm(name)));
            if found.is_none() {
                problems.push(
                    Severity::Error,
                    Some(header_line),
                    Some(name),
                    None,
                    format!(
                        "area column '{name}' not found (columns: {})",
                        headers.join(", ")
                    ),
                );
            }
            found.unwrap_or(0)
        }
        None => AREA_NAMES
            .iter()
            .find_map(|n| normed.iter().position(|h| h == n))
            .unwrap_or(0),
    };
    let year_col = normed
        .iter()
        .enumerate()
        .position(|(i, h)| i != area_col && YEAR_NAMES.contains(&h.as_str()));
    let ind_col = normed
        .iter()
        .enumerate()
        .position(|(i, h)| i != area_col && INDICATOR_NAMES.contains(&h.as_str()));
    let val_col = normed
        .iter()
        .enumerate()
        .position(|(i, h)| i != area_col && VALUE_NAMES.contains(&h.as_str()));
    let long = match options.layout {
        Some(Layout::Long) => true,
        Some(_) => false,
        None => ind_col.is_some() && val_col.is_some(),
    };

    // --- decimal separator from evidence in all non-area text cells
    let decimal = options.decimal.unwrap_or_else(|| {
        let (mut comma, mut point) = (0usize, 0usize);
        for (_, r) in &data {
            for (i, c) in r.iter().enumerate() {
                if i == area_col {
                    continue;
                }
                if let Cell::Text(t) = c {
                    match decimal_evidence(t) {
                        Some(DecimalSeparator::Comma) => comma += 1,
                        Some(DecimalSeparator::Point) => point += 1,
                        None => {}
                    }
                }
            }
        }
        if comma > point {
            DecimalSeparator::Comma
        } else {
            DecimalSeparator::Point
        }
    });
    let value_of = |c: &Cell| -> Result<Option<f64>, ()> {
        match c {
            Cell::Empty => Ok(None),
            Cell::Number(n) if n.is_finite() => Ok(Some(*n)),
            Cell::Number(_) => Err(()),
            Cell::Text(t) => parse_number(t, decimal),
        }
    };
    let default_indicator = options.indicator.clone().unwrap_or_else(|| {
        file.rsplit_once('.')
            .map_or(file, |(stem, _)| stem)
            .to_string()
    });

    // Numeric/text cell counts per column in one pass over the cells.
    let mut num_count = vec![0usize; width];
    let mut text_count = vec![0usize; width];
    if !long {
        for (_, r) in &data {
            for (i, c) in r.iter().enumerate() {
                match value_of(c) {
                    Ok(Some(_)) => {
                        if let Some(n) = num_count.get_mut(i) {
                            *n += 1;
                        }
                    }
                    Ok(None) => {}
                    Err(()) => {
                        if let Some(n) = text_count.get_mut(i) {
                            *n += 1;
                        }
                    }
                }
            }
        }
    }
    let mut columns: Vec<ColumnInfo> = Vec::with_capacity(width);
    let mut any_year_header = false;
    let mut any_suffix = false;
    for (i, h) in headers.iter().enumerate() {
        let role = if i == area_col {
            ColumnRole::AreaId
        } else if skip.contains(&normed.get(i).cloned().unwrap_or_default())
            || skip.contains(&norm(h))
        {
            ColumnRole::Ignored("skipped by option".into())
        } else if long {
            if Some(i) == ind_col {
                ColumnRole::IndicatorName
            } else if Some(i) == val_col {
                ColumnRole::Value
            } else if Some(i) == year_col {
                ColumnRole::Year
            } else {
                ColumnRole::Ignored("not used in long layout".into())
            }
        } else if Some(i) == year_col && options.layout != Some(Layout::Wide) {
            ColumnRole::Year
        } else {
            // Numeric column?
            let num = num_count.get(i).copied().unwrap_or(0);
            let text = text_count.get(i).copied().unwrap_or(0);
            if num == 0 || text > num {
                ColumnRole::Ignored(if num == 0 && text == 0 {
                    "empty column".into()
                } else {
                    "text column".into()
                })
            } else if let Some(y) = header_year(h) {
                any_year_header = true;
                ColumnRole::Indicator {
                    name: default_indicator.clone(),
                    year: Some(y),
                }
            } else if let Some((name, y)) = suffix_year(h) {
                any_suffix = true;
                ColumnRole::Indicator {
                    name,
                    year: Some(y),
                }
            } else {
                ColumnRole::Indicator {
                    name: h.clone(),
                    year: options.year,
                }
            }
        };
        columns.push(ColumnInfo {
            header: h.clone(),
            role,
        });
    }
    let layout = if long {
        Layout::Long
    } else if columns.iter().any(|c| c.role == ColumnRole::Year) {
        Layout::WideYearColumn
    } else if any_year_header {
        Layout::WideYearHeaders
    } else if any_suffix {
        Layout::WideYearSuffix
    } else {
        Layout::Wide
    };

    // --- records (bounded: a malicious file must not make us allocate without limit)
    let indicator_columns = columns
        .iter()
        .filter(|c| matches!(c.role, ColumnRole::Indicator { .. }))
        .count()
        .max(1);
    let data_rows = data.len();
    let data = if data.len().saturating_mul(indicator_columns) > MAX_VALUES {
        problems.push(
            Severity::Error,
            None,
            None,
            None,
            format!(
                "table too large: {} rows × {indicator_columns} indicator columns exceeds the limit of {MAX_VALUES} values",
                data.len()
            ),
        );
        Vec::new()
    } else {
        data
    };
    let mut records: Vec<Record> = Vec::new();
    let mut keys: HashMap<(String, String, Option<i32>), usize> = HashMap::new();
    let area_header = headers.get(area_col).cloned().unwrap_or_default();
    for (line, r) in &data {
        let line = *line;
        let raw_id = cell(r, area_col).text().trim().to_string();
        if raw_id.is_empty() {
            let has_values = columns.iter().enumerate().any(|(i, c)| {
                matches!(c.role, ColumnRole::Indicator { .. } | ColumnRole::Value)
                    && !cell(r, i).is_blank()
            });
            if !has_values {
                continue; // section heading or spacer row
            }
            problems.push(
                Severity::Error,
                Some(line),
                Some(&area_header),
                Some(""),
                "missing area id",
            );
            continue;
        }
        let area_id = options
            .name_to_id
            .as_ref()
            .and_then(|m| m.get(&raw_id).cloned())
            .unwrap_or_else(|| raw_id.clone());
        if let Some(known) = &options.known_ids
            && !known.contains(&area_id)
        {
            problems.push(
                Severity::Error,
                Some(line),
                Some(&area_header),
                Some(&raw_id),
                format!("unknown area id '{raw_id}'"),
            );
            continue;
        }
        let row_year = match year_col.filter(|_| layout != Layout::Wide) {
            Some(yc) => {
                let c = cell(r, yc);
                let t = c.text();
                match value_of(&c) {
                    Ok(Some(y)) if y.fract() == 0.0 && (1000.0..=3000.0).contains(&y) => {
                        Some(y as i32)
                    }
                    _ if t.trim().is_empty() => {
                        problems.push(
                            Severity::Error,
                            Some(line),
                            headers.get(yc).map(String::as_str),
                            Some(""),
                            "missing year",
                        );
                        continue;
                    }
                    _ => {
                        problems.push(
                            Severity::Error,
                            Some(line),
                            headers.get(yc).map(String::as_str),
                            Some(&t),
                            "invalid year",
                        );
                        continue;
                    }
                }
            }
            None => None,
        };
        let mut push = |indicator: String,
                        year: Option<i32>,
                        c: &Cell,
                        col: &str,
                        problems: &mut Collector| {
            let value = match value_of(c) {
                Ok(v) => v,
                Err(()) => {
                    problems.push(
                        Severity::Error,
                        Some(line),
                        Some(col),
                        Some(&c.text()),
                        "not a number",
                    );
                    return;
                }
            };
            let key = (area_id.clone(), indicator.clone(), year);
            if let Some(first) = keys.get(&key) {
                problems.push(
                    Severity::Error,
                    Some(line),
                    Some(col),
                    Some(&c.text()),
                    format!(
                        "duplicate value for area '{}', indicator '{}'{} (first on line {first})",
                        key.0,
                        key.1,
                        year.map(|y| format!(", year {y}")).unwrap_or_default()
                    ),
                );
                return;
            }
            keys.insert(key, line);
            records.push(Record {
                area_id: area_id.clone(),
                indicator,
                year,
                value,
                line,
            });
        };
        if long {
            let ind = ind_col
                .map(|c| cell(r, c).text().trim().to_string())
                .unwrap_or_default();
            let ind_header = ind_col
                .and_then(|c| headers.get(c))
                .cloned()
                .unwrap_or_default();
            if ind.is_empty() {
                problems.push(
                    Severity::Error,
                    Some(line),
                    Some(&ind_header),
                    Some(""),
                    "missing indicator name",
                );
                continue;
            }
            let vc = val_col.unwrap_or(0);
            let col = headers.get(vc).cloned().unwrap_or_default();
            push(ind, row_year, &cell(r, vc), &col, &mut problems);
        } else {
            for (i, info) in columns.iter().enumerate() {
                if let ColumnRole::Indicator { name, year } = &info.role {
                    push(
                        name.clone(),
                        year.or(row_year),
                        &cell(r, i),
                        &info.header,
                        &mut problems,
                    );
                }
            }
        }
    }

    // --- missing years per (area, indicator)
    let mut years_of_ind: BTreeMap<&str, BTreeSet<i32>> = BTreeMap::new();
    let mut have: BTreeMap<(&str, &str), BTreeSet<i32>> = BTreeMap::new();
    for rec in &records {
        if let Some(y) = rec.year {
            years_of_ind.entry(&rec.indicator).or_default().insert(y);
            have.entry((&rec.area_id, &rec.indicator))
                .or_default()
                .insert(y);
        }
    }
    for ((area, ind), ys) in &have {
        if let Some(all) = years_of_ind.get(ind) {
            let missing: Vec<String> = all.difference(ys).map(ToString::to_string).collect();
            if !missing.is_empty() {
                problems.push(
                    Severity::Warning,
                    None,
                    Some(ind),
                    None,
                    format!(
                        "area '{area}' has no row for year(s) {} that other areas have",
                        missing.join(", ")
                    ),
                );
            }
        }
    }
    if records.is_empty() && problems.problems.is_empty() {
        problems.push(
            Severity::Error,
            None,
            None,
            None,
            "no values found in the table",
        );
    }
    let years: BTreeSet<i32> = records.iter().filter_map(|r| r.year).collect();
    TableImport {
        table: Table { records },
        recognition: Recognition {
            format,
            encoding,
            delimiter,
            decimal,
            sheet,
            layout,
            header_line,
            columns,
            years: years.into_iter().collect(),
            data_rows,
            footer_lines,
            footer_text,
        },
        truncated: problems.truncated,
        problems: problems.problems,
    }
}
