//! Survey statistics against scipy, statsmodels and pingouin.
//!
//! Inputs and expected values are in `tests/reference/impact.json`, written by
//! `tools/reference/impact_reference.py` (versions recorded in the file).
//! Tolerance: 1e-9 relative (with an absolute floor of 1e-12 for values near
//! zero) for every statistic, p-values included.

use quartier_rules::impact::stats::{
    DidObs, cronbach_alpha, describe, did, t_quantile, welch, wilson,
};
use serde::Deserialize;

const REL: f64 = 1e-9;
const ABS: f64 = 1e-12;

fn close(what: &str, got: f64, want: f64) {
    let tol = (REL * want.abs()).max(ABS);
    assert!(
        (got - want).abs() <= tol,
        "{what}: got {got}, reference {want}, difference {} > {tol}",
        (got - want).abs()
    );
}

#[derive(Deserialize)]
struct DescribeCase {
    values: Vec<f64>,
    n: usize,
    mean: f64,
    sd: f64,
    ci_low: f64,
    ci_high: f64,
}

#[derive(Deserialize)]
struct AlphaCase {
    rows: Vec<Vec<Option<f64>>>,
    alpha: f64,
    n_complete: usize,
}

#[derive(Deserialize)]
struct WelchCase {
    before: Vec<f64>,
    after: Vec<f64>,
    estimate: f64,
    se: f64,
    df: f64,
    t: f64,
    p: f64,
    ci_low: f64,
    ci_high: f64,
}

#[derive(Deserialize)]
struct WilsonCase {
    successes: u64,
    n: u64,
    ci_low: f64,
    ci_high: f64,
}

#[derive(Deserialize)]
struct Obs {
    pilot: u8,
    after: u8,
    y: f64,
}

#[derive(Deserialize)]
struct DidCase {
    obs: Vec<Obs>,
    estimate: f64,
    se: f64,
    df: f64,
    t: f64,
    p: f64,
    ci_low: f64,
    ci_high: f64,
}

#[derive(Deserialize)]
struct Quantile {
    df: f64,
    q: f64,
}

#[derive(Deserialize)]
struct Reference {
    describe: Vec<DescribeCase>,
    alpha: Vec<AlphaCase>,
    welch: Vec<WelchCase>,
    wilson: Vec<WilsonCase>,
    did: Vec<DidCase>,
    t_quantiles: Vec<Quantile>,
}

fn reference() -> Reference {
    let text = include_str!("reference/impact.json");
    serde_json::from_str(text).expect("reference JSON")
}

#[test]
fn t_quantiles_match_scipy() {
    for q in reference().t_quantiles {
        close(
            &format!("t(0.975, {})", q.df),
            t_quantile(q.df).expect("t"),
            q.q,
        );
    }
}

#[test]
fn means_and_t_intervals_match_scipy() {
    let cases = reference().describe;
    assert!(cases.len() >= 4);
    for (i, c) in cases.iter().enumerate() {
        let s = describe(&c.values).expect("describe");
        assert_eq!(s.n, c.n);
        close(&format!("describe[{i}].mean"), s.mean, c.mean);
        close(&format!("describe[{i}].sd"), s.sd, c.sd);
        close(&format!("describe[{i}].ci_low"), s.ci_low, c.ci_low);
        close(&format!("describe[{i}].ci_high"), s.ci_high, c.ci_high);
    }
}

#[test]
fn cronbach_alpha_matches_pingouin() {
    for (i, c) in reference().alpha.iter().enumerate() {
        let (alpha, n) = cronbach_alpha(&c.rows).expect("alpha");
        assert_eq!(n, c.n_complete, "alpha[{i}] complete rows");
        close(&format!("alpha[{i}]"), alpha, c.alpha);
    }
}

#[test]
fn welch_change_matches_scipy() {
    for (i, c) in reference().welch.iter().enumerate() {
        let w = welch(&c.before, &c.after).expect("welch");
        close(&format!("welch[{i}].estimate"), w.estimate, c.estimate);
        close(&format!("welch[{i}].se"), w.se, c.se);
        close(&format!("welch[{i}].df"), w.df, c.df);
        close(&format!("welch[{i}].t"), w.t, c.t);
        close(&format!("welch[{i}].p"), w.p, c.p);
        close(&format!("welch[{i}].ci_low"), w.ci_low, c.ci_low);
        close(&format!("welch[{i}].ci_high"), w.ci_high, c.ci_high);
    }
}

#[test]
fn wilson_intervals_match_statsmodels() {
    for c in reference().wilson {
        let w = wilson(c.successes, c.n).expect("wilson");
        let what = format!("wilson({}/{})", c.successes, c.n);
        close(&format!("{what}.ci_low"), w.ci_low, c.ci_low);
        close(&format!("{what}.ci_high"), w.ci_high, c.ci_high);
    }
}

#[test]
fn difference_in_differences_matches_statsmodels_hc3() {
    for (i, c) in reference().did.iter().enumerate() {
        let obs: Vec<DidObs> = c
            .obs
            .iter()
            .map(|o| DidObs {
                pilot: o.pilot == 1,
                after: o.after == 1,
                y: o.y,
            })
            .collect();
        let d = did(&obs).expect("did");
        close(&format!("did[{i}].estimate"), d.estimate, c.estimate);
        close(&format!("did[{i}].se"), d.se, c.se);
        close(&format!("did[{i}].df"), d.df, c.df);
        close(&format!("did[{i}].t"), d.t, c.t);
        close(&format!("did[{i}].p"), d.p, c.p);
        close(&format!("did[{i}].ci_low"), d.ci_low, c.ci_low);
        close(&format!("did[{i}].ci_high"), d.ci_high, c.ci_high);
    }
}
