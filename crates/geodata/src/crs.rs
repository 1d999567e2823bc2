//! Coordinate reference systems and reprojection to WGS84 longitude/latitude in pure Rust.
//!
//! Supported:
//! * geographic lon/lat on WGS84/ETRS89/GRS80 (EPSG:4326, OGC CRS84, EPSG:4258) — passthrough,
//! * Web Mercator (EPSG:3857, 900913, 3785),
//! * transverse Mercator on GRS80/WGS84: ETRS89/UTM 32N/33N (EPSG:25832, 25833), their
//!   zone-prefixed variants (EPSG:4647, 5650), WGS84/UTM 32N/33N (EPSG:32632, 32633),
//! * DHDN / 3-degree Gauss-Krüger zones 2–5 (EPSG:31466–31469) and DHDN geographic
//!   (EPSG:4314) with a 7-parameter Helmert datum shift (EPSG transformation 1777,
//!   position-vector convention; stated accuracy about 3 m — use a BeTA2007 grid for better),
//! * any transverse Mercator described by an OGC/ESRI WKT (`.prj`) with a GRS80, WGS84 or
//!   Bessel ellipsoid, or with an explicit `TOWGS84` clause.
//!
//! The transverse Mercator uses Krüger's series to sixth order in the third flattening
//! (Karney 2011), accurate to well below a millimetre within a few thousand kilometres of
//! the central meridian; the inverse latitude is solved by Newton iteration.
//! ETRS89 and WGS84 are treated as identical (as EPSG transformation 1149 does, ±1 m).

use std::fmt;

/// Errors while identifying or applying a CRS.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum CrsError {
    /// The EPSG code is not one of the supported systems.
    #[error(
        "unsupported CRS EPSG:{0} (supported: 4326, 4258, CRS84, 3857, 25832, 25833, 4647, 5650, 32632, 32633, 31466-31469, 4314)"
    )]
    UnsupportedEpsg(u32),
    /// The CRS text (GeoJSON name, WKT, user input) could not be understood.
    #[error("unrecognised CRS definition '{0}'")]
    Unrecognised(String),
    /// A coordinate could not be transformed (not finite, or outside the projection's domain).
    #[error("coordinate ({x}, {y}) cannot be transformed from {crs}")]
    BadCoordinate {
        /// Easting or longitude.
        x: f64,
        /// Northing or latitude.
        y: f64,
        /// Label of the source CRS.
        crs: String,
    },
}

/// A reference ellipsoid given by semi-major axis and flattening.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Ellipsoid {
    /// Semi-major axis in metres.
    pub a: f64,
    /// Flattening.
    pub f: f64,
}

impl Ellipsoid {
    /// GRS 1980 (ETRS89).
    pub const GRS80: Ellipsoid = Ellipsoid {
        a: 6_378_137.0,
        f: 1.0 / 298.257_222_101,
    };
    /// WGS 84.
    pub const WGS84: Ellipsoid = Ellipsoid {
        a: 6_378_137.0,
        f: 1.0 / 298.257_223_563,
    };
    /// Bessel 1841 (DHDN).
    pub const BESSEL1841: Ellipsoid = Ellipsoid {
        a: 6_377_397.155,
        f: 1.0 / 299.152_812_8,
    };

    fn e2(&self) -> f64 {
        self.f * (2.0 - self.f)
    }
}

/// A 7-parameter Helmert transformation to WGS84 (position-vector convention, as EPSG 9606).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Helmert {
    /// Translations in metres.
    pub t: [f64; 3],
    /// Rotations in arc-seconds.
    pub r: [f64; 3],
    /// Scale difference in parts per million.
    pub s_ppm: f64,
}

impl Helmert {
    /// DHDN → WGS84, EPSG transformation 1777 (Germany, accuracy about 3 m).
    pub const DHDN_TO_WGS84: Helmert = Helmert {
        t: [598.1, 73.7, 418.2],
        r: [0.202, 0.045, -2.455],
        s_ppm: 6.7,
    };

