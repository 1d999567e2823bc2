//! ESRI Shapefile reading (.shp geometry, .dbf attributes, .prj CRS, .cpg encoding).

use std::io::Cursor;
use std::path::Path;

use geo::coordinate_position::{CoordPos, CoordinatePosition};
use geo_types::{Coord, LineString, Polygon};
use serde_json::{Number, Value};
use shapefile::dbase;
use shapefile::{PolygonRing, Shape};

use crate::build::{RawFeature, RawGeometry, RawPolygon, RawRing, build_layer};
use crate::crs::Crs;
use crate::model::{
    Collector, GeoError, ImportOptions, ImportReport, Properties, display_name, sibling,
};

/// Reads a Shapefile given the path of its `.shp`; the `.dbf` next to it is required,
/// `.prj` (CRS) and `.cpg` (attribute encoding) are used when present.
pub fn read_shapefile(path: &Path, options: &ImportOptions) -> Result<ImportReport, GeoError> {
    let file = display_name(path);
    let read = |p: &Path| {
        std::fs::read(p).map_err(|source| GeoError::Io {
            file: display_name(p),
            source,
        })
    };
    let shp = read(path)?;
    let dbf = read(&sibling(path, "dbf"))?;
    let prj = std::fs::read(sibling(path, "prj"))
        .ok()
        .map(|b| String::from_utf8_lossy(&b).into_owned());
    let cpg = std::fs::read(sibling(path, "cpg"))
        .ok()
        .map(|b| String::from_utf8_lossy(&b).into_owned());
    read_shapefile_bytes(&shp, &dbf, prj.as_deref(), cpg.as_deref(), &file, options)
}

/// Reads a Shapefile from the bytes of its parts; `file` is the name used in messages.
pub fn read_shapefile_bytes(
    shp: &[u8],
    dbf: &[u8],
    prj: Option<&str>,
    cpg: Option<&str>,
    file: &str,
    options: &ImportOptions,
) -> Result<ImportReport, GeoError> {
    let format_err = |message: String| GeoError::Format {
        file: file.to_string(),
        message,
    };
    let crs_detected = match prj.map(str::trim).filter(|s| !s.is_empty()) {
        Some(wkt) => Some(Crs::from_wkt(wkt).map_err(|source| GeoError::Crs {
            file: format!("{file} (.prj)"),
            source,
        })?),
        None => None,
    };
    let encoding = cpg.map(str::trim).and_then(|label| {
        let l = label.to_ascii_lowercase();
        let l = match l.as_str() {
            "1252" | "ansi 1252" | "ansi" => "windows-1252",
            "88591" | "8859_1" | "iso 88591" | "iso8859_1" => "iso-8859-1",
            "65001" | "utf8" => "utf-8",
            "1250" | "ansi 1250" => "windows-1250",
            other => other,
        };
        encoding_rs::Encoding::for_label(l.as_bytes())
    });

    // Geometry.
    let mut shape_reader = shapefile::ShapeReader::new(Cursor::new(shp))
        .map_err(|e| format_err(format!("not a valid .shp file: {e}")))?;
    let mut shapes: Vec<RawGeometry> = Vec::new();
    for (i, shape) in shape_reader.iter_shapes().enumerate() {
        match shape {
            Ok(s) => shapes.push(convert_shape(s)),
            Err(e) => {
                // A broken record usually means the rest cannot be located either.
                shapes.push(RawGeometry::Broken(format!(
                    "record {i} cannot be read: {e}"
                )));
                break;
            }
        }
    }

    // Attributes.
    let mut dbf_reader = dbase::ReaderBuilder::new()
        .with_encoding(dbase::encoding::EncodingRs::from(encoding.unwrap_or_else(
            || {
                // No .cpg: UTF-8 if the attribute data is valid UTF-8, else Windows-1252.
                let header_len = dbf
                    .get(8..10)
                    .and_then(|b| <[u8; 2]>::try_from(b).ok())
                    .map_or(0, |b| usize::from(u16::from_le_bytes(b)));
                if std::str::from_utf8(dbf.get(header_len..).unwrap_or_default()).is_ok() {
                    encoding_rs::UTF_8
                } else {
                    encoding_rs::WINDOWS_1252
                }
            },
        )))
        .build(Cursor::new(dbf))
        .map_err(|e| format_err(format!("not a valid .dbf file: {e}")))?;
    let field_names: Vec<String> = dbf_reader
        .fields()
        .iter()
        .map(|f| f.name().to_string())
        .collect();
    let mut problems = Collector::new(file, options.max_problems);
    let mut records: Vec<Properties> = Vec::new();
    for (i, rec) in dbf_reader.iter_records().enumerate() {
        match rec {
            Ok(r) => {
                let mut props = Properties::new();
                for name in &field_names {
                    if let Some(v) = r.get(name) {
                        props.insert(name.clone(), field_value_to_json(v));
                    }
                }
                records.push(props);
            }
            Err(e) => {
                problems.error(
                    Some(i),
                    None,
                    format!("attribute record cannot be read: {e}"),
                );
                break;
            }
        }
    }
    if records.len() != shapes.len() {
        problems.error(
            None,
            None,
            format!(
                "the .shp has {} shapes but the .dbf has {} records",
                shapes.len(),
                records.len()
            ),
        );
    }
    let raw: Vec<RawFeature> = shapes
        .into_iter()
        .zip(records)
        .enumerate()
        .map(|(row, (geometry, properties))| RawFeature {
            row,
            properties,
            geometry,
        })
        .collect();
    Ok(build_layer(raw, crs_detected, options, problems))
}

