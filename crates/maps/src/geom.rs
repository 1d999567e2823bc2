//! Projection, simplification, quantisation and compact path encoding.

use geo_types::{LineString, MultiPolygon};

/// Bounding box in lon/lat.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Bounds {
    pub min_x: f64,
    pub min_y: f64,
    pub max_x: f64,
    pub max_y: f64,
}

impl Bounds {
    fn empty() -> Self {
        Self {
            min_x: f64::INFINITY,
            min_y: f64::INFINITY,
            max_x: f64::NEG_INFINITY,
            max_y: f64::NEG_INFINITY,
        }
    }

    fn add(&mut self, x: f64, y: f64) {
        if x.is_finite() && y.is_finite() {
            self.min_x = self.min_x.min(x);
            self.max_x = self.max_x.max(x);
            self.min_y = self.min_y.min(y);
            self.max_y = self.max_y.max(y);
        }
    }

    fn is_valid(&self) -> bool {
        self.min_x.is_finite() && self.max_x.is_finite()
    }
}

/// Bounding box of the exterior rings of all geometries (`None` when there is no finite
/// coordinate).
pub(crate) fn bounds<'a>(geoms: impl Iterator<Item = &'a MultiPolygon<f64>>) -> Option<Bounds> {
    let mut b = Bounds::empty();
    for mp in geoms {
        for poly in &mp.0 {
            for c in poly.exterior().coords() {
                b.add(c.x, c.y);
            }
        }
    }
    b.is_valid().then_some(b)
}

/// Equirectangular projection scaled by `cos(mean latitude)`, fitted into a box, y flipped.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Projection {
    min_lon: f64,
    max_lat: f64,
    kx: f64,
    scale: f64,
    x0: f64,
    y0: f64,
}

impl Projection {
    /// Fits `b` into a `max_w` × `max_h` box centred horizontally in `[x0, x0 + max_w]`,
    /// top at `y0`. Returns the projection and the drawn height.
    pub fn fit(b: &Bounds, x0: f64, y0: f64, max_w: f64, max_h: f64) -> (Self, f64) {
        let kx = ((b.min_y + b.max_y) / 2.0).to_radians().cos().max(1e-6);
        let span_x = ((b.max_x - b.min_x) * kx).max(1e-12);
        let span_y = (b.max_y - b.min_y).max(1e-12);
        let scale = (max_w / span_x).min(max_h / span_y);
        let w = span_x * scale;
        let h = span_y * scale;
        (
            Self {
                min_lon: b.min_x,
                max_lat: b.max_y,
                kx,
                scale,
                x0: x0 + (max_w - w) / 2.0,
                y0,
            },
            h,
        )
    }

    /// Projected position in px.
    #[inline]
    pub fn xy(&self, lon: f64, lat: f64) -> (f64, f64) {
        (
            self.x0 + (lon - self.min_lon) * self.kx * self.scale,
            self.y0 + (self.max_lat - lat) * self.scale,
        )
    }
}

/// Squared distance of `p` to the segment `a`–`b`.
#[inline]
fn seg_dist2(p: (f64, f64), a: (f64, f64), b: (f64, f64)) -> f64 {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let len2 = dx * dx + dy * dy;
    let t = if len2 > 0.0 {
        (((p.0 - a.0) * dx + (p.1 - a.1) * dy) / len2).clamp(0.0, 1.0)
    } else {
        0.0
    };
    let (qx, qy) = (a.0 + t * dx - p.0, a.1 + t * dy - p.1);
    qx * qx + qy * qy
}

