//! Geometry validation (ring closure, ring size, self-intersection, holes) and the
//! neighbour/island helpers.

use geo::{BoundingRect, Distance, Euclidean, Intersects};
use geo_types::{Coord, LineString, Polygon, Rect};

use crate::build::{RawPolygon, RawRing};
use crate::model::{AreaLayer, Collector};

/// Maximum number of segment-pair comparisons per polygon before the self-intersection
/// test gives up (guards against adversarial inputs; real boundaries need far fewer).
const MAX_PAIR_TESTS: usize = 20_000_000;

/// Checks the rings of one raw polygon. Returns the rings (closed) if the polygon can be
/// used at all; sets `ok` to false and records problems otherwise or when it is invalid.
pub(crate) fn check_polygon_rings(
    poly: RawPolygon,
    label: &str,
    row: usize,
    problems: &mut Collector,
    ok: &mut bool,
) -> Option<Vec<RawRing>> {
    let field = Some("geometry");
    let mut rings: Vec<RawRing> = Vec::with_capacity(poly.len());
    for (ri, mut ring) in poly.into_iter().enumerate() {
        let which = if ri == 0 {
            "exterior ring".to_string()
        } else {
            format!("interior ring {ri}")
        };
        if let Some((x, y)) = ring.iter().find(|(x, y)| !x.is_finite() || !y.is_finite()) {
            problems.error(
                Some(row),
                field,
                format!("{label}: {which} has a non-finite coordinate ({x}, {y})"),
            );
            *ok = false;
            if ri == 0 {
                return None;
            }
            continue;
        }
        if ring.is_empty() {
            if ri == 0 {
                problems.error(Some(row), field, format!("{label}: empty exterior ring"));
                *ok = false;
                return None;
            }
            continue;
        }
        let (first, last) = (ring.first().copied(), ring.last().copied());
        if first != last {
            if let (Some(f), Some(l)) = (first, last) {
                problems.error(
                    Some(row),
                    field,
                    format!(
                        "{label}: {which} is not closed (starts at ({}, {}), ends at ({}, {}))",
                        f.0, f.1, l.0, l.1
                    ),
                );
                ring.push(f);
            }
            *ok = false;
        }
        let distinct = distinct_len(&ring);
        if distinct < 4 {
            problems.error(
                Some(row),
                field,
                format!(
                    "{label}: {which} has only {} distinct point(s); a ring needs at least 3 plus the closing point",
                    distinct.saturating_sub(1)
                ),
            );
            *ok = false;
            if ri == 0 {
                return None;
            }
            continue;
        }
        rings.push(ring);
    }
    if rings.is_empty() {
        return None;
    }
    if let Some(msg) = find_self_intersection(&rings) {
        problems.error(Some(row), field, format!("{label}: invalid polygon: {msg}"));
        *ok = false;
    } else if let Some(msg) = find_hole_outside(&rings) {
        problems.error(Some(row), field, format!("{label}: invalid polygon: {msg}"));
        *ok = false;
    }
    Some(rings)
}

/// Number of points of a ring after removing consecutive repeated points (as
/// `Vec::dedup` would leave).
fn distinct_len(ring: &[(f64, f64)]) -> usize {
    match ring.split_first() {
        None => 0,
        Some((first, rest)) => {
            let mut prev = first;
            let mut n = 1;
            for p in rest {
                if p != prev {
                    n += 1;
                }
                prev = p;
            }
            n
        }
    }
}

#[derive(Clone, Copy)]
struct Seg {
    ring: usize,
    idx: usize,
    n: usize,
    a: (f64, f64),
    b: (f64, f64),
    min_x: f64,
    max_x: f64,
}

fn orient(p: (f64, f64), q: (f64, f64), r: (f64, f64)) -> f64 {
    (q.0 - p.0) * (r.1 - p.1) - (q.1 - p.1) * (r.0 - p.0)
}

fn on_segment(p: (f64, f64), q: (f64, f64), r: (f64, f64)) -> bool {
    // r collinear with p-q: is it within the bounding box?
    r.0 >= p.0.min(q.0) && r.0 <= p.0.max(q.0) && r.1 >= p.1.min(q.1) && r.1 <= p.1.max(q.1)
}