fn field_value_to_json(v: &dbase::FieldValue) -> Value {
    use dbase::FieldValue as F;
    let num = |f: f64| Number::from_f64(f).map_or(Value::Null, Value::Number);
    match v {
        F::Character(Some(s)) => Value::String(s.trim().to_string()),
        F::Character(None) => Value::Null,
        F::Numeric(Some(f)) => {
            if f.fract() == 0.0 && f.abs() < 9.0e15 {
                Value::Number(Number::from(*f as i64))
            } else {
                num(*f)
            }
        }
        F::Numeric(None) | F::Float(None) | F::Logical(None) | F::Date(None) => Value::Null,
        F::Float(Some(f)) => num(f64::from(*f)),
        F::Logical(Some(b)) => Value::Bool(*b),
        F::Date(Some(d)) => {
            Value::String(format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day()))
        }
        F::Integer(i) => Value::Number(Number::from(*i)),
        F::Currency(f) | F::Double(f) => num(*f),
        F::DateTime(dt) => {
            let d = dt.date();
            let t = dt.time();
            Value::String(format!(
                "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}",
                d.year(),
                d.month(),
                d.day(),
                t.hours(),
                t.minutes(),
                t.seconds()
            ))
        }
        F::Memo(s) => Value::String(s.clone()),
    }
}

fn convert_shape(shape: Shape) -> RawGeometry {
    fn rings<P>(rings: Vec<PolygonRing<P>>, xy: impl Fn(&P) -> (f64, f64)) -> RawGeometry {
        let mut outers: Vec<RawPolygon> = Vec::new();
        let mut inners: Vec<RawRing> = Vec::new();
        for r in rings {
            match r {
                PolygonRing::Outer(pts) => outers.push(vec![pts.iter().map(&xy).collect()]),
                PolygonRing::Inner(pts) => inners.push(pts.iter().map(&xy).collect()),
            }
        }
        assign_holes(outers, inners)
    }
    match shape {
        Shape::NullShape => RawGeometry::Empty,
        Shape::Polygon(p) => rings(p.into_inner(), |p| (p.x, p.y)),
        Shape::PolygonM(p) => rings(p.into_inner(), |p| (p.x, p.y)),
        Shape::PolygonZ(p) => rings(p.into_inner(), |p| (p.x, p.y)),
        Shape::Point(_) | Shape::PointM(_) | Shape::PointZ(_) => RawGeometry::Other("Point".into()),
        Shape::Polyline(_) | Shape::PolylineM(_) | Shape::PolylineZ(_) => {
            RawGeometry::Other("Polyline".into())
        }
        Shape::Multipoint(_) | Shape::MultipointM(_) | Shape::MultipointZ(_) => {
            RawGeometry::Other("Multipoint".into())
        }
        Shape::Multipatch(_) => RawGeometry::Other("Multipatch".into()),
    }
}

/// Puts each hole into the first exterior ring that contains it (Shapefiles list rings
/// without saying which hole belongs to which shell).
fn assign_holes(mut outers: Vec<RawPolygon>, inners: Vec<RawRing>) -> RawGeometry {
    if outers.is_empty() {
        if inners.is_empty() {
            return RawGeometry::Empty;
        }
        // Only counter-clockwise rings: treat them as exteriors (common in sloppy writers).
        return RawGeometry::Polygons(inners.into_iter().map(|r| vec![r]).collect());
    }
    // Rings with non-finite coordinates cannot be tested (they are rejected later).
    let finite = |r: &RawRing| r.iter().all(|(x, y)| x.is_finite() && y.is_finite());
    let shells: Vec<Option<Polygon<f64>>> = outers
        .iter()
        .map(|p| {
            let ring = p.first().filter(|r| finite(r))?;
            let coords = ring.iter().map(|&(x, y)| Coord { x, y }).collect();
            Some(Polygon::new(LineString::new(coords), vec![]))
        })
        .collect();
    for hole in inners {
        let candidates = if finite(&hole) { hole.as_slice() } else { &[] };
        let target = candidates.iter().find_map(|&(x, y)| {
            let c = Coord { x, y };
            let mut on_boundary = false;
            for (i, s) in shells.iter().enumerate() {
                let Some(s) = s else { continue };
                match s.coordinate_position(&c) {
                    CoordPos::Inside => return Some(Some(i)),
                    CoordPos::OnBoundary => on_boundary = true,
                    CoordPos::Outside => {}
                }
            }
            (!on_boundary).then_some(None)
        });
        let idx = target.flatten().unwrap_or(0);
        if let Some(p) = outers.get_mut(idx) {
            p.push(hole);
        }
    }
    RawGeometry::Polygons(outers)
}
