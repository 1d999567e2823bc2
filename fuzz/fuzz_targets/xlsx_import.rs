//! Fuzzes spreadsheet import (XLSX/XLS/ODS via calamine) and layout recognition.
#![no_main]
use libfuzzer_sys::fuzz_target;
use quartier_tabular::{TableOptions, read_spreadsheet_bytes};

fuzz_target!(|data: &[u8]| {
    let _ = read_spreadsheet_bytes(data, "fuzz.xlsx", &TableOptions::default());
});
