//! Header, footer, layout and column recognition, and conversion of the grid into records.
//!
//! Each decision is made from all values and carries its evidence ([`Detection`]); every
//! column and row left out is listed ([`Omission`]) and reported as a warning when it held
//! values. A [`crate::Mapping`] in the options overrides any decision.

mod build;
mod header;
mod keys;
mod numbers;
mod rows;
mod years;

use std::collections::BTreeSet;

use crate::detection::{ColumnNumbers, Confidence, Detection, Omission, OmittedItem, YearColumn};
use crate::grid::{Cell, Grid, decimal_evidence};
use crate::model::{
    Collector, ColumnInfo, ColumnRole, DecimalSeparator, Layout, Recognition, Severity,
    SourceFormat, TableImport, TableOptions,
};

/// Normalises a header for name matching: lowercase alphanumerics only.
pub(crate) fn norm(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

const YEAR_NAMES: &[&str] = &[
    "jahr",
    "year",
    "berichtsjahr",
    "zeit",
    "time",
    "stichtag",
    "zeitraum",
    "periode",
    "berichtszeitraum",
    "jahrmonat",
    "datum",
];
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
    "indikatorwert",
    "merkmalswert",
];

/// Upper bound on the number of values one import may produce.
pub(crate) const MAX_VALUES: usize = 20_000_000;

pub(crate) fn non_blank(cells: &[Cell]) -> usize {
    cells.iter().filter(|c| !c.is_blank()).count()
}

pub(crate) fn cell(cells: &[Cell], i: usize) -> Cell {
    cells.get(i).cloned().unwrap_or(Cell::Empty)
}

/// Where the grid came from (for messages and hints).
pub(crate) struct Source {
    pub format: SourceFormat,
    pub encoding: Option<String>,
    pub delimiter: Option<char>,
    pub sheet: Option<String>,
}

fn first_sample(data: &[(usize, Vec<Cell>)], i: usize) -> Option<String> {
    data.iter()
        .map(|(_, r)| cell(r, i))
        .find(|c| !c.is_blank())
        .map(|c| c.text().trim().to_string())
}

fn is_generic_sheet(s: &str) -> bool {
    let n = norm(s);
    n.is_empty()
        || ["sheet", "tabelle", "blatt", "table", "daten", "data"]
            .iter()
            .any(|p| {
                n.strip_prefix(p)
                    .is_some_and(|r| r.chars().all(|c| c.is_ascii_digit()))
            })
}

