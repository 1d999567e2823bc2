//! The Gantt-style timeline of an action plan (dates and their maths are rules in
//! `quartier_rules::plan::dates`): a pure layout
//! (months on the axis, one bar per measure, milestones, today) and its SVG.
//! Colours come from CSS classes (`gantt-<status>`); every bar also carries its
//! status as text, so colour is never the only carrier.

use maud::{Markup, html};
use quartier_rules::plan::{Ymd, add_months, day_number, iso};

/// Today (UTC).
pub fn today() -> Ymd {
    let now = time::OffsetDateTime::now_utc();
    Ymd {
        y: now.year(),
        m: u32::from(u8::from(now.month())),
        d: u32::from(now.day()),
    }
}

/// One bar of the chart.
#[derive(Debug, Clone)]
pub struct Bar {
    /// Label on the left.
    pub label: String,
    /// Status key (CSS class suffix).
    pub status: String,
    /// Status in words.
    pub status_text: String,
    /// Start.
    pub start: Ymd,
    /// End; none = open-ended (drawn to the axis end).
    pub end: Option<Ymd>,
    /// Milestones: date, title, reached.
    pub milestones: Vec<(Ymd, String, bool)>,
}

/// The time axis: whole months from `first` up to (excluding) `last`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Axis {
    /// First day shown (first of a month).
    pub first: Ymd,
    /// First day after the axis (first of a month).
    pub last: Ymd,
    /// x of `first`.
    pub x0: f64,
    /// x of `last`.
    pub x1: f64,
}

impl Axis {
    /// Spans every bar's start and end and `today`, in whole months, with one
    /// month of margin after the latest date.
    pub fn spanning(bars: &[Bar], today: Ymd, x0: f64, x1: f64) -> Axis {
        let mut lo = today;
        let mut hi = today;
        for b in bars {
            lo = lo.min(b.start);
            hi = hi.max(b.start);
            if let Some(e) = b.end {
                hi = hi.max(e);
                lo = lo.min(e);
            }
            for (m, _, _) in &b.milestones {
                lo = lo.min(*m);
                hi = hi.max(*m);
            }
        }
        Axis {
            first: Ymd { d: 1, ..lo },
            last: add_months(hi, 2),
            x0,
            x1,
        }
    }

    /// x position of the start of a day.
    pub fn x(&self, t: Ymd) -> f64 {
        let a = day_number(self.first) as f64;
        let b = day_number(self.last) as f64;
        let v = day_number(t) as f64;
        let f = ((v - a) / (b - a).max(1.0)).clamp(0.0, 1.0);
        self.x0 + f * (self.x1 - self.x0)
    }

    /// x position of the end of a day.
    pub fn x_end(&self, t: Ymd) -> f64 {
        let next = day_number(t) + 1;
        let a = day_number(self.first) as f64;
        let b = day_number(self.last) as f64;
        let f = ((next as f64 - a) / (b - a).max(1.0)).clamp(0.0, 1.0);
        self.x0 + f * (self.x1 - self.x0)
    }

    /// The first day of every month on the axis.
    pub fn months(&self) -> Vec<Ymd> {
        let mut out = Vec::new();
        let mut t = self.first;
        while t < self.last {
            out.push(t);
            t = add_months(t, 1);
        }
        out
    }

    /// Tick months to label: every month for spans up to 18 months, every
    /// quarter up to 48, else every January.
    pub fn labelled(&self) -> Vec<Ymd> {
        let months = self.months();
        let step = match months.len() {
            0..=18 => 1,
            19..=48 => 3,
            _ => 12,
        };
        months
            .into_iter()
            .filter(|t| (t.m - 1) % step == 0)
            .collect()
    }
}

fn short(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(n - 1).collect();
        t.push('…');
        t
    }
}

const LABEL_W: f64 = 300.0;
const STATUS_W: f64 = 140.0;
/// Width of the chart's coordinate system.
pub const WIDTH: f64 = 1000.0;
const ROW_H: f64 = 28.0;
const TOP: f64 = 36.0;

/// The chart's time axis. Left-to-right pages: labels on the left, time runs to
/// the right. Right-to-left pages (Arabic, Farsi): the mirror image — labels on
/// the right, the earliest month at the right edge, time runs to the left.
pub fn chart_axis(bars: &[Bar], today: Ymd, rtl: bool) -> Axis {
    if rtl {
        Axis::spanning(bars, today, WIDTH - LABEL_W, STATUS_W)
    } else {
        Axis::spanning(bars, today, LABEL_W, WIDTH - STATUS_W)
    }
}

