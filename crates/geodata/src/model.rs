//! Output types, problems and options shared by all boundary importers.

use std::fmt;
use std::path::PathBuf;

use geo_types::MultiPolygon;

use crate::crs::{Crs, CrsError};

/// Attribute values of an area other than id and name, as JSON values.
pub type Properties = serde_json::Map<String, serde_json::Value>;

/// One statistical area (Ortsteil, Planungsraum, …) with its boundary in WGS84 lon/lat.
#[derive(Debug, Clone, PartialEq)]
pub struct Area {
    /// Area key, e.g. "00" for Leipzig-Zentrum or "01011101" for a Berlin PLR.
    pub id: String,
    /// Display name if the name field is present.
    pub name: Option<String>,
    /// Boundary in WGS84 longitude/latitude (exterior rings counter-clockwise).
    pub geometry: MultiPolygon<f64>,
    /// All other attributes.
    pub properties: Properties,
}

/// A set of areas read from one file.
#[derive(Debug, Clone, PartialEq)]
pub struct AreaLayer {
    /// CRS declared by the file (GeoJSON `crs`, `.prj`, GeoPackage `srs_id`), if any.
    pub crs_detected: Option<Crs>,
    /// CRS actually used to read the coordinates (override, detected, or WGS84 by default).
    pub source_crs: Crs,
    /// The areas in file order.
    pub areas: Vec<Area>,
}

/// Severity of a [`Problem`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// Data that is probably fine but worth a look (e.g. an area without neighbours).
    Warning,
    /// Data that cannot be used as is.
    Error,
}

/// Where in a file a problem was found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Location {
    /// Zero-based feature index (GeoJSON), record number (Shapefile) or row number (GeoPackage).
    pub row: Option<usize>,
    /// Property, attribute or column name.
    pub field: Option<String>,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.row, &self.field) {
            (Some(r), Some(c)) => write!(f, "feature {r}, field '{c}'"),
            (Some(r), None) => write!(f, "feature {r}"),
            (None, Some(c)) => write!(f, "field '{c}'"),
            (None, None) => Ok(()),
        }
    }
}

/// One validation finding, ready to show in an upload preview.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// File name (as given by the caller).
    pub file: String,
    /// Feature/row and field.
    pub location: Location,
    /// What is wrong, including the offending value where there is one.
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
        write!(f, "{}: {sev}", self.file)?;
        let loc = self.location.to_string();
        if !loc.is_empty() {
            write!(f, " at {loc}")?;
        }
        write!(f, ": {}", self.message)
    }
}

/// Options for all boundary importers.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportOptions {
    /// Name of the property/attribute/column holding the area id.
    pub id_field: String,
    /// Name of the property holding the area name (optional).
    pub name_field: Option<String>,
    /// Use this CRS instead of the one declared in the file.
    pub crs_override: Option<Crs>,
    /// Stop collecting problems after this many (the report says so).
    pub max_problems: usize,
    /// GeoPackage: name of the feature table (default: the first feature table).
    pub layer: Option<String>,
    /// Merge features with the same id into one multipolygon (reported as a warning)
    /// instead of rejecting the later ones as duplicates.
    pub merge_duplicate_ids: bool,
    /// Without a name field: use the proposed one ([`ImportReport::field_choice`]).
    pub guess_name_field: bool,
}

impl ImportOptions {
    /// Options with the given id field, no name field, default limit of 200 problems.
    pub fn new(id_field: impl Into<String>) -> Self {
        ImportOptions {
            id_field: id_field.into(),
            name_field: None,
            crs_override: None,
            max_problems: 200,
            layer: None,
            merge_duplicate_ids: false,
            guess_name_field: false,
        }
    }

    /// Sets the name field.
    pub fn with_name_field(mut self, name_field: impl Into<String>) -> Self {
        self.name_field = Some(name_field.into());
        self
    }