    fn apply(&self, p: [f64; 3]) -> [f64; 3] {
        let as_rad = std::f64::consts::PI / (180.0 * 3600.0);
        let (rx, ry, rz) = (self.r[0] * as_rad, self.r[1] * as_rad, self.r[2] * as_rad);
        let m = 1.0 + self.s_ppm * 1e-6;
        let [x, y, z] = p;
        [
            self.t[0] + m * (x - rz * y + ry * z),
            self.t[1] + m * (rz * x + y - rx * z),
            self.t[2] + m * (-ry * x + rx * y + z),
        ]
    }

    fn apply_inverse(&self, p: [f64; 3]) -> [f64; 3] {
        let inv = Helmert {
            t: [-self.t[0], -self.t[1], -self.t[2]],
            r: [-self.r[0], -self.r[1], -self.r[2]],
            s_ppm: -self.s_ppm,
        };
        inv.apply(p)
    }
}

/// Parameters of a transverse Mercator projection (latitude of origin 0).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TransverseMercator {
    /// Ellipsoid of the projection's datum.
    pub ellipsoid: Ellipsoid,
    /// Central meridian in degrees.
    pub lon0: f64,
    /// Scale factor on the central meridian.
    pub k0: f64,
    /// False easting in metres.
    pub false_easting: f64,
    /// False northing in metres.
    pub false_northing: f64,
    /// Datum shift to WGS84 (None: datum is WGS84/ETRS89-compatible).
    pub to_wgs84: Option<Helmert>,
}

/// How coordinates of a [`Crs`] map to WGS84.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Projection {
    /// Longitude/latitude in degrees on a WGS84-compatible datum (no change).
    LonLat,
    /// Longitude/latitude in degrees on another datum, shifted with a Helmert transformation.
    LonLatShifted {
        /// Ellipsoid of the source datum.
        ellipsoid: Ellipsoid,
        /// Shift to WGS84.
        to_wgs84: Helmert,
    },
    /// Spherical Web Mercator in metres.
    WebMercator,
    /// Transverse Mercator (UTM, Gauss-Krüger).
    TransverseMercator(TransverseMercator),
    /// Planar coordinates without georeference: kept unchanged (e.g. the PySAL examples).
    LocalPlanar,
}

/// A coordinate reference system that can be converted to WGS84 lon/lat.
#[derive(Debug, Clone, PartialEq)]
pub struct Crs {
    /// EPSG code if known.
    pub epsg: Option<u32>,
    /// Human-readable label, e.g. "EPSG:25833 ETRS89 / UTM zone 33N".
    pub label: String,
    /// The projection used to convert to WGS84.
    pub projection: Projection,
}

impl fmt::Display for Crs {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.label)
    }
}

fn utm(zone: u32, fe_prefix: f64) -> TransverseMercator {
    TransverseMercator {
        ellipsoid: Ellipsoid::GRS80,
        lon0: f64::from(zone) * 6.0 - 183.0,
        k0: 0.9996,
        false_easting: fe_prefix + 500_000.0,
        false_northing: 0.0,
        to_wgs84: None,
    }
}

fn gauss_krueger(zone: u32) -> TransverseMercator {
    TransverseMercator {
        ellipsoid: Ellipsoid::BESSEL1841,
        lon0: f64::from(zone) * 3.0,
        k0: 1.0,
        false_easting: f64::from(zone) * 1_000_000.0 + 500_000.0,
        false_northing: 0.0,
        to_wgs84: Some(Helmert::DHDN_TO_WGS84),
    }
}

impl Crs {
    /// WGS84 longitude/latitude (EPSG:4326 with lon/lat axis order, i.e. OGC CRS84).
    pub fn wgs84() -> Crs {
        Crs {
            epsg: Some(4326),
            label: "EPSG:4326 WGS 84 (lon/lat)".into(),
            projection: Projection::LonLat,
        }
    }

