//! What the recogniser decided and why ([`Detection`]), what it left out ([`Omission`]),
//! and how an analyst overrides it ([`Mapping`]).
//!
//! Every decision carries its evidence so that an upload preview can show it, and a
//! [`Confidence`]: `Ask` means the recogniser could not decide and the analyst should
//! confirm or correct it in the mapping step. [`Detection::to_mapping`] gives the mapping
//! that reproduces the detection, as the starting point of that form.

use std::collections::{BTreeMap, BTreeSet};

use crate::model::DecimalSeparator;

/// How sure a detection is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Confidence {
    /// Given by the caller (option or mapping).
    Given,
    /// Clear from the file.
    Sure,
    /// A plausible guess; shown for confirmation.
    Guess,
    /// Could not be decided: the analyst should choose.
    Ask,
}

/// One decision with its evidence (English text for the preview and the command line).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Detected<T> {
    /// The decision.
    pub value: T,
    /// How sure it is.
    pub confidence: Confidence,
    /// Why, with sample values from the file.
    pub evidence: String,
}

impl<T> Detected<T> {
    pub(crate) fn new(value: T, confidence: Confidence, evidence: impl Into<String>) -> Self {
        Detected {
            value,
            confidence,
            evidence: evidence.into(),
        }
    }
}

/// The header row choice of a [`Mapping`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HeaderRow {
    /// The table has no header row: every row is data, columns are named `column N`.
    None,
    /// The header is on this 1-based line (CSV) or row (spreadsheet).
    Line(usize),
}

/// The year column choice of a [`Mapping`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum YearColumn {
    /// No column is the year (a column named `Jahr` or `ZEIT` is then left out).
    None,
    /// This column (by header) holds the year, or year and month (`202012`, `2020-12`).
    Named(String),
}

/// Kinds of rows that are not areas.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RowKind {
    /// A total for the whole city ("Stadt Münster", "Köln insgesamt").
    Total,
    /// A subtotal for a district or part of the city ("Stadtbezirk Mitte", "Altstadt"
    /// between the Stadtteile 11–15).
    District,
    /// Values that belong to no area ("nicht zuzuordnen").
    Unassigned,
}

impl RowKind {
    /// English label for messages.
    pub fn label(self) -> &'static str {
        match self {
            RowKind::Total => "city total",
            RowKind::District => "district subtotal",
            RowKind::Unassigned => "not assigned to an area",
        }
    }
}

/// A row (or, in long layout, a key value) recognised as a total or subtotal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AggregateRow {
    /// First 1-based line of the row (long layout: the key's first line).
    pub line: usize,
    /// The key text as written.
    pub key: String,
    /// What it is.
    pub kind: RowKind,
    /// Why.
    pub evidence: String,
}

/// Number format of one column, decided from all of its values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ColumnNumbers {
    /// Column header.
    pub column: String,
    /// Decimal separator (the thousands separator is the other one).
    pub decimal: DecimalSeparator,
    /// How sure, and why (sample values).
    pub confidence: Confidence,
    /// Evidence text.
    pub evidence: String,
    /// Unit stripped from the values (`%`, `€`, …) or given in a unit row (`Anzahl`).
    pub unit: Option<String>,
}

/// What was left out of the table: a column or a row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OmittedItem {
    /// A column, by header.
    Column(String),
    /// A row, by 1-based line and key text.
    Row {
        /// 1-based line.
        line: usize,
        /// Key text as written.
        key: String,
    },
}

/// A column or row left out, with the reason and a sample value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Omission {
    /// What was left out.
    pub item: OmittedItem,
    /// Why.
    pub reason: String,
    /// A sample value (the first non-blank cell of the column, or the row's first value).
    pub sample: Option<String>,
    /// True if values were left out (false for empty columns or rows without values).
    pub has_values: bool,
}

/// All decisions of one import, for the preview and the mapping step.
#[derive(Debug, Clone, PartialEq)]
pub struct Detection {
    /// Header line (`None`: the table has no header row).
    pub header: Detected<Option<usize>>,
    /// Rows below the header that describe it and were not merged into names (units such
    /// as "Anzahl", descriptions), with their line.
    pub description_rows: Vec<(usize, String)>,
    /// The area key column (header).
    pub key_column: Detected<Option<String>>,
    /// The area name column, if a separate one exists.
    pub name_column: Detected<Option<String>>,
    /// The year column (`None`: no year column).
    pub year_column: Detected<Option<String>>,
    /// Years taken from headers: (header, year, how), e.g. `("2018_Anzahl", 2018, "year before the name")`.
    pub header_years: Vec<(String, i32, String)>,
    /// Totals and subtotals recognised and left out of the table.
    pub aggregate_rows: Vec<AggregateRow>,
    /// Number format per value column.
    pub numbers: Vec<ColumnNumbers>,
    /// Extra columns combined with the indicator name in long layout (e.g. `Ausprägung`).
    pub qualifier_columns: Vec<String>,
}

impl Detection {
    /// Decisions the analyst should look at (confidence [`Confidence::Ask`]), as
    /// `(what, evidence)` pairs.
    pub fn questions(&self) -> Vec<(&'static str, String)> {
        let mut q = Vec::new();
        if self.header.confidence == Confidence::Ask {
            q.push(("header row", self.header.evidence.clone()));
        }
        if self.key_column.confidence == Confidence::Ask {
            q.push(("key column", self.key_column.evidence.clone()));
        }
        if self.year_column.confidence == Confidence::Ask {
            q.push(("year column", self.year_column.evidence.clone()));
        }
        for n in &self.numbers {
            if n.confidence == Confidence::Ask {
                q.push(("number format", format!("{}: {}", n.column, n.evidence)));
            }
        }
        q
    }

    /// The mapping that reproduces this detection (the mapping form's starting values).
    pub fn to_mapping(&self) -> Mapping {
        Mapping {
            header_row: Some(match self.header.value {
                Some(l) => HeaderRow::Line(l),
                None => HeaderRow::None,
            }),
            skip_rows: 0,
            key_column: self.key_column.value.clone(),
            name_column: self.name_column.value.clone(),
            year_column: Some(match &self.year_column.value {
                Some(c) => YearColumn::Named(c.clone()),
                None => YearColumn::None,
            }),
            aggregate_rows: Some(self.aggregate_rows.iter().map(|a| a.key.clone()).collect()),
            column_decimal: self
                .numbers
                .iter()
                .map(|n| (n.column.clone(), n.decimal))
                .collect(),
        }
    }
}

/// The analyst's corrections of a detection (mapping step, `quartier monitor` options).
/// `None` / empty fields leave the detection in charge.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Mapping {
    /// Header row, or no header.
    pub header_row: Option<HeaderRow>,
    /// Rows at the top to skip before anything is detected (titles, notes).
    pub skip_rows: usize,
    /// The area key column (header text; takes precedence over `TableOptions::area_column`).
    pub key_column: Option<String>,
    /// The area name column.
    pub name_column: Option<String>,
    /// The year column, or none.
    pub year_column: Option<YearColumn>,
    /// Key texts of the rows that are totals or subtotals (exactly these; `Some(empty)`
    /// means: no row is an aggregate).
    pub aggregate_rows: Option<BTreeSet<String>>,
    /// Decimal separator per column header (the thousands separator is the other one).
    pub column_decimal: BTreeMap<String, DecimalSeparator>,
}
