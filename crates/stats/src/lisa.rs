//! Local Moran's I (LISA) with conditional permutation inference.
//!
//! Observed statistics follow esda `Moran_Local` (identical to GeoDa's `lisa_values`):
//! `zᵢ = (yᵢ − ȳ)/σ` (σ with ddof 0), `lagᵢ = Σⱼ wᵢⱼ zⱼ`, `Iᵢ = (n − 1) zᵢ lagᵢ / Σ z²`.
//!
//! Two conditional-permutation schemes are offered ([`PermutationMethod`]):
//! * **Independent** (default; GeoDa "complete" semantics): for every area and every
//!   permutation, `kᵢ` distinct other areas are drawn afresh. The generator of area `i`
//!   is derived from `(seed, i)` only, so the p-values are reproducible and independent
//!   of the number of threads.
//! * **Shared** (esda semantics, GeoDa "lookup-table"): one table of `P × k_max` indices
//!   into the `n − 1` other areas is drawn once and reused for every area (index `t` maps
//!   to `t + (t >= i)`); only the first `kᵢ` columns are used.
//!
//! Pseudo p-values use esda's folded rule: `c = #(simulated >= observed)`,
//! `p = (min(c, P − c) + 1) / (P + 1)` (GeoDa uses the same rule). A simulated value that
//! equals the observed one in exact arithmetic counts as `>=` whatever the rounding:
//! the comparison uses `observed − ε` with `ε = 1e-10·|αᵢ|·(Σⱼ|wᵢⱼ|·max|v| + |βᵢ|)`, far
//! above rounding noise and far below any real gap. This matters for tied data (integer
//! percentages): esda's numba kernel (fastmath) resolves such ties by rounding and
//! counts most of them as smaller; pygeoda and this crate count them as `>=`. Areas without
//! neighbours (islands) get `NaN` p-values.

use crate::error::{Result, StatsError};
use crate::moran::{normal_sf, validate};
use crate::weights::{Transform, Weights};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};

/// Conditional permutation scheme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum PermutationMethod {
    /// Fresh draws for every area (GeoDa "complete").
    #[default]
    Independent,
    /// One permutation table shared by all areas (esda, GeoDa "lookup-table").
    Shared,
}

/// Options of the local statistics.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct LocalOptions {
    /// Weight transformation (default row-standardised, as esda and GeoDa).
    pub transform: Transform,
    /// Number of conditional permutations (0 = none; p-values are then NaN).
    pub permutations: usize,
    /// Seed of the permutation RNG.
    pub seed: u64,
    /// Permutation scheme.
    pub method: PermutationMethod,
}

impl Default for LocalOptions {
    fn default() -> Self {
        LocalOptions {
            transform: Transform::Row,
            permutations: 999,
            seed: 12345,
            method: PermutationMethod::Independent,
        }
    }
}

/// Quadrant of the Moran scatterplot, numbered as esda (`q` attribute).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Quadrant {
    /// 1: z > 0, lag > 0.
    HighHigh = 1,
    /// 2: z ≤ 0, lag > 0.
    LowHigh = 2,
    /// 3: z ≤ 0, lag ≤ 0.
    LowLow = 3,
    /// 4: z > 0, lag ≤ 0.
    HighLow = 4,
}

impl Quadrant {
    /// esda quadrant for a standardised value and its lag.
    pub fn of(z: f64, lag: f64) -> Self {
        match (z > 0.0, lag > 0.0) {
            (true, true) => Quadrant::HighHigh,
            (false, true) => Quadrant::LowHigh,
            (false, false) => Quadrant::LowLow,
            (true, false) => Quadrant::HighLow,
        }
    }

    /// esda numeric code (1..4).
    pub fn code(self) -> u8 {
        self as u8
    }
}