    /// Planar coordinates without georeference, kept unchanged.
    pub fn local_planar() -> Crs {
        Crs {
            epsg: None,
            label: "local planar coordinates (not georeferenced)".into(),
            projection: Projection::LocalPlanar,
        }
    }

    /// A supported CRS by EPSG code.
    pub fn from_epsg(code: u32) -> Result<Crs, CrsError> {
        let (label, projection) = match code {
            4326 => ("WGS 84", Projection::LonLat),
            4258 => ("ETRS89", Projection::LonLat),
            4314 => (
                "DHDN",
                Projection::LonLatShifted {
                    ellipsoid: Ellipsoid::BESSEL1841,
                    to_wgs84: Helmert::DHDN_TO_WGS84,
                },
            ),
            3857 | 900_913 | 3785 => ("WGS 84 / Pseudo-Mercator", Projection::WebMercator),
            25832 => (
                "ETRS89 / UTM zone 32N",
                Projection::TransverseMercator(utm(32, 0.0)),
            ),
            25833 => (
                "ETRS89 / UTM zone 33N",
                Projection::TransverseMercator(utm(33, 0.0)),
            ),
            4647 => (
                "ETRS89 / UTM zone 32N (zE-N)",
                Projection::TransverseMercator(utm(32, 32_000_000.0)),
            ),
            5650 => (
                "ETRS89 / UTM zone 33N (zE-N)",
                Projection::TransverseMercator(utm(33, 33_000_000.0)),
            ),
            32632 => (
                "WGS 84 / UTM zone 32N",
                Projection::TransverseMercator(TransverseMercator {
                    ellipsoid: Ellipsoid::WGS84,
                    ..utm(32, 0.0)
                }),
            ),
            32633 => (
                "WGS 84 / UTM zone 33N",
                Projection::TransverseMercator(TransverseMercator {
                    ellipsoid: Ellipsoid::WGS84,
                    ..utm(33, 0.0)
                }),
            ),
            31466 => (
                "DHDN / 3-degree Gauss-Kruger zone 2",
                Projection::TransverseMercator(gauss_krueger(2)),
            ),
            31467 => (
                "DHDN / 3-degree Gauss-Kruger zone 3",
                Projection::TransverseMercator(gauss_krueger(3)),
            ),
            31468 => (
                "DHDN / 3-degree Gauss-Kruger zone 4",
                Projection::TransverseMercator(gauss_krueger(4)),
            ),
            31469 => (
                "DHDN / 3-degree Gauss-Kruger zone 5",
                Projection::TransverseMercator(gauss_krueger(5)),
            ),
            other => return Err(CrsError::UnsupportedEpsg(other)),
        };
        Ok(Crs {
            epsg: Some(code),
            label: format!("EPSG:{code} {label}"),
            projection,
        })
    }

    /// Parses a CRS name as used in GeoJSON `crs` members and user input:
    /// `EPSG:25833`, `urn:ogc:def:crs:EPSG::25833`, `urn:ogc:def:crs:OGC:1.3:CRS84`,
    /// `http://www.opengis.net/def/crs/EPSG/0/25833`, or a bare number.
    pub fn from_name(name: &str) -> Result<Crs, CrsError> {
        let trimmed = name.trim();
        let lower = trimmed.to_ascii_lowercase();
        if lower.ends_with("crs84") || lower == "wgs84" || lower == "wgs 84" {
            let mut crs = Crs::wgs84();
            crs.label = "OGC CRS84 (WGS 84 lon/lat)".into();
            return Ok(crs);
        }
        if lower.contains("epsg") || lower.chars().all(|c| c.is_ascii_digit()) {
            let digits: String = lower
                .chars()
                .rev()
                .take_while(|c| c.is_ascii_digit())
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            if let Ok(code) = digits.parse::<u32>() {
                return Crs::from_epsg(code);
            }
        }
        Err(CrsError::Unrecognised(truncate(trimmed, 120)))
    }

