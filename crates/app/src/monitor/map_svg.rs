//! Server-independent SVG choropleth maps.
//!
//! Equirectangular projection scaled by `cos(φ₀)` at the middle latitude of the map, so
//! that shapes keep their proportions at city scale; coordinates are quantised to 0.1 px
//! (consecutive duplicate points dropped). Every area is a `<path>` with a `<title>`
//! (id, name, value, class) for screen readers and tooltips; the legend lists the classes,
//! the map has a `<title>`/heading and an optional source line.

use std::fmt::Write as _;

use geo_types::{LineString, MultiPolygon};
use quartier_geodata::AreaLayer;

/// Sequential palette (ColorBrewer YlOrRd, 9 classes) for ordered classes.
const YL_OR_RD: [&str; 9] = [
    "#ffffcc", "#ffeda0", "#fed976", "#feb24c", "#fd8d3c", "#fc4e2a", "#e31a1c", "#bd0026",
    "#800026",
];

/// Fill of areas without a value / not classified.
pub const NO_DATA: &str = "#d9d9d9";

/// `k` colours of the sequential palette, light (low) to dark (high).
pub fn sequential(k: usize) -> Vec<String> {
    match k {
        0 => Vec::new(),
        1 => vec![YL_OR_RD[4].to_owned()],
        _ => (0..k)
            .map(|j| {
                let pos = (j * (YL_OR_RD.len() - 1) + (k - 1) / 2) / (k - 1);
                YL_OR_RD[pos.min(YL_OR_RD.len() - 1)].to_owned()
            })
            .collect(),
    }
}

/// One legend entry.
pub struct Class {
    /// Legend text.
    pub label: String,
    /// Fill colour (`#rrggbb`).
    pub color: String,
}

/// What to draw.
pub struct MapSpec {
    /// Heading and document title.
    pub title: String,
    /// Source line ("Daten: …"), if any.
    pub source: Option<String>,
    /// Legend heading.
    pub legend_title: String,
    /// Legend entries (the class index of an area refers to this list).
    pub classes: Vec<Class>,
    /// Legend text for areas without a class (`None`: omitted from the legend).
    pub no_data_label: Option<String>,
    /// Class per area (same order as the layer), `None` = no data / not classified.
    pub class_of: Vec<Option<usize>>,
    /// Tooltip / accessible description per area.
    pub tooltip: Vec<String>,
}

/// Escapes text for XML content and attributes.
pub fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            _ => out.push(c),
        }
    }
    out
}

struct Projection {
    min_lon: f64,
    max_lat: f64,
    kx: f64,
    scale: f64,
    x0: f64,
    y0: f64,
}

impl Projection {
    fn xy(&self, lon: f64, lat: f64) -> (i64, i64) {
        // Quantised to 0.1 px (integers in tenths).
        let x = self.x0 + (lon - self.min_lon) * self.kx * self.scale;
        let y = self.y0 + (self.max_lat - lat) * self.scale;
        ((x * 10.0).round() as i64, (y * 10.0).round() as i64)
    }
}

fn tenths(v: i64) -> String {
    let sign = if v < 0 { "-" } else { "" };
    let a = v.unsigned_abs();
    if a.is_multiple_of(10) {
        format!("{sign}{}", a / 10)
    } else {
        format!("{sign}{}.{}", a / 10, a % 10)
    }
}

fn ring_path(out: &mut String, ring: &LineString<f64>, p: &Projection) {
    let mut last: Option<(i64, i64)> = None;
    let mut count = 0;
    let start = out.len();
    for c in ring.coords() {
        let q = p.xy(c.x, c.y);
        if last == Some(q) {
            continue;
        }
        out.push(if count == 0 { 'M' } else { 'L' });
        out.push_str(&tenths(q.0));
        out.push(' ');
        out.push_str(&tenths(q.1));
        last = Some(q);
        count += 1;
    }
    if count < 3 {
        // Degenerate at this scale: leave it out.
        out.truncate(start);
    } else {
        out.push('Z');
    }
}

fn path_data(mp: &MultiPolygon<f64>, p: &Projection) -> String {
    let mut d = String::new();
    for poly in &mp.0 {
        ring_path(&mut d, poly.exterior(), p);
        for hole in poly.interiors() {
            ring_path(&mut d, hole, p);
        }
    }
    d
}

