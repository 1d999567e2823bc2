//! Name and district field choice (issue 15): not "the first field ending in name".
#![allow(clippy::unwrap_used)]

use quartier_geodata::{ImportOptions, Severity, read_geojson_bytes};

/// 12 square areas in 3 districts; `BEZ_NAME` comes first and ends in "name".
fn collection() -> String {
    let features: Vec<String> = (0..12)
        .map(|i| {
            let x = 13.0 + f64::from(i) * 0.01;
            format!(
                r#"{{"type":"Feature","properties":{{"id":"{i:02}","BEZ_NAME":"Bezirk {}","STT_NAME":"Stadtteil {i}","Typ":"Stadtteil"}},
                "geometry":{{"type":"Polygon","coordinates":[[[{x},52.0],[{},52.0],[{},52.01],[{x},52.01],[{x},52.0]]]}}}}"#,
                i / 4,
                x + 0.01,
                x + 0.01
            )
        })
        .collect();
    format!(
        r#"{{"type":"FeatureCollection","features":[{}]}}"#,
        features.join(",")
    )
}

#[test]
fn unique_names_win_and_the_district_field_is_detected() {
    let json = collection();
    let report =
        read_geojson_bytes(json.as_bytes(), "b.geojson", &ImportOptions::new("id")).unwrap();
    let c = &report.field_choice;
    let name = c.name.as_ref().unwrap();
    assert_eq!(name.field, "STT_NAME");
    assert_eq!(name.distinct, 12);
    let district = c.district.as_ref().unwrap();
    assert_eq!(district.field, "BEZ_NAME");
    assert_eq!(district.distinct, 3);
    assert!(
        district.evidence.contains("3 units"),
        "{}",
        district.evidence
    );
    // Not applied unless asked for.
    assert_eq!(report.name_field, None);
    assert!(report.layer.areas.iter().all(|a| a.name.is_none()));
    let mut opts = ImportOptions::new("id");
    opts.guess_name_field = true;
    let report = read_geojson_bytes(json.as_bytes(), "b.geojson", &opts).unwrap();
    assert_eq!(report.name_field.as_deref(), Some("STT_NAME"));
    assert_eq!(report.layer.areas[5].name.as_deref(), Some("Stadtteil 5"));
    assert!(report.problems.is_empty(), "{:?}", report.problems);
}

#[test]
fn many_areas_sharing_few_names_are_warned_about() {
    let json = collection();
    let opts = ImportOptions::new("id").with_name_field("BEZ_NAME");
    let report = read_geojson_bytes(json.as_bytes(), "b.geojson", &opts).unwrap();
    let w: Vec<String> = report
        .problems
        .iter()
        .filter(|p| p.severity == Severity::Warning)
        .map(ToString::to_string)
        .collect();
    assert!(
        w.iter()
            .any(|m| m.contains("12 areas share 3 names") && m.contains("'STT_NAME' has 12")),
        "{w:?}"
    );
    assert!(report.is_ok());
}
