//! Planar geometry for the demo city: a city outline, seed points and a
//! Voronoi tessellation whose neighbouring cells share *bit-identical* vertices.
//!
//! All construction happens in a local metric plane (kilometres east/north of
//! the city centre). Every Voronoi vertex is identified by a symbolic key (the
//! seeds and outline edge that define it) and its coordinate is computed once
//! from that key, so two cells that share a vertex always get the same
//! coordinates. The result is then mapped linearly to WGS84 and rounded to 1e-7°.

use std::collections::HashMap;

use geo_types::{Coord, LineString, MultiPolygon, Polygon};
use rand::Rng;
use rand_chacha::ChaCha8Rng;

/// Longitude of the (fictional) city centre.
pub const CENTER_LON: f64 = 10.15;
/// Latitude of the (fictional) city centre.
pub const CENTER_LAT: f64 = 51.10;
/// Half width of the city in kilometres (east–west).
pub const RADIUS_X_KM: f64 = 8.0;
/// Half height of the city in kilometres (north–south).
pub const RADIUS_Y_KM: f64 = 6.0;

const KM_PER_DEG_LAT: f64 = 111.2;

/// Kilometres per degree of longitude at the city centre.
fn km_per_deg_lon() -> f64 {
    KM_PER_DEG_LAT * CENTER_LAT.to_radians().cos()
}

/// Rounds a coordinate to 1e-7 degrees (about 1 cm).
pub fn round7(v: f64) -> f64 {
    (v * 1e7).round() / 1e7
}

/// Converts a local point (km) to a rounded WGS84 coordinate.
pub fn to_lonlat(p: [f64; 2]) -> Coord<f64> {
    Coord {
        x: round7(CENTER_LON + p[0] / km_per_deg_lon()),
        y: round7(CENTER_LAT + p[1] / KM_PER_DEG_LAT),
    }
}

/// Converts a WGS84 coordinate back to the local plane (km).
pub fn to_local(c: Coord<f64>) -> [f64; 2] {
    [
        (c.x - CENTER_LON) * km_per_deg_lon(),
        (c.y - CENTER_LAT) * KM_PER_DEG_LAT,
    ]
}

/// Signed area (positive = counter-clockwise) of a ring given as open point list.
pub fn signed_area(pts: &[[f64; 2]]) -> f64 {
    let n = pts.len();
    let mut s = 0.0;
    for k in 0..n {
        let a = pts[k];
        let b = pts[(k + 1) % n];
        s += a[0] * b[1] - b[0] * a[1];
    }
    s / 2.0
}

/// Area-weighted centroid of a simple ring given as open point list.
pub fn ring_centroid(pts: &[[f64; 2]]) -> [f64; 2] {
    let n = pts.len();
    let a = signed_area(pts);
    if n == 0 || a.abs() < 1e-15 {
        let (sx, sy) = pts
            .iter()
            .fold((0.0, 0.0), |(x, y), p| (x + p[0], y + p[1]));
        let m = n.max(1) as f64;
        return [sx / m, sy / m];
    }
    let (mut cx, mut cy) = (0.0, 0.0);
    for k in 0..n {
        let p = pts[k];
        let q = pts[(k + 1) % n];
        let cross = p[0] * q[1] - q[0] * p[1];
        cx += (p[0] + q[0]) * cross;
        cy += (p[1] + q[1]) * cross;
    }
    [cx / (6.0 * a), cy / (6.0 * a)]
}

/// Even–odd point-in-ring test.
pub fn point_in_ring(p: [f64; 2], ring: &[[f64; 2]]) -> bool {
    let n = ring.len();
    let mut inside = false;
    let mut j = n.wrapping_sub(1);
    for i in 0..n {
        let (a, b) = (ring[i], ring[j % n]);
        if (a[1] > p[1]) != (b[1] > p[1]) {
            let x = (b[0] - a[0]) * (p[1] - a[1]) / (b[1] - a[1]) + a[0];
            if p[0] < x {
                inside = !inside;
            }
        }
        j = i;
    }
    inside
}

