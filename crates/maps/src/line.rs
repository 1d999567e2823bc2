//! Time-series line charts.

use std::fmt::Write as _;

use crate::palette::TEXT_COLOR;
use crate::text::{
    NumberFormat, dir_attrs, num, push_escaped, sanitize_id, text_lines, text_width, wrap,
};

/// One line of a chart.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    /// Legend text, e.g. the area name or `"Berlin gesamt"`.
    pub label: String,
    /// `(year, value)`; `None` values leave a gap in the line.
    pub points: Vec<(i32, Option<f64>)>,
    /// Draw dashed (for reference lines such as the city average).
    pub dashed: bool,
}

/// A time-series chart: years on x, values on y.
#[derive(Debug, Clone, PartialEq)]
pub struct LineChartSpec {
    /// Heading (the accessible name).
    pub title: String,
    /// Label of the y axis, e.g. `"Anteil in %"` (written above the axis).
    pub y_label: String,
    /// The lines; the first is drawn solid blue, further ones grey/red/green/purple.
    pub series: Vec<Series>,
    /// Format of tick labels and of the values in the description.
    pub format: NumberFormat,
    /// Word for a missing value in the description, e.g. `"keine Daten"`.
    pub missing_label: String,
    /// Description for screen readers; `None`: the values of every series in words.
    pub description: Option<String>,
    /// Start the y axis at 0 when all values are positive. Default true.
    pub y_from_zero: bool,
    /// Width in px. Default 480.
    pub width: f64,
    /// Height of the plot including axes, without the legend. Default 220.
    pub height: f64,
    /// Prefix of the element ids.
    pub id_prefix: String,
    /// Right-to-left: title, axis label and legend right-aligned (the time axis still runs
    /// left to right).
    pub rtl: bool,
}

impl Default for LineChartSpec {
    fn default() -> Self {
        Self {
            title: String::new(),
            y_label: String::new(),
            series: Vec::new(),
            format: NumberFormat::default(),
            missing_label: "–".to_owned(),
            description: None,
            y_from_zero: true,
            width: 480.0,
            height: 220.0,
            id_prefix: "chart".to_owned(),
            rtl: false,
        }
    }
}

const COLORS: [&str; 5] = ["#1f5fa6", "#4b5563", "#b2182b", "#1b7837", "#7b3294"];

/// A "nice" step (1, 2, 2.5 or 5 × 10ᵏ) so that `span` is covered by about `target` steps.
pub(crate) fn nice_step(span: f64, target: f64) -> f64 {
    if !(span.is_finite() && span > 0.0) {
        return 1.0;
    }
    let raw = span / target.max(1.0);
    let mag = 10f64.powf(raw.log10().floor());
    let f = raw / mag;
    let nice = if f <= 1.0 {
        1.0
    } else if f <= 2.0 {
        2.0
    } else if f <= 2.5 {
        2.5
    } else if f <= 5.0 {
        5.0
    } else {
        10.0
    };
    nice * mag
}

