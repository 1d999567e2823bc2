//! Sparse spatial weights (compressed sparse rows) and their builders.
//!
//! A [`Weights`] value stores, for every area `i`, the sorted list of its neighbours and
//! the corresponding weights. The original weights (binary for contiguity, `d^alpha` for
//! inverse-distance bands) are kept so that the object can be re-transformed between
//! binary ("B"), row-standardised ("R", the esda default) and original ("O") forms, as
//! libpysal's `W.transform` does.
//!
//! Builders:
//! * [`Weights::queen`] / [`Weights::rook`]: contiguity from polygons via a hash of
//!   quantised vertex coordinates (shared vertex / shared edge), O(total vertices).
//! * [`Weights::knn`]: k nearest neighbours of points (kd-tree), ties broken by index.
//! * [`Weights::distance_band`]: all points within a threshold, binary or inverse distance.
//! * [`Weights::from_neighbour_lists`], [`Weights::from_weighted_lists`],
//!   [`Weights::from_gal`]: explicit neighbour lists and GeoDa GAL files.

use crate::error::{Result, StatsError};
use geo::Centroid;
use geo_types::{Coord, LineString, MultiPolygon};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// Weight transformation (libpysal `W.transform`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Transform {
    /// Row-standardised: `w_ij / sum_j w_ij` (libpysal "R", default in esda).
    #[default]
    Row,
    /// Binary: 1 for every link (libpysal "B").
    Binary,
    /// The weights as built (libpysal "O").
    Original,
}

/// Sparse spatial weights in compressed-sparse-row form.
#[derive(Debug, Clone, PartialEq)]
pub struct Weights {
    offsets: Vec<usize>,
    neighbours: Vec<u32>,
    original: Vec<f64>,
    values: Vec<f64>,
    transform: Transform,
}

/// Weighting scheme of a distance band.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub enum DistanceWeighting {
    /// 1 for every pair within the threshold (libpysal `binary=True`).
    Binary,
    /// `d^alpha` for every pair within the threshold (libpysal `binary=False`, `alpha=-1`).
    Power {
        /// Exponent applied to the distance, usually negative (for example −1).
        alpha: f64,
    },
}

impl Weights {
    // ------------------------------------------------------------------ constructors

    /// Builds weights from CSR arrays. Rows are sorted by neighbour index and duplicate
    /// links are merged (their weights summed). The result uses [`Transform::Original`].
    fn from_rows(rows: Vec<Vec<(u32, f64)>>) -> Self {
        let n = rows.len();
        let mut offsets = Vec::with_capacity(n + 1);
        offsets.push(0usize);
        let total: usize = rows.iter().map(Vec::len).sum();
        let mut neighbours = Vec::with_capacity(total);
        let mut original = Vec::with_capacity(total);
        for mut row in rows {
            row.sort_unstable_by_key(|&(j, _)| j);
            let mut last: Option<u32> = None;
            for (j, w) in row {
                if last == Some(j) {
                    if let Some(v) = original.last_mut() {
                        *v += w;
                    }
                } else {
                    neighbours.push(j);
                    original.push(w);
                    last = Some(j);
                }
            }
            offsets.push(neighbours.len());
        }
        let values = original.clone();
        Weights {
            offsets,
            neighbours,
            original,
            values,
            transform: Transform::Original,
        }
    }

    /// Builds binary weights from CSR arrays whose rows are already sorted and unique.
    fn from_sorted_binary(offsets: Vec<usize>, neighbours: Vec<u32>) -> Self {
        let original = vec![1.0; neighbours.len()];
        let values = original.clone();
        Weights {
            offsets,
            neighbours,
            original,
            values,
            transform: Transform::Original,
        }
    }

    /// Binary weights from neighbour lists (`lists[i]` = neighbours of area `i`).
    /// Duplicates are merged; a self-link is kept if given. The result is in
    /// [`Transform::Original`] form (= binary); call [`Weights::transformed`] for "R".
    pub fn from_neighbour_lists(lists: &[Vec<usize>]) -> Result<Self> {
        let n = lists.len();
        let mut rows = Vec::with_capacity(n);
        for (i, list) in lists.iter().enumerate() {
            let mut row = Vec::with_capacity(list.len());
            for &j in list {
                if j >= n {
                    return Err(StatsError::NeighbourOutOfRange {
                        area: i,
                        neighbour: j,
                        n,
                    });
                }
                row.push((j as u32, 1.0));
            }
            row.sort_unstable_by_key(|&(j, _)| j);
            row.dedup_by_key(|e| e.0);
            rows.push(row);
        }
        Ok(Self::from_rows(rows))
    }