/// LISA cluster category, numbered as GeoDa (0 not significant, 1 HH, 2 LL, 3 LH,
/// 4 HL, 6 isolated).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum LisaCluster {
    /// p-value not below the cut-off.
    NotSignificant = 0,
    /// High value surrounded by high values.
    HighHigh = 1,
    /// Low value surrounded by low values.
    LowLow = 2,
    /// Low value surrounded by high values.
    LowHigh = 3,
    /// High value surrounded by low values.
    HighLow = 4,
    /// Area without neighbours.
    Isolated = 6,
}

impl LisaCluster {
    /// GeoDa numeric code.
    pub fn code(self) -> u8 {
        self as u8
    }
}

/// Per-area permutation summary.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LocalPermutation {
    /// Number of permutations.
    pub permutations: usize,
    /// Scheme used.
    pub method: PermutationMethod,
    /// Folded pseudo p-values (NaN for islands).
    pub p_sim: Vec<f64>,
    /// `(I − mean(sim)) / std(sim)`.
    pub z_sim: Vec<f64>,
    /// One-sided normal tail of `|z_sim|`.
    pub p_z_sim: Vec<f64>,
}

/// Result of [`local_moran`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LocalMoranResult {
    /// Local Moran's Iᵢ.
    pub i: Vec<f64>,
    /// Standardised values zᵢ (ddof 0).
    pub z: Vec<f64>,
    /// Spatial lag of z.
    pub lag: Vec<f64>,
    /// Moran scatterplot quadrant (esda numbering).
    pub quadrant: Vec<Quadrant>,
    /// Expected value under conditional randomisation (esda `EIc`).
    pub expected: Vec<f64>,
    /// Variance under conditional randomisation (esda `VIc`).
    pub variance: Vec<f64>,
    /// `(I − E)/√V` (esda `z_sim` analogue of the analytical moments).
    pub z_analytic: Vec<f64>,
    /// True for areas without neighbours.
    pub island: Vec<bool>,
    /// Permutation inference, if requested.
    pub permutation: Option<LocalPermutation>,
}

impl LocalMoranResult {
    /// Cluster categories with significance `p_sim < cutoff` (esda's strict rule).
    /// Without permutation inference every non-island area is `NotSignificant`.
    pub fn clusters(&self, cutoff: f64) -> Vec<LisaCluster> {
        (0..self.i.len())
            .map(|k| {
                if self.island[k] {
                    return LisaCluster::Isolated;
                }
                let sig = self
                    .permutation
                    .as_ref()
                    .map(|p| p.p_sim[k] < cutoff)
                    .unwrap_or(false);
                if !sig {
                    return LisaCluster::NotSignificant;
                }
                match self.quadrant[k] {
                    Quadrant::HighHigh => LisaCluster::HighHigh,
                    Quadrant::LowLow => LisaCluster::LowLow,
                    Quadrant::LowHigh => LisaCluster::LowHigh,
                    Quadrant::HighLow => LisaCluster::HighLow,
                }
            })
            .collect()
    }

    /// Cluster categories with GeoDa's conventions (pygeoda `lisa_clusters`):
    /// significant if `p_sim <= cutoff` (inclusive), and an area with `z = 0` or
    /// `lag = 0` falls into High-High (GeoDa's `else` branch), whereas esda puts zeros on
    /// the "low" side.
    pub fn geoda_clusters(&self, cutoff: f64) -> Vec<LisaCluster> {
        (0..self.i.len())
            .map(|k| {
                if self.island[k] {
                    return LisaCluster::Isolated;
                }
                let sig = self
                    .permutation
                    .as_ref()
                    .map(|p| p.p_sim[k] <= cutoff)
                    .unwrap_or(false);
                if !sig {
                    return LisaCluster::NotSignificant;
                }
                let (z, lag) = (self.z[k], self.lag[k]);
                if z > 0.0 && lag < 0.0 {
                    LisaCluster::HighLow
                } else if z < 0.0 && lag > 0.0 {
                    LisaCluster::LowHigh
                } else if z < 0.0 && lag < 0.0 {
                    LisaCluster::LowLow
                } else {
                    LisaCluster::HighHigh
                }
            })
            .collect()
    }
}