/// Convex hull (Andrew's monotone chain), counter-clockwise, open ring.
fn convex_hull(mut pts: Vec<[f64; 2]>) -> Vec<[f64; 2]> {
    pts.sort_by(|a, b| a[0].total_cmp(&b[0]).then(a[1].total_cmp(&b[1])));
    pts.dedup();
    if pts.len() < 3 {
        return pts;
    }
    let cross = |o: [f64; 2], a: [f64; 2], b: [f64; 2]| {
        (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])
    };
    let mut lower: Vec<[f64; 2]> = Vec::new();
    for &p in &pts {
        while lower.len() >= 2 && cross(lower[lower.len() - 2], lower[lower.len() - 1], p) <= 0.0 {
            lower.pop();
        }
        lower.push(p);
    }
    let mut upper: Vec<[f64; 2]> = Vec::new();
    for &p in pts.iter().rev() {
        while upper.len() >= 2 && cross(upper[upper.len() - 2], upper[upper.len() - 1], p) <= 0.0 {
            upper.pop();
        }
        upper.push(p);
    }
    lower.pop();
    upper.pop();
    lower.extend(upper);
    lower
}

/// The convex city outline in the local plane (km), counter-clockwise, open ring.
///
/// An ellipse with gentle irregularities, snapped to the WGS84 grid so that
/// outline vertices are exactly representable after conversion.
pub fn city_outline() -> Vec<[f64; 2]> {
    let n = 36;
    let pts: Vec<[f64; 2]> = (0..n)
        .map(|k| {
            let t = (k as f64) / (n as f64) * std::f64::consts::TAU;
            let r = 1.0 + 0.07 * (2.0 * t + 1.0).sin() + 0.04 * (3.0 * t + 0.5).cos();
            [RADIUS_X_KM * r * t.cos(), RADIUS_Y_KM * r * t.sin()]
        })
        .collect();
    convex_hull(pts)
        .into_iter()
        .map(|p| to_local(to_lonlat(p)))
        .collect()
}

/// Normalised radial position of a local point: 0 at the centre, about 1 at the outline.
pub fn normalised_radius(p: [f64; 2]) -> f64 {
    ((p[0] / RADIUS_X_KM).powi(2) + (p[1] / RADIUS_Y_KM).powi(2)).sqrt()
}

/// Draws `n` well-spaced seed points inside the outline, denser towards the centre
/// (Mitchell's best-candidate sampling with a radius-dependent spacing scale).
pub fn seed_points(rng: &mut ChaCha8Rng, outline: &[[f64; 2]], n: usize) -> Vec<[f64; 2]> {
    let candidates = if n > 500 { 4 } else { 14 };
    let scale = |p: [f64; 2]| 0.45 + normalised_radius(p);
    let mut seeds: Vec<[f64; 2]> = Vec::with_capacity(n);
    while seeds.len() < n {
        let mut best: Option<([f64; 2], f64)> = None;
        for _ in 0..candidates {
            let p = loop {
                let p = [
                    rng.gen_range(-RADIUS_X_KM * 1.15..RADIUS_X_KM * 1.15),
                    rng.gen_range(-RADIUS_Y_KM * 1.15..RADIUS_Y_KM * 1.15),
                ];
                if point_in_ring(p, outline) {
                    break p;
                }
            };
            let d2 = seeds
                .iter()
                .map(|s| (s[0] - p[0]).powi(2) + (s[1] - p[1]).powi(2))
                .fold(f64::INFINITY, f64::min);
            let score = d2.sqrt() / scale(p);
            if best.is_none_or(|(_, b)| score > b) {
                best = Some((p, score));
            }
        }
        if let Some((p, _)) = best {
            seeds.push(p);
        }
    }
    seeds
}

/// A supporting line of a cell edge.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Line {
    /// Perpendicular bisector between seeds `.0 < .1`.
    Bisector(usize, usize),
    /// Outline edge starting at outline vertex `.0`.
    Outline(usize),
}

/// Symbolic identity of a tessellation vertex.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum VKey {
    /// Outline vertex.
    Corner(usize),
    /// Intersection of the bisector of two seeds with an outline edge.
    Edge(usize, usize, usize),
    /// Circumcentre of three seeds.
    Triple(usize, usize, usize),
}