    /// General weights from `(neighbour, weight)` lists. Weights must be finite;
    /// repeated neighbours are summed.
    pub fn from_weighted_lists(lists: &[Vec<(usize, f64)>]) -> Result<Self> {
        let n = lists.len();
        let mut rows = Vec::with_capacity(n);
        for (i, list) in lists.iter().enumerate() {
            let mut row = Vec::with_capacity(list.len());
            for &(j, w) in list {
                if j >= n {
                    return Err(StatsError::NeighbourOutOfRange {
                        area: i,
                        neighbour: j,
                        n,
                    });
                }
                if !w.is_finite() {
                    return Err(StatsError::InvalidParameter {
                        name: "weight",
                        reason: format!("weight of link {i}->{j} is not finite"),
                    });
                }
                row.push((j as u32, w));
            }
            rows.push(row);
        }
        Ok(Self::from_rows(rows))
    }

    /// Parses a GeoDa GAL file. Returns binary weights and the area identifiers in the
    /// order of their records (which defines the area index, as libpysal's `id_order`).
    pub fn from_gal(text: &str) -> Result<(Self, Vec<String>)> {
        let mut lines = text
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty());
        let (hline, header) = lines.next().ok_or(StatsError::Parse {
            line: 1,
            reason: "empty file".into(),
        })?;
        let htok: Vec<&str> = header.split_whitespace().collect();
        let n_str = if htok.len() >= 2 { htok[1] } else { htok[0] };
        let n: usize = n_str.parse().map_err(|_| StatsError::Parse {
            line: hline + 1,
            reason: format!("cannot read the number of areas from {header:?}"),
        })?;
        // Remaining tokens with their line numbers.
        let mut toks = lines.flat_map(|(ln, l)| l.split_whitespace().map(move |t| (ln + 1, t)));
        let mut ids: Vec<String> = Vec::with_capacity(n);
        let mut raw: Vec<Vec<String>> = Vec::with_capacity(n);
        for _ in 0..n {
            let (ln, id) = toks.next().ok_or(StatsError::Parse {
                line: hline + 1,
                reason: format!("expected {n} records, found {}", ids.len()),
            })?;
            let (_, kstr) = toks.next().ok_or(StatsError::Parse {
                line: ln,
                reason: "missing neighbour count".into(),
            })?;
            let k: usize = kstr.parse().map_err(|_| StatsError::Parse {
                line: ln,
                reason: format!("bad neighbour count {kstr:?}"),
            })?;
            let mut nb = Vec::with_capacity(k);
            for _ in 0..k {
                let (_, t) = toks.next().ok_or(StatsError::Parse {
                    line: ln,
                    reason: format!("area {id} lists fewer than {k} neighbours"),
                })?;
                nb.push(t.to_string());
            }
            ids.push(id.to_string());
            raw.push(nb);
        }
        let index: HashMap<&str, usize> = ids
            .iter()
            .enumerate()
            .map(|(i, s)| (s.as_str(), i))
            .collect();
        let mut lists = Vec::with_capacity(n);
        for (i, nb) in raw.iter().enumerate() {
            let mut l = Vec::with_capacity(nb.len());
            for t in nb {
                let j = *index.get(t.as_str()).ok_or(StatsError::Parse {
                    line: 0,
                    reason: format!("area {} has unknown neighbour {t}", ids[i]),
                })?;
                l.push(j);
            }
            lists.push(l);
        }
        Ok((Self::from_neighbour_lists(&lists)?, ids))
    }

    // ------------------------------------------------------------------ contiguity

    /// Queen contiguity: two polygons are neighbours if they share at least one vertex.
    ///
    /// Vertex coordinates are quantised to `tolerance` (cells of that size; `0.0` means
    /// exact bitwise equality, libpysal's `strict=False` behaviour). Runs in O(total
    /// vertices) plus a parallel sort. Result in binary ("O") form.
    pub fn queen(polygons: &[MultiPolygon<f64>], tolerance: f64) -> Result<Self> {
        contiguity(polygons, tolerance, false)
    }

    /// Rook contiguity: two polygons are neighbours if they share at least one edge
    /// (the same pair of consecutive vertices, in either direction).
    pub fn rook(polygons: &[MultiPolygon<f64>], tolerance: f64) -> Result<Self> {
        contiguity(polygons, tolerance, true)
    }

    // ------------------------------------------------------------------ distance

    /// k-nearest-neighbour weights of points (libpysal `KNN(k)`, Euclidean distance).
    /// Asymmetric in general. Ties in distance are broken by the lower index.
    pub fn knn(points: &[[f64; 2]], k: usize) -> Result<Self> {
        let n = points.len();
        if k == 0 || k >= n {
            return Err(StatsError::InvalidParameter {
                name: "k",
                reason: format!("k must be in 1..{n} (n = {n}), got {k}"),
            });
        }
        check_points(points)?;
        let tree = KdTree::new(points);
        let rows: Vec<Vec<(u32, f64)>> = (0..n)
            .into_par_iter()
            .map(|i| {
                let best = tree.nearest(points[i], k, i as u32);
                best.into_iter().map(|(_, j)| (j, 1.0)).collect()
            })
            .collect();
        Ok(Self::from_rows(rows))
    }

    /// Distance-band weights: all pairs with Euclidean distance `<= threshold`
    /// (libpysal `DistanceBand`). With [`DistanceWeighting::Power`] the weight is
    /// `d^alpha`; coincident points are then rejected.
    pub fn distance_band(
        points: &[[f64; 2]],
        threshold: f64,
        weighting: DistanceWeighting,
    ) -> Result<Self> {
        if !(threshold.is_finite() && threshold >= 0.0) {
            return Err(StatsError::InvalidParameter {
                name: "threshold",
                reason: format!("must be a finite non-negative distance, got {threshold}"),
            });
        }
        check_points(points)?;
        let tree = KdTree::new(points);
        let rows: Vec<Result<Vec<(u32, f64)>>> = (0..points.len())
            .into_par_iter()
            .map(|i| {
                let found = tree.within(points[i], threshold, i as u32);
                found
                    .into_iter()
                    .map(|(d2, j)| {
                        let w = match weighting {
                            DistanceWeighting::Binary => 1.0,
                            DistanceWeighting::Power { alpha } => {
                                if d2 == 0.0 && alpha < 0.0 {
                                    return Err(StatsError::InvalidParameter {
                                        name: "points",
                                        reason: format!(
                                            "points {i} and {j} coincide; inverse distance undefined"
                                        ),
                                    });
                                }
                                d2.sqrt().powf(alpha)
                            }
                        };
                        Ok((j, w))
                    })
                    .collect()
            })
            .collect();
        let rows = rows.into_iter().collect::<Result<Vec<_>>>()?;
        Ok(Self::from_rows(rows))
    }

    // ------------------------------------------------------------------ accessors

    /// Number of areas.
    pub fn n(&self) -> usize {
        self.offsets.len() - 1
    }

    /// Neighbour indices of area `i` (sorted ascending).
    pub fn neighbours(&self, i: usize) -> &[u32] {
        &self.neighbours[self.offsets[i]..self.offsets[i + 1]]
    }

    /// Current (transformed) weights of area `i`, aligned with [`Weights::neighbours`].
    pub fn weights(&self, i: usize) -> &[f64] {
        &self.values[self.offsets[i]..self.offsets[i + 1]]
    }

    /// CSR row offsets (length n + 1).
    pub fn offsets(&self) -> &[usize] {
        &self.offsets
    }

    /// Number of neighbours of area `i`.
    pub fn cardinality(&self, i: usize) -> usize {
        self.offsets[i + 1] - self.offsets[i]
    }

    /// Number of neighbours of every area.
    pub fn cardinalities(&self) -> Vec<usize> {
        self.offsets.windows(2).map(|w| w[1] - w[0]).collect()
    }

    /// Largest number of neighbours.
    pub fn max_cardinality(&self) -> usize {
        self.offsets
            .windows(2)
            .map(|w| w[1] - w[0])
            .max()
            .unwrap_or(0)
    }

    /// Areas without neighbours ("islands").
    pub fn islands(&self) -> Vec<usize> {
        (0..self.n())
            .filter(|&i| self.cardinality(i) == 0)
            .collect()
    }

    /// Number of directed links (non-zero entries).
    pub fn n_links(&self) -> usize {
        self.neighbours.len()
    }

    /// Mean number of neighbours.
    pub fn mean_neighbours(&self) -> f64 {
        if self.n() == 0 {
            0.0
        } else {
            self.n_links() as f64 / self.n() as f64
        }
    }

    /// Current transformation.
    pub fn transform(&self) -> Transform {
        self.transform
    }

    /// Returns a copy with the given transformation applied to the original weights.
    pub fn transformed(&self, transform: Transform) -> Self {
        let mut w = self.clone();
        w.set_transform(transform);
        w
    }

    /// Applies a transformation in place (always computed from the original weights).
    pub fn set_transform(&mut self, transform: Transform) {
        match transform {
            Transform::Original => self.values.copy_from_slice(&self.original),
            Transform::Binary => {
                for (v, o) in self.values.iter_mut().zip(&self.original) {
                    *v = if *o != 0.0 { 1.0 } else { 0.0 };
                }
            }
            Transform::Row => {
                for i in 0..self.n() {
                    let r = self.offsets[i]..self.offsets[i + 1];
                    let s: f64 = self.original[r.clone()].iter().sum();
                    for k in r {
                        self.values[k] = if s != 0.0 { self.original[k] / s } else { 0.0 };
                    }
                }
            }
        }
        self.transform = transform;
    }

    /// Returns a copy in which every area is its own neighbour with original weight
    /// `value` (used by Getis–Ord G*; existing self-links are overwritten).
    pub fn with_self_neighbours(&self, value: f64) -> Self {
        let rows: Vec<Vec<(u32, f64)>> = (0..self.n())
            .map(|i| {
                let s = self.offsets[i];
                let mut row: Vec<(u32, f64)> = self
                    .neighbours(i)
                    .iter()
                    .enumerate()
                    .filter(|&(_, &j)| j as usize != i)
                    .map(|(k, &j)| (j, self.original[s + k]))
                    .collect();
                row.push((i as u32, value));
                row
            })
            .collect();
        let mut w = Self::from_rows(rows);
        w.set_transform(self.transform);
        w
    }

    /// Weight `w_ij` (current transformation), 0 if `j` is not a neighbour of `i`.
    pub fn weight(&self, i: usize, j: usize) -> f64 {
        let nb = self.neighbours(i);
        match nb.binary_search(&(j as u32)) {
            Ok(k) => self.values[self.offsets[i] + k],
            Err(_) => 0.0,
        }
    }

    /// Row sums of the current weights.
    pub fn row_sums(&self) -> Vec<f64> {
        (0..self.n())
            .map(|i| self.weights(i).iter().sum())
            .collect()
    }

    /// Spatial lag `sum_j w_ij x_j` of a variable.
    pub fn lag(&self, x: &[f64]) -> Result<Vec<f64>> {
        crate::error::check_len("values", self.n(), x.len())?;
        Ok(self.lag_unchecked(x))
    }

    pub(crate) fn lag_unchecked(&self, x: &[f64]) -> Vec<f64> {
        (0..self.n())
            .into_par_iter()
            .with_min_len(4096)
            .map(|i| {
                let r = self.offsets[i]..self.offsets[i + 1];
                self.neighbours[r.clone()]
                    .iter()
                    .zip(&self.values[r])
                    .map(|(&j, &w)| w * x[j as usize])
                    .sum()
            })
            .collect()
    }

    /// S0 = sum of all weights.
    pub fn s0(&self) -> f64 {
        self.values.iter().sum()
    }

    /// S1 = ½ Σᵢⱼ (wᵢⱼ + wⱼᵢ)².
    pub fn s1(&self) -> f64 {
        let total: f64 = (0..self.n())
            .into_par_iter()
            .with_min_len(4096)
            .map(|i| {
                let mut acc = 0.0;
                for (&j, &w) in self.neighbours(i).iter().zip(self.weights(i)) {
                    let j = j as usize;
                    match self.neighbours(j).binary_search(&(i as u32)) {
                        Ok(k) => {
                            let a = w + self.values[self.offsets[j] + k];
                            acc += a * a;
                        }
                        // (i,j) and the absent (j,i) entry contribute w² each.
                        Err(_) => acc += 2.0 * w * w,
                    }
                }
                acc
            })
            .sum();
        0.5 * total
    }

    /// S2 = Σᵢ (wᵢ. + w.ᵢ)².
    pub fn s2(&self) -> f64 {
        let n = self.n();
        let mut col = vec![0.0; n];
        for (&j, &w) in self.neighbours.iter().zip(&self.values) {
            col[j as usize] += w;
        }
        (0..n)
            .map(|i| {
                let r: f64 = self.weights(i).iter().sum();
                (r + col[i]) * (r + col[i])
            })
            .sum()
    }

    /// True if every link has a reciprocal link (ignoring weight values).
    pub fn is_symmetric(&self) -> bool {
        (0..self.n()).all(|i| {
            self.neighbours(i).iter().all(|&j| {
                self.neighbours(j as usize)
                    .binary_search(&(i as u32))
                    .is_ok()
            })
        })
    }

    /// True if all weights within each row are equal (binary or row-standardised
    /// contiguity/KNN); then a permuted lag depends only on the neighbour *set*.
    pub fn has_uniform_rows(&self) -> bool {
        (0..self.n()).all(|i| {
            let w = self.weights(i);
            w.iter().all(|&v| v == w[0])
        })
    }

    /// Neighbour lists as plain vectors (for export).
    pub fn to_neighbour_lists(&self) -> Vec<Vec<usize>> {
        (0..self.n())
            .map(|i| self.neighbours(i).iter().map(|&j| j as usize).collect())
            .collect()
    }
}

