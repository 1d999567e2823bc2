//! Choropleth maps.

use std::fmt::Write as _;

use geo_types::MultiPolygon;

use crate::geom::{Projection, bounds, path_data};
use crate::palette::{NO_DATA_COLOR, TEXT_COLOR};
use crate::text::{dir_attrs, push_escaped, sanitize_id, text_lines, text_width, wrap};

/// One area of a choropleth.
#[derive(Debug, Clone)]
pub struct MapArea<'a> {
    /// Stable key of the area (written as `data-key`; matched by [`MapSpec::highlight`]).
    pub key: String,
    /// Display name.
    pub name: String,
    /// Boundary in WGS84 longitude/latitude.
    pub geometry: &'a MultiPolygon<f64>,
    /// The formatted value shown to users, e.g. `"23,4 %"` or `"keine Daten"`.
    pub label: String,
    /// Index into [`MapSpec::legend`] (the fill colour); `None` (or out of range) = no data,
    /// drawn hatched.
    pub class: Option<usize>,
    /// Link target of the area (e.g. its profile page); `None` = not a link.
    pub href: Option<String>,
}

/// One legend entry (a class of the map).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LegendEntry {
    /// Legend text, e.g. `"20 – 30 %"`.
    pub label: String,
    /// Fill colour `#rrggbb`.
    pub color: String,
}

/// An outline drawn over the map, e.g. an existing programme area.
#[derive(Debug, Clone)]
pub struct Overlay {
    /// Name in the legend.
    pub name: String,
    /// Outline in WGS84 longitude/latitude.
    pub geometry: MultiPolygon<f64>,
}

/// Everything around the areas of a choropleth.
#[derive(Debug, Clone)]
pub struct MapSpec {
    /// Heading (also the accessible name of the map).
    pub title: String,
    /// Second heading line, e.g. the year and the classification.
    pub subtitle: Option<String>,
    /// Source and licence line, e.g. `"Quelle: … · Lizenz dl-de/by-2-0"` (empty: none).
    pub source_line: String,
    /// Heading of the legend.
    pub legend_title: String,
    /// Classes: `MapArea::class` indexes this list.
    pub legend: Vec<LegendEntry>,
    /// Legend text of the hatched no-data entry (shown when at least one area has no class).
    pub no_data_label: String,
    /// Outlines drawn on top as thick dashed lines, each with a legend entry.
    pub overlay: Vec<Overlay>,
    /// Keys of areas drawn with a strong outline (e.g. the pilot quarter).
    pub highlight: Vec<String>,
    /// Legend text of the highlight outline (`None`: no legend entry).
    pub highlight_label: Option<String>,
    /// Longer description for screen readers (`<desc>`); `None`: built from the subtitle,
    /// the legend and the source line.
    pub description: Option<String>,
    /// Width in px (the height follows from the geometry and the legend). Default 640.
    pub width: f64,
    /// Prefix of all element ids, to keep them unique when several maps are on one page.
    pub id_prefix: String,
    /// Right-to-left layout: text right-aligned with `direction="rtl"`.
    pub rtl: bool,
    /// Douglas–Peucker tolerance in px. Default 0.5.
    pub simplify_px: f64,
    /// Decimals of the coordinates after projection: 0 or 1. Default 1.
    pub decimals: u8,
}

impl Default for MapSpec {
    fn default() -> Self {
        Self {
            title: String::new(),
            subtitle: None,
            source_line: String::new(),
            legend_title: String::new(),
            legend: Vec::new(),
            no_data_label: String::new(),
            overlay: Vec::new(),
            highlight: Vec::new(),
            highlight_label: None,
            description: None,
            width: 640.0,
            id_prefix: "map".to_owned(),
            rtl: false,
            simplify_px: 0.5,
            decimals: 1,
        }
    }
}

const MARGIN: f64 = 12.0;
const HALO: &str = "#ffffff";
/// Dash patterns of successive overlays.
const DASHES: [&str; 4] = ["8 4", "3 3", "12 3 3 3", "1 3"];

