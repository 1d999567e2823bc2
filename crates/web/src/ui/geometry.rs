//! Area geometries are stored as GeoJSON geometry text (WGS84); this reads them back.

use geo_types::{Coord, LineString, MultiPolygon, Polygon};
use serde_json::Value;

fn ring(v: &Value) -> Option<LineString<f64>> {
    let pts = v.as_array()?;
    let coords: Option<Vec<Coord<f64>>> = pts
        .iter()
        .map(|p| {
            let a = p.as_array()?;
            Some(Coord {
                x: a.first()?.as_f64()?,
                y: a.get(1)?.as_f64()?,
            })
        })
        .collect();
    Some(LineString(coords?))
}

fn polygon(v: &Value) -> Option<Polygon<f64>> {
    let rings = v.as_array()?;
    let mut it = rings.iter();
    let exterior = ring(it.next()?)?;
    let interiors: Option<Vec<_>> = it.map(ring).collect();
    Some(Polygon::new(exterior, interiors?))
}

/// Parses a GeoJSON `Polygon` or `MultiPolygon` geometry; `None` for anything else.
pub fn parse_multipolygon(text: &str) -> Option<MultiPolygon<f64>> {
    let v: Value = serde_json::from_str(text).ok()?;
    let coords = v.get("coordinates")?;
    match v.get("type")?.as_str()? {
        "Polygon" => Some(MultiPolygon(vec![polygon(coords)?])),
        "MultiPolygon" => {
            let polys: Option<Vec<_>> = coords.as_array()?.iter().map(polygon).collect();
            Some(MultiPolygon(polys?))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_polygon_and_multipolygon() {
        let p =
            parse_multipolygon(r#"{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}"#);
        assert_eq!(p.map(|m| m.0.len()), Some(1));
        let m = parse_multipolygon(
            r#"{"type":"MultiPolygon","coordinates":[[[[0,0],[1,0],[1,1],[0,0]]],[[[2,2],[3,2],[3,3],[2,2]]]]}"#,
        );
        assert_eq!(m.map(|m| m.0.len()), Some(2));
        assert!(parse_multipolygon(r#"{"type":"Point","coordinates":[0,0]}"#).is_none());
        assert!(parse_multipolygon("not json").is_none());
    }
}
