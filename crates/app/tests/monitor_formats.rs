//! End-to-end tests of `quartier monitor moran|lisa` on the other input formats: the
//! pysal columbus Shapefile (and a GeoPackage written from it), and a Windows-1252 CSV and
//! an XLSX table joined to the Leipzig Ortsteile GeoJSON. Results are checked against the
//! PySAL references in `crates/stats/tests/reference`. Tests that need `../shared/data`
//! are skipped with a notice when it is absent.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use support::{close, data_dir, f, leipzig_rows, ok, quartier, read_csv, reference, s, scratch};

use std::collections::HashMap;
use std::path::Path;

use quartier_tabular::{ExportCell, Sheet, write_xlsx};

const MORAN_HEADER: &str = "i,expected,z_norm,p_norm,z_rand,p_rand,p_sim";
const COLUMBUS: &str = "pysal-examples/columbus/columbus.shp";

/// Runs `monitor moran` (queen) and checks I, E[I] and z against a `moran_r` reference.
fn check_moran(dir: &Path, name: &str, args: &[&str], r: &serde_json::Value) {
    let out = dir.join(format!("moran_{name}.csv"));
    let mut a = vec!["moran"];
    a.extend_from_slice(args);
    a.extend_from_slice(&[
        "--weights",
        "queen",
        "--permutations",
        "99",
        "--out",
        s(&out),
    ]);
    ok(&quartier(&a));
    let (headers, rows) = read_csv(&out);
    if headers.first().is_some_and(|h| h == "i") {
        assert_eq!(headers.join(","), MORAN_HEADER);
    }
    assert_eq!(rows.len(), 1);
    let row = &rows[0];
    close(f(row, "i"), r["I"].as_f64().unwrap(), 1e-9, "I");
    close(f(row, "expected"), r["EI"].as_f64().unwrap(), 1e-12, "EI");
    close(
        f(row, "z_norm"),
        r["z_norm"].as_f64().unwrap(),
        1e-8,
        "z_norm",
    );
    close(
        f(row, "z_rand"),
        r["z_rand"].as_f64().unwrap(),
        1e-8,
        "z_rand",
    );
}

/// Runs `monitor lisa` (queen) and checks local I and the spatial lag per area against
/// esda's `Moran_Local` (in the reference's id order).
fn check_lisa(
    dir: &Path,
    name: &str,
    args: &[&str],
    refj: &serde_json::Value,
    esda: &serde_json::Value,
) {
    let out = dir.join(format!("lisa_{name}.csv"));
    let mut a = vec!["lisa"];
    a.extend_from_slice(args);
    a.extend_from_slice(&[
        "--weights",
        "queen",
        "--permutations",
        "99",
        "--out",
        s(&out),
    ]);
    ok(&quartier(&a));
    let (headers, rows) = read_csv(&out);
    if headers.first().is_some_and(|h| h == "i") {
        assert_eq!(headers.join(","), MORAN_HEADER);
    }
    let ids: Vec<String> = refj["ids"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_owned))
        .collect();
    assert_eq!(rows.len(), ids.len());
    let by_id: HashMap<&str, &HashMap<String, String>> =
        rows.iter().map(|r| (r["id"].as_str(), r)).collect();
    for (k, id) in ids.iter().enumerate() {
        let r = by_id
            .get(id.as_str())
            .unwrap_or_else(|| panic!("{name}: no output row for id {id}"));
        close(
            f(r, "local_i"),
            esda["Is"][k].as_f64().unwrap(),
            1e-9,
            "local I",
        );
        close(f(r, "lag"), esda["lag_y"][k].as_f64().unwrap(), 1e-9, "lag");
        let p = f(r, "p_value");
        assert!(p > 0.0 && p <= 1.0, "p {p}");
    }
}

// ---------------------------------------------------------------- Shapefile, GeoPackage

