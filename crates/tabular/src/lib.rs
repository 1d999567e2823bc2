//! Indicator table importers for Quartier.
//!
//! Reads CSV (auto-detected encoding, delimiter, decimal comma, German thousands separators,
//! missing markers, footer notes), XLSX and ODS into a normalised long [`Table`] of
//! `(area_id, indicator, year, value)`, together with a [`Recognition`] report and the list
//! of [`Problem`]s (file, line, column, raw value) for an upload preview. Also writes CSV and
//! XLSX exports.
//!
//! ```no_run
//! use quartier_tabular::{read_table, TableOptions};
//! let import = read_table("AnteilArbeitslose.csv".as_ref(), &TableOptions::default())?;
//! println!("{:?}, {} values", import.recognition.layout, import.table.records.len());
//! # Ok::<(), quartier_tabular::TableError>(())
//! ```

mod detection;
mod grid;
mod json;
pub mod matching;
mod model;
mod recognise;
mod write;

pub use detection::{
    AggregateRow, ColumnNumbers, Confidence, Detected, Detection, HeaderRow, Mapping, Omission,
    OmittedItem, RowKind, YearColumn,
};
pub use json::read_json_bytes;
pub use model::{
    ColumnInfo, ColumnRole, DecimalSeparator, Layout, Problem, Recognition, Record, Severity,
    SourceFormat, Table, TableError, TableImport, TableOptions, TextEncoding,
};
pub use write::{
    CsvWriteOptions, ExportCell, Sheet, neutralise, to_csv_string, to_xlsx_bytes, write_csv,
    write_xlsx,
};

use std::path::Path;

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

/// Reads a table file, choosing CSV, spreadsheet or JSON by extension (`.xlsx`, `.xlsm`,
/// `.xls`, `.ods` are spreadsheets, `.json` JSON records; anything else is delimited text).
pub fn read_table(path: &Path, options: &TableOptions) -> Result<TableImport, TableError> {
    let file = file_name(path);
    let bytes = std::fs::read(path).map_err(|source| TableError::Io {
        file: file.clone(),
        source,
    })?;
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "xlsx" | "xlsm" | "xlsb" | "xls" | "ods" => read_spreadsheet_bytes(&bytes, &file, options),
        "json" => read_json_bytes(&bytes, &file, options),
        _ => Ok(read_csv_bytes(&bytes, &file, options)),
    }
}

/// Reads delimited text from bytes; `file` is the name used in messages and the default
/// indicator name for year-per-column files.
pub fn read_csv_bytes(bytes: &[u8], file: &str, options: &TableOptions) -> TableImport {
    let (grid, encoding, delimiter) =
        grid::read_csv_grid(bytes, options.delimiter, options.encoding);
    recognise::recognise(
        grid,
        recognise::Source {
            format: SourceFormat::Csv,
            encoding: Some(encoding),
            delimiter: Some(char::from(delimiter)),
            sheet: None,
        },
        file,
        options,
    )
}

/// Reads an XLSX/XLS/ODS workbook from bytes (sheet from the options, or the first).
pub fn read_spreadsheet_bytes(
    bytes: &[u8],
    file: &str,
    options: &TableOptions,
) -> Result<TableImport, TableError> {
    let (grid, sheet) =
        grid::read_sheet_grid(bytes, options.sheet.as_deref()).map_err(|message| {
            TableError::Format {
                file: file.to_string(),
                message,
            }
        })?;
    let format = if bytes.starts_with(b"PK") && is_ods(bytes) {
        SourceFormat::Ods
    } else {
        SourceFormat::Xlsx
    };
    Ok(recognise::recognise(
        grid,
        recognise::Source {
            format,
            encoding: None,
            delimiter: None,
            sheet: Some(sheet),
        },
        file,
        options,
    ))
}

fn is_ods(bytes: &[u8]) -> bool {
    // The ODF mimetype is stored uncompressed right after the first local header.
    bytes
        .windows(b"application/vnd.oasis.opendocument".len())
        .take(200)
        .any(|w| w == b"application/vnd.oasis.opendocument")
}

/// Names of the sheets of a workbook (for a sheet chooser in the upload preview).
pub fn sheet_names(bytes: &[u8]) -> Result<Vec<String>, TableError> {
    use calamine::Reader;
    calamine::open_workbook_auto_from_rs(std::io::Cursor::new(bytes))
        .map(|wb| wb.sheet_names())
        .map_err(|e| TableError::Format {
            file: "workbook".into(),
            message: format!("not a readable spreadsheet: {e}"),
        })
}

/// Reads a CSV file or the first sheet of a spreadsheet into plain rows of cell text, each
/// with its 1-based line (row) number — for simple lists such as an actor list, where the
/// indicator recognition of [`read_table`] does not apply. Spreadsheets are recognised by
/// their content (ZIP or OLE signature), everything else is read as delimited text.
pub fn read_rows(bytes: &[u8], file: &str) -> Result<Vec<(usize, Vec<String>)>, TableError> {
    let is_sheet = bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]);
    let grid = if is_sheet {
        grid::read_sheet_grid(bytes, None)
            .map_err(|message| TableError::Format {
                file: file.to_string(),
                message,
            })?
            .0
    } else {
        grid::read_csv_grid(bytes, None, None).0
    };
    Ok(grid
        .rows
        .into_iter()
        .map(|(line, cells)| {
            (
                line,
                cells.iter().map(|c| c.text().trim().to_string()).collect(),
            )
        })
        .collect())
}