enum Swatch<'a> {
    Fill(&'a str),
    NoData,
    Overlay(usize),
    Highlight,
}

fn swatch(out: &mut String, kind: &Swatch<'_>, x: f64, y: f64, id: &str) {
    match kind {
        Swatch::Fill(c) => {
            let _ = write!(
                out,
                r##"<rect x="{x:.0}" y="{y:.0}" width="18" height="14" fill="{}" stroke="#6b7280" stroke-width="0.8"/>"##,
                esc(c)
            );
        }
        Swatch::NoData => {
            let _ = write!(
                out,
                r##"<rect x="{x:.0}" y="{y:.0}" width="18" height="14" fill="url(#{id}-nodata)" stroke="#6b7280" stroke-width="0.8"/>"##
            );
        }
        Swatch::Overlay(i) => {
            let (y, x2) = (y + 7.0, x + 18.0);
            let _ = write!(
                out,
                r#"<line x1="{x:.0}" y1="{y:.0}" x2="{x2:.0}" y2="{y:.0}" stroke="{HALO}" stroke-width="4.5"/><line x1="{x:.0}" y1="{y:.0}" x2="{x2:.0}" y2="{y:.0}" stroke="{TEXT_COLOR}" stroke-width="2.5" stroke-dasharray="{}"/>"#,
                DASHES[i % DASHES.len()]
            );
        }
        Swatch::Highlight => {
            let _ = write!(
                out,
                r#"<rect x="{:.0}" y="{:.0}" width="16" height="12" fill="none" stroke="{TEXT_COLOR}" stroke-width="3"/>"#,
                x + 1.0,
                y + 1.0
            );
        }
    }
}

fn esc(s: &str) -> String {
    crate::text::xml_escape(s)
}

