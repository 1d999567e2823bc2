//! Indicator tables in JSON, as published by municipal statistics APIs.
//!
//! Three shapes are recognised and turned into a grid for the common recogniser:
//! - `{"data": {"<year>": {"<series>": [{"value": n, "district": "<area>"}, …]}}}` — the
//!   series-by-year layout of the Leipzig *kdvalues* mirror (also with `area`, `name` or `id`
//!   instead of `district`);
//! - `{"daten": [{"name", "wert", "jahr", "ortsteil", "stadtbezirk"}, …]}` — the raw records of
//!   the Leipzig statistics API (rows without an area are city totals and are skipped);
//! - an array of flat objects (or an object holding one), read like a spreadsheet whose header
//!   row is the objects' keys in first-seen order.
//!
//! In the series-by-year shape, a label repeated for the same area within one series (a
//! flattened hierarchy) is numbered: the second block becomes `"<label> [2]"`.
//!
//! JSON has no useful line numbers, so problems name the record (1-based, in file order) as
//! their line.

use serde_json::{Map, Value};

use crate::grid::{Cell, Grid};
use crate::model::{Layout, SourceFormat, TableError, TableImport, TableOptions};
use crate::recognise;

/// Reads a JSON indicator table from bytes.
pub fn read_json_bytes(
    bytes: &[u8],
    file: &str,
    options: &TableOptions,
) -> Result<TableImport, TableError> {
    let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let root: Value = serde_json::from_slice(text).map_err(|e| TableError::Format {
        file: file.to_string(),
        message: format!(
            "not valid JSON at line {}, column {}: {e}",
            e.line(),
            e.column()
        ),
    })?;
    let (grid, long) = to_grid(&root).ok_or_else(|| TableError::Format {
        file: file.to_string(),
        message: "no indicator records found: expected {\"data\": {year: {series: [{value, district}]}}}, {\"daten\": [...]} or an array of objects".into(),
    })?;
    let mut opts = options.clone();
    if long {
        opts.layout.get_or_insert(Layout::Long);
        opts.area_column.get_or_insert_with(|| "area".into());
    }
    Ok(recognise::recognise(
        grid,
        recognise::Source {
            format: SourceFormat::Json,
            encoding: Some("UTF-8".into()),
            delimiter: None,
            sheet: None,
        },
        file,
        &opts,
    ))
}

/// The grid, and whether it is in long layout (`area, indicator, year, value`).
fn to_grid(root: &Value) -> Option<(Grid, bool)> {
    if let Some(data) = root.get("data").and_then(Value::as_object)
        && let Some(g) = series_by_year(data)
    {
        return Some((g, true));
    }
    if let Some(daten) = root.get("daten").and_then(Value::as_array) {
        return Some((api_records(daten), true));
    }
    let records = match root {
        Value::Array(a) => a,
        Value::Object(o) => o.values().find_map(Value::as_array)?,
        _ => return None,
    };
    let objects: Vec<&Map<String, Value>> = records.iter().filter_map(Value::as_object).collect();
    if objects.is_empty() {
        return None;
    }
    Some((flat_records(&objects), false))
}

fn long_header() -> (usize, Vec<Cell>) {
    (
        1,
        ["area", "indicator", "year", "value"]
            .iter()
            .map(|s| Cell::Text((*s).to_string()))
            .collect(),
    )
}

fn scalar(v: &Value) -> Cell {
    match v {
        Value::Null => Cell::Empty,
        Value::Number(n) => n.as_f64().map_or(Cell::Empty, Cell::Number),
        Value::String(s) => Cell::Text(s.clone()),
        Value::Bool(b) => Cell::Text(b.to_string()),
        other => Cell::Text(other.to_string()),
    }
}

fn series_by_year(data: &Map<String, Value>) -> Option<Grid> {
    let mut rows = vec![long_header()];
    let mut n = 1;
    for (year, series) in data {
        let series = series.as_object()?;
        for (name, records) in series {
            // A flattened category hierarchy can repeat a label ("Frauen" under two parents):
            // the k-th value of an area within one series becomes the series "label [k]".
            let mut seen: std::collections::HashMap<String, usize> =
                std::collections::HashMap::new();
            for r in records.as_array()? {
                n += 1;
                let area = ["district", "area", "name", "id", "gebiet"]
                    .iter()
                    .find_map(|k| r.get(*k))
                    .map(scalar)
                    .unwrap_or(Cell::Empty);
                let k = seen.entry(area.text()).or_insert(0);
                *k += 1;
                let label = if *k == 1 {
                    name.trim().to_string()
                } else {
                    format!("{} [{k}]", name.trim())
                };
                let value = r
                    .get("value")
                    .or_else(|| r.get("wert"))
                    .map_or(Cell::Empty, scalar);
                rows.push((
                    n,
                    vec![area, Cell::Text(label), Cell::Text(year.clone()), value],
                ));
            }
        }
    }
    (rows.len() > 1).then_some(Grid { rows })
}

