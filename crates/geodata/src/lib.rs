//! Area boundary importers for Quartier.
//!
//! Reads statistical area boundaries from GeoJSON, Shapefile and GeoPackage, reprojects
//! them to WGS84 longitude/latitude in pure Rust (see [`crs`]), validates them and collects
//! every problem (file, feature/row, field, message) for an upload preview.
//!
//! ```no_run
//! use quartier_geodata::{read_geojson, ImportOptions};
//! let opts = ImportOptions::new("OT").with_name_field("Name");
//! let report = read_geojson("ortsteile.json".as_ref(), &opts)?;
//! for p in &report.problems {
//!     eprintln!("{p}");
//! }
//! let layer = report.into_result()?;
//! println!("{} areas", layer.areas.len());
//! # Ok::<(), quartier_geodata::GeoError>(())
//! ```

mod build;
pub mod crs;
mod fields;
mod geojson_io;
mod gpkg;
mod model;
mod shp;
mod validate;
mod wkb;

pub use crs::{Crs, CrsError};
pub use fields::{FieldChoice, FieldGuess};
pub use geojson_io::{read_geojson, read_geojson_bytes, to_geojson, write_geojson};
pub use gpkg::read_geopackage;
pub use model::{
    Area, AreaLayer, GeoError, ImportOptions, ImportReport, Location, Problem, Properties, Severity,
};
pub use shp::{read_shapefile, read_shapefile_bytes};
pub use validate::{islands, neighbours};

use std::path::Path;

/// Reads a boundary file, choosing the format by extension (`.geojson`/`.json`, `.shp`,
/// `.gpkg`).
pub fn read_boundaries(path: &Path, options: &ImportOptions) -> Result<ImportReport, GeoError> {
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "geojson" | "json" => read_geojson(path, options),
        "shp" | "dbf" | "shx" => read_shapefile(&path.with_extension("shp"), options),
        "gpkg" => read_geopackage(path, options),
        other => Err(GeoError::Format {
            file: model::display_name(path),
            message: format!(
                "unknown boundary file type '.{other}' (expected .geojson, .json, .shp or .gpkg)"
            ),
        }),
    }
}