#[test]
fn columbus_shapefile_moran_and_lisa_match_pysal() {
    let Some(data) = data_dir() else { return };
    let dir = scratch("columbus-shp");
    let refj = reference("columbus.json");
    let queen = &refj["results"]["CRIME"]["weights"]["queen"];
    let shp = data.join(COLUMBUS);
    let args = [
        "--areas",
        s(&shp),
        "--area-id",
        "POLYID",
        "--value",
        "CRIME",
    ];
    check_moran(&dir, "shp", &args, &queen["moran_r"]);
    check_lisa(&dir, "shp", &args, &refj, &queen["moran_local_esda"]);
    // Selecting the .dbf of the same Shapefile works as well.
    let dbf = data.join(COLUMBUS).with_extension("dbf");
    let args = [
        "--areas",
        s(&dbf),
        "--area-id",
        "POLYID",
        "--value",
        "CRIME",
    ];
    check_moran(&dir, "dbf", &args, &queen["moran_r"]);
}

/// GeoPackage geometry blob (WKB MultiPolygon, little endian, no envelope).
fn gpkg_blob(srs: i32, geometry: &geo_types::MultiPolygon<f64>) -> Vec<u8> {
    let mut b = b"GP\x00\x01".to_vec();
    b.extend_from_slice(&srs.to_le_bytes());
    b.push(1);
    b.extend_from_slice(&6u32.to_le_bytes());
    b.extend_from_slice(&(geometry.0.len() as u32).to_le_bytes());
    for poly in &geometry.0 {
        b.push(1);
        b.extend_from_slice(&3u32.to_le_bytes());
        let rings: Vec<&geo_types::LineString<f64>> = std::iter::once(poly.exterior())
            .chain(poly.interiors())
            .collect();
        b.extend_from_slice(&(rings.len() as u32).to_le_bytes());
        for ring in rings {
            b.extend_from_slice(&(ring.0.len() as u32).to_le_bytes());
            for c in &ring.0 {
                b.extend_from_slice(&c.x.to_le_bytes());
                b.extend_from_slice(&c.y.to_le_bytes());
            }
        }
    }
    b
}

/// Writes the columbus areas (as read from the Shapefile) to a GeoPackage in a different
/// row order, with POLYID and CRIME as columns.
fn columbus_geopackage(data: &Path, path: &Path) {
    let opts = quartier_geodata::ImportOptions::new("POLYID");
    let layer = quartier_geodata::read_shapefile(&data.join(COLUMBUS), &opts)
        .unwrap()
        .into_result()
        .unwrap();
    assert_eq!(layer.areas.len(), 49);
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.execute_batch(
        "CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT, srs_id INTEGER PRIMARY KEY, organization TEXT, organization_coordsys_id INTEGER, definition TEXT, description TEXT);
         INSERT INTO gpkg_spatial_ref_sys VALUES ('WGS 84', 4326, 'EPSG', 4326, 'undefined', NULL);
         CREATE TABLE gpkg_contents (table_name TEXT PRIMARY KEY, data_type TEXT, identifier TEXT, srs_id INTEGER);
         INSERT INTO gpkg_contents VALUES ('columbus', 'features', 'columbus', 4326);
         CREATE TABLE gpkg_geometry_columns (table_name TEXT, column_name TEXT, geometry_type_name TEXT, srs_id INTEGER, z INTEGER, m INTEGER);
         INSERT INTO gpkg_geometry_columns VALUES ('columbus', 'geom', 'MULTIPOLYGON', 4326, 0, 0);
         CREATE TABLE columbus (fid INTEGER PRIMARY KEY, geom BLOB, POLYID INTEGER, CRIME REAL);",
    )
    .unwrap();
    for a in layer.areas.iter().rev() {
        conn.execute(
            "INSERT INTO columbus (geom, POLYID, CRIME) VALUES (?1, ?2, ?3)",
            rusqlite::params![
                gpkg_blob(4326, &a.geometry),
                a.id.parse::<i64>().unwrap(),
                a.properties["CRIME"].as_f64().unwrap()
            ],
        )
        .unwrap();
    }
}