/// Local Moran's I with conditional permutation inference.
pub fn local_moran(y: &[f64], w: &Weights, opts: &LocalOptions) -> Result<LocalMoranResult> {
    validate(y, w, 3)?;
    let n = y.len();
    let nf = n as f64;
    let wt = w.transformed(opts.transform);
    let mean = y.iter().sum::<f64>() / nf;
    let sd = (y.iter().map(|v| (v - mean) * (v - mean)).sum::<f64>() / nf).sqrt();
    if sd == 0.0 {
        return Err(StatsError::ZeroVariance);
    }
    let z: Vec<f64> = y.iter().map(|v| (v - mean) / sd).collect();
    let den: f64 = z.iter().map(|v| v * v).sum();
    let lag = wt.lag_unchecked(&z);
    let scale = (nf - 1.0) / den;
    let i: Vec<f64> = z.iter().zip(&lag).map(|(a, b)| scale * a * b).collect();
    let quadrant: Vec<Quadrant> = z
        .iter()
        .zip(&lag)
        .map(|(&a, &b)| Quadrant::of(a, b))
        .collect();
    let island: Vec<bool> = (0..n).map(|k| wt.cardinality(k) == 0).collect();
    // Analytical moments (Sokal et al. 1998, as esda EIc / VIc).
    let m2 = den / nf;
    let mut expected = Vec::with_capacity(n);
    let mut variance = Vec::with_capacity(n);
    let mut z_analytic = Vec::with_capacity(n);
    for k in 0..n {
        let wi: f64 = wt.weights(k).iter().sum();
        let wi2: f64 = wt.weights(k).iter().map(|v| v * v).sum();
        let zi = z[k];
        let e = -zi * zi * wi / ((nf - 1.0) * m2);
        let v = (zi / m2).powi(2)
            * (nf / (nf - 2.0))
            * (wi2 - wi * wi / (nf - 1.0))
            * (m2 - zi * zi / (nf - 1.0));
        expected.push(e);
        variance.push(v);
        z_analytic.push((i[k] - e) / v.sqrt());
    }
    let permutation = if opts.permutations > 0 {
        // sim = alpha_i * (S + beta_i), S = Σ_{j≠i} w_ij z_perm_j, beta_i = w_ii z_i.
        let alpha: Vec<f64> = z.iter().map(|v| scale * v).collect();
        let beta: Vec<f64> = (0..n).map(|k| wt.weight(k, k) * z[k]).collect();
        let engine = Engine {
            values: &z,
            w: &wt,
            alpha: &alpha,
            beta: &beta,
            observed: &i,
        };
        Some(engine.run(opts.permutations, opts.seed, opts.method)?)
    } else {
        None
    };
    Ok(LocalMoranResult {
        i,
        z,
        lag,
        quadrant,
        expected,
        variance,
        z_analytic,
        island,
        permutation,
    })
}

// ---------------------------------------------------------------------- engine

/// Generic conditional-permutation engine: for area `i`, the simulated statistic is
/// `alpha_i · (Σ_{j ≠ i} w_ij v[π_j] + beta_i)` where `π` draws `k_i` distinct areas
/// other than `i`.
pub(crate) struct Engine<'a> {
    pub values: &'a [f64],
    pub w: &'a Weights,
    pub alpha: &'a [f64],
    pub beta: &'a [f64],
    pub observed: &'a [f64],
}

#[derive(Clone, Copy, Default)]
struct Tally {
    larger: u32,
    sum: f64,
    sumsq: f64,
}

impl Tally {
    #[inline]
    fn add(&mut self, sim: f64, obs: f64) {
        self.larger += u32::from(sim >= obs);
        self.sum += sim;
        self.sumsq += sim * sim;
    }
}

/// Small, fast generator (wyrand) for the inner loop; one instance per area.
pub(crate) struct WyRand(u64);

impl WyRand {
    pub(crate) fn for_area(seed: u64, area: u64) -> Self {
        WyRand(splitmix64(
            seed ^ splitmix64(area.wrapping_add(0x9E37_79B9_7F4A_7C15)),
        ))
    }

