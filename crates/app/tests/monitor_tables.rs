//! `quartier monitor …` reads tables as published (issue 15): a `ZEIT` column of `202012`,
//! `--year-column NAME|none`, `--header-row N|none`, `--skip-rows N`, and keys such as
//! "11 Aegidii" joined to the area `11` (Münster, skipped without `../shared/data`).
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use support::{data_dir, f, ok, quartier, read_csv, s, scratch};

use std::path::{Path, PathBuf};

/// A 2×3 grid of squares with ids a..f.
fn grid(dir: &Path) -> PathBuf {
    let mut feats = Vec::new();
    for (k, id) in ["a", "b", "c", "d", "e", "f"].iter().enumerate() {
        let (x, y) = ((k % 3) as f64 * 0.01 + 13.0, (k / 3) as f64 * 0.01 + 52.0);
        feats.push(serde_json::json!({
            "type": "Feature",
            "properties": {"code": id},
            "geometry": {"type": "Polygon", "coordinates": [[
                [x, y], [x + 0.01, y], [x + 0.01, y + 0.01], [x, y + 0.01], [x, y]
            ]]}
        }));
    }
    let p = dir.join("grid.geojson");
    std::fs::write(
        &p,
        serde_json::json!({"type": "FeatureCollection", "features": feats}).to_string(),
    )
    .unwrap();
    p
}

fn classify(areas: &Path, table: &Path, out: &Path, extra: &[&str]) -> std::process::Output {
    let mut a = vec![
        "classify",
        "--areas",
        s(areas),
        "--area-id",
        "code",
        "--table",
        s(table),
        "--method",
        "equal",
        "--k",
        "2",
        "--out",
        s(out),
    ];
    a.extend_from_slice(extra);
    quartier(&a)
}

fn value_of(out: &Path, id: &str) -> f64 {
    let (_, rows) = read_csv(out);
    let r = rows.iter().find(|r| r["id"] == id).unwrap();
    f(r, "value")
}

#[test]
fn zeit_column_with_year_and_month() {
    let dir = scratch("zeit");
    let areas = grid(&dir);
    let table = dir.join("zeit.csv");
    let mut text = String::from("Gebiet;ZEIT;Wert\n");
    for (i, id) in ["a", "b", "c", "d", "e", "f"].iter().enumerate() {
        text.push_str(&format!("{id};201912;{},5\n{id};202012;{}\n", i, i * 10));
    }
    std::fs::write(&table, text).unwrap();
    let out = dir.join("out.csv");
    let r = classify(&areas, &table, &out, &["--value", "Wert", "--year", "2020"]);
    ok(&r);
    assert_eq!(value_of(&out, "c"), 20.0);
    let r = classify(&areas, &table, &out, &["--value", "Wert", "--year", "2019"]);
    ok(&r);
    assert_eq!(value_of(&out, "c"), 2.5);
    // Naming the year column explicitly gives the same.
    ok(&classify(
        &areas,
        &table,
        &out,
        &["--value", "Wert", "--year", "2019", "--year-column", "ZEIT"],
    ));
    assert_eq!(value_of(&out, "b"), 1.5);
    // `--year-column none` on a table with one ZEIT value per area: ZEIT is left out.
    let one = dir.join("one.csv");
    std::fs::write(&one, "Gebiet;ZEIT;Wert\na;202012;1\nb;202012;2\nc;202012;3\nd;202012;4\ne;202012;5\nf;202012;6\n").unwrap();
    ok(&classify(
        &areas,
        &one,
        &out,
        &["--value", "Wert", "--year-column", "none"],
    ));
    assert_eq!(value_of(&out, "f"), 6.0);
    // A year column that does not exist is bad input (exit 2) naming the columns.
    let r = classify(
        &areas,
        &one,
        &out,
        &["--value", "Wert", "--year-column", "Jahr"],
    );
    assert_eq!(r.status.code(), Some(2));
    let err = String::from_utf8_lossy(&r.stderr);
    assert!(err.contains("year column 'Jahr' not found"), "{err}");
}

#[test]
fn header_row_and_skip_rows() {
    let dir = scratch("header");
    let areas = grid(&dir);
    let out = dir.join("out.csv");
    // No header row: recognised, and also given.
    let bare = dir.join("bare.csv");
    std::fs::write(&bare, "a;1,5\nb;2,5\nc;3,5\nd;4,5\ne;5,5\nf;6,5\n").unwrap();
    ok(&classify(&areas, &bare, &out, &["--value", "column 2"]));
    assert_eq!(value_of(&out, "a"), 1.5);
    ok(&classify(
        &areas,
        &bare,
        &out,
        &["--value", "column 2", "--header-row", "none"],
    ));
    assert_eq!(value_of(&out, "f"), 6.5);
    // Title lines above the header: skipped, or the header line given.
    let titled = dir.join("titled.csv");
    std::fs::write(
        &titled,
        "Sozialdaten 2020;;\nStand 31.12.;Quelle: Amt;x\nGebiet;Wert;Rang\na;1;6\nb;2;5\nc;3;4\nd;4;3\ne;5;2\nf;6;1\n",
    )
    .unwrap();
    ok(&classify(
        &areas,
        &titled,
        &out,
        &["--value", "Wert", "--skip-rows", "2"],
    ));
    assert_eq!(value_of(&out, "e"), 5.0);
    ok(&classify(
        &areas,
        &titled,
        &out,
        &["--value", "Rang", "--header-row", "3"],
    ));
    assert_eq!(value_of(&out, "e"), 2.0);
    let r = classify(
        &areas,
        &titled,
        &out,
        &["--value", "Wert", "--header-row", "0"],
    );
    assert_eq!(r.status.code(), Some(2));
}

#[test]
fn muenster_code_and_name_keys_join_the_areas() {
    let Some(data) = data_dir() else { return };
    let geo = data.join("muenster-stadtteile/Ebene_2_Stadtteil.geojson");
    let xlsx = data.join("muenster-stadtteile/bevoelkerungs_und_arbeitsmarktdaten_muenster.xlsx");
    if !geo.exists() || !xlsx.exists() {
        println!("NOTICE: Münster data not found; skipping");
        return;
    }
    let dir = scratch("muenster");
    let out = dir.join("out.csv");
    ok(&quartier(&[
        "classify",
        "--areas",
        s(&geo),
        "--area-id",
        "Nr",
        "--table",
        s(&xlsx),
        "--value",
        "2014",
        "--out",
        s(&out),
    ]));
    let (_, rows) = read_csv(&out);
    assert_eq!(rows.len(), 45);
    assert_eq!(value_of(&out, "11"), 1450.0);
    assert_eq!(value_of(&out, "98"), 6244.0);
}
