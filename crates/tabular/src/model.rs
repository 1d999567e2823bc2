//! Public data types: the normalised table, recognition report, problems and options.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt;

use crate::detection::{Detection, Mapping, Omission};

/// One value of the normalised table.
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    /// Area key as written in the file (or mapped from a name, see [`TableOptions::name_to_id`]).
    pub area_id: String,
    /// Indicator name (column header, or indicator column value in long layout).
    pub indicator: String,
    /// Year, if the file gives one (year column, year header, `_2019` suffix, or option).
    pub year: Option<i32>,
    /// Value; `None` for missing markers (`.`, `-`, `–`, empty, `NA`, `x`, …).
    pub value: Option<f64>,
    /// 1-based source line (CSV) or row (spreadsheet) of the value.
    pub line: usize,
}

/// A normalised indicator table in long form.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Table {
    /// The values in file order.
    pub records: Vec<Record>,
    /// Area names from the table's name column, by area id (for key matching).
    pub area_names: BTreeMap<String, String>,
}

impl Table {
    /// Distinct indicator names in first-seen order.
    pub fn indicators(&self) -> Vec<String> {
        let mut seen = BTreeSet::new();
        self.records
            .iter()
            .filter(|r| seen.insert(r.indicator.clone()))
            .map(|r| r.indicator.clone())
            .collect()
    }

    /// Distinct years (sorted).
    pub fn years(&self) -> Vec<i32> {
        let s: BTreeSet<i32> = self.records.iter().filter_map(|r| r.year).collect();
        s.into_iter().collect()
    }

    /// Distinct area ids in first-seen order.
    pub fn area_ids(&self) -> Vec<String> {
        let mut seen = BTreeSet::new();
        self.records
            .iter()
            .filter(|r| seen.insert(r.area_id.clone()))
            .map(|r| r.area_id.clone())
            .collect()
    }

    /// The value for one key, if present.
    pub fn get(&self, area_id: &str, indicator: &str, year: Option<i32>) -> Option<Option<f64>> {
        self.records
            .iter()
            .find(|r| r.area_id == area_id && r.indicator == indicator && r.year == year)
            .map(|r| r.value)
    }
}

/// Source format of a table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceFormat {
    /// Delimited text.
    Csv,
    /// Office Open XML spreadsheet (also `.xlsm`, `.xlsb`, `.xls` via calamine).
    Xlsx,
    /// OpenDocument spreadsheet.
    Ods,
    /// JSON records from a statistics API.
    Json,
}

/// Decimal separator of numbers in text cells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DecimalSeparator {
    /// `1234.5` (thousands `,` only in the pattern `1,234.5`).
    Point,
    /// German `1234,5` or `1.234,5`.
    Comma,
}

/// Arrangement of the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// One row per area, one column per indicator, no year (or the year from the options).
    Wide,
    /// One row per area and year (a year column), one column per indicator.
    WideYearColumn,
    /// One row per area, one column per year (headers `2000`, `2001`, …) for one indicator.
    WideYearHeaders,
    /// One row per area, columns `indicator_YYYY` (e.g. `arbeitslose_2019`).
    WideYearSuffix,
    /// One row per value: area, indicator, (year), value columns.
    Long,
}

/// What a column was recognised as.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ColumnRole {
    /// The area key.
    AreaId,
    /// The year.
    Year,
    /// Indicator names (long layout), or a qualifier combined with them (`Ausprägung`).
    IndicatorName,
    /// Values (long layout).
    Value,
    /// An indicator, possibly for one year.
    Indicator {
        /// Indicator name.
        name: String,
        /// Year from the header, if any.
        year: Option<i32>,
    },
    /// Not used; the reason says why (e.g. "text column").
    Ignored(String),
}

/// One column of the recognised header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ColumnInfo {
    /// Header text.
    pub header: String,
    /// Recognised role.
    pub role: ColumnRole,
}

/// What the importer recognised, for the upload preview.
#[derive(Debug, Clone, PartialEq)]
pub struct Recognition {
    /// File format.
    pub format: SourceFormat,
    /// Text encoding (CSV): "UTF-8", "UTF-8 with BOM", "Windows-1252/ISO-8859-1", "UTF-16LE", "UTF-16BE".
    pub encoding: Option<String>,
    /// Field delimiter (CSV).
    pub delimiter: Option<char>,
    /// Decimal separator used for text numbers.
    pub decimal: DecimalSeparator,
    /// Sheet name (spreadsheets).
    pub sheet: Option<String>,
    /// Layout.
    pub layout: Layout,
    /// 1-based line/row of the header.
    pub header_line: usize,
    /// Columns and their roles.
    pub columns: Vec<ColumnInfo>,
    /// Years found.
    pub years: Vec<i32>,
    /// Number of data rows read (excluding header and footer).
    pub data_rows: usize,
    /// Number of trailing footer lines skipped (source notes etc.).
    pub footer_lines: usize,
    /// The skipped footer text, joined by newlines (for display).
    pub footer_text: Vec<String>,
    /// Every decision with its evidence (header, key/name/year columns, totals, number
    /// formats), for the preview and the mapping step.
    pub detection: Detection,
    /// Columns and rows left out, with the reason and a sample value.
    pub omitted: Vec<Omission>,
}

/// Severity of a [`Problem`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// Probably fine, worth a look.
    Warning,
    /// Not usable as is.
    Error,
}

