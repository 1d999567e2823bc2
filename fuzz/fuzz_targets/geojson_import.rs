//! Fuzzes the GeoJSON boundary importer (parsing, CRS detection, validation, reprojection).
#![no_main]
use libfuzzer_sys::fuzz_target;
use quartier_geodata::{ImportOptions, islands, read_geojson_bytes};

fuzz_target!(|data: &[u8]| {
    let opts = ImportOptions::new("id").with_name_field("name");
    if let Ok(report) = read_geojson_bytes(data, "fuzz.geojson", &opts) {
        let _ = islands(&report.layer, 0.0);
        let _ = quartier_geodata::to_geojson(&report.layer, "id", |_| None);
    }
});