    /// Parses an OGC WKT1/WKT2 or ESRI WKT definition (the content of a `.prj` file).
    ///
    /// A top-level EPSG authority code of a supported system is used directly; otherwise a
    /// transverse Mercator or geographic definition is built from its parameters.
    pub fn from_wkt(wkt: &str) -> Result<Crs, CrsError> {
        let wkt = wkt.trim().trim_start_matches('\u{feff}');
        let upper = wkt.to_ascii_uppercase();
        let is_projected = upper.starts_with("PROJCS")
            || upper.starts_with("PROJCRS")
            || upper.starts_with("PROJECTEDCRS");
        let is_geographic = upper.starts_with("GEOGCS")
            || upper.starts_with("GEOGCRS")
            || upper.starts_with("GEODCRS")
            || upper.starts_with("GEOGRAPHICCRS");
        if !is_projected && !is_geographic {
            return Err(CrsError::Unrecognised(truncate(wkt, 120)));
        }
        // The top-level authority is the last one in the text (WKT1 AUTHORITY, WKT2 ID).
        if let Some(code) = last_epsg_code(wkt)
            && let Ok(crs) = Crs::from_epsg(code)
        {
            return Ok(crs);
        }
        let name = first_quoted(wkt).unwrap_or_default();
        let spheroid = wkt_numbers_after(&upper, wkt, &["SPHEROID[", "ELLIPSOID["], 2);
        let ellipsoid = match spheroid.as_deref() {
            Some([a, invf, ..]) if *a > 6.0e6 && *a < 7.0e6 => Ellipsoid {
                a: *a,
                f: if *invf == 0.0 { 0.0 } else { 1.0 / invf },
            },
            _ => Ellipsoid::WGS84,
        };
        let towgs84 = wkt_numbers_after(&upper, wkt, &["TOWGS84["], 7).and_then(|v| match v[..] {
            [tx, ty, tz, rx, ry, rz, s, ..] => Some(Helmert {
                t: [tx, ty, tz],
                r: [rx, ry, rz],
                s_ppm: s,
            }),
            [tx, ty, tz] => Some(Helmert {
                t: [tx, ty, tz],
                r: [0.0; 3],
                s_ppm: 0.0,
            }),
            _ => None,
        });
        let is_wgs_like = (ellipsoid.a - 6_378_137.0).abs() < 0.5;
        let is_bessel = (ellipsoid.a - Ellipsoid::BESSEL1841.a).abs() < 0.5;
        let shift = match towgs84 {
            Some(h) if h.t.iter().chain(h.r.iter()).any(|v| *v != 0.0) || h.s_ppm != 0.0 => Some(h),
            _ if is_wgs_like => None,
            _ if is_bessel => Some(Helmert::DHDN_TO_WGS84),
            _ => {
                return Err(CrsError::Unrecognised(format!(
                    "datum of '{}' (ellipsoid a = {}) without TOWGS84",
                    truncate(&name, 80),
                    ellipsoid.a
                )));
            }
        };
        if is_geographic {
            let projection = match shift {
                None => Projection::LonLat,
                Some(to_wgs84) => Projection::LonLatShifted {
                    ellipsoid,
                    to_wgs84,
                },
            };
            return Ok(Crs {
                epsg: None,
                label: format!("{} (from WKT)", truncate(&name, 80)),
                projection,
            });
        }
        let method = wkt_quoted_after(&upper, wkt, &["PROJECTION[", "METHOD["])
            .unwrap_or_default()
            .to_ascii_lowercase()
            .replace([' ', '_', '-'], "");
        let param = |keys: &[&str]| -> Option<f64> { wkt_parameter(wkt, keys) };
        if method.contains("mercator")
            && (method.contains("auxiliary") || method.contains("pseudo"))
            || (method.contains("mercator") && name.to_ascii_lowercase().contains("pseudo"))
        {
            return Ok(Crs {
                epsg: None,
                label: format!("{} (from WKT)", truncate(&name, 80)),
                projection: Projection::WebMercator,
            });
        }
        if method.contains("transversemercator") || method.contains("gaussk") {
            let lat0 = param(&["latitude_of_origin", "latitude of natural origin"]).unwrap_or(0.0);
            if lat0 != 0.0 {
                return Err(CrsError::Unrecognised(format!(
                    "transverse Mercator with latitude of origin {lat0} in '{}'",
                    truncate(&name, 80)
                )));
            }
            let tm = TransverseMercator {
                ellipsoid,
                lon0: param(&["central_meridian", "longitude of natural origin"]).unwrap_or(0.0),
                k0: param(&["scale_factor", "scale factor at natural origin"]).unwrap_or(1.0),
                false_easting: param(&["false_easting", "false easting"]).unwrap_or(0.0),
                false_northing: param(&["false_northing", "false northing"]).unwrap_or(0.0),
                to_wgs84: shift,
            };
            if !(tm.k0 > 0.0 && tm.lon0.is_finite() && tm.false_easting.is_finite()) {
                return Err(CrsError::Unrecognised(truncate(wkt, 120)));
            }
            return Ok(Crs {
                epsg: None,
                label: format!("{} (from WKT)", truncate(&name, 80)),
                projection: Projection::TransverseMercator(tm),
            });
        }
        Err(CrsError::Unrecognised(format!(
            "projection method '{method}' in '{}'",
            truncate(&name, 80)
        )))
    }

