//! Choropleth classification as mapclassify 2.10.
//!
//! Every classifier returns **upper bounds** (`bins`): class `j` holds the values in
//! `(bins[j−1], bins[j]]`, the first class also everything `<= bins[0]`. The arithmetic
//! mirrors mapclassify/numpy/scipy (including `np.arange` stepping and the float32
//! accumulators of `_fisher_jenks_means`) so that breaks agree to the last digits.

use crate::error::{Result, StatsError, check_finite};

fn validate(y: &[f64], k: usize) -> Result<Vec<f64>> {
    if y.is_empty() {
        return Err(StatsError::TooFewObservations {
            needed: 1,
            found: 0,
        });
    }
    check_finite(y)?;
    if k == 0 {
        return Err(StatsError::InvalidParameter {
            name: "k",
            reason: "number of classes must be at least 1".into(),
        });
    }
    let mut s = y.to_vec();
    s.sort_by(f64::total_cmp);
    Ok(s)
}

/// `scipy.stats.scoreatpercentile` (linear interpolation) on sorted data.
fn score_at_percentile(sorted: &[f64], per: f64) -> f64 {
    let idx = per / 100.0 * (sorted.len() - 1) as f64;
    let lo = idx.floor();
    let i = lo as usize;
    let frac = idx - lo;
    if frac == 0.0 || i + 1 >= sorted.len() {
        sorted[i.min(sorted.len() - 1)]
    } else {
        let (a, b) = (sorted[i], sorted[i + 1]);
        a + (b - a) * frac
    }
}

/// Values of `np.arange(start, stop, step)`.
fn arange(start: f64, stop: f64, step: f64) -> Vec<f64> {
    let len = ((stop - start) / step).ceil();
    if len.is_nan() || len <= 0.0 {
        return Vec::new();
    }
    let len = len as usize;
    let delta = (start + step) - start;
    (0..len).map(|i| start + i as f64 * delta).collect()
}

/// Quantile breaks (mapclassify `Quantiles(y, k)`): percentiles at `100/k · (1..k)`,
/// duplicates collapsed (fewer classes possible).
pub fn quantiles(y: &[f64], k: usize) -> Result<Vec<f64>> {
    let s = validate(y, k)?;
    let w = 100.0 / k as f64;
    let mut p = arange(w, 100.0 + w, w);
    if let Some(last) = p.last_mut()
        && *last > 100.0
    {
        *last = 100.0;
    }
    let mut q: Vec<f64> = p.iter().map(|&pc| score_at_percentile(&s, pc)).collect();
    q.sort_by(f64::total_cmp);
    q.dedup();
    Ok(q)
}

/// Percentile breaks (mapclassify `Percentiles(y, pct)`, default
/// `[1, 10, 50, 90, 99, 100]`). As mapclassify, duplicate breaks are **kept** (one bin
/// per requested percentile, possibly empty), unlike [`quantiles`].
pub fn percentiles(y: &[f64], pct: &[f64]) -> Result<Vec<f64>> {
    let s = validate(y, pct.len().max(1))?;
    if let Some(bad) = pct.iter().find(|p| !(0.0..=100.0).contains(*p)) {
        return Err(StatsError::InvalidParameter {
            name: "pct",
            reason: format!("percentile {bad} outside [0, 100]"),
        });
    }
    let mut q: Vec<f64> = pct.iter().map(|&pc| score_at_percentile(&s, pc)).collect();
    q.sort_by(f64::total_cmp);
    Ok(q)
}

/// Equal-interval breaks (mapclassify `EqualInterval(y, k)`): `min + width·j`, last = max.
pub fn equal_interval(y: &[f64], k: usize) -> Result<Vec<f64>> {
    let s = validate(y, k)?;
    let (min, max) = (s[0], s[s.len() - 1]);
    if max == min {
        return Ok(vec![max]);
    }
    let width = (max - min) / k as f64;
    let mut cuts = arange(min + width, max + width, width);
    cuts.truncate(k);
    if let Some(last) = cuts.last_mut() {
        *last = max;
    }
    Ok(cuts)
}

/// Standard-deviation breaks (mapclassify `StdMean(y, multiples)`, default multiples
/// `[-2, -1, 1, 2]`): `mean + m·sd` (sd with ddof 1), plus the maximum if it lies above
/// the last cut.
pub fn std_mean(y: &[f64], multiples: &[f64]) -> Result<Vec<f64>> {
    let s = validate(y, multiples.len().max(1))?;
    if s.len() < 2 {
        return Err(StatsError::TooFewObservations {
            needed: 2,
            found: s.len(),
        });
    }
    let n = y.len() as f64;
    let mean = y.iter().sum::<f64>() / n;
    let sd = (y.iter().map(|v| (v - mean) * (v - mean)).sum::<f64>() / (n - 1.0)).sqrt();
    let mut cuts: Vec<f64> = multiples.iter().map(|m| mean + sd * m).collect();
    let max = s[s.len() - 1];
    if cuts.last().is_none_or(|&c| c < max) {
        cuts.push(max);
    }
    Ok(cuts)
}

