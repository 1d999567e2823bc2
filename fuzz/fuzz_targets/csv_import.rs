//! Fuzzes CSV import (encoding, delimiter, decimal detection, layout recognition) and the
//! writers on whatever was read.
#![no_main]
use libfuzzer_sys::fuzz_target;
use quartier_tabular::{CsvWriteOptions, TableOptions, read_csv_bytes, to_csv_string};

fuzz_target!(|data: &[u8]| {
    let imp = read_csv_bytes(data, "fuzz.csv", &TableOptions::default());
    let _ = to_csv_string(&imp.table.to_wide_sheet(), &CsvWriteOptions::german_excel());
});
