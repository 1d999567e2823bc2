//! The previous GeoJSON reader (a `serde_json::Value` tree of the whole document), kept
//! as the oracle for the equivalence tests of the streaming reader.

use serde_json::{Map, Value};

use crate::build::{RawFeature, RawGeometry, RawPolygon, RawRing, build_layer};
use crate::crs::Crs;
use crate::model::{Collector, GeoError, ImportOptions, ImportReport, Properties};

/// Reads GeoJSON from bytes; `file` is the name used in messages.
pub(crate) fn read_geojson_bytes(
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
pub(crate) fn to_geojson<F>(layer: &crate::AreaLayer, id_field: &str, mut extra: F) -> String
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

#[cfg(test)]
mod equivalence {
    //! The streaming reader must give exactly the result of the `Value`-tree reader:
    //! the same areas, problems (file, feature, field, message) and fatal errors.

    use crate::model::ImportOptions;

    fn both(doc: &str, opts: &ImportOptions) {
        both_bytes(doc.as_bytes(), opts);
    }

    fn both_bytes(doc: &[u8], opts: &ImportOptions) {
        let old = format!("{:?}", super::read_geojson_bytes(doc, "t.geojson", opts));
        let new = format!(
            "{:?}",
            crate::geojson_io::read_geojson_bytes(doc, "t.geojson", opts)
        );
        assert_eq!(old, new, "input: {}", String::from_utf8_lossy(doc));
        if let Ok(report) = crate::geojson_io::read_geojson_bytes(doc, "t.geojson", opts) {
            let mut n = 0.0;
            let mut extra = |_: &crate::Area| {
                n += 0.5;
                let mut m = crate::Properties::new();
                m.insert("v".into(), serde_json::json!(n));
                m.insert("name".into(), serde_json::json!(n));
                (n != 1.0).then_some(m)
            };
            let old = super::to_geojson(&report.layer, "id", &mut extra);
            let mut n = 0.0;
            let mut extra = |_: &crate::Area| {
                n += 0.5;
                let mut m = crate::Properties::new();
                m.insert("v".into(), serde_json::json!(n));
                m.insert("name".into(), serde_json::json!(n));
                (n != 1.0).then_some(m)
            };
            let new = crate::geojson_io::to_geojson(&report.layer, "id", &mut extra);
            assert_eq!(old, new);
        }
    }

    fn fc(features: &[&str]) -> String {
        format!(
            r#"{{"type":"FeatureCollection","features":[{}]}}"#,
            features.join(",")
        )
    }

    fn feature(id: &str, geometry: &str) -> String {
        format!(
            r#"{{"type":"Feature","properties":{{"id":{id},"name":"N{id}","v":1.5}},"geometry":{geometry}}}"#
        )
    }

    const SQUARE: &str = r#"{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}"#;

    fn corpus() -> Vec<String> {
        let long = "é".repeat(80);
        let geometries = [
            SQUARE.to_string(),
            r#"{"coordinates":[[[0,0],[1,0],[1,1],[0,1],[0,0]]],"type":"Polygon"}"#.into(),
            r#"{"type":"MultiPolygon","coordinates":[[[[0,0],[1,0],[1,1],[0,1],[0,0]]],[],[[[2,2],[3,2],[3,3],[2,2]]]]}"#.into(),
            r#"{"coordinates":[[[[0,0],[1,0],[1,1],[0,1],[0,0]]]],"type":"MultiPolygon"}"#.into(),
            r#"{"type":"MultiPolygon","coordinates":[[],[]]}"#.into(),
            r#"{"type":"MultiPolygon","coordinates":7}"#.into(),
            r#"{"type":"MultiPolygon"}"#.into(),
            r#"{"type":"MultiPolygon","coordinates":[5]}"#.into(),
            r#"{"type":"Polygon"}"#.into(),
            r#"{"type":"Polygon","coordinates":null}"#.into(),
            r#"{"type":"Polygon","coordinates":[]}"#.into(),
            r#"{"type":"Polygon","coordinates":[5,[1]]}"#.into(),
            r#"{"type":"Polygon","coordinates":[[[0,0],[1],[1,1],[0,0]]]}"#.into(),
            r#"{"type":"Polygon","coordinates":[[[0,0],[1,"a",3],[1,1],[0,0]]]}"#.into(),
            r#"{"type":"Polygon","coordinates":[[[0,0],"x",[1,1],[0,0]]]}"#.into(),
            r#"{"type":"Polygon","coordinates":[[[0,0,9],[1,0,9,9],[1,1],[0,1],[0,0]]]}"#.into(),
            r#"{"type":"Polygon","coordinates":[[[[0,0]],[1,0]]]}"#.into(),
            r#"{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1]]]}"#.into(),
            r#"{"type":"Polygon","coordinates":[[[0,0],[2,2],[2,0],[0,2],[0,0]]]}"#.into(),
            r#"{"type":"Polygon","coordinates":[[[0,0],[1,0],[0,0]]]}"#.into(),
            r#"{"type":"Polygon","coordinates":[[[0,0],[4,0],[4,4],[0,4],[0,0]],[[1,1],[2,1],[2,2],[1,1]],[[9,9],[9.5,9],[9.5,9.5],[9,9]]]}"#.into(),
            r#"{"type":"Polygon","coordinates":[[[500000,5700000],[500010,5700000],[500010,5700010],[500000,5700000]]]}"#.into(),
            format!(r#"{{"type":"Polygon","coordinates":[[{{"{long}":[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22]}}]]}}"#),
            format!(r#"{{"type":"Polygon","coordinates":["{long}"]}}"#),
            format!(r#"{{"type":"Polygon","coordinates":[[[0,"{long}"]]]}}"#),
            format!(r#"{{"type":"MultiPolygon","coordinates":[{{"a":"{long}"}}]}}"#),
            r#"{"type":"Point","coordinates":[1,2]}"#.into(),
            r#"{"type":"LineString","coordinates":[[1,2],[3,4]]}"#.into(),
            r#"{"type":"GeometryCollection","geometries":[]}"#.into(),
            r#"{"type":5,"coordinates":[]}"#.into(),
            r#"{"type":"","coordinates":[]}"#.into(),
            r#"{}"#.into(),
            r#"{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]],"bbox":[0,0,1,1],"x":{"y":[null,true]}}"#.into(),
            r#"{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]],"coordinates":[[[0,0],[2,0],[2,2],[0,0]]]}"#.into(),
            r#"{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]],"type":"Polygon"}"#.into(),
            r#"{"type":"Polygon","coordinates":[[[-1e308,0],[1e308,0],[1,1],[-1e308,0]]]}"#.into(),
            r#"{"type":"Polygon","coordinates":[[[18446744073709551615,0],[-9223372036854775808,0],[1,1],[18446744073709551615,0]]]}"#.into(),
            "null".into(),
            "5".into(),
            "-2.5".into(),
            "true".into(),
            r#""Polygon""#.into(),
            "[1,2]".into(),
        ];
        let mut docs = Vec::new();
        for (i, g) in geometries.iter().enumerate() {
            docs.push(fc(&[
                &feature(&i.to_string(), g),
                &feature("\"b\"", SQUARE),
            ]));
        }
        docs.push(fc(&[]));
        docs.push(fc(&[
            &feature("1", SQUARE),
            "5",
            "null",
            "[1,2]",
            r#""Feature""#,
            r#"{"type":"feature","properties":{"id":2},"geometry":null}"#,
            r#"{"properties":{"id":3}}"#,
            r#"{"type":"Feature","properties":null,"geometry":null}"#,
            r#"{"type":"Feature","properties":[1],"geometry":null}"#,
            r#"{"type":"Feature","properties":{"id":4}}"#,
            r#"{"type":"Feature","properties":{"id":""},"geometry":null}"#,
            r#"{"type":"Feature","properties":{"id":null},"geometry":null}"#,
            r#"{"type":"Feature","properties":{"id":[1]},"geometry":null}"#,
            r#"{"type":"Feature","properties":{"id":1.0,"x":1},"properties":{"id":5.5},"geometry":null}"#,
            &feature("1", SQUARE),
            &feature("true", SQUARE),
            &feature("1e20", SQUARE),
            &feature("-3", SQUARE),
            r#"{"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]},"properties":{"id":"z","name":7},"type":"Feature","id":99}"#,
        ]));
        let sq = SQUARE;
        docs.extend([
            format!(r#"{{"type":"Feature","properties":{{"id":1,"name":"x"}},"geometry":{sq}}}"#),
            format!(r#"{{"geometry":{sq},"type":"Feature"}}"#),
            r#"{"type":"Feature"}"#.into(),
            r#"{"type":"Point","coordinates":[1,2]}"#.into(),
            r#"{"type":7,"features":[]}"#.into(),
            r#"{"features":[]}"#.into(),
            r#"{"type":"FeatureCollection"}"#.into(),
            r#"{"type":"FeatureCollection","features":null}"#.into(),
            r#"{"type":"FeatureCollection","features":{"a":1}}"#.into(),
            r#"{"type":"FeatureCollection","features":"x"}"#.into(),
            r#"{"features":[5],"type":"FeatureCollection","features":[]}"#.into(),
            r#"{"type":"FeatureCollection","features":[],"type":"Feature","properties":{"id":1},"geometry":null}"#.into(),
            format!(
                r#"{{"type":"FeatureCollection","crs":{{"type":"name","properties":{{"name":"urn:ogc:def:crs:EPSG::25833"}}}},"features":[{}]}}"#,
                feature("1", r#"{"type":"Polygon","coordinates":[[[317000,5690000],[318000,5690000],[318000,5691000],[317000,5690000]]]}"#)
            ),
            format!(
                r#"{{"features":[{}],"crs":{{"type":"EPSG","properties":{{"code":25832}}}},"type":"FeatureCollection"}}"#,
                feature("1", r#"{"type":"Polygon","coordinates":[[[317000,5690000],[318000,5690000],[318000,5691000],[317000,5690000]]]}"#)
            ),
            r#"{"type":"FeatureCollection","crs":{"properties":{"code":"EPSG:4326"}},"features":[]}"#.into(),
            r#"{"type":"FeatureCollection","crs":{"properties":{"code":99999999999}},"features":[]}"#.into(),
            r#"{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"EPSG:1"}},"features":[]}"#.into(),
            r#"{"type":"FeatureCollection","crs":5,"features":[]}"#.into(),
            r#"{"type":"FeatureCollection","crs":null,"features":[]}"#.into(),
            String::new(),
            "   ".into(),
            "{".into(),
            r#"{"type":"FeatureCollection","features":[]} x"#.into(),
            r#"{"type":"FeatureCollection","features":[]}   "#.into(),
            r#"{"type":"FeatureCollection","features":[],}"#.into(),
            r#"{"type":"FeatureCollection","features":[],"x":1e400}"#.into(),
            r#"{"type":"FeatureCollection","features":[],"x":"\ud800"}"#.into(),
            r#"{"type":"FeatureCollection","features":[],"x":"\q"}"#.into(),
            r#"{"type":"FeatureCollection","features":[],"x":nul}"#.into(),
            r#"{"type":"FeatureCollection","features":[],"x":01}"#.into(),
            r#"{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[0,0,1e400]]]}}]}"#.into(),
            r#"{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]],"x":[[[[[{"a":-0.0e-5}]]]]]}}]}"#.into(),
            format!(r#"{{"type":"FeatureCollection","features":[],"x":{}{}}}"#, "[".repeat(200), "]".repeat(200)),
            format!(r#"{{"type":"FeatureCollection","features":[{{"type":"Feature","properties":{{"id":1}},"geometry":{{"type":"Polygon","coordinates":[[[0,0,{}{}]]]}}}}]}}"#, "[".repeat(200), "]".repeat(200)),
            format!(r#"{{"type":"FeatureCollection","features":[{{"type":"Feature","properties":{{"id":1}},"geometry":{{"type":"Polygon","coordinates":{}{}}}}}]}}"#, "[".repeat(200), "]".repeat(200)),
        ]);
        docs
    }

    #[test]
    fn same_results_as_value_tree_reader() {
        let mut opts = ImportOptions::new("id").with_name_field("name");
        let mut merging = opts.clone();
        merging.merge_duplicate_ids = true;
        let mut few = opts.clone();
        few.max_problems = 3;
        for doc in corpus() {
            for o in [&opts, &merging, &few] {
                both(&doc, o);
            }
        }
        opts.name_field = None;
        both(&corpus().concat(), &opts);
        both_bytes(
            b"\xEF\xBB\xBF{\"type\":\"FeatureCollection\",\"features\":[]}",
            &opts,
        );
        both_bytes(
            b"{\"type\":\"Feature\",\"properties\":{\"id\":\"\xFF\"}}",
            &opts,
        );
        both_bytes(
            b"{\"type\":\"FeatureCollection\",\"features\":[],\"x\":\"\xC3\"}",
            &opts,
        );
    }

    #[test]
    fn same_results_on_mutated_documents() {
        // A small deterministic fuzzer: delete, duplicate or replace bytes of valid documents.
        let opts = ImportOptions::new("id").with_name_field("name");
        let mut state: u64 = 0x2545_F491_4F6C_DD1D;
        let mut next = |n: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            usize::try_from(state % (n.max(1) as u64)).unwrap_or(0)
        };
        let alphabet = b"[]{},:\"0123456789.-eE ntfalsePolygonMulti";
        for doc in corpus() {
            let bytes = doc.into_bytes();
            for _ in 0..40 {
                let mut m = bytes.clone();
                for _ in 0..1 + next(3) {
                    if m.is_empty() {
                        break;
                    }
                    let at = next(m.len());
                    match next(3) {
                        0 => {
                            m.remove(at);
                        }
                        1 => {
                            let b = m[at];
                            m.insert(at, b);
                        }
                        _ => m[at] = alphabet[next(alphabet.len())],
                    }
                }
                both_bytes(&m, &opts);
            }
        }
    }
}