    /// Whether this CRS is already WGS84 lon/lat (or local planar) so no conversion happens.
    pub fn is_identity(&self) -> bool {
        matches!(
            self.projection,
            Projection::LonLat | Projection::LocalPlanar
        )
    }

    /// Converts one coordinate of this CRS to WGS84 (longitude, latitude) in degrees.
    pub fn to_wgs84(&self, x: f64, y: f64) -> Result<(f64, f64), CrsError> {
        let bad = || CrsError::BadCoordinate {
            x,
            y,
            crs: self.label.clone(),
        };
        if !x.is_finite() || !y.is_finite() {
            return Err(bad());
        }
        let out = match &self.projection {
            Projection::LonLat | Projection::LocalPlanar => (x, y),
            Projection::LonLatShifted {
                ellipsoid,
                to_wgs84,
            } => shift_datum(*ellipsoid, *to_wgs84, x, y),
            Projection::WebMercator => {
                let r = 6_378_137.0;
                ((x / r).to_degrees(), (y / r).sinh().atan().to_degrees())
            }
            Projection::TransverseMercator(tm) => {
                let (lon, lat) = tm_inverse(tm, x, y);
                match tm.to_wgs84 {
                    Some(h) => shift_datum(tm.ellipsoid, h, lon, lat),
                    None => (lon, lat),
                }
            }
        };
        if out.0.is_finite() && out.1.is_finite() {
            Ok(out)
        } else {
            Err(bad())
        }
    }

    /// Converts WGS84 (longitude, latitude) in degrees to this CRS (used for tests and exports).
    pub fn from_wgs84(&self, lon: f64, lat: f64) -> Result<(f64, f64), CrsError> {
        let bad = || CrsError::BadCoordinate {
            x: lon,
            y: lat,
            crs: "WGS 84".into(),
        };
        if !lon.is_finite() || !lat.is_finite() {
            return Err(bad());
        }
        let out = match &self.projection {
            Projection::LonLat | Projection::LocalPlanar => (lon, lat),
            Projection::LonLatShifted {
                ellipsoid,
                to_wgs84,
            } => shift_datum_inverse(*ellipsoid, *to_wgs84, lon, lat),
            Projection::WebMercator => {
                let r = 6_378_137.0;
                let lat_r = lat.to_radians();
                (
                    lon.to_radians() * r,
                    r * (std::f64::consts::FRAC_PI_4 + lat_r / 2.0).tan().ln(),
                )
            }
            Projection::TransverseMercator(tm) => {
                let (lo, la) = match tm.to_wgs84 {
                    Some(h) => shift_datum_inverse(tm.ellipsoid, h, lon, lat),
                    None => (lon, lat),
                };
                tm_forward(tm, lo, la)
            }
        };
        if out.0.is_finite() && out.1.is_finite() {
            Ok(out)
        } else {
            Err(bad())
        }
    }
}

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(n).collect();
        t.push('…');
        t
    }
}