fn api_records(records: &[Value]) -> Grid {
    let mut rows = vec![long_header()];
    for (i, r) in records.iter().enumerate() {
        let area = ["ortsteil", "stadtbezirk", "gebiet", "area"]
            .iter()
            .filter_map(|k| r.get(*k))
            .map(scalar)
            .find(|c| !c.is_blank());
        let Some(area) = area else {
            continue; // a city total
        };
        let name = r
            .get("name")
            .or_else(|| r.get("merkmal"))
            .map(|v| Cell::Text(scalar(v).text().trim().to_string()))
            .unwrap_or(Cell::Empty);
        let year = r
            .get("jahr")
            .or_else(|| r.get("year"))
            .map_or(Cell::Empty, scalar);
        let value = r
            .get("wert")
            .or_else(|| r.get("value"))
            .map_or(Cell::Empty, scalar);
        rows.push((i + 1, vec![area, name, year, value]));
    }
    Grid { rows }
}

fn flat_records(objects: &[&Map<String, Value>]) -> Grid {
    let mut keys: Vec<String> = Vec::new();
    for o in objects {
        for k in o.keys() {
            if !keys.contains(k) {
                keys.push(k.clone());
            }
        }
    }
    let mut rows = vec![(1, keys.iter().map(|k| Cell::Text(k.clone())).collect())];
    for (i, o) in objects.iter().enumerate() {
        rows.push((
            i + 2,
            keys.iter()
                .map(|k| o.get(k).map_or(Cell::Empty, scalar))
                .collect(),
        ));
    }
    Grid { rows }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kdvalues_layout_becomes_long_records() {
        let j = br#"{"meta":{"title":"x"},"data":{"2021":{"SGB-II-Quote":[{"value":26,"district":"Volkmarsdorf"},{"value":4,"district":"Schleu\u00dfig"}]},"2022":{"SGB-II-Quote":[{"value":25,"district":"Volkmarsdorf"}]}}}"#;
        let imp = read_json_bytes(j, "k.json", &TableOptions::default()).expect("reads");
        assert!(imp.is_ok(), "{:?}", imp.problems);
        assert_eq!(imp.table.records.len(), 3);
        assert_eq!(imp.table.years(), vec![2021, 2022]);
        assert_eq!(
            imp.table.get("Volkmarsdorf", "SGB-II-Quote", Some(2022)),
            Some(Some(25.0))
        );
        assert_eq!(imp.recognition.layout, Layout::Long);
        assert_eq!(imp.recognition.format, SourceFormat::Json);
    }

    #[test]
    fn repeated_series_labels_are_numbered() {
        let j = br#"{"data":{"2020":{"Frauen":[{"value":1,"district":"A"},{"value":2,"district":"B"},{"value":3,"district":"A"},{"value":4,"district":"B"}]}}}"#;
        let imp = read_json_bytes(j, "k.json", &TableOptions::default()).expect("reads");
        assert!(imp.is_ok(), "{:?}", imp.problems);
        assert_eq!(
            imp.table.get("A", "Frauen [2]", Some(2020)),
            Some(Some(3.0))
        );
        assert_eq!(imp.table.get("B", "Frauen", Some(2020)), Some(Some(2.0)));
    }

    #[test]
    fn api_records_skip_city_totals_and_trim_names() {
        let j = br#"{"daten":[{"name":"   Frauen","wert":"10","jahr":2020,"ortsteil":"Zentrum","stadtbezirk":null},{"name":"Einwohner insgesamt","wert":"99","jahr":2020,"ortsteil":null,"stadtbezirk":null}]}"#;
        let imp = read_json_bytes(j, "e.json", &TableOptions::default()).expect("reads");
        assert_eq!(imp.table.records.len(), 1);
        assert_eq!(imp.table.records[0].indicator, "Frauen");
        assert_eq!(imp.table.records[0].value, Some(10.0));
    }

    #[test]
    fn flat_records_read_like_a_sheet() {
        let j = br#"[{"id":"01","arbeitslose":5.5},{"id":"02","arbeitslose":null}]"#;
        let imp = read_json_bytes(j, "f.json", &TableOptions::default()).expect("reads");
        assert_eq!(imp.table.get("01", "arbeitslose", None), Some(Some(5.5)));
        assert_eq!(imp.table.get("02", "arbeitslose", None), Some(None));
    }

    #[test]
    fn broken_json_names_line_and_column() {
        let err = read_json_bytes(b"{\n \"data\": [1,", "b.json", &TableOptions::default())
            .expect_err("must fail");
        let msg = err.to_string();
        assert!(msg.contains("b.json") && msg.contains("line 2"), "{msg}");
    }

    #[test]
    fn unknown_shape_is_refused_with_a_message() {
        let err = read_json_bytes(b"{\"a\": 1}", "u.json", &TableOptions::default())
            .expect_err("must fail");
        assert!(err.to_string().contains("no indicator records"));
    }
}