/// Renders a choropleth map as an inline `<svg>` element.
///
/// Areas are drawn in the given order, filled with the colour of their class (hatched when
/// they have none); then the overlays (dashed, on a white halo) and the highlighted areas
/// (strong outline). Below the map: the legend (classes, no-data entry, overlays,
/// highlight) and the source line. The map is a `role="group"` labelled by its `<title>`
/// and `<desc>`; each area with a link is an `<a aria-label="Name: label">` around its
/// `<path class="area">`, each area carries a `<title>Name: label</title>` for hover.
///
/// Projection: equirectangular scaled by the cosine of the mean latitude, fitted to the
/// width; rings are simplified (Douglas–Peucker, [`MapSpec::simplify_px`]) and quantised
/// ([`MapSpec::decimals`]); paths use relative commands and `fill-rule="evenodd"`.
pub fn choropleth(areas: &[MapArea<'_>], spec: &MapSpec) -> String {
    let id = sanitize_id(&spec.id_prefix);
    let w = if spec.width.is_finite() && spec.width >= 200.0 {
        spec.width
    } else {
        640.0
    };
    let inner_w = w - 2.0 * MARGIN;
    let rtl = spec.rtl;
    let text_x = if rtl { w - MARGIN } else { MARGIN };
    let dir = dir_attrs(rtl);
    let eps = if spec.simplify_px.is_finite() && spec.simplify_px >= 0.0 {
        spec.simplify_px
    } else {
        0.5
    };
    let quantum = if spec.decimals == 0 { 10 } else { 1 };

    let mut body = String::with_capacity(64 * 1024 + areas.len() * 600);

    // Header.
    let title_lines = wrap(&spec.title, 18.0, inner_w);
    let mut y = MARGIN + 18.0;
    y = text_lines(
        &mut body,
        &title_lines,
        text_x,
        y,
        22.0,
        &format!(r#" font-size="18" font-weight="bold"{dir}"#),
    );
    if let Some(sub) = spec.subtitle.as_deref().filter(|s| !s.trim().is_empty()) {
        y = text_lines(
            &mut body,
            &wrap(sub, 14.0, inner_w),
            text_x,
            y - 2.0,
            18.0,
            &format!(r#" font-size="14"{dir}"#),
        ) + 2.0;
    }
    let map_top = y - 8.0;

    // Map.
    let hl = |key: &str| spec.highlight.iter().any(|h| h == key);
    let any_no_data = areas
        .iter()
        .any(|a| a.class.is_none_or(|c| c >= spec.legend.len()));
    let mut map_h = 0.0;
    let all = areas
        .iter()
        .map(|a| a.geometry)
        .chain(spec.overlay.iter().map(|o| &o.geometry));
    if let Some(b) = bounds(all) {
        let (proj, h) = Projection::fit(&b, MARGIN, map_top, inner_w, inner_w * 1.15);
        map_h = h;
        body.push_str(
            r##"<g class="areas" stroke="#ffffff" stroke-width="0.5" stroke-linejoin="round" fill-rule="evenodd">"##,
        );
        body.push('\n');
        let mut hl_paths = Vec::new();
        for a in areas {
            let d = path_data(a.geometry, &proj, eps, quantum);
            if d.is_empty() {
                continue;
            }
            let is_hl = hl(&a.key);
            let fill = match a.class.and_then(|c| spec.legend.get(c)) {
                Some(e) => esc(&e.color),
                None => format!("url(#{id}-nodata)"),
            };
            let mut name = String::with_capacity(a.name.len() + a.label.len() + 16);
            push_escaped(&mut name, &a.name);
            name.push_str(": ");
            push_escaped(&mut name, &a.label);
            if let Some(href) = &a.href {
                body.push_str("<a href=\"");
                push_escaped(&mut body, href);
                let _ = write!(body, "\" aria-label=\"{name}\">");
            }
            let class = if is_hl { "area area-hl" } else { "area" };
            let _ = write!(body, r#"<path class="{class}" data-key=""#);
            push_escaped(&mut body, &a.key);
            let _ = write!(
                body,
                r#"" fill="{fill}" d="{d}"><title>{name}</title></path>"#
            );
            if a.href.is_some() {
                body.push_str("</a>");
            }
            body.push('\n');
            if is_hl {
                hl_paths.push(d);
            }
        }
        body.push_str("</g>\n");
        if !spec.overlay.is_empty() {
            body.push_str(
                r#"<g class="overlay" fill="none" stroke-linejoin="round" pointer-events="none" aria-hidden="true">"#,
            );
            body.push('\n');
            for (i, o) in spec.overlay.iter().enumerate() {
                let d = path_data(&o.geometry, &proj, eps, quantum);
                if d.is_empty() {
                    continue;
                }
                let _ = writeln!(
                    body,
                    r#"<path stroke="{HALO}" stroke-width="4.5" d="{d}"/><path stroke="{TEXT_COLOR}" stroke-width="2.5" stroke-dasharray="{}" d="{d}"/>"#,
                    DASHES[i % DASHES.len()]
                );
            }
            body.push_str("</g>\n");
        }
        if !hl_paths.is_empty() {
            body.push_str(
                r#"<g class="area-hl" fill="none" stroke-linejoin="round" pointer-events="none" aria-hidden="true">"#,
            );
            body.push('\n');
            for d in &hl_paths {
                let _ = writeln!(
                    body,
                    r#"<path stroke="{HALO}" stroke-width="5" d="{d}"/><path stroke="{TEXT_COLOR}" stroke-width="3" d="{d}"/>"#
                );
            }
            body.push_str("</g>\n");
        }
    }

    // Legend.
    let mut y = map_top + map_h + 24.0;
    let mut entries: Vec<(Swatch<'_>, &str)> = spec
        .legend
        .iter()
        .map(|e| (Swatch::Fill(e.color.as_str()), e.label.as_str()))
        .collect();
    if any_no_data && !spec.no_data_label.trim().is_empty() {
        entries.push((Swatch::NoData, spec.no_data_label.as_str()));
    }
    for (i, o) in spec.overlay.iter().enumerate() {
        entries.push((Swatch::Overlay(i), o.name.as_str()));
    }
    if let Some(l) = spec.highlight_label.as_deref()
        && areas.iter().any(|a| hl(&a.key))
    {
        entries.push((Swatch::Highlight, l));
    }
    if !entries.is_empty() || !spec.legend_title.trim().is_empty() {
        let _ = writeln!(body, r#"<g class="legend" font-size="12">"#);
        if !spec.legend_title.trim().is_empty() {
            y = text_lines(
                &mut body,
                &wrap(&spec.legend_title, 14.0, inner_w),
                text_x,
                y,
                18.0,
                &format!(r#" font-size="14" font-weight="bold"{dir}"#),
            ) - 8.0;
        }
        let max_label = entries
            .iter()
            .map(|(_, l)| text_width(l, 12.0))
            .fold(0.0, f64::max);
        let col_w = (max_label + 26.0 + 20.0).min(inner_w);
        let ncols = ((inner_w / col_w).floor() as usize).clamp(1, entries.len().max(1));
        let nrows = entries.len().div_ceil(ncols);
        for (k, (kind, label)) in entries.iter().enumerate() {
            let (col, row) = (k / nrows.max(1), k % nrows.max(1));
            let ey = y + 20.0 * row as f64;
            let label = crate::text::truncate(label, 12.0, col_w - 30.0);
            if rtl {
                let right = w - MARGIN - col as f64 * col_w;
                swatch(&mut body, kind, right - 18.0, ey, &id);
                let _ = writeln!(
                    body,
                    r#"<text x="{:.0}" y="{:.0}"{dir}>{}</text>"#,
                    right - 26.0,
                    ey + 11.5,
                    esc(&label)
                );
            } else {
                let left = MARGIN + col as f64 * col_w;
                swatch(&mut body, kind, left, ey, &id);
                let _ = writeln!(
                    body,
                    r#"<text x="{:.0}" y="{:.0}">{}</text>"#,
                    left + 26.0,
                    ey + 11.5,
                    esc(&label)
                );
            }
        }
        body.push_str("</g>\n");
        y += 20.0 * nrows as f64 + 14.0;
    }

    // Source line.
    if !spec.source_line.trim().is_empty() {
        y = text_lines(
            &mut body,
            &wrap(&spec.source_line, 12.0, inner_w),
            text_x,
            y + 4.0,
            16.0,
            &format!(r#" font-size="12"{dir}"#),
        );
    }
    let h = (y - 4.0 + MARGIN).ceil();

    // Description for screen readers.
    let desc = spec.description.clone().unwrap_or_else(|| {
        let mut parts: Vec<String> = Vec::new();
        if let Some(s) = spec.subtitle.as_deref().filter(|s| !s.trim().is_empty()) {
            parts.push(s.to_owned());
        }
        let labels: Vec<&str> = entries.iter().map(|(_, l)| *l).collect();
        if !labels.is_empty() {
            if spec.legend_title.trim().is_empty() {
                parts.push(labels.join(", "));
            } else {
                parts.push(format!("{}: {}", spec.legend_title, labels.join(", ")));
            }
        }
        if !spec.source_line.trim().is_empty() {
            parts.push(spec.source_line.clone());
        }
        parts.join(". ")
    });

    let mut out = String::with_capacity(body.len() + 1024);
    let _ = write!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" class="qm-map" width="{w:.0}" height="{h:.0}" viewBox="0 0 {w:.0} {h:.0}" role="group" aria-labelledby="{id}-title {id}-desc" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif" fill="{TEXT_COLOR}""#
    );
    out.push_str(">\n");
    let _ = write!(out, r#"<title id="{id}-title">"#);
    push_escaped(&mut out, &spec.title);
    let _ = write!(out, "</title>\n<desc id=\"{id}-desc\">");
    push_escaped(&mut out, &desc);
    out.push_str("</desc>\n");
    let _ = writeln!(
        out,
        r##"<defs><pattern id="{id}-nodata" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="{NO_DATA_COLOR}"/><line x1="0" y1="0" x2="0" y2="6" stroke="#8c8c8c" stroke-width="1.5"/></pattern></defs>"##
    );
    let _ = writeln!(
        out,
        r##"<rect width="{w:.0}" height="{h:.0}" fill="#ffffff"/>"##
    );
    out.push_str(&body);
    out.push_str("</svg>\n");
    out
}
