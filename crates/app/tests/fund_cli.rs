//! End-to-end tests of `quartier fund allocate`: the built binary on the pabutools reference files.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn reference_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../rules/tests/reference/fund")
}

fn scratch(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("quartier-fund-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn fund(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_quartier"))
        .arg("fund")
        .args(args)
        .env("QUARTIER_CONFIG", "/nonexistent/quartier.toml")
        .output()
        .unwrap()
}

fn selected_ids(csv_path: &Path) -> Vec<String> {
    let mut r = csv::Reader::from_path(csv_path).unwrap();
    let headers = r.headers().unwrap().clone();
    let col = headers
        .iter()
        .position(|h| h == "project_id")
        .expect("project_id column");
    let mut ids: Vec<String> = r
        .records()
        .map(|rec| rec.unwrap()[col].to_string())
        .collect();
    ids.sort();
    ids
}

#[test]
fn allocates_real_style_files_like_pabutools() {
    let dir = scratch("ref");
    let expected: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(reference_dir().join("expected.json")).unwrap(),
    )
    .unwrap();
    let mut checked = 0;
    for file in [
        "real/warszawa_style.pb",
        "real/ordinal_mixed.pb",
        "real/cumulative_points.pb",
        "generated/gen_007.pb",
    ] {
        let input = reference_dir().join(file);
        for (key, want) in expected["outcomes"][file].as_object().unwrap() {
            let parts: Vec<&str> = key.split(';').collect();
            let out = dir.join("out.csv");
            let mut args = vec!["allocate", "--method", parts[0], "--satisfaction", parts[1]];
            if parts[0] == "equal-shares" {
                args.extend(["--completion", parts[2]]);
            }
            args.extend([
                "--input",
                input.to_str().unwrap(),
                "--out",
                out.to_str().unwrap(),
                "--quiet",
            ]);
            let o = fund(&args);
            assert!(
                o.status.success(),
                "{file} {key}: {}",
                String::from_utf8_lossy(&o.stderr)
            );
            let want: Vec<String> = want
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_str().unwrap().to_string())
                .collect();
            assert_eq!(selected_ids(&out), want, "{file} {key}");
            checked += 1;
        }
    }
    assert_eq!(checked, 32);
}

#[test]
fn reports_progress_and_summary() {
    let dir = scratch("progress");
    let out = dir.join("o.csv");
    let input = reference_dir().join("real/quartier_fund_vote.pb");
    let o = fund(&[
        "allocate",
        "--method",
        "equal-shares",
        "--completion",
        "add1",
        "--input",
        input.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("projects selected") && err.contains("spent"),
        "{err}"
    );
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(
        text.starts_with("project_id,name,cost,supporters\n"),
        "{text}"
    );
}

#[test]
fn bad_input_exits_2_naming_line_and_column() {
    let dir = scratch("bad");
    let input = dir.join("bad.pb");
    std::fs::write(&input, "META\r\nkey;value\r\nbudget;1000\r\nvote_type;approval\r\nPROJECTS\r\nproject_id;cost\r\n1;500\r\nVOTES\r\nvoter_id;vote\r\n1;1,9\r\n").unwrap();
    let out = dir.join("o.csv");
    let o = fund(&[
        "allocate",
        "--method",
        "greedy",
        "--input",
        input.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("line 10, column 5") && err.contains("unknown project '9'"),
        "{err}"
    );
    assert!(!out.exists(), "nothing written on bad input");

    let o = fund(&[
        "allocate",
        "--method",
        "greedy",
        "--completion",
        "add1",
        "--input",
        input.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("--completion"));

    let missing = dir.join("missing.pb");
    let o = fund(&[
        "allocate",
        "--method",
        "greedy",
        "--input",
        missing.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));

    let o = fund(&[
        "allocate",
        "--method",
        "stv",
        "--input",
        missing.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2), "clap rejects unknown methods");
}
