//! Which areas resemble a chosen (pilot) area? Distances in standardised indicator
//! space, k-means (k-means++ initialisation, seeded restarts) and Ward hierarchical
//! clustering (monitoring.md §3.7).
//!
//! Data are given as rows = areas, columns = indicators (`&[Vec<f64>]`). Indicators are
//! standardised to z-scores with ddof 0 (as the Berlin MSS); a constant indicator
//! becomes all zeros (it carries no information).

// Dense matrix code reads better with explicit indices.
#![allow(clippy::needless_range_loop)]

use crate::error::{Result, StatsError};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde::{Deserialize, Serialize};

/// Distance used by [`distances_to`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Metric {
    /// Euclidean distance of z-scores.
    #[default]
    Euclidean,
    /// Mahalanobis distance `√((x − x_p)ᵀ Σ⁻¹ (x − x_p))` of z-scores, Σ = sample
    /// covariance (ddof 1) of the z-scores; accounts for correlated indicators.
    Mahalanobis,
}

fn check_matrix(data: &[Vec<f64>]) -> Result<usize> {
    let n = data.len();
    if n < 2 {
        return Err(StatsError::TooFewObservations {
            needed: 2,
            found: n,
        });
    }
    let p = data[0].len();
    if p == 0 {
        return Err(StatsError::InvalidParameter {
            name: "data",
            reason: "no indicator columns".into(),
        });
    }
    for (i, row) in data.iter().enumerate() {
        crate::error::check_len("indicator row", p, row.len())?;
        if let Some(j) = row.iter().position(|v| !v.is_finite()) {
            return Err(StatsError::NonFinite { index: i * p + j });
        }
    }
    Ok(p)
}

/// Column-wise z-scores (ddof 0); constant columns become 0.
pub fn standardize(data: &[Vec<f64>]) -> Result<Vec<Vec<f64>>> {
    let p = check_matrix(data)?;
    let n = data.len() as f64;
    let mut out = data.to_vec();
    for j in 0..p {
        let mean = data.iter().map(|r| r[j]).sum::<f64>() / n;
        let sd = (data.iter().map(|r| (r[j] - mean).powi(2)).sum::<f64>() / n).sqrt();
        for row in out.iter_mut() {
            row[j] = if sd > 0.0 { (row[j] - mean) / sd } else { 0.0 };
        }
    }
    Ok(out)
}

/// Lower-triangular Cholesky factor of a symmetric positive-definite matrix.
fn cholesky(a: &[Vec<f64>]) -> Result<Vec<Vec<f64>>> {
    let p = a.len();
    let mut l = vec![vec![0.0; p]; p];
    for i in 0..p {
        for j in 0..=i {
            let s: f64 = (0..j).map(|k| l[i][k] * l[j][k]).sum();
            if i == j {
                let d = a[i][i] - s;
                if d <= 1e-12 * a[i][i].abs().max(1e-300) {
                    return Err(StatsError::SingularMatrix);
                }
                l[i][j] = d.sqrt();
            } else {
                l[i][j] = (a[i][j] - s) / l[j][j];
            }
        }
    }
    Ok(l)
}

/// Distance of every area to area `target` in standardised indicator space.
pub fn distances_to(data: &[Vec<f64>], target: usize, metric: Metric) -> Result<Vec<f64>> {
    let z = standardize(data)?;
    let n = z.len();
    if target >= n {
        return Err(StatsError::InvalidParameter {
            name: "target",
            reason: format!("area {target} out of range (n = {n})"),
        });
    }
    let p = z[0].len();
    let t = &z[target];
    match metric {
        Metric::Euclidean => Ok(z
            .iter()
            .map(|r| {
                r.iter()
                    .zip(t)
                    .map(|(a, b)| (a - b) * (a - b))
                    .sum::<f64>()
                    .sqrt()
            })
            .collect()),
        Metric::Mahalanobis => {
            // Drop constant columns (all zero after standardisation): they add nothing
            // and would make the covariance singular.
            let keep: Vec<usize> = (0..p).filter(|&j| z.iter().any(|r| r[j] != 0.0)).collect();
            let q = keep.len();
            if q == 0 {
                return Ok(vec![0.0; n]);
            }
            let mut cov = vec![vec![0.0; q]; q];
            for r in &z {
                for (a, &ja) in keep.iter().enumerate() {
                    for (b, &jb) in keep.iter().enumerate().take(a + 1) {
                        cov[a][b] += r[ja] * r[jb];
                    }
                }
            }
            for a in 0..q {
                for b in 0..=a {
                    cov[a][b] /= (n - 1) as f64;
                    cov[b][a] = cov[a][b];
                }
            }
            let l = cholesky(&cov)?;
            Ok(z.iter()
                .map(|r| {
                    // Solve L y = d; distance² = |y|².
                    let mut y = vec![0.0; q];
                    for a in 0..q {
                        let d = r[keep[a]] - t[keep[a]];
                        let s: f64 = (0..a).map(|b| l[a][b] * y[b]).sum();
                        y[a] = (d - s) / l[a][a];
                    }
                    y.iter().map(|v| v * v).sum::<f64>().sqrt()
                })
                .collect())
        }
    }
}