#[test]
fn columbus_geopackage_moran_and_lisa_match_pysal() {
    let Some(data) = data_dir() else { return };
    let dir = scratch("columbus-gpkg");
    let gpkg = dir.join("columbus.gpkg");
    columbus_geopackage(&data, &gpkg);
    let refj = reference("columbus.json");
    let queen = &refj["results"]["CRIME"]["weights"]["queen"];
    let args = [
        "--areas",
        s(&gpkg),
        "--area-id",
        "POLYID",
        "--value",
        "CRIME",
    ];
    check_moran(&dir, "gpkg", &args, &queen["moran_r"]);
    check_lisa(&dir, "gpkg", &args, &refj, &queen["moran_local_esda"]);
}

// ------------------------------------------------------------- tables joined to Leipzig

/// Windows-1252 encoding of text (panics on characters outside it).
fn cp1252(text: &str) -> Vec<u8> {
    text.chars()
        .map(|c| match c {
            '€' => 0x80,
            '„' => 0x84,
            '–' => 0x96,
            '“' => 0x93,
            '”' => 0x94,
            c if (c as u32) < 0x80 || (0xA0..=0xFF).contains(&(c as u32)) => c as u8,
            c => panic!("{c:?} not in Windows-1252"),
        })
        .collect()
}

#[test]
fn leipzig_cp1252_csv_and_xlsx_tables_match_pysal() {
    let Some(data) = data_dir() else { return };
    let dir = scratch("leipzig-tables");
    let areas = data.join("leipzig-ortsteile/ortsteile.json");
    let rows = leipzig_rows(&data);
    assert_eq!(rows.len(), 63);
    assert!(
        rows.iter().any(|(_, name, _)| !name.is_ascii()),
        "names with umlauts expected"
    );
    let refj = reference("leipzig.json");
    let queen = &refj["results"]["sgb2_quote_2022"]["weights"]["queen"];

    // Windows-1252, semicolons, decimal commas; joined on the Ortsteil *name*, so that the
    // umlauts must be decoded correctly for every area to find its row.
    let mut text = String::from("Ortsteil;OT;SGB-II-Quote\r\n");
    for (ot, name, v) in &rows {
        text.push_str(&format!(
            "{name};{ot};{}\r\n",
            v.to_string().replace('.', ",")
        ));
    }
    let csv = dir.join("sgb2_cp1252.csv");
    std::fs::write(&csv, cp1252(&text)).unwrap();
    assert!(std::str::from_utf8(&std::fs::read(&csv).unwrap()).is_err());
    let args = [
        "--areas",
        s(&areas),
        "--area-id",
        "Name",
        "--table",
        s(&csv),
        "--id-column",
        "Ortsteil",
        "--value",
        "SGB-II-Quote",
    ];
    check_moran(&dir, "csv", &args, &queen["moran_r"]);

    // XLSX with numeric cells, joined on OT.
    let sheet = Sheet {
        name: "SGB II".into(),
        headers: vec!["OT".into(), "Ortsteil".into(), "sgb2".into()],
        rows: rows
            .iter()
            .map(|(ot, name, v)| {
                vec![
                    ExportCell::Text(ot.clone()),
                    ExportCell::Text(name.clone()),
                    ExportCell::Number(*v),
                ]
            })
            .collect(),
    };
    let xlsx = dir.join("sgb2.xlsx");
    write_xlsx(&[sheet], &xlsx).unwrap();
    let args = [
        "--areas",
        s(&areas),
        "--area-id",
        "OT",
        "--table",
        s(&xlsx),
        "--id-column",
        "OT",
        "--value",
        "sgb2",
    ];
    check_moran(&dir, "xlsx", &args, &queen["moran_r"]);
    check_lisa(&dir, "xlsx", &args, &refj, &queen["moran_local_esda"]);
}