fn bisector(i: usize, j: usize) -> Line {
    Line::Bisector(i.min(j), i.max(j))
}

fn vertex_key(a: Line, b: Line) -> Option<VKey> {
    match (a, b) {
        (Line::Outline(_), Line::Outline(e2)) => Some(VKey::Corner(e2)),
        (Line::Bisector(i, j), Line::Outline(e)) | (Line::Outline(e), Line::Bisector(i, j)) => {
            Some(VKey::Edge(i, j, e))
        }
        (Line::Bisector(i, j), Line::Bisector(k, l)) => {
            let mut v = [i, j, k, l];
            v.sort_unstable();
            let mut u: Vec<usize> = v.to_vec();
            u.dedup();
            if u.len() == 3 {
                Some(VKey::Triple(u[0], u[1], u[2]))
            } else {
                None
            }
        }
    }
}

/// Intersection point of segment a–b with the bisector half-plane boundary.
fn intersect(a: [f64; 2], fa: f64, b: [f64; 2], fb: f64) -> [f64; 2] {
    let t = fa / (fa - fb);
    [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])]
}

fn circumcentre(a: [f64; 2], b: [f64; 2], c: [f64; 2]) -> [f64; 2] {
    let d = 2.0 * (a[0] * (b[1] - c[1]) + b[0] * (c[1] - a[1]) + c[0] * (a[1] - b[1]));
    let a2 = a[0] * a[0] + a[1] * a[1];
    let b2 = b[0] * b[0] + b[1] * b[1];
    let c2 = c[0] * c[0] + c[1] * c[1];
    [
        (a2 * (b[1] - c[1]) + b2 * (c[1] - a[1]) + c2 * (a[1] - b[1])) / d,
        (a2 * (c[0] - b[0]) + b2 * (a[0] - c[0]) + c2 * (b[0] - a[0])) / d,
    ]
}

/// Intersection of the bisector of `p`,`q` with the infinite line through `a`,`b`.
fn bisector_line_intersection(p: [f64; 2], q: [f64; 2], a: [f64; 2], b: [f64; 2]) -> [f64; 2] {
    let m = [(p[0] + q[0]) / 2.0, (p[1] + q[1]) / 2.0];
    let n = [q[0] - p[0], q[1] - p[1]];
    let fa = (a[0] - m[0]) * n[0] + (a[1] - m[1]) * n[1];
    let fb = (b[0] - m[0]) * n[0] + (b[1] - m[1]) * n[1];
    if (fa - fb).abs() < 1e-300 {
        return a;
    }
    intersect(a, fa, b, fb)
}

/// One Voronoi cell as closed WGS84 ring.
pub struct Cell {
    /// WGS84 exterior ring, counter-clockwise, closed (first == last).
    pub ring: Vec<Coord<f64>>,
}

impl Cell {
    /// The cell as a geo-types multipolygon.
    pub fn to_multipolygon(&self) -> MultiPolygon<f64> {
        MultiPolygon(vec![Polygon::new(LineString(self.ring.clone()), vec![])])
    }
}

