//! GeoJSON reading (FeatureCollection or Feature with Polygon/MultiPolygon) and writing.

use std::path::Path;

use serde_json::{Map, Value};

use crate::build::{RawFeature, RawGeometry, RawPolygon, RawRing, build_layer};
use crate::crs::Crs;
use crate::model::{
    AreaLayer, Collector, GeoError, ImportOptions, ImportReport, Properties, display_name,
};

/// Reads a GeoJSON file of area boundaries.
pub fn read_geojson(path: &Path, options: &ImportOptions) -> Result<ImportReport, GeoError> {
    let file = display_name(path);
    let bytes = std::fs::read(path).map_err(|source| GeoError::Io {
        file: file.clone(),
        source,
    })?;
    read_geojson_bytes(&bytes, &file, options)
}

/// Reads GeoJSON from bytes; `file` is the name used in messages.
pub fn read_geojson_bytes(
    bytes: &[u8],
    file: &str,
    options: &ImportOptions,
) -> Result<ImportReport, GeoError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let root: Value = serde_json::from_slice(bytes).map_err(|e| GeoError::Format {
        file: file.to_string(),
        message: format!(
            "not valid JSON (line {}, column {}): {e}",
            e.line(),
            e.column()
        ),
    })?;
    let crs_detected = match root.get("crs") {
        None | Some(Value::Null) => None,
        Some(crs) => Some(parse_crs_member(crs).map_err(|source| GeoError::Crs {
            file: file.to_string(),
            source,
        })?),
    };
    let features: Vec<&Value> = match root.get("type").and_then(Value::as_str) {
        Some("FeatureCollection") => match root.get("features") {
            Some(Value::Array(a)) => a.iter().collect(),
            _ => {
                return Err(GeoError::Format {
                    file: file.to_string(),
                    message: "FeatureCollection without a 'features' array".into(),
                });
            }
        },
        Some("Feature") => vec![&root],
        Some(other) => {
            return Err(GeoError::Format {
                file: file.to_string(),
                message: format!(
                    "GeoJSON of type '{other}'; expected a FeatureCollection of areas with properties"
                ),
            });
        }
        None => {
            return Err(GeoError::Format {
                file: file.to_string(),
                message: "not GeoJSON: no 'type' member at the top level".into(),
            });
        }
    };
    let mut problems = Collector::new(file, options.max_problems);
    let mut raw = Vec::with_capacity(features.len());
    for (row, f) in features.into_iter().enumerate() {
        if f.get("type").and_then(Value::as_str) != Some("Feature") {
            problems.error(Some(row), None, "element of 'features' is not a Feature");
            continue;
        }
        let properties: Properties = match f.get("properties") {
            Some(Value::Object(m)) => m.clone(),
            _ => Map::new(),
        };
        let geometry = match f.get("geometry") {
            None | Some(Value::Null) => RawGeometry::Empty,
            Some(g) => parse_geometry(g),
        };
        raw.push(RawFeature {
            row,
            properties,
            geometry,
        });
    }
    Ok(build_layer(raw, crs_detected, options, problems))
}

/// Parses a GeoJSON 2008 `crs` member (`name` or `EPSG` type).
fn parse_crs_member(crs: &Value) -> Result<Crs, crate::crs::CrsError> {
    let props = crs.get("properties");
    if let Some(name) = props.and_then(|p| p.get("name")).and_then(Value::as_str) {
        return Crs::from_name(name);
    }
    if let Some(code) = props.and_then(|p| p.get("code")) {
        if let Some(c) = code.as_u64().and_then(|c| u32::try_from(c).ok()) {
            return Crs::from_epsg(c);
        }
        if let Some(s) = code.as_str() {
            return Crs::from_name(s);
        }
    }
    Err(crate::crs::CrsError::Unrecognised(crs.to_string()))
}

fn parse_position(v: &Value) -> Result<(f64, f64), String> {
    match v.as_array().map(Vec::as_slice) {
        Some([x, y, ..]) => match (x.as_f64(), y.as_f64()) {
            (Some(x), Some(y)) => Ok((x, y)),
            _ => Err(format!("position {v} is not numeric")),
        },
        _ => Err(format!("invalid position {}", truncate_json(v))),
    }
}

