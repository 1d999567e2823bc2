//! Fuzzes JSON indicator-table import (statistics-API series, API records, flat records)
//! and the writers on whatever was read.
#![no_main]
use libfuzzer_sys::fuzz_target;
use quartier_tabular::{CsvWriteOptions, TableOptions, read_json_bytes, to_csv_string};

fuzz_target!(|data: &[u8]| {
    if let Ok(imp) = read_json_bytes(data, "fuzz.json", &TableOptions::default()) {
        let _ = to_csv_string(&imp.table.to_wide_sheet(), &CsvWriteOptions::german_excel());
    }
});
