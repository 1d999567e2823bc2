//! Rank-interval charts: the uncertainty of need ranks as horizontal bars.

use std::fmt::Write as _;

use crate::line::nice_step;
use crate::map::LegendEntry;
use crate::palette::TEXT_COLOR;
use crate::text::{
    NumberFormat, dir_attrs, push_escaped, sanitize_id, text_lines, text_width, truncate, wrap,
    xml_escape,
};

/// One row (area) of a rank-interval chart.
#[derive(Debug, Clone, PartialEq)]
pub struct RankRow {
    /// Area name.
    pub label: String,
    /// Link target (e.g. the area profile); `None` = not a link.
    pub href: Option<String>,
    /// Nominal rank (1 = highest need), drawn as a dot.
    pub nominal: f64,
    /// Lower end of the rank interval.
    pub lo: f64,
    /// Upper end of the rank interval.
    pub hi: f64,
    /// Index into [`RankIntervalSpec::legend`] for the bar colour; `None` = grey.
    pub class: Option<usize>,
}

/// A rank-interval chart.
#[derive(Debug, Clone, PartialEq)]
pub struct RankIntervalSpec {
    /// Heading (the accessible name).
    pub title: String,
    /// Second heading line.
    pub subtitle: Option<String>,
    /// Label of the rank axis, e.g. `"Rang (1 = höchster Bedarf)"`.
    pub axis_label: String,
    /// The rows, drawn top to bottom in this order.
    pub rows: Vec<RankRow>,
    /// Number of ranks (axis from 1 to `n`); `None`: the number of rows (or the largest
    /// `hi` if larger).
    pub n: Option<usize>,
    /// Accessible name of a row with the placeholders `{name}`, `{rank}`, `{lo}`, `{hi}`,
    /// e.g. `"{name}: Rang {rank}, 90-%-Intervall {lo}–{hi}"`.
    pub row_template: String,
    /// Format of the ranks in the accessible names. Default: no decimals.
    pub rank_format: NumberFormat,
    /// Bar colours by class, with legend text (empty: no legend).
    pub legend: Vec<LegendEntry>,
    /// Heading of the legend.
    pub legend_title: String,
    /// Source line under the chart (empty: none).
    pub source_line: String,
    /// Description for screen readers (`<desc>`); `None`: subtitle and axis label.
    pub description: Option<String>,
    /// Width in px. Default 640.
    pub width: f64,
    /// Prefix of the element ids.
    pub id_prefix: String,
    /// Right-to-left: labels on the right, rank 1 on the right.
    pub rtl: bool,
}

impl Default for RankIntervalSpec {
    fn default() -> Self {
        Self {
            title: String::new(),
            subtitle: None,
            axis_label: String::new(),
            rows: Vec::new(),
            n: None,
            row_template: "{name}: {rank} ({lo}–{hi})".to_owned(),
            rank_format: NumberFormat {
                decimals: 0,
                ..NumberFormat::default()
            },
            legend: Vec::new(),
            legend_title: String::new(),
            source_line: String::new(),
            description: None,
            width: 640.0,
            id_prefix: "ranks".to_owned(),
            rtl: false,
        }
    }
}

const ROW_H: f64 = 18.0;
const NO_CLASS: &str = "#9ca3af";