/// Area-weighted centroids `[x, y]` of polygons (as shapely's `centroid`).
pub fn centroids(polygons: &[MultiPolygon<f64>]) -> Result<Vec<[f64; 2]>> {
    polygons
        .par_iter()
        .enumerate()
        .map(|(i, p)| {
            p.centroid()
                .map(|c| [c.x(), c.y()])
                .filter(|c| c[0].is_finite() && c[1].is_finite())
                .ok_or(StatsError::EmptyGeometry { index: i })
        })
        .collect()
}

fn check_points(points: &[[f64; 2]]) -> Result<()> {
    if points.len() > u32::MAX as usize {
        return Err(StatsError::InvalidParameter {
            name: "points",
            reason: "more than 2^32 points".into(),
        });
    }
    match points
        .iter()
        .position(|p| !(p[0].is_finite() && p[1].is_finite()))
    {
        Some(index) => Err(StatsError::NonFinite { index }),
        None => Ok(()),
    }
}

// ---------------------------------------------------------------------- contiguity

type VKey = [u64; 2];

#[inline]
fn vkey(c: Coord<f64>, inv_tol: f64) -> VKey {
    if inv_tol > 0.0 {
        [
            (c.x * inv_tol).round() as i64 as u64,
            (c.y * inv_tol).round() as i64 as u64,
        ]
    } else {
        // Exact equality; normalise -0.0 to 0.0.
        [(c.x + 0.0).to_bits(), (c.y + 0.0).to_bits()]
    }
}