fn first_quoted(s: &str) -> Option<String> {
    let start = s.find('"')? + 1;
    let rest = s.get(start..)?;
    let end = rest.find('"')?;
    rest.get(..end).map(str::to_string)
}

/// Finds the last `AUTHORITY["EPSG","n"]` or `ID["EPSG",n]` in a WKT string.
fn last_epsg_code(wkt: &str) -> Option<u32> {
    let upper = wkt.to_ascii_uppercase();
    let mut best: Option<(usize, u32)> = None;
    for key in ["AUTHORITY[", "ID["] {
        let mut from = 0;
        while let Some(pos) = upper.get(from..).and_then(|s| s.find(key)) {
            let at = from + pos;
            let body_start = at + key.len();
            let body = upper.get(body_start..).unwrap_or("");
            let body = body
                .get(..body.find(']').unwrap_or(body.len()))
                .unwrap_or("");
            if body.trim_start().starts_with("\"EPSG\"") {
                let digits: String = body
                    .trim_start()
                    .get(6..)
                    .unwrap_or("")
                    .chars()
                    .filter(char::is_ascii_digit)
                    .collect();
                if let Ok(code) = digits.parse::<u32>()
                    && best.is_none_or(|(p, _)| at > p)
                {
                    best = Some((at, code));
                }
            }
            from = body_start;
        }
    }
    best.map(|(_, c)| c)
}

/// Returns the body text after the first occurrence of one of `keys` up to the closing bracket.
fn body_after<'a>(upper: &str, original: &'a str, keys: &[&str]) -> Option<&'a str> {
    let (pos, key) = keys
        .iter()
        .filter_map(|k| upper.find(k).map(|p| (p, *k)))
        .min_by_key(|(p, _)| *p)?;
    let rest = original.get(pos + key.len()..)?;
    // Stop at the first ']' that is not inside quotes, ignoring nested brackets.
    let mut in_quote = false;
    let mut depth = 0usize;
    for (i, c) in rest.char_indices() {
        match c {
            '"' => in_quote = !in_quote,
            '[' | '(' if !in_quote => depth += 1,
            ']' | ')' if !in_quote => {
                if depth == 0 {
                    return rest.get(..i);
                }
                depth -= 1;
            }
            _ => {}
        }
    }
    Some(rest)
}

fn wkt_quoted_after(upper: &str, original: &str, keys: &[&str]) -> Option<String> {
    first_quoted(body_after(upper, original, keys)?)
}

fn wkt_numbers_after(upper: &str, original: &str, keys: &[&str], min: usize) -> Option<Vec<f64>> {
    let body = body_after(upper, original, keys)?;
    let nums: Vec<f64> = split_top_level(body)
        .into_iter()
        .filter_map(|t| t.trim().parse::<f64>().ok())
        .collect();
    (nums.len() >= min).then_some(nums)
}

fn split_top_level(body: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut in_quote = false;
    let mut depth = 0usize;
    let mut start = 0;
    for (i, c) in body.char_indices() {
        match c {
            '"' => in_quote = !in_quote,
            '[' | '(' if !in_quote => depth += 1,
            ']' | ')' if !in_quote => depth = depth.saturating_sub(1),
            ',' if !in_quote && depth == 0 => {
                out.push(body.get(start..i).unwrap_or(""));
                start = i + 1;
            }
            _ => {}
        }
    }
    out.push(body.get(start..).unwrap_or(""));
    out
}