/// Box-map breaks (mapclassify `BoxPlot(y, hinge)`, hinge 1.5 or 3.0):
/// `[q1 − h·IQR, q1, median, q3, q3 + h·IQR, max]`; if the upper fence is above the
/// maximum it replaces the maximum (5 bins).
pub fn box_plot(y: &[f64], hinge: f64) -> Result<Vec<f64>> {
    if !(hinge.is_finite() && hinge >= 0.0) {
        return Err(StatsError::InvalidParameter {
            name: "hinge",
            reason: format!("must be finite and >= 0, got {hinge}"),
        });
    }
    let s = validate(y, 1)?;
    let mut bins: Vec<f64> = [25.0, 50.0, 75.0, 100.0]
        .iter()
        .map(|&p| score_at_percentile(&s, p))
        .collect();
    let iqr = bins[2] - bins[0];
    let pivot = hinge * iqr;
    let left = bins[0] - pivot;
    let right = bins[2] + pivot;
    if right < bins[3] {
        bins.insert(3, right);
    } else {
        bins[3] = right;
    }
    bins.insert(0, left);
    Ok(bins)
}

/// Exact Fisher–Jenks optimal breaks (mapclassify `FisherJenks(y, k)`): dynamic
/// programming minimum of the within-class sum of squares, with mapclassify's float32
/// accumulators so that ties resolve identically. O(n²·k) time, O(n·k) memory.
pub fn fisher_jenks(y: &[f64], k: usize) -> Result<Vec<f64>> {
    let values = validate(y, k)?;
    let mut uniq = values.clone();
    uniq.dedup();
    if uniq.len() < k {
        return Err(StatsError::InvalidParameter {
            name: "k",
            reason: format!("fewer unique values ({}) than classes ({k})", uniq.len()),
        });
    }
    let n = values.len();
    let cols = k + 1;
    let mut mat1 = vec![0i32; (n + 1) * cols];
    let mut mat2 = vec![0f32; (n + 1) * cols];
    for j in 1..cols {
        mat1[cols + j] = 1;
    }
    for l in 2..=n {
        for j in 1..cols {
            mat2[l * cols + j] = f32::INFINITY;
        }
    }
    let mut v = 0f32;
    for l in 2..=n {
        let mut s1 = 0f32;
        let mut s2 = 0f32;
        let mut w = 0f32;
        for m in 1..=l {
            let i3 = l - m + 1;
            let val = values[i3 - 1] as f32;
            s2 += val * val;
            s1 += val;
            w += 1.0;
            v = s2 - (s1 * s1) / w;
            let i4 = i3 - 1;
            if i4 != 0 {
                for j in 2..cols {
                    let cand = v + mat2[i4 * cols + j - 1];
                    if mat2[l * cols + j] >= cand {
                        mat1[l * cols + j] = i3 as i32;
                        mat2[l * cols + j] = cand;
                    }
                }
            }
        }
        mat1[l * cols + 1] = 1;
        mat2[l * cols + 1] = v;
    }
    let mut kclass = vec![0f64; cols];
    kclass[k] = values[n - 1];
    kclass[0] = values[0];
    let mut kk = n;
    for count in (2..=k).rev() {
        let pivot = mat1[kk * cols + count];
        let id = (pivot - 2).max(0) as usize;
        kclass[count - 1] = values[id];
        kk = (pivot - 1).max(0) as usize;
    }
    kclass.remove(0);
    Ok(kclass)
}

/// Class index (0-based) of every value for upper-bound `bins`: the first `j` with
/// `y <= bins[j]`; values above the last bin go to the last class.
pub fn assign(y: &[f64], bins: &[f64]) -> Vec<usize> {
    let last = bins.len().saturating_sub(1);
    y.iter()
        .map(|&v| bins.partition_point(|&b| b < v).min(last))
        .collect()
}

/// Number of values in each class of `bins` (using [`assign`]).
pub fn counts(y: &[f64], bins: &[f64]) -> Vec<usize> {
    let mut c = vec![0usize; bins.len()];
    for j in assign(y, bins) {
        if let Some(slot) = c.get_mut(j) {
            *slot += 1;
        }
    }
    c
}