    /// Sets a CRS that overrides the declared one.
    pub fn with_crs(mut self, crs: Crs) -> Self {
        self.crs_override = Some(crs);
        self
    }

    /// Sets the GeoPackage layer (table) name.
    pub fn with_layer(mut self, layer: impl Into<String>) -> Self {
        self.layer = Some(layer.into());
        self
    }
}

/// The result of an import: the usable areas plus every problem found.
///
/// Features that could not be turned into an area (no id, no polygon geometry) are left out
/// of the layer; areas with invalid geometry are kept so that a preview can show them, but
/// reported as errors.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportReport {
    /// The areas read.
    pub layer: AreaLayer,
    /// Problems in file order (at most `max_problems`).
    pub problems: Vec<Problem>,
    /// True if more problems were found than were kept.
    pub truncated: bool,
    /// The id field used (the option's, or the one chosen when the option was empty).
    pub id_field: String,
    /// Attribute names of the features, in first-seen order (for field choosers).
    pub fields: Vec<String>,
    /// The name field used (the option's, or the proposed one with
    /// [`ImportOptions::guess_name_field`]).
    pub name_field: Option<String>,
    /// Proposed name and district fields with their evidence.
    pub field_choice: crate::fields::FieldChoice,
}

impl ImportReport {
    /// True if there is no problem of severity [`Severity::Error`].
    pub fn is_ok(&self) -> bool {
        !self.problems.iter().any(|p| p.severity == Severity::Error)
    }

    /// Returns the layer if there are no errors, otherwise [`GeoError::Invalid`].
    pub fn into_result(self) -> Result<AreaLayer, GeoError> {
        if self.is_ok() {
            Ok(self.layer)
        } else {
            Err(GeoError::Invalid {
                problems: self.problems,
                truncated: self.truncated,
            })
        }
    }
}

/// Fatal import errors (the file cannot be read at all) and collected validation errors.
#[derive(Debug, thiserror::Error)]
pub enum GeoError {
    /// Reading the file failed.
    #[error("{file}: cannot read: {source}")]
    Io {
        /// File name.
        file: String,
        /// Underlying error.
        #[source]
        source: std::io::Error,
    },
    /// The file is not of the expected format.
    #[error("{file}: {message}")]
    Format {
        /// File name.
        file: String,
        /// What was expected and found.
        message: String,
    },
    /// The CRS could not be identified or is not supported.
    #[error("{file}: {source}")]
    Crs {
        /// File name.
        file: String,
        /// Underlying CRS error.
        #[source]
        source: CrsError,
    },
    /// The file was read but has errors (see the list).
    #[error("{} problem(s){}, first: {}", problems.len(), if *truncated { " (list truncated)" } else { "" }, problems.first().map(ToString::to_string).unwrap_or_default())]
    Invalid {
        /// The problems found.
        problems: Vec<Problem>,
        /// More problems existed than were kept.
        truncated: bool,
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
    pub fn new(file: impl Into<String>, max: usize) -> Self {
        Collector {
            file: file.into(),
            problems: Vec::new(),
            max,
            truncated: false,
        }
    }

    pub fn push(
        &mut self,
        severity: Severity,
        row: Option<usize>,
        field: Option<&str>,
        message: impl Into<String>,
    ) {
        if self.problems.len() >= self.max {
            self.truncated = true;
            return;
        }
        self.problems.push(Problem {
            file: self.file.clone(),
            location: Location {
                row,
                field: field.map(str::to_string),
            },
            message: message.into(),
            severity,
        });
    }

    pub fn error(&mut self, row: Option<usize>, field: Option<&str>, message: impl Into<String>) {
        self.push(Severity::Error, row, field, message);
    }
}

/// Display name of a path for messages (the file name only).
pub(crate) fn display_name(path: &std::path::Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

/// Replaces the extension of a path.
pub(crate) fn sibling(path: &std::path::Path, ext: &str) -> PathBuf {
    path.with_extension(ext)
}