/// Left edge and width of a bar (open-ended bars run to the axis end).
pub fn bar_span(axis: &Axis, b: &Bar) -> (f64, f64) {
    let start = axis.x(b.start);
    let end = b.end.map(|e| axis.x_end(e)).unwrap_or(axis.x1);
    (start.min(end), (end - start).abs().max(3.0))
}

/// The timeline as an SVG, mirrored when `rtl`.
pub fn svg(
    bars: &[Bar],
    today: Ymd,
    title: &str,
    today_text: &str,
    open_text: &str,
    rtl: bool,
) -> Markup {
    let axis = chart_axis(bars, today, rtl);
    let height = TOP + ROW_H * bars.len() as f64 + 12.0;
    let ty = axis.x(today);
    // Text next to a position: after it in reading direction.
    let (dx, anchor) = if rtl { (-1.0, "end") } else { (1.0, "start") };
    let label_x = if rtl { WIDTH - 4.0 } else { 4.0 };
    html! {
        svg class={ "gantt" @if rtl { " gantt-rtl" } } xmlns="http://www.w3.org/2000/svg" viewBox={ "0 0 " (WIDTH) " " (height) }
            role="img" aria-labelledby="gantt-title" direction="ltr" {
            title id="gantt-title" { (title) }
            @for m in axis.months() {
                @let x = axis.x(m);
                line class={ "gantt-grid" @if m.m == 1 { " gantt-year" } } x1=(x) x2=(x) y1=(TOP - 6.0) y2=(height - 8.0) {}
            }
            @for m in axis.labelled() {
                text class="gantt-axis" x=(axis.x(m) + 2.0 * dx) y=(TOP - 12.0) text-anchor=(anchor) {
                    @if m.m == 1 { (m.y) } @else { (format!("{:02}/{}", m.m, m.y % 100)) }
                }
            }
            @for (i, b) in bars.iter().enumerate() {
                @let y = TOP + ROW_H * i as f64;
                @let (bx, bw) = bar_span(&axis, b);
                @let x2 = b.end.map(|e| axis.x_end(e)).unwrap_or(axis.x1);
                g {
                    text class="gantt-label" x=(label_x) y=(y + 18.0) text-anchor=(anchor) { (short(&b.label, 40)) }
                    rect class={ "gantt-bar gantt-" (b.status) @if b.end.is_none() { " gantt-open" } }
                        x=(bx) y=(y + 6.0) width=(bw) height=(ROW_H - 12.0) rx="3" {}
                    text class="gantt-status" x=(x2 + 4.0 * dx) y=(y + 18.0) text-anchor=(anchor) {
                        (b.status_text) @if b.end.is_none() { " " (open_text) }
                    }
                }
                @for (d, t, done) in &b.milestones {
                    @let mx = axis.x(*d);
                    @let my = y + ROW_H / 2.0;
                    path class={ "gantt-milestone" @if *done { " gantt-done" } }
                        d=(format!("M{:.1} {:.1} l6 6 l-6 6 l-6 -6 z", mx, my - 6.0)) {
                        title { (t) " (" (iso(*d)) ")" }
                    }
                }
            }
            line class="gantt-today" x1=(ty) x2=(ty) y1=(TOP - 8.0) y2=(height - 6.0) {}
            text class="gantt-today-label" x=(ty + 3.0 * dx) y=(height - 2.0) text-anchor=(anchor) { (today_text) }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use quartier_rules::plan::parse_date;

    fn d(s: &str) -> Ymd {
        parse_date(s).unwrap_or(Ymd { y: 0, m: 0, d: 0 })
    }

    fn bar(start: &str, end: Option<&str>) -> Bar {
        Bar {
            label: "M01".into(),
            status: "running".into(),
            status_text: "läuft".into(),
            start: d(start),
            end: end.map(d),
            milestones: vec![],
        }
    }

    #[test]
    fn axis_spans_all_bars_and_today_in_whole_months() {
        let bars = vec![
            bar("2023-03-15", Some("2024-06-30")),
            bar("2022-11-02", None),
        ];
        let a = Axis::spanning(&bars, d("2024-01-10"), 100.0, 500.0);
        assert_eq!(a.first, d("2022-11-01"));
        assert_eq!(a.last, d("2024-08-01"));
        assert_eq!(a.months().len(), 21);
        assert!((a.x(a.first) - 100.0).abs() < 1e-9);
        assert!((a.x(a.last) - 500.0).abs() < 1e-9);
        // Monotone, and a bar's end lies right of its start.
        assert!(a.x(d("2023-03-15")) < a.x_end(d("2024-06-30")));
        assert!(a.x(d("2023-01-01")) < a.x(d("2023-02-01")));
        // Quarterly labels for 21 months.
        assert!(a.labelled().iter().all(|m| (m.m - 1) % 3 == 0));
    }

    #[test]
    fn today_extends_axis_and_positions_proportionally() {
        let bars = vec![bar("2024-01-01", Some("2024-01-31"))];
        let a = Axis::spanning(&bars, d("2024-12-31"), 0.0, 366.0 + 31.0);
        assert_eq!(a.last, d("2025-02-01"));
        // 2024 is a leap year: 366 days plus January 2025 = 397 days = 397 units.
        assert!((a.x(d("2024-07-01")) - 182.0).abs() < 1e-9);
    }

    #[test]
    fn svg_labels_every_status_and_milestone() {
        let mut b = bar("2024-01-01", Some("2024-06-30"));
        b.milestones.push((d("2024-03-01"), "Auftakt".into(), true));
        let s = svg(&[b], d("2024-02-01"), "Zeitplan", "heute", "(offen)", false).into_string();
        assert!(s.contains("gantt-running"));
        assert!(s.contains("läuft"));
        assert!(s.contains("gantt-milestone gantt-done"));
        assert!(s.contains("Auftakt (2024-03-01)"));
        assert!(!s.contains("style="));
        assert!(!s.contains("text-anchor=\"end\""));
        assert!(s.contains("x=\"4\""));
    }

    #[test]
    fn rtl_axis_is_the_mirror_image() {
        let bars = vec![
            bar("2023-03-15", Some("2024-06-30")),
            bar("2022-11-02", None),
        ];
        let today = d("2024-01-10");
        let ltr = chart_axis(&bars, today, false);
        let rtl = chart_axis(&bars, today, true);
        assert_eq!((ltr.first, ltr.last), (rtl.first, rtl.last));
        // The earliest month sits at the right end of the time area, the latest at the left.
        assert!((rtl.x(rtl.first) - (WIDTH - LABEL_W)).abs() < 1e-9);
        assert!((rtl.x(rtl.last) - STATUS_W).abs() < 1e-9);
        for t in [
            "2022-11-01",
            "2023-03-15",
            "2023-12-31",
            "2024-01-10",
            "2024-06-30",
        ] {
            assert!(
                (ltr.x(d(t)) + rtl.x(d(t)) - WIDTH).abs() < 1e-9,
                "{t}: {} + {} != {WIDTH}",
                ltr.x(d(t)),
                rtl.x(d(t))
            );
        }
        // Months run right to left.
        assert!(rtl.x(d("2023-02-01")) < rtl.x(d("2023-01-01")));
        // A bar keeps its width and is mirrored: its left edge is the mirror of the
        // left-to-right bar's right edge.
        for b in &bars {
            let (lx, lw) = bar_span(&ltr, b);
            let (rx, rw) = bar_span(&rtl, b);
            assert!((lw - rw).abs() < 1e-9);
            assert!((rx - (WIDTH - (lx + lw))).abs() < 1e-9, "{rx} vs {lx}+{lw}");
        }
    }

    #[test]
    fn rtl_svg_puts_labels_on_the_right() {
        let b = bar("2024-01-01", Some("2024-06-30"));
        let today = d("2024-02-01");
        let s = svg(
            std::slice::from_ref(&b),
            today,
            "الجدول الزمني",
            "اليوم",
            "(مفتوح)",
            true,
        )
        .into_string();
        assert!(s.contains("class=\"gantt gantt-rtl\""));
        assert!(s.contains(&format!(
            "class=\"gantt-label\" x=\"{}\" y=\"54\" text-anchor=\"end\"",
            WIDTH - 4.0
        )));
        let (x, _) = bar_span(&chart_axis(std::slice::from_ref(&b), today, true), &b);
        assert!(s.contains(&format!("x=\"{x}\"")));
        // The status text ends left of the bar's end (its left edge).
        assert!(s.contains(&format!("class=\"gantt-status\" x=\"{}\"", x - 4.0)));
    }
}
