//! Minimal WKB decoder (ISO and EWKB flavours) for polygonal geometries, plus the
//! GeoPackage binary header.

use crate::build::{RawGeometry, RawPolygon, RawRing};

/// Maximum nesting of geometry collections / multi geometries.
const MAX_DEPTH: usize = 4;

struct Cursor<'a> {
    buf: &'a [u8],
    pos: usize,
}

impl<'a> Cursor<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], String> {
        let end = self.pos.checked_add(n).ok_or("length overflow")?;
        let s = self
            .buf
            .get(self.pos..end)
            .ok_or_else(|| format!("WKB truncated at byte {}", self.pos))?;
        self.pos = end;
        Ok(s)
    }
    fn u8(&mut self) -> Result<u8, String> {
        Ok(self.take(1)?.first().copied().unwrap_or(0))
    }
    fn u32(&mut self, le: bool) -> Result<u32, String> {
        let b: [u8; 4] = self.take(4)?.try_into().map_err(|_| "short read")?;
        Ok(if le {
            u32::from_le_bytes(b)
        } else {
            u32::from_be_bytes(b)
        })
    }
    fn f64(&mut self, le: bool) -> Result<f64, String> {
        let b: [u8; 8] = self.take(8)?.try_into().map_err(|_| "short read")?;
        Ok(if le {
            f64::from_le_bytes(b)
        } else {
            f64::from_be_bytes(b)
        })
    }
    fn remaining(&self) -> usize {
        self.buf.len().saturating_sub(self.pos)
    }
}

/// Geometry header: (little endian, base type 1..7, number of ordinates per point).
fn header(c: &mut Cursor<'_>) -> Result<(bool, u32, usize), String> {
    let le = match c.u8()? {
        0 => false,
        1 => true,
        b => return Err(format!("invalid WKB byte order {b}")),
    };
    let raw = c.u32(le)?;
    let mut dims = 2;
    if raw & 0x8000_0000 != 0 {
        dims += 1;
    }
    if raw & 0x4000_0000 != 0 {
        dims += 1;
    }
    if raw & 0x2000_0000 != 0 {
        c.u32(le)?; // EWKB SRID
    }
    let iso = raw & 0x0FFF_FFFF;
    let (base, extra) = (iso % 1000, iso / 1000);
    dims += match extra {
        0 => 0,
        1 | 2 => 1,
        3 => 2,
        _ => return Err(format!("invalid WKB geometry type {raw}")),
    };
    Ok((le, base, dims))
}

fn ring(c: &mut Cursor<'_>, le: bool, dims: usize) -> Result<RawRing, String> {
    let n = c.u32(le)? as usize;
    let need = n.checked_mul(dims * 8).ok_or("ring size overflow")?;
    if need > c.remaining() {
        return Err(format!(
            "WKB ring claims {n} points but the data is shorter"
        ));
    }
    let mut pts = Vec::with_capacity(n);
    for _ in 0..n {
        let x = c.f64(le)?;
        let y = c.f64(le)?;
        for _ in 2..dims {
            c.f64(le)?;
        }
        pts.push((x, y));
    }
    Ok(pts)
}

fn polygon_body(c: &mut Cursor<'_>, le: bool, dims: usize) -> Result<RawPolygon, String> {
    let n = c.u32(le)? as usize;
    if n.saturating_mul(4) > c.remaining() {
        return Err(format!(
            "WKB polygon claims {n} rings but the data is shorter"
        ));
    }
    (0..n).map(|_| ring(c, le, dims)).collect()
}

fn type_name(base: u32) -> String {
    match base {
        1 => "Point",
        2 => "LineString",
        4 => "MultiPoint",
        5 => "MultiLineString",
        7 => "GeometryCollection",
        _ => "unknown",
    }
    .to_string()
}

fn geometry(c: &mut Cursor<'_>, depth: usize) -> Result<RawGeometry, String> {
    if depth > MAX_DEPTH {
        return Err("WKB nested too deeply".into());
    }
    let (le, base, dims) = header(c)?;
    match base {
        3 => {
            let p = polygon_body(c, le, dims)?;
            Ok(if p.is_empty() {
                RawGeometry::Empty
            } else {
                RawGeometry::Polygons(vec![p])
            })
        }
        6 => {
            let n = c.u32(le)? as usize;
            if n.saturating_mul(9) > c.remaining() {
                return Err(format!(
                    "WKB multipolygon claims {n} parts but the data is shorter"
                ));
            }
            let mut polys = Vec::with_capacity(n);
            for _ in 0..n {
                match geometry(c, depth + 1)? {
                    RawGeometry::Polygons(p) => polys.extend(p),
                    RawGeometry::Empty => {}
                    RawGeometry::Other(k) => {
                        return Ok(RawGeometry::Other(format!("MultiPolygon containing {k}")));
                    }
                    RawGeometry::Broken(e) => return Ok(RawGeometry::Broken(e)),
                }
            }
            Ok(if polys.is_empty() {
                RawGeometry::Empty
            } else {
                RawGeometry::Polygons(polys)
            })
        }
        1 | 2 | 4 | 5 | 7 => Ok(RawGeometry::Other(type_name(base))),
        other => Err(format!("unsupported WKB geometry type {other}")),
    }
}

/// Decodes a WKB geometry.
pub(crate) fn decode_wkb(bytes: &[u8]) -> RawGeometry {
    let mut c = Cursor { buf: bytes, pos: 0 };
    geometry(&mut c, 0).unwrap_or_else(RawGeometry::Broken)
}

/// Decodes a GeoPackage geometry blob (`GP` header + WKB). Returns the geometry and the
/// `srs_id` stored in the header.
pub(crate) fn decode_gpkg_blob(blob: &[u8]) -> (RawGeometry, Option<i32>) {
    let (Some(b"GP"), Some(&flags)) = (blob.get(0..2), blob.get(3)) else {
        return (
            RawGeometry::Broken(
                "geometry blob does not start with the GeoPackage 'GP' magic".into(),
            ),
            None,
        );
    };
    let le = flags & 1 == 1;
    let srs = blob
        .get(4..8)
        .and_then(|b| <[u8; 4]>::try_from(b).ok())
        .map(|b| {
            if le {
                i32::from_le_bytes(b)
            } else {
                i32::from_be_bytes(b)
            }
        });
    let env_len = match (flags >> 1) & 0x07 {
        0 => 0,
        1 => 32,
        2 | 3 => 48,
        4 => 64,
        e => {
            return (
                RawGeometry::Broken(format!("invalid GeoPackage envelope indicator {e}")),
                srs,
            );
        }
    };
    if flags & 0x10 != 0 {
        return (RawGeometry::Empty, srs);
    }
    match blob.get(8 + env_len..) {
        Some(wkb) => (decode_wkb(wkb), srs),
        None => (
            RawGeometry::Broken("GeoPackage geometry blob is truncated".into()),
            srs,
        ),
    }
}