/// The `k` areas closest to `target` (excluding it), as `(area, distance)` sorted by
/// distance then index.
pub fn most_similar(
    data: &[Vec<f64>],
    target: usize,
    metric: Metric,
    k: usize,
) -> Result<Vec<(usize, f64)>> {
    let d = distances_to(data, target, metric)?;
    let mut v: Vec<(usize, f64)> = d
        .into_iter()
        .enumerate()
        .filter(|&(i, _)| i != target)
        .collect();
    v.sort_by(|a, b| a.1.total_cmp(&b.1).then(a.0.cmp(&b.0)));
    v.truncate(k);
    Ok(v)
}

/// Result of [`kmeans`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct KMeansResult {
    /// Cluster of every area (0..k), numbered in order of first appearance.
    pub labels: Vec<usize>,
    /// Cluster centres (in the coordinates given).
    pub centroids: Vec<Vec<f64>>,
    /// Within-cluster sum of squares.
    pub inertia: f64,
}

fn sq(a: &[f64], b: &[f64]) -> f64 {
    a.iter().zip(b).map(|(x, y)| (x - y) * (x - y)).sum()
}

/// k-means (Lloyd) with k-means++ initialisation; the best of `n_init` seeded restarts
/// (restart `r` uses a ChaCha8 stream derived from `(seed, r)`). Cluster the rows as
/// given — call [`standardize`] first for indicator data.
pub fn kmeans(
    points: &[Vec<f64>],
    k: usize,
    n_init: usize,
    max_iter: usize,
    seed: u64,
) -> Result<KMeansResult> {
    check_matrix(points)?;
    let n = points.len();
    if k == 0 || k > n {
        return Err(StatsError::InvalidParameter {
            name: "k",
            reason: format!("must be in 1..={n}, got {k}"),
        });
    }
    let mut best: Option<KMeansResult> = None;
    for r in 0..n_init.max(1) {
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        rng.set_stream(r as u64);
        let res = kmeans_once(points, k, max_iter.max(1), &mut rng);
        if best.as_ref().is_none_or(|b| res.inertia < b.inertia) {
            best = Some(res);
        }
    }
    best.ok_or(StatsError::InvalidParameter {
        name: "n_init",
        reason: "no restart was run".into(),
    })
}