    #[inline]
    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0xa076_1d64_78bd_642f);
        let t = u128::from(self.0) * u128::from(self.0 ^ 0xe703_7ed1_a0b4_28db);
        ((t >> 64) as u64) ^ (t as u64)
    }

    /// Uniform integer in `[0, m)` for `m < 2^32` (Lemire's nearly divisionless method).
    #[inline]
    pub(crate) fn below32(&mut self, m: u32) -> u32 {
        let mut prod = (self.next_u64() >> 32) * u64::from(m);
        if (prod as u32) < m {
            let t = m.wrapping_neg() % m;
            while (prod as u32) < t {
                prod = (self.next_u64() >> 32) * u64::from(m);
            }
        }
        (prod >> 32) as u32
    }

    /// Uniform integer in `[0, m)` (Lemire's method with rejection; exact).
    #[inline]
    fn below(&mut self, m: u64, threshold: u64) -> u64 {
        loop {
            let prod = u128::from(self.next_u64()) * u128::from(m);
            if (prod as u64) >= threshold {
                return (prod >> 64) as u64;
            }
        }
    }
}

/// Fixed-capacity sampler for areas with at most 16 neighbours: draws `k` indices
/// i.i.d. uniform over the other areas and redraws the whole sample if it contains a
/// duplicate (exactly uniform over k-subsets; duplicates are rare when `k² ≪ n`).
struct FixedSite<'a> {
    m32: u32,
    thr32: u32,
    iu: u32,
    k: usize,
    wts: &'a [f64],
    uniform: bool,
    a: f64,
    b: f64,
    obs: f64,
}

fn uniform_or_general_fits(k: usize) -> bool {
    k <= 16
}

impl FixedSite<'_> {
    #[inline]
    fn tally<const N: usize>(&self, rng: &mut WyRand, v: &[f64], permutations: usize) -> Tally {
        let mut x = [0u32; N];
        for (l, e) in x.iter_mut().enumerate() {
            *e = u32::MAX - l as u32;
        }
        let k = self.k;
        let mut tally = Tally::default();
        for _ in 0..permutations {
            loop {
                let mut l = 0;
                while l < k {
                    let r = rng.next_u64();
                    for half in [r as u32, (r >> 32) as u32] {
                        let prod = u64::from(half) * u64::from(self.m32);
                        if l < k && (prod as u32) >= self.thr32 {
                            let t = (prod >> 32) as u32;
                            x[l] = t + u32::from(t >= self.iu);
                            l += 1;
                        }
                    }
                }
                if !has_duplicate(&x) {
                    break;
                }
            }
            let sum = if self.uniform {
                self.wts[0] * x[..k].iter().map(|&j| v[j as usize]).sum::<f64>()
            } else {
                x[..k]
                    .iter()
                    .zip(self.wts)
                    .map(|(&j, &w)| w * v[j as usize])
                    .sum::<f64>()
            };
            tally.add(self.a * (sum + self.b), self.obs);
        }
        tally
    }
}

/// Branch-free check for equal entries (compares every lane with its rotations).
#[inline]
fn has_duplicate<const N: usize>(x: &[u32; N]) -> bool {
    let mut acc = false;
    for s in 1..=N / 2 {
        for l in 0..N {
            acc |= x[l] == x[(l + s) % N];
        }
    }
    acc
}

