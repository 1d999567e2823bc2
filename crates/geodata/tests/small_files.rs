//! Tests on the small committed files in `testdata/geodata` and on Shapefiles and
//! GeoPackages generated here.
#![allow(clippy::unwrap_used)]

use std::path::PathBuf;

use quartier_geodata::{
    Crs, ImportOptions, Severity, islands, read_boundaries, read_geojson, read_geopackage,
    read_shapefile,
};

fn testdata(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../testdata/geodata")
        .join(name)
}

#[test]
fn geojson_in_utm33_is_reprojected() {
    let opts = ImportOptions::new("key").with_name_field("name");
    let report = read_geojson(&testdata("tiny_25833.geojson"), &opts).unwrap();
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    let layer = report.layer;
    assert_eq!(layer.crs_detected.as_ref().unwrap().epsg, Some(25833));
    assert_eq!(layer.areas.len(), 3);
    let a = &layer.areas[0];
    assert_eq!((a.id.as_str(), a.name.as_deref()), ("A", Some("Nord-Ost")));
    assert_eq!(a.properties.get("pop"), Some(&serde_json::json!(1200)));
    // Corner (317000, 5690000) according to PROJ: 12.373052789005264, 51.33180111543788.
    let c = a.geometry.0[0]
        .exterior()
        .0
        .iter()
        .find(|c| (c.x - 12.373052789).abs() < 1e-6)
        .unwrap();
    assert!((c.x - 12.373052789005264).abs() < 1e-9 && (c.y - 51.33180111543788).abs() < 1e-9);
    // Numeric ids become strings; the hole is kept.
    assert_eq!(layer.areas[2].id, "3");
    assert_eq!(layer.areas[2].geometry.0[0].interiors().len(), 1);
    // "3" is the only area without a neighbour.
    assert_eq!(islands(&layer, 0.0), vec!["3".to_string()]);
}

#[test]
fn crs_override_wins() {
    let opts = ImportOptions::new("key").with_crs(Crs::from_epsg(25832).unwrap());
    let layer = read_geojson(&testdata("tiny_25833.geojson"), &opts)
        .unwrap()
        .layer;
    assert_eq!(layer.source_crs.epsg, Some(25832));
    // Zone 33 eastings read as zone 32 land far west of the 9° meridian.
    assert!(layer.areas[0].geometry.0[0].exterior().0[0].x < 7.0);
}

#[test]
fn invalid_geometries_are_all_reported() {
    let report = read_geojson(&testdata("invalid.geojson"), &ImportOptions::new("key")).unwrap();
    let errs: Vec<(Option<usize>, String)> = report
        .problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .map(|p| (p.location.row, p.message.clone()))
        .collect();
    let has = |row: usize, text: &str| {
        errs.iter()
            .any(|(r, m)| *r == Some(row) && m.contains(text))
    };
    assert!(has(1, "ring crosses itself"), "{errs:#?}");
    assert!(has(2, "not closed"), "{errs:#?}");
    assert!(has(3, "LineString geometry"), "{errs:#?}");
    assert!(has(4, "empty or missing geometry"), "{errs:#?}");
    assert!(has(5, "id field 'key' is missing"), "{errs:#?}");
    assert!(
        has(6, "duplicate area id 'ok' (first used by feature 0)"),
        "{errs:#?}"
    );
    assert!(has(7, "distinct point"), "{errs:#?}");
    assert!(has(8, "interior ring 1 lies outside"), "{errs:#?}");
    assert!(has(9, "not numeric"), "{errs:#?}");
    assert!(!errs.iter().any(|(r, _)| *r == Some(0)), "{errs:#?}");
    let msg = report.into_result().unwrap_err().to_string();
    assert!(msg.contains("invalid.geojson"), "{msg}");
}

#[test]
fn projected_coordinates_without_crs_are_flagged() {
    let json = r#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"x"},
        "geometry":{"type":"Polygon","coordinates":[[[317000,5690000],[318000,5690000],[318000,5691000],[317000,5690000]]]}}]}"#;
    let report =
        quartier_geodata::read_geojson_bytes(json.as_bytes(), "p.json", &ImportOptions::new("id"))
            .unwrap();
    assert!(
        report.problems[0]
            .message
            .contains("not longitude/latitude")
    );
}