fn truncate_json(v: &Value) -> String {
    let s = v.to_string();
    if s.len() > 60 {
        let mut t: String = s.chars().take(60).collect();
        t.push('…');
        t
    } else {
        s
    }
}

fn parse_ring(v: &Value) -> Result<RawRing, String> {
    let arr = v
        .as_array()
        .ok_or_else(|| format!("ring is not an array: {}", truncate_json(v)))?;
    arr.iter().map(parse_position).collect()
}

fn parse_polygon(v: &Value) -> Result<RawPolygon, String> {
    let arr = v
        .as_array()
        .ok_or_else(|| format!("polygon coordinates are not an array: {}", truncate_json(v)))?;
    arr.iter().map(parse_ring).collect()
}

fn parse_geometry(g: &Value) -> RawGeometry {
    let kind = g.get("type").and_then(Value::as_str).unwrap_or("");
    let coords = g.get("coordinates");
    match kind {
        "Polygon" => match coords.map(parse_polygon) {
            Some(Ok(p)) if p.is_empty() => RawGeometry::Empty,
            Some(Ok(p)) => RawGeometry::Polygons(vec![p]),
            Some(Err(e)) => RawGeometry::Broken(e),
            None => RawGeometry::Broken("Polygon without coordinates".into()),
        },
        "MultiPolygon" => match coords.and_then(Value::as_array) {
            Some(polys) => {
                let parsed: Result<Vec<RawPolygon>, String> =
                    polys.iter().map(parse_polygon).collect();
                match parsed {
                    Ok(p) if p.iter().all(Vec::is_empty) => RawGeometry::Empty,
                    Ok(p) => {
                        RawGeometry::Polygons(p.into_iter().filter(|r| !r.is_empty()).collect())
                    }
                    Err(e) => RawGeometry::Broken(e),
                }
            }
            None => RawGeometry::Broken("MultiPolygon without coordinates array".into()),
        },
        "" => RawGeometry::Broken("geometry without a 'type'".into()),
        other => RawGeometry::Other(other.to_string()),
    }
}

/// Writes a layer as a GeoJSON FeatureCollection (RFC 7946, WGS84 lon/lat).
///
/// Each feature gets the properties `id_field` (the area id), `name` (if present), the
/// area's other properties, and — if `extra` returns some — additional properties for the
/// area (e.g. indicator values or classes for a map export), which win over existing ones.
pub fn to_geojson<F>(layer: &AreaLayer, id_field: &str, mut extra: F) -> String
where
    F: FnMut(&crate::Area) -> Option<Properties>,
{
    let features: Vec<Value> = layer
        .areas
        .iter()
        .map(|area| {
            let mut props = Map::new();
            props.insert(id_field.to_string(), Value::String(area.id.clone()));
            if let Some(n) = &area.name {
                props.insert("name".into(), Value::String(n.clone()));
            }
            for (k, v) in &area.properties {
                props.entry(k.clone()).or_insert_with(|| v.clone());
            }
            if let Some(more) = extra(area) {
                for (k, v) in more {
                    props.insert(k, v);
                }
            }
            let geometry = geojson::Geometry::new(geojson::Value::from(&area.geometry));
            let mut f = Map::new();
            f.insert("type".into(), Value::String("Feature".into()));
            f.insert("properties".into(), Value::Object(props));
            f.insert(
                "geometry".into(),
                serde_json::to_value(&geometry).unwrap_or(Value::Null),
            );
            Value::Object(f)
        })
        .collect();
    let mut root = Map::new();
    root.insert("type".into(), Value::String("FeatureCollection".into()));
    root.insert("features".into(), Value::Array(features));
    Value::Object(root).to_string()
}

/// Writes a layer as GeoJSON to a file (see [`to_geojson`]).
pub fn write_geojson<F>(
    layer: &AreaLayer,
    path: &Path,
    id_field: &str,
    extra: F,
) -> Result<(), GeoError>
where
    F: FnMut(&crate::Area) -> Option<Properties>,
{
    std::fs::write(path, to_geojson(layer, id_field, extra)).map_err(|source| GeoError::Io {
        file: display_name(path),
        source,
    })
}
