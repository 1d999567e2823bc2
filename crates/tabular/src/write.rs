//! CSV and XLSX writers for exports.

use std::io::Write;
use std::path::Path;

use rust_xlsxwriter::{Format, Workbook};

use crate::grid::format_number;
use crate::model::{Table, TableError};

/// A cell of an export sheet.
#[derive(Debug, Clone, PartialEq)]
pub enum ExportCell {
    /// Empty cell.
    Empty,
    /// Text.
    Text(String),
    /// Number.
    Number(f64),
}

impl From<&str> for ExportCell {
    fn from(s: &str) -> Self {
        ExportCell::Text(s.to_string())
    }
}

impl From<String> for ExportCell {
    fn from(s: String) -> Self {
        ExportCell::Text(s)
    }
}

impl From<f64> for ExportCell {
    fn from(v: f64) -> Self {
        ExportCell::Number(v)
    }
}

impl From<Option<f64>> for ExportCell {
    fn from(v: Option<f64>) -> Self {
        v.map_or(ExportCell::Empty, ExportCell::Number)
    }
}

/// A rectangular sheet for export: a header row and data rows.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Sheet {
    /// Sheet name (XLSX; at most 31 characters are used).
    pub name: String,
    /// Column headers.
    pub headers: Vec<String>,
    /// Data rows.
    pub rows: Vec<Vec<ExportCell>>,
}

impl Table {
    /// The table in long form: `area_id, indicator, year, value`.
    pub fn to_long_sheet(&self) -> Sheet {
        Sheet {
            name: "data".into(),
            headers: ["area_id", "indicator", "year", "value"]
                .map(String::from)
                .to_vec(),
            rows: self
                .records
                .iter()
                .map(|r| {
                    vec![
                        ExportCell::Text(r.area_id.clone()),
                        ExportCell::Text(r.indicator.clone()),
                        r.year
                            .map_or(ExportCell::Empty, |y| ExportCell::Number(f64::from(y))),
                        r.value.into(),
                    ]
                })
                .collect(),
        }
    }

    /// The table in wide form: one row per area (and year if any), one column per indicator.
    pub fn to_wide_sheet(&self) -> Sheet {
        let indicators = self.indicators();
        let has_years = self.records.iter().any(|r| r.year.is_some());
        let mut keys: Vec<(String, Option<i32>)> = Vec::new();
        let mut map = std::collections::HashMap::new();
        for r in &self.records {
            let k = (r.area_id.clone(), r.year);
            if !map.contains_key(&k) {
                keys.push(k.clone());
            }
            map.entry(k)
                .or_insert_with(std::collections::HashMap::new)
                .insert(r.indicator.clone(), r.value);
        }
        let mut headers = vec!["area_id".to_string()];
        if has_years {
            headers.push("year".into());
        }
        headers.extend(indicators.iter().cloned());
        let rows = keys
            .iter()
            .map(|k| {
                let mut row = vec![ExportCell::Text(k.0.clone())];
                if has_years {
                    row.push(k.1.map_or(ExportCell::Empty, |y| ExportCell::Number(f64::from(y))));
                }
                let vals = map.get(k);
                for ind in &indicators {
                    row.push(vals.and_then(|v| v.get(ind)).copied().flatten().into());
                }
                row
            })
            .collect();
        Sheet {
            name: "data".into(),
            headers,
            rows,
        }
    }
}

/// Options for CSV output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CsvWriteOptions {
    /// Field delimiter.
    pub delimiter: u8,
    /// Write numbers with a decimal comma (German Excel).
    pub decimal_comma: bool,
    /// Start with a UTF-8 byte-order mark (lets Excel detect UTF-8).
    pub bom: bool,
}

impl CsvWriteOptions {
    /// `,` delimiter, decimal point, no BOM.
    pub fn international() -> Self {
        CsvWriteOptions {
            delimiter: b',',
            decimal_comma: false,
            bom: false,
        }
    }

    /// `;` delimiter, decimal comma, UTF-8 BOM — opens correctly in German Excel.
    pub fn german_excel() -> Self {
        CsvWriteOptions {
            delimiter: b';',
            decimal_comma: true,
            bom: true,
        }
    }
}

/// Writes a sheet as CSV.
pub fn write_csv<W: Write>(
    sheet: &Sheet,
    out: W,
    options: &CsvWriteOptions,
) -> Result<(), TableError> {
    let io = |e: std::io::Error| TableError::Io {
        file: sheet.name.clone(),
        source: e,
    };
    let mut out = out;
    if options.bom {
        out.write_all(b"\xEF\xBB\xBF").map_err(io)?;
    }
    let mut w = csv::WriterBuilder::new()
        .delimiter(options.delimiter)
        .from_writer(out);
    let csv_err = |e: csv::Error| TableError::Io {
        file: sheet.name.clone(),
        source: std::io::Error::other(e.to_string()),
    };
    let headers: Vec<String> = sheet.headers.iter().map(|h| neutralise(h)).collect();
    w.write_record(&headers).map_err(csv_err)?;
    for row in &sheet.rows {
        let fields: Vec<String> = row
            .iter()
            .map(|c| match c {
                ExportCell::Empty => String::new(),
                ExportCell::Text(t) => neutralise(t),
                ExportCell::Number(n) => {
                    let s = format_number(*n);
                    if options.decimal_comma {
                        s.replace('.', ",")
                    } else {
                        s
                    }
                }
            })
            .collect();
        w.write_record(&fields).map_err(csv_err)?;
    }
    w.flush().map_err(io)
}