/// Computes the Voronoi tessellation of `seeds` clipped to the convex `outline`.
///
/// Cells are returned in seed order. Shared vertices are bit-identical.
pub fn voronoi(seeds: &[[f64; 2]], outline: &[[f64; 2]]) -> Vec<Cell> {
    let no = outline.len();
    let mut cache: HashMap<VKey, Coord<f64>> = HashMap::new();
    let mut cells = Vec::with_capacity(seeds.len());
    for (i, &s) in seeds.iter().enumerate() {
        // Polygon as (vertex, line of the edge leaving that vertex).
        let mut poly: Vec<([f64; 2], Line)> = outline
            .iter()
            .enumerate()
            .map(|(k, &p)| (p, Line::Outline(k)))
            .collect();
        let mut others: Vec<(f64, usize)> = seeds
            .iter()
            .enumerate()
            .filter(|&(j, _)| j != i)
            .map(|(j, q)| ((q[0] - s[0]).powi(2) + (q[1] - s[1]).powi(2), j))
            .collect();
        others.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        for (d2, j) in others {
            let reach2 = poly
                .iter()
                .map(|(p, _)| (p[0] - s[0]).powi(2) + (p[1] - s[1]).powi(2))
                .fold(0.0, f64::max);
            if d2 > 4.0 * reach2 {
                break;
            }
            poly = clip(&poly, s, seeds[j], bisector(i, j));
            if poly.is_empty() {
                break;
            }
        }
        let m = poly.len();
        let mut ring: Vec<Coord<f64>> = Vec::with_capacity(m + 1);
        for k in 0..m {
            let incoming = poly[(k + m - 1) % m].1;
            let outgoing = poly[k].1;
            let c = match vertex_key(incoming, outgoing) {
                Some(key) => *cache
                    .entry(key)
                    .or_insert_with(|| canonical(key, seeds, outline, no)),
                None => to_lonlat(poly[k].0),
            };
            if ring.last() != Some(&c) {
                ring.push(c);
            }
        }
        while ring.len() > 1 && ring.first() == ring.last() {
            ring.pop();
        }
        if let Some(&first) = ring.first() {
            ring.push(first);
        }
        cells.push(Cell { ring });
    }
    cells
}

fn canonical(key: VKey, seeds: &[[f64; 2]], outline: &[[f64; 2]], no: usize) -> Coord<f64> {
    let p = match key {
        VKey::Corner(e) => outline[e % no],
        VKey::Edge(i, j, e) => {
            bisector_line_intersection(seeds[i], seeds[j], outline[e % no], outline[(e + 1) % no])
        }
        VKey::Triple(i, j, k) => circumcentre(seeds[i], seeds[j], seeds[k]),
    };
    to_lonlat(p)
}

/// Clips a convex polygon to the half-plane of points closer to `s` than to `q`.
fn clip(poly: &[([f64; 2], Line)], s: [f64; 2], q: [f64; 2], line: Line) -> Vec<([f64; 2], Line)> {
    let m = [(s[0] + q[0]) / 2.0, (s[1] + q[1]) / 2.0];
    let n = [q[0] - s[0], q[1] - s[1]];
    let f = |p: [f64; 2]| (p[0] - m[0]) * n[0] + (p[1] - m[1]) * n[1];
    let len = poly.len();
    let mut out: Vec<([f64; 2], Line)> = Vec::with_capacity(len + 2);
    let mut any_out = false;
    for k in 0..len {
        let (a, la) = poly[k];
        let (b, _) = poly[(k + 1) % len];
        let (fa, fb) = (f(a), f(b));
        let ina = fa <= 0.0;
        let inb = fb <= 0.0;
        if !ina {
            any_out = true;
        }
        if ina {
            out.push((a, la));
        }
        if ina != inb {
            let x = intersect(a, fa, b, fb);
            if ina {
                out.push((x, line));
            } else {
                out.push((x, la));
            }
        }
    }
    if !any_out {
        return poly.to_vec();
    }
    // Drop degenerate zero-length edges, keeping the later edge's line.
    let mut cleaned: Vec<([f64; 2], Line)> = Vec::with_capacity(out.len());
    for (p, l) in out {
        if let Some(last) = cleaned.last_mut()
            && (last.0[0] - p[0]).abs() < 1e-12
            && (last.0[1] - p[1]).abs() < 1e-12
        {
            last.1 = l;
            continue;
        }
        cleaned.push((p, l));
    }
    if cleaned.len() >= 2
        && let (Some(&(f0, _)), Some(&(pl, _))) = (cleaned.first(), cleaned.last())
        && (pl[0] - f0[0]).abs() < 1e-12
        && (pl[1] - f0[1]).abs() < 1e-12
    {
        // Zero-length closing edge: the first vertex keeps its own outgoing line.
        cleaned.pop();
    }
    if cleaned.len() < 3 {
        return Vec::new();
    }
    cleaned
}