/// Returns a description of the first crossing, overlap or self-touch between ring
/// segments, or None. Touching between different rings at single points is allowed.
pub(crate) fn find_self_intersection(rings: &[RawRing]) -> Option<String> {
    let mut segs: Vec<Seg> = Vec::with_capacity(rings.iter().map(Vec::len).sum());
    for (ri, ring) in rings.iter().enumerate() {
        // Segments between consecutive distinct points (repeated points are skipped).
        let n = distinct_len(ring).saturating_sub(1);
        let mut pts = ring.iter().copied();
        let Some(mut a) = pts.next() else { continue };
        let mut i = 0;
        for b in pts {
            if b == a {
                continue;
            }
            segs.push(Seg {
                ring: ri,
                idx: i,
                n,
                a,
                b,
                min_x: a.0.min(b.0),
                max_x: a.0.max(b.0),
            });
            i += 1;
            a = b;
        }
    }
    segs.sort_by(|s, t| s.min_x.total_cmp(&t.min_x));
    let mut tests = 0usize;
    for (i, s) in segs.iter().enumerate() {
        for t in segs.iter().skip(i + 1) {
            if t.min_x > s.max_x {
                break;
            }
            tests += 1;
            if tests > MAX_PAIR_TESTS {
                return None;
            }
            if s.a.1.max(s.b.1) < t.a.1.min(t.b.1) || t.a.1.max(t.b.1) < s.a.1.min(s.b.1) {
                continue;
            }
            let same_ring = s.ring == t.ring;
            let adjacent = same_ring
                && (s.idx.abs_diff(t.idx) == 1
                    || (s.idx == 0 && t.idx + 1 == t.n)
                    || (t.idx == 0 && s.idx + 1 == s.n));
            let o1 = orient(s.a, s.b, t.a);
            let o2 = orient(s.a, s.b, t.b);
            let o3 = orient(t.a, t.b, s.a);
            let o4 = orient(t.a, t.b, s.b);
            let where_ = |p: (f64, f64)| format!("near ({}, {})", p.0, p.1);
            if o1 * o2 < 0.0 && o3 * o4 < 0.0 {
                let kind = if same_ring {
                    "ring crosses itself"
                } else {
                    "rings cross each other"
                };
                return Some(format!("{kind} {}", where_(s.a)));
            }
            if o1 == 0.0 && o2 == 0.0 && o3 == 0.0 && o4 == 0.0 {
                // Collinear: overlapping by more than a point?
                let overlap = if (s.a.0 - s.b.0).abs() >= (s.a.1 - s.b.1).abs() {
                    s.max_x.min(t.max_x) - s.min_x.max(t.min_x)
                } else {
                    s.a.1.max(s.b.1).min(t.a.1.max(t.b.1)) - s.a.1.min(s.b.1).max(t.a.1.min(t.b.1))
                };
                if overlap > 0.0 {
                    return Some(format!("overlapping boundary segments {}", where_(t.a)));
                }
            }
            if same_ring && !adjacent {
                let touch = (o1 == 0.0 && on_segment(s.a, s.b, t.a))
                    || (o2 == 0.0 && on_segment(s.a, s.b, t.b))
                    || (o3 == 0.0 && on_segment(t.a, t.b, s.a))
                    || (o4 == 0.0 && on_segment(t.a, t.b, s.b));
                if touch {
                    return Some(format!("ring touches itself {}", where_(t.a)));
                }
            }
        }
    }
    None
}

/// Checks that every interior ring lies inside the exterior ring.
fn find_hole_outside(rings: &[RawRing]) -> Option<String> {
    use geo::coordinate_position::{CoordPos, CoordinatePosition};
    let exterior = rings.first()?;
    let shell = Polygon::new(
        LineString::from(
            exterior
                .iter()
                .map(|&(x, y)| Coord { x, y })
                .collect::<Vec<_>>(),
        ),
        vec![],
    );
    for (i, hole) in rings.iter().enumerate().skip(1) {
        for &(x, y) in hole.iter().take(8) {
            match shell.coordinate_position(&Coord { x, y }) {
                CoordPos::Outside => {
                    return Some(format!(
                        "interior ring {i} lies outside the exterior ring (point ({x}, {y}))"
                    ));
                }
                CoordPos::Inside => break,
                CoordPos::OnBoundary => {}
            }
        }
    }
    None
}

/// For each area, the indices of the areas whose boundaries touch or overlap it (queen
/// contiguity), or lie within `tolerance` (in degrees; 0 for exact touching).
pub fn neighbours(layer: &AreaLayer, tolerance: f64) -> Vec<Vec<usize>> {
    let tol = if tolerance.is_finite() && tolerance > 0.0 {
        tolerance
    } else {
        0.0
    };
    let boxes: Vec<Option<Rect<f64>>> = layer
        .areas
        .iter()
        .map(|a| a.geometry.bounding_rect())
        .collect();
    let mut order: Vec<usize> = (0..layer.areas.len())
        .filter(|i| boxes.get(*i).is_some_and(Option::is_some))
        .collect();
    let min_x = |i: usize| {
        boxes
            .get(i)
            .copied()
            .flatten()
            .map_or(f64::NAN, |r| r.min().x)
    };
    order.sort_by(|a, b| min_x(*a).total_cmp(&min_x(*b)));
    let mut out = vec![Vec::new(); layer.areas.len()];
    for (k, &i) in order.iter().enumerate() {
        let (Some(Some(bi)), Some(ai)) = (boxes.get(i), layer.areas.get(i)) else {
            continue;
        };
        for &j in order.iter().skip(k + 1) {
            let (Some(Some(bj)), Some(aj)) = (boxes.get(j), layer.areas.get(j)) else {
                continue;
            };
            if bj.min().x > bi.max().x + tol {
                break;
            }
            if bj.min().y > bi.max().y + tol || bi.min().y > bj.max().y + tol {
                continue;
            }
            let touching = ai.geometry.intersects(&aj.geometry)
                || (tol > 0.0
                    && ai
                        .geometry
                        .iter()
                        .any(|p| aj.geometry.iter().any(|q| Euclidean::distance(p, q) <= tol)));
            if touching {
                if let Some(v) = out.get_mut(i) {
                    v.push(j);
                }
                if let Some(v) = out.get_mut(j) {
                    v.push(i);
                }
            }
        }
    }
    for v in &mut out {
        v.sort_unstable();
    }
    out
}

/// Ids of areas without any neighbour (see [`neighbours`]); the caller decides whether
/// that is a problem (e.g. a real island, or a gap in the data).
pub fn islands(layer: &AreaLayer, tolerance: f64) -> Vec<String> {
    neighbours(layer, tolerance)
        .iter()
        .zip(&layer.areas)
        .filter(|(n, _)| n.is_empty())
        .map(|(_, a)| a.id.clone())
        .collect()
}