fn kmeans_once(
    points: &[Vec<f64>],
    k: usize,
    max_iter: usize,
    rng: &mut ChaCha8Rng,
) -> KMeansResult {
    let n = points.len();
    let p = points[0].len();
    // k-means++ seeding.
    let mut centres: Vec<Vec<f64>> = vec![points[rng.gen_range(0..n)].clone()];
    let mut d2: Vec<f64> = points.iter().map(|x| sq(x, &centres[0])).collect();
    while centres.len() < k {
        let total: f64 = d2.iter().sum();
        let next = if total > 0.0 {
            let mut target = rng.r#gen::<f64>() * total;
            let mut pick = n - 1;
            for (i, &d) in d2.iter().enumerate() {
                if target < d {
                    pick = i;
                    break;
                }
                target -= d;
            }
            pick
        } else {
            rng.gen_range(0..n)
        };
        centres.push(points[next].clone());
        for (i, x) in points.iter().enumerate() {
            d2[i] = d2[i].min(sq(x, &centres[centres.len() - 1]));
        }
    }
    let mut labels = vec![usize::MAX; n];
    for _ in 0..max_iter {
        let mut changed = false;
        for (i, x) in points.iter().enumerate() {
            let mut bj = 0;
            let mut bd = f64::INFINITY;
            for (j, c) in centres.iter().enumerate() {
                let d = sq(x, c);
                if d < bd {
                    bd = d;
                    bj = j;
                }
            }
            if labels[i] != bj {
                labels[i] = bj;
                changed = true;
            }
        }
        let mut sums = vec![vec![0.0; p]; k];
        let mut cnt = vec![0usize; k];
        for (i, x) in points.iter().enumerate() {
            cnt[labels[i]] += 1;
            for (s, v) in sums[labels[i]].iter_mut().zip(x) {
                *s += v;
            }
        }
        for j in 0..k {
            if cnt[j] > 0 {
                centres[j] = sums[j].iter().map(|s| s / cnt[j] as f64).collect();
            } else {
                // Empty cluster: move it to the point farthest from its centre.
                let far = (0..n)
                    .max_by(|&a, &b| {
                        sq(&points[a], &centres[labels[a]])
                            .total_cmp(&sq(&points[b], &centres[labels[b]]))
                    })
                    .unwrap_or(0);
                centres[j] = points[far].clone();
                labels[far] = j;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    let inertia = points
        .iter()
        .enumerate()
        .map(|(i, x)| sq(x, &centres[labels[i]]))
        .sum();
    // Renumber clusters by first appearance for stable output.
    let mut map = vec![usize::MAX; k];
    let mut next = 0;
    for l in labels.iter_mut() {
        if map[*l] == usize::MAX {
            map[*l] = next;
            next += 1;
        }
        *l = map[*l];
    }
    let mut new_centres = vec![Vec::new(); k];
    for (old, &new) in map.iter().enumerate() {
        if new != usize::MAX {
            new_centres[new] = centres[old].clone();
        }
    }
    new_centres.retain(|c| !c.is_empty());
    KMeansResult {
        labels,
        centroids: new_centres,
        inertia,
    }
}

/// One merge of a Ward dendrogram.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Merge {
    /// An area of the first merged cluster.
    pub a: usize,
    /// An area of the second merged cluster.
    pub b: usize,
    /// Merge height (scipy's Ward distance).
    pub height: f64,
    /// Size of the merged cluster.
    pub size: usize,
}

/// Ward hierarchical clustering (nearest-neighbour chain, Lance–Williams update,
/// heights as scipy `linkage(method="ward")`). Returns the `n − 1` merges sorted by
/// height. O(n²) time and memory (condensed distance matrix).
pub fn ward_linkage(points: &[Vec<f64>]) -> Result<Vec<Merge>> {
    check_matrix(points)?;
    let n = points.len();
    let idx = |i: usize, j: usize| -> usize {
        let (a, b) = if i < j { (i, j) } else { (j, i) };
        // Condensed index of (a, b), a < b.
        a * n - a * (a + 1) / 2 + (b - a - 1)
    };
    let mut d = vec![0.0f64; n * (n - 1) / 2];
    for i in 0..n {
        for j in i + 1..n {
            d[idx(i, j)] = sq(&points[i], &points[j]);
        }
    }
    let mut size = vec![1usize; n];
    let mut active = vec![true; n];
    let mut merges = Vec::with_capacity(n - 1);
    let mut chain: Vec<usize> = Vec::new();
    let mut remaining = n;
    while remaining > 1 {
        if chain.is_empty()
            && let Some(first) = (0..n).find(|&i| active[i])
        {
            chain.push(first);
        }
        loop {
            let x = chain[chain.len() - 1];
            let prev = if chain.len() >= 2 {
                Some(chain[chain.len() - 2])
            } else {
                None
            };
            let mut best = usize::MAX;
            let mut bd = f64::INFINITY;
            if let Some(p) = prev {
                best = p;
                bd = d[idx(x, p)];
            }
            for y in 0..n {
                if y != x && active[y] {
                    let v = d[idx(x, y)];
                    if v < bd {
                        bd = v;
                        best = y;
                    }
                }
            }
            if Some(best) == prev {
                break;
            }
            chain.push(best);
        }
        let x = chain.pop().unwrap_or(0);
        let y = chain.pop().unwrap_or(0);
        let dxy = d[idx(x, y)];
        let (nx, ny) = (size[x] as f64, size[y] as f64);
        for k in 0..n {
            if active[k] && k != x && k != y {
                let nk = size[k] as f64;
                let v = ((nx + nk) * d[idx(k, x)] + (ny + nk) * d[idx(k, y)] - nk * dxy)
                    / (nx + ny + nk);
                d[idx(k, y)] = v;
            }
        }
        active[x] = false;
        size[y] += size[x];
        remaining -= 1;
        merges.push(Merge {
            a: x.min(y),
            b: x.max(y),
            // The Lance–Williams update on squared distances gives scipy's height².
            height: dxy.sqrt(),
            size: size[y],
        });
    }
    merges.sort_by(|a, b| a.height.total_cmp(&b.height));
    Ok(merges)
}

fn find(parent: &mut [usize], mut x: usize) -> usize {
    while parent[x] != x {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    x
}

/// Ward clustering cut into `k` clusters; labels numbered by first appearance.
pub fn ward(points: &[Vec<f64>], k: usize) -> Result<Vec<usize>> {
    let n = points.len();
    if k == 0 || k > n {
        return Err(StatsError::InvalidParameter {
            name: "k",
            reason: format!("must be in 1..={n}, got {k}"),
        });
    }
    let merges = ward_linkage(points)?;
    let mut parent: Vec<usize> = (0..n).collect();
    for m in merges.iter().take(n - k) {
        let (ra, rb) = (find(&mut parent, m.a), find(&mut parent, m.b));
        if ra != rb {
            parent[ra] = rb;
        }
    }
    let mut map = std::collections::HashMap::new();
    let mut labels = Vec::with_capacity(n);
    for i in 0..n {
        let r = find(&mut parent, i);
        let next = map.len();
        labels.push(*map.entry(r).or_insert(next));
    }
    Ok(labels)
}
