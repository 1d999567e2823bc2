//! Outcomes of the fund's allocation methods against pabutools (tools/reference/pabutools_fund.py).
//! Tolerance: none. Every outcome must be the same set of project ids as pabutools'.

use std::path::Path;

use quartier_rules::fund::allocate::{Completion, Satisfaction, equal_shares, greedy};
use quartier_rules::fund::pb;

#[test]
fn allocations_match_pabutools_exactly() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/reference/fund");
    let text = std::fs::read_to_string(dir.join("expected.json")).expect("expected.json");
    let doc: serde_json::Value = serde_json::from_str(&text).expect("json");
    let outcomes = doc["outcomes"].as_object().expect("outcomes");
    assert!(
        outcomes.len() >= 60,
        "too few reference files: {}",
        outcomes.len()
    );
    let mut checked = 0;
    let mut failures = Vec::new();
    for (file, cases) in outcomes {
        let bytes = std::fs::read(dir.join(file)).expect("instance file");
        let e = pb::parse_bytes(&bytes).unwrap_or_else(|err| panic!("{file}: {err}"));
        for (key, want) in cases.as_object().expect("cases") {
            let parts: Vec<&str> = key.split(';').collect();
            let sat = match parts[1] {
                "cost" => Satisfaction::Cost,
                _ => Satisfaction::Cardinality,
            };
            let outcome = match (parts[0], parts[2]) {
                ("greedy", _) => greedy(&e, sat),
                (_, "none") => equal_shares(&e, sat, Completion::None, &mut |_| {}),
                (_, "add1") => equal_shares(&e, sat, Completion::Add1, &mut |_| {}),
                _ => equal_shares(&e, sat, Completion::Greedy, &mut |_| {}),
            };
            let mut got: Vec<&str> = outcome
                .selected
                .iter()
                .map(|&p| e.projects[p].id.as_str())
                .collect();
            got.sort_unstable();
            let want: Vec<&str> = want
                .as_array()
                .expect("list")
                .iter()
                .filter_map(|v| v.as_str())
                .collect();
            if got != want {
                failures.push(format!("{file} {key}: got {got:?}, pabutools {want:?}"));
            }
            checked += 1;
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {checked} differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(checked >= 500, "only {checked} outcomes checked");
}
