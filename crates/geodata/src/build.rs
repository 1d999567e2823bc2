//! Turning raw features (rings of source coordinates plus attributes) into validated areas.

use std::collections::HashMap;
use std::collections::hash_map::{Entry, RandomState};
use std::hash::{BuildHasher, BuildHasherDefault, Hasher};

use geo::Winding;
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

/// Chooses an id field when none is given: among the fields present in every feature with
/// distinct non-empty values, the first whose name looks like a key (`id`, `key`, `schluessel`,
/// `nr`, `code`, …), else the first such field that is not a name.
fn guess_id_field(features: &[RawFeature], fields: &[String]) -> Option<String> {
    // Share of features with a distinct non-empty value (1.0 = a perfect key).
    let distinct = |f: &str| {
        let mut seen = std::collections::HashSet::with_capacity(features.len());
        let n = features
            .iter()
            .filter(|feat| {
                feat.properties
                    .get(f)
                    .and_then(value_to_key)
                    .is_some_and(|k| seen.insert(k))
            })
            .count();
        n as f64 / features.len().max(1) as f64
    };
    // A word of the name (split at non-alphanumerics) is a key word, or ends in "id".
    let keyish = |f: &str| {
        f.to_lowercase()
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| {
                [
                    "id",
                    "key",
                    "nr",
                    "no",
                    "code",
                    "ags",
                    "ars",
                    "plr",
                    "lor",
                    "ot",
                    "sbz",
                    "nummer",
                    "kennziffer",
                ]
                .contains(&w)
                    || w.starts_with("schl")
                    || (w.ends_with("id") && w.len() <= 8)
            })
    };
    let namish = |f: &str| {
        let l = f.to_lowercase();
        l.contains("name") || l == "bez" || l.contains("bezeichnung")
    };
    let scored: Vec<(&String, f64)> = fields.iter().map(|f| (f, distinct(f))).collect();
    let pick = |ok: &dyn Fn(&str, f64) -> bool| {
        scored
            .iter()
            .find(|(f, d)| ok(f, *d))
            .map(|(f, _)| (*f).clone())
    };
    // A key-like field that is unique, or nearly so (duplicates are then reported or
    // merged), beats any other unique field; names come last.
    pick(&|f, d| keyish(f) && !namish(f) && d >= 1.0)
        .or_else(|| pick(&|f, d| keyish(f) && !namish(f) && d >= 0.9))
        .or_else(|| pick(&|f, d| !namish(f) && d >= 1.0))
        .or_else(|| pick(&|_, d| d >= 1.0))
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

/// The ids of the areas built so far, with the area index and the row of the feature
/// that introduced each. Keyed by a 64-bit hash of the id and compared against the id
/// stored in the area, so that the ids are not held twice; ids whose hash collides with
/// another id's go to a separate map.
#[derive(Default)]
struct IdIndex {
    hasher: RandomState,
    by_hash: HashMap<u64, usize, BuildHasherDefault<HashIsKey>>,
    collided: HashMap<String, usize>,
    rows: Vec<usize>,
}

impl IdIndex {
    /// (area index, first row) of an id seen before.
    fn get(&self, id: &str, areas: &[Area]) -> Option<(usize, usize)> {
        let index = match self.by_hash.get(&self.hasher.hash_one(id)) {
            None => None,
            Some(&i) if areas.get(i).is_some_and(|a| a.id == id) => Some(i),
            Some(_) => self.collided.get(id).copied(),
        }?;
        Some((index, self.rows.get(index).copied().unwrap_or_default()))
    }

    /// Records a new id (not seen before) for the area `index`.
    fn insert(&mut self, id: &str, index: usize, row: usize) {
        match self.by_hash.entry(self.hasher.hash_one(id)) {
            Entry::Vacant(e) => {
                e.insert(index);
            }
            Entry::Occupied(_) => {
                self.collided.insert(id.to_string(), index);
            }
        }
        if self.rows.len() <= index {
            self.rows.resize(index + 1, 0);
        }
        if let Some(r) = self.rows.get_mut(index) {
            *r = row;
        }
    }
}

/// Hasher for keys that are already (randomly keyed) hashes.
#[derive(Default)]
struct HashIsKey(u64);

impl Hasher for HashIsKey {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(*b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
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
    let mut seen = IdIndex::default();
    let mut warned_projected = false;
    let mut fields: Vec<String> = Vec::new();
    for f in &features {
        for k in f.properties.keys() {
            if !fields.contains(k) {
                fields.push(k.clone());
            }
        }
    }
    let id_field_owned = if options.id_field.is_empty() {
        guess_id_field(&features, &fields).unwrap_or_default()
    } else {
        options.id_field.clone()
    };
    let id_field = id_field_owned.as_str();
    let field_choice = crate::fields::choose(&features, &fields, id_field);
    let name_field: Option<String> = options.name_field.clone().or_else(|| {
        options
            .guess_name_field
            .then(|| field_choice.name.as_ref().map(|g| g.field.clone()))
            .flatten()
    });
    if let Some(nf) = &name_field
        && let Some(w) = crate::fields::shared_names_warning(&features, nf, &field_choice)
    {
        problems.push(Severity::Warning, None, Some(nf), w);
    }

    // Features are taken from the end of the reversed list, which is shrunk on the way,
    // so the raw features are freed while the areas are built.
    let mut pending = features;
    pending.reverse();
    while let Some(mut feature) = pending.pop() {
        if pending.capacity() > 1024 && pending.len() < pending.capacity() / 4 {
            pending.shrink_to_fit();
        }
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
        let merge_into = match seen.get(&id, &areas) {
            Some(found) if options.merge_duplicate_ids => Some(found),
            Some((_, first)) => {
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
        let name = match &name_field {
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
        // Exterior rings counter-clockwise, holes clockwise (as `Orient` with
        // `Direction::Default`, but in place instead of on a copy).
        for p in &mut out_polys {
            p.exterior_mut(|e| e.make_ccw_winding());
            p.interiors_mut(|holes| {
                for h in holes {
                    h.make_cw_winding();
                }
            });
        }
        let geometry = MultiPolygon::new(out_polys);
        if let Some((index, first)) = merge_into {
            if let Some(area) = areas.get_mut(index) {
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
        seen.insert(&id, areas.len(), row);
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
        id_field: id_field_owned.clone(),
        name_field,
        field_choice,
        fields,
        layer: AreaLayer {
            crs_detected,
            source_crs,
            areas,
        },
        truncated: problems.truncated,
        problems: problems.problems,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn area(id: &str) -> Area {
        Area {
            id: id.into(),
            name: None,
            geometry: MultiPolygon::new(vec![]),
            properties: Properties::new(),
        }
    }

    #[test]
    fn id_index_finds_ids_also_after_a_hash_collision() {
        let mut index = IdIndex::default();
        let mut areas = vec![area("a")];
        index.insert("a", 0, 3);
        // Pretend that "b" has the same hash as "a".
        let hb = index.hasher.hash_one("b");
        index.by_hash.insert(hb, 0);
        assert_eq!(index.get("b", &areas), None);
        index.insert("b", 1, 7);
        areas.push(area("b"));
        assert_eq!(index.get("a", &areas), Some((0, 3)));
        assert_eq!(index.get("b", &areas), Some((1, 7)));
        assert_eq!(index.get("c", &areas), None);
    }
}