/// Finds `PARAMETER["name", value]` (WKT1) or `PARAMETER["name", value, …]` (WKT2).
fn wkt_parameter(wkt: &str, names: &[&str]) -> Option<f64> {
    let upper = wkt.to_ascii_uppercase();
    let mut from = 0;
    while let Some(pos) = upper.get(from..).and_then(|s| s.find("PARAMETER[")) {
        let start = from + pos + "PARAMETER[".len();
        let body = body_after(
            upper.get(from + pos..)?,
            wkt.get(from + pos..)?,
            &["PARAMETER["],
        )?;
        let parts = split_top_level(body);
        if let (Some(n), Some(v)) = (parts.first(), parts.get(1)) {
            let n = n.trim().trim_matches('"').to_ascii_lowercase();
            if names.iter().any(|k| n == *k)
                && let Ok(v) = v.trim().parse::<f64>()
            {
                return Some(v);
            }
        }
        from = start;
    }
    None
}

// ---------------------------------------------------------------------------------------
// Transverse Mercator (Krüger series, Karney 2011)

fn tm_series(f: f64) -> (f64, [f64; 6], [f64; 6]) {
    let n = f / (2.0 - f);
    let n2 = n * n;
    let n3 = n2 * n;
    let n4 = n3 * n;
    let n5 = n4 * n;
    let n6 = n5 * n;
    let a_factor = (1.0 + n2 / 4.0 + n4 / 64.0 + n6 / 256.0) / (1.0 + n);
    let alpha = [
        n / 2.0 - 2.0 * n2 / 3.0 + 5.0 * n3 / 16.0 + 41.0 * n4 / 180.0 - 127.0 * n5 / 288.0
            + 7891.0 * n6 / 37800.0,
        13.0 * n2 / 48.0 - 3.0 * n3 / 5.0 + 557.0 * n4 / 1440.0 + 281.0 * n5 / 630.0
            - 1_983_433.0 * n6 / 1_935_360.0,
        61.0 * n3 / 240.0 - 103.0 * n4 / 140.0
            + 15061.0 * n5 / 26880.0
            + 167_603.0 * n6 / 181_440.0,
        49561.0 * n4 / 161_280.0 - 179.0 * n5 / 168.0 + 6_601_661.0 * n6 / 7_257_600.0,
        34729.0 * n5 / 80640.0 - 3_418_889.0 * n6 / 1_995_840.0,
        212_378_941.0 * n6 / 319_334_400.0,
    ];
    let beta = [
        n / 2.0 - 2.0 * n2 / 3.0 + 37.0 * n3 / 96.0 - n4 / 360.0 - 81.0 * n5 / 512.0
            + 96199.0 * n6 / 604_800.0,
        n2 / 48.0 + n3 / 15.0 - 437.0 * n4 / 1440.0 + 46.0 * n5 / 105.0
            - 1_118_711.0 * n6 / 3_870_720.0,
        17.0 * n3 / 480.0 - 37.0 * n4 / 840.0 - 209.0 * n5 / 4480.0 + 5569.0 * n6 / 90720.0,
        4397.0 * n4 / 161_280.0 - 11.0 * n5 / 504.0 - 830_251.0 * n6 / 7_257_600.0,
        4583.0 * n5 / 161_280.0 - 108_847.0 * n6 / 3_991_680.0,
        20_648_693.0 * n6 / 638_668_800.0,
    ];
    (a_factor, alpha, beta)
}

fn conformal_tau(tau: f64, e: f64) -> f64 {
    let sigma = (e * (e * tau / (1.0 + tau * tau).sqrt()).atanh()).sinh();
    tau * (1.0 + sigma * sigma).sqrt() - sigma * (1.0 + tau * tau).sqrt()
}

fn tm_forward(tm: &TransverseMercator, lon: f64, lat: f64) -> (f64, f64) {
    let (a_factor, alpha, _) = tm_series(tm.ellipsoid.f);
    let big_a = tm.ellipsoid.a * a_factor;
    let e = tm.ellipsoid.e2().sqrt();
    let lam = (lon - tm.lon0).to_radians();
    let tau = lat.to_radians().tan();
    let taup = conformal_tau(tau, e);
    let xip = taup.atan2(lam.cos());
    let etap = (lam.sin() / (taup * taup + lam.cos() * lam.cos()).sqrt()).asinh();
    let mut xi = xip;
    let mut eta = etap;
    for (j, a) in alpha.iter().enumerate() {
        let k = 2.0 * (j as f64 + 1.0);
        xi += a * (k * xip).sin() * (k * etap).cosh();
        eta += a * (k * xip).cos() * (k * etap).sinh();
    }
    (
        tm.false_easting + tm.k0 * big_a * eta,
        tm.false_northing + tm.k0 * big_a * xi,
    )
}

