//! Column roles and the conversion of data rows into records.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use crate::detection::{AggregateRow, ColumnNumbers, Omission, OmittedItem};
use crate::grid::{Cell, parse_number};
use crate::model::{
    Collector, ColumnInfo, ColumnRole, DecimalSeparator, Layout, Record, Severity, SourceFormat,
    Table, TableOptions,
};

use super::years::{self, HeaderYear, TOTAL_HEADERS};
use super::{MAX_VALUES, Source, cell, is_generic_sheet, norm};

/// Everything the later steps need to know about the recognised table.
pub(crate) struct Context<'a> {
    pub headers: &'a [String],
    pub data: &'a [(usize, Vec<Cell>)],
    pub formats: &'a [ColumnNumbers],
    pub decimal: DecimalSeparator,
    pub area_col: usize,
    pub year_col: Option<usize>,
    pub ind_col: Option<usize>,
    pub val_col: Option<usize>,
    pub long: bool,
    pub name_col: Option<usize>,
    pub year_named_not_year: &'a BTreeSet<usize>,
    pub file: &'a str,
    pub src: &'a Source,
    pub options: &'a TableOptions,
}

impl Context<'_> {
    pub fn format_of(&self, i: usize) -> DecimalSeparator {
        self.formats.get(i).map_or(self.decimal, |f| f.decimal)
    }

    fn header(&self, i: usize) -> String {
        self.headers.get(i).cloned().unwrap_or_default()
    }
}

/// The numeric value of a cell under a column's number format.
pub(crate) fn value_of(c: &Cell, decimal: DecimalSeparator) -> Result<Option<f64>, ()> {
    match c {
        Cell::Empty => Ok(None),
        Cell::Number(n) if n.is_finite() => Ok(Some(*n)),
        Cell::Number(_) => Err(()),
        Cell::Text(t) => parse_number(t, decimal),
    }
}

fn default_indicator(ctx: &Context<'_>) -> String {
    if let Some(i) = &ctx.options.indicator {
        return i.clone();
    }
    if ctx.src.format != SourceFormat::Csv
        && let Some(s) = &ctx.src.sheet
        && !is_generic_sheet(s)
    {
        return s.clone();
    }
    ctx.file
        .rsplit_once('.')
        .map_or(ctx.file, |(stem, _)| stem)
        .to_string()
}