#[test]
fn generated_shapefile_with_prj_and_cp1252_attributes() {
    use shapefile::dbase::{FieldValue, Record, TableWriterBuilder};
    use shapefile::{Point, Polygon, PolygonRing};
    let dir = tempfile::tempdir().unwrap();
    let shp = dir.path().join("gebiete.shp");
    let table = TableWriterBuilder::with_encoding(shapefile::dbase::encoding::EncodingRs::from(
        encoding_rs::WINDOWS_1252,
    ))
    .add_character_field("KEY".try_into().unwrap(), 10)
    .add_character_field("NAME".try_into().unwrap(), 40)
    .add_numeric_field("EW".try_into().unwrap(), 10, 0);
    let mut w = shapefile::Writer::from_path(&shp, table).unwrap();
    let crs = Crs::from_epsg(31468).unwrap();
    let (x0, y0) = crs.from_wgs84(12.37, 51.34).unwrap();
    for (i, name) in ["Schönefeld", "Möckern"].iter().enumerate() {
        let x = x0 + 1000.0 * i as f64;
        // Clockwise outer ring, as Shapefiles require.
        let ring = vec![
            Point::new(x, y0),
            Point::new(x, y0 + 1000.0),
            Point::new(x + 1000.0, y0 + 1000.0),
            Point::new(x + 1000.0, y0),
            Point::new(x, y0),
        ];
        let mut rec = Record::default();
        rec.insert("KEY".into(), FieldValue::Character(Some(format!("{i:02}"))));
        rec.insert("NAME".into(), FieldValue::Character(Some(name.to_string())));
        rec.insert("EW".into(), FieldValue::Numeric(Some(1000.0 + i as f64)));
        w.write_shape_and_record(&Polygon::new(PolygonRing::Outer(ring)), &rec)
            .unwrap();
    }
    drop(w);
    std::fs::write(
        dir.path().join("gebiete.prj"),
        r#"PROJCS["DHDN_3_Degree_Gauss_Zone_4",GEOGCS["GCS_Deutsches_Hauptdreiecksnetz",DATUM["D_Deutsches_Hauptdreiecksnetz",SPHEROID["Bessel_1841",6377397.155,299.1528128]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",4500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",12.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]"#,
    )
    .unwrap();
    std::fs::write(dir.path().join("gebiete.cpg"), "1252").unwrap();
    let opts = ImportOptions::new("KEY").with_name_field("NAME");
    let report = read_boundaries(&shp, &opts).unwrap();
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    let layer = report.layer;
    assert_eq!(layer.areas.len(), 2);
    assert_eq!(layer.areas[0].name.as_deref(), Some("Schönefeld"));
    assert_eq!(layer.areas[1].name.as_deref(), Some("Möckern"));
    assert_eq!(
        layer.areas[1].properties.get("EW"),
        Some(&serde_json::json!(1001))
    );
    let c = layer.areas[0].geometry.0[0].exterior().0[0];
    // from_wgs84 inverts the Helmert shift to first order only (about 1 cm).
    assert!(
        (c.x - 12.37).abs() < 1e-6 && (c.y - 51.34).abs() < 1e-6,
        "{c:?}"
    );
    assert!(islands(&layer, 0.0).is_empty());
    // Without the .dbf the import fails with a clear error.
    std::fs::remove_file(dir.path().join("gebiete.dbf")).unwrap();
    let err = read_shapefile(&shp, &opts).unwrap_err().to_string();
    assert!(err.contains("gebiete.dbf"), "{err}");
}

fn gpkg_blob(srs: i32, polys: &[Vec<(f64, f64)>]) -> Vec<u8> {
    let mut b = b"GP\x00\x01".to_vec(); // version 0, flags: little endian, no envelope
    b.extend_from_slice(&srs.to_le_bytes());
    b.push(1);
    b.extend_from_slice(&6u32.to_le_bytes());
    b.extend_from_slice(&(polys.len() as u32).to_le_bytes());
    for ring in polys {
        b.push(1);
        b.extend_from_slice(&3u32.to_le_bytes());
        b.extend_from_slice(&1u32.to_le_bytes());
        b.extend_from_slice(&(ring.len() as u32).to_le_bytes());
        for (x, y) in ring {
            b.extend_from_slice(&x.to_le_bytes());
            b.extend_from_slice(&y.to_le_bytes());
        }
    }
    b
}

