//! Helpers shared by the `spatial_*` integration tests: locating the shared pysal example
//! data (skipping with a notice when it is absent), a minimal GeoJSON polygon reader and
//! a minimal dBase (.dbf) column reader.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use geo_types::{Coord, LineString, MultiPolygon, Polygon};
use std::collections::HashMap;
use std::path::PathBuf;

/// `../../../shared/data/pysal-examples` relative to the crate, if present.
pub fn examples_dir() -> Option<PathBuf> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/pysal-examples");
    if p.is_dir() {
        Some(p)
    } else {
        println!(
            "NOTICE: {} not found; skipping test that needs shared data",
            p.display()
        );
        None
    }
}

/// Loads a JSON reference file from the examples directory.
pub fn reference(name: &str) -> Option<serde_json::Value> {
    let dir = examples_dir()?;
    let text = std::fs::read_to_string(dir.join(name)).ok()?;
    serde_json::from_str(&text).ok()
}

fn ring(v: &serde_json::Value) -> LineString<f64> {
    LineString(
        v.as_array()
            .unwrap()
            .iter()
            .map(|c| {
                let c = c.as_array().unwrap();
                Coord {
                    x: c[0].as_f64().unwrap(),
                    y: c[1].as_f64().unwrap(),
                }
            })
            .collect(),
    )
}

fn polygon(v: &serde_json::Value) -> Polygon<f64> {
    let rings = v.as_array().unwrap();
    Polygon::new(ring(&rings[0]), rings[1..].iter().map(ring).collect())
}

/// Reads a GeoJSON FeatureCollection of (Multi)Polygons: geometries and properties.
pub fn read_geojson(
    path: &std::path::Path,
) -> (
    Vec<MultiPolygon<f64>>,
    Vec<serde_json::Map<String, serde_json::Value>>,
) {
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let mut geoms = Vec::new();
    let mut props = Vec::new();
    for f in v["features"].as_array().unwrap() {
        let g = &f["geometry"];
        let mp = match g["type"].as_str().unwrap() {
            "Polygon" => MultiPolygon(vec![polygon(&g["coordinates"])]),
            "MultiPolygon" => MultiPolygon(
                g["coordinates"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(polygon)
                    .collect(),
            ),
            other => panic!("unsupported geometry {other}"),
        };
        geoms.push(mp);
        props.push(f["properties"].as_object().unwrap().clone());
    }
    (geoms, props)
}

/// Column of a GeoJSON property as f64.
pub fn prop(props: &[serde_json::Map<String, serde_json::Value>], name: &str) -> Vec<f64> {
    props.iter().map(|p| p[name].as_f64().unwrap()).collect()
}

/// Reads all columns of a dBase III file as trimmed strings.
pub fn read_dbf(path: &std::path::Path) -> HashMap<String, Vec<String>> {
    let d = std::fs::read(path).unwrap();
    let nrec = u32::from_le_bytes([d[4], d[5], d[6], d[7]]) as usize;
    let hlen = u16::from_le_bytes([d[8], d[9]]) as usize;
    let rlen = u16::from_le_bytes([d[10], d[11]]) as usize;
    let mut fields = Vec::new();
    let mut off = 32;
    while d[off] != 0x0D {
        let name: String = d[off..off + 11]
            .iter()
            .take_while(|&&b| b != 0)
            .map(|&b| b as char)
            .collect();
        let len = d[off + 16] as usize;
        fields.push((name, len));
        off += 32;
    }
    let mut out: HashMap<String, Vec<String>> = HashMap::new();
    for r in 0..nrec {
        let mut pos = hlen + r * rlen + 1;
        for (name, len) in &fields {
            let s = String::from_utf8_lossy(&d[pos..pos + len])
                .trim()
                .to_string();
            out.entry(name.clone()).or_default().push(s);
            pos += len;
        }
    }
    out
}

/// Numeric dBase column.
pub fn dbf_f64(cols: &HashMap<String, Vec<String>>, name: &str) -> Vec<f64> {
    cols[name]
        .iter()
        .map(|s| s.parse::<f64>().unwrap())
        .collect()
}

/// Relative-or-absolute closeness check with a readable message.
pub fn assert_close(actual: f64, expected: f64, rel: f64, what: &str) {
    let tol = rel * expected.abs().max(1e-300);
    assert!(
        (actual - expected).abs() <= tol.max(1e-15),
        "{what}: got {actual:.17e}, expected {expected:.17e} (rel tol {rel})"
    );
}