fn rings(p: &MultiPolygon<f64>) -> impl Iterator<Item = &LineString<f64>> {
    p.0.iter()
        .flat_map(|poly| std::iter::once(poly.exterior()).chain(poly.interiors().iter()))
}

#[inline]
fn mix64(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

#[inline]
fn hash_key<const K: usize>(k: &[u64; K]) -> u64 {
    let mut h = 0x9E37_79B9_7F4A_7C15u64;
    for &v in k {
        h = mix64(h ^ v).wrapping_add(0x9E37_79B9_7F4A_7C15);
    }
    h
}

/// Sort entry: 64-bit hash of the vertex/edge key, position of the key, polygon.
#[derive(Clone, Copy)]
struct Entry {
    hash: u64,
    key: u32,
    poly: u32,
}

/// Vertex keys (K = 2) or undirected edge keys (K = 4) of one polygon; the closing
/// vertex of each ring is skipped.
fn polygon_keys<const K: usize>(p: &MultiPolygon<f64>, inv_tol: f64, out: &mut Vec<[u64; K]>) {
    for ring in rings(p) {
        let cs = &ring.0;
        let m = if cs.len() > 1 && cs[0] == cs[cs.len() - 1] {
            cs.len() - 1
        } else {
            cs.len()
        };
        if K == 2 {
            for &c in &cs[..m] {
                let a = vkey(c, inv_tol);
                let mut k = [0u64; K];
                k[0] = a[0];
                k[1] = a[1];
                out.push(k);
            }
        } else {
            for t in 0..m {
                let a = vkey(cs[t], inv_tol);
                let b = vkey(cs[(t + 1) % m], inv_tol);
                if a == b || m < 2 {
                    continue;
                }
                let (lo, hi) = if a < b { (a, b) } else { (b, a) };
                let mut k = [0u64; K];
                k[0] = lo[0];
                k[1] = lo[1];
                k[K - 2] = hi[0];
                k[K - 1] = hi[1];
                out.push(k);
            }
        }
    }
}

/// Stable LSD radix sort of the entries by the top 32 bits of their hash (two passes of
/// 16 bits). Entries whose truncated hashes collide are separated later by comparing the
/// exact keys, so sorting on 32 bits suffices; O(m) instead of O(m log m).
fn radix_sort_by_hash_high(entries: &mut Vec<Entry>) {
    let m = entries.len();
    if m < 1 << 12 {
        entries.sort_unstable_by_key(|e| e.hash >> 32);
        return;
    }
    let mut buf: Vec<Entry> = entries.clone();
    let mut counts = vec![0usize; 1 << 16];
    for shift in [32u32, 48] {
        counts.iter_mut().for_each(|c| *c = 0);
        for e in entries.iter() {
            counts[((e.hash >> shift) & 0xFFFF) as usize] += 1;
        }
        let mut acc = 0usize;
        for c in counts.iter_mut() {
            let v = *c;
            *c = acc;
            acc += v;
        }
        for e in entries.iter() {
            let d = ((e.hash >> shift) & 0xFFFF) as usize;
            buf[counts[d]] = *e;
            counts[d] += 1;
        }
        std::mem::swap(entries, &mut buf);
    }
}

fn contiguity(polygons: &[MultiPolygon<f64>], tolerance: f64, rook: bool) -> Result<Weights> {
    if polygons.len() >= u32::MAX as usize {
        return Err(StatsError::InvalidParameter {
            name: "polygons",
            reason: "more than 2^32 polygons".into(),
        });
    }
    if !(tolerance.is_finite() && tolerance >= 0.0) {
        return Err(StatsError::InvalidParameter {
            name: "tolerance",
            reason: format!("must be finite and >= 0, got {tolerance}"),
        });
    }
    let inv_tol = if tolerance > 0.0 {
        1.0 / tolerance
    } else {
        0.0
    };
    if rook {
        contiguity_keys::<4>(polygons, inv_tol)
    } else {
        contiguity_keys::<2>(polygons, inv_tol)
    }
}

fn contiguity_keys<const K: usize>(
    polygons: &[MultiPolygon<f64>],
    inv_tol: f64,
) -> Result<Weights> {
    let n = polygons.len();
    // Keys per polygon, computed in parallel chunks and concatenated in order.
    let chunk = 4096;
    let parts: Vec<(Vec<[u64; K]>, Vec<u32>)> = polygons
        .par_chunks(chunk)
        .enumerate()
        .map(|(c, ps)| {
            let mut keys = Vec::with_capacity(ps.len() * 5);
            let mut owner = Vec::with_capacity(ps.len() * 5);
            for (o, p) in ps.iter().enumerate() {
                polygon_keys::<K>(p, inv_tol, &mut keys);
                owner.resize(keys.len(), (c * chunk + o) as u32);
            }
            (keys, owner)
        })
        .collect();
    let total: usize = parts.iter().map(|p| p.0.len()).sum();
    if total >= u32::MAX as usize {
        return Err(StatsError::InvalidParameter {
            name: "polygons",
            reason: "more than 2^32 vertices".into(),
        });
    }
    let mut keys: Vec<[u64; K]> = Vec::with_capacity(total);
    let mut owner: Vec<u32> = Vec::with_capacity(total);
    for (k, o) in parts {
        keys.extend_from_slice(&k);
        owner.extend_from_slice(&o);
    }
    let mut entries: Vec<Entry> = keys
        .par_iter()
        .zip(owner.par_iter())
        .enumerate()
        .map(|(i, (k, &poly))| Entry {
            hash: hash_key(k),
            key: i as u32,
            poly,
        })
        .collect();
    radix_sort_by_hash_high(&mut entries);

    // Groups of equal hash (top 32 bits); inside a group, split by the exact key
    // (collisions of the truncated hash).
    // Every shared key (in >= 2 entries) gets a group id; `gid_of_key` maps the key's
    // original position (polygon order) to it, `members` lists the group's polygons.
    let m = entries.len();
    let mut gid_of_key = vec![u32::MAX; m];
    let mut gstart: Vec<u32> = Vec::with_capacity(m / 2 + 1);
    let mut members: Vec<u32> = Vec::with_capacity(m);
    let mut s = 0usize;
    while s < m {
        let mut e = s + 1;
        while e < m && entries[e].hash >> 32 == entries[s].hash >> 32 {
            e += 1;
        }
        if e - s >= 2 {
            let first = keys[entries[s].key as usize];
            let same = entries[s + 1..e]
                .iter()
                .all(|x| keys[x.key as usize] == first);
            if !same {
                entries[s..e]
                    .sort_unstable_by(|x, y| keys[x.key as usize].cmp(&keys[y.key as usize]));
            }
            let group = &entries[s..e];
            let mut a = 0;
            while a < group.len() {
                let mut b = a + 1;
                while b < group.len()
                    && (same || keys[group[b].key as usize] == keys[group[a].key as usize])
                {
                    b += 1;
                }
                if b - a >= 2 {
                    let g = gstart.len() as u32;
                    gstart.push(members.len() as u32);
                    for entry in &group[a..b] {
                        members.push(entry.poly);
                        gid_of_key[entry.key as usize] = g;
                    }
                }
                a = b;
            }
        }
        s = e;
    }
    gstart.push(members.len() as u32);
    // Key range of every polygon (keys are stored in polygon order).
    let mut start = vec![0usize; n + 1];
    for &o in &owner {
        start[o as usize + 1] += 1;
    }
    for i in 0..n {
        start[i + 1] += start[i];
    }
    // Neighbour lists, built per chunk of polygons into one flat buffer each.
    let chunks: Vec<(Vec<u32>, Vec<u32>)> = (0..n.div_ceil(chunk))
        .into_par_iter()
        .map(|c| {
            let lo = c * chunk;
            let hi = ((c + 1) * chunk).min(n);
            let mut flat: Vec<u32> = Vec::with_capacity((hi - lo) * 8);
            let mut counts: Vec<u32> = Vec::with_capacity(hi - lo);
            for i in lo..hi {
                let begin = flat.len();
                for &g in &gid_of_key[start[i]..start[i + 1]] {
                    if g == u32::MAX {
                        continue;
                    }
                    let (a, b) = (gstart[g as usize] as usize, gstart[g as usize + 1] as usize);
                    for &p in &members[a..b] {
                        if p as usize != i {
                            flat.push(p);
                        }
                    }
                }
                let row = &mut flat[begin..];
                row.sort_unstable();
                let mut len = 0;
                for r in 0..row.len() {
                    if r == 0 || row[r] != row[len - 1] {
                        row[len] = row[r];
                        len += 1;
                    }
                }
                flat.truncate(begin + len);
                counts.push(len as u32);
            }
            (flat, counts)
        })
        .collect();
    let total: usize = chunks.iter().map(|c| c.0.len()).sum();
    let mut offsets = Vec::with_capacity(n + 1);
    offsets.push(0usize);
    let mut neighbours = Vec::with_capacity(total);
    let mut acc = 0usize;
    for (flat, counts) in chunks {
        neighbours.extend_from_slice(&flat);
        for c in counts {
            acc += c as usize;
            offsets.push(acc);
        }
    }
    Ok(Weights::from_sorted_binary(offsets, neighbours))
}

// ---------------------------------------------------------------------- kd-tree

/// Implicit 2-d tree over point indices (median splits, axis alternating by depth).
struct KdTree<'a> {
    pts: &'a [[f64; 2]],
    idx: Vec<u32>,
}

