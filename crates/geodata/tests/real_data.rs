//! Import tests on the real data sets in `shared/data` (skipped with a notice when absent).
#![allow(clippy::unwrap_used)]

use std::path::PathBuf;

use quartier_geodata::{
    Crs, ImportOptions, islands, neighbours, read_boundaries, read_geojson, read_shapefile,
    to_geojson,
};

fn data(rel: &str) -> Option<PathBuf> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/data")
        .join(rel);
    if p.exists() {
        Some(p)
    } else {
        println!("skipping: {} not found", p.display());
        None
    }
}

#[test]
fn leipzig_ortsteile() {
    let Some(path) = data("leipzig-ortsteile/ortsteile.json") else {
        return;
    };
    let opts = ImportOptions::new("OT").with_name_field("Name");
    let report = read_geojson(&path, &opts).unwrap();
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    let layer = report.into_result().unwrap();
    assert_eq!(layer.areas.len(), 63);
    assert_eq!(layer.crs_detected.as_ref().unwrap().epsg, Some(4326));
    let zentrum = layer.areas.iter().find(|a| a.id == "00").unwrap();
    assert_eq!(zentrum.name.as_deref(), Some("Zentrum"));
    // 63 OT, no islands, 344 queen links (shared/data/SOURCES.md).
    let n = neighbours(&layer, 0.0);
    let links: usize = n.iter().map(Vec::len).sum();
    assert_eq!(links, 344);
    assert!(islands(&layer, 0.0).is_empty());
    // Round trip through the writer.
    let json = to_geojson(&layer, "OT", |a| {
        let mut m = quartier_geodata::Properties::new();
        m.insert("len".into(), serde_json::json!(a.id.len()));
        Some(m)
    });
    let again = quartier_geodata::read_geojson_bytes(json.as_bytes(), "x.json", &opts)
        .unwrap()
        .into_result()
        .unwrap();
    assert_eq!(again.areas.len(), 63);
    assert_eq!(
        again.areas[0].properties.get("len"),
        Some(&serde_json::json!(2))
    );
}

#[test]
fn leipzig_missing_id_field_reports_every_feature() {
    let Some(path) = data("leipzig-ortsteile/ortsteile.json") else {
        return;
    };
    let mut opts = ImportOptions::new("NOPE");
    opts.max_problems = 10;
    let report = read_geojson(&path, &opts).unwrap();
    assert_eq!(report.problems.len(), 10);
    assert!(report.truncated);
    assert!(
        report.problems[0].message.contains("available: Name, OT"),
        "{}",
        report.problems[0]
    );
    assert!(report.into_result().is_err());
}

#[test]
fn berlin_planning_areas() {
    let Some(path) = data(
        "berlin-mss/geometry-plr-until-2020/berlin-lor-monitoring-social-urban-development-2019-00-planning-areas.geojson",
    ) else {
        return;
    };
    let opts = ImportOptions::new("id").with_name_field("name");
    let report = read_boundaries(&path, &opts).unwrap();
    // The file really has PLR 06010102 (Schloßstraße) twice, as features 123 and 204.
    assert_eq!(report.problems.len(), 1, "{:?}", report.problems);
    assert_eq!(report.problems[0].location.row, Some(204));
    assert!(
        report.problems[0]
            .message
            .contains("duplicate area id '06010102'")
    );
    assert_eq!(report.layer.areas.len(), 447);
    let mut merge = opts.clone();
    merge.merge_duplicate_ids = true;
    let report = read_boundaries(&path, &merge).unwrap();
    assert!(report.is_ok());
    let layer = report.layer;
    assert_eq!(layer.areas.len(), 447);
    let schloss = layer.areas.iter().find(|a| a.id == "06010102").unwrap();
    assert!(schloss.geometry.0.len() >= 2);
    assert!(layer.areas.iter().any(|a| a.id == "01011101"));
    assert!(layer.areas[0].properties.contains_key("inhabitants"));
}

#[test]
fn pysal_shapefiles() {
    for (name, n, id) in [
        ("columbus/columbus.shp", 49, "POLYID"),
        ("stl/stl_hom.shp", 78, "FIPSNO"),
        ("sids2/sids2.shp", 100, "FIPSNO"),
    ] {
        let Some(path) = data(&format!("pysal-examples/{name}")) else {
            continue;
        };
        let opts = ImportOptions::new(id).with_crs(Crs::local_planar());
        let report = read_shapefile(&path, &opts).unwrap();
        assert!(
            report.is_ok(),
            "{name}: {:?}",
            &report.problems[..report.problems.len().min(5)]
        );
        assert_eq!(report.layer.areas.len(), n, "{name}");
    }
    // Points are rejected with a message naming the geometry type.
    if let Some(path) = data("pysal-examples/baltim/baltim.shp") {
        let report = read_shapefile(&path, &ImportOptions::new("STATION")).unwrap();
        assert!(!report.is_ok());
        assert!(
            report.problems[0].message.contains("Point"),
            "{}",
            report.problems[0]
        );
    }
}

#[test]
fn columbus_queen_links_match_gal() {
    let Some(path) = data("pysal-examples/columbus/columbus.shp") else {
        return;
    };
    let opts = ImportOptions::new("POLYID").with_crs(Crs::local_planar());
    let layer = read_shapefile(&path, &opts).unwrap().into_result().unwrap();
    let links: usize = neighbours(&layer, 0.0).iter().map(Vec::len).sum();
    assert_eq!(links, 236);
}
