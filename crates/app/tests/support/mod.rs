//! Helpers shared by the CLI end-to-end tests.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

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