impl<'a> KdTree<'a> {
    fn new(pts: &'a [[f64; 2]]) -> Self {
        let mut idx: Vec<u32> = (0..pts.len() as u32).collect();
        build(pts, &mut idx, 0);
        KdTree { pts, idx }
    }

    /// The `k` nearest points to `q` other than `skip`, sorted by (distance², index).
    fn nearest(&self, q: [f64; 2], k: usize, skip: u32) -> Vec<(f64, u32)> {
        let mut best: Vec<(f64, u32)> = Vec::with_capacity(k + 1);
        self.nearest_rec(0, self.idx.len(), 0, q, k, skip, &mut best);
        best
    }

    #[allow(clippy::too_many_arguments)]
    fn nearest_rec(
        &self,
        lo: usize,
        hi: usize,
        depth: usize,
        q: [f64; 2],
        k: usize,
        skip: u32,
        best: &mut Vec<(f64, u32)>,
    ) {
        if lo >= hi {
            return;
        }
        let mid = lo + (hi - lo) / 2;
        let pi = self.idx[mid];
        let p = self.pts[pi as usize];
        if pi != skip {
            let d2 = (p[0] - q[0]).powi(2) + (p[1] - q[1]).powi(2);
            let cand = (d2, pi);
            if best.len() < k || less(cand, best[best.len() - 1]) {
                let pos = best.partition_point(|&b| less(b, cand));
                best.insert(pos, cand);
                best.truncate(k);
            }
        }
        let axis = depth & 1;
        let diff = q[axis] - p[axis];
        let (near, far) = if diff < 0.0 {
            ((lo, mid), (mid + 1, hi))
        } else {
            ((mid + 1, hi), (lo, mid))
        };
        self.nearest_rec(near.0, near.1, depth + 1, q, k, skip, best);
        if best.len() < k || diff * diff <= best[best.len() - 1].0 {
            self.nearest_rec(far.0, far.1, depth + 1, q, k, skip, best);
        }
    }