/// Douglas–Peucker: which points to keep (first and last always).
fn douglas_peucker(pts: &[(f64, f64)], eps: f64) -> Vec<bool> {
    let n = pts.len();
    let mut keep = vec![false; n];
    if n == 0 {
        return keep;
    }
    keep[0] = true;
    keep[n - 1] = true;
    let eps2 = eps * eps;
    let mut stack = vec![(0usize, n - 1)];
    while let Some((s, e)) = stack.pop() {
        if e <= s + 1 {
            continue;
        }
        let (mut best, mut best_d) = (s, -1.0);
        for (i, p) in pts.iter().enumerate().take(e).skip(s + 1) {
            let d = seg_dist2(*p, pts[s], pts[e]);
            if d > best_d {
                best_d = d;
                best = i;
            }
        }
        if best_d > eps2 {
            keep[best] = true;
            stack.push((s, best));
            stack.push((best, e));
        }
    }
    keep
}

/// Quantises points to multiples of `quantum` tenths of a px, dropping consecutive
/// duplicates and the closing point. Units of the result: tenths of a px.
fn quantise(pts: impl Iterator<Item = (f64, f64)>, quantum: i64) -> Vec<(i64, i64)> {
    let q = quantum.max(1) as f64;
    let mut out: Vec<(i64, i64)> = Vec::new();
    for (x, y) in pts {
        let p = (
            ((x * 10.0 / q).round() * q) as i64,
            ((y * 10.0 / q).round() * q) as i64,
        );
        if out.last() != Some(&p) {
            out.push(p);
        }
    }
    while out.len() > 1 && out.first() == out.last() {
        out.pop();
    }
    out
}

/// Projects, simplifies (tolerance `eps` px) and quantises one ring; `None` when the ring
/// collapses to fewer than 3 distinct points at this scale.
fn ring_points(
    ring: &LineString<f64>,
    proj: &Projection,
    eps: f64,
    quantum: i64,
) -> Option<Vec<(i64, i64)>> {
    let mut pts: Vec<(f64, f64)> = ring
        .coords()
        .filter(|c| c.x.is_finite() && c.y.is_finite())
        .map(|c| proj.xy(c.x, c.y))
        .collect();
    if pts.len() < 3 {
        return None;
    }
    if pts.first() != pts.last() {
        pts.push(pts[0]);
    }
    let keep = douglas_peucker(&pts, eps);
    let simplified = quantise(
        pts.iter().zip(&keep).filter(|(_, k)| **k).map(|(p, _)| *p),
        quantum,
    );
    if simplified.len() >= 3 {
        return Some(simplified);
    }
    // Keep at least 4 points (3 distinct + closing) when the unsimplified ring has them.
    let full = quantise(pts.iter().copied(), quantum);
    (full.len() >= 3).then_some(full)
}

/// Appends a number given in tenths, with a separator when needed.
fn push_tenths(out: &mut String, v: i64, need_sep: bool) {
    if need_sep && v >= 0 {
        out.push(' ');
    }
    if v < 0 {
        out.push('-');
    }
    let a = v.unsigned_abs();
    let (int, frac) = (a / 10, a % 10);
    if int > 0 || frac == 0 {
        out.push_str(itoa(int).as_str());
    }
    if frac != 0 {
        out.push('.');
        out.push(char::from(b'0' + frac as u8));
    }
}

fn itoa(v: u64) -> String {
    v.to_string()
}

/// Path data for a multipolygon: relative commands (`M`/`m`, implicit `l`, `z`),
/// coordinates simplified with tolerance `eps` px and quantised to `quantum` tenths of a px
/// (1 = 0.1 px, 10 = whole px). Use with `fill-rule="evenodd"`. Empty when everything
/// collapses.
pub(crate) fn path_data(
    mp: &MultiPolygon<f64>,
    proj: &Projection,
    eps: f64,
    quantum: i64,
) -> String {
    let mut d = String::new();
    let mut start: Option<(i64, i64)> = None;
    for poly in &mp.0 {
        let rings = std::iter::once(poly.exterior()).chain(poly.interiors().iter());
        for ring in rings {
            let Some(pts) = ring_points(ring, proj, eps, quantum) else {
                continue;
            };
            let first = pts[0];
            match start {
                None => {
                    d.push('M');
                    push_tenths(&mut d, first.0, false);
                    push_tenths(&mut d, first.1, true);
                }
                Some(s) => {
                    d.push('m');
                    push_tenths(&mut d, first.0 - s.0, false);
                    push_tenths(&mut d, first.1 - s.1, true);
                }
            }
            start = Some(first);
            d.push('l');
            let mut prev = first;
            let mut sep = false;
            for p in &pts[1..] {
                push_tenths(&mut d, p.0 - prev.0, sep);
                push_tenths(&mut d, p.1 - prev.1, true);
                sep = true;
                prev = *p;
            }
            d.push('z');
        }
    }
    d
}

