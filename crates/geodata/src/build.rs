//! Turning raw features (rings of source coordinates plus attributes) into validated areas.

use std::collections::HashMap;

use geo::orient::{Direction, Orient};
use geo_types::{Coord, LineString, MultiPolygon, Polygon};
use serde_json::Value;

use crate::crs::Crs;
use crate::model::{Area, AreaLayer, Collector, ImportOptions, ImportReport, Properties, Severity};
use crate::validate::check_polygon_rings;

/// A ring as read from the file, not yet closed or checked.
pub(crate) type RawRing = Vec<(f64, f64)>;
/// A polygon as a list of rings, exterior first.
pub(crate) type RawPolygon = Vec<RawRing>;

/// The geometry of one raw feature.
#[derive(Debug, Clone)]
pub(crate) enum RawGeometry {
    /// Polygons (a Polygon is one element).
    Polygons(Vec<RawPolygon>),
    /// No geometry (null / empty).
    Empty,
    /// A geometry that is not a polygon; the string names its type.
    Other(String),
    /// The geometry could not be decoded; the message says why.
    Broken(String),
}

/// One feature/record/row as read from a file.
#[derive(Debug, Clone)]
pub(crate) struct RawFeature {
    pub row: usize,
    pub properties: Properties,
    pub geometry: RawGeometry,
}

/// Renders an attribute value as an id/name string (numbers without a trailing ".0").
pub(crate) fn value_to_key(v: &Value) -> Option<String> {
    match v {
        Value::Null => None,
        Value::String(s) => {
            let t = s.trim();
            (!t.is_empty()).then(|| t.to_string())
        }
        Value::Number(n) => {
            if let Some(i) = n.as_i64() {
                Some(i.to_string())
            } else if let Some(u) = n.as_u64() {
                Some(u.to_string())
            } else {
                n.as_f64().map(|f| {
                    if f.fract() == 0.0 && f.abs() < 9.0e15 {
                        format!("{}", f as i64)
                    } else {
                        f.to_string()
                    }
                })
            }
        }
        Value::Bool(b) => Some(b.to_string()),
        other => Some(other.to_string()),
    }
}

fn short(v: &Value) -> String {
    let s = v.to_string();
    if s.chars().count() > 60 {
        let mut t: String = s.chars().take(60).collect();
        t.push('…');
        t
    } else {
        s
    }
}