/// A validation finding naming file, line, column and the raw value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// File name.
    pub file: String,
    /// 1-based line (CSV) or row (spreadsheet).
    pub line: Option<usize>,
    /// Column header.
    pub column: Option<String>,
    /// The raw cell text.
    pub value: Option<String>,
    /// What is wrong.
    pub message: String,
    /// Error or warning.
    pub severity: Severity,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sev = match self.severity {
            Severity::Warning => "warning",
            Severity::Error => "error",
        };
        write!(f, "{}", self.file)?;
        if let Some(l) = self.line {
            write!(f, ":{l}")?;
        }
        if let Some(c) = &self.column {
            write!(f, " column '{c}'")?;
        }
        write!(f, ": {sev}: {}", self.message)?;
        if let Some(v) = &self.value {
            write!(f, " (value '{v}')")?;
        }
        Ok(())
    }
}

/// Text encodings the CSV reader can be told to use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextEncoding {
    /// UTF-8 (a BOM is skipped).
    Utf8,
    /// Windows-1252, a superset of the printable ISO-8859-1 range.
    Windows1252,
}

/// Options for table import; everything is auto-detected when left at the default.
#[derive(Debug, Clone, PartialEq)]
pub struct TableOptions {
    /// CSV field delimiter.
    pub delimiter: Option<u8>,
    /// CSV text encoding.
    pub encoding: Option<TextEncoding>,
    /// Decimal separator of text numbers.
    pub decimal: Option<DecimalSeparator>,
    /// Header of the area key column (default: a column named like `id`, `AGS`, `Gebiet`,
    /// `Ortsteil`, `plrID`, … or else the first column).
    pub area_column: Option<String>,
    /// Indicator name for the [`Layout::WideYearHeaders`] layout (default: the file stem).
    pub indicator: Option<String>,
    /// Year for all values of a plain [`Layout::Wide`] file.
    pub year: Option<i32>,
    /// Spreadsheet sheet name (default: the first sheet).
    pub sheet: Option<String>,
    /// Force a layout instead of detecting it.
    pub layout: Option<Layout>,
    /// Columns to leave out.
    pub skip_columns: Vec<String>,
    /// Known area ids: values of other ids are reported as errors.
    pub known_ids: Option<BTreeSet<String>>,
    /// Map area names to ids (for files keyed by name, e.g. Leipzig Ortsteil names).
    pub name_to_id: Option<HashMap<String, String>>,
    /// Stop collecting problems after this many.
    pub max_problems: usize,
    /// The analyst's corrections of the detection (header row, key/name/year columns,
    /// totals, number formats).
    pub mapping: Mapping,
}

impl Default for TableOptions {
    fn default() -> Self {
        TableOptions {
            delimiter: None,
            encoding: None,
            decimal: None,
            area_column: None,
            indicator: None,
            year: None,
            sheet: None,
            layout: None,
            skip_columns: Vec::new(),
            known_ids: None,
            name_to_id: None,
            max_problems: 200,
            mapping: Mapping::default(),
        }
    }
}

/// The result of a table import.
#[derive(Debug, Clone, PartialEq)]
pub struct TableImport {
    /// The values read (rows with problems are included with what could be read).
    pub table: Table,
    /// What was recognised.
    pub recognition: Recognition,
    /// Problems in file order (at most `max_problems`).
    pub problems: Vec<Problem>,
    /// More problems existed than were kept.
    pub truncated: bool,
}

impl TableImport {
    /// True if there is no problem of severity error.
    pub fn is_ok(&self) -> bool {
        !self.problems.iter().any(|p| p.severity == Severity::Error)
    }

    /// The table if there are no errors, else [`TableError::Invalid`].
    pub fn into_result(self) -> Result<Table, TableError> {
        if self.is_ok() {
            Ok(self.table)
        } else {
            Err(TableError::Invalid {
                problems: self.problems,
                truncated: self.truncated,
            })
        }
    }
}

/// Fatal table errors and collected validation errors.
#[derive(Debug, thiserror::Error)]
pub enum TableError {
    /// Reading or writing a file failed.
    #[error("{file}: {source}")]
    Io {
        /// File name.
        file: String,
        /// Underlying error.
        #[source]
        source: std::io::Error,
    },
    /// The file cannot be interpreted.
    #[error("{file}: {message}")]
    Format {
        /// File name.
        file: String,
        /// What is wrong.
        message: String,
    },
    /// The file was read but has errors.
    #[error("{} problem(s){}, first: {}", problems.len(), if *truncated { " (list truncated)" } else { "" }, problems.first().map(ToString::to_string).unwrap_or_default())]
    Invalid {
        /// The problems.
        problems: Vec<Problem>,
        /// More problems existed than were kept.
        truncated: bool,
    },
    /// Writing an XLSX file failed.
    #[error("{file}: cannot write XLSX: {message}")]
    Xlsx {
        /// File name.
        file: String,
        /// Underlying error text.
        message: String,
    },
}

/// Collects problems up to a limit.
#[derive(Debug)]
pub(crate) struct Collector {
    pub file: String,
    pub problems: Vec<Problem>,
    pub max: usize,
    pub truncated: bool,
}

impl Collector {
    pub fn new(file: &str, max: usize) -> Self {
        Collector {
            file: file.to_string(),
            problems: Vec::new(),
            max,
            truncated: false,
        }
    }

    pub fn push(
        &mut self,
        severity: Severity,
        line: Option<usize>,
        column: Option<&str>,
        value: Option<&str>,
        message: impl Into<String>,
    ) {
        if self.problems.len() >= self.max {
            self.truncated = true;
            return;
        }
        self.problems.push(Problem {
            file: self.file.clone(),
            line,
            column: column.map(str::to_string),
            value: value.map(|v| {
                if v.chars().count() > 80 {
                    let mut s: String = v.chars().take(80).collect();
                    s.push('…');
                    s
                } else {
                    v.to_string()
                }
            }),
            message: message.into(),
            severity,
        });
    }
}