/// Renders a line chart as an inline `<svg role="img">` with `<title>` and a `<desc>` that
/// gives all values in words. Missing values leave gaps; every value has a dot.
pub fn line_chart(spec: &LineChartSpec) -> String {
    let id = sanitize_id(&spec.id_prefix);
    let w = if spec.width.is_finite() && spec.width >= 160.0 {
        spec.width
    } else {
        480.0
    };
    let plot_h_total = if spec.height.is_finite() && spec.height >= 120.0 {
        spec.height
    } else {
        220.0
    };
    let rtl = spec.rtl;
    let dir = dir_attrs(rtl);
    let margin = 12.0;
    let text_x = if rtl { w - margin } else { margin };

    let values: Vec<f64> = spec
        .series
        .iter()
        .flat_map(|s| s.points.iter().filter_map(|p| p.1))
        .filter(|v| v.is_finite())
        .collect();
    let years: Vec<i32> = spec
        .series
        .iter()
        .flat_map(|s| s.points.iter().map(|p| p.0))
        .collect();
    let (mut vmin, mut vmax) = values
        .iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), v| {
            (a.min(*v), b.max(*v))
        });
    if !vmin.is_finite() {
        (vmin, vmax) = (0.0, 1.0);
    }
    if spec.y_from_zero && vmin > 0.0 {
        vmin = 0.0;
    }
    if spec.y_from_zero && vmax < 0.0 {
        vmax = 0.0;
    }
    if (vmax - vmin).abs() < 1e-12 {
        let pad = if vmax.abs() > 0.0 {
            vmax.abs() * 0.1
        } else {
            1.0
        };
        vmin -= pad;
        vmax += pad;
    }
    let step = nice_step(vmax - vmin, 4.0);
    let y_lo = (vmin / step).floor() * step;
    let y_hi = (vmax / step).ceil() * step;
    let (ymin, ymax) = (
        years.iter().copied().min().unwrap_or(0),
        years.iter().copied().max().unwrap_or(1),
    );
    let (x_lo, x_hi) = if ymin == ymax {
        (f64::from(ymin) - 1.0, f64::from(ymax) + 1.0)
    } else {
        (f64::from(ymin), f64::from(ymax))
    };

    let mut body = String::with_capacity(4096);
    // Header.
    let title_lines = wrap(&spec.title, 16.0, w - 2.0 * margin);
    let mut y = text_lines(
        &mut body,
        &title_lines,
        text_x,
        margin + 16.0,
        20.0,
        &format!(r#" font-size="16" font-weight="bold"{dir}"#),
    );
    if !spec.y_label.trim().is_empty() {
        y = text_lines(
            &mut body,
            std::slice::from_ref(&spec.y_label),
            text_x,
            y,
            16.0,
            &format!(r#" font-size="12"{dir}"#),
        );
    }
    let top = y + 2.0;
    let tick_vals: Vec<f64> = {
        let n = ((y_hi - y_lo) / step).round() as i64;
        (0..=n).map(|i| y_lo + step * i as f64).collect()
    };
    let tick_labels: Vec<String> = tick_vals.iter().map(|v| spec.format.format(*v)).collect();
    let label_w = tick_labels
        .iter()
        .map(|l| text_width(l, 12.0))
        .fold(0.0, f64::max);
    let left = margin + label_w + 8.0;
    let right = w - margin - 8.0;
    let bottom = (top + plot_h_total - 24.0).max(top + 60.0);
    let sx = |x: f64| left + (x - x_lo) / (x_hi - x_lo) * (right - left);
    let sy = |v: f64| bottom - (v - y_lo) / (y_hi - y_lo) * (bottom - top);

    // Grid and y ticks.
    body.push_str(r##"<g font-size="12" text-anchor="end">"##);
    let mut grid = String::new();
    for (v, l) in tick_vals.iter().zip(&tick_labels) {
        let yy = sy(*v);
        grid.push('M');
        num(&mut grid, left);
        grid.push(' ');
        num(&mut grid, yy);
        grid.push('H');
        num(&mut grid, right);
        let _ = write!(body, r#"<text x="{:.0}" y="{:.1}">"#, left - 6.0, yy + 4.0);
        push_escaped(&mut body, l);
        body.push_str("</text>");
    }
    body.push_str("</g>\n");
    let _ = writeln!(
        body,
        r##"<path d="{grid}" stroke="#d1d5db" stroke-width="1" fill="none"/>"##
    );
    // X axis and ticks.
    let xstep = nice_step(x_hi - x_lo, ((right - left) / 56.0).max(1.0))
        .max(1.0)
        .round();
    let mut xt = (x_lo / xstep).ceil() * xstep;
    let _ = write!(
        body,
        r#"<path d="M{left:.1} {bottom:.1}H{right:.1}" stroke="{TEXT_COLOR}" stroke-width="1"/>"#
    );
    body.push_str(r#"<g font-size="12" text-anchor="middle">"#);
    while xt <= x_hi + 1e-9 {
        if xt >= x_lo - 1e-9 {
            let xx = sx(xt);
            let _ = write!(
                body,
                r#"<path d="M{xx:.1} {bottom:.1}v4" stroke="{TEXT_COLOR}"/><text x="{xx:.1}" y="{:.1}">{}</text>"#,
                bottom + 17.0,
                xt as i64
            );
        }
        xt += xstep;
    }
    body.push_str("</g>\n");

    // Series.
    for (i, s) in spec.series.iter().enumerate() {
        let color = COLORS[i % COLORS.len()];
        let dash = if s.dashed {
            r#" stroke-dasharray="6 4""#
        } else {
            ""
        };
        let mut pts: Vec<(i32, Option<f64>)> = s.points.clone();
        pts.sort_by_key(|p| p.0);
        let mut d = String::new();
        let mut dots = String::new();
        let mut pen_down = false;
        for (yr, v) in &pts {
            match v.filter(|v| v.is_finite()) {
                Some(v) => {
                    let (px, py) = (sx(f64::from(*yr)), sy(v));
                    d.push(if pen_down { 'L' } else { 'M' });
                    num(&mut d, px);
                    d.push(' ');
                    num(&mut d, py);
                    pen_down = true;
                    dots.push('M');
                    num(&mut dots, px);
                    dots.push(' ');
                    num(&mut dots, py);
                    dots.push_str("h0");
                }
                None => pen_down = false,
            }
        }
        let _ = writeln!(
            body,
            r#"<g class="series"><path d="{d}" fill="none" stroke="{color}" stroke-width="2.5" stroke-linejoin="round"{dash}/><path d="{dots}" stroke="{color}" stroke-width="6" stroke-linecap="round"/></g>"#
        );
    }

    // Legend.
    let mut ly = bottom + 40.0;
    body.push_str(r#"<g class="legend" font-size="12">"#);
    for (i, s) in spec.series.iter().enumerate() {
        let color = COLORS[i % COLORS.len()];
        let dash = if s.dashed {
            r#" stroke-dasharray="6 4""#
        } else {
            ""
        };
        let (x1, x2, tx) = if rtl {
            (w - margin - 24.0, w - margin, w - margin - 30.0)
        } else {
            (margin, margin + 24.0, margin + 30.0)
        };
        let _ = write!(
            body,
            r#"<path d="M{x1:.0} {:.0}H{x2:.0}" stroke="{color}" stroke-width="2.5"{dash}/><text x="{tx:.0}" y="{:.0}"{dir}>"#,
            ly - 4.0,
            ly
        );
        push_escaped(&mut body, &s.label);
        body.push_str("</text>");
        ly += 18.0;
    }
    body.push_str("</g>\n");
    let h = (ly - 18.0 + margin).ceil();

    let desc = spec.description.clone().unwrap_or_else(|| {
        let mut parts = Vec::new();
        for s in &spec.series {
            let mut pts = s.points.clone();
            pts.sort_by_key(|p| p.0);
            let vals: Vec<String> = pts
                .iter()
                .map(|(yr, v)| match v.filter(|v| v.is_finite()) {
                    Some(v) => format!("{yr}: {}", spec.format.format(v)),
                    None => format!("{yr}: {}", spec.missing_label),
                })
                .collect();
            parts.push(format!("{}: {}", s.label, vals.join(", ")));
        }
        let mut d = parts.join(". ");
        if !spec.y_label.trim().is_empty() && !d.is_empty() {
            d = format!("{} — {d}", spec.y_label);
        }
        d
    });

    let mut out = String::with_capacity(body.len() + 512);
    let _ = write!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" class="qm-line-chart" width="{w:.0}" height="{h:.0}" viewBox="0 0 {w:.0} {h:.0}" role="img" aria-labelledby="{id}-title {id}-desc" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif" fill="{TEXT_COLOR}""#
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nice_steps() {
        assert_eq!(nice_step(10.0, 4.0), 2.5);
        assert_eq!(nice_step(100.0, 5.0), 20.0);
        assert_eq!(nice_step(7.0, 4.0), 2.0);
        assert_eq!(nice_step(0.0, 4.0), 1.0);
    }
}