#[cfg(test)]
mod tests {
    use super::*;
    use geo_types::{Polygon, polygon};

    #[test]
    fn tenths() {
        let mut s = String::new();
        push_tenths(&mut s, 123, false);
        push_tenths(&mut s, -5, true);
        push_tenths(&mut s, 5, true);
        push_tenths(&mut s, 0, true);
        push_tenths(&mut s, 40, true);
        assert_eq!(s, "12.3-.5 .5 0 4");
    }

    #[test]
    fn square_with_hole() {
        let p: Polygon<f64> = polygon!(
            exterior: [(x: 0.0, y: 0.0), (x: 10.0, y: 0.0), (x: 10.0, y: 10.0), (x: 0.0, y: 10.0), (x: 0.0, y: 0.0)],
            interiors: [[(x: 4.0, y: 4.0), (x: 6.0, y: 4.0), (x: 6.0, y: 6.0), (x: 4.0, y: 6.0), (x: 4.0, y: 4.0)]],
        );
        let mp = MultiPolygon(vec![p]);
        let b = bounds(std::iter::once(&mp)).expect("bounds");
        // Treat as planar (equator): kx ≈ cos(5°).
        let (proj, h) = Projection::fit(&b, 0.0, 0.0, 100.0, 100.0);
        assert!((h - 100.0).abs() < 1e-9);
        let d = path_data(&mp, &proj, 0.5, 1);
        assert_eq!(d.matches('z').count(), 2);
        assert!(d.starts_with('M'));
        assert!(d.contains('m'));
    }

    #[test]
    fn small_ring_keeps_four_points() {
        // A 3 px wide wobbly ring: simplification at 2 px would collapse it to a line, but
        // the ring keeps at least 3 distinct points (4 with the closing `z`).
        let pts: Vec<(f64, f64)> = (0..=12)
            .map(|k| {
                let a = f64::from(k) / 12.0 * std::f64::consts::TAU;
                (50.0 + 1.5 * a.cos(), 50.0 + 0.3 * a.sin())
            })
            .collect();
        let big = LineString::from(vec![
            (0.0, 0.0),
            (100.0, 0.0),
            (100.0, 100.0),
            (0.0, 100.0),
            (0.0, 0.0),
        ]);
        let b = Bounds {
            min_x: 0.0,
            min_y: 0.0,
            max_x: 100.0,
            max_y: 100.0,
        };
        let (proj, _) = Projection::fit(&b, 0.0, 0.0, 100.0, 100.0);
        let ring = ring_points(&LineString::from(pts), &proj, 2.0, 1).expect("kept");
        assert!(ring.len() >= 3);
        assert!(ring_points(&big, &proj, 0.5, 10).is_some_and(|r| r.len() == 4));
        // A sub-pixel ring at integer precision collapses and is left out.
        let tiny = LineString::from(vec![(50.0, 50.0), (50.1, 50.0), (50.1, 50.1), (50.0, 50.0)]);
        assert!(ring_points(&tiny, &proj, 0.5, 10).is_none());
    }

    #[test]
    fn collinear_points_removed() {
        let pts: Vec<(f64, f64)> = (0..=10).map(|i| (f64::from(i), 0.0)).collect();
        let keep = douglas_peucker(&pts, 0.5);
        assert_eq!(keep.iter().filter(|k| **k).count(), 2);
    }
}