/// A text cell as a spreadsheet will not run it: text that begins with `=`, `+`, `-`,
/// `@`, a tab or a carriage return (what Excel, LibreOffice and Google Sheets read as
/// a formula) gets a leading apostrophe. Numbers are written as numbers and never
/// pass through here, so negative values stay numbers.
pub fn neutralise(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

/// Writes a sheet as CSV to a string.
pub fn to_csv_string(sheet: &Sheet, options: &CsvWriteOptions) -> Result<String, TableError> {
    let mut buf = Vec::new();
    write_csv(sheet, &mut buf, options)?;
    Ok(String::from_utf8_lossy(&buf).into_owned())
}

fn sheet_name(name: &str, i: usize) -> String {
    let cleaned: String = name
        .chars()
        .filter(|c| !matches!(c, '[' | ']' | ':' | '*' | '?' | '/' | '\\'))
        .take(31)
        .collect();
    let cleaned = cleaned.trim_matches('\'').to_string();
    if cleaned.is_empty() {
        format!("Sheet{}", i + 1)
    } else {
        cleaned
    }
}

/// Writes sheets to an XLSX workbook in memory (bold header row, frozen first row).
pub fn to_xlsx_bytes(sheets: &[Sheet]) -> Result<Vec<u8>, TableError> {
    let err = |e: rust_xlsxwriter::XlsxError| TableError::Xlsx {
        file: "workbook".into(),
        message: e.to_string(),
    };
    let mut wb = Workbook::new();
    let bold = Format::new().set_bold();
    let mut used = std::collections::BTreeSet::new();
    for (i, sheet) in sheets.iter().enumerate() {
        let ws = wb.add_worksheet();
        let mut name = sheet_name(&sheet.name, i);
        if !used.insert(name.to_lowercase()) {
            name = format!("Sheet{}", i + 1);
            used.insert(name.to_lowercase());
        }
        ws.set_name(&name).map_err(err)?;
        for (c, h) in sheet.headers.iter().enumerate() {
            let c = u16::try_from(c).map_err(|_| TableError::Xlsx {
                file: name.clone(),
                message: "too many columns".into(),
            })?;
            ws.write_string_with_format(0, c, h, &bold).map_err(err)?;
        }
        for (r, row) in sheet.rows.iter().enumerate() {
            let r = u32::try_from(r + 1).map_err(|_| TableError::Xlsx {
                file: name.clone(),
                message: "too many rows".into(),
            })?;
            for (c, cell) in row.iter().enumerate() {
                let c = u16::try_from(c).map_err(|_| TableError::Xlsx {
                    file: name.clone(),
                    message: "too many columns".into(),
                })?;
                match cell {
                    ExportCell::Empty => {}
                    ExportCell::Text(t) => {
                        ws.write_string(r, c, t).map_err(err)?;
                    }
                    ExportCell::Number(n) if n.is_finite() => {
                        ws.write_number(r, c, *n).map_err(err)?;
                    }
                    ExportCell::Number(_) => {}
                }
            }
        }
        ws.set_freeze_panes(1, 0).map_err(err)?;
    }
    wb.save_to_buffer().map_err(err)
}

/// Writes sheets to an XLSX file.
pub fn write_xlsx(sheets: &[Sheet], path: &Path) -> Result<(), TableError> {
    let bytes = to_xlsx_bytes(sheets)?;
    std::fs::write(path, bytes).map_err(|source| TableError::Io {
        file: path.display().to_string(),
        source,
    })
}

#[cfg(test)]
mod neutralise_tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised_in_csv_but_numbers_stay() {
        let sheet = Sheet {
            name: "t".into(),
            headers: vec!["=HEADER()".into(), "Wert".into()],
            rows: vec![
                vec![
                    ExportCell::Text("=HYPERLINK(\"http://x\")".into()),
                    ExportCell::Number(-3.5),
                ],
                vec![
                    ExportCell::Text("+1".into()),
                    ExportCell::Text("@SUM(A1)".into()),
                ],
                vec![
                    ExportCell::Text("\tx".into()),
                    ExportCell::Text("Anna".into()),
                ],
            ],
        };
        let csv = to_csv_string(&sheet, &CsvWriteOptions::german_excel()).expect("csv");
        assert!(csv.contains("'=HEADER()"));
        assert!(csv.contains("'=HYPERLINK"));
        assert!(csv.contains(";-3,5"), "{csv}");
        assert!(csv.contains("'+1"));
        assert!(csv.contains("'@SUM(A1)"));
        assert!(csv.contains("'\tx"));
        assert!(csv.contains("Anna"));
        assert!(!csv.contains(";=") && !csv.contains("\n="));
    }
}