/// Roles of the columns, the years read from headers, and the layout.
pub(crate) fn roles(ctx: &Context<'_>) -> (Vec<ColumnInfo>, Vec<(String, i32, String)>, Layout) {
    let options = ctx.options;
    let skip: BTreeSet<String> = options.skip_columns.iter().map(|s| norm(s)).collect();
    let width = ctx.headers.len();
    let mut num_count = vec![0usize; width];
    let mut text_count = vec![0usize; width];
    if !ctx.long {
        for (_, r) in ctx.data {
            for (i, c) in r.iter().enumerate().take(width) {
                match value_of(c, ctx.format_of(i)) {
                    Ok(Some(_)) => num_count[i] += 1,
                    Ok(None) => {}
                    Err(()) => text_count[i] += 1,
                }
            }
        }
    }
    let year_headers = years::classify(ctx.headers);
    let any_plain_year = year_headers
        .iter()
        .enumerate()
        .any(|(i, y)| i != ctx.area_col && matches!(y, Some(HeaderYear::Year(_))));
    let default_ind = default_indicator(ctx);
    let mut header_years = Vec::new();
    let mut columns = Vec::with_capacity(width);
    let (mut any_year_header, mut any_suffix) = (false, false);
    for (i, h) in ctx.headers.iter().enumerate() {
        let role = if i == ctx.area_col {
            ColumnRole::AreaId
        } else if skip.contains(&norm(h)) {
            ColumnRole::Ignored("skipped by option".into())
        } else if ctx.long {
            if Some(i) == ctx.ind_col {
                ColumnRole::IndicatorName
            } else if Some(i) == ctx.val_col {
                ColumnRole::Value
            } else if Some(i) == ctx.year_col {
                ColumnRole::Year
            } else {
                ColumnRole::Ignored("not used in long layout".into())
            }
        } else if Some(i) == ctx.year_col && options.layout != Some(Layout::Wide) {
            ColumnRole::Year
        } else if ctx.year_named_not_year.contains(&i) {
            ColumnRole::Ignored("not the year column (as given)".into())
        } else {
            let num = num_count.get(i).copied().unwrap_or(0);
            let text = text_count.get(i).copied().unwrap_or(0);
            if num == 0 || text > num {
                ColumnRole::Ignored(if num == 0 && text == 0 {
                    "empty column".into()
                } else if num == 0 {
                    "text column".into()
                } else {
                    format!(
                        "mostly text: {text} of {} values are not numbers",
                        num + text
                    )
                })
            } else {
                match year_headers.get(i).cloned().flatten() {
                    Some(HeaderYear::Year(y)) => {
                        any_year_header = true;
                        header_years.push((h.clone(), y, "the header is a year".to_string()));
                        ColumnRole::Indicator {
                            name: default_ind.clone(),
                            year: Some(y),
                        }
                    }
                    Some(HeaderYear::Named { name, year, how }) => {
                        any_suffix = true;
                        header_years.push((h.clone(), year, how.to_string()));
                        ColumnRole::Indicator {
                            name,
                            year: Some(year),
                        }
                    }
                    None if any_plain_year && TOTAL_HEADERS.contains(&norm(h).as_str()) => {
                        ColumnRole::Ignored("a total over the year columns".into())
                    }
                    None => ColumnRole::Indicator {
                        name: h.clone(),
                        year: options.year,
                    },
                }
            }
        };
        columns.push(ColumnInfo {
            header: h.clone(),
            role,
        });
    }
    let layout = if ctx.long {
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
    (columns, header_years, layout)
}

/// Long layout: extra text columns that must be part of the indicator name for the values
/// to be unique (e.g. `Ausprägung` next to `Indikator`), chosen left to right.
pub(crate) fn qualifiers(ctx: &Context<'_>, columns: &[ColumnInfo]) -> Vec<usize> {
    let Some(ind) = ctx.ind_col else {
        return Vec::new();
    };
    let cands: Vec<usize> = columns
        .iter()
        .enumerate()
        .filter(|(i, c)| {
            matches!(&c.role, ColumnRole::Ignored(r) if r == "not used in long layout")
                && ctx.data.iter().take(500).any(|(_, r)| {
                    matches!(cell(r, *i), Cell::Text(ref t) if parse_number(t, ctx.format_of(*i)).is_err())
                })
        })
        .map(|(i, _)| i)
        .collect();
    let dups = |quals: &[usize]| {
        let mut seen = HashSet::with_capacity(ctx.data.len());
        ctx.data
            .iter()
            .filter(|(_, r)| {
                let mut k = vec![cell(r, ctx.area_col).text(), cell(r, ind).text()];
                if let Some(y) = ctx.year_col {
                    k.push(cell(r, y).text());
                }
                k.extend(quals.iter().map(|q| cell(r, *q).text()));
                !seen.insert(k)
            })
            .count()
    };
    let mut chosen = Vec::new();
    let mut current = dups(&chosen);
    for c in cands {
        if current == 0 {
            break;
        }
        chosen.push(c);
        let d = dups(&chosen);
        if d < current {
            current = d;
        } else {
            chosen.pop();
        }
    }
    chosen
}

/// Builds the records; returns the table and the rows left out.
pub(crate) fn records(
    ctx: &Context<'_>,
    columns: &[ColumnInfo],
    qualifiers: &[usize],
    aggregates: &[AggregateRow],
    problems: &mut Collector,
) -> (Table, Vec<Omission>) {
    let options = ctx.options;
    let mut omitted = Vec::new();
    let indicator_columns = columns
        .iter()
        .filter(|c| matches!(c.role, ColumnRole::Indicator { .. }))
        .count()
        .max(1);
    let empty: &[(usize, Vec<Cell>)] = &[];
    let data = if ctx.data.len().saturating_mul(indicator_columns) > MAX_VALUES {
        problems.push(
            Severity::Error,
            None,
            None,
            None,
            format!(
                "table too large: {} rows × {indicator_columns} indicator columns exceeds the limit of {MAX_VALUES} values",
                ctx.data.len()
            ),
        );
        empty
    } else {
        ctx.data
    };
    // Long layout: a key is an aggregate wherever it occurs; wide: only on its own line
    // (a district may share its name with an area).
    let agg_by_key: HashMap<&str, &AggregateRow> =
        aggregates.iter().map(|a| (a.key.as_str(), a)).collect();
    let agg_by_line: HashMap<usize, &AggregateRow> =
        aggregates.iter().map(|a| (a.line, a)).collect();
    // Year columns with months: keep the last month of each year.
    let mut last_month: BTreeMap<i32, u32> = BTreeMap::new();
    if let Some(yc) = ctx.year_col {
        for (_, r) in data {
            if let Some((y, Some(m))) = years::period(&cell(r, yc)) {
                let e = last_month.entry(y).or_insert(m);
                *e = (*e).max(m);
            }
        }
    }
    let mut months_left_out: BTreeMap<(i32, u32), (usize, usize)> = BTreeMap::new();
    let mut records: Vec<Record> = Vec::new();
    let mut names: BTreeMap<String, String> = BTreeMap::new();
    let mut keys: HashMap<(String, String, Option<i32>), usize> = HashMap::new();
    let area_header = ctx.header(ctx.area_col);
    let mut agg_reported: HashSet<&str> = HashSet::new();
    for (line, r) in data {
        let line = *line;
        let raw_id = cell(r, ctx.area_col).text().trim().to_string();
        let has_values = columns.iter().enumerate().any(|(i, c)| {
            matches!(c.role, ColumnRole::Indicator { .. } | ColumnRole::Value)
                && !cell(r, i).is_blank()
        });
        if raw_id.is_empty() {
            if !has_values {
                omitted.push(Omission {
                    item: OmittedItem::Row {
                        line,
                        key: String::new(),
                    },
                    reason: "no key and no values (a heading or spacer)".into(),
                    sample: r
                        .iter()
                        .find(|c| !c.is_blank())
                        .map(|c| c.text().trim().to_string()),
                    has_values: false,
                });
                continue;
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
        let aggregate = if ctx.long {
            agg_by_key.get(raw_id.as_str())
        } else {
            agg_by_line.get(&line)
        };
        if let Some(a) = aggregate {
            if agg_reported.insert(a.key.as_str()) || !ctx.long {
                omitted.push(Omission {
                    item: OmittedItem::Row {
                        line,
                        key: raw_id.clone(),
                    },
                    reason: format!("{}: {}", a.kind.label(), a.evidence),
                    sample: columns
                        .iter()
                        .enumerate()
                        .find(|(i, c)| {
                            matches!(c.role, ColumnRole::Indicator { .. } | ColumnRole::Value)
                                && !cell(r, *i).is_blank()
                        })
                        .map(|(i, _)| cell(r, i).text()),
                    has_values,
                });
            }
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
        if let Some(nc) = ctx.name_col {
            let n = cell(r, nc).text().trim().to_string();
            if !n.is_empty() {
                names.entry(area_id.clone()).or_insert(n);
            }
        }
        let row_year = match ctx.year_col {
            Some(yc) if columns.get(yc).is_some_and(|c| c.role == ColumnRole::Year) => {
                let c = cell(r, yc);
                let t = c.text();
                match years::period(&c) {
                    Some((y, Some(m))) if last_month.get(&y).is_some_and(|lm| *lm != m) => {
                        let e = months_left_out.entry((y, m)).or_insert((line, 0));
                        e.1 += 1;
                        continue;
                    }
                    Some((y, _)) => Some(y),
                    None if t.trim().is_empty() => {
                        problems.push(
                            Severity::Error,
                            Some(line),
                            Some(&ctx.header(yc)),
                            Some(""),
                            "missing year",
                        );
                        continue;
                    }
                    None => {
                        problems.push(
                            Severity::Error,
                            Some(line),
                            Some(&ctx.header(yc)),
                            Some(&t),
                            "invalid year",
                        );
                        continue;
                    }
                }
            }
            _ => None,
        };
        let mut push =
            |indicator: String, year: Option<i32>, i: usize, problems: &mut Collector| {
                let c = cell(r, i);
                let col = ctx.header(i);
                let value = match value_of(&c, ctx.format_of(i)) {
                    Ok(v) => v,
                    Err(()) => {
                        problems.push(
                            Severity::Error,
                            Some(line),
                            Some(&col),
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
                    Some(&col),
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
        if ctx.long {
            let mut ind = ctx
                .ind_col
                .map(|c| cell(r, c).text().trim().to_string())
                .unwrap_or_default();
            if ind.is_empty() {
                let h = ctx.ind_col.map(|c| ctx.header(c)).unwrap_or_default();
                problems.push(
                    Severity::Error,
                    Some(line),
                    Some(&h),
                    Some(""),
                    "missing indicator name",
                );
                continue;
            }
            for q in qualifiers {
                let t = cell(r, *q).text().trim().to_string();
                if !t.is_empty() {
                    ind = format!("{ind} – {t}");
                }
            }
            push(ind, row_year, ctx.val_col.unwrap_or(0), problems);
        } else {
            for (i, info) in columns.iter().enumerate() {
                if let ColumnRole::Indicator { name, year } = &info.role {
                    push(name.clone(), year.or(row_year), i, problems);
                }
            }
        }
    }
    for ((y, m), (line, n)) in months_left_out {
        let last = last_month.get(&y).copied().unwrap_or(m);
        omitted.push(Omission {
            item: OmittedItem::Row { line, key: format!("{y}-{m:02}") },
            reason: format!(
                "{n} row(s) of month {m:02}/{y} left out: the table has several months of {y}, the last ({last:02}) is used"
            ),
            sample: None,
            has_values: true,
        });
    }
    (
        Table {
            records,
            area_names: names,
        },
        omitted,
    )
}

/// Warns about areas without a row for a year that other areas have.
pub(crate) fn missing_years(table: &Table, problems: &mut Collector) {
    let mut years_of_ind: BTreeMap<&str, BTreeSet<i32>> = BTreeMap::new();
    let mut have: BTreeMap<(&str, &str), BTreeSet<i32>> = BTreeMap::new();
    for rec in &table.records {
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
}