fn splitmix64(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = x;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// Neighbours of `i` other than `i` itself, with their weights.
fn off_diagonal(w: &Weights, i: usize, nb: &mut Vec<u32>, wts: &mut Vec<f64>) {
    nb.clear();
    wts.clear();
    for (&j, &v) in w.neighbours(i).iter().zip(w.weights(i)) {
        if j as usize != i {
            nb.push(j);
            wts.push(v);
        }
    }
}

/// Threshold below which Lemire's method must reject: (2^64 − m) mod m.
fn lemire_threshold(m: u64) -> u64 {
    m.wrapping_neg() % m
}

impl Engine<'_> {
    /// Observed value lowered by the tie tolerance (see the module documentation).
    fn tie_threshold(&self, i: usize, wts: &[f64], vmax: f64) -> f64 {
        let wsum: f64 = wts.iter().map(|w| w.abs()).sum();
        self.observed[i] - 1e-10 * self.alpha[i].abs() * (wsum * vmax + self.beta[i].abs())
    }

    pub(crate) fn run(
        &self,
        permutations: usize,
        seed: u64,
        method: PermutationMethod,
    ) -> Result<LocalPermutation> {
        let n = self.values.len();
        if n < 2 {
            return Err(StatsError::TooFewObservations {
                needed: 2,
                found: n,
            });
        }
        if permutations > u32::MAX as usize {
            return Err(StatsError::InvalidParameter {
                name: "permutations",
                reason: "too many permutations".into(),
            });
        }
        let tallies: Vec<Option<Tally>> = match method {
            PermutationMethod::Independent => self.run_independent(permutations, seed),
            PermutationMethod::Shared => self.run_shared(permutations, seed),
        };
        let pf = permutations as f64;
        let mut p_sim = Vec::with_capacity(n);
        let mut z_sim = Vec::with_capacity(n);
        let mut p_z_sim = Vec::with_capacity(n);
        for (k, t) in tallies.iter().enumerate() {
            match t {
                Some(t) => {
                    let c = t.larger as usize;
                    let folded = c.min(permutations - c);
                    p_sim.push((folded as f64 + 1.0) / (pf + 1.0));
                    let mean = t.sum / pf;
                    let var = (t.sumsq / pf - mean * mean).max(0.0);
                    let z = (self.observed[k] - mean) / var.sqrt();
                    z_sim.push(z);
                    p_z_sim.push(if z.is_nan() {
                        f64::NAN
                    } else {
                        normal_sf(z.abs())
                    });
                }
                None => {
                    p_sim.push(f64::NAN);
                    z_sim.push(f64::NAN);
                    p_z_sim.push(f64::NAN);
                }
            }
        }
        Ok(LocalPermutation {
            permutations,
            method,
            p_sim,
            z_sim,
            p_z_sim,
        })
    }

    fn run_independent(&self, permutations: usize, seed: u64) -> Vec<Option<Tally>> {
        let n = self.values.len();
        let vmax = self.values.iter().fold(0.0f64, |m, v| m.max(v.abs()));
        let m = (n - 1) as u64;
        let threshold = lemire_threshold(m);
        (0..n)
            .into_par_iter()
            .with_min_len(256)
            .map_init(
                || {
                    (
                        Vec::new(),
                        Vec::new(),
                        Vec::<u32>::new(),
                        Vec::<u32>::new(),
                        Vec::<usize>::new(),
                    )
                },
                |(nb, wts, drawn, pool, swaps), i| {
                    off_diagonal(self.w, i, nb, wts);
                    let k = nb.len();
                    if k == 0 {
                        return None;
                    }
                    let mut rng = WyRand::for_area(seed, i as u64);
                    let v = self.values;
                    let (a, b) = (self.alpha[i], self.beta[i]);
                    let obs = self.tie_threshold(i, wts, vmax);
                    let uniform = wts.iter().all(|&x| x == wts[0]);
                    let w0 = wts[0];
                    let mut tally = Tally::default();
                    let iu = i as u64;
                    if (k as u64) * 4 <= m && uniform_or_general_fits(k) {
                        let fixed = FixedSite {
                            m32: m as u32,
                            thr32: (m as u32).wrapping_neg() % (m as u32),
                            iu: i as u32,
                            k,
                            wts,
                            uniform,
                            a,
                            b,
                            obs,
                        };
                        return Some(if k <= 8 {
                            fixed.tally::<8>(&mut rng, v, permutations)
                        } else {
                            fixed.tally::<16>(&mut rng, v, permutations)
                        });
                    }
                    let small = k <= 48 && (k as u64) * 4 <= m;
                    if !small && pool.len() != m as usize {
                        *pool = (0..m as u32).collect();
                    }
                    drawn.resize(k, 0);
                    for _ in 0..permutations {
                        if small {
                            // Rejection sampling of k distinct indices.
                            let mut filled = 0;
                            while filled < k {
                                let t = rng.below(m, threshold);
                                let t = (t + u64::from(t >= iu)) as u32;
                                if !drawn[..filled].contains(&t) {
                                    drawn[filled] = t;
                                    filled += 1;
                                }
                            }
                        } else {
                            // Partial Fisher–Yates on the pool, undone afterwards so the
                            // result does not depend on what this thread did before.
                            swaps.clear();
                            for s in 0..k {
                                let left = m - s as u64;
                                let r = s + rng.below(left, lemire_threshold(left)) as usize;
                                pool.swap(s, r);
                                swaps.push(r);
                                let t = u64::from(pool[s]);
                                drawn[s] = (t + u64::from(t >= iu)) as u32;
                            }
                            for (s, &r) in swaps.iter().enumerate().rev() {
                                pool.swap(s, r);
                            }
                        }
                        let sum = if uniform {
                            w0 * drawn.iter().map(|&j| v[j as usize]).sum::<f64>()
                        } else {
                            drawn
                                .iter()
                                .zip(wts.iter())
                                .map(|(&j, &x)| x * v[j as usize])
                                .sum::<f64>()
                        };
                        tally.add(a * (sum + b), obs);
                    }
                    Some(tally)
                },
            )
            .collect()
    }

    fn run_shared(&self, permutations: usize, seed: u64) -> Vec<Option<Tally>> {
        let n = self.values.len();
        let vmax = self.values.iter().fold(0.0f64, |m, v| m.max(v.abs()));
        let m = n - 1;
        let mut kmax = 0usize;
        for i in 0..self.w.n() {
            let k = self
                .w
                .neighbours(i)
                .iter()
                .filter(|&&j| j as usize != i)
                .count();
            kmax = kmax.max(k);
        }
        let kmax = kmax.min(m);
        // One table of P × kmax distinct indices in [0, n − 1), as esda's crand.
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        let mut table = vec![0u32; permutations * kmax];
        let mut pool: Vec<u32> = Vec::new();
        for row in table.chunks_mut(kmax.max(1)).take(permutations) {
            if kmax == 0 {
                break;
            }
            if kmax * 4 <= m && kmax <= 48 {
                let mut filled = 0;
                while filled < kmax {
                    let t = rng.gen_range(0..m as u32);
                    if !row[..filled].contains(&t) {
                        row[filled] = t;
                        filled += 1;
                    }
                }
            } else {
                if pool.len() != m {
                    pool = (0..m as u32).collect();
                }
                for s in 0..kmax {
                    let r = rng.gen_range(s..m);
                    pool.swap(s, r);
                    row[s] = pool[s];
                }
            }
        }
        (0..n)
            .into_par_iter()
            .with_min_len(256)
            .map_init(
                || (Vec::new(), Vec::new()),
                |(nb, wts), i| {
                    off_diagonal(self.w, i, nb, wts);
                    let k = nb.len();
                    if k == 0 {
                        return None;
                    }
                    let v = self.values;
                    let (a, b) = (self.alpha[i], self.beta[i]);
                    let obs = self.tie_threshold(i, wts, vmax);
                    let iu = i as u32;
                    let uniform = wts.iter().all(|&x| x == wts[0]);
                    let w0 = wts[0];
                    let mut tally = Tally::default();
                    for row in table.chunks_exact(kmax).take(permutations) {
                        let sum = if uniform {
                            w0 * row[..k]
                                .iter()
                                .map(|&t| v[(t + u32::from(t >= iu)) as usize])
                                .sum::<f64>()
                        } else {
                            row[..k]
                                .iter()
                                .zip(wts.iter())
                                .map(|(&t, &x)| x * v[(t + u32::from(t >= iu)) as usize])
                                .sum::<f64>()
                        };
                        tally.add(a * (sum + b), obs);
                    }
                    Some(tally)
                },
            )
            .collect()
    }
}