#[test]
fn generated_geopackage() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("areas.gpkg");
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute_batch(
        "CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT, srs_id INTEGER PRIMARY KEY, organization TEXT, organization_coordsys_id INTEGER, definition TEXT, description TEXT);
         INSERT INTO gpkg_spatial_ref_sys VALUES ('ETRS89 / UTM zone 32N', 25832, 'EPSG', 25832, 'undefined', NULL);
         CREATE TABLE gpkg_contents (table_name TEXT PRIMARY KEY, data_type TEXT, identifier TEXT, srs_id INTEGER);
         INSERT INTO gpkg_contents VALUES ('bezirke', 'features', 'bezirke', 25832);
         CREATE TABLE gpkg_geometry_columns (table_name TEXT, column_name TEXT, geometry_type_name TEXT, srs_id INTEGER, z INTEGER, m INTEGER);
         INSERT INTO gpkg_geometry_columns VALUES ('bezirke', 'geom', 'MULTIPOLYGON', 25832, 0, 0);
         CREATE TABLE bezirke (fid INTEGER PRIMARY KEY, geom BLOB, sbz TEXT, name TEXT, ew REAL);",
    )
    .unwrap();
    let crs = Crs::from_epsg(25832).unwrap();
    let (x0, y0) = crs.from_wgs84(12.37, 51.34).unwrap();
    let sq = |x: f64| {
        vec![
            (x, y0),
            (x + 500.0, y0),
            (x + 500.0, y0 + 500.0),
            (x, y0 + 500.0),
            (x, y0),
        ]
    };
    let rows: [(&str, &str, Vec<u8>); 3] = [
        ("0", "Mitte", gpkg_blob(25832, &[sq(x0)])),
        (
            "1",
            "Nordost",
            gpkg_blob(25832, &[sq(x0 + 500.0), sq(x0 + 2000.0)]),
        ),
        ("2", "Kaputt", b"GP\x00\x01\x00\x00".to_vec()),
    ];
    for (sbz, name, blob) in rows {
        conn.execute(
            "INSERT INTO bezirke (geom, sbz, name, ew) VALUES (?1, ?2, ?3, 1.5)",
            rusqlite::params![blob, sbz, name],
        )
        .unwrap();
    }
    drop(conn);
    let opts = ImportOptions::new("sbz").with_name_field("name");
    let report = read_geopackage(&path, &opts).unwrap();
    assert_eq!(
        report.layer.crs_detected.as_ref().unwrap().epsg,
        Some(25832)
    );
    assert_eq!(report.layer.areas.len(), 2);
    assert_eq!(report.layer.areas[1].geometry.0.len(), 2);
    assert_eq!(
        report.layer.areas[0].properties.get("ew"),
        Some(&serde_json::json!(1.5))
    );
    let c = report.layer.areas[0].geometry.0[0].exterior().0[0];
    assert!(
        (c.x - 12.37).abs() < 1e-9 && (c.y - 51.34).abs() < 1e-9,
        "{c:?}"
    );
    assert_eq!(report.problems.len(), 1, "{:?}", report.problems);
    assert_eq!(report.problems[0].location.row, Some(2));
    let err = read_geopackage(&path, &opts.clone().with_layer("nope")).unwrap_err();
    assert!(err.to_string().contains("layer 'nope' not found"));
    // Not a GeoPackage at all.
    let junk = dir.path().join("junk.gpkg");
    std::fs::write(&junk, b"not sqlite").unwrap();
    assert!(read_geopackage(&junk, &opts).is_err());
}

/// Inputs that once panicked under cargo-fuzz (same framing as `fuzz/fuzz_targets`).
#[test]
fn fuzz_regressions_do_not_panic() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../testdata/fuzz-regressions");
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let data = std::fs::read(&path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if name.starts_with("shapefile_import") {
            let (head, rest) = data.split_at(2);
            let split = usize::from(u16::from_le_bytes([head[0], head[1]])).min(rest.len());
            let (shp, dbf) = rest.split_at(split);
            let opts = ImportOptions::new("ID").with_crs(Crs::local_planar());
            let _ = quartier_geodata::read_shapefile_bytes(shp, dbf, None, None, &name, &opts);
        }
    }
}