/// Dissolves several cells (closed WGS84 rings with exactly shared vertices)
/// into one multipolygon by cancelling interior edges.
pub fn dissolve(rings: &[&[Coord<f64>]]) -> MultiPolygon<f64> {
    type K = (i64, i64);
    let key = |c: &Coord<f64>| -> K { ((c.x * 1e7).round() as i64, (c.y * 1e7).round() as i64) };
    let mut edges: Vec<(K, K, Coord<f64>, Coord<f64>)> = Vec::new();
    let mut count: HashMap<(K, K), usize> = HashMap::new();
    for ring in rings {
        for w in ring.windows(2) {
            let (a, b) = (key(&w[0]), key(&w[1]));
            if a == b {
                continue;
            }
            edges.push((a, b, w[0], w[1]));
            *count.entry((a, b)).or_insert(0) += 1;
        }
    }
    // Keep only edges whose reverse does not exist.
    let mut next: HashMap<K, Vec<(K, Coord<f64>)>> = HashMap::new();
    let mut starts: Vec<(K, Coord<f64>)> = Vec::new();
    for (a, b, ca, cb) in &edges {
        if count.contains_key(&(*b, *a)) {
            continue;
        }
        next.entry(*a).or_default().push((*b, *cb));
        starts.push((*a, *ca));
    }
    let mut out_rings: Vec<Vec<Coord<f64>>> = Vec::new();
    for (start, cstart) in starts {
        let Some(list) = next.get_mut(&start) else {
            continue;
        };
        if list.is_empty() {
            continue;
        }
        let mut ring = vec![cstart];
        let mut cur = start;
        let mut guard = 0usize;
        loop {
            guard += 1;
            let Some(list) = next.get_mut(&cur) else {
                break;
            };
            let Some((nk, nc)) = list.pop() else {
                break;
            };
            ring.push(nc);
            cur = nk;
            if cur == start || guard > edges.len() + 1 {
                break;
            }
        }
        if ring.len() >= 4 && ring.first() == ring.last() {
            out_rings.push(ring);
        }
    }
    let local = |r: &Vec<Coord<f64>>| -> Vec<[f64; 2]> {
        r[..r.len() - 1].iter().map(|c| [c.x, c.y]).collect()
    };
    type WithHoles = (Vec<Coord<f64>>, Vec<LineString<f64>>);
    let mut exteriors: Vec<WithHoles> = Vec::new();
    let mut holes: Vec<Vec<Coord<f64>>> = Vec::new();
    for r in out_rings {
        if signed_area(&local(&r)) > 0.0 {
            exteriors.push((r, Vec::new()));
        } else {
            holes.push(r);
        }
    }
    for h in holes {
        let p = [h[0].x, h[0].y];
        if let Some(ext) = exteriors
            .iter_mut()
            .find(|(e, _)| point_in_ring(p, &local(e)))
        {
            ext.1.push(LineString(h));
        }
    }
    // Deterministic order: by first coordinate.
    exteriors.sort_by(|a, b| {
        a.0[0]
            .x
            .total_cmp(&b.0[0].x)
            .then(a.0[0].y.total_cmp(&b.0[0].y))
    });
    MultiPolygon(
        exteriors
            .into_iter()
            .map(|(e, h)| Polygon::new(LineString(e), h))
            .collect(),
    )
}

/// Draws a uniformly random point inside a closed WGS84 ring.
pub fn random_point_in(rng: &mut ChaCha8Rng, ring: &[Coord<f64>]) -> [f64; 2] {
    let pts: Vec<[f64; 2]> = ring.iter().map(|c| [c.x, c.y]).collect();
    let (mut minx, mut miny, mut maxx, mut maxy) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
    for p in &pts {
        minx = minx.min(p[0]);
        miny = miny.min(p[1]);
        maxx = maxx.max(p[0]);
        maxy = maxy.max(p[1]);
    }
    if pts.len() < 4 || maxx <= minx || maxy <= miny {
        return pts.first().copied().unwrap_or([CENTER_LON, CENTER_LAT]);
    }
    for _ in 0..10_000 {
        let p = [rng.gen_range(minx..maxx), rng.gen_range(miny..maxy)];
        if point_in_ring(p, &pts) {
            return [round7(p[0]), round7(p[1])];
        }
    }
    let c = ring_centroid(&pts[..pts.len() - 1]);
    [round7(c[0]), round7(c[1])]
}