fn tm_inverse(tm: &TransverseMercator, x: f64, y: f64) -> (f64, f64) {
    let (a_factor, _, beta) = tm_series(tm.ellipsoid.f);
    let big_a = tm.ellipsoid.a * a_factor;
    let e2 = tm.ellipsoid.e2();
    let e = e2.sqrt();
    let xi = (y - tm.false_northing) / (tm.k0 * big_a);
    let eta = (x - tm.false_easting) / (tm.k0 * big_a);
    let mut xip = xi;
    let mut etap = eta;
    for (j, b) in beta.iter().enumerate() {
        let k = 2.0 * (j as f64 + 1.0);
        xip -= b * (k * xi).sin() * (k * eta).cosh();
        etap -= b * (k * xi).cos() * (k * eta).sinh();
    }
    let taup = xip.sin() / (etap.sinh().powi(2) + xip.cos().powi(2)).sqrt();
    let lam = etap.sinh().atan2(xip.cos());
    // Newton iteration for tau = tan(phi) from the conformal tau'.
    let mut tau = taup / (1.0 - e2);
    for _ in 0..8 {
        let taupa = conformal_tau(tau, e);
        let dtau = (taup - taupa) * (1.0 + (1.0 - e2) * tau * tau)
            / ((1.0 - e2) * (1.0 + taupa * taupa).sqrt() * (1.0 + tau * tau).sqrt());
        tau += dtau;
        if !dtau.is_finite() || dtau.abs() < 1e-14 * (1.0 + tau.abs()) {
            break;
        }
    }
    (tm.lon0 + lam.to_degrees(), tau.atan().to_degrees())
}

// ---------------------------------------------------------------------------------------
// Datum shift via geocentric coordinates

fn geodetic_to_ecef(ell: Ellipsoid, lon: f64, lat: f64) -> [f64; 3] {
    let e2 = ell.e2();
    let (sl, cl) = lat.to_radians().sin_cos();
    let (so, co) = lon.to_radians().sin_cos();
    let n = ell.a / (1.0 - e2 * sl * sl).sqrt();
    [n * cl * co, n * cl * so, n * (1.0 - e2) * sl]
}

fn ecef_to_geodetic(ell: Ellipsoid, p: [f64; 3]) -> (f64, f64) {
    let e2 = ell.e2();
    let [x, y, z] = p;
    let lon = y.atan2(x);
    let r = (x * x + y * y).sqrt();
    let mut lat = z.atan2(r * (1.0 - e2));
    for _ in 0..10 {
        let s = lat.sin();
        let n = ell.a / (1.0 - e2 * s * s).sqrt();
        let h = r / lat.cos() - n;
        let next = z.atan2(r * (1.0 - e2 * n / (n + h)));
        let done = (next - lat).abs() < 1e-14;
        lat = next;
        if done {
            break;
        }
    }
    (lon.to_degrees(), lat.to_degrees())
}

fn shift_datum(ell: Ellipsoid, h: Helmert, lon: f64, lat: f64) -> (f64, f64) {
    ecef_to_geodetic(Ellipsoid::WGS84, h.apply(geodetic_to_ecef(ell, lon, lat)))
}

fn shift_datum_inverse(ell: Ellipsoid, h: Helmert, lon: f64, lat: f64) -> (f64, f64) {
    ecef_to_geodetic(
        ell,
        h.apply_inverse(geodetic_to_ecef(Ellipsoid::WGS84, lon, lat)),
    )
}