/// Renders the rank intervals as an inline `<svg role="group">`: per row the area name, a
/// bar from `lo` to `hi` in the colour of the row's class and a dot at the nominal rank.
/// Rows with a link are `<a aria-label="…">` (the sentence from
/// [`RankIntervalSpec::row_template`]), rows without are `<g role="img" aria-label="…">`.
/// The axis runs from rank 1 to n (repeated below the rows when there are more than 25);
/// the height grows by 18 px per row.
pub fn rank_intervals(spec: &RankIntervalSpec) -> String {
    let id = sanitize_id(&spec.id_prefix);
    let w = if spec.width.is_finite() && spec.width >= 240.0 {
        spec.width
    } else {
        640.0
    };
    let margin = 12.0;
    let inner_w = w - 2.0 * margin;
    let rtl = spec.rtl;
    let dir = dir_attrs(rtl);
    let text_x = if rtl { w - margin } else { margin };
    let max_hi = spec
        .rows
        .iter()
        .flat_map(|r| [r.hi, r.lo, r.nominal])
        .filter(|v| v.is_finite())
        .fold(1.0, f64::max);
    let n = spec
        .n
        .unwrap_or_else(|| spec.rows.len().max(max_hi.ceil() as usize))
        .max(2) as f64;

    let mut body = String::with_capacity(1024 + spec.rows.len() * 320);
    let mut y = text_lines(
        &mut body,
        &wrap(&spec.title, 16.0, inner_w),
        text_x,
        margin + 16.0,
        20.0,
        &format!(r#" font-size="16" font-weight="bold"{dir}"#),
    );
    if let Some(sub) = spec.subtitle.as_deref().filter(|s| !s.trim().is_empty()) {
        y = text_lines(
            &mut body,
            &wrap(sub, 13.0, inner_w),
            text_x,
            y,
            17.0,
            &format!(r#" font-size="13"{dir}"#),
        );
    }

    // Columns.
    let label_w = spec
        .rows
        .iter()
        .map(|r| text_width(&r.label, 12.0))
        .fold(40.0, f64::max)
        .min(inner_w * 0.38)
        + 16.0;
    let (plot_l, plot_r) = if rtl {
        (margin + 10.0, w - margin - label_w)
    } else {
        (margin + label_w, w - margin - 10.0)
    };
    let sx = |r: f64| {
        let t = (r.clamp(1.0, n) - 1.0) / (n - 1.0);
        if rtl {
            plot_r - t * (plot_r - plot_l)
        } else {
            plot_l + t * (plot_r - plot_l)
        }
    };
    let step = nice_step(n - 1.0, ((plot_r - plot_l) / 60.0).max(1.0)).max(1.0);
    let mut ticks = vec![1.0];
    let mut t = step;
    while t <= n + 1e-9 {
        if t > 1.0 + step * 0.4 {
            ticks.push(t);
        }
        t += step;
    }

    if !spec.axis_label.trim().is_empty() {
        let ax = if rtl { plot_r } else { plot_l };
        y = text_lines(
            &mut body,
            std::slice::from_ref(&spec.axis_label),
            ax,
            y + 2.0,
            16.0,
            &format!(r#" font-size="12"{dir}"#),
        );
    }
    let axis = |body: &mut String, ay: f64, above: bool| {
        let ty = if above { ay - 5.0 } else { ay + 15.0 };
        body.push_str(r#"<g font-size="12" text-anchor="middle">"#);
        for t in &ticks {
            let _ = write!(
                body,
                r#"<text x="{:.1}" y="{ty:.1}">{}</text>"#,
                sx(*t),
                *t as i64
            );
        }
        let _ = writeln!(
            body,
            r#"</g><path d="M{plot_l:.1} {ay:.1}H{plot_r:.1}" stroke="{TEXT_COLOR}" stroke-width="1"/>"#
        );
    };
    let axis_top = y + 14.0;
    axis(&mut body, axis_top, true);
    let rows_top = axis_top + 4.0;
    let rows_bottom = rows_top + ROW_H * spec.rows.len() as f64;
    // Grid lines.
    let mut grid = String::new();
    for t in &ticks {
        let _ = write!(grid, "M{:.1} {rows_top:.1}V{rows_bottom:.1}", sx(*t));
    }
    let _ = writeln!(
        body,
        r##"<path d="{grid}" stroke="#e5e7eb" stroke-width="1"/>"##
    );

    // Rows.
    let label_x = if rtl { w - margin } else { margin };
    body.push_str(r#"<g font-size="12">"#);
    body.push('\n');
    for (i, r) in spec.rows.iter().enumerate() {
        let ry = rows_top + ROW_H * i as f64;
        let fmt = |v: f64| spec.rank_format.format(v);
        let name = spec
            .row_template
            .replace("{name}", &r.label)
            .replace("{rank}", &fmt(r.nominal))
            .replace("{lo}", &fmt(r.lo))
            .replace("{hi}", &fmt(r.hi));
        let name = xml_escape(&name);
        match &r.href {
            Some(href) => {
                let _ = write!(
                    body,
                    r#"<a href="{}" aria-label="{name}"><g class="rank-row">"#,
                    xml_escape(href)
                );
            }
            None => {
                let _ = write!(
                    body,
                    r#"<g class="rank-row" role="img" aria-label="{name}">"#
                );
            }
        }
        let _ = write!(
            body,
            r##"<title>{name}</title><rect x="{margin:.0}" y="{ry:.0}" width="{inner_w:.0}" height="{ROW_H:.0}" fill="#ffffff" fill-opacity="0"/><text x="{label_x:.0}" y="{:.0}"{dir}>{}</text>"##,
            ry + 13.0,
            xml_escape(&truncate(&r.label, 12.0, label_w - 16.0))
        );
        if r.lo.is_finite() && r.hi.is_finite() {
            let (a, b) = (sx(r.lo.min(r.hi)), sx(r.lo.max(r.hi)));
            let (x0, x1) = (a.min(b), a.max(b));
            let color = r
                .class
                .and_then(|c| spec.legend.get(c))
                .map_or_else(|| NO_CLASS.to_owned(), |e| xml_escape(&e.color));
            let _ = write!(
                body,
                r##"<rect x="{:.1}" y="{:.0}" width="{:.1}" height="8" fill="{color}" stroke="#4b5563" stroke-width="0.5"/>"##,
                x0 - 1.0,
                ry + 5.0,
                (x1 - x0 + 2.0).max(2.0)
            );
        }
        if r.nominal.is_finite() {
            let _ = write!(
                body,
                r##"<circle cx="{:.1}" cy="{:.0}" r="3.5" fill="{TEXT_COLOR}" stroke="#ffffff" stroke-width="1"/>"##,
                sx(r.nominal),
                ry + 9.0
            );
        }
        body.push_str(if r.href.is_some() {
            "</g></a>\n"
        } else {
            "</g>\n"
        });
    }
    body.push_str("</g>\n");
    let mut y = rows_bottom;
    if spec.rows.len() > 25 {
        axis(&mut body, rows_bottom + 2.0, false);
        y += 20.0;
    }
    y += 24.0;

    // Legend.
    if !spec.legend.is_empty() {
        body.push_str(r#"<g class="legend" font-size="12">"#);
        if !spec.legend_title.trim().is_empty() {
            y = text_lines(
                &mut body,
                std::slice::from_ref(&spec.legend_title),
                text_x,
                y,
                18.0,
                &format!(r#" font-size="13" font-weight="bold"{dir}"#),
            ) - 12.0;
        }
        for e in &spec.legend {
            let (bx, tx) = if rtl {
                (w - margin - 18.0, w - margin - 26.0)
            } else {
                (margin, margin + 26.0)
            };
            let _ = write!(
                body,
                r##"<rect x="{bx:.0}" y="{:.0}" width="18" height="10" fill="{}" stroke="#4b5563" stroke-width="0.5"/><text x="{tx:.0}" y="{:.0}"{dir}>{}</text>"##,
                y,
                xml_escape(&e.color),
                y + 10.0,
                xml_escape(&e.label)
            );
            y += 18.0;
        }
        body.push_str("</g>\n");
        y += 10.0;
    }
    if !spec.source_line.trim().is_empty() {
        y = text_lines(
            &mut body,
            &wrap(&spec.source_line, 12.0, inner_w),
            text_x,
            y,
            16.0,
            &format!(r#" font-size="12"{dir}"#),
        );
    }
    let h = (y - 4.0 + margin).ceil();

    let desc = spec.description.clone().unwrap_or_else(|| {
        [
            spec.subtitle.clone().unwrap_or_default(),
            spec.axis_label.clone(),
        ]
        .into_iter()
        .filter(|s| !s.trim().is_empty())
        .collect::<Vec<_>>()
        .join(". ")
    });
    let mut out = String::with_capacity(body.len() + 512);
    let _ = write!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" class="qm-rank-chart" width="{w:.0}" height="{h:.0}" viewBox="0 0 {w:.0} {h:.0}" role="group" aria-labelledby="{id}-title {id}-desc" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif" fill="{TEXT_COLOR}""#
    );
    let _ = write!(out, ">\n<title id=\"{id}-title\">");
    push_escaped(&mut out, &spec.title);
    let _ = write!(out, "</title>\n<desc id=\"{id}-desc\">");
    push_escaped(&mut out, &desc);
    out.push_str("</desc>\n");
    let _ = writeln!(
        out,
        r##"<rect width="{w:.0}" height="{h:.0}" fill="#ffffff"/>"##
    );
    out.push_str(&body);
    out.push_str("</svg>\n");
    out
}
