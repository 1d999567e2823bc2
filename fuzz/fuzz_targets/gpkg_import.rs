//! Fuzzes the GeoPackage importer on arbitrary SQLite file bytes.
#![no_main]
use libfuzzer_sys::fuzz_target;
use quartier_geodata::{ImportOptions, read_geopackage};

fuzz_target!(|data: &[u8]| {
    let Ok(dir) = tempfile::tempdir() else { return };
    let path = dir.path().join("fuzz.gpkg");
    if std::fs::write(&path, data).is_ok() {
        let _ = read_geopackage(&path, &ImportOptions::new("id"));
    }
});