/// Converts a grid into the normalised table and a recognition report.
pub(crate) fn recognise(
    grid: Grid,
    src: Source,
    file: &str,
    options: &TableOptions,
) -> TableImport {
    let mut problems = Collector::new(file, options.max_problems);
    let mapping = &options.mapping;
    let mut omitted: Vec<Omission> = Vec::new();
    let mut rows = grid.rows;
    if mapping.skip_rows > 0 {
        let n = mapping.skip_rows.min(rows.len());
        for (line, r) in rows.drain(..n) {
            if non_blank(&r) > 0 {
                omitted.push(Omission {
                    item: OmittedItem::Row {
                        line,
                        key: cell(&r, 0).text().trim().to_string(),
                    },
                    reason: "skipped (as given)".into(),
                    sample: r.iter().find(|c| !c.is_blank()).map(Cell::text),
                    has_values: false,
                });
            }
        }
    }
    // --- header
    let (hinfo, notes) = header::find(&rows, mapping.header_row);
    for n in notes {
        problems.push(Severity::Warning, None, None, None, n);
    }
    if hinfo.detected.value.is_none() && hinfo.detected.confidence != Confidence::Given {
        problems.push(
            Severity::Warning,
            rows.first().map(|(l, _)| *l),
            None,
            None,
            hinfo.detected.evidence.clone(),
        );
    } else if hinfo.detected.confidence == Confidence::Ask {
        problems.push(
            Severity::Warning,
            hinfo.detected.value,
            None,
            None,
            hinfo.detected.evidence.clone(),
        );
    }
    let header_line = hinfo
        .detected
        .value
        .unwrap_or_else(|| rows.first().map_or(1, |(l, _)| *l));
    let first_data = hinfo.first_data;
    let headers = hinfo.headers.clone();
    // --- footer: trailing rows that are blank or short notes
    let threshold = (hinfo.header_filled / 3).max(1);
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
            && hinfo.header_filled > 2
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
    let width = headers.len();

    // --- roles
    let normed: Vec<String> = headers.iter().map(|h| norm(h)).collect();
    let given_key = mapping
        .key_column
        .as_deref()
        .or(options.area_column.as_deref());
    let forced_long = options.layout == Some(Layout::Long);
    let (key_idx, key_detected) = keys::key_column(&headers, &data, given_key, forced_long);
    if key_idx.is_none()
        && let Some(name) = given_key
    {
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
    let area_col = key_idx.unwrap_or(0);
    let (year_col, year_detected) = years::choose_column(
        &headers,
        &normed,
        &data,
        area_col,
        mapping,
        &mut problems,
        header_line,
    );
    let year_named_not_year: BTreeSet<usize> = match &mapping.year_column {
        Some(YearColumn::None) => normed
            .iter()
            .enumerate()
            .filter(|(i, h)| *i != area_col && YEAR_NAMES.contains(&h.as_str()))
            .map(|(i, _)| i)
            .collect(),
        _ => BTreeSet::new(),
    };
    let ind_col = normed
        .iter()
        .enumerate()
        .position(|(i, h)| i != area_col && INDICATOR_NAMES.contains(&h.as_str()));

    // --- number formats: the table's evidence as a hint, then each column on its own
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
    let table_hint = match comma.cmp(&point) {
        std::cmp::Ordering::Greater => Some(DecimalSeparator::Comma),
        std::cmp::Ordering::Less => Some(DecimalSeparator::Point),
        std::cmp::Ordering::Equal => None,
    };
    let decimal = options.decimal.unwrap_or(if comma > point {
        DecimalSeparator::Comma
    } else {
        DecimalSeparator::Point
    });
    let hints = numbers::Hints {
        table: options.decimal.or(table_hint),
        german: src.delimiter == Some(';'),
    };
    let formats: Vec<ColumnNumbers> = (0..width)
        .map(|i| {
            let header = headers.get(i).cloned().unwrap_or_default();
            let unit_row = hinfo.units.get(i).cloned().flatten();
            if let Some(d) = mapping
                .column_decimal
                .get(&header)
                .copied()
                .or(options.decimal)
            {
                return ColumnNumbers {
                    column: header,
                    decimal: d,
                    confidence: Confidence::Given,
                    evidence: "as given".into(),
                    unit: unit_row,
                };
            }
            let cells: Vec<&Cell> = data.iter().filter_map(|(_, r)| r.get(i)).collect();
            numbers::decide(&header, &cells, hints, unit_row.as_deref())
        })
        .collect();
    let val_col = {
        let numeric = |i: usize| {
            let f = formats.get(i).map_or(decimal, |f| f.decimal);
            let (mut num, mut all) = (0, 0);
            for (_, r) in data.iter().take(200) {
                let c = cell(r, i);
                if c.is_blank() {
                    continue;
                }
                all += 1;
                if build::value_of(&c, f).is_ok_and(|v| v.is_some()) {
                    num += 1;
                }
            }
            all == 0 || num * 2 >= all
        };
        let cands: Vec<usize> = normed
            .iter()
            .enumerate()
            .filter(|(i, h)| *i != area_col && VALUE_NAMES.contains(&h.as_str()))
            .map(|(i, _)| i)
            .collect();
        cands
            .iter()
            .copied()
            .find(|i| numeric(*i))
            .or(cands.first().copied())
    };
    let long = match options.layout {
        Some(Layout::Long) => true,
        Some(_) => false,
        None => ind_col.is_some() && val_col.is_some(),
    };
    let (name_idx, name_detected) = keys::name_column(
        &headers,
        &data,
        Some(area_col),
        mapping.name_column.as_deref(),
    );
    let ctx = build::Context {
        headers: &headers,
        data: &data,
        formats: &formats,
        decimal,
        area_col,
        year_col,
        ind_col,
        val_col,
        long,
        name_col: name_idx,
        year_named_not_year: &year_named_not_year,
        file,
        src: &src,
        options,
    };
    let (columns, header_years, layout) = build::roles(&ctx);
    let qualifiers = if long {
        build::qualifiers(&ctx, &columns)
    } else {
        Vec::new()
    };
    let columns: Vec<ColumnInfo> = columns
        .into_iter()
        .enumerate()
        .map(|(i, mut c)| {
            if qualifiers.contains(&i) {
                c.role = ColumnRole::IndicatorName;
            }
            c
        })
        .collect();

    // --- aggregate rows (totals, subtotals)
    let aggregates = rows::find(&ctx, &columns);
    let (table, row_omissions) =
        build::records(&ctx, &columns, &qualifiers, &aggregates, &mut problems);
    // --- omissions: columns
    for (i, c) in columns.iter().enumerate() {
        if let ColumnRole::Ignored(reason) = &c.role
            && Some(i) != name_idx
        {
            let sample = first_sample(&data, i);
            omitted.push(Omission {
                item: OmittedItem::Column(c.header.clone()),
                reason: reason.clone(),
                has_values: sample.is_some(),
                sample,
            });
        }
    }
    omitted.extend(row_omissions);
    for o in &omitted {
        if !o.has_values {
            continue;
        }
        match &o.item {
            OmittedItem::Column(h) => problems.push(
                Severity::Warning,
                Some(header_line),
                Some(h),
                o.sample.as_deref(),
                format!("column left out: {}", o.reason),
            ),
            OmittedItem::Row { line, key } => problems.push(
                Severity::Warning,
                Some(*line),
                headers.get(area_col).map(String::as_str),
                Some(key),
                format!("row left out: {}", o.reason),
            ),
        }
    }
    build::missing_years(&table, &mut problems);
    if table.records.is_empty()
        && problems
            .problems
            .iter()
            .all(|p| p.severity != Severity::Error)
    {
        problems.push(
            Severity::Error,
            None,
            None,
            None,
            "no values found in the table",
        );
    }
    let years: BTreeSet<i32> = table.records.iter().filter_map(|r| r.year).collect();
    let numbers: Vec<ColumnNumbers> = formats
        .into_iter()
        .zip(&columns)
        .filter(|(_, c)| matches!(c.role, ColumnRole::Indicator { .. } | ColumnRole::Value))
        .map(|(f, _)| f)
        .collect();
    let detection = Detection {
        header: hinfo.detected.clone(),
        description_rows: hinfo.description_rows.clone(),
        key_column: key_detected,
        name_column: name_detected,
        year_column: year_detected,
        header_years,
        aggregate_rows: aggregates,
        numbers,
        qualifier_columns: qualifiers
            .iter()
            .filter_map(|i| headers.get(*i).cloned())
            .collect(),
    };
    TableImport {
        table,
        recognition: Recognition {
            format: src.format,
            encoding: src.encoding,
            delimiter: src.delimiter,
            decimal,
            sheet: src.sheet,
            layout,
            header_line,
            columns,
            years: years.into_iter().collect(),
            data_rows: data.len(),
            footer_lines,
            footer_text,
            detection,
            omitted,
        },
        truncated: problems.truncated,
        problems: problems.problems,
    }
}

#[cfg(test)]
mod tests;
