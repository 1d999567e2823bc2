//! Multiple-testing cut-offs for local statistics: Benjamini–Hochberg (esda `fdr`),
//! GeoDa's `GetFDR` walk, Bonferroni and BH-adjusted p-values (q-values).
//!
//! All functions ignore non-finite p-values (for example islands of a LISA) and use the
//! number of finite p-values as `n`.

/// Sorted finite p-values.
fn finite_sorted(p: &[f64]) -> Vec<f64> {
    let mut v: Vec<f64> = p.iter().copied().filter(|x| x.is_finite()).collect();
    v.sort_by(f64::total_cmp);
    v
}

/// Benjamini–Hochberg step-up cut-off as esda's `fdr(p, alpha)`: the largest `i·α/n`
/// with `p_(i) < i·α/n`; `α/n` if there is none. Declare significant `p <= cut`
/// (esda's LISA maps use `p < cut`; with the returned value both agree except on ties).
pub fn benjamini_hochberg_cut(p: &[f64], alpha: f64) -> f64 {
    let v = finite_sorted(p);
    let n = v.len();
    if n == 0 {
        return alpha;
    }
    let nf = n as f64;
    for i in (1..=n).rev() {
        let line = i as f64 * alpha / nf;
        if v[i - 1] < line {
            return line;
        }
    }
    alpha / nf
}

/// GeoDa's `GetFDR(α)`: walk `i = 1..n` while `p_(i) < i·α/n` and return the last
/// passed `i·α/n` (`α/n` if the first already fails) — a "stop at the first failure"
/// rule that can be stricter than Benjamini–Hochberg.
pub fn geoda_fdr_cut(p: &[f64], alpha: f64) -> f64 {
    let v = finite_sorted(p);
    let n = v.len();
    if n == 0 {
        return alpha;
    }
    let nf = n as f64;
    let mut cut = alpha / nf;
    for (k, &pv) in v.iter().enumerate() {
        let line = (k + 1) as f64 * alpha / nf;
        if pv >= line {
            break;
        }
        cut = line;
    }
    cut
}

/// Bonferroni cut-off `α/n` for `n` tests (`α` if `n = 0`).
pub fn bonferroni_cut(n: usize, alpha: f64) -> f64 {
    if n == 0 { alpha } else { alpha / n as f64 }
}

/// Benjamini–Hochberg adjusted p-values (q-values), in input order; non-finite inputs
/// stay NaN. `q_(i) = min_{j >= i} min(1, n p_(j) / j)`.
pub fn bh_adjusted(p: &[f64]) -> Vec<f64> {
    let mut idx: Vec<usize> = (0..p.len()).filter(|&i| p[i].is_finite()).collect();
    idx.sort_by(|&a, &b| p[a].total_cmp(&p[b]));
    let n = idx.len() as f64;
    let mut out = vec![f64::NAN; p.len()];
    let mut running = 1.0f64;
    for (rank, &i) in idx.iter().enumerate().rev() {
        let q = (p[i] * n / (rank + 1) as f64).min(1.0);
        running = running.min(q);
        out[i] = running;
    }
    out
}