/// Renders the map as a standalone SVG document.
pub fn render(layer: &AreaLayer, spec: &MapSpec) -> String {
    let (mut min_lon, mut max_lon, mut min_lat, mut max_lat) = (
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::INFINITY,
        f64::NEG_INFINITY,
    );
    for a in &layer.areas {
        for poly in &a.geometry.0 {
            for c in poly.exterior().coords() {
                if c.x.is_finite() && c.y.is_finite() {
                    min_lon = min_lon.min(c.x);
                    max_lon = max_lon.max(c.x);
                    min_lat = min_lat.min(c.y);
                    max_lat = max_lat.max(c.y);
                }
            }
        }
    }
    if !min_lon.is_finite() {
        (min_lon, max_lon, min_lat, max_lat) = (0.0, 1.0, 0.0, 1.0);
    }
    let kx = ((min_lat + max_lat) / 2.0).to_radians().cos().max(1e-6);
    let span_x = ((max_lon - min_lon) * kx).max(1e-12);
    let span_y = (max_lat - min_lat).max(1e-12);
    let (max_w, max_h) = (760.0, 760.0);
    let scale = (max_w / span_x).min(max_h / span_y);
    let map_w = span_x * scale;
    let map_h = span_y * scale;
    let margin = 20.0;
    let title_h = 44.0;
    let proj = Projection {
        min_lon,
        max_lat,
        kx,
        scale,
        x0: margin,
        y0: title_h,
    };
    let n_legend = spec.classes.len() + usize::from(spec.no_data_label.is_some());
    let legend_y = title_h + map_h + 24.0;
    let legend_h = 22.0 + 20.0 * n_legend as f64;
    let source_y = legend_y + legend_h + 16.0;
    let width = (map_w + 2.0 * margin).max(420.0);
    let height = source_y + 12.0;

    let mut s = String::new();
    let _ = writeln!(
        s,
        r##"<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="{w:.0}" height="{h:.0}" viewBox="0 0 {w:.0} {h:.0}" role="img" aria-labelledby="map-title" font-family="sans-serif">
<title id="map-title">{title}</title>
<rect width="100%" height="100%" fill="#ffffff"/>
<text x="{margin}" y="28" font-size="18" font-weight="bold">{title}</text>
<g stroke="#ffffff" stroke-width="0.5" stroke-linejoin="round" fill-rule="evenodd">"##,
        w = width,
        h = height,
        title = xml_escape(&spec.title),
    );
    for (i, a) in layer.areas.iter().enumerate() {
        let fill = spec
            .class_of
            .get(i)
            .copied()
            .flatten()
            .and_then(|c| spec.classes.get(c))
            .map_or(NO_DATA, |c| c.color.as_str());
        let d = path_data(&a.geometry, &proj);
        if d.is_empty() {
            continue;
        }
        let tip = spec.tooltip.get(i).map_or(a.id.as_str(), String::as_str);
        let _ = writeln!(
            s,
            r#"<path id="area-{id}" fill="{fill}" d="{d}"><title>{tip}</title></path>"#,
            id = xml_escape(&a.id),
            tip = xml_escape(tip),
        );
    }
    s.push_str("</g>\n");
    // Legend.
    let _ = writeln!(
        s,
        r#"<g font-size="12"><text x="{margin}" y="{y:.0}" font-weight="bold">{t}</text>"#,
        y = legend_y + 12.0,
        t = xml_escape(&spec.legend_title)
    );
    let mut entries: Vec<(&str, &str)> = spec
        .classes
        .iter()
        .map(|c| (c.label.as_str(), c.color.as_str()))
        .collect();
    if let Some(l) = &spec.no_data_label {
        entries.push((l.as_str(), NO_DATA));
    }
    for (k, (label, color)) in entries.iter().enumerate() {
        let y = legend_y + 22.0 + 20.0 * k as f64;
        let _ = writeln!(
            s,
            r##"<rect x="{margin}" y="{y:.0}" width="18" height="14" fill="{color}" stroke="#666666" stroke-width="0.5"/><text x="{tx}" y="{ty:.0}">{label}</text>"##,
            tx = margin + 26.0,
            ty = y + 11.0,
            label = xml_escape(label)
        );
    }
    s.push_str("</g>\n");
    if let Some(src) = &spec.source {
        let _ = writeln!(
            s,
            r##"<text x="{margin}" y="{source_y:.0}" font-size="11" fill="#444444">{}</text>"##,
            xml_escape(src)
        );
    }
    s.push_str("</svg>\n");
    s
}

/// Legend label of upper-bound class `j` of `bins` (first class includes the minimum).
pub fn bin_label(bins: &[f64], j: usize, min: f64) -> String {
    let lo = if j == 0 { min } else { bins[j - 1] };
    let hi = bins.get(j).copied().unwrap_or(f64::NAN);
    if j == 0 {
        format!("[{} – {}]", short(lo), short(hi))
    } else {
        format!("({} – {}]", short(lo), short(hi))
    }
}

/// A number with at most 4 significant decimals for legends.
pub fn short(x: f64) -> String {
    if !x.is_finite() {
        return "–".to_owned();
    }
    let s = format!("{x:.4}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".to_owned()
    } else {
        s.to_owned()
    }
}
