//! Shared test fixtures: synthetic jittered polygons and the Berlin planning areas.
#![allow(dead_code, clippy::unwrap_used)]

use geo_types::{LineString, MultiPolygon, Polygon};

/// Path of the Berlin planning areas (447 LOR Planungsräume, until 2020).
pub const BERLIN_PLR: &str = "/work/shared/data/berlin-mss/geometry-plr-until-2020/berlin-lor-monitoring-social-urban-development-2019-00-planning-areas.geojson";

/// `(id, name, geometry)` of one area.
pub type Named = (String, String, MultiPolygon<f64>);

/// `cols × rows` jittered polygons with `verts` vertices each over Berlin's extent
/// (deterministic).
pub fn synthetic(cols: usize, rows: usize, verts: usize) -> Vec<MultiPolygon<f64>> {
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    let mut rnd = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed >> 11) as f64 / (1u64 << 53) as f64
    };
    let (lon0, lat0, dlon, dlat) = (13.08, 52.34, 0.68 / cols as f64, 0.34 / rows as f64);
    let mut out = Vec::with_capacity(cols * rows);
    for r in 0..rows {
        for c in 0..cols {
            let (cx, cy) = (
                lon0 + (c as f64 + 0.5) * dlon,
                lat0 + (r as f64 + 0.5) * dlat,
            );
            let mut pts: Vec<(f64, f64)> = (0..verts)
                .map(|k| {
                    let a = k as f64 / verts as f64 * std::f64::consts::TAU;
                    let rad = 0.42 + 0.08 * rnd();
                    (cx + a.cos() * rad * dlon, cy + a.sin() * rad * dlat)
                })
                .collect();
            pts.push(pts[0]);
            out.push(MultiPolygon(vec![Polygon::new(
                LineString::from(pts),
                vec![],
            )]));
        }
    }
    out
}

/// `(id, name, geometry)` of the Berlin planning areas, `None` when the file is absent.
pub fn berlin() -> Option<Vec<Named>> {
    let text = std::fs::read_to_string(BERLIN_PLR).ok()?;
    let v: serde_json::Value = serde_json::from_str(&text).ok()?;
    let ring = |r: &serde_json::Value| -> LineString<f64> {
        LineString::from(
            r.as_array()
                .unwrap()
                .iter()
                .map(|p| (p[0].as_f64().unwrap(), p[1].as_f64().unwrap()))
                .collect::<Vec<_>>(),
        )
    };
    let poly = |p: &serde_json::Value| -> Polygon<f64> {
        let rings = p.as_array().unwrap();
        Polygon::new(ring(&rings[0]), rings[1..].iter().map(ring).collect())
    };
    let mut out = Vec::new();
    for f in v["features"].as_array()? {
        let g = &f["geometry"];
        let mp = match g["type"].as_str()? {
            "Polygon" => MultiPolygon(vec![poly(&g["coordinates"])]),
            "MultiPolygon" => MultiPolygon(
                g["coordinates"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(poly)
                    .collect(),
            ),
            _ => continue,
        };
        out.push((
            f["properties"]["id"].as_str().unwrap_or("").to_owned(),
            f["properties"]["name"].as_str().unwrap_or("").to_owned(),
            mp,
        ));
    }
    Some(out)
}