    /// All points other than `skip` within distance `r` of `q`, as (distance², index),
    /// sorted by index.
    fn within(&self, q: [f64; 2], r: f64, skip: u32) -> Vec<(f64, u32)> {
        let mut out = Vec::new();
        let mut stack = vec![(0usize, self.idx.len(), 0usize)];
        let r2 = r * r;
        while let Some((lo, hi, depth)) = stack.pop() {
            if lo >= hi {
                continue;
            }
            let mid = lo + (hi - lo) / 2;
            let pi = self.idx[mid];
            let p = self.pts[pi as usize];
            let d2 = (p[0] - q[0]).powi(2) + (p[1] - q[1]).powi(2);
            if pi != skip && d2.sqrt() <= r {
                out.push((d2, pi));
            }
            let axis = depth & 1;
            let diff = q[axis] - p[axis];
            if diff < 0.0 || diff * diff <= r2 {
                stack.push((lo, mid, depth + 1));
            }
            if diff >= 0.0 || diff * diff <= r2 {
                stack.push((mid + 1, hi, depth + 1));
            }
        }
        out.sort_unstable_by_key(|e| e.1);
        out
    }
}

#[inline]
fn less(a: (f64, u32), b: (f64, u32)) -> bool {
    a.0 < b.0 || (a.0 == b.0 && a.1 < b.1)
}

fn build(pts: &[[f64; 2]], idx: &mut [u32], depth: usize) {
    if idx.len() <= 1 {
        return;
    }
    let axis = depth & 1;
    let mid = idx.len() / 2;
    idx.select_nth_unstable_by(mid, |&a, &b| {
        pts[a as usize][axis].total_cmp(&pts[b as usize][axis])
    });
    let (left, right) = idx.split_at_mut(mid);
    if left.len() + right.len() > 20_000 {
        rayon::join(
            || build(pts, left, depth + 1),
            || build(pts, &mut right[1..], depth + 1),
        );
    } else {
        build(pts, left, depth + 1);
        build(pts, &mut right[1..], depth + 1);
    }
}
