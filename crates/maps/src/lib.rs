//! Accessible, server-rendered SVG maps and charts for Quartier.
//!
//! Pure functions that return SVG markup as a `String`, meant to be embedded **inline in HTML**
//! under a strict Content-Security-Policy: the output contains no `style` attributes, no
//! `<style>` elements and no scripts — all styling uses presentation attributes (`fill`,
//! `stroke`, `font-size`, …). Every piece of caller text is XML-escaped. No web, database or
//! async dependency.
//!
//! * [`choropleth`] — a choropleth map of areas (WGS84 multipolygons) with legend, overlays
//!   (e.g. existing programme areas), highlighted areas, title, subtitle and source line.
//! * [`line_chart`] — a small time-series chart (one area plus a reference line).
//! * [`rank_intervals`] — horizontal bars for the uncertainty interval of need ranks.
//! * [`palette`] — colour-blind-safe palettes ([`sequential`], [`diverging`],
//!   [`lisa_colors`], [`mss_status_colors`]).
//!
//! # Class names for page CSS
//!
//! The elements carry classes the page stylesheet may use (e.g. for a visible focus ring:
//! `a:focus .area { stroke: #000; stroke-width: 3 }`):
//!
//! | class | element |
//! |---|---|
//! | `qm-map`, `qm-line-chart`, `qm-rank-chart` | the root `<svg>` |
//! | `area` | the `<path>` of every area (inside an `<a>` when it has a link) |
//! | `area-hl` | highlighted areas: the area's own path and the outline drawn on top |
//! | `overlay` | the outline paths of overlays |
//! | `legend` | the legend group |
//! | `rank-row` | one row of the rank chart (inside an `<a>` when it has a link) |
//! | `series` | one series of a line chart |
//!
//! Element ids are derived from the caller's `id_prefix` so that several graphics can be
//! placed on one page.
//!
//! A suitable page stylesheet (the SVG itself cannot style `:focus`):
//!
//! ```css
//! svg.qm-map, svg.qm-line-chart, svg.qm-rank-chart { max-width: 100%; height: auto; }
//! svg a:focus { outline: none; }
//! svg a:focus .area, svg a:hover .area { stroke: #000; stroke-width: 2.5; }
//! svg a:focus .rank-row rect:first-of-type { fill-opacity: 0.15; fill: #1c2330; }
//! ```
//!
//! # Example
//!
//! ```
//! use geo_types::{LineString, MultiPolygon, Polygon};
//! use quartier_maps::{LegendEntry, MapArea, MapSpec, choropleth, sequential};
//!
//! let square = MultiPolygon(vec![Polygon::new(
//!     LineString::from(vec![(13.3, 52.5), (13.4, 52.5), (13.4, 52.6), (13.3, 52.6), (13.3, 52.5)]),
//!     vec![],
//! )]);
//! let areas = [MapArea {
//!     key: "0101".into(),
//!     name: "Mitte".into(),
//!     geometry: &square,
//!     label: "23,4 %".into(),
//!     class: Some(1),
//!     href: Some("/de/berlin/gebiete/0101".into()),
//! }];
//! let legend = sequential(3)
//!     .into_iter()
//!     .zip(["< 10 %", "10 – 25 %", "≥ 25 %"])
//!     .map(|(color, label)| LegendEntry { label: label.into(), color })
//!     .collect();
//! let svg = choropleth(&areas, &MapSpec {
//!     title: "Transferbezug 2019".into(),
//!     source_line: "Quelle: SenStadtWohn · Lizenz dl-de/by-2-0".into(),
//!     legend_title: "Anteil".into(),
//!     legend,
//!     no_data_label: "keine Daten".into(),
//!     id_prefix: "map-transfer".into(),
//!     ..MapSpec::default()
//! });
//! assert!(svg.contains(r#"aria-label="Mitte: 23,4 %""#));
//! assert!(!svg.contains("style="));
//! ```

mod geom;
mod line;
mod map;
pub mod palette;
mod rank;
mod text;

pub use line::{LineChartSpec, Series, line_chart};
pub use map::{LegendEntry, MapArea, MapSpec, Overlay, choropleth};
pub use palette::{
    LisaColors, NO_DATA_COLOR, TEXT_COLOR, diverging, lisa_colors, mss_status_colors, sequential,
};
pub use rank::{RankIntervalSpec, RankRow, rank_intervals};
pub use text::{NumberFormat, xml_escape};
