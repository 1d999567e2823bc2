//! GeoPackage reading (SQLite with `gpkg_contents`, `gpkg_geometry_columns`,
//! `gpkg_spatial_ref_sys`; geometry blobs decoded in [`crate::wkb`]).

use std::path::Path;

use rusqlite::types::ValueRef;
use rusqlite::{Connection, OpenFlags, OptionalExtension};
use serde_json::{Number, Value};

use crate::build::{RawFeature, build_layer};
use crate::crs::Crs;
use crate::model::{Collector, GeoError, ImportOptions, ImportReport, Properties, display_name};
use crate::wkb::decode_gpkg_blob;

fn quote_ident(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// Reads the areas of one feature table of a GeoPackage (`options.layer`, or the first
/// feature table listed in `gpkg_contents`).
pub fn read_geopackage(path: &Path, options: &ImportOptions) -> Result<ImportReport, GeoError> {
    let file = display_name(path);
    let fmt = |message: String| GeoError::Format {
        file: file.clone(),
        message,
    };
    let sql = |e: rusqlite::Error| fmt(format!("not a readable GeoPackage: {e}"));
    if !path.is_file() {
        return Err(GeoError::Io {
            file: file.clone(),
            source: std::io::Error::new(std::io::ErrorKind::NotFound, "file not found"),
        });
    }
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(sql)?;
    // Feature tables.
    let mut stmt = conn
        .prepare("SELECT table_name FROM gpkg_contents WHERE lower(data_type) = 'features' ORDER BY rowid")
        .map_err(sql)?;
    let tables: Vec<String> = stmt
        .query_map([], |r| r.get::<_, String>(0))
        .map_err(sql)?
        .filter_map(Result::ok)
        .collect();
    drop(stmt);
    let table = match &options.layer {
        Some(l) => tables.iter().find(|t| *t == l).cloned().ok_or_else(|| {
            fmt(format!(
                "layer '{l}' not found (feature tables: {})",
                tables.join(", ")
            ))
        })?,
        None => tables
            .first()
            .cloned()
            .ok_or_else(|| fmt("GeoPackage has no feature table in gpkg_contents".into()))?,
    };
    let (geom_col, srs_id): (String, i64) = conn
        .query_row(
            "SELECT column_name, srs_id FROM gpkg_geometry_columns WHERE table_name = ?1",
            [&table],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()
        .map_err(sql)?
        .ok_or_else(|| {
            fmt(format!(
                "table '{table}' has no entry in gpkg_geometry_columns"
            ))
        })?;
    let crs_detected = if srs_id <= 0 {
        None
    } else {
        let srs: Option<(String, i64, String)> = conn
            .query_row(
                "SELECT organization, organization_coordsys_id, definition FROM gpkg_spatial_ref_sys WHERE srs_id = ?1",
                [srs_id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()
            .map_err(sql)?;
        let crs_err = |source| GeoError::Crs {
            file: file.clone(),
            source,
        };
        match srs {
            Some((org, code, _)) if org.eq_ignore_ascii_case("epsg") => {
                let code = u32::try_from(code).map_err(|_| {
                    fmt(format!("invalid EPSG code {code} in gpkg_spatial_ref_sys"))
                })?;
                Some(Crs::from_epsg(code).map_err(crs_err)?)
            }
            Some((_, _, def)) => Some(Crs::from_wkt(&def).map_err(crs_err)?),
            None => {
                return Err(fmt(format!(
                    "srs_id {srs_id} of table '{table}' is not in gpkg_spatial_ref_sys"
                )));
            }
        }
    };
    let mut stmt = conn
        .prepare(&format!("SELECT * FROM {}", quote_ident(&table)))
        .map_err(sql)?;
    let names: Vec<String> = stmt.column_names().iter().map(|s| s.to_string()).collect();
    let mut rows = stmt.query([]).map_err(sql)?;
    let mut raw = Vec::new();
    let mut problems = Collector::new(file.clone(), options.max_problems);
    let mut row_idx = 0usize;
    loop {
        let row = match rows.next() {
            Ok(Some(r)) => r,
            Ok(None) => break,
            Err(e) => {
                problems.error(Some(row_idx), None, format!("row cannot be read: {e}"));
                break;
            }
        };
        let mut properties = Properties::new();
        let mut geometry = crate::build::RawGeometry::Empty;
        for (i, name) in names.iter().enumerate() {
            let Ok(v) = row.get_ref(i) else { continue };
            if *name == geom_col {
                if let ValueRef::Blob(b) = v {
                    geometry = decode_gpkg_blob(b).0;
                }
                continue;
            }
            let json = match v {
                ValueRef::Null => Value::Null,
                ValueRef::Integer(i) => Value::Number(Number::from(i)),
                ValueRef::Real(f) => Number::from_f64(f).map_or(Value::Null, Value::Number),
                ValueRef::Text(t) => Value::String(String::from_utf8_lossy(t).into_owned()),
                ValueRef::Blob(_) => continue,
            };
            properties.insert(name.clone(), json);
        }
        raw.push(RawFeature {
            row: row_idx,
            properties,
            geometry,
        });
        row_idx += 1;
    }
    Ok(build_layer(raw, crs_detected, options, problems))
}