/// Builds the layer from raw features: ids, names, reprojection, validation.
pub(crate) fn build_layer(
    features: Vec<RawFeature>,
    crs_detected: Option<Crs>,
    options: &ImportOptions,
    mut problems: Collector,
) -> ImportReport {
    let source_crs = options
        .crs_override
        .clone()
        .or_else(|| crs_detected.clone())
        .unwrap_or_else(Crs::wgs84);
    let assumed_wgs84 = options.crs_override.is_none() && crs_detected.is_none();
    let mut areas: Vec<Area> = Vec::with_capacity(features.len());
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut warned_projected = false;
    let id_field = options.id_field.as_str();

    for mut feature in features {
        let row = feature.row;
        // --- id
        let id = match feature.properties.remove(id_field) {
            None => {
                let mut names: Vec<&str> = feature.properties.keys().map(String::as_str).collect();
                names.truncate(20);
                problems.error(
                    Some(row),
                    Some(id_field),
                    format!(
                        "id field '{id_field}' is missing (available: {})",
                        names.join(", ")
                    ),
                );
                continue;
            }
            Some(v) => match value_to_key(&v) {
                Some(id) => id,
                None => {
                    problems.error(
                        Some(row),
                        Some(id_field),
                        format!("id is empty (value {})", short(&v)),
                    );
                    continue;
                }
            },
        };
        let merge_into = match seen.get(&id) {
            Some(&first) if options.merge_duplicate_ids => Some(first),
            Some(first) => {
                problems.error(
                    Some(row),
                    Some(id_field),
                    format!("duplicate area id '{id}' (first used by feature {first})"),
                );
                continue;
            }
            None => None,
        };
        // --- name
        let name = match &options.name_field {
            Some(nf) => match feature.properties.remove(nf) {
                Some(v) => value_to_key(&v),
                None => {
                    problems.push(
                        Severity::Warning,
                        Some(row),
                        Some(nf),
                        format!("name field '{nf}' is missing for area '{id}'"),
                    );
                    None
                }
            },
            None => None,
        };
        // --- geometry
        let polygons = match feature.geometry {
            RawGeometry::Polygons(p) => p,
            RawGeometry::Empty => {
                problems.error(
                    Some(row),
                    Some("geometry"),
                    format!("area '{id}' has an empty or missing geometry"),
                );
                continue;
            }
            RawGeometry::Other(kind) => {
                problems.error(
                    Some(row),
                    Some("geometry"),
                    format!("area '{id}' has a {kind} geometry; only Polygon and MultiPolygon are allowed"),
                );
                continue;
            }
            RawGeometry::Broken(msg) => {
                problems.error(Some(row), Some("geometry"), format!("area '{id}': {msg}"));
                continue;
            }
        };
        if polygons.is_empty() || polygons.iter().all(|p| p.iter().all(Vec::is_empty)) {
            problems.error(
                Some(row),
                Some("geometry"),
                format!("area '{id}' has an empty geometry"),
            );
            continue;
        }
        if assumed_wgs84
            && !warned_projected
            && let Some((x, y)) = polygons
                .iter()
                .flatten()
                .flatten()
                .find(|(x, y)| x.abs() > 180.0 || y.abs() > 90.0)
        {
            problems.error(
                    Some(row),
                    Some("geometry"),
                    format!(
                        "coordinate ({x}, {y}) is not longitude/latitude and no CRS is declared; specify the CRS (e.g. EPSG:25833)"
                    ),
                );
            warned_projected = true;
        }
        let mut geometry_ok = true;
        let mut out_polys: Vec<Polygon<f64>> = Vec::with_capacity(polygons.len());
        for (pi, poly) in polygons.into_iter().enumerate() {
            let label = if pi == 0 && out_polys.is_empty() {
                format!("area '{id}'")
            } else {
                format!("area '{id}', polygon {pi}")
            };
            let rings = check_polygon_rings(poly, &label, row, &mut problems, &mut geometry_ok);
            let Some(rings) = rings else { continue };
            // Reproject.
            let mut projected: Vec<LineString<f64>> = Vec::with_capacity(rings.len());
            let mut reprojection_failed = false;
            for ring in rings {
                let mut coords = Vec::with_capacity(ring.len());
                for (x, y) in ring {
                    match source_crs.to_wgs84(x, y) {
                        Ok((lon, lat)) => coords.push(Coord { x: lon, y: lat }),
                        Err(e) => {
                            reprojection_failed = true;
                            if geometry_ok {
                                problems.error(
                                    Some(row),
                                    Some("geometry"),
                                    format!("{label}: {e}"),
                                );
                            }
                            geometry_ok = false;
                        }
                    }
                }
                projected.push(LineString::new(coords));
            }
            if reprojection_failed {
                continue;
            }
            let mut it = projected.into_iter();
            if let Some(exterior) = it.next() {
                out_polys.push(Polygon::new(exterior, it.collect()));
            }
        }
        if out_polys.is_empty() {
            continue;
        }
        let geometry = MultiPolygon::new(out_polys).orient(Direction::Default);
        if let Some(first) = merge_into {
            if let Some(area) = areas.iter_mut().find(|a| a.id == id) {
                area.geometry.0.extend(geometry.0);
                problems.push(
                    Severity::Warning,
                    Some(row),
                    Some(id_field),
                    format!("area id '{id}' also used by feature {first}: geometries merged"),
                );
            }
            continue;
        }
        seen.insert(id.clone(), row);
        areas.push(Area {
            id,
            name,
            geometry,
            properties: feature.properties,
        });
    }
    if areas.is_empty() && problems.problems.is_empty() {
        problems.error(None, None, "the file contains no areas");
    }
    ImportReport {
        layer: AreaLayer {
            crs_detected,
            source_crs,
            areas,
        },
        truncated: problems.truncated,
        problems: problems.problems,
    }
}
