//! Fuzzes the Shapefile importer: the input is split into .shp and .dbf bytes at a
//! position given by its first two bytes.
#![no_main]
use libfuzzer_sys::fuzz_target;
use quartier_geodata::{Crs, ImportOptions, read_shapefile_bytes};

fuzz_target!(|data: &[u8]| {
    let Some((head, rest)) = data.split_first_chunk::<2>() else { return };
    let split = usize::from(u16::from_le_bytes(*head)).min(rest.len());
    let (shp, dbf) = rest.split_at(split);
    let opts = ImportOptions::new("ID").with_crs(Crs::local_planar());
    let _ = read_shapefile_bytes(shp, dbf, None, None, "fuzz.shp", &opts);
});
