//! Helpers shared by the CLI end-to-end tests.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The shared data folder, or `None` with a printed notice when it is absent.
pub fn data_dir() -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data");
    if p.is_dir() {
        Some(p)
    } else {
        println!(
            "NOTICE: {} not found; skipping test that needs shared data",
            p.display()
        );
        None
    }
}

/// A committed PySAL/pygeoda reference file of `crates/stats/tests/reference`.
pub fn reference(name: &str) -> serde_json::Value {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../stats/tests/reference")
        .join(name);
    serde_json::from_str(&std::fs::read_to_string(&p).unwrap()).unwrap()
}

/// A fresh scratch folder per test.
pub fn scratch(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("quartier-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// Runs `quartier monitor ARGS --quiet` without any configuration file.
pub fn quartier(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_quartier"))
        .arg("monitor")
        .args(args)
        .arg("--quiet")
        .env("QUARTIER_CONFIG", "/nonexistent/quartier.toml")
        .output()
        .unwrap()
}

/// Asserts success, showing stderr otherwise.
pub fn ok(out: &Output) {
    assert!(
        out.status.success(),
        "exit {:?}\nstderr: {}",
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A path as `&str`.
pub fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// Reads a comma-separated file: header and rows as maps.
pub fn read_csv(path: &Path) -> (Vec<String>, Vec<HashMap<String, String>>) {
    let mut rdr = csv::Reader::from_path(path).unwrap();
    let headers: Vec<String> = rdr.headers().unwrap().iter().map(str::to_owned).collect();
    let rows = rdr
        .records()
        .map(|r| {
            let r = r.unwrap();
            headers
                .iter()
                .cloned()
                .zip(r.iter().map(str::to_owned))
                .collect()
        })
        .collect();
    (headers, rows)
}

/// A numeric column of a row.
pub fn f(row: &HashMap<String, String>, col: &str) -> f64 {
    row[col]
        .parse()
        .unwrap_or_else(|e| panic!("{col} = {:?}: {e}", row[col]))
}

/// Asserts `a` is within `tol` (relative, at least absolute) of the reference `b`.
pub fn close(a: f64, b: f64, tol: f64, what: &str) {
    assert!(
        (a - b).abs() <= tol * b.abs().max(1.0),
        "{what}: {a} vs reference {b}"
    );
}

/// (OT, Ortsteil name, SGB-II-Quote 2022) for the 63 Ortsteile, joined on the name as in
/// the reference.
pub fn leipzig_rows(data: &Path) -> Vec<(String, String, f64)> {
    let geo: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(data.join("leipzig-ortsteile/ortsteile.json")).unwrap(),
    )
    .unwrap();
    let name_to_ot: HashMap<&str, &str> = geo["features"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["properties"]["Name"].as_str().unwrap(),
                f["properties"]["OT"].as_str().unwrap(),
            )
        })
        .collect();
    let kd: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(
            data.join("leipzig-ortsteile/kdvalues/leipzig-bedarfsgemeinschaften.json"),
        )
        .unwrap(),
    )
    .unwrap();
    kd["data"]["2022"]["SGB-II-Quote"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            let name = r["district"].as_str().unwrap();
            (
                name_to_ot[name].to_string(),
                name.to_string(),
                r["value"].as_f64().unwrap(),
            )
        })
        .collect()
}
